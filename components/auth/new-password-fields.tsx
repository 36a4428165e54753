'use client';

// A new password, typed twice: on the page behind an invitation or reset link and on a member's own
// account page. The length rule is the server's (PASSWORD_MIN_LENGTH); the breach-list check runs on
// the server, and its refusals are shown beside the new password (NEW_PASSWORD_REFUSALS).
import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegisterReturn } from 'react-hook-form';
import { PASSWORD_MIN_LENGTH } from '@/server/auth/password-rules';
import { Field } from '../ui/form';
import { useFieldErrorMessage, type FormMessageNamespace } from '../ui/form-errors';

/** Server refusals about the new password, for useZodForm's fieldOfRefusal: shown beside the field, not above the form. */
export const NEW_PASSWORD_REFUSALS = { passwordBreached: 'newPassword', passwordTooGuessable: 'newPassword' } as const;

export function NewPasswordFields({
  words,
  messages,
  errors,
  register,
}: {
  /** Where the labels are: the link page's words or the account page's. */
  words: 'auth.setPassword' | 'account.password';
  /** The form's namespace for field errors (`<ns>.validation.*`). */
  messages: FormMessageNamespace;
  errors: FieldErrors<{ newPassword: string; confirmPassword: string }>;
  /**
   * The form's register, called here while each field renders: fields register in the order they
   * stand, and react-hook-form moves the focus to the first wrong one in that order.
   */
  register: (name: 'newPassword' | 'confirmPassword') => UseFormRegisterReturn;
}) {
  const t = useTranslations(words);
  const fieldMessage = useFieldErrorMessage(messages);
  return (
    <>
      <Field label={t('new')} hint={t('newHint', { min: PASSWORD_MIN_LENGTH })} error={fieldMessage(errors.newPassword?.message)}>
        {(c) => <input type="password" autoComplete="new-password" {...c} {...register('newPassword')} />}
      </Field>
      <Field label={t('confirm')} error={fieldMessage(errors.confirmPassword?.message)}>
        {(c) => <input type="password" autoComplete="new-password" {...c} {...register('confirmPassword')} />}
      </Field>
    </>
  );
}

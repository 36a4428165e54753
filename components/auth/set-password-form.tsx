'use client';

// The page behind an invitation or reset link: choose a password (checked in the browser for
// length, on the server against the breach list), then sign in.
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { setPasswordWithLinkInput } from '@/server/account/schema';
import { useTRPC } from '../trpc/client';
import { FormActions, FormErrorSummary, SubmitButton } from '../ui/form';
import { useZodForm } from '../ui/zod-form';
import { NEW_PASSWORD_REFUSALS, NewPasswordFields } from './new-password-fields';

export function SetPasswordForm({ token, email, locale }: { token: string; email: string; locale: string }) {
  const t = useTranslations('auth.setPassword');
  const trpc = useTRPC();
  const save = useMutation(trpc.account.setPasswordWithLink.mutationOptions());
  const [done, setDone] = useState(false);
  const {
    register,
    formState: { errors },
    onValid,
    pending,
    error: formError,
  } = useZodForm(setPasswordWithLinkInput, { namespace: 'auth', defaultValues: { token, newPassword: '', confirmPassword: '' }, fieldOfRefusal: NEW_PASSWORD_REFUSALS });

  const onSubmit = onValid(async (values) => {
    await save.mutateAsync(values);
    setDone(true);
    return null;
  });

  if (done) {
    return (
      <div role="status">
        <p className="alert alert--info">{t('done')}</p>
        <a className="button" href={`/${locale}/signin`}>
          {t('signInNow')}
        </a>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormErrorSummary error={formError} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields words="auth.setPassword" messages="auth" errors={errors} register={register} />
      <FormActions>
        <SubmitButton pending={pending} pendingLabel={t('saving')}>
          {t('save')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

'use client';

// The page behind an invitation or reset link: choose a password (checked in the browser for
// length, on the server against the breach list), then sign in.
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { setPasswordWithLinkInput, type SetPasswordWithLinkInput } from '@/server/account/schema';
import { useTRPC } from '../trpc/client';
import { FormActions, FormErrorSummary } from '../ui/form';
import { useFormSubmit } from '../ui/save-status';
import { NEW_PASSWORD_REFUSALS, NewPasswordFields } from './new-password-fields';

export function SetPasswordForm({ token, email, locale }: { token: string; email: string; locale: string }) {
  const t = useTranslations('auth.setPassword');
  const trpc = useTRPC();
  const save = useMutation(trpc.account.setPasswordWithLink.mutationOptions());
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPasswordWithLinkInput, unknown, z.output<typeof setPasswordWithLinkInput>>({ resolver: zodResolver(setPasswordWithLinkInput), defaultValues: { token, newPassword: '', confirmPassword: '' } });

  const { error: formError, submit } = useFormSubmit('auth', setError, NEW_PASSWORD_REFUSALS);

  const onSubmit = handleSubmit((values) =>
    submit(async () => {
      await save.mutateAsync(values);
      setDone(true);
      return null;
    }),
  );

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
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('saving') : t('save')}
        </button>
      </FormActions>
    </form>
  );
}

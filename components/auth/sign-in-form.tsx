'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { decodeSignInError } from '@/server/auth/sign-in-errors';
import { signInSchema, type SignInInput } from '@/server/auth/schema';
import { Field } from '../ui/form';

type FormValues = SignInInput;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth');
  const [formError, setFormError] = useState<string | null>(null);
  // Two-factor: the code field appears once the server says the password was right and a code is needed.
  const [needsCode, setNeedsCode] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '', code: '' } });

  useEffect(() => {
    if (needsCode) setFocus('code');
  }, [needsCode, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    // next-auth posts every value as text: an absent code would arrive as "undefined" and count as a wrong one.
    const { code, ...credentials } = values;
    const result = await signIn('credentials', { ...credentials, ...(code ? { code } : {}), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    const { reason, retryAfterSeconds } = decodeSignInError(result?.error);
    if (reason === 'code-required') setNeedsCode(true);
    else if (reason === 'code-invalid') setError('code', { message: 'codeWrong' });
    else if (reason === 'invalid') setFormError(t('invalidCredentials'));
    else if (reason === 'locked') setFormError(t('locked', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }));
    else if (reason === 'slow-down') setFormError(t('slowDown', { seconds: retryAfterSeconds }));
    else setFormError(t('unexpected'));
  });

  const fieldError = (key: string | undefined) => (key ? t(key as 'emailRequired') : null);

  return (
    <form onSubmit={onSubmit} noValidate method="post" aria-describedby={formError ? 'signin-error' : undefined}>
      <div role="alert" aria-live="assertive">
        {formError && (
          <p id="signin-error" className="alert alert--error">
            {formError}
          </p>
        )}
      </div>
      <Field id="email" label={t('email')} error={fieldError(errors.email?.message)}>
        {(control) => <input type="email" autoComplete="username" inputMode="email" {...control} {...register('email')} />}
      </Field>
      <Field id="password" label={t('password')} error={fieldError(errors.password?.message)}>
        {(control) => <input type="password" autoComplete="current-password" {...control} {...register('password')} />}
      </Field>
      {needsCode && (
        <Field id="code" label={t('code')} hint={t('codeHint')} error={fieldError(errors.code?.message)}>
          {(control) => <input type="text" inputMode="text" autoComplete="one-time-code" maxLength={20} {...control} {...register('code')} />}
        </Field>
      )}
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { decodeSignInError } from '@/server/auth/sign-in-errors';
import { signInSchema, type SignInInput } from '@/server/auth/schema';

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
      <div className="field">
        <label htmlFor="email">{t('email')}</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          aria-invalid={errors.email ? 'true' : 'false'}
          aria-describedby={errors.email ? 'email-error' : undefined}
          {...register('email')}
        />
        {errors.email && (
          <p id="email-error" className="field-error">
            {fieldError(errors.email.message)}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="password">{t('password')}</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? 'true' : 'false'}
          aria-describedby={errors.password ? 'password-error' : undefined}
          {...register('password')}
        />
        {errors.password && (
          <p id="password-error" className="field-error">
            {fieldError(errors.password.message)}
          </p>
        )}
      </div>
      {needsCode && (
        <div className="field">
          <label htmlFor="code">{t('code')}</label>
          <p id="code-hint" className="muted" style={{ margin: 0 }}>
            {t('codeHint')}
          </p>
          <input
            id="code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            maxLength={20}
            aria-invalid={errors.code ? 'true' : 'false'}
            aria-describedby={errors.code ? 'code-hint code-error' : 'code-hint'}
            {...register('code')}
          />
          {errors.code && (
            <p id="code-error" className="field-error">
              {fieldError(errors.code.message)}
            </p>
          )}
        </div>
      )}
      <button className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}

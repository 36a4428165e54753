'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { decodeSignInError } from '@/server/auth/sign-in-errors';
import { signInSchema } from '@/server/auth/schema';
import { Field, SubmitButton } from '../ui/form';
import { useZodForm } from '../ui/zod-form';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth');
  // Two-factor: the code field appears once the server says the password was right and a code is needed.
  const [needsCode, setNeedsCode] = useState(false);
  // Why sign-in failed comes from next-auth, not from a tRPC refusal: the work returns it as the status.
  const {
    register,
    setError,
    setFocus,
    formState: { errors },
    onValid,
    pending,
    error: formError,
  } = useZodForm(signInSchema, { namespace: 'auth', defaultValues: { email: '', password: '', code: '' } });

  useEffect(() => {
    if (needsCode) setFocus('code');
  }, [needsCode, setFocus]);

  const onSubmit = onValid(async (values) => {
    // next-auth posts every value as text: an absent code would arrive as "undefined" and count as a wrong one.
    const { code, ...credentials } = values;
    const result = await signIn('credentials', { ...credentials, ...(code ? { code } : {}), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return null;
    }
    const { reason, retryAfterSeconds } = decodeSignInError(result?.error);
    const refusal = (text: string) => ({ kind: 'error' as const, text });
    if (reason === 'code-required') setNeedsCode(true);
    else if (reason === 'code-invalid') setError('code', { message: 'codeWrong' });
    else if (reason === 'invalid') return refusal(t('invalidCredentials'));
    else if (reason === 'locked') return refusal(t('locked', { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }));
    else if (reason === 'slow-down') return refusal(t('slowDown', { seconds: retryAfterSeconds }));
    else return refusal(t('unexpected'));
    return null;
  });

  // The sign-in page's words for a field's problem are its own (`auth.emailRequired`), not `auth.validation.*`.
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
      <SubmitButton pending={pending} pendingLabel={t('signingIn')}>
        {t('signIn')}
      </SubmitButton>
    </form>
  );
}

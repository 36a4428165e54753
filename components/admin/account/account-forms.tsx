'use client';

// A member's own account: change the password, see and end sessions, set up or change two-factor
// sign-in. Each change reloads the page's data; what the server shows once (recovery codes) stays
// on screen until the member moves on.
import { useMutation } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { z } from 'zod';
import { changePasswordInput, confirmTwoFactorInput, disableTwoFactorInput } from '@/server/account/schema';
import { NEW_PASSWORD_REFUSALS, NewPasswordFields } from '../../auth/new-password-fields';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions, FormErrorSummary, SubmitButton } from '../../ui/form';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import { ShownOnce } from '../../ui/shown-once';
import { useDates } from '@/components/i18n/use-dates';
import styles from './account.module.css';

// Server refusals that belong beside a field rather than above the form.
const PASSWORD_REFUSALS = { ...NEW_PASSWORD_REFUSALS, currentPasswordWrong: 'currentPassword', passwordUnchanged: 'newPassword' } as const;
const CODE_REFUSALS = { codeWrong: 'code' } as const;

export function ChangePasswordForm({ locale, required }: { locale: string; required: boolean }) {
  const t = useTranslations('account.password');
  const trpc = useTRPC();
  const router = useRouter();
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const {
    register,
    reset,
    formState: { errors },
    fieldError,
    onValid,
    pending,
    error: formError,
    info: done,
  } = useZodForm(changePasswordInput, { namespace: 'account', defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' }, fieldOfRefusal: PASSWORD_REFUSALS });

  const onSubmit = onValid(async (values) => {
    const result = await change.mutateAsync(values);
    reset();
    // A member who had to change it goes on to their work.
    if (required) router.push(`/${locale}/admin`);
    else router.refresh();
    return t('changed', { count: result.otherSessionsEnded });
  });

  return (
    <form onSubmit={onSubmit} noValidate className={styles.form}>
      <FormErrorSummary error={formError} />
      <div role="status" aria-live="polite">
        {done && <p className="alert alert--info">{done}</p>}
      </div>
      <Field label={required ? t('currentOneTime') : t('current')} error={fieldError('currentPassword')}>
        {(c) => <input type="password" autoComplete="current-password" {...c} {...register('currentPassword')} />}
      </Field>
      <NewPasswordFields words="account.password" messages="account" errors={errors} register={register} />
      <FormActions>
        <SubmitButton pending={pending} pendingLabel={t('submitting')}>
          {t('submit')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

export interface SessionRow {
  id: string;
  browser: string | null;
  os: string | null;
  deviceType: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

export function SessionList({ sessions, locale }: { sessions: SessionRow[]; locale: string }) {
  const t = useTranslations('account.sessions');
  const trpc = useTRPC();
  const router = useRouter();
  const endOne = useMutation(trpc.account.endSession.mutationOptions());
  const endOthers = useMutation(trpc.account.endOtherSessions.mutationOptions());
  const { status, run } = useSaveStatus('account');
  const dates = useDates();
  const when = (iso: string) => dates.dateTime(iso);
  const device = (s: SessionRow) =>
    [s.browser ?? t('unknownBrowser'), s.os ?? t('unknownSystem'), s.deviceType && ['mobile', 'tablet', 'desktop'].includes(s.deviceType) ? t(`device.${s.deviceType as 'mobile'}`) : null].filter(Boolean).join(' · ');

  const end = (session: SessionRow) =>
    run(async () => {
      await endOne.mutateAsync({ sessionId: session.id });
      if (session.current) {
        await signOut({ callbackUrl: `/${locale}/signin` });
        return null;
      }
      router.refresh();
      return t('ended');
    });

  const endAllOthers = () =>
    run(async () => {
      const result = await endOthers.mutateAsync();
      router.refresh();
      return t('endedOthers', { count: result.sessionsEnded });
    });

  const others = sessions.filter((s) => !s.current).length;
  return (
    <>
      <SaveStatusMessage status={status} layout="inFlow" />
      <ul className={styles.sessions}>
        {sessions.map((session) => (
          <li key={session.id} className={styles.session}>
            <div className={styles.sessionMain}>
              <strong>{device(session)}</strong>
              {session.current && <span className="badge">{t('current')}</span>}
              <span className="muted">
                {t('signedIn', { time: when(session.createdAt) })} · {t('lastSeen', { time: when(session.lastSeenAt) })}
              </span>
            </div>
            <button type="button" className="button button--secondary" onClick={() => void end(session)} disabled={endOne.isPending}>
              {session.current ? t('endCurrent') : t('end')}
            </button>
          </li>
        ))}
      </ul>
      {others > 0 && (
        <button type="button" className="button button--secondary" onClick={() => void endAllOthers()} disabled={endOthers.isPending}>
          {t('endOthers')}
        </button>
      )}
    </>
  );
}

type Enrolment = { secret: string; qrCode: string };

export function TwoFactorPanel({ enabledAt, recoveryCodesLeft, required }: { enabledAt: string | null; recoveryCodesLeft: number; required: boolean }) {
  const t = useTranslations('account.twoFactor');
  const dates = useDates();
  const trpc = useTRPC();
  const router = useRouter();
  const start = useMutation(trpc.account.startTwoFactor.mutationOptions());
  const confirm = useMutation(trpc.account.confirmTwoFactor.mutationOptions());
  const regenerate = useMutation(trpc.account.regenerateRecoveryCodes.mutationOptions());
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { status, run } = useSaveStatus('account');

  if (recoveryCodes) {
    return (
      <ShownOnce title={t('recoveryTitle')} value={recoveryCodes.join('\n')} copyLabel={t('copy')} copiedLabel={t('copied')} testId="recovery-codes">
        <p>{t('recoveryText')}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setRecoveryCodes(null);
            router.refresh();
          }}
        >
          {t('recoverySaved')}
        </button>
      </ShownOnce>
    );
  }

  if (!enabledAt) {
    return (
      <>
        <p>{t('offIntro')}</p>
        <SaveStatusMessage status={status} layout="inFlow" />
        {!enrolment ? (
          <button
            type="button"
            className="button"
            disabled={start.isPending}
            onClick={() =>
              run(async () => {
                const started = await start.mutateAsync();
                setEnrolment({ secret: started.secret, qrCode: started.qrCode });
                return null;
              })
            }
          >
            {t('start')}
          </button>
        ) : (
          <div className={styles.enrol}>
            <ol className={styles.steps}>
              <li>{t('stepApp')}</li>
              <li>
                {t('stepScan')}
                {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, not an asset to optimise */}
                <img className={styles.qr} src={enrolment.qrCode} alt={t('qrAlt')} width={200} height={200} />
                <p className={styles.manual}>
                  {t('manual')} <code data-testid="totp-secret">{enrolment.secret}</code>
                </p>
              </li>
              <li>{t('stepCode')}</li>
            </ol>
            <AuthenticatorCodeForm send={confirm.mutateAsync} hint={t('codeHint')} submitLabel={t('confirm')} onRecoveryCodes={setRecoveryCodes} />
          </div>
        )}
      </>
    );
  }

  return (
    <>
      <p>
        <strong>{t('on', { date: dates.date(enabledAt) })}</strong> {t('codesLeft', { count: recoveryCodesLeft })}
      </p>
      <h3 className={styles.subheading}>{t('regenerateTitle')}</h3>
      <p className="muted">{t('regenerateIntro')}</p>
      <AuthenticatorCodeForm send={regenerate.mutateAsync} submitLabel={t('regenerate')} secondary onRecoveryCodes={setRecoveryCodes} />
      <h3 className={styles.subheading}>{t('disableTitle')}</h3>
      {required ? <p className="muted">{t('requiredForAdmins')}</p> : <DisableForm />}
    </>
  );
}

/** A code from the authenticator app in, a new set of recovery codes out: confirming the set-up, and regenerating the codes later. */
function AuthenticatorCodeForm({
  send,
  hint,
  submitLabel,
  secondary = false,
  onRecoveryCodes,
}: {
  send: (values: z.output<typeof confirmTwoFactorInput>) => Promise<{ recoveryCodes: string[] }>;
  hint?: string;
  submitLabel: string;
  secondary?: boolean;
  onRecoveryCodes: (codes: string[]) => void;
}) {
  const t = useTranslations('account.twoFactor');
  const { register, fieldError, onValid, pending, error: formError } = useZodForm(confirmTwoFactorInput, { namespace: 'account', defaultValues: { code: '' }, fieldOfRefusal: CODE_REFUSALS });
  const onSubmit = onValid(async (values) => {
    onRecoveryCodes((await send(values)).recoveryCodes);
    return null;
  });
  return (
    <form onSubmit={onSubmit} noValidate className={styles.form}>
      <FormErrorSummary error={formError} />
      <Field label={t('code')} hint={hint} error={fieldError('code')}>
        {(c) => <input type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={7} className={styles.code} {...c} {...register('code')} />}
      </Field>
      <FormActions>
        <SubmitButton pending={pending} secondary={secondary}>
          {submitLabel}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

function DisableForm() {
  const t = useTranslations('account.twoFactor');
  const trpc = useTRPC();
  const router = useRouter();
  const disable = useMutation(trpc.account.disableTwoFactor.mutationOptions());
  const { register, fieldError, onValid, pending, error: formError } = useZodForm(disableTwoFactorInput, {
    namespace: 'account',
    defaultValues: { password: '', code: '' },
    fieldOfRefusal: { currentPasswordWrong: 'password', codeWrong: 'code' },
  });
  const onSubmit = onValid(async (values) => {
    await disable.mutateAsync(values);
    router.refresh();
    return null;
  });
  return (
    <form onSubmit={onSubmit} noValidate className={styles.form}>
      <FormErrorSummary error={formError} />
      <p className="muted">{t('disableIntro')}</p>
      <Field label={t('password')} error={fieldError('password')}>
        {(c) => <input type="password" autoComplete="current-password" {...c} {...register('password')} />}
      </Field>
      <Field label={t('codeOrRecovery')} error={fieldError('code')}>
        {(c) => <input type="text" autoComplete="one-time-code" maxLength={20} className={styles.code} {...c} {...register('code')} />}
      </Field>
      <FormActions>
        <SubmitButton pending={pending} secondary>
          {t('disable')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

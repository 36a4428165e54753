'use client';

// Admin → Staff: add a member (invitation link or one-time password, shown once), and for each
// member change role and scope, reset the password, sign them out everywhere, turn two-factor off,
// deactivate or reactivate. The page reloads its list after each change.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch, type UseFormRegister } from 'react-hook-form';
import type { IssuedCredentials } from '@/server/staff/create-staff-member';
import type { StaffListRow } from '@/server/staff/list-staff';
import { createStaffInput, STAFF_ROLE_CHOICES, updateStaffInput, type CreateStaffInput, type UpdateStaffInput } from '@/server/staff/schema';
import { useTRPC } from '../../trpc/client';
import { Choice, Field, FieldGroup, FormActions, FormErrorSummary, SubmitButton, SubmitOrCancel } from '../../ui/form';
import { RegionChoices } from '../../ui/region-choices';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import { Section } from '../../ui/section';
import { ShownOnce } from '../../ui/shown-once';
import { useDates } from '@/components/i18n/use-dates';
import { isLanguage } from '@/server/i18n/languages';
import { LanguageOptions } from '../../i18n/language-options';
import styles from './staff.module.css';


export type StaffRow = Omit<StaffListRow, 'linkExpiresAt' | 'lockedUntil' | 'lastSignInAt'> & { linkExpiresAt: string | null; lockedUntil: string | null; lastSignInAt: string | null };
type Region = { code: string; name: string };
/** What the server handed over once, with whom it is for. */
type Issued = { name: string; credentials: IssuedCredentials };

export function StaffAdmin({ members, regions, locale }: { members: StaffRow[]; regions: Region[]; locale: string }) {
  const t = useTranslations('staff');
  const [issued, setIssued] = useState<Issued | null>(null);
  return (
    <>
      <AddMember regions={regions} locale={locale} onIssued={setIssued} />
      {issued && <IssuedCredentialsBox issued={issued} onDismiss={() => setIssued(null)} />}
      <Section titleId="staff-list" title={t('list.title')}>
        {members.length === 0 && <p className="muted">{t('list.empty')}</p>}
        <ul className={styles.members}>
          {members.map((member) => (
            <MemberCard key={member.id} member={member} regions={regions} onIssued={setIssued} />
          ))}
        </ul>
      </Section>
    </>
  );
}

function IssuedCredentialsBox({ issued, onDismiss }: { issued: Issued; onDismiss: () => void }) {
  const t = useTranslations('staff.issued');
  const dates = useDates();
  const { credentials } = issued;
  return (
    <div className={styles.issued}>
      {credentials.method === 'INVITE_LINK' ? (
        <ShownOnce title={t('linkTitle', { name: issued.name })} value={credentials.link} copyLabel={t('copy')} copiedLabel={t('copied')} testId="issued-link">
          <p className={styles.note}>{t('linkText', { expires: dates.dateTime(credentials.expiresAt) })}</p>
          <p className={styles.note}>{t(`mail.${credentials.mail}`)}</p>
        </ShownOnce>
      ) : (
        <ShownOnce title={t('passwordTitle', { name: issued.name })} value={credentials.oneTimePassword} copyLabel={t('copy')} copiedLabel={t('copied')} testId="issued-password">
          <p className={styles.note}>{t('passwordText')}</p>
        </ShownOnce>
      )}
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

/** Role, regions, national queue and contact permission: the fields add and edit share. */
function ScopeFields({
  register,
  role,
  regions,
  error,
  idPrefix,
}: {
  register: UseFormRegister<UpdateStaffInput> | UseFormRegister<CreateStaffInput>;
  role: (typeof STAFF_ROLE_CHOICES)[number];
  regions: Region[];
  error: (field: 'role' | 'regionCodes' | 'nationalQueue' | 'canViewContacts') => string | null;
  idPrefix: string;
}) {
  const t = useTranslations('staff.form');
  const tRoles = useTranslations('roles');
  const reg = register as UseFormRegister<UpdateStaffInput>;
  return (
    <>
      <Field label={t('role')} hint={t(`roleHints.${role}`)} error={error('role')} id={`${idPrefix}-role`}>
        {(control) => (
          <select {...control} {...reg('role')}>
            {STAFF_ROLE_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {tRoles(choice)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(role === 'MODERATOR' || role === 'VERIFIER') && (
        <RegionChoices legend={t('regions')} hint={role === 'MODERATOR' ? t('regionsHintModerator') : t('regionsHintVerifier')} error={error('regionCodes')} regions={regions} field={reg('regionCodes')} />
      )}
      {role === 'MODERATOR' && <Choice label={t('nationalQueue')} {...reg('nationalQueue')} />}
      {role === 'MODERATOR' && <p className={styles.hint}>{t('nationalQueueHint')}</p>}
      {error('nationalQueue') && <p className="field-error">{error('nationalQueue')}</p>}
      {(role === 'ADMIN' || role === 'MODERATOR') && <Choice label={t('canViewContacts')} {...reg('canViewContacts')} />}
      {(role === 'ADMIN' || role === 'MODERATOR') && <p className={styles.hint}>{t('canViewContactsHint')}</p>}
      {error('canViewContacts') && <p className="field-error">{error('canViewContacts')}</p>}
    </>
  );
}

/** What a role cannot have is cleared before sending, so switching role in the form never sends a stale scope. */
function fitScope<T extends { role: string; regionCodes: string[]; nationalQueue: boolean; canViewContacts: boolean }>(values: T): T {
  const scoped = values.role === 'MODERATOR' || values.role === 'VERIFIER';
  return {
    ...values,
    regionCodes: scoped ? values.regionCodes : [],
    nationalQueue: values.role === 'MODERATOR' ? values.nationalQueue : false,
    canViewContacts: values.role === 'ADMIN' || values.role === 'MODERATOR' ? values.canViewContacts : false,
  };
}

function AddMember({ regions, locale, onIssued }: { regions: Region[]; locale: string; onIssued: (issued: Issued) => void }) {
  const t = useTranslations('staff');
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.staff.create.mutationOptions());
  const {
    register,
    control,
    reset,
    fieldError,
    onValid,
    pending,
    error: formError,
  } = useZodForm(createStaffInput, {
    namespace: 'staff',
    fieldOfRefusal: { emailTaken: 'email' },
    defaultValues: {
      email: '',
      name: '',
      role: 'MODERATOR',
      regionCodes: [],
      nationalQueue: false,
      canViewContacts: false,
      locale: isLanguage(locale) ? locale : 'ru',
      credentials: 'INVITE_LINK',
    },
  });
  const role = useWatch({ control, name: 'role' });

  const onSubmit = onValid(async (values) => {
    const created = await create.mutateAsync(fitScope(values));
    onIssued({ name: values.name, credentials: created.credentials });
    reset();
    router.refresh();
    return null;
  });

  return (
    <Section titleId="staff-add" title={t('add.title')} intro={t('add.intro')}>
      <form onSubmit={onSubmit} noValidate className={styles.form}>
        <FormErrorSummary error={formError} />
        <div className={styles.pair}>
          <Field label={t('form.name')} error={fieldError('name')}>
            {(c) => <input type="text" autoComplete="off" maxLength={120} {...c} {...register('name')} />}
          </Field>
          <Field label={t('form.email')} error={fieldError('email')}>
            {(c) => <input type="email" inputMode="email" autoComplete="off" maxLength={254} {...c} {...register('email')} />}
          </Field>
        </div>
        <ScopeFields register={register} role={role} regions={regions} idPrefix="add" error={fieldError} />
        <Field label={t('form.language')} hint={t('form.languageHint')} error={fieldError('locale')}>
          {(c) => (
            <select {...c} {...register('locale')}>
              <LanguageOptions named="inItself" />
            </select>
          )}
        </Field>
        <FieldGroup legend={t('form.credentials')} error={fieldError('credentials')}>
          <Choice type="radio" value="INVITE_LINK" label={t('form.credentialsInvite')} {...register('credentials')} />
          <Choice type="radio" value="ONE_TIME_PASSWORD" label={t('form.credentialsPassword')} {...register('credentials')} />
        </FieldGroup>
        <FormActions>
          <SubmitButton pending={pending} pendingLabel={t('add.submitting')}>
            {t('add.submit')}
          </SubmitButton>
        </FormActions>
      </form>
    </Section>
  );
}

function MemberCard({ member, regions, onIssued }: { member: StaffRow; regions: Region[]; onIssued: (issued: Issued) => void }) {
  const t = useTranslations('staff');
  const tRoles = useTranslations('roles');
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const { status, run, show } = useSaveStatus('staff');
  const deactivate = useMutation(trpc.staff.deactivate.mutationOptions());
  const reactivate = useMutation(trpc.staff.reactivate.mutationOptions());
  const resetPassword = useMutation(trpc.staff.resetPassword.mutationOptions());
  const endSessions = useMutation(trpc.staff.endSessions.mutationOptions());
  const resetTwoFactor = useMutation(trpc.staff.resetTwoFactor.mutationOptions());
  const busy = deactivate.isPending || reactivate.isPending || resetPassword.isPending || endSessions.isPending || resetTwoFactor.isPending;
  const names = new Map(regions.map((r) => [r.code, r.name]));
  const dates = useDates();
  const when = (iso: string) => dates.dateTime(iso);

  async function act(confirmText: string | null, work: () => Promise<string>) {
    if (confirmText && !window.confirm(confirmText)) return;
    await run(async () => {
      const done = await work();
      router.refresh();
      return done;
    });
  }

  // A new invitation link or a new one-time password: the old one stops working, the member is signed out.
  const issueCredentials = (credentials: 'INVITE_LINK' | 'ONE_TIME_PASSWORD', confirmText: string) =>
    act(confirmText, async () => {
      const done = await resetPassword.mutateAsync({ id: member.id, credentials });
      onIssued({ name: member.name, credentials: done.credentials });
      return t('done.reset', { count: done.sessionsEnded });
    });

  const scope =
    member.role === 'ADMIN'
      ? t('list.allRegions')
      : member.role === 'PROXY'
        ? t('list.hotlineOnly')
        : [...member.regionCodes.map((code) => names.get(code) ?? code), ...(member.nationalQueue ? [t('list.national')] : [])].join(', ') || t('list.noScope');

  return (
    <li className={styles.member} data-testid={`member-${member.email}`}>
      <div className={styles.head}>
        <h3 className={styles.name}>{member.name}</h3>
        <span className="badge">{tRoles(member.role)}</span>
        <span className={`badge ${styles[`state${member.state}`] ?? ''}`}>{t(`states.${member.state}`)}</span>
        {member.isYou && <span className="badge">{t('list.you')}</span>}
      </div>
      <dl className={styles.facts}>
        <dt>{t('list.email')}</dt>
        <dd>{member.email}</dd>
        <dt>{t('list.scope')}</dt>
        <dd>{scope}</dd>
        {member.canViewContacts && (
          <>
            <dt>{t('list.contacts')}</dt>
            <dd>{t('list.contactsYes')}</dd>
          </>
        )}
        <dt>{t('list.twoFactor')}</dt>
        <dd>{member.twoFactor ? t('list.twoFactorOn') : t('list.twoFactorOff')}</dd>
        <dt>{t('list.lastSignIn')}</dt>
        <dd>{member.lastSignInAt ? when(member.lastSignInAt) : t('list.never')}</dd>
        <dt>{t('list.sessions')}</dt>
        <dd>{t('list.sessionCount', { count: member.liveSessions })}</dd>
        {member.linkExpiresAt && (
          <>
            <dt>{t('list.link')}</dt>
            <dd>{t('list.linkUntil', { time: when(member.linkExpiresAt) })}</dd>
          </>
        )}
        {member.mustChangePassword && (
          <>
            <dt>{t('list.password')}</dt>
            <dd>{t('list.mustChangePassword')}</dd>
          </>
        )}
        {member.lockedUntil && (
          <>
            <dt>{t('list.locked')}</dt>
            <dd>{t('list.lockedUntil', { time: when(member.lockedUntil) })}</dd>
          </>
        )}
      </dl>
      <SaveStatusMessage status={status} layout="inFlow" />
      {member.isYou ? (
        <p className="muted">{t('list.youHint')}</p>
      ) : editing ? (
        <EditMember
          member={member}
          regions={regions}
          onDone={(saved) => {
            setEditing(false);
            if (saved) show({ kind: 'info', text: t('done.saved') });
            router.refresh();
          }}
        />
      ) : (
        <div className={styles.actions}>
          {member.state !== 'DEACTIVATED' && (
            <>
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)} disabled={busy}>
                {t('actions.edit')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void issueCredentials('INVITE_LINK', t('confirm.resetLink', { name: member.name }))}
              >
                {t('actions.resetLink')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void issueCredentials('ONE_TIME_PASSWORD', t('confirm.resetPassword', { name: member.name }))}
              >
                {t('actions.resetPassword')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void act(t('confirm.signOut', { name: member.name }), async () => t('done.signedOut', { count: (await endSessions.mutateAsync({ id: member.id })).sessionsEnded }))}
              >
                {t('actions.signOutEverywhere')}
              </button>
              {member.twoFactor && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() =>
                    void act(t('confirm.resetTwoFactor', { name: member.name }), async () => {
                      await resetTwoFactor.mutateAsync({ id: member.id });
                      return t('done.twoFactorReset');
                    })
                  }
                >
                  {t('actions.resetTwoFactor')}
                </button>
              )}
              <button
                type="button"
                className={`button button--secondary ${styles.danger}`}
                disabled={busy}
                onClick={() =>
                  void act(t('confirm.deactivate', { name: member.name }), async () => {
                    const done = await deactivate.mutateAsync({ id: member.id });
                    return t('done.deactivated', { sessions: done.sessionsEnded, rumors: done.rumorsHandedBack, tasks: done.tasksHandedBack });
                  })
                }
              >
                {t('actions.deactivate')}
              </button>
            </>
          )}
          {member.state === 'DEACTIVATED' && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() =>
                void act(null, async () => {
                  await reactivate.mutateAsync({ id: member.id });
                  return t('done.reactivated');
                })
              }
            >
              {t('actions.reactivate')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function EditMember({ member, regions, onDone }: { member: StaffRow; regions: Region[]; onDone: (saved: boolean) => void }) {
  const t = useTranslations('staff');
  const trpc = useTRPC();
  const update = useMutation(trpc.staff.update.mutationOptions());
  const {
    register,
    control,
    fieldError,
    onValid,
    pending,
    error: formError,
  } = useZodForm(updateStaffInput, {
    namespace: 'staff',
    defaultValues: { id: member.id, name: member.name, role: member.role, regionCodes: member.regionCodes as UpdateStaffInput['regionCodes'], nationalQueue: member.nationalQueue, canViewContacts: member.canViewContacts },
  });
  const role = useWatch({ control, name: 'role' });
  const onSubmit = onValid(async (values) => {
    await update.mutateAsync(fitScope(values));
    onDone(true);
    return null;
  });
  return (
    <form onSubmit={onSubmit} noValidate className={styles.form}>
      <FormErrorSummary error={formError} />
      <Field label={t('form.name')} error={fieldError('name')}>
        {(c) => <input type="text" maxLength={120} {...c} {...register('name')} />}
      </Field>
      <ScopeFields register={register} role={role} regions={regions} idPrefix={`edit-${member.id}`} error={fieldError} />
      <SubmitOrCancel submit={pending ? t('actions.saving') : t('actions.save')} cancel={t('actions.cancel')} submitting={pending} onCancel={() => onDone(false)} />
    </form>
  );
}

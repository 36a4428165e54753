'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { z } from 'zod';
import type { RumorDetail } from '@/server/rumors/get-rumor-detail';
import { dismissManyInput, dismissReasonValues, editClaimInput, type ChangeStatusInput } from '@/server/rumors/schema';
import { canTransition } from '@/server/rumors/workflow';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';
import { Field, FormErrorSummary, SubmitOrCancel } from '../../ui/form';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import { useRefreshRumors } from './use-rumor-mutation';
import { placeName, type Language } from '@/server/i18n/languages';
import { useDates } from '../../i18n/use-dates';

const claimForm = editClaimInput.pick({ claim: true });
const dismissForm = dismissManyInput.pick({ reason: true, note: true });

export function RumorHeader({ rumor, actorId, locale }: { rumor: RumorDetail; actorId: string; locale: Language }) {
  const t = useTranslations('rumorPage');
  const tAll = useTranslations();
  const dates = useDates();
  const trpc = useTRPC();
  const refresh = useRefreshRumors();
  const [editing, setEditing] = useState(false);
  const [dismissing, setDismissing] = useState(false);
  // The header's buttons say nothing when they worked (the page shows the new state), only why not.
  const { status, run } = useSaveStatus('rumorPage');
  const assignMutation = useMutation(trpc.rumors.assign.mutationOptions());
  const changeStatusMutation = useMutation(trpc.rumors.changeStatus.mutationOptions());
  const save = (work: () => Promise<unknown>, done?: () => void) =>
    run(async () => {
      await work();
      await refresh();
      done?.();
      return null;
    });
  const assign = (assigneeId: string | null, done?: () => void) => save(() => assignMutation.mutateAsync({ ids: [rumor.id], assigneeId }), done);
  const changeStatus = (input: ChangeStatusInput, done?: () => void) => save(() => changeStatusMutation.mutateAsync(input), done);
  const regionNames = rumor.regionCodes.map((code) => {
    const region = rumor.regions.find((r) => r.code === code);
    return region ? placeName(region, locale) : code;
  });
  const when = (date: Date) => dates.dateTime(date);

  return (
    <header className={styles.header}>
      {editing ? (
        <ClaimEditor rumor={rumor} onDone={() => setEditing(false)} />
      ) : (
        <div className={styles.row} style={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <h1 id="rumor-claim" className={styles.claim}>
            {rumor.claim}
          </h1>
          <button type="button" className={`button button--quiet ${styles.small}`} onClick={() => setEditing(true)}>
            {t('editClaim')}
          </button>
        </div>
      )}
      <div className={styles.row}>
        <span className={styles.pill} data-status={rumor.status}>
          {tAll(`status.${rumor.status}`)}
        </span>
        <span className={styles.pill} data-priority={rumor.priorityLevel}>
          {tAll(`priority.${rumor.priorityLevel}`)}
        </span>
        {rumor.isDemo && <span className="badge badge--demo">{t('demo')}</span>}
        <span className="muted">
          {t('summary', { sightings: rumor.sightingCount, settlements: rumor.settlementCount, first: dates.since(rumor.firstSeenAt) })}
        </span>
      </div>
      {rumor.status === 'DISMISSED' && rumor.dismissReason && (
        <p className="alert alert--info" style={{ margin: 0 }}>
          {t('dismissedBecause', { reason: t(`dismissReasons.${rumor.dismissReason}`) })}
          {rumor.dismissNote ? ` — ${rumor.dismissNote}` : ''}
        </p>
      )}
      {/* Deadline and the next action come first: on a phone they are on the first screen. */}
      <dl className={styles.facts}>
        <dt>{t('deadlineLabel')}</dt>
        <dd>
          {!rumor.dueAt ? (
            t('noDeadline')
          ) : rumor.overdue ? (
            <span className={styles.overdue}>{t('overdue', { date: when(rumor.dueAt) })}</span>
          ) : (
            t('deadline', { date: when(rumor.dueAt) })
          )}
        </dd>
      </dl>
      <section aria-labelledby="rumor-actions" className={styles.actions}>
        <h2 id="rumor-actions" className="visually-hidden">
          {t('actionsTitle')}
        </h2>
        {canTransition(rumor.status, 'INVESTIGATING') && (
          <button type="button" className="button" disabled={changeStatusMutation.isPending} onClick={() => void changeStatus({ id: rumor.id, to: 'INVESTIGATING' })}>
            {t('startInvestigating')}
          </button>
        )}
        {canTransition(rumor.status, 'DISMISSED') && !dismissing && (
          <button type="button" className="button button--quiet" onClick={() => setDismissing(true)} aria-expanded={false}>
            {t('dismiss')}
          </button>
        )}
      </section>
      {dismissing && (
        <DismissForm
          onCancel={() => setDismissing(false)}
          onSubmit={(values) => changeStatus({ id: rumor.id, to: 'DISMISSED', ...values }, () => setDismissing(false))}
        />
      )}
      <dl className={styles.facts}>
        <dt>{t('regionsLabel')}</dt>
        <dd>{regionNames.length ? regionNames.join(', ') : t('noRegion')}</dd>
        <dt>{t('assignee')}</dt>
        <dd>
          <div className={styles.row}>
            <span>{rumor.assignee?.name ?? t('unassigned')}</span>
            {rumor.assignee?.id !== actorId && (
              <button type="button" className={`button button--secondary ${styles.small}`} disabled={assignMutation.isPending} onClick={() => void assign(actorId)}>
                {t('assignToMe')}
              </button>
            )}
            {rumor.assignee && (
              <button type="button" className={`button button--quiet ${styles.small}`} disabled={assignMutation.isPending} onClick={() => void assign(null)}>
                {t('unassign')}
              </button>
            )}
            <AssignToColleague rumor={rumor} pending={assignMutation.isPending} onAssign={(assigneeId, done) => void assign(assigneeId, done)} />
          </div>
        </dd>
      </dl>
      <SaveStatusMessage status={status} layout="errorOnly" />
    </header>
  );
}

/** Hands the rumour to a colleague who covers all its regions; the server checks again. */
function AssignToColleague({ rumor, pending, onAssign }: { rumor: RumorDetail; pending: boolean; onAssign: (assigneeId: string, done: () => void) => void }) {
  const t = useTranslations('rumorPage');
  const tRoles = useTranslations('roles');
  const trpc = useTRPC();
  const colleagues = useQuery(trpc.staff.assignableModerators.queryOptions({ regionCodes: rumor.regionCodes }));
  const [chosen, setChosen] = useState('');
  const offered = (colleagues.data ?? []).filter((colleague) => colleague.id !== rumor.assignee?.id);
  // Said in words, not as an empty disabled select: nobody else works in this rumour's regions.
  if (colleagues.isSuccess && !offered.length) return <span className="muted">{t('noColleague')}</span>;
  return (
    <form
      className={`${styles.row} ${styles.fitRow}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onAssign(chosen, () => setChosen(''));
      }}
    >
      <label htmlFor="assign-to">{t('assignTo')}</label>
      <select id="assign-to" className={styles.select} value={chosen} onChange={(event) => setChosen(event.target.value)} disabled={!offered.length}>
        <option value="">{t('chooseColleague')}</option>
        {offered.map((colleague) => (
          <option key={colleague.id} value={colleague.id}>
            {t('colleagueOption', { name: colleague.name, role: tRoles(colleague.role) })}
          </option>
        ))}
      </select>
      <button type="submit" className={`button button--secondary ${styles.small}`} disabled={pending || !chosen}>
        {t('assignToSubmit')}
      </button>
    </form>
  );
}

function ClaimEditor({ rumor, onDone }: { rumor: RumorDetail; onDone: () => void }) {
  const t = useTranslations('rumorPage');
  const trpc = useTRPC();
  const refresh = useRefreshRumors();
  const edit = useMutation(trpc.rumors.editClaim.mutationOptions());
  const { register, fieldError, onValid, pending, error: formError } = useZodForm(claimForm, { namespace: 'rumorPage', defaultValues: { claim: rumor.claim } });
  const onSubmit = onValid(async (values) => {
    await edit.mutateAsync({ id: rumor.id, claim: values.claim });
    await refresh();
    onDone();
    return null;
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormErrorSummary error={formError} />
      <Field id="claim" label={t('claimLabel')} hint={t('claimHint')} error={fieldError('claim')} className={styles.claimField}>
        {(control) => <textarea rows={3} autoFocus {...control} {...register('claim')} />}
      </Field>
      <SubmitOrCancel submit={pending ? t('saving') : t('save')} cancel={t('cancel')} submitting={pending} onCancel={onDone} />
    </form>
  );
}

/** Why the rumour is set aside; the header's status says what went wrong, the form closes once it worked. */
function DismissForm({ onSubmit, onCancel }: { onSubmit: (values: z.output<typeof dismissForm>) => Promise<void>; onCancel: () => void }) {
  const t = useTranslations('rumorPage');
  // What the header does with the reason reports in the header's status, so this form only checks it.
  const {
    register,
    handleSubmit,
    formState: { errors },
    fieldError,
    pending,
  } = useZodForm(dismissForm, { namespace: 'rumorPage' });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <fieldset className={styles.dismissForm}>
        <legend>{t('dismissTitle')}</legend>
        <Field id="dismiss-reason" label={t('dismissReason')} error={errors.reason ? t('dismissReasonRequired') : null} className={styles.tightField}>
          {(control) => (
            <select autoFocus defaultValue="" {...control} {...register('reason')}>
              <option value="" disabled>
                {t('chooseReason')}
              </option>
              {dismissReasonValues.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`dismissReasons.${reason}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="dismiss-note" label={t('dismissNote')} error={fieldError('note')} className={styles.tightField}>
          {(control) => <textarea rows={2} {...control} {...register('note')} />}
        </Field>
        <SubmitOrCancel submit={t('dismissConfirm')} cancel={t('cancel')} submitting={pending} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}

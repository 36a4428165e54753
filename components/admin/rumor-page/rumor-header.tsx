'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { RumorDetail } from '@/server/rumors/get-rumor-detail';
import { dismissManyInput, dismissReasonValues, editClaimInput } from '@/server/rumors/schema';
import { canTransition } from '@/server/rumors/workflow';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';
import { useFieldErrorMessage, useServerErrorMessage } from '../../ui/form-errors';
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
  const serverError = useServerErrorMessage('rumorPage');
  const [editing, setEditing] = useState(false);
  const [dismissing, setDismissing] = useState(false);
  const options = { onSuccess: () => refresh() };
  const assign = useMutation(trpc.rumors.assign.mutationOptions(options));
  const changeStatus = useMutation(trpc.rumors.changeStatus.mutationOptions(options));
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
          <button type="button" className="button" disabled={changeStatus.isPending} onClick={() => changeStatus.mutate({ id: rumor.id, to: 'INVESTIGATING' })}>
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
          onSubmit={(values) => changeStatus.mutate({ id: rumor.id, to: 'DISMISSED', ...values }, { onSuccess: () => setDismissing(false) })}
          pending={changeStatus.isPending}
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
              <button type="button" className={`button button--secondary ${styles.small}`} disabled={assign.isPending} onClick={() => assign.mutate({ ids: [rumor.id], assigneeId: actorId })}>
                {t('assignToMe')}
              </button>
            )}
            {rumor.assignee && (
              <button type="button" className={`button button--quiet ${styles.small}`} disabled={assign.isPending} onClick={() => assign.mutate({ ids: [rumor.id], assigneeId: null })}>
                {t('unassign')}
              </button>
            )}
            <AssignToColleague rumor={rumor} pending={assign.isPending} onAssign={(assigneeId, done) => assign.mutate({ ids: [rumor.id], assigneeId }, { onSuccess: done })} />
          </div>
        </dd>
      </dl>
      {assign.isError && (
        <p className="alert alert--error" role="alert" style={{ margin: 0 }}>
          {serverError(assign.error)}
        </p>
      )}
      {changeStatus.isError && (
        <p className="alert alert--error" role="alert" style={{ margin: 0 }}>
          {t('saveFailed')}
        </p>
      )}
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
  return (
    <form
      className={`${styles.row} ${styles.fitRow}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onAssign(chosen, () => setChosen(''));
      }}
    >
      <label htmlFor="assign-to">{t('assignTo')}</label>
      <select id="assign-to" value={chosen} onChange={(event) => setChosen(event.target.value)} disabled={!offered.length}>
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
  const fieldMessage = useFieldErrorMessage('rumorPage');
  const trpc = useTRPC();
  const refresh = useRefreshRumors();
  const edit = useMutation(trpc.rumors.editClaim.mutationOptions({ onSuccess: async () => { await refresh(); onDone(); } }));
  const { register, handleSubmit, formState: { errors } } = useForm<z.input<typeof claimForm>>({ resolver: zodResolver(claimForm), defaultValues: { claim: rumor.claim } });
  return (
    <form onSubmit={handleSubmit((values) => edit.mutate({ id: rumor.id, claim: values.claim }))} noValidate>
      <div className="field" style={{ marginBottom: 8 }}>
        <label htmlFor="claim">{t('claimLabel')}</label>
        <textarea id="claim" rows={3} autoFocus aria-invalid={errors.claim ? 'true' : 'false'} aria-describedby="claim-hint claim-error" {...register('claim')} />
        <p id="claim-hint" className="muted" style={{ margin: 0 }}>{t('claimHint')}</p>
        {errors.claim && <p id="claim-error" className="field-error">{fieldMessage(errors.claim.message)}</p>}
        {edit.isError && <p className="field-error" role="alert">{t('saveFailed')}</p>}
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={edit.isPending}>{edit.isPending ? t('saving') : t('save')}</button>
        <button type="button" className="button button--quiet" onClick={onDone}>{t('cancel')}</button>
      </div>
    </form>
  );
}

function DismissForm({ onSubmit, onCancel, pending }: { onSubmit: (values: z.output<typeof dismissForm>) => void; onCancel: () => void; pending: boolean }) {
  const t = useTranslations('rumorPage');
  const { register, handleSubmit, formState: { errors } } = useForm<z.input<typeof dismissForm>, unknown, z.output<typeof dismissForm>>({ resolver: zodResolver(dismissForm) });
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <fieldset className={styles.dismissForm}>
        <legend>{t('dismissTitle')}</legend>
        <div className="field" style={{ margin: 0 }}>
          <label htmlFor="dismiss-reason">{t('dismissReason')}</label>
          <select id="dismiss-reason" autoFocus defaultValue="" aria-invalid={errors.reason ? 'true' : 'false'} aria-describedby={errors.reason ? 'dismiss-reason-error' : undefined} {...register('reason')}>
            <option value="" disabled>{t('chooseReason')}</option>
            {dismissReasonValues.map((reason) => <option key={reason} value={reason}>{t(`dismissReasons.${reason}`)}</option>)}
          </select>
          {errors.reason && <p id="dismiss-reason-error" className="field-error">{t('dismissReasonRequired')}</p>}
        </div>
        <div className="field" style={{ margin: 0 }}>
          <label htmlFor="dismiss-note">{t('dismissNote')}</label>
          <textarea id="dismiss-note" rows={2} {...register('note')} />
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button" disabled={pending}>{t('dismissConfirm')}</button>
          <button type="button" className="button button--quiet" onClick={onCancel}>{t('cancel')}</button>
        </div>
      </fieldset>
    </form>
  );
}

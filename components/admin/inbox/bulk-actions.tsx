'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { dismissReasonValues } from '@/server/rumors/schema';
import { useTRPC } from '../../trpc/client';
import type { DoneMerge } from '../rumor-page/merge-done';
import { useSaveStatus } from '../../ui/save-status';
import styles from './inbox.module.css';

type DismissReason = (typeof dismissReasonValues)[number];

/** Actions on the selected rumours, in selection order (merge keeps the first one selected). */
export function BulkActions({
  selected,
  actorId,
  onDone,
  onClear,
}: {
  selected: { id: string; claim: string }[];
  actorId: string;
  /** `merge` when the action was a merge: the inbox offers its undo with the message. */
  onDone: (message: string, merge?: DoneMerge) => void;
  onClear: () => void;
}) {
  const t = useTranslations('inbox');
  const trpc = useTRPC();
  // Success is said by the inbox (onDone); a refusal stays here, beside the buttons.
  const { error, show, showError: onError } = useSaveStatus('inbox');
  const [dismissing, setDismissing] = useState(false);
  const [reasonError, setReasonError] = useState(false);
  const ids = selected.map((s) => s.id);

  const assign = useMutation(trpc.rumors.assign.mutationOptions({ onSuccess: (r) => onDone(t('assigned', { count: r.assigned })), onError }));
  const dismiss = useMutation(
    trpc.rumors.dismiss.mutationOptions({
      onSuccess: (r) => {
        setDismissing(false);
        onDone(t('dismissed', { count: r.dismissed }));
      },
      onError,
    }),
  );
  const merge = useMutation(trpc.rumors.merge.mutationOptions({ onSuccess: (r) => onDone(t('merged', { count: r.reportsMoved }), r), onError }));
  const busy = assign.isPending || dismiss.isPending || merge.isPending;

  function submitDismiss(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const reason = String(data.get('reason') ?? '');
    if (!(dismissReasonValues as readonly string[]).includes(reason)) {
      setReasonError(true);
      return;
    }
    setReasonError(false);
    const note = String(data.get('note') ?? '').trim();
    show(null);
    dismiss.mutate({ ids, reason: reason as DismissReason, ...(note ? { note } : {}) });
  }

  function confirmMerge() {
    const [target, ...sources] = selected;
    if (!target || sources.length === 0) return;
    if (!window.confirm(t('mergeConfirm', { count: sources.length, claim: target.claim }))) return;
    show(null);
    merge.mutate({ targetId: target.id, sourceIds: sources.map((s) => s.id) });
  }

  return (
    <section className={styles.bulkBar} aria-label={t('bulkActions')}>
      <span className={styles.selectedCount}>{t('selectedCount', { count: selected.length })}</span>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => {
          show(null);
          assign.mutate({ ids, assigneeId: actorId });
        }}
      >
        {t('assignToMe')}
      </button>
      <button type="button" className="button button--secondary" disabled={busy} aria-expanded={dismissing} onClick={() => setDismissing((d) => !d)}>
        {t('dismiss')}
      </button>
      <button type="button" className="button button--secondary" disabled={busy || selected.length < 2} onClick={confirmMerge}>
        {t('merge')}
      </button>
      <button type="button" className="button button--quiet" onClick={onClear}>
        {t('clearSelection')}
      </button>
      {dismissing && (
        <form onSubmit={submitDismiss} noValidate>
          <div className="field">
            <label htmlFor="bulk-dismiss-reason">{t('dismissReason')}</label>
            <select id="bulk-dismiss-reason" name="reason" defaultValue="" required aria-invalid={reasonError ? 'true' : 'false'} aria-describedby={reasonError ? 'bulk-dismiss-error' : undefined}>
              <option value="">{t('dismissReasonChoose')}</option>
              {dismissReasonValues.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`dismissReasons.${reason}`)}
                </option>
              ))}
            </select>
            {reasonError && (
              <p id="bulk-dismiss-error" className="field-error">
                {t('errors.dismissReasonRequired')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="bulk-dismiss-note">{t('dismissNote')}</label>
            <input id="bulk-dismiss-note" name="note" maxLength={1000} />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('dismissConfirm')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setDismissing(false)}>
            {t('cancel')}
          </button>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

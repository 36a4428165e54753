'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { draftableVerdictValues, draftVerdictInput, reviewVerdictInput } from '@/server/verification/schema';
import { useTRPC } from '../../trpc/client';
import { Field, FormActions, FormErrorSummary, SubmitButton } from '../../ui/form';
import { useFieldErrorMessage, useServerErrorMessage } from '../../ui/form-errors';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import { NoticeLinksPanel } from '../notice-editor/notice-links-panel';
import { InterimNoticePanel } from './interim-notice-panel';
import { useRumorVerification } from './use-rumor-verification';
import styles from './verification.module.css';
import { useDates } from '../../i18n/use-dates';

/** The verdict on one rumour: drafting (with the evidence rule), and the second moderator's review. */
export function VerdictPanel({ rumorId }: { rumorId: string }) {
  const t = useTranslations('verification');
  const dates = useDates();
  const { query, refresh } = useRumorVerification(rumorId);
  const serverError = useServerErrorMessage('verification');
  const { status, show } = useSaveStatus('verification');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const data = query.data;
  const done = async (message: string) => {
    show({ kind: 'info', text: message });
    // An approved verdict opens the way to the notice (the notice panel below).
    await Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: trpc.notices.listForRumor.queryKey({ rumorId }) })]);
  };

  return (
    <section className={styles.panel} aria-labelledby={`verdict-${rumorId}`}>
      <h2 id={`verdict-${rumorId}`} style={{ margin: 0 }}>
        {t('verdict.title')}
      </h2>
      <SaveStatusMessage status={status} layout="inFlow" />
      {query.isError && <p className="alert alert--error">{serverError(query.error)}</p>}
      {data?.drafts.length === 0 && <p className="muted">{t('verdict.empty')}</p>}
      <ul className={styles.list}>
        {data?.drafts.map((draft) => (
          <li key={draft.id} className={styles.item}>
            <div className={styles.meta}>
              <span className={`badge badge--${draft.verdict}`}>{t(`verdicts.${draft.verdict}`)}</span>
              <span className="badge">{t(`draftStatus.${draft.status}`)}</span>
              <span>{t('verdict.draftedBy', { name: draft.draftedBy.name })}</span>
              <span>{dates.dateTime(draft.createdAt)}</span>
              {draft.reviewedBy && draft.reviewedBy.id !== draft.draftedBy.id && <span>{t('verdict.reviewedBy', { name: draft.reviewedBy.name })}</span>}
            </div>
            <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{draft.rationale}</p>
            {draft.reviewComment && <p className="muted" style={{ margin: 0 }}>{draft.reviewComment}</p>}
            {draft.status === 'AWAITING_APPROVAL' &&
              (draft.canReview ? <ReviewForm draftId={draft.id} onDone={() => done(t('verdict.reviewed'))} /> : <p className="muted">{t('verdict.ownDraft')}</p>)}
          </li>
        ))}
      </ul>
      <NoticeLinksPanel rumorId={rumorId} />
      {data?.rumor.status === 'INVESTIGATING' && <DraftForm rumorId={rumorId} needsSecondApproval={data.rumor.needsSecondApproval} onDone={() => done(t('verdict.drafted'))} />}
      <InterimNoticePanel rumorId={rumorId} />
    </section>
  );
}

function DraftForm({ rumorId, needsSecondApproval, onDone }: { rumorId: string; needsSecondApproval: boolean; onDone: () => Promise<void> }) {
  const t = useTranslations('verification');
  const trpc = useTRPC();
  const draft = useMutation(trpc.verification.draftVerdict.mutationOptions());
  const { register, reset, fieldError, onValid, pending, error: formError } = useZodForm(draftVerdictInput, { namespace: 'verification', defaultValues: { rumorId, verdict: 'FALSE', rationale: '' } });
  const headingId = `draft-${rumorId}-heading`;

  const onSubmit = onValid(async (values) => {
    await draft.mutateAsync(values);
    reset({ rumorId, verdict: values.verdict, rationale: '' });
    await onDone();
    return null;
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('verdict.draft')}</h3>
      <p className="muted">{needsSecondApproval ? t('verdict.needsApproval') : t('verdict.selfApproval')}</p>
      <FormErrorSummary error={formError} />
      <Field label={t('verdict.verdict')}>
        {(control) => (
          <select {...control} {...register('verdict')}>
            {draftableVerdictValues.map((verdict) => (
              <option key={verdict} value={verdict}>
                {t(`verdicts.${verdict}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('verdict.rationale')} error={fieldError('rationale')}>
        {(control) => <textarea rows={5} {...control} {...register('rationale')} />}
      </Field>
      <FormActions>
        <SubmitButton pending={pending}>{t('verdict.submit')}</SubmitButton>
      </FormActions>
    </form>
  );
}

function ReviewForm({ draftId, onDone }: { draftId: string; onDone: () => Promise<void> }) {
  const t = useTranslations('verification');
  const trpc = useTRPC();
  const fieldMessage = useFieldErrorMessage('verification');
  const [comment, setComment] = useState('');
  // The comment's problem and the server's refusal both stand beside the comment.
  const { error, run, show } = useSaveStatus('verification');
  const review = useMutation(trpc.verification.reviewVerdict.mutationOptions());
  const decide = (decision: 'approve' | 'return') => {
    const parsed = reviewVerdictInput.safeParse({ draftId, decision, comment });
    if (!parsed.success) return show({ kind: 'error', text: fieldMessage(parsed.error.issues[0]?.message) ?? '' });
    return run(async () => {
      await review.mutateAsync(parsed.data);
      await onDone();
      return null;
    });
  };
  return (
    <div className={styles.panel} style={{ marginBlock: 4 }}>
      <Field label={t('verdict.comment')} error={error}>
        {(control) => <textarea rows={2} value={comment} onChange={(event) => setComment(event.target.value)} {...control} />}
      </Field>
      <FormActions>
        <button type="button" className="button" disabled={review.isPending} onClick={() => decide('approve')}>
          {t('verdict.approve')}
        </button>
        <button type="button" className="button button--secondary" disabled={review.isPending} onClick={() => decide('return')}>
          {t('verdict.return')}
        </button>
      </FormActions>
    </div>
  );
}

'use client';

import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { formatNumber } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';
import { requestVerificationInput } from '@/server/verification/schema';
import { useTRPC } from '../../trpc/client';
import { dateTimeFieldProps, dateTimeFieldValue } from '../../ui/typed-date-time';
import { Choice, Field, FieldGroup, FormErrorSummary, SubmitOrCancel } from '../../ui/form';
import { useServerErrorMessage } from '../../ui/form-errors';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import { useRumorVerification } from './use-rumor-verification';
import styles from './verification.module.css';
import { useDates } from '../../i18n/use-dates';

const DEFAULT_HOURS = 3;

/** Questions to field verifiers on one rumour: who was asked what, by when, and their answers. */
export function VerificationRequestPanel({ rumorId }: { rumorId: string }) {
  const t = useTranslations('verification');
  const dates = useDates();
  const language = useLocale() as Language;
  const { query, refresh } = useRumorVerification(rumorId);
  const serverError = useServerErrorMessage('verification');
  const [asking, setAsking] = useState(false);
  const { status, show } = useSaveStatus('verification');
  const verifiers = query.data?.verifiers ?? [];

  return (
    <section className={styles.panel} aria-labelledby={`requests-${rumorId}`}>
      <div className={styles.row}>
        <h2 id={`requests-${rumorId}`} style={{ margin: 0 }}>
          {t('requests.title')}
        </h2>
        {!asking && verifiers.length > 0 && (
          <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
            {t('requests.ask')}
          </button>
        )}
      </div>
      {query.data && verifiers.length === 0 && <p className="muted">{t('requests.noVerifiers')}</p>}
      <SaveStatusMessage status={status} layout="inFlow" />
      {asking && (
        <RequestForm
          rumorId={rumorId}
          verifiers={verifiers}
          onCancel={() => setAsking(false)}
          onSent={async () => {
            setAsking(false);
            show({ kind: 'info', text: t('requests.sent') });
            await refresh();
          }}
        />
      )}
      {query.isError && <p className="alert alert--error">{serverError(query.error)}</p>}
      {query.data?.requests.length === 0 && <p className="muted">{t('requests.empty')}</p>}
      <ul className={styles.list}>
        {query.data?.requests.map((request) => (
          <li key={request.id} className={styles.item}>
            <div className={styles.meta}>
              <span>{request.assignee?.name ?? t('requests.handedBack')}</span>
              <span className="badge">{t(`requestStatus.${request.status}`)}</span>
              <span>{t('requests.due', { date: dates.dateTime(request.dueAt) })}</span>
              {request.overdue && <span className={styles.overdue}>{t('requests.overdue')}</span>}
            </div>
            <strong>{request.question}</strong>
            {request.answer && (
              <span>
                {t('requests.answer', { answer: t(`answers.${request.answer}`) })}
                {request.answerNote && <span className="muted"> — {request.answerNote}</span>}
              </span>
            )}
            {(request.answerCorrectedAt || request.answerLat !== null) && (
              <div className={styles.meta}>
                {request.answerCorrectedAt && <span className="badge">{t('requests.corrected', { date: dates.dateTime(request.answerCorrectedAt) })}</span>}
                {request.answerLat !== null && request.answerLng !== null && (
                  <span>{t('requests.atPlace', { lat: formatNumber(language, request.answerLat, { maximumFractionDigits: 2 }), lng: formatNumber(language, request.answerLng, { maximumFractionDigits: 2 }) })}</span>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestForm({ rumorId, verifiers, onSent, onCancel }: { rumorId: string; verifiers: { id: string; name: string }[]; onSent: () => Promise<void>; onCancel: () => void }) {
  const t = useTranslations('verification');
  const tCommon = useTranslations('common');
  const language = useLocale() as Language;
  const trpc = useTRPC();
  const send = useMutation(trpc.verification.requestVerification.mutationOptions());
  const [defaultDue] = useState(() => dateTimeFieldValue(new Date(Date.now() + DEFAULT_HOURS * 3600_000), language));
  const { register, setValue, control, fieldError: error, onValid, pending, error: formError } = useZodForm(requestVerificationInput, { namespace: 'verification', defaultValues: { rumorId, assigneeIds: [], question: '', dueAt: defaultDue } });
  // Checkbox groups are kept as an explicit array: react-hook-form turns a group of one into a boolean.
  const assigneeIds = useWatch({ control, name: 'assigneeIds' });
  const toggle = (verifierId: string, checked: boolean) =>
    setValue('assigneeIds', checked ? [...assigneeIds, verifierId] : assigneeIds.filter((v) => v !== verifierId), { shouldValidate: true });

  const onSubmit = onValid(async (values) => {
    await send.mutateAsync(values);
    await onSent();
    return null;
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate>
      <FormErrorSummary error={formError} />
      <FieldGroup legend={t('requests.verifiers')} error={error('assigneeIds')}>
        {verifiers.map((verifier) => (
          <Choice key={verifier.id} label={verifier.name} checked={assigneeIds.includes(verifier.id)} onChange={(event) => toggle(verifier.id, event.target.checked)} />
        ))}
      </FieldGroup>
      <Field label={t('requests.question')} error={error('question')}>
        {(control) => <textarea rows={3} {...control} {...register('question')} />}
      </Field>
      <Field label={t('requests.dueAt')} error={error('dueAt')}>
        {(control) => <input {...dateTimeFieldProps(tCommon('dateTimePattern'))} {...control} {...register('dueAt')} />}
      </Field>
      <SubmitOrCancel submit={t('requests.send')} cancel={t('sources.cancel')} submitting={pending} onCancel={onCancel} />
    </form>
  );
}

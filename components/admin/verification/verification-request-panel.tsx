'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { requestVerificationInput, type RequestVerificationInput } from '@/server/verification/schema';
import { useTRPC } from '../../trpc/client';
import { toLocalInputValue, useFieldMessage, useServerError } from './use-verification-error';
import { useRumorVerification } from './use-rumor-verification';
import styles from './verification.module.css';

type ParsedRequest = z.output<typeof requestVerificationInput>;
const DEFAULT_HOURS = 3;

/** Questions to field verifiers on one rumour: who was asked what, by when, and their answers. */
export function VerificationRequestPanel({ rumorId }: { rumorId: string }) {
  const t = useTranslations('verification');
  const format = useFormatter();
  const { query, refresh } = useRumorVerification(rumorId);
  const serverError = useServerError();
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
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
      <div role="status" aria-live="polite">
        {status && <p className="alert alert--info">{status}</p>}
      </div>
      {asking && (
        <RequestForm
          rumorId={rumorId}
          verifiers={verifiers}
          onCancel={() => setAsking(false)}
          onSent={async () => {
            setAsking(false);
            setStatus(t('requests.sent'));
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
              <span>{request.assignee?.name}</span>
              <span className="badge">{t(`requestStatus.${request.status}`)}</span>
              <span>{t('requests.due', { date: format.dateTime(request.dueAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</span>
              {request.overdue && <span className={styles.overdue}>{t('requests.overdue')}</span>}
            </div>
            <strong>{request.question}</strong>
            {request.answer && (
              <span>
                {t('requests.answer', { answer: t(`answers.${request.answer}`) })}
                {request.answerNote && <span className="muted"> — {request.answerNote}</span>}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestForm({ rumorId, verifiers, onSent, onCancel }: { rumorId: string; verifiers: { id: string; name: string }[]; onSent: () => Promise<void>; onCancel: () => void }) {
  const t = useTranslations('verification');
  const trpc = useTRPC();
  const fieldMessage = useFieldMessage();
  const serverError = useServerError();
  const [formError, setFormError] = useState<string | null>(null);
  const send = useMutation(trpc.verification.requestVerification.mutationOptions());
  const [defaultDue] = useState(() => toLocalInputValue(new Date(Date.now() + DEFAULT_HOURS * 3600_000)));
  const {
    register,
    handleSubmit,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<RequestVerificationInput, unknown, ParsedRequest>({
    resolver: zodResolver(requestVerificationInput),
    defaultValues: { rumorId, assigneeIds: [], question: '', dueAt: defaultDue },
  });
  const assigneeIds = useWatch({ control, name: 'assigneeIds' });
  const toggle = (verifierId: string, checked: boolean) =>
    setValue('assigneeIds', checked ? [...assigneeIds, verifierId] : assigneeIds.filter((v) => v !== verifierId), { shouldValidate: true });
  const id = (name: string) => `request-${rumorId}-${name}`;
  const error = (name: keyof RequestVerificationInput) => {
    const message = fieldMessage(errors[name]?.message);
    return message ? (
      <p id={id(`${name}-error`)} className="field-error">
        {message}
      </p>
    ) : null;
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await send.mutateAsync(values);
      await onSent();
    } catch (e) {
      setFormError(serverError(e));
    }
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate>
      {formError && (
        <p className="alert alert--error" role="alert">
          {formError}
        </p>
      )}
      <fieldset className="field">
        <legend>{t('requests.verifiers')}</legend>
        <div className={styles.checkboxes}>
          {verifiers.map((verifier) => (
            <label key={verifier.id}>
              <input type="checkbox" checked={assigneeIds.includes(verifier.id)} onChange={(event) => toggle(verifier.id, event.target.checked)} /> {verifier.name}
            </label>
          ))}
        </div>
        {error('assigneeIds')}
      </fieldset>
      <div className="field">
        <label htmlFor={id('question')}>{t('requests.question')}</label>
        <textarea id={id('question')} rows={3} aria-invalid={errors.question ? 'true' : 'false'} {...register('question')} />
        {error('question')}
      </div>
      <div className="field">
        <label htmlFor={id('due')}>{t('requests.dueAt')}</label>
        <input id={id('due')} type="datetime-local" aria-invalid={errors.dueAt ? 'true' : 'false'} {...register('dueAt')} />
        {error('dueAt')}
      </div>
      <div className={styles.row}>
        <button type="submit" className="button" disabled={isSubmitting}>
          {t('requests.send')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('sources.cancel')}
        </button>
      </div>
    </form>
  );
}

'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { addEvidenceInput, stanceValues, type AddEvidenceInput } from '@/server/verification/schema';
import { useTRPC } from '../../trpc/client';
import { toLocalInputValue, useFieldMessage, useServerError } from './use-verification-error';
import { useRumorVerification } from './use-rumor-verification';
import styles from './verification.module.css';

type ParsedEvidence = z.output<typeof addEvidenceInput>;

/** Evidence on one rumour: the list, and a form to add a quote from a registered or ad hoc source. */
export function EvidencePanel({ rumorId }: { rumorId: string }) {
  const t = useTranslations('verification');
  const format = useFormatter();
  const { query, refresh } = useRumorVerification(rumorId);
  const serverError = useServerError();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <section className={styles.panel} aria-labelledby={`evidence-${rumorId}`}>
      <div className={styles.row}>
        <h2 id={`evidence-${rumorId}`} style={{ margin: 0 }}>
          {t('evidence.title')}
        </h2>
        {!adding && (
          <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
            {t('evidence.add')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {status && <p className="alert alert--info">{status}</p>}
      </div>
      {adding && (
        <EvidenceForm
          rumorId={rumorId}
          onCancel={() => setAdding(false)}
          onAdded={async () => {
            setAdding(false);
            setStatus(t('evidence.added'));
            await refresh();
          }}
        />
      )}
      {query.isError && <p className="alert alert--error">{serverError(query.error)}</p>}
      {query.data?.evidence.length === 0 && <p className="muted">{t('evidence.empty')}</p>}
      <ul className={styles.list}>
        {query.data?.evidence.map((item) => (
          <li key={item.id} className={styles.item}>
            <div className={styles.meta}>
              <span className={styles[`stance_${item.stance}`]}>{t(`stances.${item.stance}`)}</span>
              <span>{item.source ? `${item.source.name} · ${t(`sourceTypes.${item.source.type}`)} · ${t('sources.reliability', { value: item.source.reliability })}` : item.adHocSourceName}</span>
              <span>{format.dateTime(item.obtainedAt, { dateStyle: 'medium', timeStyle: 'short' })}</span>
              <span className="badge">{item.isPublic ? t('evidence.publicBadge') : t('evidence.internalBadge')}</span>
              {item.verificationRequestId && <span>{t('evidence.fromVerifier')}</span>}
            </div>
            <blockquote style={{ margin: 0 }}>{item.excerpt}</blockquote>
            {item.url && (
              <a href={item.url} target="_blank" rel="noopener noreferrer nofollow">
                {item.url}
              </a>
            )}
            {item.createdBy && <span className="muted">{t('evidence.by', { name: item.createdBy.name })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EvidenceForm({ rumorId, onAdded, onCancel }: { rumorId: string; onAdded: () => Promise<void>; onCancel: () => void }) {
  const t = useTranslations('verification');
  const trpc = useTRPC();
  const fieldMessage = useFieldMessage();
  const serverError = useServerError();
  const [formError, setFormError] = useState<string | null>(null);
  const sources = useQuery(trpc.verification.listSources.queryOptions({}));
  const add = useMutation(trpc.verification.addEvidence.mutationOptions());
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<AddEvidenceInput, unknown, ParsedEvidence>({
    resolver: zodResolver(addEvidenceInput),
    defaultValues: { rumorId, excerpt: '', stance: 'REFUTES', obtainedAt: toLocalInputValue(new Date()), isPublic: false },
  });
  const id = (name: string) => `evidence-${rumorId}-${name}`;
  const error = (name: keyof AddEvidenceInput) => {
    const message = fieldMessage(errors[name]?.message);
    return message ? (
      <p id={id(`${name}-error`)} className="field-error">
        {message}
      </p>
    ) : null;
  };
  const invalid = (name: keyof AddEvidenceInput) => ({ 'aria-invalid': errors[name] ? ('true' as const) : ('false' as const), 'aria-describedby': errors[name] ? id(`${name}-error`) : undefined });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await add.mutateAsync(values);
      await onAdded();
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
      <div className="field">
        <label htmlFor={id('source')}>{t('evidence.registered')}</label>
        <select id={id('source')} {...register('sourceId', { setValueAs: (value: string) => value || undefined })}>
          <option value="">{t('evidence.choose')}</option>
          {sources.data?.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name} ({t(`sourceTypes.${source.type}`)}, {source.reliability}/5)
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('adhoc')}>{t('evidence.adHoc')}</label>
        <input id={id('adhoc')} {...invalid('adHocSourceName')} {...register('adHocSourceName')} />
        {error('adHocSourceName')}
      </div>
      <div className="field">
        <label htmlFor={id('excerpt')}>{t('evidence.excerpt')}</label>
        <textarea id={id('excerpt')} rows={4} {...invalid('excerpt')} {...register('excerpt')} />
        {error('excerpt')}
      </div>
      <div className="field">
        <label htmlFor={id('url')}>{t('evidence.url')}</label>
        <input id={id('url')} type="url" inputMode="url" placeholder="https://" {...invalid('url')} {...register('url')} />
        {error('url')}
      </div>
      <div className="field">
        <label htmlFor={id('stance')}>{t('evidence.stance')}</label>
        <select id={id('stance')} {...invalid('stance')} {...register('stance')}>
          {stanceValues.map((stance) => (
            <option key={stance} value={stance}>
              {t(`stances.${stance}`)}
            </option>
          ))}
        </select>
        {error('stance')}
      </div>
      <div className="field">
        <label htmlFor={id('obtained')}>{t('evidence.obtainedAt')}</label>
        <input id={id('obtained')} type="datetime-local" {...invalid('obtainedAt')} {...register('obtainedAt')} />
        {error('obtainedAt')}
      </div>
      <label className={styles.row}>
        <input type="checkbox" {...register('isPublic')} /> {t('evidence.public')}
      </label>
      <div className={styles.row}>
        <button type="submit" className="button" disabled={isSubmitting}>
          {t('evidence.add')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('sources.cancel')}
        </button>
      </div>
    </form>
  );
}

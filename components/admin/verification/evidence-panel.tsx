'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
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
          onAdded={async (warning) => {
            setAdding(false);
            setStatus(warning ?? t('evidence.added'));
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
            {item.files.length > 0 && (
              <ul className={styles.row} aria-label={t('evidence.files')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {item.files.map((file) => {
                  const size = Math.max(1, Math.round(file.byteSize / 1024));
                  return (
                    <li key={file.id}>
                      <a href={`/api/admin/evidence/${item.id}/files/${file.id}`} target="_blank" rel="noopener noreferrer">
                        {file.mimeType === 'application/pdf' ? t('evidence.filePdf', { size }) : t('evidence.fileImage', { size })}
                      </a>
                    </li>
                  );
                })}
              </ul>
            )}
            {item.createdBy && <span className="muted">{t('evidence.by', { name: item.createdBy.name })}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Uploads one file to freshly created evidence; resolves to a translated reason when it was refused. */
async function uploadEvidenceFile(evidenceId: string, file: File, locale: string, translate: (key: string) => string | null): Promise<string | null> {
  const body = new FormData();
  body.append('file', file);
  try {
    const response = await fetch(`/api/admin/evidence/${evidenceId}/files?lang=${encodeURIComponent(locale)}`, { method: 'POST', body });
    if (response.ok) return null;
    const problem = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
    return (problem.error && translate(problem.error)) ?? problem.message ?? translate('generic');
  } catch {
    return translate('generic');
  }
}

function EvidenceForm({ rumorId, onAdded, onCancel }: { rumorId: string; onAdded: (warning?: string) => Promise<void>; onCancel: () => void }) {
  const t = useTranslations('verification');
  const locale = useLocale();
  const [file, setFile] = useState<File | null>(null);
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
      const evidence = await add.mutateAsync(values);
      if (file) {
        const refused = await uploadEvidenceFile(evidence.id, file, locale, (key) => (t.has(`errors.${key}` as 'errors.generic') ? t(`errors.${key}` as 'errors.generic') : null));
        if (refused) {
          await onAdded(t('evidence.fileUploadFailed', { reason: refused }));
          return;
        }
      }
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
      <div className="field">
        <label htmlFor={id('file')}>{t('evidence.file')}</label>
        {/* The accept list only helps the picker; the server decides from the file's content. */}
        <input id={id('file')} type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif,application/pdf,.pdf" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
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

'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Language } from '@/server/i18n/languages';
import { addEvidenceInput, stanceValues } from '@/server/verification/schema';
import { useTRPC } from '../../trpc/client';
import { dateTimeFieldProps, dateTimeFieldValue } from '../../ui/typed-date-time';
import { Choice, Field, FormErrorSummary, SubmitOrCancel } from '../../ui/form';
import { useServerErrorMessage } from '../../ui/form-errors';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import { useZodForm } from '../../ui/zod-form';
import { useRumorVerification } from './use-rumor-verification';
import styles from './verification.module.css';
import { useDates } from '../../i18n/use-dates';

/** Evidence on one rumour: the list, and a form to add a quote from a registered or ad hoc source. */
export function EvidencePanel({ rumorId }: { rumorId: string }) {
  const t = useTranslations('verification');
  const dates = useDates();
  const { query, refresh } = useRumorVerification(rumorId);
  const serverError = useServerErrorMessage('verification');
  const [adding, setAdding] = useState(false);
  const { status, show } = useSaveStatus('verification');

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
      <SaveStatusMessage status={status} layout="inFlow" />
      {adding && (
        <EvidenceForm
          rumorId={rumorId}
          onCancel={() => setAdding(false)}
          onAdded={async (warning) => {
            setAdding(false);
            show({ kind: 'info', text: warning ?? t('evidence.added') });
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
              <span>
                <span lang={item.sourceLanguage ?? undefined}>{item.source ? item.source.name : item.adHocSourceName}</span>
                {item.source && ` · ${t(`sourceTypes.${item.source.type}`)} · ${t('sources.reliability', { value: item.source.reliability })}`}
              </span>
              <span>{dates.dateTime(item.obtainedAt)}</span>
              <span className="badge">{item.isPublic ? t('evidence.publicBadge') : t('evidence.internalBadge')}</span>
              {item.verificationRequestId && <span>{t('evidence.fromVerifier')}</span>}
            </div>
            <blockquote style={{ margin: 0 }} lang={item.excerptLanguage}>
              {item.excerpt}
            </blockquote>
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
  const tCommon = useTranslations('common');
  const locale = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const trpc = useTRPC();
  const sources = useQuery(trpc.verification.listSources.queryOptions({}));
  const add = useMutation(trpc.verification.addEvidence.mutationOptions());
  const {
    register,
    fieldError: error,
    onValid,
    pending,
    error: formError,
  } = useZodForm(addEvidenceInput, { namespace: 'verification', defaultValues: { rumorId, excerpt: '', stance: 'REFUTES', obtainedAt: dateTimeFieldValue(new Date(), locale as Language), isPublic: false } });

  const onSubmit = onValid(async (values) => {
    const evidence = await add.mutateAsync(values);
    const refused = file && (await uploadEvidenceFile(evidence.id, file, locale, (key) => (t.has(`errors.${key}` as 'errors.generic') ? t(`errors.${key}` as 'errors.generic') : null)));
    await onAdded(refused ? t('evidence.fileUploadFailed', { reason: refused }) : undefined);
    return null;
  });

  return (
    <form className="card" onSubmit={onSubmit} noValidate>
      <FormErrorSummary error={formError} />
      <Field label={t('evidence.registered')} error={error('sourceId')}>
        {(control) => (
          <select {...control} {...register('sourceId', { setValueAs: (value: string) => value || undefined })}>
            <option value="">{t('evidence.choose')}</option>
            {sources.data?.map((source) => (
              <option key={source.id} value={source.id}>
                {source.name} ({t(`sourceTypes.${source.type}`)}, {source.reliability}/5)
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('evidence.adHoc')} error={error('adHocSourceName')}>
        {(control) => <input {...control} {...register('adHocSourceName')} />}
      </Field>
      <Field label={t('evidence.excerpt')} error={error('excerpt')}>
        {(control) => <textarea rows={4} {...control} {...register('excerpt')} />}
      </Field>
      <Field label={t('evidence.url')} error={error('url')}>
        {(control) => <input type="url" inputMode="url" placeholder="https://" {...control} {...register('url')} />}
      </Field>
      <Field label={t('evidence.stance')} error={error('stance')}>
        {(control) => (
          <select {...control} {...register('stance')}>
            {stanceValues.map((stance) => (
              <option key={stance} value={stance}>
                {t(`stances.${stance}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('evidence.obtainedAt')} error={error('obtainedAt')}>
        {(control) => <input {...dateTimeFieldProps(tCommon('dateTimePattern'))} {...control} {...register('obtainedAt')} />}
      </Field>
      <Field label={t('evidence.file')}>
        {/* The accept list only helps the picker; the server decides from the file's content. */}
        {(control) => (
          <input type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif,application/pdf,.pdf" {...control} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        )}
      </Field>
      <Choice label={t('evidence.public')} {...register('isPublic')} />
      <SubmitOrCancel submit={t('evidence.add')} cancel={t('sources.cancel')} submitting={pending} onCancel={onCancel} />
    </form>
  );
}

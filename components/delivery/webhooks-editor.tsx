'use client';

// Partner webhooks: register (the shared zod schema), see the secret once, turn on/off, and see
// what was delivered recently. The page reloads its data after each change.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Language } from '@/server/i18n/languages';
import { LanguageOptions } from '../i18n/language-options';
import { createWebhookInput } from '@/server/subscriptions/schema';
import { useTRPC } from '../trpc/client';
import { Field, FormActions, FormErrorSummary, SubmitButton } from '../ui/form';
import { RegionChoices } from '../ui/region-choices';
import { useZodForm } from '../ui/zod-form';
import styles from './delivery.module.css';
import { useDates } from '../i18n/use-dates';

export interface WebhookRow {
  id: string;
  label: string | null;
  url: string;
  regionNames: string[];
  language: string;
  active: boolean;
  deactivatedReason: string | null;
  deliveries: { id: string; kind: 'NOTICE' | 'WITHDRAWAL'; status: 'QUEUED' | 'SENT' | 'FAILED' | 'CANCELLED'; attempts: number; lastError: string | null; queuedAt: string; slug: string; version: number }[];
}

export function WebhooksEditor({ webhooks, regions, locale }: { webhooks: WebhookRow[]; regions: { code: string; name: string }[]; locale: Language }) {
  const t = useTranslations('webhooks');
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.webhooks.create.mutationOptions());
  const setActive = useMutation(trpc.webhooks.setActive.mutationOptions());
  const [secret, setSecret] = useState<string | null>(null);
  const { register, reset, fieldError, onValid, pending, error, run } = useZodForm(createWebhookInput, { namespace: 'webhooks', defaultValues: { url: '', label: '', regionCodes: [], language: locale } });

  const onSubmit = onValid(async (values) => {
    setSecret(null);
    const created = await create.mutateAsync(values);
    setSecret(created.secret);
    reset();
    router.refresh();
    return null;
  });

  const toggle = (id: string, active: boolean) =>
    run(async () => {
      await setActive.mutateAsync({ id, active });
      router.refresh();
      return null;
    });

  const dates = useDates();
  return (
    <>
      <section className="card" aria-labelledby="add-webhook">
        <h2 id="add-webhook">{t('addTitle')}</h2>
        <form onSubmit={onSubmit} noValidate>
          <FormErrorSummary error={error} />
          <Field label={t('url')} error={fieldError('url')}>
            {(control) => <input type="url" inputMode="url" autoComplete="off" {...control} {...register('url')} />}
          </Field>
          <Field label={t('label')} error={fieldError('label')}>
            {(control) => <input type="text" maxLength={120} {...control} {...register('label')} />}
          </Field>
          <RegionChoices legend={t('regions')} regions={regions} field={register('regionCodes')} />
          <Field label={t('language')}>
            {(control) => (
              <select {...control} {...register('language')}>
                <LanguageOptions named="inItself" />
              </select>
            )}
          </Field>
          <FormActions>
            <SubmitButton pending={pending}>{t('add')}</SubmitButton>
          </FormActions>
        </form>
        {secret && (
          <div className="alert alert--info" role="status" style={{ marginTop: 'var(--space-3)' }}>
            <p style={{ margin: 0, fontWeight: 600 }}>{t('secretTitle')}</p>
            <code className={styles.secret} data-testid="webhook-secret">
              {secret}
            </code>
            <p style={{ marginBottom: 0 }}>{t('secretText')}</p>
          </div>
        )}
      </section>

      <section aria-labelledby="webhook-list" style={{ marginTop: 'var(--space-5)' }}>
        <h2 id="webhook-list">{t('listTitle')}</h2>
        {webhooks.length === 0 && <p className="muted">{t('empty')}</p>}
        {webhooks.map((hook) => (
          <article key={hook.id} className={`card ${styles.hook}`}>
            <div className={styles.hookHead}>
              <h3 style={{ margin: 0 }}>{hook.label}</h3>
              <span className={`badge ${hook.active ? '' : styles.off}`}>{hook.active ? t('active') : t('inactive')}</span>
              <button type="button" className="button button--secondary" onClick={() => toggle(hook.id, !hook.active)}>
                {hook.active ? t('deactivate') : t('activate')}
              </button>
            </div>
            <p className={styles.url}>{hook.url}</p>
            <p className="muted" style={{ margin: 0 }}>
              {hook.regionNames.length ? hook.regionNames.join(', ') : t('allRegions')} · {hook.language}
            </p>
            {!hook.active && hook.deactivatedReason && <p className="muted">{t('stoppedBecause', { reason: hook.deactivatedReason })}</p>}
            <h4>{t('recent')}</h4>
            {hook.deliveries.length === 0 ? (
              <p className="muted">{t('noDeliveries')}</p>
            ) : (
              <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t('recent')}>
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th scope="col">{t('colWhen')}</th>
                      <th scope="col">{t('colNotice')}</th>
                      <th scope="col">{t('colStatus')}</th>
                      <th scope="col">{t('colAttempts')}</th>
                      <th scope="col">{t('colError')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {hook.deliveries.map((d) => (
                      <tr key={d.id}>
                        <td>{dates.dateTime(d.queuedAt)}</td>
                        <td>
                          {d.slug} v{d.version}
                          {d.kind === 'WITHDRAWAL' && ` · ${t('withdrawalEvent')}`}
                        </td>
                        <td>{t(`status.${d.status}`)}</td>
                        <td>{d.attempts}</td>
                        <td>{d.lastError ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </article>
        ))}
      </section>
    </>
  );
}

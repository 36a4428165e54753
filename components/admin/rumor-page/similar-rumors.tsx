'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';
import { useRefreshRumors } from './use-rumor-mutation';
import type { Language } from '@/server/i18n/languages';

export function SimilarRumors({ rumorId, locale }: { rumorId: string; locale: Language }) {
  const t = useTranslations('rumorPage');
  const tAll = useTranslations();
  const trpc = useTRPC();
  const refresh = useRefreshRumors();
  const { data: similar } = useQuery(trpc.rumors.similar.queryOptions({ id: rumorId }));
  const merge = useMutation(trpc.rumors.merge.mutationOptions({ onSuccess: () => refresh() }));
  return (
    <section className={styles.section} aria-labelledby="similar-title">
      <h2 id="similar-title">{t('similarTitle')}</h2>
      {merge.isError && <p className="alert alert--error" role="alert">{t('saveFailed')}</p>}
      {merge.isSuccess && <p className="alert alert--info" role="status">{t('merged')}</p>}
      {!similar ? (
        <p className="muted">{tAll('common.loading')}</p>
      ) : similar.length === 0 ? (
        <p className="muted" style={{ marginBottom: 0 }}>{t('similarEmpty')}</p>
      ) : (
        <ul className={styles.list}>
          {similar.map((s) => (
            <li key={s.id} className={styles.similar}>
              <a href={`/${locale}/admin/rumors/${s.id}`}>{s.claim}</a>
              <span className={styles.meta}>
                <span>{t('similarScore', { score: Math.round(s.score * 100) })}</span>
                <span>{tAll(`status.${s.status}`)}</span>
                <span>{tAll('admin.sightingsCount', { count: s.sightingCount })}</span>
              </span>
              <div>
                <button type="button" className={`button button--secondary ${styles.small}`} disabled={merge.isPending} onClick={() => merge.mutate({ targetId: rumorId, sourceIds: [s.id] })}>
                  {t('mergeHere')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

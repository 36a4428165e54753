'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';
import { MergeDone, type DoneMerge } from './merge-done';
import { MergePreviewButton } from './merge-preview';
import { useRefreshRumors } from './use-rumor-mutation';
import type { Language } from '@/server/i18n/languages';

export function SimilarRumors({ rumorId, locale, regions }: { rumorId: string; locale: Language; regions: readonly { code: string; nameKk: string; nameRu: string; nameEn: string }[] }) {
  const t = useTranslations('rumorPage');
  const tAll = useTranslations();
  const trpc = useTRPC();
  const [merged, setMerged] = useState<DoneMerge | null>(null);
  const refresh = useRefreshRumors();
  const { data: similar } = useQuery(trpc.rumors.similar.queryOptions({ id: rumorId }));
  return (
    <section className={styles.section} aria-labelledby="similar-title">
      <h2 id="similar-title">{t('similarTitle')}</h2>
      {merged && <MergeDone key={merged.mergeEventId} merge={merged} message={tAll('rumorPage.mergePreview.done')} onUndone={() => void refresh()} />}
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
              <MergePreviewButton targetId={rumorId} sourceId={s.id} regions={regions} onMerged={setMerged} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

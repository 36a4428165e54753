'use client';

// "Merge into this rumour", shown before it happens: what would move (reports, sightings,
// evidence, open verification requests), the regions the rumour would gain and the languages it
// would then hold. Used by "Similar open rumours" and "Possibly the same claim in another language".
import { useMutation, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatNumber } from '@/server/i18n/format';
import { placeName, type Language } from '@/server/i18n/languages';
import { useTRPC } from '../../trpc/client';
import { useLanguageTag } from './language-tag';
import type { DoneMerge } from './merge-done';
import styles from './rumor-page.module.css';
import { useRefreshRumors } from './use-rumor-mutation';

interface RegionName {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

/** `onMerged` lets the section announce the merge (with its undo): the suggestion itself disappears once merged. */
export function MergePreviewButton({ targetId, sourceId, regions, onMerged }: { targetId: string; sourceId: string; regions: readonly RegionName[]; onMerged: (merge: DoneMerge) => void }) {
  const t = useTranslations('rumorPage.mergePreview');
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div>
        <button type="button" className={`button button--secondary ${styles.small}`} onClick={() => setOpen(true)} aria-expanded={false}>
          {t('open')}
        </button>
      </div>
    );
  }
  return <MergePreview targetId={targetId} sourceId={sourceId} regions={regions} onClose={() => setOpen(false)} onMerged={onMerged} />;
}

function MergePreview({ targetId, sourceId, regions, onClose, onMerged }: { targetId: string; sourceId: string; regions: readonly RegionName[]; onClose: () => void; onMerged: (merge: DoneMerge) => void }) {
  const t = useTranslations('rumorPage.mergePreview');
  const tAll = useTranslations();
  const language = useLocale() as Language;
  const languageTag = useLanguageTag();
  const trpc = useTRPC();
  const refresh = useRefreshRumors();
  const input = { targetId, sourceIds: [sourceId] };
  const preview = useQuery(trpc.rumors.mergePreview.queryOptions(input));
  const merge = useMutation(
    trpc.rumors.merge.mutationOptions({
      onSuccess: (merged) => {
        onMerged(merged);
        void refresh();
      },
    }),
  );
  const regionName = (code: string) => {
    const region = regions.find((r) => r.code === code);
    return region ? placeName(region, language) : code;
  };
  const n = (value: number) => formatNumber(language, value);

  return (
    <div className={styles.mergePreview} role="group" aria-label={t('title')} data-testid="merge-preview">
      <p className={styles.mergePreviewTitle}>{t('title')}</p>
      {preview.isError && <p className="alert alert--error" role="alert">{t('loadFailed')}</p>}
      {!preview.data ? (
        !preview.isError && <p className="muted">{tAll('common.loading')}</p>
      ) : (
        <>
          <ul className={styles.mergeFacts}>
            <li>{t('reports', { count: preview.data.reportsMoving, n: n(preview.data.reportsMoving) })}</li>
            <li>{t('evidence', { count: preview.data.evidenceMoving, n: n(preview.data.evidenceMoving) })}</li>
            <li>{t('requests', { count: preview.data.openRequestsMoving, n: n(preview.data.openRequestsMoving) })}</li>
            <li>{preview.data.regionsAdded.length ? t('regionsAdded', { regions: preview.data.regionsAdded.map(regionName).join(', ') }) : t('noRegionsAdded')}</li>
            <li>{t('languagesAfter', { languages: preview.data.languagesAfter.map(languageTag).join(', ') })}</li>
          </ul>
          <p className="muted" style={{ margin: 0 }}>{t('undoHint')}</p>
        </>
      )}
      {merge.isError && <p className="alert alert--error" role="alert">{t('failed')}</p>}
      <div className={styles.row}>
        <button type="button" className={`button ${styles.small}`} disabled={!preview.data || merge.isPending || merge.isSuccess} onClick={() => merge.mutate(input)}>
          {t('confirm')}
        </button>
        <button type="button" className={`button button--quiet ${styles.small}`} onClick={onClose} disabled={merge.isPending}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

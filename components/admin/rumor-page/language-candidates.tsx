'use client';

// "Possibly the same claim in another language": open rumours in the moderator's regions whose
// reports are in other languages or scripts and name the same concepts, numbers and places (and no
// contrasting member), with why, so one of them can be merged here after seeing what would move.
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatNumber } from '@/server/i18n/format';
import { placeName, type Language } from '@/server/i18n/languages';
import type { LanguageCandidate } from '@/server/rumors/find-language-candidates';
import { useTRPC } from '../../trpc/client';
import { useLanguageTag } from './language-tag';
import { MergeDone, type DoneMerge } from './merge-done';
import { MergePreviewButton } from './merge-preview';
import { useRefreshRumors } from './use-rumor-mutation';
import styles from './rumor-page.module.css';

type RegionName = { code: string; nameKk: string; nameRu: string; nameEn: string };

export function LanguageCandidates({ rumorId, regions }: { rumorId: string; regions: readonly RegionName[] }) {
  const t = useTranslations('rumorPage.languageCandidates');
  const tAll = useTranslations();
  const language = useLocale() as Language;
  const trpc = useTRPC();
  const [merged, setMerged] = useState<DoneMerge | null>(null);
  const refresh = useRefreshRumors();
  const { data: candidates, isError } = useQuery(trpc.rumors.languageCandidates.queryOptions({ id: rumorId }));
  return (
    <section className={styles.section} aria-labelledby="language-candidates-title" data-testid="language-candidates">
      <h2 id="language-candidates-title">{t('title')}</h2>
      {merged && <MergeDone key={merged.mergeEventId} merge={merged} message={tAll('rumorPage.mergePreview.done')} onUndone={() => void refresh()} />}
      {isError ? (
        <p className="alert alert--error" role="alert">{t('loadFailed')}</p>
      ) : !candidates ? (
        <p className="muted">{tAll('common.loading')}</p>
      ) : candidates.length === 0 ? (
        <p className="muted" style={{ marginBottom: 0 }}>{t('empty')}</p>
      ) : (
        <ul className={styles.list}>
          {candidates.map((c) => (
            <li key={c.id} className={styles.similar}>
              <a href={`/${language}/admin/rumors/${c.id}`}>{c.claim}</a>
              <span className={styles.meta}>
                <span>{t('score', { score: formatNumber(language, Math.round(c.score * 100)) })}</span>
                <CandidateLanguages tags={c.languages} />
                <span>{tAll(`status.${c.status}`)}</span>
                <span>{tAll('admin.sightingsCount', { count: c.sightingCount })}</span>
              </span>
              <Why why={c.why} language={language} />
              <MergePreviewButton targetId={rumorId} sourceId={c.id} regions={regions} onMerged={setMerged} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CandidateLanguages({ tags }: { tags: string[] }) {
  const languageTag = useLanguageTag();
  return <span>{tags.map(languageTag).join(', ')}</span>;
}

/** Why it is suggested: the shared concepts in the moderator's language (else another), numbers and places. */
function Why({ why, language }: { why: LanguageCandidate['why']; language: Language }) {
  const t = useTranslations('rumorPage.languageCandidates');
  const items = [
    ...why.concepts.map((c) => c.terms[language] ?? c.terms.ru ?? c.terms.kk ?? c.terms.en ?? c.id),
    ...why.numbers.map((value) => formatNumber(language, value)),
    ...why.places.map((p) => placeName(p, language)),
  ];
  if (!items.length) return null;
  return (
    <p className={styles.why}>
      <span className={styles.whyLabel}>{t('why')}</span>{' '}
      {items.map((item, i) => (
        <span key={`${item}-${i}`} className={styles.whyChip}>{item}</span>
      ))}
    </p>
  );
}

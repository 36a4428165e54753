'use client';

// The rumour page's client shell: one query for the detail (server-rendered first), the editing
// lock, and the sections. Other features add their sections through `children` (rendered in the
// main column after the reports) — see app/[locale]/admin/rumors/[id]/page.tsx.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, type ReactNode } from 'react';
import type { RumorDetail } from '@/server/rumors/get-rumor-detail';
import { pageExitClient, useTRPC } from '../../trpc/client';
import { RumorComments } from './rumor-comments';
import { RumorHeader } from './rumor-header';
import { RumorHistory } from './rumor-history';
import { SettlementsMap } from './settlements-map';
import { SightingsChart } from './sightings-chart';
import { PriorityReasons } from './priority-reasons';
import { RumorReports } from './rumor-reports';
import { SimilarRumors } from './similar-rumors';
import { LanguageCandidates } from './language-candidates';
import styles from './rumor-page.module.css';
import { useStaffEvent } from '../../live/use-staff-events';
import { useDates } from '../../i18n/use-dates';
import type { Language } from '@/server/i18n/languages';

export function RumorPage({ initial, locale, actorId, children }: { initial: RumorDetail; locale: Language; actorId: string; children?: ReactNode }) {
  const t = useTranslations('rumorPage');
  const dates = useDates();
  const trpc = useTRPC();
  const { data } = useQuery(trpc.rumors.detail.queryOptions({ id: initial.id }, { initialData: initial }));
  // Live: a colleague's change to this rumour (a report, evidence, an answer, a comment, a verdict …)
  // refetches what the page shows — every section's query — without touching what is being typed.
  const acquire = useMutation(trpc.rumors.acquireLock.mutationOptions());
  const acquireLock = acquire.mutate;
  const queryClient = useQueryClient();
  const refetchAll = () => void queryClient.invalidateQueries();
  const refetchIfThis = (event: Record<string, unknown>) => {
    if (event.rumorId !== initial.id) return;
    refetchAll();
    // The colleague holding the lock let go: it is ours now (and their banner goes away).
    if (event.action === 'rumor.lock_released' && acquire.data && !acquire.data.acquired) acquireLock({ id: initial.id });
  };
  useStaffEvent('rumor.changed', refetchIfThis, refetchAll);
  useStaffEvent('report.created', refetchIfThis);
  const rumor = data && data.redirectTo === null ? data : initial;
  // Merged while open (here or by a colleague): follow it to the rumour it was merged into.
  const redirectTo = data?.redirectTo ?? null;
  useEffect(() => {
    if (redirectTo) window.location.replace(`/${locale}/admin/rumors/${redirectTo}`);
  }, [locale, redirectTo]);

  useEffect(() => {
    acquireLock({ id: initial.id });
    // Renew while the page is open; release when it closes (best effort: the lock expires anyway).
    const renew = window.setInterval(() => acquireLock({ id: initial.id }), 4 * 60_000);
    const release = () => void pageExitClient().rumors.releaseLock.mutate({ id: initial.id }).catch(() => {});
    window.addEventListener('pagehide', release);
    return () => {
      window.clearInterval(renew);
      window.removeEventListener('pagehide', release);
      release();
    };
  }, [acquireLock, initial.id]);

  const lockState = acquire.data;
  const holder = lockState && !lockState.acquired ? lockState : rumor.lock && rumor.lock.holder.id !== actorId ? rumor.lock : null;

  return (
    <article className={styles.page} aria-labelledby="rumor-claim">
      <p className={styles.back}>
        <a href={`/${locale}/admin`}>← {t('back')}</a>
      </p>
      {holder && (
        <div className="alert alert--info" role="status" data-testid="lock-banner">
          <strong>{t('lockHeld', { name: holder.holder.name, time: dates.clock(holder.since) })}</strong>{' '}
          {t('lockHint')}
        </div>
      )}
      <RumorHeader rumor={rumor} actorId={actorId} locale={locale} />
      <div className={styles.columns}>
        <div className={styles.main}>
          <RumorReports rumor={rumor} locale={locale} />
          {children}
          <RumorComments rumor={rumor} />
          <RumorHistory rumorId={rumor.id} />
        </div>
        <aside className={styles.side} aria-label={t('priorityTitle')}>
          <PriorityReasons rumor={rumor} />
          <SightingsChart timeline={rumor.timeline} />
          <SettlementsMap places={rumor.places} regions={rumor.regions} rumorRegions={rumor.regionCodes} locale={locale} />
          <LanguageCandidates rumorId={rumor.id} regions={rumor.regions} />
          <SimilarRumors rumorId={rumor.id} locale={locale} regions={rumor.regions} />
        </aside>
      </div>
    </article>
  );
}

'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { RumorDetail } from '@/server/rumors/get-rumor-detail';
import { useTRPC } from '../../trpc/client';
import styles from './rumor-page.module.css';
import { useRefreshRumors } from './use-rumor-mutation';
import { placeName, placeWithRegion, type Language } from '@/server/i18n/languages';
import { useDates } from '../../i18n/use-dates';
import { useLanguageName } from '../../i18n/use-language-name';
import { useLanguageTag } from './language-tag';

export function RumorReports({ rumor, locale }: { rumor: RumorDetail; locale: Language }) {
  const t = useTranslations('rumorPage');
  const languageName = useLanguageName();
  const languageTag = useLanguageTag();
  const dates = useDates();
  const trpc = useTRPC();
  const refresh = useRefreshRumors();
  const split = useMutation(trpc.rumors.splitReport.mutationOptions({ onSuccess: () => refresh() }));
  const splitJoin = useMutation(trpc.rumors.splitJoin.mutationOptions({ onSuccess: () => refresh() }));
  const when = (date: Date) => dates.dateTime(date);
  const regionOf = (code: string | null) => {
    const region = code ? rumor.regions.find((r) => r.code === code) : undefined;
    return region ? placeName(region, locale) : code;
  };

  return (
    <section className={styles.section} aria-labelledby="reports-title">
      <h2 id="reports-title">{t('reportsTitle', { count: rumor.reportCount })}</h2>
      {rumor.reportCount > rumor.reports.length && <p className="muted">{t('reportsShown', { shown: rumor.reports.length, count: rumor.reportCount })}</p>}
      {split.isSuccess && <p className="alert alert--info" role="status">{t('splitDone')}</p>}
      {splitJoin.isSuccess && <p className="alert alert--info" role="status">{t('splitJoinDone', { count: splitJoin.data.reportsMoved })}</p>}
      {(split.isError || splitJoin.isError) && <p className="alert alert--error" role="alert">{t('saveFailed')}</p>}
      <ol className={styles.list}>
        {rumor.reports.map((report) => {
          const place = report.settlement ? placeName(report.settlement, locale) : report.settlementText ? t('typedPlace', { place: report.settlementText }) : t('placeUnknown');
          const region = regionOf(report.regionCode);
          return (
            <li key={report.id} className={styles.report} data-testid="rumor-report">
              <p className={styles.reportText}>{report.text}</p>
              <p className={styles.meta}>
                <span>{placeWithRegion(place, region)}</span>
                <span>{t('received', { date: when(report.receivedAt) })}</span>
                <span>{t('heard', { date: when(report.heardAt) })}</span>
                {/* Named, so "Telegram · Telegram" (heard there, sent through the bot) reads as two facts. */}
                {report.heardVia && <span>{t('heardViaShown', { via: t(`heardVia.${report.heardVia}`) })}</span>}
                <span>{t('channelShown', { channel: t(`channel.${report.channel}`) })}</span>
                <span>{languageName(report.language)}</span>
                {report.joinedAcrossFrom && <span className={styles.joinedBadge} data-testid="joined-across">{t('joinedAcross', { language: languageTag(report.joinedAcrossFrom) })}</span>}
              </p>
              {report.contact && (
                <p style={{ margin: 0 }} data-testid="report-contact">
                  {t('contact', { kind: report.contact.kind ? t(`contactKind.${report.contact.kind}`) : '—', value: report.contact.value })}
                </p>
              )}
              {report.contactHidden && <p className="muted" style={{ margin: 0 }}>{t('contactHidden')}</p>}
              {report.photoIds.length > 0 && (
                <div className={styles.photos}>
                  {report.photoIds.map((fileId, i) => {
                    const href = `/${locale}/admin/rumors/${rumor.id}/photos/${fileId}`;
                    return (
                      <a key={fileId} href={href} target="_blank" rel="noopener">
                        {/* eslint-disable-next-line @next/next/no-img-element -- private, session-bound images must not go through the image optimiser */}
                        <img src={href} alt={t('photo', { n: i + 1 })} loading="lazy" width={88} height={88} />
                      </a>
                    );
                  })}
                </div>
              )}
              {rumor.reportCount >= 2 && (
                <div className={styles.row}>
                  {report.joinedAcrossFrom && (
                    <button type="button" className={`button button--secondary ${styles.small}`} disabled={splitJoin.isPending} onClick={() => splitJoin.mutate({ reportId: report.id })}>
                      {t('splitJoin')}
                    </button>
                  )}
                  <button type="button" className={`button button--quiet ${styles.small}`} disabled={split.isPending} onClick={() => split.mutate({ reportId: report.id })}>
                    {t('split')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

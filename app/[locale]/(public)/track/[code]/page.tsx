import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { isLanguage } from '@/server/i18n/languages';
import { verdictShareText, type ShareTranslate } from '@/server/notices/share-text';
import { VerdictAnswer } from '@/components/notices/verdict-answer';
import { VerdictBadge } from '@/components/notices/verdict-badge';
import { ReportProgress } from '@/components/tracking/report-progress';
import { VerdictPush } from '@/components/tracking/verdict-push';
import { db } from '@/server/db/client';
import { consumeRateLimit } from '@/server/http/rate-limit';
import { publicBaseUrl } from '@/server/config/public-url';
import { reportIntakeNotices, trackReport } from '@/server/reports/track-report';
import { formatTrackingCode, normalizeTrackingCode } from '@/server/text';
import styles from '@/components/tracking/track-page.module.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/track/[code]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLanguage(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'track' });
  // Anyone holding the code may open this page; search engines must not list it.
  return { title: t('statusMetaTitle'), robots: { index: false, follow: false } };
}

export default async function TrackStatusPage({ params, searchParams }: PageProps<'/[locale]/track/[code]'>) {
  const { locale, code: rawCode } = await params;
  // Right after sending the form without JavaScript (server/api/page-forms.ts): thank them, answer at once.
  const justSent = (await searchParams).sent === '1';
  if (!isLanguage(locale)) notFound();
  setRequestLocale(locale);
  const code = normalizeTrackingCode(rawCode);
  if (!code) notFound();
  // One address per report: /track/abcd-efgh and /track/ABCDEFGH show the same page.
  if (code !== rawCode) redirect(`/${locale}/track/${code}${justSent ? '?sent=1' : ''}`);

  const t = await getTranslations({ locale, namespace: 'track' });
  const tAll = await getTranslations({ locale });

  if (!(await consumeRateLimit('search', { client: await headers() })).allowed) {
    return (
      <div className={`container ${styles.page}`}>
        <h1>{t('statusTitle')}</h1>
        <p className="alert alert--error">{t('rateLimited')}</p>
      </div>
    );
  }

  const report = await trackReport(db(), code, locale);
  if (!report) notFound();
  const format = await getFormatter({ locale });
  const { notice } = report;
  const final = notice && notice.verdict !== 'CHECKING' && report.status === 'verdict' ? notice : null;
  // "Has this already been checked?" — what intake found, while there is no verdict of its own yet.
  const likely = justSent && !final ? (await reportIntakeNotices(db(), code, locale))[0] : undefined;
  const origin = publicBaseUrl();
  const answer = (n: { slug: string; verdict: string; title: string; summary: string }, id: string, heading: string, language?: string) => (
    <VerdictAnswer
      id={id}
      heading={heading}
      verdict={n.verdict}
      verdictLabel={tAll(`verdict.${n.verdict as 'FALSE'}`)}
      claim={n.title}
      fact={n.summary}
      href={`/${locale}/notices/${n.slug}`}
      url={`${origin}/${locale}/notices/${n.slug}`}
      readLabel={t('readNotice')}
      shareTitle={tAll('share.title')}
      shareText={verdictShareText(tAll as unknown as ShareTranslate, n)}
      shareLabels={{ whatsapp: tAll('share.whatsapp'), telegram: tAll('share.telegram'), native: tAll('share.native'), copy: tAll('share.copy'), copied: tAll('share.copied') }}
      textLanguage={language && language !== locale ? language : undefined}
    />
  );

  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('statusTitle')}</h1>
      {justSent && (
        <p className="alert alert--info" role="status" data-testid="report-sent">
          {tAll('report.sentTitle')}
        </p>
      )}
      {likely && (
        <section aria-labelledby="already-checked" data-testid="already-checked-answer">
          <h2 id="already-checked">{tAll('report.checkedSentTitle')}</h2>
          <p>{tAll('report.checkedSentBody')}</p>
          {answer(likely, 'likely-answer', tAll('report.answerTitle'), likely.language)}
        </section>
      )}

      <div className={`card ${styles.ticket}`}>
        <p className={styles.caption}>{t('codeCaption')}</p>
        <p className={styles.code}>{formatTrackingCode(report.trackingCode)}</p>
      </div>

      <section aria-labelledby="progress">
        <h2 id="progress">{t('progressTitle')}</h2>
        <ReportProgress locale={locale} status={report.status} receivedAt={report.receivedAt} />

        <div className={styles.result}>
          {report.status === 'received' && <p>{t('receivedText')}</p>}
          {report.status === 'checking' && <p>{report.withdrawn ? t('checkingAgainText') : t('checkingText')}</p>}
          {report.withdrawn && (
            <div className={`card ${styles.withdrawnCard}`} data-testid="withdrawn-verdict" role="status">
              <h3>{t('withdrawnTitle')}</h3>
              <p>
                <VerdictBadge verdict={report.withdrawn.verdict} label={tAll(`verdict.${report.withdrawn.verdict}`)} /> {report.withdrawn.title}
              </p>
              <p>
                {report.withdrawn.reason
                  ? t('withdrawnBecause', { date: format.dateTime(report.withdrawn.withdrawnAt, { dateStyle: 'medium', timeStyle: 'short' }), reason: report.withdrawn.reason })
                  : t('withdrawnOn', { date: format.dateTime(report.withdrawn.withdrawnAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
              </p>
              <p>{t('withdrawnDoNotShare')}</p>
              <a href={`/${locale}/notices/${report.withdrawn.slug}`}>{t('withdrawnNoticeLink')}</a>
            </div>
          )}
          {report.status === 'checking' && notice && <p>{t('interimText')}</p>}
          {report.status === 'verdict' && <p>{t('verdictText')}</p>}
          {report.status === 'closed' && (
            <div className={`card ${styles.closedCard}`}>
              <h3>{t('closedTitle')}</h3>
              <p>{t('closedText')}</p>
              <p>{t('closedAgain')}</p>
            </div>
          )}
          {final && answer(final, 'verdict-answer', tAll('report.answerTitle'))}
          {notice && !final && report.status !== 'closed' && (
            <div className={`card ${styles.noticeCard}`}>
              <div className={styles.noticeMeta}>
                <VerdictBadge verdict={notice.verdict} label={tAll(`verdict.${notice.verdict}`)} />
                {notice.publishedAt && (
                  <time dateTime={notice.publishedAt.toISOString()}>
                    {tAll('notice.publishedOn', { date: format.dateTime(notice.publishedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
                  </time>
                )}
              </div>
              <h3 className={styles.noticeTitle}>{notice.title}</h3>
              <p className={styles.noticeSummary}>{notice.summary}</p>
              <a className="button" href={`/${locale}/notices/${notice.slug}`}>
                {t('readNotice')}
              </a>
            </div>
          )}
        </div>
      </section>

      {(report.status === 'received' || report.status === 'checking') && <VerdictPush locale={locale} trackingCode={report.trackingCode} />}

      <section className={styles.save} aria-labelledby="save-code">
        <h2 id="save-code">{t('saveTitle')}</h2>
        <p>{t('saveText')}</p>
        <p>
          {t('comeBackText')} <a href={`/${locale}/track`}>{t('trackPageLink')}</a>
        </p>
        <p>{t('shareWarning')}</p>
      </section>

      <p className={`muted ${styles.privacy}`}>{t('privacy')}</p>

      <div className={styles.actions}>
        <a className="button button--secondary" href={`/${locale}/check`}>
          {t('checkOther')}
        </a>
        <a className="button button--quiet" href={`/${locale}/report`}>
          {t('reportAnother')}
        </a>
      </div>
    </div>
  );
}

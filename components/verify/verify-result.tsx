// The answer to "is this notice genuine?": a headline in the reader's language, then what Raspa
// signed (verdict, title, summary) so they can compare it with the message they received.
import { getTranslations } from 'next-intl/server';
import { VerdictBadge } from '@/components/notices/verdict-badge';
import { formatDateTime } from '@/server/i18n/format';
import { pickByLanguage, type Language } from '@/server/i18n/languages';
import { formatVerificationCode } from '@/server/signing/verification-code';
import type { NoticeVerification } from '@/server/signing/verify-notice-code';
import styles from './verify.module.css';

type Answer = Exclude<NoticeVerification, { outcome: 'no_code' }>;

export async function VerifyResult({ locale, result }: { locale: Language; result: Answer }) {
  const t = await getTranslations({ locale, namespace: 'verify' });
  const tVerdict = await getTranslations({ locale, namespace: 'verdict' });
  const code = formatVerificationCode(result.code);
  if (result.outcome === 'not_issued') {
    return (
      <section className={`card ${styles.result} ${styles.notIssued}`} role="status" aria-labelledby="verify-answer">
        <h2 id="verify-answer">{t('notIssuedTitle')}</h2>
        <p>{t('notIssuedText', { code })}</p>
        <a className="button button--secondary" href={`/${locale}/check`}>
          {t('checkCta')}
        </a>
      </section>
    );
  }
  const { statement } = result;
  const text = pickByLanguage(statement.texts, locale);
  const noticeUrl = `/${locale}/notices/${statement.slug}`;
  const tone = result.outcome === 'genuine' ? styles.genuine : result.outcome === 'superseded' ? styles.superseded : styles.withdrawn;
  const reason = pickByLanguage(result.withdrawnReasons, locale);
  return (
    <section className={`card ${styles.result} ${tone}`} role="status" aria-labelledby="verify-answer">
      <h2 id="verify-answer">{t(`${result.outcome}Title`)}</h2>
      <p className={styles.codeLine}>
        {t('codeCaption')}: <span className={styles.code}>{code}</span>
      </p>
      {result.outcome === 'genuine' && <p>{t('genuineText', { version: statement.version })}</p>}
      {result.outcome === 'superseded' && <p>{t('supersededText', { version: statement.version, current: result.currentVersion })}</p>}
      {result.outcome === 'withdrawn' && (
        <>
          <p>{t('withdrawnText', { date: formatDateTime(locale, new Date(result.withdrawnAt!)) })}</p>
          {reason && <p>{t('withdrawnReason', { reason })}</p>}
          {result.supersededBySlug && <p>{t('withdrawnInterim')}</p>}
        </>
      )}
      {text && (
        <div className={styles.signed}>
          <h3>{t('signedTitle')}</h3>
          <p>
            <VerdictBadge verdict={statement.verdict} label={tVerdict(statement.verdict as 'FALSE')} />
          </p>
          <p className={styles.signedTitle}>{text.title}</p>
          <p>{text.summary}</p>
          <p className="muted">{t('compare')}</p>
        </div>
      )}
      <p className={styles.actions}>
        {result.supersededBySlug ? (
          <a className="button" href={`/${locale}/notices/${result.supersededBySlug}`}>
            {t('openVerdict')}
          </a>
        ) : (
          <a className={result.outcome === 'genuine' ? 'button button--secondary' : 'button'} href={noticeUrl}>
            {result.outcome === 'superseded' ? t('openCurrent') : t('openNotice')}
          </a>
        )}
      </p>
    </section>
  );
}

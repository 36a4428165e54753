'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useTRPC } from '../../trpc/client';
import { FormActions, FormErrorSummary } from '../../ui/form';
import { SaveStatusMessage, useSaveStatus } from '../../ui/save-status';
import { useRumorVerification } from './use-rumor-verification';
import styles from './verification.module.css';
import { LANGUAGES } from '@/server/i18n/languages';
import { useLanguageName } from '../../i18n/use-language-name';

/** Prepares the draft "we are checking this claim" notice and shows its texts, or publishes it in one step. */
export function InterimNoticePanel({ rumorId }: { rumorId: string }) {
  const t = useTranslations('verification.interim');
  const languageName = useLanguageName();
  const trpc = useTRPC();
  const { query, refresh } = useRumorVerification(rumorId);
  const tPublish = useTranslations('noticeEditor.interim');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const prepare = useMutation(trpc.verification.prepareInterimNotice.mutationOptions());
  const publishNow = useMutation(trpc.notices.publishInterim.mutationOptions());
  const notices = useQuery(trpc.notices.listForRumor.queryOptions({ rumorId }));
  const { info, error, run } = useSaveStatus('verification');
  const data = query.data;
  if (!data || (data.rumor.status !== 'INVESTIGATING' && data.rumor.status !== 'AWAITING_APPROVAL')) return null;
  const notice = data.interimNotice;
  const publishedInterim = notices.data?.notices.find((n) => n.isInterim && n.status === 'PUBLISHED') ?? null;

  const onPublishNow = () =>
    run(async () => {
      if (!window.confirm(tPublish('confirm'))) return null;
      await publishNow.mutateAsync({ rumorId });
      await Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: trpc.notices.listForRumor.queryKey({ rumorId }) })]);
      return tPublish('published');
    });

  const onPrepare = () =>
    run(async () => {
      await prepare.mutateAsync({ rumorId });
      await refresh();
      return t('prepared');
    });

  return (
    <section className={styles.panel} aria-labelledby={`interim-${rumorId}`}>
      <h3 id={`interim-${rumorId}`} style={{ margin: 0 }}>
        {t('title')}
      </h3>
      <p className="muted" style={{ margin: 0 }}>
        {t('intro')}
      </p>
      {/* A refusal tops the actions, focused, like a form's. */}
      <SaveStatusMessage status={info ? { kind: 'info', text: info } : null} layout="inFlow" />
      <FormErrorSummary error={error} />
      {publishedInterim ? (
        <p style={{ margin: 0 }} data-testid="published-interim">
          <a href={`/${locale}/notices/${publishedInterim.slug}`}>{tPublish('publishedLink')}</a>
        </p>
      ) : (
        <FormActions>
          <button type="button" className="button" disabled={publishNow.isPending || prepare.isPending} onClick={onPublishNow}>
            {tPublish('publishNow')}
          </button>
          <button type="button" className="button button--secondary" disabled={prepare.isPending || publishNow.isPending} onClick={onPrepare}>
            {notice ? t('update') : t('prepare')}
          </button>
          {notice && <span className="badge">{t('draftBadge', { slug: notice.slug })}</span>}
        </FormActions>
      )}
      {notice && (
        <ul className={styles.list}>
          {LANGUAGES.map((language) => {
            const text = notice.translations.find((tr) => tr.language === language);
            return text ? (
              <li key={language} className={styles.item} lang={language}>
                <div className={styles.meta}>
                  <span>{languageName(language)}</span>
                </div>
                <strong>{text.title}</strong>
                <p style={{ margin: 0 }}>{text.summary}</p>
                <p className="muted" style={{ margin: 0 }}>
                  {t('sms', { count: text.smsText.length })}: {text.smsText}
                </p>
              </li>
            ) : null;
          })}
        </ul>
      )}
    </section>
  );
}

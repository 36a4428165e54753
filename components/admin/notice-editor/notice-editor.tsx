'use client';

// The notice's admin page: its header and state, the draft form (texts in three languages,
// publishing), starting a correction, what readers have now, the version history and withdrawal.
// Each part is its own file in this folder.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { LANGUAGES, type Language } from '@/server/i18n/languages';
import type { NoticeForEditing } from '@/server/notices/get-notice-for-editing';
import { useDates } from '../../i18n/use-dates';
import { useTRPC } from '../../trpc/client';
import { DraftForm, type EditorStatus } from './draft-form';
import { StartCorrection } from './start-correction';
import { PublishedTexts, VersionHistory } from './version-history';
import { WithdrawForm } from './withdraw-form';
import styles from './notice-editor.module.css';
import { useLanguageName } from '../../i18n/use-language-name';

export function NoticeEditor({ initial, locale, justPublished = false }: { initial: NoticeForEditing; locale: Language; justPublished?: boolean }) {
  const t = useTranslations('noticeEditor');
  const languageName = useLanguageName();
  const dates = useDates();
  const tVerdict = useTranslations('verdict');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = initial.notice ? { noticeId: initial.notice.id } : { rumorId: initial.rumor.id };
  const { data } = useQuery(trpc.notices.getForEditing.queryOptions(input, { initialData: initial }));
  const editing = data ?? initial;
  const [status, setStatus] = useState<EditorStatus>(justPublished && initial.notice ? { message: t('published'), slug: initial.notice.slug } : null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notices.getForEditing.queryKey(input) });
  const notice = editing.notice;
  const publicPath = (slug: string) => `/${locale}/notices/${slug}`;

  return (
    <article className={styles.editor} aria-labelledby="notice-heading">
      <header className={styles.header}>
        <p style={{ margin: 0 }}>
          <a href={`/${locale}/admin/rumors/${editing.rumor.id}`}>← {t('backToRumor')}</a>
        </p>
        <h1 id="notice-heading">{notice ? t('pageTitle') : t('newPageTitle')}</h1>
        <p className={styles.claim}>
          {t('claim')}: <span lang={editing.rumor.language}>{editing.rumor.claim}</span>
        </p>
        {notice && (
          <div className={styles.meta}>
            <span className={`badge badge--${notice.verdict}`}>{tVerdict(notice.verdict)}</span>
            <span className="badge" data-testid="notice-status">
              {t(`status.${notice.status}`)}
            </span>
            {notice.urgency === 'URGENT' && <span className="badge">{t('urgencyValues.URGENT')}</span>}
            {notice.status !== 'DRAFT' && (
              <a className={styles.publicLink} href={publicPath(notice.slug)}>
                {t('openPublic')}
              </a>
            )}
          </div>
        )}
      </header>

      <div role="status" aria-live="polite">
        {status && (
          <p className="alert alert--info">
            {status.message}{' '}
            {status.slug && (
              <a href={publicPath(status.slug)} className={styles.publicLink}>
                {t('publicLink', { url: publicPath(status.slug) })}
              </a>
            )}
          </p>
        )}
      </div>

      {notice?.status === 'WITHDRAWN' && (
        <div className="alert alert--error" data-testid="withdrawn-banner">
          {notice.supersededById ? (
            <p style={{ margin: 0 }}>{t('supersededBanner')}</p>
          ) : (
            <>
              <p style={{ margin: 0 }}>{t('withdrawnNoReason', { date: dates.dateTime(notice.withdrawnAt!) })}</p>
              {LANGUAGES
                .filter((language) => notice.withdrawnReasons[language])
                .map((language) => (
                  <p key={language} style={{ margin: '4px 0 0' }}>
                    {t('withdrawnReasonIn', { language: languageName(language), reason: notice.withdrawnReasons[language]! })}
                  </p>
                ))}
            </>
          )}
        </div>
      )}

      {editing.formValues ? (
        <DraftForm
          key={`${notice?.id ?? 'new'}-${editing.pendingVersion ?? 0}`}
          editing={editing}
          defaults={editing.formValues}
          locale={locale}
          onStatus={setStatus}
          onChanged={refresh}
        />
      ) : !notice && !editing.approvedVerdict ? (
        <p className="alert alert--info">{t('noApprovedVerdict')}</p>
      ) : null}

      {notice?.status === 'PUBLISHED' && editing.pendingVersion === null && notice.verdict !== 'CHECKING' && (
        <StartCorrection
          noticeId={notice.id}
          onStarted={async () => {
            setStatus(null);
            await refresh();
          }}
        />
      )}

      {editing.published && editing.pendingVersion === null && <PublishedTexts texts={editing.published} />}

      {editing.versions.length > 0 && <VersionHistory versions={editing.versions} />}

      {notice?.status === 'PUBLISHED' && (
        <WithdrawForm
          noticeId={notice.id}
          onDone={async () => {
            setStatus({ message: t('withdraw.done') });
            await refresh();
          }}
        />
      )}
    </article>
  );
}

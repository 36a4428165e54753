'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useTRPC } from '../../trpc/client';
import styles from './notice-editor.module.css';

/** On the rumour page: the way into the final notice's editor once the verdict is approved. */
export function NoticeLinksPanel({ rumorId }: { rumorId: string }) {
  const locale = useLocale();
  const t = useTranslations('noticeEditor');
  const trpc = useTRPC();
  const { data } = useQuery(trpc.notices.listForRumor.queryOptions({ rumorId }));
  if (!data) return null;
  const final = data.notices.find((n) => n.id === data.activeFinalNoticeId) ?? null;
  if (!final && !data.canWriteFinal) {
    return data.rumorStatus === 'INVESTIGATING' || data.rumorStatus === 'AWAITING_APPROVAL' ? <p className="muted">{t('rumorPanel.waitingForVerdict')}</p> : null;
  }
  const href = final ? `/${locale}/admin/notices/${final.id}` : `/${locale}/admin/notices/new?rumor=${rumorId}`;
  const label = !final ? t('rumorPanel.writeNotice') : final.status === 'DRAFT' ? t('rumorPanel.continueDraft') : final.status === 'PUBLISHED' ? t('rumorPanel.editNotice') : t('rumorPanel.openNotice');
  return (
    <div className={styles.actions} data-testid="notice-links">
      {final && <span>{t('rumorPanel.status', { status: t(`status.${final.status}`) })}</span>}
      <a className="button" href={href}>
        {label}
      </a>
    </div>
  );
}

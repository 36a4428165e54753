// The text an announcement's recipient gets, in their language, with an absolute link.
import { announcementTexts } from '../announcements/announcements';
import type { Db } from '../db/client';
import type { Language } from '../db/generated/enums';
import type { OutgoingAnnouncement } from './channel-sender';
import { publicBaseUrl } from '../config/public-url';

export type AnnouncementInLanguage = (language: Language) => OutgoingAnnouncement | null;

export async function loadOutgoingAnnouncement(db: Db, announcementId: string): Promise<AnnouncementInLanguage> {
  const row = await db.announcement.findUnique({ where: { id: announcementId }, select: { id: true, kind: true, texts: true } });
  if (!row) return () => null;
  const texts = announcementTexts.parse(row.texts);
  const base = publicBaseUrl();
  return (language) => ({ announcementId: row.id, kind: row.kind, language, title: texts[language].title, summary: texts[language].summary, url: `${base}${texts[language].path}` });
}

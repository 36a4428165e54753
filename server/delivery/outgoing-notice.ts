// The text a recipient gets: the published notice version in their language, or the nearest one
// that exists (a notice may be published with a language missing, by an explicit choice).
import { publicBaseUrl } from '../config/public-url';
import type { Db } from '../db/client';
import type { Language } from '../db/generated/enums';
import type { OutgoingNotice } from './channel-sender';

export const LANGUAGE_FALLBACK: Record<Language, Language[]> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

export type NoticeInLanguage = (language: Language) => OutgoingNotice | null;

/** Loads a version once; the returned function picks a language (published versions never change). */
export async function loadOutgoingNotice(db: Db, noticeVersionId: string): Promise<NoticeInLanguage> {
  const version = await db.noticeVersion.findUnique({
    where: { id: noticeVersionId },
    select: {
      version: true,
      verdict: true,
      changeNote: true,
      regionCodes: true,
      urgency: true,
      notice: { select: { id: true, rumorId: true, slug: true, status: true } },
      translations: { select: { language: true, title: true, summary: true, whatToDo: true, smsText: true } },
    },
  });
  if (!version || version.notice.status === 'WITHDRAWN') return () => null;
  const replacesInterim = (await db.notice.count({ where: { supersededById: version.notice.id } })) > 0;
  const base = publicBaseUrl();
  const byLanguage = new Map(version.translations.map((t) => [t.language, t]));
  return (language) => {
    const chosen = LANGUAGE_FALLBACK[language].map((l) => byLanguage.get(l)).find(Boolean);
    if (!chosen) return null;
    return {
      noticeId: version.notice.id,
      rumorId: version.notice.rumorId,
      slug: version.notice.slug,
      version: version.version,
      isCorrection: version.version > 1 || replacesInterim,
      changeNote: version.changeNote,
      verdict: version.verdict,
      urgency: version.urgency,
      regionCodes: version.regionCodes,
      language: chosen.language,
      title: chosen.title,
      summary: chosen.summary,
      whatToDo: chosen.whatToDo,
      smsText: chosen.smsText,
      url: `${base}/${chosen.language}/notices/${encodeURIComponent(version.notice.slug)}`,
    };
  };
}

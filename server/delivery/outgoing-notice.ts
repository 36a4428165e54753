// The text a recipient gets: the published notice version in their language, or the nearest one
// that exists (a notice may be published with a language missing, by an explicit choice) — or, for
// a withdrawal delivery, that version with the withdrawal and its reason in their language.
import { publicBaseUrl } from '../config/public-url';
import type { Db } from '../db/client';
import type { DeliveryKind } from '../db/generated/enums';
import { pickTranslation, type Language } from '../i18n/languages';
import { WITHDRAWAL_REASON_SELECT, withdrawalReasonIn } from '../notices/withdrawal-reason';
import type { OutgoingNotice } from './channel-sender';

export type NoticeInLanguage = (language: Language) => OutgoingNotice | null;

/**
 * Loads a version once; the returned function picks a language (published versions never change).
 * A notice delivery of a withdrawn notice has nothing to say (null for every language); a
 * withdrawal delivery has something only once the notice is withdrawn.
 */
export async function loadOutgoingNotice(db: Db, noticeVersionId: string, kind: DeliveryKind = 'NOTICE'): Promise<NoticeInLanguage> {
  const loaded = await loadNoticeVersionText(db, noticeVersionId);
  return loaded && loaded.withdrawn === (kind === 'WITHDRAWAL') ? loaded.inLanguage : () => null;
}

/**
 * A published version's text whatever has become of the notice since (a channel post being edited
 * after a correction or withdrawal); `withdrawal` is set on it when the notice is withdrawn.
 */
export async function loadNoticeVersionText(db: Db, noticeVersionId: string): Promise<{ withdrawn: boolean; inLanguage: NoticeInLanguage } | null> {
  const version = await db.noticeVersion.findUnique({
    where: { id: noticeVersionId },
    select: {
      version: true,
      verdict: true,
      changeNote: true,
      regionCodes: true,
      urgency: true,
      notice: { select: { id: true, rumorId: true, slug: true, status: true, withdrawnAt: true, ...WITHDRAWAL_REASON_SELECT } },
      translations: { select: { language: true, title: true, summary: true, whatToDo: true, smsText: true } },
    },
  });
  if (!version) return null;
  const withdrawn = version.notice.status === 'WITHDRAWN';
  const replacesInterim = (await db.notice.count({ where: { supersededById: version.notice.id } })) > 0;
  const signed = await db.noticeSignature.findFirst({
    where: withdrawn ? { noticeId: version.notice.id, state: 'WITHDRAWN' } : { noticeId: version.notice.id, version: version.version, state: 'PUBLISHED' },
    orderBy: { signedAt: 'desc' },
    select: { code: true },
  });
  const base = publicBaseUrl();
  const inLanguage: NoticeInLanguage = (language) => {
    const chosen = pickTranslation(version.translations, language);
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
      verificationCode: signed?.code ?? null,
      // The reason in the recipient's own language even when the notice text falls back.
      withdrawal: withdrawn ? { withdrawnAt: version.notice.withdrawnAt ?? new Date(), reason: withdrawalReasonIn(version.notice, language) } : null,
    };
  };
  return { withdrawn, inLanguage };
}

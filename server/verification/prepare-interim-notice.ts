// The interim "we are checking this claim" notice. Its texts come from fixed templates and never
// repeat the claim, so the notice itself cannot spread the rumour. It is only prepared here (a
// draft); the publishing workflow sends it out.
import type { Db, DbTx } from '../db/client';
import { LANGUAGES, placeName, type Language } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { loadRumorForAction } from '../rumors/load-for-action';
import { noticeSearchText } from '../notices/notice-search-fields';
import { prepareInterimNoticeInput, type PrepareInterimNoticeInput } from './schema';

/** One SMS segment: 70 characters in UCS-2 (Cyrillic), 160 in the GSM alphabet (English). */
export const SMS_LIMITS: Record<Language, number> = { kk: 70, ru: 70, en: 160 };
const OPEN_STATUSES: readonly string[] = ['INVESTIGATING', 'AWAITING_APPROVAL'];

async function interimTexts(tx: DbTx, regionCodes: string[]) {
  const regions = regionCodes.length ? await tx.region.findMany({ where: { code: { in: regionCodes } }, orderBy: { code: 'asc' }, select: { nameKk: true, nameRu: true, nameEn: true } }) : [];
  return LANGUAGES.map((language) => {
    const t = translatorFor(language, 'interimNotice');
    const region = regions.map((r) => placeName(r, language)).join(', ');
    const title = region ? t('title', { region }) : t('titleNationwide');
    const summary = t('summary');
    return { language, title, summary, body: t('body'), whatToDo: t('whatToDo'), smsText: t('smsText'), searchText: noticeSearchText({ title, summary }) };
  });
}

/** The short, unguessable-enough part of the slug: the random tail of the rumour's UUIDv7. */
function interimSlug(rumorId: string, attempt: number): string {
  const base = `checking-${rumorId.replaceAll('-', '').slice(-10)}`;
  return attempt === 0 ? base : `${base}-${attempt + 1}`;
}

/**
 * Prepares (or refreshes) the draft interim notice of a rumour under investigation or awaiting
 * approval. Idempotent: a rumour has at most one draft interim notice, with version 1 in kk/ru/en.
 */
export async function prepareInterimNotice(db: Db, actor: Actor, rawInput: PrepareInterimNoticeInput) {
  const input = prepareInterimNoticeInput.parse(rawInput);
  return db.$transaction((tx) => prepareInterimNoticeInTransaction(tx, actor, input));
}

/** The same, inside a caller's transaction (publishing the interim notice in one step). */
export async function prepareInterimNoticeInTransaction(tx: DbTx, actor: Actor, rawInput: PrepareInterimNoticeInput) {
  const input = prepareInterimNoticeInput.parse(rawInput);
  // The rumour's row lock also serialises two moderators pressing the button at once.
  const rumor = await loadRumorForAction(tx, actor, input.rumorId);
  if (!OPEN_STATUSES.includes(rumor.status)) throw new DomainError('CONFLICT', 'rumorNotOpenForInterim');
  const texts = await interimTexts(tx, rumor.regionCodes);
  const existing = await tx.notice.findFirst({ where: { rumorId: rumor.id, verdict: 'CHECKING', status: 'DRAFT' }, select: { id: true } });

  let noticeId: string;
  if (existing) {
    noticeId = existing.id;
    await tx.notice.update({ where: { id: noticeId }, data: { regionCodes: rumor.regionCodes } });
    const version = await tx.noticeVersion.upsert({
      where: { noticeId_version: { noticeId, version: 1 } },
      create: { noticeId, version: 1, verdict: 'CHECKING', regionCodes: rumor.regionCodes },
      update: { regionCodes: rumor.regionCodes },
      select: { id: true },
    });
    for (const text of texts) {
      await tx.noticeTranslation.upsert({
        where: { noticeVersionId_language: { noticeVersionId: version.id, language: text.language } },
        create: { noticeVersionId: version.id, ...text },
        update: text,
      });
    }
  } else {
    // An earlier interim notice may already be out (published or withdrawn) under the first slug.
    const earlier = await tx.notice.count({ where: { rumorId: rumor.id, verdict: 'CHECKING' } });
    const created = await tx.notice.create({
      data: {
        rumorId: rumor.id,
        slug: interimSlug(rumor.id, earlier),
        verdict: 'CHECKING',
        status: 'DRAFT',
        regionCodes: rumor.regionCodes,
        versions: { create: { version: 1, verdict: 'CHECKING', regionCodes: rumor.regionCodes, publishedAt: null, translations: { create: texts } } },
      },
      select: { id: true },
    });
    noticeId = created.id;
  }

  const notice = await tx.notice.findUniqueOrThrow({
    where: { id: noticeId },
    select: {
      id: true,
      slug: true,
      status: true,
      verdict: true,
      regionCodes: true,
      versions: { where: { version: 1 }, select: { version: true, translations: { select: { language: true, title: true, summary: true, body: true, whatToDo: true, smsText: true } } } },
    },
  });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: existing ? 'notice.interim_updated' : 'notice.interim_prepared',
    entityId: notice.id,
    after: { rumorId: rumor.id, slug: notice.slug, status: notice.status, verdict: notice.verdict, regionCodes: notice.regionCodes },
  });
  const translations = LANGUAGES.map((language) => notice.versions[0]!.translations.find((tr) => tr.language === language)!);
  return { id: notice.id, slug: notice.slug, status: notice.status, regionCodes: notice.regionCodes, created: !existing, translations };
}

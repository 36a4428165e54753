// Writing a final notice. A rumour has at most one final notice that is not withdrawn; its
// unpublished version (the first draft, or a correction of a published notice) is what the
// editor saves. Saving the same input twice leaves the same draft — a retry is harmless.
import type { z } from 'zod';
import type { Db, DbTx } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { loadRumorForAction } from '../rumors/load-for-action';
import { noticeSearchText } from './notice-search-fields';
import { loadNoticeForAction, pendingVersion, RUMOR_STATUSES_FOR_NOTICE, verdictForVersion, type LoadedNotice } from './notice-authoring';
import { noticeSlug } from './notice-slug';
import { saveNoticeDraftInput, type NoticeTranslationFields, type SaveNoticeDraftInput } from './schema';
import { LANGUAGES, type Language } from '../i18n/languages';

export interface SavedNoticeDraft {
  noticeId: string;
  slug: string;
  status: 'DRAFT' | 'PUBLISHED';
  version: number;
  verdict: string;
  created: boolean;
}

function hasContent(t: NoticeTranslationFields): boolean {
  return Boolean(t.title || t.summary || t.body || t.whatToDo || t.smsText);
}

export async function assertRegionsExist(tx: DbTx, codes: string[]) {
  const unique = [...new Set(codes)];
  if ((await tx.region.count({ where: { code: { in: unique } } })) !== unique.length) throw new DomainError('BAD_REQUEST', 'regionInvalid');
  return unique.sort();
}

/** The rumour's final notice that is still live or being written (withdrawn ones stay as they are). */
export async function findActiveFinalNotice(tx: DbTx, rumorId: string) {
  return tx.notice.findFirst({ where: { rumorId, verdict: { not: 'CHECKING' }, status: { not: 'WITHDRAWN' } }, orderBy: { createdAt: 'desc' }, select: { id: true } });
}

export async function saveNoticeDraft(db: Db, actor: Actor, rawInput: SaveNoticeDraftInput): Promise<SavedNoticeDraft> {
  const input = saveNoticeDraftInput.parse(rawInput);
  return db.$transaction((tx) => saveNoticeDraftInTransaction(tx, actor, input));
}

/** Saves the draft inside the caller's transaction (saveNoticeDraft; saveAndPublishNotice). */
export async function saveNoticeDraftInTransaction(tx: DbTx, actor: Actor, input: z.output<typeof saveNoticeDraftInput>): Promise<SavedNoticeDraft> {
  const rumor = await loadRumorForAction(tx, actor, input.rumorId);
  if (!RUMOR_STATUSES_FOR_NOTICE.includes(rumor.status)) throw new DomainError('CONFLICT', 'rumorNotOpenForNotice');
  const regionCodes = await assertRegionsExist(tx, input.regionCodes);
  const titles = { kk: input.translations.kk.title, ru: input.translations.ru.title, en: input.translations.en.title };

  const noticeId = input.noticeId ?? (await findActiveFinalNotice(tx, rumor.id))?.id;
  let created = false;
  let notice: LoadedNotice | undefined;
  if (noticeId) {
    notice = (await loadNoticeForAction(tx, actor, noticeId)).notice;
    if (notice.rumorId !== rumor.id || notice.verdict === 'CHECKING') throw new DomainError('BAD_REQUEST', 'noticeNotOfRumor');
    if (notice.status === 'WITHDRAWN') throw new DomainError('CONFLICT', 'noticeWithdrawn');
  }
  const published = notice && notice.currentVersion > 0 ? notice.versions.find((v) => v.version === notice!.currentVersion)! : null;
  const verdict = await verdictForVersion(tx, rumor.id, published);
  if (verdict !== input.verdict) throw new DomainError('CONFLICT', 'verdictChanged');

  if (!notice) {
    const row = await tx.notice.create({
      data: { rumorId: rumor.id, slug: noticeSlug(titles), verdict, status: 'DRAFT', urgency: input.urgency, regionCodes, currentVersion: 0 },
      select: { id: true },
    });
    notice = (await loadNoticeForAction(tx, actor, row.id)).notice;
    created = true;
  } else if (!notice.firstPublishedAt) {
    // Nothing is out yet: the notice mirrors its draft, and the slug follows the title.
    await tx.notice.update({ where: { id: notice.id }, data: { urgency: input.urgency, regionCodes, slug: noticeSlug(titles, notice.slug), verdict } });
  }
  // Once published, the notice keeps its live version's targeting: a correction's regions and
  // urgency live on the draft version until it is published.

  const changeNote = input.changeNote ? input.changeNote : null;
  const targeting = { urgency: input.urgency, regionCodes };
  const draft =
    pendingVersion(notice) ??
    (await tx.noticeVersion.create({ data: { noticeId: notice.id, version: notice.currentVersion + 1, verdict, changeNote, ...targeting }, select: { id: true, version: true } }));
  await tx.noticeVersion.update({ where: { id: draft.id }, data: { verdict, changeNote, ...targeting } });
  const languages: Language[] = [];
  for (const language of LANGUAGES) {
    const text = input.translations[language];
    if (!hasContent(text)) {
      await tx.noticeTranslation.deleteMany({ where: { noticeVersionId: draft.id, language } });
      continue;
    }
    languages.push(language);
    const data = { ...text, whatToDo: text.whatToDo || null, searchText: noticeSearchText(text) };
    await tx.noticeTranslation.upsert({
      where: { noticeVersionId_language: { noticeVersionId: draft.id, language } },
      create: { noticeVersionId: draft.id, language, ...data },
      update: data,
    });
  }

  const saved = await tx.notice.findUniqueOrThrow({ where: { id: notice.id }, select: { id: true, slug: true, status: true } });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: created ? 'notice.draft_created' : 'notice.draft_saved',
    entityId: saved.id,
    after: { rumorId: rumor.id, slug: saved.slug, version: draft.version, verdict, urgency: input.urgency, regionCodes, languages, changeNote },
  });
  return { noticeId: saved.id, slug: saved.slug, status: saved.status as 'DRAFT' | 'PUBLISHED', version: draft.version, verdict, created };
}

// Publishing a notice version: the one transaction that makes it public, marks it for fan-out
// (NoticeVersion.fanoutRequestedAt is the outbox the sweeper reads), moves the rumour to PUBLISHED,
// retires the rumour's interim "we are checking" notices and tells open pages — then, after the
// commit, wakes the fan-out worker.
import { serverEnv } from '../config/env';
import type { Db, DbTx } from '../db/client';
import type { NoticeUrgency } from '../db/generated/enums';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import { enqueueJob, JOB_QUEUES } from '../jobs/queue';
import { notifyLiveEvent } from '../live/events';
import type { Actor } from '../policy';
import { transitionRumor, type RumorBeforeTransition } from '../rumors/transition-rumor';
import { signNoticeStatement } from '../signing/notice-statement';
import { indexNoticeTranslations } from './notice-search-fields';
import { loadNoticeForAction, pendingVersion, verdictForVersion, type LoadedNotice } from './notice-authoring';
import { isTranslationComplete, publishNoticeInput, saveAndPublishNoticeInput, type PublishNoticeInput, type SaveAndPublishNoticeInput } from './schema';
import { saveNoticeDraftInTransaction } from './save-notice-draft';
import type { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/languages';

export interface PublishedNoticeResult {
  noticeId: string;
  noticeVersionId: string;
  slug: string;
  version: number;
  verdict: string;
  status: 'PUBLISHED';
  /** True when this call found the version already published and changed nothing. */
  alreadyPublished: boolean;
  /** Interim notices this publication superseded. */
  supersededNoticeIds: string[];
}

/** Side effects after the commit; tests replace the queue. */
export interface PublishEffects {
  enqueueFanout?: (noticeVersionId: string) => Promise<unknown>;
}

export function enqueueNoticeFanout(noticeVersionId: string) {
  return enqueueJob(serverEnv().DATABASE_URL, JOB_QUEUES.noticeFanout, { noticeVersionId });
}

export const CHANGE_NOTE_MIN = 5;

/**
 * Publishes the notice's pending version (its first draft or a correction). Refuses languages with
 * missing texts unless the moderator listed them in allowMissingLanguages; those are left out of
 * the published version. Publishing a version that is already out returns it unchanged.
 */
export async function publishNotice(db: Db, actor: Actor, rawInput: PublishNoticeInput, effects: PublishEffects = {}): Promise<PublishedNoticeResult> {
  const input = publishNoticeInput.parse(rawInput);
  const result = await db.$transaction((tx) => publishPendingVersionInTransaction(tx, actor, input));
  if (!result.alreadyPublished) await (effects.enqueueFanout ?? enqueueNoticeFanout)(result.noticeVersionId);
  return result;
}

/**
 * "Save and publish" as one server operation: the texts as they are in the editor are saved and
 * published in one transaction — nothing half-done if either fails (a verdict changed meanwhile, a
 * language missing without the moderator's tick) — and the fan-out starts once it committed.
 */
export async function saveAndPublishNotice(db: Db, actor: Actor, rawInput: SaveAndPublishNoticeInput, effects: PublishEffects = {}): Promise<PublishedNoticeResult> {
  const input = saveAndPublishNoticeInput.parse(rawInput);
  const result = await db.$transaction(async (tx) => {
    const saved = await saveNoticeDraftInTransaction(tx, actor, input.draft);
    return publishPendingVersionInTransaction(tx, actor, { noticeId: saved.noticeId, version: saved.version, allowMissingLanguages: input.allowMissingLanguages });
  });
  if (!result.alreadyPublished) await (effects.enqueueFanout ?? enqueueNoticeFanout)(result.noticeVersionId);
  return result;
}

/** Publishes the requested (or pending) version inside the caller's transaction. */
async function publishPendingVersionInTransaction(tx: DbTx, actor: Actor, input: z.output<typeof publishNoticeInput>): Promise<PublishedNoticeResult> {
  const { notice, rumor } = await loadNoticeForAction(tx, actor, input.noticeId);
  if (notice.status === 'WITHDRAWN') throw new DomainError('CONFLICT', 'noticeWithdrawn');
  const pending = pendingVersion(notice);
  const requested = input.version ? notice.versions.find((v) => v.version === input.version) : pending;
  if (input.version && !requested) throw new DomainError('NOT_FOUND', 'versionNotFound');
  if (!requested || requested.publishedAt) {
    // A retry of a publication that went through (or nothing pending): report what is out.
    if (notice.status !== 'PUBLISHED') throw new DomainError('CONFLICT', 'nothingToPublish');
    const current = notice.versions.find((v) => v.version === (requested?.version ?? notice.currentVersion))!;
    return { noticeId: notice.id, noticeVersionId: current.id, slug: notice.slug, version: current.version, verdict: current.verdict, status: 'PUBLISHED' as const, alreadyPublished: true, supersededNoticeIds: [] };
  }
  const version = requested;

  if (notice.verdict !== 'CHECKING') {
    const published = notice.currentVersion > 0 ? notice.versions.find((v) => v.version === notice.currentVersion)! : null;
    const verdict = await verdictForVersion(tx, notice.rumorId, published);
    if (verdict !== version.verdict) throw new DomainError('CONFLICT', 'verdictChanged');
    if (version.version > 1 && (version.changeNote?.trim().length ?? 0) < CHANGE_NOTE_MIN) throw new DomainError('BAD_REQUEST', 'changeNoteRequired');
  }

  const translations = await tx.noticeTranslation.findMany({ where: { noticeVersionId: version.id }, select: { id: true, language: true, title: true, summary: true, body: true, smsText: true } });
  const complete = LANGUAGES.filter((language) => isTranslationComplete(translations.find((t) => t.language === language)));
  const missing = LANGUAGES.filter((language) => !complete.includes(language));
  if (complete.length === 0 || missing.some((language) => !input.allowMissingLanguages.includes(language))) {
    throw new DomainError('BAD_REQUEST', 'translationsMissing');
  }
  // Half-written texts of a language the moderator chose to leave out are not published.
  await tx.noticeTranslation.deleteMany({ where: { noticeVersionId: version.id, language: { in: missing } } });

  return publishNoticeVersionInTransaction(tx, actor, { notice, version, rumor, missingLanguages: missing });
}

/**
 * Makes one version public inside the caller's transaction. Final notices also move the rumour to
 * PUBLISHED and supersede its published interim notices; interim (CHECKING) notices change neither.
 */
export async function publishNoticeVersionInTransaction(
  tx: DbTx,
  actor: Actor,
  {
    notice,
    version,
    rumor,
    missingLanguages = [],
  }: {
    notice: Pick<LoadedNotice, 'id' | 'rumorId' | 'slug' | 'verdict' | 'status' | 'urgency' | 'regionCodes' | 'currentVersion' | 'firstPublishedAt'>;
    version: { id: string; version: number; verdict: string; changeNote: string | null; regionCodes: string[]; urgency: NoticeUrgency };
    rumor: RumorBeforeTransition;
    missingLanguages?: Language[];
  },
): Promise<PublishedNoticeResult> {
  const now = new Date();
  const isFinal = version.verdict !== 'CHECKING';
  // The same normalisation and concepts as "already checked?" queries, so search finds this text.
  await indexNoticeTranslations(tx, [version.id]);
  await tx.noticeVersion.update({ where: { id: version.id }, data: { publishedAt: now, publishedById: actor.id, fanoutRequestedAt: now } });
  const updated = await tx.notice.update({
    where: { id: notice.id },
    // The live targeting becomes this version's.
    data: {
      status: 'PUBLISHED',
      verdict: version.verdict as never,
      currentVersion: version.version,
      regionCodes: version.regionCodes,
      urgency: version.urgency,
      firstPublishedAt: notice.firstPublishedAt ?? now,
      lastPublishedAt: now,
    },
    select: { id: true, slug: true, verdict: true, urgency: true, regionCodes: true, status: true },
  });
  // Signed in the same transaction: a version is never public without its verification code.
  await signNoticeStatement(tx, notice.id, now);
  const firstPublication = notice.firstPublishedAt === null;
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: firstPublication ? 'notice.published' : 'notice.correction_published',
    entityId: notice.id,
    before: { status: notice.status, verdict: notice.verdict, currentVersion: notice.currentVersion },
    after: { status: updated.status, verdict: updated.verdict, version: version.version, changeNote: version.changeNote, missingLanguages, regionCodes: updated.regionCodes, urgency: updated.urgency },
  });

  const supersededNoticeIds: string[] = [];
  if (isFinal) {
    if (rumor.status !== 'PUBLISHED') await transitionRumor(tx, actor, rumor, 'PUBLISHED', { noticeId: notice.id });
    const interims = await tx.notice.findMany({
      where: { rumorId: rumor.id, verdict: 'CHECKING', status: 'PUBLISHED' },
      select: { id: true, slug: true, urgency: true, regionCodes: true, currentVersion: true },
    });
    for (const interim of interims) {
      await tx.notice.update({ where: { id: interim.id }, data: { status: 'WITHDRAWN', withdrawnAt: now, supersededById: notice.id } });
      await signNoticeStatement(tx, interim.id, now);
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'notice.superseded',
        entityId: interim.id,
        before: { status: 'PUBLISHED' },
        after: { status: 'WITHDRAWN', supersededById: notice.id },
      });
      await notifyLiveEvent(tx, { type: 'notice.updated', noticeId: interim.id, slug: interim.slug, version: interim.currentVersion, verdict: 'CHECKING', urgency: interim.urgency, regionCodes: interim.regionCodes, status: 'WITHDRAWN' });
      supersededNoticeIds.push(interim.id);
    }
  }

  const event = { noticeId: notice.id, slug: updated.slug, version: version.version, verdict: updated.verdict, urgency: updated.urgency, regionCodes: updated.regionCodes };
  await notifyLiveEvent(tx, version.version === 1 ? { type: 'notice.published', ...event } : { type: 'notice.updated', ...event, status: 'PUBLISHED' });

  return { noticeId: notice.id, noticeVersionId: version.id, slug: updated.slug, version: version.version, verdict: updated.verdict, status: 'PUBLISHED', alreadyPublished: false, supersededNoticeIds };
}

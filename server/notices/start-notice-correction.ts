// Correcting a published notice: a new unpublished version N+1, starting as a copy of what is out,
// which the moderator edits and publishes with a "what changed" note. Idempotent: a second call
// returns the correction already under way.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { loadNoticeForAction, pendingVersion, verdictForVersion } from './notice-authoring';
import { noticeIdInput, type NoticeIdInput } from './schema';

export async function startNoticeCorrection(db: Db, actor: Actor, rawInput: NoticeIdInput) {
  const input = noticeIdInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const { notice } = await loadNoticeForAction(tx, actor, input.noticeId);
    if (notice.status !== 'PUBLISHED' || notice.verdict === 'CHECKING') throw new DomainError('CONFLICT', 'noticeNotPublished');
    const existing = pendingVersion(notice);
    if (existing) return { noticeId: notice.id, version: existing.version, created: false };

    const current = notice.versions.find((v) => v.version === notice.currentVersion)!;
    const verdict = await verdictForVersion(tx, notice.rumorId, current);
    const translations = await tx.noticeTranslation.findMany({
      where: { noticeVersionId: current.id },
      select: { language: true, title: true, summary: true, body: true, whatToDo: true, smsText: true, searchText: true, conceptKey: true, titleKey: true, titleWords: true, conceptKeyRevision: true },
    });
    const correction = await tx.noticeVersion.create({
      // It starts out targeting what the live version targets.
      data: { noticeId: notice.id, version: notice.currentVersion + 1, verdict, regionCodes: current.regionCodes, urgency: current.urgency, translations: { create: translations } },
      select: { version: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'notice.correction_started',
      entityId: notice.id,
      after: { version: correction.version, verdict, publishedVerdict: current.verdict },
    });
    return { noticeId: notice.id, version: correction.version, created: true };
  });
}

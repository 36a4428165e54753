// "We are checking this claim" in one step: prepare the interim notice from its fixed templates and
// publish it in the same transaction. The rumour's status does not change; the final notice
// supersedes the interim one when it is published.
import type { Db } from '../db/client';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { loadRumorForAction } from '../rumors/load-for-action';
import { prepareInterimNoticeInTransaction } from '../verification/prepare-interim-notice';
import { loadNoticeForAction } from './notice-authoring';
import { enqueueNoticeFanout, publishNoticeVersionInTransaction, type PublishEffects, type PublishedNoticeResult } from './publish-notice';
import { rumorNoticesInput, type RumorNoticesInput } from './schema';

export async function publishInterimNotice(db: Db, actor: Actor, rawInput: RumorNoticesInput, effects: PublishEffects = {}): Promise<PublishedNoticeResult> {
  const input = rumorNoticesInput.parse(rawInput);
  const result = await db.$transaction(async (tx) => {
    const rumor = await loadRumorForAction(tx, actor, input.rumorId);
    const out = await tx.notice.findFirst({
      where: { rumorId: rumor.id, status: 'PUBLISHED' },
      orderBy: { createdAt: 'desc' },
      select: { id: true, slug: true, verdict: true, currentVersion: true, versions: { where: { publishedAt: { not: null } }, orderBy: { version: 'desc' }, take: 1, select: { id: true } } },
    });
    if (out && out.verdict !== 'CHECKING') throw new DomainError('CONFLICT', 'finalNoticePublished');
    // A retry (or a colleague's click) after it went out: the same interim notice.
    if (out) return { noticeId: out.id, noticeVersionId: out.versions[0]!.id, slug: out.slug, version: out.currentVersion, verdict: 'CHECKING', status: 'PUBLISHED' as const, alreadyPublished: true, supersededNoticeIds: [] };

    const prepared = await prepareInterimNoticeInTransaction(tx, actor, { rumorId: rumor.id });
    const { notice } = await loadNoticeForAction(tx, actor, prepared.id);
    const version = notice.versions.find((v) => v.version === 1)!;
    return publishNoticeVersionInTransaction(tx, actor, { notice, version, rumor });
  });
  if (!result.alreadyPublished) await (effects.enqueueFanout ?? enqueueNoticeFanout)(result.noticeVersionId);
  return result;
}

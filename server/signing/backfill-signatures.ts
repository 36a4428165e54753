// Notices made public before signing existed carry no verification code, so a forwarded copy of
// one cannot be checked and its SMS, Telegram text and poster go out without a code. Each worker
// start signs every public notice whose current state (its version, published or withdrawn) has no
// statement yet — as it stands now, at the time of signing (Raspa cannot honestly sign a date in
// the past). Idempotent: a notice already signed, or signed meanwhile by another worker, is skipped.
// A failed run (a busy database at start) is tried again with backoff until it completes.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { WorkerLoop } from '../jobs/worker-loop';
import { notifyLiveEvent } from '../live/events';
import { logger } from '../log';
import { signNoticeStatement } from './notice-statement';

/** Public notices whose current state has no signed statement. */
async function unsignedNoticeIds(db: Db, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT n.id FROM "Notice" n
    WHERE n.status IN ('PUBLISHED', 'WITHDRAWN')
      AND NOT EXISTS (
        SELECT 1 FROM "NoticeSignature" s
        WHERE s."noticeId" = n.id AND s.version = n."currentVersion" AND s.state::text = n.status::text
      )
    ORDER BY n."firstPublishedAt" NULLS LAST, n.id
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** Signs one notice unless it is signed by the time we hold its lock; true when it signed. */
async function signIfUnsigned(db: Db, noticeId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('raspa.notice-sign'), hashtext(${noticeId}))`;
    const notice = await tx.notice.findUniqueOrThrow({ where: { id: noticeId }, select: { id: true, slug: true, status: true, verdict: true, urgency: true, regionCodes: true, currentVersion: true } });
    if (notice.status === 'DRAFT') return false;
    const state = notice.status === 'WITHDRAWN' ? 'WITHDRAWN' : 'PUBLISHED';
    const signed = await tx.noticeSignature.findFirst({ where: { noticeId, version: notice.currentVersion, state }, select: { id: true } });
    if (signed) return false;
    const { code } = await signNoticeStatement(tx, noticeId, now);
    await recordAuditEvent(tx, { actorLabel: 'system', action: 'notice.signed_after_publication', entityId: noticeId, after: { version: notice.currentVersion, status: notice.status, code } });
    // Cached notice pages and posters are rendered afresh, now with their code.
    await notifyLiveEvent(tx, { type: 'notice.updated', noticeId, slug: notice.slug, version: notice.currentVersion, verdict: notice.verdict, urgency: notice.urgency, regionCodes: notice.regionCodes, status: notice.status });
    return true;
  });
}

/** Signs every public notice that has no statement for its current state; returns how many it signed. */
export async function backfillNoticeSignatures(db: Db, { now = () => new Date(), batchSize = 100, signal }: { now?: () => Date; batchSize?: number; signal?: AbortSignal } = {}): Promise<number> {
  let signedCount = 0;
  const tried = new Set<string>();
  for (;;) {
    if (signal?.aborted) break;
    const ids = (await unsignedNoticeIds(db, batchSize + tried.size)).filter((id) => !tried.has(id));
    if (ids.length === 0) break;
    for (const id of ids) {
      if (signal?.aborted) break;
      tried.add(id);
      if (await signIfUnsigned(db, id, now())) signedCount++;
    }
  }
  return signedCount;
}

/** How long the worker waits before trying again after a failed backfill: doubling, at most 5 minutes. */
const BACKFILL_RETRY_MS = { first: 5_000, max: 300_000 };

/** Backfills until one run completes (or the worker stops), waiting longer after each failure; returns how many it signed. */
export async function backfillUntilDone(db: Db, signal: AbortSignal, retryMs = BACKFILL_RETRY_MS): Promise<number> {
  // A busy database (a transaction not started in time) or a missing RASPA_ENCRYPTION_KEY must not stop the
  // other loops, and must not leave notices without a code until the next worker start.
  for (let wait = retryMs.first; !signal.aborted; wait = Math.min(wait * 2, retryMs.max)) {
    try {
      return await backfillNoticeSignatures(db, { signal });
    } catch (error) {
      logger.error({ err: error, retryInMs: wait }, 'could not sign notices published before signing existed; trying again');
    }
    await sleep(wait, undefined, { signal }).catch(() => undefined);
  }
  return 0;
}

export const noticeSignatureBackfill: WorkerLoop = {
  name: 'notice-signature-backfill',
  async start(db, signal) {
    const signed = await backfillUntilDone(db, signal);
    if (signed > 0) logger.info({ signed }, 'signed notices published before signing existed');
  },
};

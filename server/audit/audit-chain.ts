// The audit trail is tamper-evident: seconds after an event is recorded, the sealer gives it the
// next place in one chain (chainSeq) and a hash — SHA-256 over the previous link's hash and the
// event itself. Changing, deleting or inserting an event afterwards breaks every later link, and
// `npm run audit:verify` names the first broken one. Sealing happens apart from the writers (a
// worker loop), so recording an event never waits for a chain-wide lock; an event's seal waits
// until its transaction has surely committed (SETTLE_MS), and one committed late is sealed later
// in the chain, never left out.
import { createHash } from 'node:crypto';
import type { Db } from '../db/client';

const GENESIS = '0'.repeat(64);
/** Events younger than this may still have earlier-numbered neighbours in open transactions. */
const SETTLE_MS = 10_000;
/** Late committers are looked for this many ids below the newest sealed event. */
const LATE_WINDOW = 5_000n;
const SEAL_LOCK = 'raspa:audit-seal';

interface ChainedEvent {
  id: bigint;
  createdAt: Date;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The link's hash: the previous hash and every recorded field of the event, in a fixed order. */
export function linkHash(previousHash: string, event: ChainedEvent): string {
  const canonical = JSON.stringify([
    event.id.toString(),
    event.createdAt.toISOString(),
    event.actorId,
    event.actorLabel,
    event.action,
    event.entityType,
    event.entityId,
    event.before ?? null,
    event.after ?? null,
  ]);
  return createHash('sha256').update(previousHash).update('\n').update(canonical).digest('hex');
}

const EVENT_FIELDS = { id: true, createdAt: true, actorId: true, actorLabel: true, action: true, entityType: true, entityId: true, before: true, after: true } as const;

/** Seals the settled events not yet in the chain, oldest first; returns how many. One sealer at a time. */
export async function sealAuditEvents(db: Db, options: { now?: Date; settleMs?: number; limit?: number } = {}): Promise<number> {
  const settledBefore = new Date((options.now ?? new Date()).getTime() - (options.settleMs ?? SETTLE_MS));
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${SEAL_LOCK})) AS locked`;
    if (!lock?.locked) return 0;
    const last = await tx.auditEvent.findFirst({ where: { chainSeq: { not: null } }, orderBy: { chainSeq: 'desc' }, select: { chainSeq: true, chainHash: true } });
    const newestSealed = await tx.auditEvent.aggregate({ where: { chainSeq: { not: null } }, _max: { id: true } });
    const from = (newestSealed._max.id ?? 0n) - LATE_WINDOW;
    const pending = await tx.auditEvent.findMany({
      where: { id: { gt: from }, chainSeq: null, createdAt: { lt: settledBefore } },
      orderBy: { id: 'asc' },
      take: options.limit ?? 1_000,
      select: EVENT_FIELDS,
    });
    let seq = last?.chainSeq ?? 0n;
    let hash = last?.chainHash ?? GENESIS;
    for (const event of pending) {
      seq += 1n;
      hash = linkHash(hash, event);
      await tx.auditEvent.update({ where: { id: event.id }, data: { chainSeq: seq, chainHash: hash } });
    }
    return pending.length;
  });
}

export type ChainVerdict =
  | { ok: true; sealed: number; awaitingSeal: number }
  | { ok: false; sealed: number; brokenAt: { chainSeq: string; eventId: string | null; reason: 'changed' | 'missing' } };

/** Walks the whole chain in order and recomputes every link; the first that does not hold is reported. */
export async function verifyAuditChain(db: Db, batch = 5_000): Promise<ChainVerdict> {
  let expectedSeq = 1n;
  let hash = GENESIS;
  let sealed = 0;
  for (;;) {
    const events = await db.auditEvent.findMany({
      where: { chainSeq: { gte: expectedSeq } },
      orderBy: { chainSeq: 'asc' },
      take: batch,
      select: { ...EVENT_FIELDS, chainSeq: true, chainHash: true },
    });
    for (const event of events) {
      if (event.chainSeq !== expectedSeq) return { ok: false, sealed, brokenAt: { chainSeq: expectedSeq.toString(), eventId: null, reason: 'missing' } };
      hash = linkHash(hash, event);
      if (hash !== event.chainHash) return { ok: false, sealed, brokenAt: { chainSeq: expectedSeq.toString(), eventId: event.id.toString(), reason: 'changed' } };
      expectedSeq += 1n;
      sealed++;
    }
    if (events.length < batch) break;
  }
  const awaitingSeal = await db.auditEvent.count({ where: { chainSeq: null } });
  return { ok: true, sealed, awaitingSeal };
}

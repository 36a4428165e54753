// The audit trail is tamper-evident: seconds after an event is recorded, the sealer gives it the
// next place in one chain (chainSeq) and a hash — SHA-256 over the previous link's hash and the
// event itself. Changing, deleting or inserting an event afterwards breaks every later link, and
// `npm run audit:verify` names the first broken one. Sealing happens apart from the writers (a
// worker loop), so recording an event never waits for a chain-wide lock; an event's seal waits
// until its transaction has surely committed (SETTLE_MS), and one committed late is sealed later
// in the chain, never left out.
//
// The link covers the event's data (before/after) through its digest, stored beside it: when the
// retention job removes the data of a `personal` action (./actions.ts), the digest stays and the
// chain still verifies — while data changed in place no longer matches its digest. Links sealed
// before digests existed cover the data itself; `upgradeLegacyAuditChain` re-links them once,
// after checking them, so that their data too can be removed in time.
import { createHash } from 'node:crypto';
import type { Db, DbTx } from '../db/client';
import { logger } from '../log';
import { RETENTION_BOUNDS } from '../privacy/retention';
import { AUDIT_ACTIONS, isAuditAction } from './actions';
import { recordAuditEvent } from './record-audit-event';

const GENESIS = '0'.repeat(64);
/** Events younger than this may still have earlier-numbered neighbours in open transactions. */
const SETTLE_MS = 10_000;
/** Late committers are looked for this many ids below the newest sealed event. */
const LATE_WINDOW = 5_000n;
const SEAL_LOCK = 'raspa:audit-seal';
const DAY_MS = 86_400_000;

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

/** The digest of an event's data, as the link covers it. */
export function detailsDigest(event: Pick<ChainedEvent, 'before' | 'after'>): string {
  return createHash('sha256').update(JSON.stringify([event.before ?? null, event.after ?? null])).digest('hex');
}

const identity = (event: ChainedEvent) => [
  event.id.toString(),
  event.createdAt.toISOString(),
  event.actorId,
  event.actorLabel,
  event.action,
  event.entityType,
  event.entityId,
];
const chained = (previousHash: string, canonical: unknown[]) => createHash('sha256').update(previousHash).update('\n').update(JSON.stringify(canonical)).digest('hex');

/** The link's hash: the previous hash, every recorded field of the event and the digest of its data. */
export function linkHash(previousHash: string, event: ChainedEvent, digest: string): string {
  return chained(previousHash, [...identity(event), { details: digest }]);
}

/** Links sealed before digests existed: the data itself in the hash (exported for the upgrade's test). */
export function legacyLinkHash(previousHash: string, event: ChainedEvent): string {
  return chained(previousHash, [...identity(event), event.before ?? null, event.after ?? null]);
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
      const digest = detailsDigest(event);
      hash = linkHash(hash, event, digest);
      await tx.auditEvent.update({ where: { id: event.id }, data: { chainSeq: seq, chainHash: hash, detailsDigest: digest } });
    }
    return pending.length;
  });
}

export type BrokenLinkReason = 'changed' | 'missing' | 'removedEarly';
export type ChainVerdict =
  | { ok: true; sealed: number; awaitingSeal: number; detailsRemoved: number }
  | { ok: false; sealed: number; brokenAt: { chainSeq: string; eventId: string | null; reason: BrokenLinkReason } };

const CHAIN_FIELDS = { ...EVENT_FIELDS, chainSeq: true, chainHash: true, detailsDigest: true, detailsRemovedAt: true } as const;
type SealedEvent = ChainedEvent & { chainSeq: bigint | null; chainHash: string | null; detailsDigest: string | null; detailsRemovedAt: Date | null };

/**
 * Why a sealed event does not hold, or null. Data may be missing only where the retention job may
 * remove it: a `personal` action, no sooner than the shortest period an admin can set.
 */
function brokenReason(previousHash: string, event: SealedEvent): { hash: string; reason: BrokenLinkReason | null } {
  if (event.detailsDigest === null) {
    const hash = legacyLinkHash(previousHash, event);
    return { hash, reason: hash === event.chainHash ? null : 'changed' };
  }
  const hash = linkHash(previousHash, event, event.detailsDigest);
  if (hash !== event.chainHash) return { hash, reason: 'changed' };
  const removed = event.detailsRemovedAt !== null && event.before === null && event.after === null;
  if (!removed) return { hash, reason: detailsDigest(event) === event.detailsDigest ? null : 'changed' };
  const mayBeRemoved = isAuditAction(event.action) && AUDIT_ACTIONS[event.action].personal;
  const earliest = event.createdAt.getTime() + RETENTION_BOUNDS.auditDetails.min * DAY_MS;
  return { hash, reason: mayBeRemoved && event.detailsRemovedAt!.getTime() >= earliest ? null : 'removedEarly' };
}

/** Walks the whole chain in order and recomputes every link; the first that does not hold is reported. */
export async function verifyAuditChain(db: DbTx, batch = 5_000): Promise<ChainVerdict> {
  let expectedSeq = 1n;
  let hash = GENESIS;
  let sealed = 0;
  let detailsRemoved = 0;
  for (;;) {
    const events = await db.auditEvent.findMany({ where: { chainSeq: { gte: expectedSeq } }, orderBy: { chainSeq: 'asc' }, take: batch, select: CHAIN_FIELDS });
    for (const event of events) {
      if (event.chainSeq !== expectedSeq) return { ok: false, sealed, brokenAt: { chainSeq: expectedSeq.toString(), eventId: null, reason: 'missing' } };
      const link = brokenReason(hash, event);
      if (link.reason) return { ok: false, sealed, brokenAt: { chainSeq: expectedSeq.toString(), eventId: event.id.toString(), reason: link.reason } };
      hash = link.hash;
      if (event.detailsRemovedAt) detailsRemoved++;
      expectedSeq += 1n;
      sealed++;
    }
    if (events.length < batch) break;
  }
  const awaitingSeal = await db.auditEvent.count({ where: { chainSeq: null } });
  return { ok: true, sealed, awaitingSeal, detailsRemoved };
}

/**
 * Re-links, once, a chain sealed before digests existed: only if every link holds (a broken chain
 * is left exactly as it is, for `audit:verify` to name); the head it had is recorded, so a copy of
 * it kept elsewhere can still be compared. Returns how many links were re-sealed.
 */
export async function upgradeLegacyAuditChain(db: Db): Promise<number> {
  const legacy = await db.auditEvent.count({ where: { chainSeq: { not: null }, detailsDigest: null } });
  if (legacy === 0) return 0;
  return db.$transaction(
    async (tx) => {
      // The sealer waits meanwhile; what is checked is what is re-linked.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SEAL_LOCK}))`;
      const verdict = await verifyAuditChain(tx);
      if (!verdict.ok) {
        logger.error({ brokenAt: verdict.brokenAt }, 'the audit chain is broken; it was left as it is, and personal details in its old links cannot be removed');
        return 0;
      }
      const head = await tx.auditEvent.findFirst({ where: { chainSeq: { not: null } }, orderBy: { chainSeq: 'desc' }, select: { chainSeq: true, chainHash: true } });
      let hash = GENESIS;
      let relinked = 0;
      for (let from = 1n; ; ) {
        const events = await tx.auditEvent.findMany({ where: { chainSeq: { gte: from } }, orderBy: { chainSeq: 'asc' }, take: 5_000, select: CHAIN_FIELDS });
        for (const event of events) {
          const digest = event.detailsDigest ?? detailsDigest(event);
          hash = linkHash(hash, event, digest);
          await tx.auditEvent.update({ where: { id: event.id }, data: { chainHash: hash, detailsDigest: digest } });
          relinked++;
          from = event.chainSeq! + 1n;
        }
        if (events.length < 5_000) break;
      }
      await recordAuditEvent(tx, { actorLabel: 'system', action: 'audit.chain_relinked', entityId: 'audit-chain', after: { links: relinked, previousHead: head?.chainHash ?? GENESIS } });
      return relinked;
    },
    { timeout: 600_000 },
  );
}

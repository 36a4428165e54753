// Soft editing lock ("being handled by …"), as in Ushahidi's post locking: it tells a second
// moderator that a colleague has the rumour open. It does not block writes and expires by itself,
// so it is not audited: it changes nothing about the rumour, and auditing every page open would
// bury the real changes in the trail. Not audited, it is not announced by the audit trigger either:
// taking and letting go are announced here (rumor.changed), so a colleague's open page shows who
// holds it — and takes it when it is let go.
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { notifyLiveEvent } from '../live/events';
import { assertCoversRegions, type Actor } from '../policy';
import { loadRumorForAction } from './load-for-action';
import { rumorIdInput } from './schema';

export const LOCK_MINUTES = 10;
const LOCK_MS = LOCK_MINUTES * 60_000;

/** When the holder last took or renewed the lock (we store only when it runs out). */
export function lockSince(lockedUntil: Date): Date {
  return new Date(lockedUntil.getTime() - LOCK_MS);
}

export type LockState =
  | { acquired: true; lockedUntil: Date }
  | { acquired: false; holder: { id: string; name: string }; lockedUntil: Date; since: Date };

/** Takes the lock if it is free, expired or already ours; otherwise says who holds it. */
export async function acquireRumorLock(db: Db, actor: Actor, rawInput: { id: string }, now = new Date()): Promise<LockState> {
  const { id } = rumorIdInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const rumor = await loadRumorForAction(tx, actor, id); // region check + row lock, so two openers cannot both win
    const current = await tx.rumor.findUniqueOrThrow({ where: { id }, select: { lockedUntil: true, lockedBy: { select: { id: true, name: true } } } });
    if (current.lockedBy && current.lockedBy.id !== actor.id && current.lockedUntil && current.lockedUntil > now) {
      return { acquired: false, holder: current.lockedBy, lockedUntil: current.lockedUntil, since: lockSince(current.lockedUntil) };
    }
    const lockedUntil = new Date(now.getTime() + LOCK_MS);
    const renewal = current.lockedBy?.id === actor.id && current.lockedUntil !== null && current.lockedUntil > now;
    await tx.rumor.update({ where: { id }, data: { lockedById: actor.id, lockedUntil } });
    // A renewal changes nothing a colleague sees.
    if (!renewal) await notifyLiveEvent(tx, { type: 'rumor.changed', rumorId: id, regionCodes: rumor.regionCodes, action: 'rumor.lock_taken' });
    return { acquired: true, lockedUntil };
  });
}

/** Lets go of our own lock (best effort when the page closes); someone else's lock is left alone. */
export async function releaseRumorLock(db: Db, actor: Actor, rawInput: { id: string }) {
  const { id } = rumorIdInput.parse(rawInput);
  const rumor = await db.rumor.findUnique({ where: { id }, select: { regionCodes: true } });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  return db.$transaction(async (tx) => {
    const { count } = await tx.rumor.updateMany({ where: { id, lockedById: actor.id }, data: { lockedById: null, lockedUntil: null } });
    if (count > 0) await notifyLiveEvent(tx, { type: 'rumor.changed', rumorId: id, regionCodes: rumor.regionCodes, action: 'rumor.lock_released' });
    return { released: count > 0 };
  });
}

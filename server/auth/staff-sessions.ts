// Server-side records of staff sign-ins. next-auth's JWT cookie carries the record's id; every
// request checks the record (server/auth/current-actor.ts), so a session ended here — sign-out,
// "sign out everywhere", deactivation, a password reset — stops working at the member's next
// request, not when the 12-hour cookie expires. The list a member sees names the browser and system
// family only: no IP address and no full User-Agent is kept.
import Bowser from 'bowser';
import type { Db, DbTx } from '../db/client';
import type { StaffSessionEnd } from '../db/generated/enums';
import { notifyLiveEvent } from '../live/events';
import { recordAuditEvent } from '../audit/record-audit-event';

/** Lifetime of a session, and of the JWT cookie that carries it (server/auth/options.ts). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** lastSeenAt is written at most this often per session: one small UPDATE every few minutes, not per request. */
const TOUCH_EVERY_MS = 5 * 60_000;

export interface SessionDevice {
  browser: string | null;
  os: string | null;
  deviceType: string | null;
}

/** Browser and system family ("Chrome", "Android", "mobile") — no versions, nothing that identifies one device. */
export function deviceFromUserAgent(userAgent: string | null | undefined): SessionDevice {
  if (!userAgent) return { browser: null, os: null, deviceType: null };
  const parsed = Bowser.parse(userAgent.slice(0, 512));
  return { browser: parsed.browser.name?.slice(0, 40) || null, os: parsed.os.name?.slice(0, 40) || null, deviceType: parsed.platform.type?.slice(0, 20) || null };
}

export async function startStaffSession(tx: DbTx, userId: string, device: SessionDevice, now: Date): Promise<string> {
  const session = await tx.staffSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000), ...device },
    select: { id: true },
  });
  return session.id;
}

/** Live: not ended and not expired. */
export function liveSessionFilter(now: Date) {
  return { revokedAt: null, expiresAt: { gt: now } };
}

/** Records that the session was used (throttled), for the member's list of sessions. */
export async function touchStaffSession(db: Db, session: { id: string; lastSeenAt: Date }, now: Date): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < TOUCH_EVERY_MS) return;
  await db.staffSession.updateMany({ where: { id: session.id, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now } });
}

/**
 * Ends every live session of a member (but `except`, the one making the request, when given);
 * returns how many. Their open live streams close when the transaction commits.
 */
export async function endStaffSessions(tx: DbTx, userId: string, reason: StaffSessionEnd, now: Date, except?: string): Promise<number> {
  const live = await tx.staffSession.findMany({ where: { userId, ...liveSessionFilter(now), ...(except ? { id: { not: except } } : {}) }, select: { id: true } });
  return endSessionsById(tx, userId, live.map((s) => s.id), reason, now);
}

/** Sign-out (next-auth's signOut event, with the cookie's ids): the session record ends too, audited. */
export async function endSignedOutSession(db: Db, ids: { userId?: string; sessionId?: string }): Promise<void> {
  const { userId, sessionId } = ids;
  if (!userId || !sessionId) return;
  await db.$transaction(async (tx) => {
    if (await endStaffSession(tx, userId, sessionId, 'SIGNED_OUT', new Date())) {
      await recordAuditEvent(tx, { actorId: userId, action: 'auth.signed_out', entityId: userId, after: { sessionId } });
    }
  });
}

/** Ends one session of a member; false when it was not theirs or not live. */
export async function endStaffSession(tx: DbTx, userId: string, sessionId: string, reason: StaffSessionEnd, now: Date): Promise<boolean> {
  const live = await tx.staffSession.findFirst({ where: { id: sessionId, userId, ...liveSessionFilter(now) }, select: { id: true } });
  return live ? (await endSessionsById(tx, userId, [live.id], reason, now)) > 0 : false;
}

async function endSessionsById(tx: DbTx, userId: string, ids: string[], reason: StaffSessionEnd, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const ended = await tx.staffSession.updateMany({ where: { id: { in: ids }, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  await notifyLiveEvent(tx, { type: 'staff.access_changed', userId, sessionIds: ids });
  return ended.count;
}

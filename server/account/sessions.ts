// A member's own sessions: where they are signed in (browser and system family, when, last seen —
// no IP address is stored), and ending one or all the others.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { endStaffSession, endStaffSessions, liveSessionFilter } from '../auth/staff-sessions';
import { DomainError } from '../errors';
import type { SignedInStaff } from '../staff/load-actor';
import { sessionIdInput, type SessionIdInput } from './schema';

export interface MySession {
  id: string;
  browser: string | null;
  os: string | null;
  deviceType: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** The session this request came with. */
  current: boolean;
}

export async function listMySessions(db: Db, me: SignedInStaff, now = new Date()): Promise<MySession[]> {
  const sessions = await db.staffSession.findMany({
    where: { userId: me.actor.id, ...liveSessionFilter(now) },
    orderBy: [{ lastSeenAt: 'desc' }, { id: 'desc' }],
    select: { id: true, browser: true, os: true, deviceType: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
  return sessions.map((session) => ({ ...session, current: session.id === me.sessionId })).sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the member's sessions — this one too (which signs them out here). */
export async function endMySession(db: Db, me: SignedInStaff, rawInput: SessionIdInput) {
  const input = sessionIdInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const ended = await endStaffSession(tx, me.actor.id, input.sessionId, 'ENDED_BY_SELF', new Date());
    if (!ended) throw new DomainError('NOT_FOUND', 'sessionNotFound');
    await recordAuditEvent(tx, { actorId: me.actor.id, action: 'account.session_ended', entityId: me.actor.id, after: { sessionId: input.sessionId, current: input.sessionId === me.sessionId } });
    return { ended: true, current: input.sessionId === me.sessionId };
  });
}

/** "Sign out everywhere else": every session but this one ends. */
export async function endMyOtherSessions(db: Db, me: SignedInStaff) {
  return db.$transaction(async (tx) => {
    const ended = await endStaffSessions(tx, me.actor.id, 'ENDED_BY_SELF', new Date(), me.sessionId);
    await recordAuditEvent(tx, { actorId: me.actor.id, action: 'account.other_sessions_ended', entityId: me.actor.id, after: { sessionsEnded: ended } });
    return { sessionsEnded: ended };
  });
}

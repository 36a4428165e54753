// The staff member behind a session cookie, read fresh from the database on every request: the
// session record must be live (server/auth/staff-sessions.ts) and the account active, so ending a
// session, deactivating an account or changing a role takes effect on the next request.
import { serverEnv } from '../config/env';
import type { Db } from '../db/client';
import type { Actor } from '../policy';
import { touchStaffSession } from '../auth/staff-sessions';

/**
 * What a signed-in member must do before anything else: choose their own password (they signed in
 * with a one-time one), or — an admin, where the deployer requires it — set up two-factor sign-in.
 * Until then only their account page works.
 */
export type AccountGate = 'passwordChangeRequired' | 'twoFactorRequired';

export interface SignedInStaff {
  actor: Actor;
  sessionId: string;
  email: string;
  twoFactorEnabled: boolean;
  gate: AccountGate | null;
}

export interface LoadOptions {
  now?: Date;
  /** RASPA_REQUIRE_ADMIN_2FA unless a test says otherwise. */
  requireAdminTwoFactor?: boolean;
}

export async function loadSignedInStaff(db: Db, ids: { userId: string; sessionId: string }, options: LoadOptions = {}): Promise<SignedInStaff | null> {
  const now = options.now ?? new Date();
  const session = await db.staffSession.findUnique({
    where: { id: ids.sessionId },
    select: {
      id: true,
      userId: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, regionCodes: true, nationalQueue: true, canViewContacts: true, active: true, passwordMustChange: true, totpEnabledAt: true } },
    },
  });
  if (!session || session.userId !== ids.userId || session.revokedAt || session.expiresAt <= now || !session.user.active) return null;
  await touchStaffSession(db, session, now);
  const { user } = session;
  const requireAdminTwoFactor = options.requireAdminTwoFactor ?? serverEnv().RASPA_REQUIRE_ADMIN_2FA;
  const gate: AccountGate | null = user.passwordMustChange
    ? 'passwordChangeRequired'
    : requireAdminTwoFactor && user.role === 'ADMIN' && !user.totpEnabledAt
      ? 'twoFactorRequired'
      : null;
  return {
    actor: { id: user.id, name: user.name, role: user.role, regionCodes: user.regionCodes, nationalQueue: user.nationalQueue, canViewContacts: user.canViewContacts },
    sessionId: session.id,
    email: user.email,
    twoFactorEnabled: Boolean(user.totpEnabledAt),
    gate,
  };
}

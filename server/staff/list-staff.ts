// The admins' list of staff accounts: who can do what where, and the state of each account.
import type { Db } from '../db/client';
import type { Language, Role } from '../db/generated/enums';
import { liveSessionFilter } from '../auth/staff-sessions';
import { assertCanManageStaff, type Actor } from '../policy';
import { STAFF_PROFILE_SELECT, staffProfile } from './staff-rules';

export type StaffAccountState = 'ACTIVE' | 'AWAITING_PASSWORD' | 'DEACTIVATED';

export interface StaffListRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  regionCodes: string[];
  nationalQueue: boolean;
  canViewContacts: boolean;
  locale: Language;
  state: StaffAccountState;
  /** An unused invitation or reset link, and until when it works. */
  linkExpiresAt: Date | null;
  mustChangePassword: boolean;
  twoFactor: boolean;
  lockedUntil: Date | null;
  lastSignInAt: Date | null;
  liveSessions: number;
  isYou: boolean;
}

export async function listStaff(db: Db, actor: Actor, now = new Date()): Promise<StaffListRow[]> {
  assertCanManageStaff(actor);
  const users = await db.user.findMany({
    orderBy: [{ active: 'desc' }, { name: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      ...STAFF_PROFILE_SELECT,
      locale: true,
      active: true,
      passwordHash: true,
      passwordMustChange: true,
      totpEnabledAt: true,
      lockedUntil: true,
      lastSignInAt: true,
      credentialTokens: { where: { usedAt: null, expiresAt: { gt: now } }, select: { expiresAt: true }, orderBy: { expiresAt: 'desc' }, take: 1 },
      _count: { select: { sessions: { where: liveSessionFilter(now) } } },
    },
  });
  return users.map((user) => ({
    id: user.id,
    ...staffProfile(user),
    locale: user.locale,
    state: !user.active ? 'DEACTIVATED' : user.passwordHash ? 'ACTIVE' : 'AWAITING_PASSWORD',
    linkExpiresAt: user.credentialTokens[0]?.expiresAt ?? null,
    mustChangePassword: user.passwordMustChange,
    twoFactor: Boolean(user.totpEnabledAt),
    lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null,
    lastSignInAt: user.lastSignInAt,
    liveSessions: user._count.sessions,
    isYou: user.id === actor.id,
  }));
}

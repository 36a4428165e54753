// What a member's account page shows about themselves.
import type { Db } from '../db/client';
import { serverEnv } from '../config/env';
import type { SignedInStaff } from '../staff/load-actor';
import { STAFF_PROFILE_SELECT, staffProfile } from '../staff/staff-rules';

export async function getMyAccount(db: Db, me: SignedInStaff) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.actor.id },
    select: { ...STAFF_PROFILE_SELECT, passwordChangedAt: true, totpEnabledAt: true, recoveryCodeHashes: true },
  });
  return {
    ...staffProfile(user),
    passwordChangedAt: user.passwordChangedAt,
    twoFactorEnabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user.recoveryCodeHashes.length,
    /** Two-factor cannot be turned off: the deployer requires it of admins. */
    twoFactorRequired: serverEnv().RASPA_REQUIRE_ADMIN_2FA && user.role === 'ADMIN',
    gate: me.gate,
  };
}

// What a member's account page shows about themselves.
import type { Db } from '../db/client';
import { serverEnv } from '../config/env';
import type { SignedInStaff } from '../staff/load-actor';

export async function getMyAccount(db: Db, me: SignedInStaff) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.actor.id },
    select: { email: true, name: true, role: true, regionCodes: true, nationalQueue: true, canViewContacts: true, passwordChangedAt: true, totpEnabledAt: true, recoveryCodeHashes: true },
  });
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    regionCodes: user.regionCodes,
    nationalQueue: user.nationalQueue,
    canViewContacts: user.canViewContacts,
    passwordChangedAt: user.passwordChangedAt,
    twoFactorEnabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user.recoveryCodeHashes.length,
    /** Two-factor cannot be turned off: the deployer requires it of admins. */
    twoFactorRequired: serverEnv().RASPA_REQUIRE_ADMIN_2FA && user.role === 'ADMIN',
    gate: me.gate,
  };
}

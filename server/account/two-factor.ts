// A member's own two-factor sign-in (TOTP): set it up with an authenticator app (scan the QR code,
// confirm with a code, keep the recovery codes shown once), make new recovery codes, or turn it off.
// Admins cannot turn it off where the deployer requires it (RASPA_REQUIRE_ADMIN_2FA).
import QRCode from 'qrcode';
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { verifyPassword } from '../auth/password';
import { acceptTotpCode, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, openTotpSecret, recoveryCodeHash, sealTotpSecret, totpUri } from '../auth/two-factor';
import { serverEnv } from '../config/env';
import { DomainError } from '../errors';
import type { SignedInStaff } from '../staff/load-actor';
import {
  confirmTwoFactorInput,
  disableTwoFactorInput,
  regenerateRecoveryCodesInput,
  type ConfirmTwoFactorInput,
  type DisableTwoFactorInput,
  type RegenerateRecoveryCodesInput,
} from './schema';

const key = () => serverEnv().RASPA_ENCRYPTION_KEY;

/** A new secret to enrol: the QR code (an SVG data URL) and the same secret as text for typing in. */
export async function startTwoFactorEnrolment(db: Db, me: SignedInStaff) {
  const secret = newTotpSecret();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: me.actor.id }, select: { totpEnabledAt: true, email: true } });
    if (user.totpEnabledAt) throw new DomainError('CONFLICT', 'twoFactorAlreadyOn');
    await tx.user.update({ where: { id: me.actor.id }, data: { totpPendingCipher: sealTotpSecret(secret, key()) } });
    await recordAuditEvent(tx, { actorId: me.actor.id, action: 'account.two_factor_enrolment_started', entityId: me.actor.id });
    const uri = totpUri(secret, user.email);
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    // Grouped by four for reading aloud or typing.
    return { secret: secret.replace(/(.{4})/g, '$1 ').trim(), uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  });
}

/** A code from the app proves it holds the secret: two-factor is on, and the recovery codes are shown once. */
export async function confirmTwoFactorEnrolment(db: Db, me: SignedInStaff, rawInput: ConfirmTwoFactorInput) {
  const input = confirmTwoFactorInput.parse(rawInput);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: me.actor.id }, select: { totpEnabledAt: true, totpPendingCipher: true } });
    if (user.totpEnabledAt) throw new DomainError('CONFLICT', 'twoFactorAlreadyOn');
    if (!user.totpPendingCipher) throw new DomainError('CONFLICT', 'twoFactorNotStarted');
    const secret = openTotpSecret(user.totpPendingCipher, key());
    const step = acceptTotpCode(secret, input.code, null, now);
    if (step === null) throw new DomainError('BAD_REQUEST', 'codeWrong');
    const recovery = newRecoveryCodes(key());
    await tx.user.update({
      where: { id: me.actor.id },
      data: { totpSecretCipher: user.totpPendingCipher, totpPendingCipher: null, totpEnabledAt: now, totpLastStep: step, recoveryCodeHashes: recovery.hashes },
    });
    await recordAuditEvent(tx, { actorId: me.actor.id, action: 'account.two_factor_enabled', entityId: me.actor.id, after: { recoveryCodes: recovery.codes.length } });
    return { recoveryCodes: recovery.codes };
  });
}

/** New recovery codes (the old ones stop working), with a current code from the app. */
export async function regenerateRecoveryCodes(db: Db, me: SignedInStaff, rawInput: RegenerateRecoveryCodesInput) {
  const input = regenerateRecoveryCodesInput.parse(rawInput);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: me.actor.id }, select: { totpSecretCipher: true, totpLastStep: true } });
    if (!user.totpSecretCipher) throw new DomainError('CONFLICT', 'twoFactorOff');
    const step = acceptTotpCode(openTotpSecret(user.totpSecretCipher, key()), input.code, user.totpLastStep, now);
    if (step === null) throw new DomainError('BAD_REQUEST', 'codeWrong');
    const recovery = newRecoveryCodes(key());
    await tx.user.update({ where: { id: me.actor.id }, data: { recoveryCodeHashes: recovery.hashes, totpLastStep: step } });
    await recordAuditEvent(tx, { actorId: me.actor.id, action: 'account.recovery_codes_regenerated', entityId: me.actor.id, after: { recoveryCodes: recovery.codes.length } });
    return { recoveryCodes: recovery.codes };
  });
}

/** Off, with the password and a code (or a recovery code); refused for admins where the deployer requires it. */
export async function disableTwoFactor(db: Db, me: SignedInStaff, rawInput: DisableTwoFactorInput, options: { requireAdminTwoFactor?: boolean } = {}) {
  const input = disableTwoFactorInput.parse(rawInput);
  const requireAdminTwoFactor = options.requireAdminTwoFactor ?? serverEnv().RASPA_REQUIRE_ADMIN_2FA;
  if (requireAdminTwoFactor && me.actor.role === 'ADMIN') throw new DomainError('FORBIDDEN', 'twoFactorRequiredForAdmins');
  const now = new Date();
  const user = await db.user.findUniqueOrThrow({ where: { id: me.actor.id }, select: { passwordHash: true, totpSecretCipher: true, totpLastStep: true, recoveryCodeHashes: true } });
  if (!user.totpSecretCipher) throw new DomainError('CONFLICT', 'twoFactorOff');
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) throw new DomainError('BAD_REQUEST', 'currentPasswordWrong');
  const codeRight = looksLikeRecoveryCode(input.code)
    ? user.recoveryCodeHashes.includes(recoveryCodeHash(input.code, key()))
    : acceptTotpCode(openTotpSecret(user.totpSecretCipher, key()), input.code, user.totpLastStep, now) !== null;
  if (!codeRight) throw new DomainError('BAD_REQUEST', 'codeWrong');
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: me.actor.id }, data: { totpSecretCipher: null, totpPendingCipher: null, totpEnabledAt: null, totpLastStep: null, recoveryCodeHashes: [] } });
    await recordAuditEvent(tx, { actorId: me.actor.id, action: 'account.two_factor_disabled', entityId: me.actor.id });
    return { twoFactor: false };
  });
}

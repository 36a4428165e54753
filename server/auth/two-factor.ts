// TOTP two-factor for staff (RFC 6238: 6 digits, 30-second steps, SHA-1 — what every authenticator
// app reads from the QR code) and one-time recovery codes for a lost phone. The shared secret is
// stored encrypted (server/crypto); recovery codes only as keyed hashes.
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { decryptText, encryptText, keyedHash } from '../crypto/secret-box';

const ISSUER = 'Raspa';
const PERIOD_SECONDS = 30;
/** One step either side: a phone clock 30 s off still works. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

function totpFor(secretBase32: string, label = 'staff'): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** A fresh 160-bit secret, base32 (what authenticator apps take when typed by hand). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries: issuer "Raspa", the member's e-mail as the account. */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

export const sealTotpSecret = (secretBase32: string, key: string) => encryptText(secretBase32, key);
export const openTotpSecret = (sealed: string, key: string) => decryptText(sealed, key);

/** The code for a moment (tests and the enrolment check use it). */
export function totpCodeAt(secretBase32: string, at: Date): string {
  return totpFor(secretBase32).generate({ timestamp: at.getTime() });
}

/**
 * The time step a code is valid for, or null. A step at or before `lastUsedStep` is refused, so a
 * code seen over someone's shoulder cannot be replayed within its 90-second window.
 */
export function acceptTotpCode(secretBase32: string, code: string, lastUsedStep: number | null, now: Date): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const current = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
  const delta = TOTP.validate({ token, secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return null;
  const step = current + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

// ------------------------------------------------------------------ recovery codes

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** "k7p2m-x9qrt": 10 characters of a 31-letter alphabet (~50 bits), easy to read off paper. */
function newRecoveryCode(): string {
  const chars = Array.from(randomBytes(10), (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** Spaces, dashes and case do not matter when a code is typed. */
function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{10}$/.test(normalizeRecoveryCode(code)) && !/^\d+$/.test(normalizeRecoveryCode(code));
}

export function recoveryCodeHash(code: string, key: string): string {
  return keyedHash(`recovery:${normalizeRecoveryCode(code)}`, key);
}

/** A new set: the codes to show once, and the hashes to store. */
export function newRecoveryCodes(key: string): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  return { codes, hashes: codes.map((code) => recoveryCodeHash(code, key)) };
}

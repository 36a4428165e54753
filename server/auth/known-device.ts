// "This browser signed in as this member before": a signed token in a cookie that only the sign-in
// endpoints see (path /api/auth). It lets the owner of an account sign in while the account is
// locked or slowed down by someone else's wrong guesses (server/auth/sign-in.ts). It holds no
// secret of the member's and grants nothing by itself: the password is still needed. A token issued
// before the member's last password change no longer counts (sign-in.ts compares the two): whoever
// used the old password from their own browser is not "the owner" after the owner changed it.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const KNOWN_DEVICE_COOKIE = 'raspa-known-device';
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

function signature(payload: string, secret: string): Buffer {
  return createHmac('sha256', `raspa known device\0${secret}`).update(payload).digest();
}

export function issueKnownDeviceToken(userId: string, secret: string, now = new Date()): string {
  const payload = `${userId}.${Math.floor(now.getTime() / 1000)}`;
  return `${payload}.${signature(payload, secret).toString('base64url')}`;
}

export interface KnownDevice {
  userId: string;
  issuedAt: Date;
}

/** The member a token was issued to and when, or null for a forged, altered or expired one. */
export function readKnownDevice(token: string | null | undefined, secret: string, now = new Date()): KnownDevice | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match) return null;
  const [, userId, issuedAt, given] = match as unknown as [string, string, string, string];
  const expected = signature(`${userId}.${issuedAt}`, secret);
  const actual = Buffer.from(given, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const ageSeconds = now.getTime() / 1000 - Number(issuedAt);
  return ageSeconds >= 0 && ageSeconds <= KNOWN_DEVICE_MAX_AGE_SECONDS ? { userId, issuedAt: new Date(Number(issuedAt) * 1000) } : null;
}

export function knownDeviceSetCookie(token: string, secure: boolean): string {
  return `${KNOWN_DEVICE_COOKIE}=${token}; Path=/api/auth; Max-Age=${KNOWN_DEVICE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** The token from a Cookie header, if any. */
export function knownDeviceTokenFrom(cookieHeader: string | null | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === KNOWN_DEVICE_COOKIE) return value.join('=');
  }
  return null;
}

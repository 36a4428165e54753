// Partner webhooks are signed so a receiver can tell a Raspa notice from a forgery:
// X-Raspa-Signature: sha256=<hex HMAC-SHA256 of the raw request body, keyed with the secret>.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Raspa-Signature';
export const DELIVERY_HEADER = 'X-Raspa-Delivery';
export const TIMESTAMP_HEADER = 'X-Raspa-Timestamp';
/** The body's `event`, so a receiver can route before parsing. */
export const EVENT_HEADER = 'X-Raspa-Event';

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signWebhookBody(rawBody: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** What a receiver does (documented for partners; used by our tests). */
export function verifyWebhookSignature(rawBody: string | Buffer, secret: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(rawBody, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

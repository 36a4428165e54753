import { randomBytes } from 'node:crypto';

/** Unguessable tokens for unsubscribe and confirmation links (capabilities: whoever holds one may use it). */
export function newSubscriptionToken(): string {
  return randomBytes(24).toString('base64url');
}

// One-time links to set a password: an invitation or an admin's reset. The link carries 256 random
// bits; only their SHA-256 is stored, so a copy of the database opens no account. A new link
// replaces the member's earlier unused ones; using one spends it.
import { createHash, randomBytes } from 'node:crypto';
import type { DbTx } from '../db/client';
import type { StaffTokenPurpose } from '../db/generated/enums';
import { publicBaseUrl } from '../config/public-url';

/** How long a link works: long enough for a weekend, short enough not to linger in a mailbox. */
export const CREDENTIAL_LINK_HOURS = 72;

export function credentialTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Spends every unused link of a member (a newer one was made, or the account changed hands). */
export async function spendCredentialTokens(tx: DbTx, userId: string, now: Date): Promise<void> {
  await tx.staffCredentialToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}

export async function issueCredentialToken(tx: DbTx, input: { userId: string; purpose: StaffTokenPurpose; createdById: string; now: Date }): Promise<{ token: string; expiresAt: Date }> {
  await spendCredentialTokens(tx, input.userId, input.now);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + CREDENTIAL_LINK_HOURS * 3_600_000);
  await tx.staffCredentialToken.create({ data: { userId: input.userId, purpose: input.purpose, tokenHash: credentialTokenHash(token), expiresAt, createdById: input.createdById, createdAt: input.now } });
  return { token, expiresAt };
}

/** The page where the link's owner chooses a password, in their language. */
export function setPasswordUrl(language: string, token: string): string {
  return `${publicBaseUrl()}/${language}/signin/password/${encodeURIComponent(token)}`;
}

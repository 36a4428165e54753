// Raspa's Ed25519 signing keys. The first signature creates one; an admin can rotate it (the old key
// is retired, never deleted, so what it signed still verifies). Private keys are stored sealed with
// RASPA_ENCRYPTION_KEY, like contact details; public keys are published as a JWK set.
import { createPrivateKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { recordAuditEvent } from '../audit/record-audit-event';
import { serverEnv } from '../config/env';
import { decryptText, encryptText } from '../crypto/secret-box';
import type { Db, DbTx } from '../db/client';
import { assertAdmin, type Actor } from '../policy';

export interface ActiveSigningKey {
  id: string;
  privateKey: KeyObject;
}

export interface PublicSigningKey {
  kid: string;
  kty: 'OKP';
  crv: 'Ed25519';
  alg: 'EdDSA';
  x: string;
  createdAt: string;
  retiredAt: string | null;
}

/**
 * The date it was made and 64 random bits: with 24 (six hex digits) two of ~5,000 rotations in a day
 * already shared an id (the bad-input bench: 500, a unique-key violation), and a rotation must not
 * fail because of the name it drew.
 */
export function newKeyId(now: Date): string {
  return `raspa-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(8).toString('hex')}`;
}

async function createSigningKey(tx: DbTx, encryptionKey: string, now: Date) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  return tx.signingKey.create({
    data: { id: newKeyId(now), publicKey: jwk.x!, privateKeyCipher: encryptText(pkcs8, encryptionKey), createdAt: now },
    select: { id: true, privateKeyCipher: true },
  });
}

// One writer at a time, so two first publications never each create a key.
async function lockSigningKeys(tx: DbTx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('raspa.signing-keys'))`;
}

/** The key that signs now; made on first use. Call inside the signing transaction. */
export async function activeSigningKey(tx: DbTx, encryptionKey = serverEnv().RASPA_ENCRYPTION_KEY): Promise<ActiveSigningKey> {
  await lockSigningKeys(tx);
  const row =
    (await tx.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: 'desc' }, select: { id: true, privateKeyCipher: true } })) ??
    (await createSigningKey(tx, encryptionKey, new Date()));
  const der = Buffer.from(decryptText(row.privateKeyCipher, encryptionKey), 'base64');
  return { id: row.id, privateKey: createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) };
}

/** Every key Raspa ever signed with, newest first: what verifiers (and the offline PWA) need. */
export async function listPublicSigningKeys(db: Db | DbTx): Promise<PublicSigningKey[]> {
  const rows = await db.signingKey.findMany({ orderBy: { createdAt: 'desc' }, select: { id: true, publicKey: true, createdAt: true, retiredAt: true } });
  return rows.map((row) => ({ kid: row.id, kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', x: row.publicKey, createdAt: row.createdAt.toISOString(), retiredAt: row.retiredAt?.toISOString() ?? null }));
}

/**
 * Retires the signing key in use and makes a new one (for a suspected leak or routine hygiene).
 * What the old key signed stays verifiable: its public key stays published.
 */
export async function rotateSigningKey(db: Db, actor: Actor, encryptionKey = serverEnv().RASPA_ENCRYPTION_KEY): Promise<{ keyId: string; retiredKeyIds: string[] }> {
  assertAdmin(actor, 'Only admins rotate the notice signing key.');
  return db.$transaction(async (tx) => {
    await lockSigningKeys(tx);
    const now = new Date();
    const retiring = await tx.signingKey.findMany({ where: { retiredAt: null }, select: { id: true } });
    await tx.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } });
    const created = await createSigningKey(tx, encryptionKey, now);
    const retiredKeyIds = retiring.map((k) => k.id);
    await recordAuditEvent(tx, { actorId: actor.id, action: 'signing_key.rotated', entityId: created.id, after: { keyId: created.id, retiredKeyIds } });
    return { keyId: created.id, retiredKeyIds };
  });
}

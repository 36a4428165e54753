// The shared secrets gateway phones send with every request. Several may be active (one per phone
// or per operator, each labelled) so one can be revoked without reconfiguring the others. Only a
// SHA-256 of each is stored — they are 32 random bytes, so a plain hash cannot be brute-forced —
// and an admin sees a new secret once, when it is generated.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { recordAuditEvent } from '../../audit/record-audit-event';
import type { Db, DbTx } from '../../db/client';
import type { Prisma } from '../../db/generated/client';
import { DomainError } from '../../errors';
import { assertAdmin, type Actor } from '../../policy';
import { createGatewaySecretInput, revokeGatewaySecretInput, type CreateGatewaySecretInput } from './schema';

export const GATEWAY_SECRETS_SETTING = 'sms.gatewaySecrets';
const MAX_SECRETS = 20;

const storedSecretSchema = z.object({ id: z.string(), label: z.string(), sha256: z.string(), createdAt: z.string(), createdById: z.string().nullable() });
type StoredSecret = z.infer<typeof storedSecretSchema>;

export interface GatewaySecretSummary {
  id: string;
  label: string;
  createdAt: Date;
  /** The first characters, so an admin can tell which secret a phone has. */
  hint: string;
}

function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}

async function readStoredSecrets(db: DbTx): Promise<(StoredSecret & { hint?: string })[]> {
  const row = await db.setting.findUnique({ where: { key: GATEWAY_SECRETS_SETTING } });
  const parsed = z.array(storedSecretSchema.extend({ hint: z.string().optional() })).safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

export async function listGatewaySecrets(db: Db, actor: Actor): Promise<GatewaySecretSummary[]> {
  assertAdmin(actor, 'Only admins manage gateway secrets.');
  const stored = await readStoredSecrets(db);
  return stored.map((s) => ({ id: s.id, label: s.label, createdAt: new Date(s.createdAt), hint: s.hint ?? '' }));
}

/** Generates a new secret and returns it in clear — the only time anyone sees it. */
export async function createGatewaySecret(db: Db, actor: Actor, rawInput: CreateGatewaySecretInput): Promise<GatewaySecretSummary & { secret: string }> {
  assertAdmin(actor, 'Only admins manage gateway secrets.');
  const input = createGatewaySecretInput.parse(rawInput);
  const secret = randomBytes(24).toString('base64url');
  const entry = { id: randomUUID(), label: input.label, sha256: sha256(secret), hint: `${secret.slice(0, 4)}…`, createdAt: new Date().toISOString(), createdById: actor.id };
  await db.$transaction(async (tx) => {
    // Serialise concurrent edits of the one settings row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${GATEWAY_SECRETS_SETTING}))`;
    const stored = await readStoredSecrets(tx);
    if (stored.length >= MAX_SECRETS) throw new DomainError('BAD_REQUEST', 'tooManySecrets');
    const value = [...stored, entry] as unknown as Prisma.InputJsonValue;
    await tx.setting.upsert({ where: { key: GATEWAY_SECRETS_SETTING }, create: { key: GATEWAY_SECRETS_SETTING, value }, update: { value } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'sms_gateway_secret.created', entityId: GATEWAY_SECRETS_SETTING, after: { id: entry.id, label: entry.label } });
  });
  return { id: entry.id, label: entry.label, createdAt: new Date(entry.createdAt), hint: entry.hint, secret };
}

export async function revokeGatewaySecret(db: Db, actor: Actor, rawInput: { id: string }): Promise<{ revoked: boolean }> {
  assertAdmin(actor, 'Only admins manage gateway secrets.');
  const input = revokeGatewaySecretInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${GATEWAY_SECRETS_SETTING}))`;
    const stored = await readStoredSecrets(tx);
    const revoked = stored.find((s) => s.id === input.id);
    // Revoking twice is not an error: the admin's intent is already true.
    if (!revoked) return { revoked: false };
    const value = stored.filter((s) => s.id !== input.id) as unknown as Prisma.InputJsonValue;
    await tx.setting.update({ where: { key: GATEWAY_SECRETS_SETTING }, data: { value } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'sms_gateway_secret.revoked', entityId: GATEWAY_SECRETS_SETTING, before: { id: revoked.id, label: revoked.label } });
    return { revoked: true };
  });
}

/** True when `secret` is one of the active gateway secrets (compared in constant time). */
export async function verifyGatewaySecret(db: Db, secret: string | null | undefined): Promise<boolean> {
  if (!secret) return false;
  const candidate = Buffer.from(sha256(secret));
  const stored = await readStoredSecrets(db);
  let match = false;
  for (const entry of stored) {
    const known = Buffer.from(entry.sha256);
    if (known.length === candidate.length && timingSafeEqual(known, candidate)) match = true;
  }
  return match;
}

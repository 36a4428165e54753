// The VAPID key pair identifying Raspa to push services: generated once (first start, or the first
// time it is needed) and kept in the Setting table so every process and restart signs the same way
// — browsers' subscriptions are bound to this public key.
import webPush from 'web-push';
import type { Db } from '../db/client';

export const VAPID_SETTING_KEY = 'push.vapid';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

let cached: Promise<VapidKeys> | undefined;

export function getVapidKeys(db: Db): Promise<VapidKeys> {
  cached ??= loadOrCreate(db).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function loadOrCreate(db: Db): Promise<VapidKeys> {
  const existing = await db.setting.findUnique({ where: { key: VAPID_SETTING_KEY } });
  if (isVapid(existing?.value)) return existing.value;
  const generated = webPush.generateVAPIDKeys();
  // Two processes may race on first start: the first insert wins and both read it back.
  await db.$executeRawUnsafe(
    `INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, $2::jsonb, now()) ON CONFLICT (key) DO NOTHING`,
    VAPID_SETTING_KEY,
    JSON.stringify({ publicKey: generated.publicKey, privateKey: generated.privateKey }),
  );
  const stored = await db.setting.findUnique({ where: { key: VAPID_SETTING_KEY } });
  if (!isVapid(stored?.value)) throw new Error('Could not store the VAPID keys.');
  return stored.value;
}

function isVapid(value: unknown): value is VapidKeys {
  return typeof value === 'object' && value !== null && typeof (value as VapidKeys).publicKey === 'string' && typeof (value as VapidKeys).privateKey === 'string';
}

// Admin-editable settings with their defaults. Values are read through a short cache because
// intake reads them on every report.
import { z } from 'zod';
import type { DbTx } from '../db/client';
import { RETENTION_DAYS, retentionDaysInput } from '../privacy/retention';

const settingSchemas = {
  'priority.deadlines': z.object({ CRITICAL: z.number().positive(), HIGH: z.number().positive(), NORMAL: z.number().positive(), LOW: z.number().positive() }),
  'clustering.threshold': z.number().min(0.05).max(0.95),
  'clustering.windowDays': z.number().int().min(1).max(365),
  'matching.threshold': z.number().min(0.05).max(0.95),
  'clustering.conceptThreshold': z.number().min(0.05).max(1),
  'matching.conceptThreshold': z.number().min(0.05).max(1),
  // How to reach Raspa without mobile data, shown on the public site (Admin → Settings).
  'channels.public': z.object({ smsNumbers: z.array(z.string()).max(5), telegramBot: z.string().nullable() }),
  // How long each kind of personal data is kept (server/privacy/retention-settings.ts).
  'privacy.retention': retentionDaysInput,
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

// Thresholds tuned on bench/clustering (see bench/RESULTS.md): 0.35 is the lowest clustering
// threshold that merged no two claims on the labelled set, the held-out set and a second order;
// 0.4 gives "already checked?" the best F1 and fewer false suggestions than 0.3.
export const SETTING_DEFAULTS: { [K in SettingKey]: SettingValue<K> } = {
  'priority.deadlines': { CRITICAL: 2, HIGH: 12, NORMAL: 72, LOW: 168 },
  'clustering.threshold': 0.35,
  'clustering.windowDays': 14,
  'matching.threshold': 0.4,
  // Claim (concept) similarity across languages, tuned on bench/clustering/xlang-tuning.json.
  'clustering.conceptThreshold': 0.6,
  'matching.conceptThreshold': 0.6,
  // None until an admin enters the gateway phones' numbers; the bot falls back to TELEGRAM_BOT_USERNAME.
  'channels.public': { smsNumbers: [], telegramBot: null },
  'privacy.retention': { ...RETENTION_DAYS },
};

const CACHE_MS = 30_000;
let cache: { at: number; values: Map<string, unknown> } | undefined;

export function clearSettingsCache(): void {
  cache = undefined;
}

export async function readSetting<K extends SettingKey>(db: DbTx, key: K): Promise<SettingValue<K>> {
  if (!cache || Date.now() - cache.at > CACHE_MS) {
    const rows = await db.setting.findMany({ select: { key: true, value: true } });
    cache = { at: Date.now(), values: new Map(rows.map((r) => [r.key, r.value])) };
  }
  return parseSetting(key, cache.values.get(key));
}

/**
 * The stored value now, bypassing the cache: for what the public is told (an admin's change must show
 * at once, and Next keeps separate module instances for route handlers and pages, so clearing the
 * cache in the one that saved does not reach the one that renders).
 */
export async function readSettingUncached<K extends SettingKey>(db: DbTx, key: K): Promise<SettingValue<K>> {
  const row = await db.setting.findUnique({ where: { key }, select: { value: true } });
  return parseSetting(key, row?.value);
}

/** What is in force for `key` given its stored value (undefined/null: none stored). */
export function parseSetting<K extends SettingKey>(key: K, value: unknown): SettingValue<K> {
  // A field added after an admin saved (a new kind of retained data) takes its default instead of
  // discarding everything the admin chose.
  const fallback = SETTING_DEFAULTS[key];
  const merged = isPlainObject(fallback) && isPlainObject(value) ? { ...(fallback as Record<string, unknown>), ...value } : value;
  const parsed = settingSchemas[key].safeParse(merged);
  return (parsed.success ? parsed.data : SETTING_DEFAULTS[key]) as SettingValue<K>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

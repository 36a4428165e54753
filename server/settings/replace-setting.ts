// Saving an admin setting and its audit event in one statement. Read–upsert–audit in an interactive
// transaction held the setting's row lock across two round trips to Node, and every other save of the
// same setting held a pooled connection while it waited for that lock — when Node was slow to come
// back (a loaded server), the whole pool sat waiting and requests behind it waited past the pool's
// 15 s: 503 (the bad-input bench, settings.updateRetention). It also read "before" ahead of the lock,
// so two saves at once both recorded the same one. Here the row is locked, written and audited inside
// PostgreSQL in one statement; the lock is held for that statement only, and each save's "before" is
// the value it replaced.
import { AUDIT_ACTIONS, type AuditAction } from '../audit/actions';
import { auditData } from '../audit/record-audit-event';
import type { DbTx } from '../db/client';
import { Prisma } from '../db/generated/client';
import { EVENTS_CHANNEL, liveEventPayload, type RaspaEvent } from '../live/events';
import { parseSetting, type SettingKey, type SettingValue } from './read-settings';

/** The stored value as PostgreSQL prints it (exact for comparing), or null when none is stored. */
async function storedText(db: DbTx, key: SettingKey): Promise<string | null> {
  const [row] = await db.$queryRaw<{ stored: string }[]>`SELECT value::text AS stored FROM "Setting" WHERE key = ${key}`;
  return row?.stored ?? null;
}

/**
 * Puts `value` in force for `key` and records `action` (whose before and after are the setting's
 * value) with the value in force before it — the one this save replaced, also when others save the
 * same setting at the same moment. `event`, if given, is sent to every web process (live/events.ts)
 * by the same statement: when, and only when, the change is in force.
 */
export async function replaceSetting<K extends SettingKey>(db: DbTx, change: { key: K; value: SettingValue<K>; action: AuditAction; actorId: string; event?: RaspaEvent }): Promise<void> {
  const { key, action, actorId } = change;
  const after = JSON.stringify(auditData(action, 'after', change.value));
  const event = change.event ? liveEventPayload(change.event) : null;
  // Two attempts at most: the second only when this save would have created the row and another
  // created it first (rows are never deleted), and it then replaces that save's value.
  for (let attempt = 1; attempt <= 2; attempt++) {
    // "Before" as the settings page shows it (defaults for kinds added since, or for a value no
    // longer valid) for the value read here; if another save wrote in between, the value it wrote
    // — checked by that save — is what this one replaces.
    const stored = await storedText(db, key);
    const before = JSON.stringify(auditData(action, 'before', parseSetting(key, stored === null ? undefined : JSON.parse(stored))));
    const [{ written } = { written: 0 }] = await db.$queryRaw<{ written: number }[]>(Prisma.sql`
      WITH old AS (
        SELECT value FROM "Setting" WHERE key = ${key} FOR UPDATE
      ), updated AS (
        UPDATE "Setting" AS s SET value = ${after}::jsonb, "updatedAt" = now() AT TIME ZONE 'UTC'
        FROM old WHERE s.key = ${key}
        RETURNING CASE WHEN old.value::text = ${stored}::text THEN ${before}::jsonb ELSE old.value END AS before
      ), created AS (
        INSERT INTO "Setting" (key, value, "updatedAt")
        SELECT ${key}, ${after}::jsonb, now() AT TIME ZONE 'UTC' WHERE NOT EXISTS (SELECT 1 FROM old)
        ON CONFLICT (key) DO NOTHING
        RETURNING ${before}::jsonb AS before
      ), audited AS (
        INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId", before, after, "createdAt")
        SELECT ${actorId}::uuid, ${action}, ${AUDIT_ACTIONS[action].entityType}, ${key}, written.before, ${after}::jsonb, now() AT TIME ZONE 'UTC'
        FROM (SELECT before FROM updated UNION ALL SELECT before FROM created) AS written
        RETURNING id
      ), notified AS (
        -- pg_notify is delivered at commit: with the statement's own (it is volatile, so this runs).
        SELECT pg_notify(${EVENTS_CHANNEL}, ${event}::text) FROM audited WHERE ${event}::text IS NOT NULL
      )
      SELECT (SELECT count(*) FROM audited)::int AS written, (SELECT count(*) FROM notified)::int AS notified`);
    if (written === 1) return;
  }
  throw new Error(`Setting ${key}: neither found nor created`);
}

import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { assertAdmin, type Actor } from '../policy';
import { openStatusesSql } from './open-rumors';
import { clearSettingsCache, readSetting } from './read-settings';
import { updateDeadlinesInput, type UpdateDeadlinesInput } from './schema';

const KEY = 'priority.deadlines';

/** Sets the response deadline (hours after the first sighting) per priority level and re-dates open rumours. */
export async function updateDeadlines(db: Db, actor: Actor, rawInput: UpdateDeadlinesInput) {
  assertAdmin(actor, 'Only admins change priority settings.');
  const input = updateDeadlinesInput.parse(rawInput);
  const after = { CRITICAL: input.CRITICAL, HIGH: input.HIGH, NORMAL: input.NORMAL, LOW: input.LOW };
  try {
    return await db.$transaction(async (tx) => {
      clearSettingsCache();
      const before = await readSetting(tx, KEY);
      await tx.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: after }, update: { value: after } });
      // The same rule as responseDeadline (server/rumors/priority.ts), for every open rumour at once.
      // Only deadlines that move are written: re-saving (or changing one level) rewrote all 2,500 open
      // rumours in the bad-input bench, 17 requests a second.
      const redated = await tx.$executeRaw`
        UPDATE "Rumor" r SET "dueAt" = n.due
        FROM (SELECT id, "firstSeenAt" + interval '1 hour' * (CASE "priorityLevel"
                WHEN 'CRITICAL' THEN ${after.CRITICAL}::int WHEN 'HIGH' THEN ${after.HIGH}::int
                WHEN 'NORMAL' THEN ${after.NORMAL}::int ELSE ${after.LOW}::int END) AS due
              FROM "Rumor" WHERE status IN (${openStatusesSql})) n
        WHERE r.id = n.id AND r."dueAt" IS DISTINCT FROM n.due`;
      await recordAuditEvent(tx, { actorId: actor.id, action: 'setting.updated', entityId: KEY, before, after: { ...after, rumorsRedated: redated } });
      return { deadlines: after, rumorsRedated: redated };
    });
  } finally {
    clearSettingsCache();
  }
}

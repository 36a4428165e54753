// The retention periods in force: the defaults of ./retention.ts unless an admin changed them
// (Admin → Settings), read uncached by the purge job and the privacy page so that what the page
// says is what the job does from the moment it is saved.
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Db, DbTx } from '../db/client';
import { assertAdmin, type Actor } from '../policy';
import { readSettingUncached } from '../settings/read-settings';
import { retentionDaysInput, type RetentionDays, type RetentionDaysInput } from './retention';

const KEY = 'privacy.retention';

export async function readRetentionDays(db: DbTx): Promise<RetentionDays> {
  return readSettingUncached(db, KEY);
}

export async function updateRetentionDays(db: Db, actor: Actor, rawInput: RetentionDaysInput): Promise<RetentionDays> {
  assertAdmin(actor, 'Only admins change how long personal data is kept.');
  const after = retentionDaysInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const before = await readRetentionDays(tx);
    await tx.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: after }, update: { value: after } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'setting.retention_updated', entityId: KEY, before, after });
    return after;
  });
}

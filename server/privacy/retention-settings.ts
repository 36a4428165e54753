// The retention periods in force: the defaults of ./retention.ts unless an admin changed them
// (Admin → Settings), read uncached by the purge job and the privacy page so that what the page
// says is what the job does from the moment it is saved.
import type { Db, DbTx } from '../db/client';
import { assertAdmin, type Actor } from '../policy';
import { readSettingUncached } from '../settings/read-settings';
import { replaceSetting } from '../settings/replace-setting';
import { retentionDaysInput, type RetentionDays, type RetentionDaysInput } from './retention';

const KEY = 'privacy.retention';

export async function readRetentionDays(db: DbTx): Promise<RetentionDays> {
  return readSettingUncached(db, KEY);
}

export async function updateRetentionDays(db: Db, actor: Actor, rawInput: RetentionDaysInput): Promise<RetentionDays> {
  assertAdmin(actor, 'Only admins change how long personal data is kept.');
  const after = retentionDaysInput.parse(rawInput);
  // One statement with its audit event (replace-setting.ts): concurrent saves do not queue on the row.
  await replaceSetting(db, { key: KEY, value: after, action: 'setting.retention_updated', actorId: actor.id });
  return after;
}

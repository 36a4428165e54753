// Admin → Settings: the SMS numbers and the Telegram bot the public site names for people without
// mobile data (the "Without internet" page, the footer of every public page).
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notifyLiveEvent } from '../live/events';
import { assertAdmin, type Actor } from '../policy';
import { clearSettingsCache, readSetting } from './read-settings';
import { updatePublicChannelsInput, type UpdatePublicChannelsInput } from './schema';

const KEY = 'channels.public';

export async function updatePublicChannels(db: Db, actor: Actor, rawInput: UpdatePublicChannelsInput) {
  assertAdmin(actor, 'Only admins change what the public site says about channels.');
  const input = updatePublicChannelsInput.parse(rawInput);
  const after = { smsNumbers: [...new Set(input.smsNumbers)], telegramBot: input.telegramBot };
  try {
    return await db.$transaction(async (tx) => {
      clearSettingsCache();
      const before = await readSetting(tx, KEY);
      await tx.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: after }, update: { value: after } });
      await recordAuditEvent(tx, { actorId: actor.id, action: 'setting.public_channels_updated', entityId: KEY, before, after });
      await notifyLiveEvent(tx, { type: 'settings.public_changed' });
      return after;
    });
  } finally {
    clearSettingsCache();
  }
}

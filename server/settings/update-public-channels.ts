// Admin → Settings: the SMS numbers and the Telegram bot the public site names for people without
// mobile data (the "Without internet" page, the footer of every public page).
import type { Db } from '../db/client';
import { assertAdmin, type Actor } from '../policy';
import { clearSettingsCache } from './read-settings';
import { replaceSetting } from './replace-setting';
import { updatePublicChannelsInput, type UpdatePublicChannelsInput } from './schema';

const KEY = 'channels.public';

export async function updatePublicChannels(db: Db, actor: Actor, rawInput: UpdatePublicChannelsInput) {
  assertAdmin(actor, 'Only admins change what the public site says about channels.');
  const input = updatePublicChannelsInput.parse(rawInput);
  const after = { smsNumbers: [...new Set(input.smsNumbers)], telegramBot: input.telegramBot };
  try {
    // One statement with its audit event and the live event that refreshes the public pages
    // (replace-setting.ts): two admins saving at once are both kept in the audit trail, each with the
    // value it replaced.
    await replaceSetting(db, { key: KEY, value: after, action: 'setting.public_channels_updated', actorId: actor.id, event: { type: 'settings.public_changed' } });
    return after;
  } finally {
    clearSettingsCache();
  }
}

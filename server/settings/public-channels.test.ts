// The SMS numbers and Telegram bot the public site names: an admin sets them (audited, checked),
// the "Without internet" page reads them, and the bot falls back to the deployer's one.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readPublicChannels } from '../channels/public-channels';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { updatePublicChannels } from './update-public-channels';
import { publicChannelsForm } from './schema';

const t = setupTestDatabase();

describe('public channels', () => {
  it('an admin sets numbers (normalised, duplicates once) and a bot; the change is audited with before and after', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const saved = await updatePublicChannels(t.db, admin, { smsNumbers: ['+7 (701) 234-56-78', '1414', '+77012345678'], telegramBot: '@raspa_kz_bot' });
    expect(saved).toEqual({ smsNumbers: ['+77012345678', '1414'], telegramBot: 'raspa_kz_bot' });
    expect(await readPublicChannels(t.db)).toEqual(saved);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'setting.public_channels_updated' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { smsNumbers: [], telegramBot: null }, after: saved });
  });

  it('refuses a moderator, and bad numbers or bot names with a reason', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    await expect(updatePublicChannels(t.db, moderator, { smsNumbers: ['1414'], telegramBot: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const problems = (input: unknown) => publicChannelsForm.safeParse(input).error?.issues.map((i) => i.message);
    expect(problems({ smsNumbers: 'call me maybe', telegramBot: '' })).toEqual(['smsNumberInvalid']);
    expect(problems({ smsNumbers: '1\n2\n3\n4\n5\n6'.replace(/\d/g, (d) => `14${d}4`), telegramBot: '' })).toEqual(['tooManySmsNumbers']);
    expect(problems({ smsNumbers: '', telegramBot: '@1bot' })).toEqual(['telegramBotInvalid']);
    expect(publicChannelsForm.parse({ smsNumbers: ' +7 701 234 56 78 \n\n', telegramBot: '' })).toEqual({ smsNumbers: ['+77012345678'], telegramBot: null });
  });
});

describe('public channels saved at the same time', () => {
  it('keeps every save in the audit trail with the value it replaced, the last one in force, and tells the public pages once per save', { timeout: 120_000 }, async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const inForce = await readPublicChannels(t.db);
    const listener = new pg.Client({ connectionString: t.url });
    const heard: unknown[] = [];
    await listener.connect();
    try {
      listener.on('notification', (message) => heard.push(JSON.parse(message.payload ?? '{}')));
      await listener.query('LISTEN raspa_events');
      const saves = Array.from({ length: 16 }, (_, i) => ({ smsNumbers: [`14${String(i).padStart(2, '0')}`], telegramBot: `raspa_${i}_bot` }));
      const results = await Promise.allSettled(saves.map((save) => updatePublicChannels(t.db, admin, save)));
      expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason).slice(0, 200))).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(heard).toEqual(saves.map(() => ({ type: 'settings.public_changed' })));
    } finally {
      await listener.end();
    }

    // One after another, whatever the order: the first replaced the defaults, each the one before it.
    const trail = (await t.db.auditEvent.findMany({ where: { action: 'setting.public_channels_updated', actorId: admin.id }, orderBy: { id: 'asc' }, select: { before: true, after: true } })) as { before: unknown; after: { smsNumbers: string[] } }[];
    expect(trail).toHaveLength(16);
    expect(trail[0]!.before).toEqual(inForce);
    for (let i = 1; i < trail.length; i++) expect(trail[i]!.before).toEqual(trail[i - 1]!.after);
    expect(new Set(trail.map((e) => e.after.smsNumbers[0]))).toEqual(new Set(Array.from({ length: 16 }, (_, i) => `14${String(i).padStart(2, '0')}`)));
    expect(await readPublicChannels(t.db)).toEqual(trail.at(-1)!.after);
  });
});

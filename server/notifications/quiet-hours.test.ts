// Quiet hours are typed as 22:00 (no browser time picker, whose AM/PM Kazakh on Chromium shows):
// the one schema reads what people type, refuses what is no time, and the member's settings keep it.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { notificationSettingsInput } from './schema';
import { getNotificationSettings, updateNotificationSettings } from './settings';

const t = setupTestDatabase();
const problems = (quietHoursStart: string | null, quietHoursEnd: string | null) =>
  notificationSettingsInput.safeParse({ channels: {}, quietHoursStart, quietHoursEnd }).error?.issues.map((issue) => `${String(issue.path[0])}:${issue.message}`) ?? [];

describe('quiet hours typed as the language writes a time', () => {
  it('refuses what is no time of day beside its own end, and one end alone', () => {
    expect(problems('22:00', '7:30')).toEqual([]);
    expect(problems('', '')).toEqual([]);
    expect(problems('10:00 PM', '7:30')).toEqual(['quietHoursStart:timeInvalid']);
    expect(problems('25:00', '7:61')).toEqual(['quietHoursStart:timeInvalid', 'quietHoursEnd:timeInvalid']);
    expect(problems('22:00', '')).toEqual(['quietHoursEnd:quietHoursBoth']);
  });

  it('are saved as read ("7.30" is 07:30) and cleared by two empty fields', async () => {
    const member = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    await updateNotificationSettings(t.db, member, { channels: {}, quietHoursStart: '22:00', quietHoursEnd: '7.30' });
    expect(await getNotificationSettings(t.db, member)).toMatchObject({ quietHoursStart: '22:00', quietHoursEnd: '07:30' });
    await expect(updateNotificationSettings(t.db, member, { channels: {}, quietHoursStart: '10 PM', quietHoursEnd: '07:30' })).rejects.toThrow();
    expect(await getNotificationSettings(t.db, member)).toMatchObject({ quietHoursStart: '22:00', quietHoursEnd: '07:30' });
    await updateNotificationSettings(t.db, member, { channels: {}, quietHoursStart: '', quietHoursEnd: ' ' });
    expect(await getNotificationSettings(t.db, member)).toMatchObject({ quietHoursStart: null, quietHoursEnd: null });
  });
});

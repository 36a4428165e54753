import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { RETENTION_DAYS } from './retention';
import { readRetentionDays, updateRetentionDays } from './retention-settings';

const t = setupTestDatabase();
const KEY = 'privacy.retention';

/** The retention changes' audit trail, oldest first. */
const trail = async () =>
  (await t.db.auditEvent.findMany({ where: { action: 'setting.retention_updated' }, orderBy: { id: 'asc' }, select: { before: true, after: true } })) as { before: typeof RETENTION_DAYS; after: typeof RETENTION_DAYS }[];

describe('retention periods changed at the same time', () => {
  it('saves 24 concurrent changes, none refused as busy, each audited with the periods it replaced (the bad-input bench: 503 × 3)', { timeout: 120_000 }, async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const changes = Array.from({ length: 24 }, (_, i) => ({ ...RETENTION_DAYS, smsLog: 10 + i }));
    const results = await Promise.allSettled(changes.map((change) => updateRetentionDays(t.db, admin, change)));
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason).slice(0, 200))).toEqual([]);

    // One after another, whatever the order: the first replaced the defaults, each the one before it,
    // and what is in force is the last one's.
    const events = await trail();
    expect(events).toHaveLength(24);
    expect(events[0]!.before).toEqual(RETENTION_DAYS);
    for (let i = 1; i < events.length; i++) expect(events[i]!.before).toEqual(events[i - 1]!.after);
    expect(new Set(events.map((e) => e.after.smsLog))).toEqual(new Set(changes.map((c) => c.smsLog)));
    expect(await readRetentionDays(t.db)).toEqual(events.at(-1)!.after);
  });

  it('audits a change of periods saved before a kind of data was added with the new kind at its default, and of unreadable ones as the defaults', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const { auditDetails: _added, ...savedEarlier } = { ...RETENTION_DAYS, smsLog: 21 };
    await t.db.setting.update({ where: { key: KEY }, data: { value: savedEarlier } });
    await updateRetentionDays(t.db, admin, { ...RETENTION_DAYS, smsLog: 30 });
    expect((await trail()).at(-1)).toEqual({ before: { ...RETENTION_DAYS, smsLog: 21 }, after: { ...RETENTION_DAYS, smsLog: 30 } });

    await t.db.setting.update({ where: { key: KEY }, data: { value: { ...RETENTION_DAYS, smsLog: 3 } } });
    await updateRetentionDays(t.db, admin, { ...RETENTION_DAYS, smsLog: 45 });
    expect((await trail()).at(-1)).toEqual({ before: RETENTION_DAYS, after: { ...RETENTION_DAYS, smsLog: 45 } });
    expect(await readRetentionDays(t.db)).toEqual({ ...RETENTION_DAYS, smsLog: 45 });
  });
});

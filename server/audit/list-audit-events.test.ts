import { describe, expect, it } from 'vitest';
import { handleAuditLogCsv } from '../api/audit-log';
import { assignRumors } from '../rumors/assign-rumors';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { auditChanges, exportAuditEvents, listAuditEvents } from './list-audit-events';

const t = setupTestDatabase();

describe('the audit log', () => {
  it('shows admins who did what to which record, in words, filtered and a page at a time; nobody else', async () => {
    const admin = await createStaff(t.db, 'ADMIN', []);
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const rumors: { id: string }[] = [];
    for (let i = 0; i < 3; i++) rumors.push(await createRumor(t.db, `Слух для журнала ${i}`, ['KZ-47']));
    for (const rumor of rumors) await assignRumors(t.db, asActor(admin), { ids: [rumor.id], assigneeId: moderator.id });

    const byAdmin = await listAuditEvents(t.db, asActor(admin), { actorId: admin.id, action: 'rumor.assigned' });
    expect(byAdmin.events.map((e) => e.entityId)).toEqual(rumors.map((r) => r.id).reverse());
    expect(byAdmin.events[0]).toMatchObject({ message: 'audit.actions.rumor.assigned', actorName: admin.name, entityType: 'Rumor' });
    expect(byAdmin.events[0]!.changes).toEqual([{ field: 'assigneeId', before: null, after: moderator.id }]);

    // One record's whole story.
    const one = await listAuditEvents(t.db, asActor(admin), { entityType: 'Rumor', entityId: rumors[1]!.id });
    expect(one.events.map((e) => e.action)).toContain('rumor.assigned');
    expect(one.events.every((e) => e.entityId === rumors[1]!.id)).toBe(true);

    // A day with nothing in it shows nothing.
    expect((await listAuditEvents(t.db, asActor(admin), { from: '2001-01-01', to: '2001-01-02' })).events).toEqual([]);
    // A reversed range is refused in words.
    await expect(listAuditEvents(t.db, asActor(admin), { from: '2026-12-05', to: '2026-12-01' })).rejects.toThrow(/dayRangeInvalid/);

    await expect(listAuditEvents(t.db, asActor(moderator), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(exportAuditEvents(t.db, asActor(moderator), {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('pages backwards with the id of the last event shown', async () => {
    const admin = await createStaff(t.db, 'ADMIN', []);
    const rumor = await createRumor(t.db, 'Слух для страниц журнала', ['KZ-61']);
    for (let i = 0; i < 55; i++) await assignRumors(t.db, asActor(admin), { ids: [rumor.id], assigneeId: i % 2 ? admin.id : null });
    const first = await listAuditEvents(t.db, asActor(admin), { entityId: rumor.id });
    expect(first.events).toHaveLength(50);
    expect(first.nextBefore).toBe(first.events.at(-1)!.id);
    const second = await listAuditEvents(t.db, asActor(admin), { entityId: rumor.id, before: first.nextBefore! });
    const total = await t.db.auditEvent.count({ where: { entityId: rumor.id } });
    expect(total).toBeGreaterThan(50);
    expect(second.events).toHaveLength(total - 50);
    expect(second.nextBefore).toBeNull();
    expect(second.events.every((e) => BigInt(e.id) < BigInt(first.nextBefore!))).toBe(true);
  });

  it('downloads as CSV with the actions in the admin’s language, and the download is audited', async () => {
    const admin = await createStaff(t.db, 'ADMIN', []);
    const rumor = await createRumor(t.db, 'Слух для CSV журнала', ['KZ-47']);
    await assignRumors(t.db, asActor(admin), { ids: [rumor.id], assigneeId: admin.id });
    const response = await handleAuditLogCsv(
      new Request(`http://raspa.test/api/admin/audit/events.csv?entityId=${rumor.id}&lang=ru`),
      testApiDeps(t, { session: () => sessionFor(t.db, admin) }),
    );
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv.split('\n')[0]).toContain('action_words');
    expect(csv).toContain('rumor.assigned');
    expect(csv).toContain('изменил(а) ответственного');
    const audited = await t.db.auditEvent.findFirst({ where: { action: 'audit_log.exported', actorId: admin.id } });
    expect(audited?.after).toMatchObject({ filters: { entityId: rumor.id }, rows: 1 });
  });

  it('lists every field an event recorded, before and after', () => {
    expect(auditChanges({ status: 'NEW' }, { status: 'INVESTIGATING', regionCodes: ['KZ-47', 'KZ-61'] })).toEqual([
      { field: 'status', before: 'NEW', after: 'INVESTIGATING' },
      { field: 'regionCodes', before: null, after: 'KZ-47, KZ-61' },
    ]);
  });
});

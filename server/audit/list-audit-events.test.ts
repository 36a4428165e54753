import { describe, expect, it } from 'vitest';
import { handleAuditLogCsv } from '../api/audit-log';
import { assignRumors } from '../rumors/assign-rumors';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { asActor, createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { translatorFor } from '../i18n/translator';
import { listRegions } from '../regions/list-regions';
import { describeAuditChanges } from './describe-changes';
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

  it('filters by region: a rumour of the region and what hangs off it, never another region’s', async () => {
    const admin = await createStaff(t.db, 'ADMIN', []);
    const mangystau = await createRumor(t.db, 'Слух Мангистау для журнала', ['KZ-47']);
    const almaty = await createRumor(t.db, 'Слух Алматы для журнала', ['KZ-75']);
    await assignRumors(t.db, asActor(admin), { ids: [mangystau.id, almaty.id], assigneeId: admin.id });
    const inRegion = await listAuditEvents(t.db, asActor(admin), { regionCode: 'KZ-47', action: 'rumor.assigned' });
    expect(inRegion.events.map((e) => e.entityId)).toContain(mangystau.id);
    expect(inRegion.events.map((e) => e.entityId)).not.toContain(almaty.id);
    const other = await listAuditEvents(t.db, asActor(admin), { regionCode: 'KZ-75', action: 'rumor.assigned' });
    expect(other.events.map((e) => e.entityId)).toEqual([almaty.id]);
    await expect(listAuditEvents(t.db, asActor(admin), { regionCode: 'KZ-00' as 'KZ-47' })).rejects.toThrow(/regionInvalid/);
  });

  it('says what an event recorded in the viewer’s words: field names, statuses, yes/no, regions, times', async () => {
    const regions = new Map((await listRegions(t.db)).map((r) => [r.code, r]));
    const event = { entityType: 'Rumor', before: { status: 'NEW' }, after: { status: 'INVESTIGATING', regionCodes: ['KZ-47'], requiresApproval: true } };
    expect(describeAuditChanges(translatorFor('ru'), 'ru', event, regions)).toEqual([
      { field: 'status', label: 'Статус', before: 'Новый', after: 'Проверяется' },
      { field: 'regionCodes', label: 'Регионы', before: null, after: 'Мангистауская область' },
      { field: 'requiresApproval', label: 'Нужно второе одобрение', before: null, after: 'да' },
    ]);
    const kk = describeAuditChanges(translatorFor('kk'), 'kk', { entityType: 'VerificationRequest', before: undefined, after: { dueAt: '2026-12-05T09:30:00.000Z', answer: 'DENIES' } }, regions);
    expect(kk).toEqual([
      { field: 'dueAt', label: 'Мерзімі', before: null, after: '2026 ж. 05 жел., 14:30' },
      { field: 'answer', label: 'Жауап', before: null, after: expect.not.stringMatching(/DENIES/) },
    ]);
    const cadence = describeAuditChanges(translatorFor('en'), 'en', { entityType: 'Subscription', before: { cadence: 'IMMEDIATE' }, after: { cadence: 'WEEKLY' } }, regions);
    expect(cadence).toEqual([{ field: 'cadence', label: 'How often', before: 'each notice at once', after: 'weekly digest' }]);
    // A transparency report's quarter is named, not shown as its code.
    const drafted = { entityType: 'TransparencyReport', before: undefined, after: { quarter: '2026-Q3' } };
    expect(describeAuditChanges(translatorFor('kk'), 'kk', drafted, regions)[0]).toMatchObject({ after: '2026 жылғы 3-тоқсан' });
    expect(describeAuditChanges(translatorFor('ru'), 'ru', drafted, regions)[0]).toMatchObject({ after: '3-й квартал 2026 г.' });
    expect(describeAuditChanges(translatorFor('en'), 'en', drafted, regions)[0]).toMatchObject({ after: 'Q3 2026' });
  });

  it('lists every field an event recorded, before and after', () => {
    expect(auditChanges({ status: 'NEW' }, { status: 'INVESTIGATING', regionCodes: ['KZ-47', 'KZ-61'] })).toEqual([
      { field: 'status', before: 'NEW', after: 'INVESTIGATING' },
      { field: 'regionCodes', before: null, after: 'KZ-47, KZ-61' },
    ]);
  });
});

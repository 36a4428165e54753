import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { purgePersonalData } from '../privacy/purge-personal-data';
import { legacyLinkHash, sealAuditEvents, upgradeLegacyAuditChain, verifyAuditChain } from './audit-chain';
import { recordAuditEvent } from './record-audit-event';

const t = setupTestDatabase();
const later = () => new Date(Date.now() + 60_000);

async function record(prefix: string, n: number) {
  for (let i = 0; i < n; i++) {
    await t.db.$transaction((tx) => recordAuditEvent(tx, { actorLabel: 'system', action: 'report.sms_feedback_stopped', entityId: `${prefix}-${i}`, after: { reports: i } }));
  }
}

// One database for the file: the tests run in order, the tampering last.
describe('the audit chain', () => {
  it('seals settled events into a chain that verifies, and events recorded later after it', async () => {
    await record('first', 5);
    // Too fresh: an earlier-numbered event may still be in an open transaction.
    expect(await sealAuditEvents(t.db, { now: new Date() })).toBe(0);
    expect(await sealAuditEvents(t.db, { now: later() })).toBeGreaterThanOrEqual(5);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, awaitingSeal: 0 });

    await record('second', 2);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, awaitingSeal: 2 });
    expect(await sealAuditEvents(t.db, { now: later() })).toBe(2);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, awaitingSeal: 0 });
  });

  it('names the event changed after sealing, and the place of one deleted', async () => {
    const changed = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: 'first-2' } });
    await t.db.$executeRaw`UPDATE "AuditEvent" SET after = '{"reports": 99}'::jsonb WHERE id = ${changed.id}`;
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: { eventId: changed.id.toString(), chainSeq: changed.chainSeq!.toString(), reason: 'changed' } });
    // Put back exactly as it was: the chain holds again.
    await t.db.$executeRaw`UPDATE "AuditEvent" SET after = '{"reports": 2}'::jsonb WHERE id = ${changed.id}`;
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });

    const deleted = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: 'second-0' } });
    await t.db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${deleted.id}`;
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: { chainSeq: deleted.chainSeq!.toString(), eventId: null, reason: 'missing' } });
  });
});

// Its own database: these tests age events and remove their data.
describe('removing what the audit trail recorded about people', () => {
  const db = setupTestDatabase();
  const DAY = 86_400_000;
  const NOW = new Date('2027-06-01T06:00:00Z');

  async function aged(action: 'rumor.claim_edited' | 'report.sms_feedback_stopped', entityId: string, daysOld: number) {
    const data =
      action === 'rumor.claim_edited'
        ? { before: { claim: 'Айгүл Серікова сказала, что школу закроют' }, after: { claim: 'Говорят, школу закроют' } }
        : { after: { reports: 3 } };
    await db.db.$transaction((tx) => recordAuditEvent(tx, { actorLabel: 'system', action, entityId, ...data } as Parameters<typeof recordAuditEvent>[1]));
    const event = await db.db.auditEvent.findFirstOrThrow({ where: { entityId }, orderBy: { id: 'desc' } });
    await db.db.auditEvent.update({ where: { id: event.id }, data: { createdAt: new Date(NOW.getTime() - daysOld * DAY) } });
    return event.id;
  }

  it('removes the data of old personal events only, and the chain still verifies; data put back changed does not', async () => {
    const oldPersonal = await aged('rumor.claim_edited', 'rumor-old', 400);
    const newPersonal = await aged('rumor.claim_edited', 'rumor-new', 10);
    const oldCounts = await aged('report.sms_feedback_stopped', 'report-old', 400);
    await sealAuditEvents(db.db, { now: NOW });

    const counts = await purgePersonalData(db.db, NOW);
    expect(counts.auditDetails).toBe(1);
    const row = (id: bigint) => db.db.auditEvent.findUniqueOrThrow({ where: { id } });
    expect(await row(oldPersonal)).toMatchObject({ before: null, after: null, detailsRemovedAt: NOW, action: 'rumor.claim_edited', entityId: 'rumor-old' });
    expect((await row(newPersonal)).after).toEqual({ claim: 'Говорят, школу закроют' });
    // Counts name nobody: they stay as long as the record.
    expect((await row(oldCounts)).after).toEqual({ reports: 3 });
    await sealAuditEvents(db.db, { now: new Date(Date.now() + 60_000) });
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true, detailsRemoved: 1 });

    // Someone writes different data back into the removed event: it no longer matches its digest.
    await db.db.$executeRaw`UPDATE "AuditEvent" SET after = '{"claim": "иное"}'::jsonb WHERE id = ${oldPersonal}`;
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, brokenAt: { eventId: oldPersonal.toString(), reason: 'changed' } });
    await db.db.$executeRaw`UPDATE "AuditEvent" SET after = NULL WHERE id = ${oldPersonal}`;
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });
  });

  it('names data removed before its time, or from an event that holds nobody’s data, as tampering', async () => {
    const recent = await aged('rumor.claim_edited', 'rumor-recent', 5);
    const counts = await aged('report.sms_feedback_stopped', 'report-counts', 500);
    await sealAuditEvents(db.db, { now: NOW });
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });

    await db.db.$executeRaw`UPDATE "AuditEvent" SET before = NULL, after = NULL, "detailsRemovedAt" = now() WHERE id = ${recent}`;
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, brokenAt: { eventId: recent.toString(), reason: 'removedEarly' } });
    await db.db.$executeRaw`UPDATE "AuditEvent" SET before = '{"claim": "Айгүл Серікова сказала, что школу закроют"}'::jsonb, after = '{"claim": "Говорят, школу закроют"}'::jsonb, "detailsRemovedAt" = NULL WHERE id = ${recent}`;
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });

    await db.db.$executeRaw`UPDATE "AuditEvent" SET after = NULL, "detailsRemovedAt" = ${NOW} WHERE id = ${counts}`;
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, brokenAt: { eventId: counts.toString(), reason: 'removedEarly' } });
    await db.db.$executeRaw`UPDATE "AuditEvent" SET after = '{"reports": 3}'::jsonb, "detailsRemovedAt" = NULL WHERE id = ${counts}`;
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });
  });

  it('re-links a chain sealed before digests once, after checking it, so its old personal data can be removed too', async () => {
    const legacy = await aged('rumor.claim_edited', 'rumor-legacy', 700);
    await sealAuditEvents(db.db, { now: NOW });
    // Make the whole chain look as the previous version sealed it: data itself in every link.
    const links = await db.db.auditEvent.findMany({ where: { chainSeq: { not: null } }, orderBy: { chainSeq: 'asc' } });
    let previous = '0'.repeat(64);
    for (const link of links) {
      previous = legacyLinkHash(previous, link);
      await db.db.auditEvent.update({ where: { id: link.id }, data: { chainHash: previous, detailsDigest: null } });
    }
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true });
    // Old links cover the data itself: nothing can be removed from them.
    expect((await purgePersonalData(db.db, NOW)).auditDetails).toBe(0);

    expect(await upgradeLegacyAuditChain(db.db)).toBe(links.length);
    expect(await upgradeLegacyAuditChain(db.db)).toBe(0);
    const relinked = await db.db.auditEvent.findFirstOrThrow({ where: { action: 'audit.chain_relinked' } });
    expect(relinked.after).toEqual({ links: links.length, previousHead: previous });
    expect((await purgePersonalData(db.db, NOW)).auditDetails).toBe(1);
    expect((await db.db.auditEvent.findUniqueOrThrow({ where: { id: legacy } })).after).toBeNull();
    await sealAuditEvents(db.db, { now: new Date(Date.now() + 60_000) });
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true, awaitingSeal: 0 });
  });

  it('leaves a broken old chain as it is', async () => {
    const links = await db.db.auditEvent.findMany({ where: { chainSeq: { not: null } }, orderBy: { chainSeq: 'asc' }, take: 1 });
    await db.db.auditEvent.update({ where: { id: links[0]!.id }, data: { detailsDigest: null } });
    expect(await upgradeLegacyAuditChain(db.db)).toBe(0);
    expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, brokenAt: { reason: 'changed' } });
  });
});

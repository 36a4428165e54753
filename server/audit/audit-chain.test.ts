import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { sealAuditEvents, verifyAuditChain } from './audit-chain';
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

// A forwarded copy (the same text, region and settlement) joins the rumour of the latest earlier
// copy; the lookup reads the copies index, not every open rumour's reports.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { clusterPendingReports, twinSql } from './cluster-pending-reports';
import { submitReport } from './submit-report';

const t = setupTestDatabase();
const encryptionKey = Buffer.alloc(32, 4).toString('base64');

async function report(text: string) {
  const { report } = await submitReport(t.db, { clientId: randomUUID(), text, regionCode: 'KZ-75' }, { channel: 'API', encryptionKey });
  await clusterPendingReports(t.db);
  return t.db.report.findUniqueOrThrow({ where: { id: report.id }, select: { id: true, rumorId: true, clusteredWithReportId: true, normalizedText: true, regionCode: true, settlementId: true, receivedAt: true } });
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Alias?: string; 'Index Name'?: string; 'Actual Rows'?: number; 'Actual Loops'?: number; Plans?: PlanNode[] };
function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe('forwarded copies', () => {
  it('joins a copy to the rumour of the latest earlier copy, through that copy', async () => {
    const text = 'Срочно! Перешлите всем: в Алматы завтра отключат мобильный интернет на весь день';
    const first = await report(text);
    const second = await report(text);
    expect(second.rumorId).toBe(first.rumorId);
    expect(second.clusteredWithReportId).toBe(first.id);
    const third = await report(text);
    expect(third.clusteredWithReportId).toBe(second.id);
    // Once that rumour is closed, a further copy does not join it.
    await t.db.rumor.update({ where: { id: first.rumorId! }, data: { status: 'DISMISSED', dismissReason: 'DUPLICATE' } });
    const fourth = await report(text);
    expect(fourth.rumorId).not.toBe(first.rumorId);
    expect(fourth.clusteredWithReportId).not.toBe(third.id);
  });

  it('reads only earlier copies of the text from the copies index, however many open rumours there are', async () => {
    // 300 open rumours with 10 reports each in the same region, and one text copied 5 times.
    await t.db.$executeRawUnsafe(`
      INSERT INTO "Rumor" (id, claim, "normalizedClaim", language, "firstSeenAt", "lastSeenAt", "regionCodes", "updatedAt")
      SELECT gen_random_uuid(), 'claim ' || g, 'claim ' || g, 'ru', now(), now(), ARRAY['KZ-75'], now() FROM generate_series(1, 300) g`);
    await t.db.$executeRawUnsafe(`
      INSERT INTO "Report" (id, "clientId", "trackingCode", channel, "rumorId", text, "normalizedText", language, script, "regionCode", "heardAt", "receivedAt")
      SELECT gen_random_uuid(), gen_random_uuid(), 'T' || m.n || '-' || g, 'API', m.id, 'text ' || m.n || ' ' || g, 'text ' || m.n || ' ' || g, 'ru', 'cyrl', 'KZ-75', now() - g * interval '1 minute', now() - g * interval '1 minute'
      FROM (SELECT id, row_number() OVER () AS n FROM "Rumor" WHERE claim LIKE 'claim %') m CROSS JOIN generate_series(1, 10) g`);
    const copy = 'перешлите всем копия сообщения про бензин';
    await t.db.$executeRawUnsafe(`
      UPDATE "Report" SET text = $1, "normalizedText" = $1 WHERE id IN (SELECT id FROM "Report" WHERE text LIKE 'text 7 %' LIMIT 5)`, copy);
    await t.db.$executeRawUnsafe('ANALYZE "Report"; ');
    await t.db.$executeRawUnsafe('ANALYZE "Rumor"');
    const latest = await t.db.report.findFirstOrThrow({ where: { normalizedText: copy }, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], select: { id: true, rumorId: true, receivedAt: true } });
    const pending = { id: latest.id, normalizedText: copy, regionCode: 'KZ-75', settlementId: null, receivedAt: latest.receivedAt };

    const [twin] = await t.db.$queryRaw<{ rumorId: string; id: string }[]>(twinSql(pending, 7));
    expect(twin?.rumorId).toBeDefined();
    expect(twin?.id).not.toBe(latest.id);

    const sql = twinSql(pending, 7);
    const [row] = await t.db.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`, ...sql.values);
    const plan = nodes(row!['QUERY PLAN'][0].Plan);
    expect(plan.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name'])).toEqual([]);
    expect(plan.filter((n) => n['Index Name'] === 'Report_copies_idx')).toHaveLength(1);
    // No step reads more than the earlier copies of this text (4); without the index PostgreSQL read
    // every report received in the window (3,005 entries of Report_receivedAt_idx) and filtered them.
    expect(Math.max(...plan.map((n) => (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1)))).toBeLessThanOrEqual(4);
  }, 180_000);
});

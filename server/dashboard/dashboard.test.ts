import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PriorityLevel, ReportChannel, RumorStatus } from '../db/generated/enums';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff, sessionFor } from '../testing/fixtures';
import { generateTrackingCode, normalizeReportText } from '../text';
import { createCaller } from '../trpc/app-router';
import { getDashboardSummary } from './get-dashboard-summary';

const t = setupTestDatabase();
const HOUR = 3_600_000;
const now = new Date();
const TURKISTAN = 'KZ-61';
const MANGYSTAU = 'KZ-47';

let moderator: Actor;
let admin: Actor;
let drafterId: string;

async function rumor(claim: string, regionCodes: string[], options: { status?: RumorStatus; level?: PriorityLevel; dueAt?: Date; firstSeenAt?: Date } = {}) {
  const firstSeenAt = options.firstSeenAt ?? new Date(now.getTime() - 48 * HOUR);
  return t.db.rumor.create({
    data: {
      claim,
      normalizedClaim: normalizeReportText(claim),
      language: 'ru',
      status: options.status ?? 'NEW',
      priorityLevel: options.level ?? 'NORMAL',
      dueAt: options.dueAt ?? null,
      regionCodes,
      firstSeenAt,
      lastSeenAt: firstSeenAt,
    },
  });
}

async function reports(rumorId: string | null, regionCode: string | null, count: number, channel: ReportChannel, hoursAgo: number) {
  for (let i = 0; i < count; i++) {
    await t.db.report.create({
      data: {
        clientId: randomUUID(),
        trackingCode: generateTrackingCode(),
        channel,
        rumorId,
        text: 'Говорят, закроют мост',
        normalizedText: 'govoriat zakroiut most',
        language: 'ru',
        regionCode,
        heardAt: new Date(now.getTime() - hoursAgo * HOUR),
        receivedAt: new Date(now.getTime() - hoursAgo * HOUR),
      },
    });
  }
}

/** A rumour first seen `hoursToVerdict` before a verdict approved `daysAgo` days ago. */
async function decided(regionCodes: string[], hoursToVerdict: number, daysAgo: number, reviewed = true) {
  const approvedAt = new Date(now.getTime() - daysAgo * 86_400_000);
  const r = await rumor(`Решённый слух ${Math.random()}`, regionCodes, { status: 'PUBLISHED', firstSeenAt: new Date(approvedAt.getTime() - hoursToVerdict * HOUR) });
  await t.db.verdictDraft.create({
    data: {
      rumorId: r.id,
      verdict: 'FALSE',
      rationale: 'Опровергнуто акиматом.',
      status: 'APPROVED',
      draftedById: drafterId,
      createdAt: reviewed ? new Date(approvedAt.getTime() - HOUR) : approvedAt,
      reviewedAt: reviewed ? approvedAt : null,
      reviewedById: reviewed ? drafterId : null,
    },
  });
  // A returned draft of the same rumour is not a verdict and must not count.
  await t.db.verdictDraft.create({ data: { rumorId: r.id, verdict: 'TRUE', rationale: 'Черновик', status: 'RETURNED', draftedById: drafterId, createdAt: r.firstSeenAt } });
}

beforeAll(async () => {
  const moderatorRow = await createStaff(t.db, 'MODERATOR', [TURKISTAN]);
  const adminRow = await createStaff(t.db, 'ADMIN', []);
  moderator = asActor(moderatorRow);
  admin = asActor(adminRow);
  drafterId = moderatorRow.id;

  const overdueTurkistan = await rumor('В Шымкенте закроют рынок', [TURKISTAN], { level: 'HIGH', dueAt: new Date(now.getTime() - HOUR) });
  await rumor('В Туркестане отключат газ', [TURKISTAN], { status: 'INVESTIGATING', level: 'CRITICAL', dueAt: new Date(now.getTime() + HOUR) });
  await rumor('Слух без региона', [], { level: 'LOW', dueAt: new Date(now.getTime() + 10 * HOUR) });
  // Overdue but closed: not counted.
  await rumor('Закрытый слух в Туркестане', [TURKISTAN], { status: 'DISMISSED', dueAt: new Date(now.getTime() - HOUR) });
  const overdueMangystau = await rumor('В Актау закроют порт', [MANGYSTAU], { level: 'HIGH', dueAt: new Date(now.getTime() - 2 * HOUR) });
  await rumor('В Жанаозене отключат интернет', [MANGYSTAU], { status: 'INVESTIGATING', level: 'HIGH' });

  await reports(overdueTurkistan.id, TURKISTAN, 3, 'WEB', 2);
  await reports(overdueTurkistan.id, TURKISTAN, 1, 'SMS', 30);
  await reports(overdueMangystau.id, MANGYSTAU, 5, 'TELEGRAM', 1);
  await reports(null, MANGYSTAU, 2, 'WEB', 24 * 20); // older than 14 days: not shown

  // Turkistan: 2 h, 4 h (approved without review), 10 h this week; 30 h three weeks ago.
  await decided([TURKISTAN], 2, 1);
  await decided([TURKISTAN], 4, 2, false);
  await decided([TURKISTAN], 10, 3);
  await decided([TURKISTAN], 30, 20);
  await decided([TURKISTAN], 500, 45); // outside 30 days
  await decided([MANGYSTAU], 100, 1);
});

describe('dashboard summary', () => {
  it("limits a Turkistan moderator's numbers to Turkistan — not the national queue", async () => {
    const summary = await getDashboardSummary(t.db, moderator, now);
    const open = Object.fromEntries(summary.openRumors.map((c) => [`${c.status}/${c.level}`, c.count]));
    expect(open).toEqual({ 'NEW/HIGH': 1, 'INVESTIGATING/CRITICAL': 1 });
    expect(summary.overdue).toBe(1);
    expect(summary.activity.byRegion.every((d) => d.key !== MANGYSTAU)).toBe(true);
    expect(summary.activity.byRegion.reduce((s, d) => s + d.count, 0)).toBe(4);
    expect(summary.activity.byChannel.find((d) => d.key === 'TELEGRAM')).toBeUndefined();
    expect(summary.topActive.map((r) => r.claim)).toEqual(['В Шымкенте закроют рынок']);
    expect(summary.topActive[0]?.sightingsLast24h).toBe(3);
  });

  it('shows a moderator scoped to the national queue only the rumours no region claims', async () => {
    const national = asActor(await createStaff(t.db, 'MODERATOR', [], { nationalQueue: true }));
    const summary = await getDashboardSummary(t.db, national, now);
    expect(Object.fromEntries(summary.openRumors.map((c) => [`${c.status}/${c.level}`, c.count]))).toEqual({ 'NEW/LOW': 1 });
    expect(summary.topActive).toEqual([]);
    expect(summary.activity.byRegion).toEqual([]);
  });

  it('shows an admin every region', async () => {
    const summary = await getDashboardSummary(t.db, admin, now);
    expect(summary.overdue).toBe(2);
    expect(summary.topActive.map((r) => [r.claim, r.sightingsLast24h])).toEqual([
      ['В Актау закроют порт', 5],
      ['В Шымкенте закроют рынок', 3],
    ]);
    const channels = Object.fromEntries(['WEB', 'SMS', 'TELEGRAM'].map((c) => [c, summary.activity.byChannel.filter((d) => d.key === c).reduce((s, d) => s + d.count, 0)]));
    expect(channels).toEqual({ WEB: 3, SMS: 1, TELEGRAM: 5 });
    expect(summary.activity.days).toHaveLength(14);
  });

  it('computes the median time from first report to approved verdict over 7 and 30 days', async () => {
    const forModerator = await getDashboardSummary(t.db, moderator, now);
    expect(forModerator.timeToVerdict).toEqual([
      { days: 7, medianHours: 4, verdicts: 3 },
      { days: 30, medianHours: 7, verdicts: 4 },
    ]);
    const forAdmin = await getDashboardSummary(t.db, admin, now);
    // 2, 4, 10, 100 → 7; with 30 h as well → 10.
    expect(forAdmin.timeToVerdict).toEqual([
      { days: 7, medianHours: 7, verdicts: 4 },
      { days: 30, medianHours: 10, verdicts: 5 },
    ]);
  });

  it('refuses field verifiers through tRPC', async () => {
    const verifier = await createStaff(t.db, 'VERIFIER', [TURKISTAN]);
    const caller = createCaller({ db: t.db, session: await sessionFor(t.db, verifier), requestId: 'test' });
    await expect(caller.dashboard.summary()).rejects.toBeInstanceOf(TRPCError);
  });
});

// A generated quarter (2026-Q1) across regions, channels, statuses and every kind of event, with the
// numbers a person would count by hand from the data below. Kazakhstan time is UTC+5.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PriorityLevel, ReportChannel, RumorStatus, SubscriptionChannel, Verdict } from '../db/generated/enums';
import { setupTestDatabase } from '../testing/database';
import { createStaff } from '../testing/fixtures';
import { generateTrackingCode, normalizeReportText } from '../text';
import { computeTransparencyFigures } from './compute-figures';
import { transparencyFigures, type TransparencyFigures } from './figures';
import { parseQuarter } from './period';

const t = setupTestDatabase();
const HOUR = 3_600_000;
/** An instant given as Kazakhstan wall-clock time. */
const kz = (local: string) => new Date(`${local}+05:00`);
const plus = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR);

let staffId: string;
let figures: TransparencyFigures;

async function reports(regionCode: string | null, channel: ReportChannel, count: number, receivedAt: Date) {
  for (let i = 0; i < count; i++) {
    await t.db.report.create({
      data: { clientId: randomUUID(), trackingCode: generateTrackingCode(), channel, text: 'Говорят…', normalizedText: 'govoriat', language: 'ru', regionCode, heardAt: receivedAt, receivedAt },
    });
  }
}

async function rumor(name: string, regionCodes: string[], status: RumorStatus, level: PriorityLevel, firstSeenAt: Date, dueInHours: number) {
  return t.db.rumor.create({
    data: { claim: name, normalizedClaim: normalizeReportText(name), language: 'ru', status, priorityLevel: level, regionCodes, firstSeenAt, lastSeenAt: firstSeenAt, dueAt: plus(firstSeenAt, dueInHours) },
  });
}

async function staffAction(rumorId: string, action: string, at: Date) {
  await t.db.auditEvent.create({ data: { actorId: staffId, action, entityType: 'Rumor', entityId: rumorId, createdAt: at } });
}

async function verdict(rumorId: string, kind: Verdict, draftedAt: Date, reviewedAt: Date | null = null) {
  await t.db.verdictDraft.create({ data: { rumorId, verdict: kind, rationale: 'Источник', status: 'APPROVED', draftedById: staffId, createdAt: draftedAt, reviewedAt, reviewedById: reviewedAt ? staffId : null } });
}

/** A notice with its published versions (version → publication time). */
async function notice(rumorId: string, slug: string, kind: Verdict, regionCodes: string[], createdAt: Date, versions: Date[], extra: { withdrawnAt?: Date; supersededById?: string } = {}) {
  return t.db.notice.create({
    data: {
      rumorId,
      slug,
      verdict: kind,
      status: extra.withdrawnAt ? 'WITHDRAWN' : 'PUBLISHED',
      regionCodes,
      currentVersion: versions.length,
      firstPublishedAt: versions[0],
      lastPublishedAt: versions.at(-1),
      withdrawnAt: extra.withdrawnAt ?? null,
      supersededById: extra.supersededById ?? null,
      createdAt,
      versions: {
        create: versions.map((publishedAt, i) => ({
          version: i + 1,
          verdict: kind,
          publishedAt,
          translations: { create: (['kk', 'ru', 'en'] as const).map((language) => ({ language, title: `${slug} ${language}`, summary: 's', body: 'b', smsText: 's', searchText: slug })) },
        })),
      },
    },
    include: { versions: true },
  });
}

async function deliveries(noticeVersionId: string, channel: SubscriptionChannel, publishedAt: Date, sentAfterSeconds: (number | null)[]) {
  for (const seconds of sentAfterSeconds) {
    const subscription = await t.db.subscription.create({ data: { channel, regionCodes: [], language: 'ru', addressCipher: 'x', addressHash: randomUUID(), unsubscribeToken: randomUUID(), confirmed: true } });
    await t.db.delivery.create({
      data: { noticeVersionId, channel, subscriptionId: subscription.id, status: seconds === null ? 'FAILED' : 'SENT', queuedAt: publishedAt, sentAt: seconds === null ? null : new Date(publishedAt.getTime() + seconds * 1000) },
    });
  }
}

beforeAll(async () => {
  staffId = (await createStaff(t.db, 'MODERATOR', ['KZ-47', 'KZ-61'])).id;

  // Reports: the quarter runs from 1 January 00:00 to 31 March 24:00 in Almaty.
  await reports('KZ-47', 'WEB', 3, kz('2026-01-15T10:00:00'));
  await reports('KZ-47', 'WEB', 1, kz('2026-01-01T00:30:00')); // in: already 1 January in Kazakhstan (19:30 UTC on 31 December)
  await reports('KZ-47', 'WEB', 1, kz('2025-12-31T23:59:00')); // out
  await reports('KZ-47', 'SMS', 2, kz('2026-02-01T09:00:00'));
  await reports('KZ-47', 'TELEGRAM', 6, kz('2026-03-31T23:30:00'));
  await reports('KZ-61', 'WEB', 7, kz('2026-02-20T12:00:00'));
  await reports(null, 'API', 1, kz('2026-03-02T12:00:00'));
  await reports('KZ-61', 'SMS', 3, kz('2026-04-01T00:00:00')); // out: the next quarter

  // R0: first reported in December, verdict approved in January (counted by its approval).
  const r0Seen = kz('2025-12-20T00:00:00');
  const r0 = await rumor('R0', ['KZ-47'], 'PUBLISHED', 'HIGH', r0Seen, 12);
  await staffAction(r0.id, 'rumor.status_changed', plus(r0Seen, 1)); // December: not this quarter's first action
  await verdict(r0.id, 'MISLEADING', kz('2026-01-05T00:00:00'));
  await notice(r0.id, 'r0-final', 'MISLEADING', ['KZ-47'], kz('2026-01-05T01:00:00'), [kz('2026-01-06T00:00:00')], { withdrawnAt: kz('2026-01-07T00:00:00') });

  // R1 (Mangystau): action +2 h, interim notice +3 h, verdict +10 h, final notice +12 h, corrected in February.
  const r1Seen = kz('2026-01-10T00:00:00');
  const r1 = await rumor('R1', ['KZ-47'], 'PUBLISHED', 'HIGH', r1Seen, 12);
  await staffAction(r1.id, 'rumor.status_changed', plus(r1Seen, 2));
  await verdict(r1.id, 'FALSE', plus(r1Seen, 10));
  // A returned draft and an approved interim CHECKING verdict are not verdicts.
  await t.db.verdictDraft.create({ data: { rumorId: r1.id, verdict: 'TRUE', rationale: 'x', status: 'RETURNED', draftedById: staffId, createdAt: plus(r1Seen, 4) } });
  const r1Final = await notice(r1.id, 'r1-final', 'FALSE', ['KZ-47'], plus(r1Seen, 11), [plus(r1Seen, 12), kz('2026-02-20T10:00:00')]);
  await notice(r1.id, 'r1-interim', 'CHECKING', ['KZ-47'], plus(r1Seen, 2.5), [plus(r1Seen, 3)], { withdrawnAt: plus(r1Seen, 12), supersededById: r1Final.id });
  await deliveries(r1Final.versions[0]!.id, 'WEB_PUSH', plus(r1Seen, 12), [10, 20, 30, 40, 50, 60]);
  await deliveries(r1Final.versions[0]!.id, 'TELEGRAM', plus(r1Seen, 12), [5, 6]);
  await deliveries(r1Final.versions[0]!.id, 'EMAIL', plus(r1Seen, 12), [null]); // failed: 95 % never reached for v1
  await deliveries(r1Final.versions[1]!.id, 'WEB_PUSH', kz('2026-02-20T10:00:00'), [30, 90]);
  await t.db.noticeViewDay.createMany({
    data: [
      { noticeId: r1Final.id, day: new Date('2026-01-11'), views: 10 },
      { noticeId: r1Final.id, day: new Date('2026-03-31'), views: 5 },
      { noticeId: r1Final.id, day: new Date('2026-04-01'), views: 100 },
    ],
  });

  // R2 (both regions): evidence +1 h, deadline +2 h missed; two questions to field verifiers.
  const r2Seen = kz('2026-02-01T00:00:00');
  const r2 = await rumor('R2', ['KZ-47', 'KZ-61'], 'INVESTIGATING', 'CRITICAL', r2Seen, 2);
  await t.db.evidence.create({ data: { rumorId: r2.id, adHocSourceName: 'Акимат', excerpt: 'x', stance: 'REFUTES', obtainedAt: r2Seen, createdById: staffId, createdAt: plus(r2Seen, 1) } });
  await t.db.verificationRequest.create({ data: { rumorId: r2.id, question: 'Правда?', requestedById: staffId, createdAt: plus(r2Seen, 1), dueAt: plus(r2Seen, 7), status: 'ANSWERED', answer: 'DENIES', answeredAt: plus(r2Seen, 5) } });
  await t.db.verificationRequest.create({ data: { rumorId: r2.id, question: 'А сейчас?', requestedById: staffId, createdAt: kz('2026-02-02T00:00:00'), dueAt: kz('2026-02-03T00:00:00'), status: 'ANSWERED', answer: 'CONFIRMS', answeredAt: kz('2026-02-03T06:00:00') } });

  // R3 (Turkistan): dismissed +5 h, before its 168-h deadline.
  const r3Seen = kz('2026-02-05T00:00:00');
  const r3 = await rumor('R3', ['KZ-61'], 'DISMISSED', 'LOW', r3Seen, 168);
  await staffAction(r3.id, 'rumor.dismissed', plus(r3Seen, 5));

  // R4 (no region): nobody acted; its deadline passed.
  await rumor('R4', [], 'NEW', 'NORMAL', kz('2026-03-01T00:00:00'), 72);

  // R5 (Turkistan): verdict drafted +20 h, approved by a second moderator +30 h; notice +50 h.
  const r5Seen = kz('2026-03-10T00:00:00');
  const r5 = await rumor('R5', ['KZ-61'], 'PUBLISHED', 'NORMAL', r5Seen, 72);
  await verdict(r5.id, 'TRUE', plus(r5Seen, 20), plus(r5Seen, 30));
  const r5Final = await notice(r5.id, 'r5-final', 'TRUE', ['KZ-61'], plus(r5Seen, 40), [plus(r5Seen, 50)]);
  await deliveries(r5Final.versions[0]!.id, 'SMS', plus(r5Seen, 50), [60, 120, 180, 240]);
  await t.db.noticeViewDay.create({ data: { noticeId: r5Final.id, day: new Date('2026-03-12'), views: 7 } });
  await t.db.verificationRequest.create({ data: { rumorId: r5.id, question: 'Есть газ?', requestedById: staffId, createdAt: plus(r5Seen, 1), dueAt: plus(r5Seen, 24) } });

  // R6 (Mangystau): merged into R1 an hour after it was first reported; left out of deadlines.
  const r6Seen = kz('2026-01-20T00:00:00');
  const r6 = await rumor('R6', ['KZ-47'], 'MERGED', 'NORMAL', r6Seen, 1);
  await staffAction(r6.id, 'rumor.merged', plus(r6Seen, 1));

  // A question asked in December is not this quarter's.
  await t.db.verificationRequest.create({ data: { rumorId: r0.id, question: 'Старый вопрос', requestedById: staffId, createdAt: kz('2025-12-31T10:00:00'), dueAt: kz('2026-01-01T10:00:00') } });

  figures = await computeTransparencyFigures(t.db, parseQuarter('2026-Q1')!, kz('2026-04-02T10:00:00'));
});

const h = (hours: number) => Math.round(hours * 3600);

describe('transparency figures for a quarter', () => {
  it('counts reports by region and channel in Kazakhstan days', () => {
    expect(figures.reports).toEqual([
      { regionCode: null, channel: 'API', count: 1 },
      { regionCode: 'KZ-47', channel: 'SMS', count: 2 },
      { regionCode: 'KZ-47', channel: 'TELEGRAM', count: 6 },
      { regionCode: 'KZ-47', channel: 'WEB', count: 4 },
      { regionCode: 'KZ-61', channel: 'WEB', count: 7 },
    ]);
  });

  it('counts rumours first reported in the quarter by status and priority, per region and nationally', () => {
    expect(figures.scopes.KZ!.rumors).toEqual([
      { status: 'DISMISSED', level: 'LOW', count: 1 },
      { status: 'INVESTIGATING', level: 'CRITICAL', count: 1 },
      { status: 'MERGED', level: 'NORMAL', count: 1 },
      { status: 'NEW', level: 'NORMAL', count: 1 },
      { status: 'PUBLISHED', level: 'HIGH', count: 1 },
      { status: 'PUBLISHED', level: 'NORMAL', count: 1 },
    ]);
    expect(figures.scopes['KZ-47']!.rumors.map((c) => c.status)).toEqual(['INVESTIGATING', 'MERGED', 'PUBLISHED']);
    expect(figures.scopes['KZ-61']!.rumors.map((c) => c.status)).toEqual(['DISMISSED', 'INVESTIGATING', 'PUBLISHED']);
    expect(figures.scopes['KZ-75']!.rumors).toEqual([]);
  });

  it('counts verdicts by the day they were approved and times them from the first report', () => {
    expect(figures.scopes.KZ!.verdicts).toEqual({ FALSE: 1, MISLEADING: 1, TRUE: 1, UNVERIFIED: 0 });
    // 10 h (R1), 30 h (R5, from its review), 384 h (R0, reported in December).
    expect(figures.scopes.KZ!.timeToVerdict).toEqual({ count: 3, medianSeconds: h(30), p90Seconds: h(30 + 0.8 * 354) });
    expect(figures.scopes['KZ-47']!.timeToVerdict).toEqual({ count: 2, medianSeconds: h(197), p90Seconds: h(10 + 0.9 * 374) });
    expect(figures.scopes['KZ-61']!.timeToVerdict).toEqual({ count: 1, medianSeconds: h(30), p90Seconds: h(30) });
  });

  it('times the first staff action and the first interim notice', () => {
    // R2 1 h (evidence), R5 1 h (question to a verifier), R6 1 h (merge), R1 2 h (status), R3 5 h (dismissal).
    expect(figures.scopes.KZ!.timeToFirstAction).toEqual({ count: 5, medianSeconds: h(1), p90Seconds: h(2 + 0.6 * 3) });
    expect(figures.scopes['KZ-61']!.timeToFirstAction).toEqual({ count: 3, medianSeconds: h(1), p90Seconds: h(1 + 0.8 * 4) });
    expect(figures.scopes.KZ!.timeToInterimNotice).toEqual({ count: 1, medianSeconds: h(3), p90Seconds: h(3) });
    expect(figures.scopes['KZ-61']!.timeToInterimNotice).toEqual({ count: 0, medianSeconds: null, p90Seconds: null });
  });

  it('counts deadlines met by a verdict, interim notice or dismissal, leaving out merged rumours', () => {
    expect(figures.scopes.KZ!.deadlines).toEqual({ due: 5, met: 3 });
    expect(figures.scopes['KZ-47']!.deadlines).toEqual({ due: 2, met: 1 });
    expect(figures.scopes['KZ-61']!.deadlines).toEqual({ due: 3, met: 2 });
  });

  it('counts notices published, interim, corrected and withdrawn (an interim notice replaced by its verdict is not withdrawn)', () => {
    expect(figures.scopes.KZ!.notices).toEqual({ published: 3, interim: 1, corrected: 1, withdrawn: 1 });
    expect(figures.scopes['KZ-47']!.notices).toEqual({ published: 2, interim: 1, corrected: 1, withdrawn: 1 });
    expect(figures.scopes['KZ-61']!.notices).toEqual({ published: 1, interim: 0, corrected: 0, withdrawn: 0 });
    // Only final notices still published are named.
    expect(figures.publishedNotices.map((n) => [n.slug, n.verdict, n.titles.kk])).toEqual([
      ['r1-final', 'FALSE', 'r1-final kk'],
      ['r5-final', 'TRUE', 'r5-final kk'],
    ]);
  });

  it('measures reach: deliveries per channel, time to 95 % delivered, page views on days in the quarter', () => {
    expect(figures.scopes.KZ!.deliveries).toEqual([
      { channel: 'EMAIL', sent: 0, failed: 1 },
      { channel: 'SMS', sent: 4, failed: 0 },
      { channel: 'TELEGRAM', sent: 2, failed: 0 },
      { channel: 'WEB_PUSH', sent: 8, failed: 0 },
    ]);
    // v1 of R1 never reached 95 % (one e-mail failed); R1 v2 took 90 s, R5 v1 240 s.
    expect(figures.scopes.KZ!.timeTo95PercentDelivered).toEqual({ count: 2, medianSeconds: 165, p90Seconds: 225 });
    expect(figures.scopes.KZ!.pageViews).toBe(22);
    expect(figures.scopes['KZ-47']!.pageViews).toBe(15);
    expect(figures.scopes['KZ-61']!.pageViews).toBe(7);
  });

  it('counts questions to field verifiers, their answers and how long answers took', () => {
    expect(figures.scopes.KZ!.verification).toEqual({ requested: 3, answered: 2, CONFIRMS: 1, DENIES: 1, CANNOT_TELL: 0, answeredOnTime: 1, answerTime: { count: 2, medianSeconds: h(17), p90Seconds: h(4 + 0.9 * 26) } });
    expect(figures.scopes['KZ-47']!.verification.requested).toBe(2);
    expect(figures.scopes['KZ-61']!.verification.requested).toBe(3);
  });

  it('produces a snapshot that its own schema reads back unchanged', () => {
    expect(transparencyFigures.parse(JSON.parse(JSON.stringify(figures)))).toEqual(figures);
    expect(Object.keys(figures.scopes)).toHaveLength(21);
  });
});

// The moderators' inbox: every filter narrows the list, search sees through scripts, region scope
// holds whatever the filters say, and saved filters belong to one person.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportChannel } from '../db/generated/enums';
import type { Actor } from '../policy';
import { clusterPendingReports } from '../reports/cluster-pending-reports';
import { submitReport } from '../reports/submit-report';
import { setupTestDatabase } from '../testing/database';
import { createRumor, createStaff, asActor } from '../testing/fixtures';
import { generateTrackingCode, normalizeReportText } from '../text';
import { listInboxRumors } from './list-inbox';
import { deleteInboxFilter, listInboxFilters, saveInboxFilter } from './saved-filters';
import type { ListInboxInput } from './schema';

const t = setupTestDatabase();
const NOW = new Date('2026-03-10T12:00:00Z');
const HOUR = 3600_000;


let admin: Actor;
let mangystauModerator: Actor;
let turkistanModerator: Actor;
const ids = {} as Record<'internet' | 'bridge' | 'fuel' | 'turkistan' | 'published' | 'noRegion', string>;

/** The inbox's rumour ids as the actor pages through it by cursor, `limit` at a time (ten pages at most). */
async function idsPageByPage(actor: Actor, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor: ListInboxInput['cursor'] = null;
  for (let page = 0; page < 10; page++) {
    const result: Awaited<ReturnType<typeof listInboxRumors>> = await listInboxRumors(t.db, actor, { limit, cursor }, NOW);
    seen.push(...result.items.map((r) => r.id));
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return seen;
}

async function addReport(rumorId: string, text: string, options: { channel?: ReportChannel; regionCode?: string; receivedAt?: Date } = {}) {
  await t.db.report.create({
    data: {
      clientId: randomUUID(),
      trackingCode: generateTrackingCode(),
      channel: options.channel ?? 'WEB',
      rumorId,
      text,
      normalizedText: normalizeReportText(text),
      language: 'kk',
      regionCode: options.regionCode ?? 'KZ-47',
      heardAt: options.receivedAt ?? NOW,
      receivedAt: options.receivedAt ?? NOW,
    },
  });
}

async function titles(actor: Actor, input: ListInboxInput = {}) {
  const { items } = await listInboxRumors(t.db, actor, input, NOW);
  return items.map((r) => r.id).sort();
}

beforeAll(async () => {
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
  mangystauModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
  turkistanModerator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-61']));

  const internet = await createRumor(t.db, 'В Жанаозене отключат интернет', ['KZ-47']);
  await t.db.rumor.update({
    where: { id: internet.id },
    data: { priorityLevel: 'CRITICAL', priorityScore: 90, highRisk: true, language: 'kk', dueAt: new Date(NOW.getTime() - HOUR), lastSeenAt: new Date('2026-03-09T10:00:00Z'), assigneeId: mangystauModerator.id },
  });
  await addReport(internet.id, 'Жаңаөзенде ертең интернет өшіріледі дейді', { channel: 'SMS', receivedAt: new Date(NOW.getTime() - HOUR) });
  await addReport(internet.id, 'Жаңаөзенде интернет болмайды', { channel: 'WEB', receivedAt: new Date(NOW.getTime() - 10 * HOUR) });
  ids.internet = internet.id;

  const bridge = await createRumor(t.db, 'В Актау закроют мост на ремонт', ['KZ-47']);
  await t.db.rumor.update({ where: { id: bridge.id }, data: { priorityLevel: 'NORMAL', priorityScore: 40, dueAt: new Date(NOW.getTime() + HOUR), lastSeenAt: new Date('2026-03-01T10:00:00Z') } });
  await addReport(bridge.id, 'Актауда көпір жабылады', { channel: 'TELEGRAM' });
  ids.bridge = bridge.id;

  // Overdue by its deadline but already published: not "overdue" any more.
  const published = await createRumor(t.db, 'В Актау подорожает бензин вдвое', ['KZ-47'], 'PUBLISHED');
  await t.db.rumor.update({ where: { id: published.id }, data: { priorityScore: 30, dueAt: new Date(NOW.getTime() - 5 * HOUR) } });
  ids.published = published.id;

  const fuel = await createRumor(t.db, 'На заправках Мангистау кончится газ', ['KZ-47'], 'DISMISSED');
  ids.fuel = fuel.id;

  const turkistan = await createRumor(t.db, 'В Туркестане отключат интернет на неделю', ['KZ-61']);
  await t.db.rumor.update({ where: { id: turkistan.id }, data: { highRisk: true, priorityLevel: 'CRITICAL', priorityScore: 95, dueAt: new Date(NOW.getTime() - HOUR) } });
  await addReport(turkistan.id, 'Түркістанда интернет өшіріледі', { channel: 'SMS', regionCode: 'KZ-61' });
  ids.turkistan = turkistan.id;

  ids.noRegion = (await createRumor(t.db, 'Говорят, где-то отменят экзамены', [])).id;
});

describe('inbox filters', () => {
  it('shows open and published rumours by default, and a chosen status only when asked', async () => {
    expect(await titles(admin)).toEqual([ids.internet, ids.bridge, ids.published, ids.turkistan, ids.noRegion].sort());
    expect(await titles(admin, { status: ['DISMISSED'] })).toEqual([ids.fuel]);
  });

  it('narrows by region, risk, priority, language and channel', async () => {
    expect(await titles(admin, { regionCode: 'KZ-61' })).toEqual([ids.turkistan]);
    expect(await titles(admin, { highRiskOnly: true })).toEqual([ids.internet, ids.turkistan].sort());
    expect(await titles(admin, { priority: ['NORMAL'], regionCode: 'KZ-47' })).toEqual([ids.bridge, ids.published].sort());
    expect(await titles(admin, { language: 'kk' })).toEqual([ids.internet]);
    expect(await titles(admin, { channel: 'TELEGRAM' })).toEqual([ids.bridge]);
    expect(await titles(admin, { channel: 'SMS' })).toEqual([ids.internet, ids.turkistan].sort());
  });

  it('narrows by assignee: me, unassigned or a named colleague', async () => {
    expect(await titles(mangystauModerator, { assignee: 'me' })).toEqual([ids.internet]);
    expect(await titles(admin, { assignee: 'me' })).toEqual([]);
    expect(await titles(admin, { assignee: mangystauModerator.id })).toEqual([ids.internet]);
    expect(await titles(mangystauModerator, { assignee: 'unassigned' })).toEqual([ids.bridge, ids.published].sort());
  });

  it('shows as overdue only open rumours past their deadline', async () => {
    expect(await titles(admin, { overdue: true })).toEqual([ids.internet, ids.turkistan].sort());
    const { items } = await listInboxRumors(t.db, admin, {}, NOW);
    const byId = new Map(items.map((r) => [r.id, r]));
    expect(byId.get(ids.internet)?.overdue).toBe(true);
    expect(byId.get(ids.published)?.overdue).toBe(false);
    expect(byId.get(ids.bridge)?.overdue).toBe(false);
  });

  it('narrows by the day a rumour was last seen (Kazakhstan time)', async () => {
    expect(await titles(admin, { lastSeenFrom: '2026-03-09', lastSeenTo: '2026-03-09' })).toEqual([ids.internet]);
    expect(await titles(admin, { lastSeenFrom: '2026-02-28', lastSeenTo: '2026-03-02', regionCode: 'KZ-47' })).toEqual([ids.bridge]);
  });

  it('finds a rumour by the words of a Cyrillic report typed in Kazakh Latin', async () => {
    expect(await titles(mangystauModerator, { q: 'Jañaözende ınternet öşırıledı' })).toEqual([ids.internet]);
    expect(await titles(mangystauModerator, { q: 'kopir' })).toEqual([ids.bridge]);
  });

  it('finds a rumour by its claim', async () => {
    expect(await titles(admin, { q: 'бензин' })).toEqual([ids.published]);
    expect(await titles(admin, { q: '100%' })).toEqual([]);
  });

  it('keeps region scope whatever the filters say', async () => {
    expect(await titles(mangystauModerator, { regionCode: 'KZ-61' })).toEqual([]);
    expect(await titles(mangystauModerator, { q: 'интернет' })).toEqual([ids.internet]);
    expect(await titles(turkistanModerator, { highRiskOnly: true })).toEqual([ids.turkistan]);
    expect(await titles(turkistanModerator, { overdue: true })).toEqual([ids.turkistan]);
    expect(await titles(turkistanModerator)).toEqual([ids.turkistan]);
  });

  it('shows the national queue — rumours no region claims — to admins and national moderators only', async () => {
    const national = asActor(await createStaff(t.db, 'MODERATOR', [], { nationalQueue: true }));
    expect(await titles(national)).toEqual([ids.noRegion]);
    expect(await titles(mangystauModerator)).not.toContain(ids.noRegion);
    expect(await titles(admin)).toContain(ids.noRegion);
  });

  it('reports recent sightings and the assignee name with each row', async () => {
    const { items } = await listInboxRumors(t.db, admin, { q: 'интернет', regionCode: 'KZ-47' }, NOW);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ sightingsLast6h: 1, assigneeName: mangystauModerator.name, overdue: true });
  });

  it('pages through the inbox by cursor without repeating or skipping a rumour', async () => {
    const seen = await idsPageByPage(admin, 2);
    expect(seen).toHaveLength(5);
    expect(seen[0]).toBe(ids.turkistan);
    expect([...seen].sort()).toEqual(await titles(admin));
  });
});

describe('the default order: open work first, most urgent on top', () => {
  it('puts a new critical rumour above one published today with more sightings, and pages across the boundary', async () => {
    // Published today with a surge of sightings: the highest score of all, but no work left in it.
    await t.db.rumor.update({ where: { id: ids.published }, data: { priorityScore: 1000 } });
    try {
      const { items } = await listInboxRumors(t.db, admin, {}, NOW);
      expect(items.at(-1)?.id).toBe(ids.published);
      const open = items.slice(0, -1);
      expect(open.every((r) => ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL'].includes(r.status))).toBe(true);
      expect(open.map((r) => r.priorityScore)).toEqual([...open.map((r) => r.priorityScore)].sort((a, b) => b - a));
      expect(await idsPageByPage(admin, 2)).toEqual(items.map((r) => r.id));
    } finally {
      await t.db.rumor.update({ where: { id: ids.published }, data: { priorityScore: 30 } });
    }
  });
});

describe('saved inbox filters', () => {
  it('belong to the person who saved them', async () => {
    const mine = await saveInboxFilter(t.db, mangystauModerator, { name: 'Overdue SMS', query: { overdue: true, channel: 'SMS' } });
    await saveInboxFilter(t.db, turkistanModerator, { name: 'Overdue SMS', query: { overdue: true } });
    // Saving under the same name replaces the filter.
    await saveInboxFilter(t.db, mangystauModerator, { name: 'Overdue SMS', query: { overdue: true, channel: 'WEB' } });

    expect(await listInboxFilters(t.db, mangystauModerator)).toEqual([{ id: mine.id, name: 'Overdue SMS', query: { overdue: true, channel: 'WEB' } }]);
    expect(await listInboxFilters(t.db, turkistanModerator)).toHaveLength(1);

    expect(await deleteInboxFilter(t.db, turkistanModerator, { id: mine.id })).toEqual({ deleted: 0 });
    expect(await listInboxFilters(t.db, mangystauModerator)).toHaveLength(1);
    expect(await deleteInboxFilter(t.db, mangystauModerator, { id: mine.id })).toEqual({ deleted: 1 });
    expect(await listInboxFilters(t.db, mangystauModerator)).toEqual([]);
  });
});

describe('reports awaiting clustering', () => {
  it('tells each moderator how many stored reports of their regions are still being grouped, until the worker has done it', async () => {
    await clusterPendingReports(t.db, { limit: 1_000 }); // whatever other tests left
    const encryptionKey = Buffer.alloc(32, 3).toString('base64');
    const submit = (text: string, regionCode?: 'KZ-47' | 'KZ-61') => submitReport(t.db, { clientId: randomUUID(), text, regionCode }, { channel: 'API', encryptionKey });
    await submit('Говорят, в Актау закрыли морской порт на неделю', 'KZ-47');
    await submit('Говорят, в Жанаозене отключат газ на три дня', 'KZ-47');
    await submit('Говорят, в Шымкенте закрыли все рынки', 'KZ-61');
    await submit('Говорят, бензин подорожает вдвое по всей стране');
    await submit('Говорят, в Актау на неделю закроют все школы');

    // One with no region names no place: the national queue's (admins'). The other names Aktau:
    // routed to Mangystau at intake, so Mangystau's moderators see it while it waits.
    expect((await listInboxRumors(t.db, mangystauModerator, {}, NOW)).awaitingClustering).toBe(3);
    expect((await listInboxRumors(t.db, turkistanModerator, {}, NOW)).awaitingClustering).toBe(1);
    expect((await listInboxRumors(t.db, admin, {}, NOW)).awaitingClustering).toBe(5);

    await clusterPendingReports(t.db);
    expect((await listInboxRumors(t.db, admin, {}, NOW)).awaitingClustering).toBe(0);
  });
});

// The staff live channel: a report clustered into a rumour reaches the open inboxes of the
// rumour's moderators and admins, and nobody else's — decided from the event itself; a field
// verifier hears only of verification changes in their regions.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverEnv } from '../config/env';
import { EventHub, notifyLiveEvent } from '../live/events';
import { clusterPendingReports } from '../reports/cluster-pending-reports';
import { submitReport } from '../reports/submit-report';
import { signedInApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { createStaff } from '../testing/fixtures';
import { sseReader } from '../testing/sse-reader';
import { handleStaffEvents, staffEventChannel } from './staff-events';

const t = setupTestDatabase();
let hub: EventHub;
type StaffRow = Awaited<ReturnType<typeof createStaff>>;
const staff = {} as Record<'mangystau' | 'turkistan' | 'admin', StaffRow>;

beforeAll(async () => {
  hub = new EventHub(t.url);
  staff.mangystau = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
  staff.turkistan = await createStaff(t.db, 'MODERATOR', ['KZ-61']);
  staff.admin = await createStaff(t.db, 'ADMIN', []);
});
afterAll(() => expect(hub.subscriberCount).toBe(0));

async function open(user: StaffRow, { lastEventId, query }: { lastEventId?: string; query?: string } = {}) {
  const abort = new AbortController();
  const request = new Request(`http://raspa.test/api/admin/events${query ?? ''}`, { signal: abort.signal, headers: lastEventId ? { 'last-event-id': lastEventId } : {} });
  const response = await handleStaffEvents(request, signedInApiDeps(t, user, { liveEvents: hub }));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const { next: nextFrame } = sseReader(response);
  expect(await nextFrame()).toBe('retry: 5000\n: connected');
  /** The next frame of the given event type (a rumour's creation also sends rumor.changed). */
  const next = async (type = 'report.created') => {
    for (;;) {
      const frame = await nextFrame();
      if (frame.startsWith(`event: ${type}\n`)) return frame;
    }
  };
  return { next, nextFrame, close: () => abort.abort() };
}

const data = (frame: string) => JSON.parse(/^data: (.*)$/m.exec(frame)![1]!) as Record<string, unknown>;
const replayedRumors = (frame: string) => data(frame).rumorId;
const idOf = (frame: string) => /^id: (.*)$/m.exec(frame)![1]!;
const changed = (rumorId: string, regionCodes: string[], action = 'comment.added') =>
  t.db.$transaction((tx) => notifyLiveEvent(tx, { type: 'rumor.changed', action, rumorId, regionCodes }));

describe('GET /api/admin/events', () => {
  it('sends each clustered report to the moderators of its rumour’s regions and to admins, and to no one else', async () => {
    const mangystau = await open(staff.mangystau);
    const turkistan = await open(staff.turkistan);
    const admin = await open(staff.admin);
    expect(staffEventChannel({ liveEvents: hub }).clientCount).toBe(3);

    const submit = (text: string, regionCode: 'KZ-47' | 'KZ-61') => submitReport(t.db, { clientId: randomUUID(), text, regionCode }, { channel: 'API', encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY });
    await submit('Говорят, в Актау на неделю закроют морской порт', 'KZ-47');
    await submit('В Туркестане будто бы отменят все рейсы автобусов', 'KZ-61');
    const clustered = await clusterPendingReports(t.db);
    expect(clustered).toHaveLength(2);
    const [aktau, turkestan] = clustered;

    // Each stream's first event is the one it may see: the Turkistan moderator's first is the second report.
    const first = await mangystau.next();
    expect(first).toMatch(/^event: report.created\nid: [0-9a-f]+\.\d+\ndata: /);
    expect(data(first)).toEqual({ rumorId: aktau!.rumorId });
    expect(data(await turkistan.next())).toEqual({ rumorId: turkestan!.rumorId });
    expect(data(await admin.next())).toEqual({ rumorId: aktau!.rumorId });
    expect(data(await admin.next())).toEqual({ rumorId: turkestan!.rumorId });

    // The event itself says whom it concerns: a rumour that now also touches Turkistan reaches its moderator too.
    await t.db.$transaction((tx) => notifyLiveEvent(tx, { type: 'report.created', reportId: randomUUID(), rumorId: aktau!.rumorId, regionCodes: ['KZ-47', 'KZ-61'] }));
    expect(data(await mangystau.next())).toEqual({ rumorId: aktau!.rumorId });
    expect(data(await turkistan.next())).toEqual({ rumorId: aktau!.rumorId });

    for (const stream of [mangystau, turkistan, admin]) stream.close();
    await expect.poll(() => staffEventChannel({ liveEvents: hub }).clientCount).toBe(0);
    await expect.poll(() => hub.subscriberCount).toBe(0);
  });

  it('tells a field verifier of the region that a verification changed, and nothing else', async () => {
    const verifier = await createStaff(t.db, 'VERIFIER', ['KZ-47']);
    const stream = await open(verifier);
    await t.db.$transaction((tx) => notifyLiveEvent(tx, { type: 'report.created', reportId: randomUUID(), rumorId: randomUUID(), regionCodes: ['KZ-47'] }));
    await t.db.$transaction((tx) => notifyLiveEvent(tx, { type: 'rumor.changed', action: 'evidence.added', rumorId: randomUUID(), regionCodes: ['KZ-47'] }));
    const asked = randomUUID();
    await t.db.$transaction((tx) => notifyLiveEvent(tx, { type: 'rumor.changed', action: 'verification.requested', rumorId: asked, regionCodes: ['KZ-47'] }));
    // The first frame this verifier gets at all is the verification request.
    expect(data(await stream.next('rumor.changed'))).toEqual({ rumorId: asked, action: 'verification.requested' });
    stream.close();
    await expect.poll(() => staffEventChannel({ liveEvents: hub }).clientCount).toBe(0);
  });

  it('catches a reconnecting browser up on what it missed and may see, once and in order, from memory', async () => {
    // A colleague stays connected all along (the channel keeps listening); the Mangystau moderator's phone loses its network.
    const admin = await open(staff.admin);
    const phone = await open(staff.mangystau);
    const before = randomUUID();
    await changed(before, ['KZ-47']);
    const seen = await phone.next('rumor.changed');
    expect(data(seen)).toEqual({ rumorId: before, action: 'comment.added' });
    expect(data(await admin.next('rumor.changed')).rumorId).toBe(before);
    phone.close();
    await expect.poll(() => staffEventChannel({ liveEvents: hub }).clientCount).toBe(1);

    // While it is away: its region's changes, another region's, and one touching both.
    const [missedFirst, elsewhere, missedShared, missedLast] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await changed(missedFirst, ['KZ-47'], 'verification.answered');
    await changed(elsewhere, ['KZ-61']);
    await changed(missedShared, ['KZ-61', 'KZ-47'], 'evidence.added');
    await changed(missedLast, ['KZ-47'], 'verdict.approved');
    for (const rumorId of [missedFirst, elsewhere, missedShared, missedLast]) expect(data(await admin.next('rumor.changed')).rumorId).toBe(rumorId);

    // The browser reconnects by itself with Last-Event-ID: the three it may see, in order, each with its id; then live again.
    const back = await open(staff.mangystau, { lastEventId: idOf(seen) });
    const replayed = [await back.nextFrame(), await back.nextFrame(), await back.nextFrame()];
    expect(replayed.map((frame) => data(frame))).toEqual([
      { rumorId: missedFirst, action: 'verification.answered' },
      { rumorId: missedShared, action: 'evidence.added' },
      { rumorId: missedLast, action: 'verdict.approved' },
    ]);
    const ids = replayed.map(idOf);
    expect(new Set(ids).size).toBe(3);
    const live = randomUUID();
    await changed(live, ['KZ-47']);
    const next = await back.nextFrame();
    expect(data(next)).toEqual({ rumorId: live, action: 'comment.added' });
    expect(next).not.toContain(missedLast);

    // A page that opened a new stream says where it was in the query; having seen everything, it gets only what follows.
    const reopened = await open(staff.mangystau, { query: `?lastEventId=${encodeURIComponent(idOf(next))}` });
    const after = randomUUID();
    await changed(after, ['KZ-47']);
    expect(data(await reopened.nextFrame()).rumorId).toBe(after);

    // The Turkistan moderator, reconnecting from the same point, gets only Turkistan's.
    const turkistan = await open(staff.turkistan, { lastEventId: idOf(seen) });
    expect(replayedRumors(await turkistan.nextFrame())).toBe(elsewhere);
    expect(replayedRumors(await turkistan.nextFrame())).toBe(missedShared);

    for (const stream of [admin, back, reopened, turkistan]) stream.close();
    await expect.poll(() => staffEventChannel({ liveEvents: hub }).clientCount).toBe(0);
  });

  it('tells a browser whose gap cannot be bridged to reload its view (resync): another process or epoch, or nobody listening meanwhile', async () => {
    const first = await open(staff.mangystau);
    const rumorId = randomUUID();
    await changed(rumorId, ['KZ-47']);
    const seen = await first.next('rumor.changed');
    first.close();
    // Nobody was connected: the process stopped listening and cannot know what it missed.
    await expect.poll(() => hub.subscriberCount).toBe(0);
    await changed(randomUUID(), ['KZ-47']);
    const back = await open(staff.mangystau, { lastEventId: idOf(seen) });
    const resync = await back.nextFrame();
    expect(resync).toMatch(/^event: resync\nid: [0-9a-f]+\.\d+\ndata: \{\}$/);
    // Live events follow, numbered from the id resync gave.
    const live = randomUUID();
    await changed(live, ['KZ-47']);
    const liveFrame = await back.nextFrame();
    expect(data(liveFrame).rumorId).toBe(live);
    back.close();

    // The process's LISTEN connection drops (a database failover): what was committed meanwhile
    // was never heard, so every open stream is told to reload once the hub listens again.
    const open47 = await open(staff.mangystau);
    const before = await open(staff.mangystau, { lastEventId: idOf(liveFrame) });
    await t.db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'raspa-live-events' AND datname = current_database()`;
    expect(await open47.nextFrame()).toMatch(/^event: resync\n/);
    expect(await before.nextFrame()).toMatch(/^event: resync\n/);
    const afterFailover = randomUUID();
    await changed(afterFailover, ['KZ-47']);
    expect(data(await open47.nextFrame()).rumorId).toBe(afterFailover);
    open47.close();
    before.close();

    for (const id of ['forged', 'ffffffffff.1', `${idOf(seen).split('.')[0]}.99999999`]) {
      const stream = await open(staff.mangystau, { lastEventId: id });
      expect(await stream.nextFrame()).toMatch(/^event: resync\n/);
      stream.close();
    }
    await expect.poll(() => staffEventChannel({ liveEvents: hub }).clientCount).toBe(0);
  });

  it('refuses a signed-out visitor (401) and a hotline operator (403) before opening a stream', async () => {
    const request = () => new Request('http://raspa.test/api/admin/events');
    const signedOut = await handleStaffEvents(request(), { ...signedInApiDeps(t, staff.admin, { liveEvents: hub }), session: async () => null });
    expect(signedOut.status).toBe(401);
    const operator = await createStaff(t.db, 'PROXY', []);
    expect((await handleStaffEvents(request(), signedInApiDeps(t, operator, { liveEvents: hub }))).status).toBe(403);
    await t.db.user.update({ where: { id: staff.turkistan.id }, data: { active: false } });
    expect((await handleStaffEvents(request(), signedInApiDeps(t, staff.turkistan, { liveEvents: hub }))).status).toBe(401);
    expect(hub.subscriberCount).toBe(0);
  });
});

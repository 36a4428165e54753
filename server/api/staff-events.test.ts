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

async function open(user: StaffRow) {
  const abort = new AbortController();
  const response = await handleStaffEvents(new Request('http://raspa.test/api/admin/events', { signal: abort.signal }), signedInApiDeps(t, user, { liveEvents: hub }));
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
  return { next, close: () => abort.abort() };
}

const data = (frame: string) => JSON.parse(/^data: (.*)$/m.exec(frame)![1]!) as Record<string, unknown>;

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
    expect(first).toMatch(/^event: report.created\ndata: /);
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

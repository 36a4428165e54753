// Server-side staff sessions: ending one — deactivation, sign-out, "sign out everywhere" — takes
// effect at the member's very next request on every edge (tRPC, HTTP handlers, the open live
// stream), not when the 12-hour cookie expires.
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleStaffEvents, staffEventChannel } from '../api/staff-events';
import { EventHub } from '../live/events';
import { loadSignedInStaff } from '../staff/load-actor';
import { signedInApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { sseReader } from '../testing/sse-reader';
import { createCaller } from '../trpc/app-router';
import { signInStaff } from './sign-in';
import { deviceFromUserAgent, endSignedOutSession } from './staff-sessions';

const t = setupTestDatabase();
let hub: EventHub;
let adminCaller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  hub = new EventHub(t.url);
  adminCaller = createCaller({ db: t.db, session: await sessionFor(t.db, await createStaff(t.db, 'ADMIN', [])), requestId: 'sessions' });
  await createRumor(t.db, 'Говорят, в Актау закроют порт', ['KZ-47']);
});
afterAll(() => expect(hub.subscriberCount).toBe(0));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

async function openStream(deps: ReturnType<typeof signedInApiDeps>) {
  const abort = new AbortController();
  const response = await handleStaffEvents(new Request('http://raspa.test/api/admin/events', { signal: abort.signal }), deps);
  expect(response.status).toBe(200);
  const reader = sseReader(response);
  expect(await reader.next()).toBe('retry: 5000\n: connected');
  return { ...reader, close: () => abort.abort() };
}

describe('a staff session', () => {
  it('a deactivated member loses access mid-session: their next request fails on every edge', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const session = await sessionFor(t.db, moderator);
    const caller = createCaller({ db: t.db, session, requestId: 'sessions' });
    const deps = signedInApiDeps(t, moderator, { liveEvents: hub, session: async () => session });
    expect((await caller.rumors.inbox({})).items.length).toBeGreaterThan(0);
    const stream = await openStream(deps);

    await adminCaller.staff.deactivate({ id: moderator.id });

    expect(await codeOf(caller.rumors.inbox({}))).toBe('UNAUTHORIZED');
    expect(await codeOf(caller.account.endOtherSessions())).toBe('UNAUTHORIZED');
    expect((await handleStaffEvents(new Request('http://raspa.test/api/admin/events'), deps)).status).toBe(401);
    // The stream that was already open is closed, not left running on the old authorisation.
    await expect(stream.next()).rejects.toThrow('stream ended');
    await expect.poll(() => staffEventChannel({ liveEvents: hub }).clientCount).toBe(0);
  });

  it('signing out ends the session on the server: a copy of the cookie no longer works', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const signedIn = await signInStaff(t.db, { email: moderator.email, password: 'correct horse battery' }, new Date(), deviceFromUserAgent('Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36'));
    if (!signedIn.ok) throw new Error('sign-in failed');
    const session = { user: { id: moderator.id, sessionId: signedIn.sessionId, name: moderator.name, email: moderator.email }, expires: new Date(Date.now() + 3600_000).toISOString() };
    const caller = createCaller({ db: t.db, session, requestId: 'sessions' });
    expect(await codeOf(caller.rumors.inbox({}))).toBe('ok');
    expect(await t.db.staffSession.findUniqueOrThrow({ where: { id: signedIn.sessionId } })).toMatchObject({ browser: 'Chrome', os: 'Android', deviceType: 'mobile' });

    await endSignedOutSession(t.db, { userId: moderator.id, sessionId: signedIn.sessionId });
    expect(await codeOf(caller.rumors.inbox({}))).toBe('UNAUTHORIZED');
    expect(await t.db.staffSession.findUniqueOrThrow({ where: { id: signedIn.sessionId } })).toMatchObject({ revokedReason: 'SIGNED_OUT' });
  });

  it('"sign out everywhere" by an admin ends every session of the member, and a role change closes their live stream', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const [laptop, phone] = [await sessionFor(t.db, moderator), await sessionFor(t.db, moderator)];
    const stream = await openStream(signedInApiDeps(t, moderator, { liveEvents: hub, session: async () => laptop }));
    await adminCaller.staff.update({ id: moderator.id, name: moderator.name, role: 'MODERATOR', regionCodes: ['KZ-61'], nationalQueue: false, canViewContacts: false });
    await expect(stream.next()).rejects.toThrow('stream ended');

    await adminCaller.staff.endSessions({ id: moderator.id });
    for (const session of [laptop, phone]) expect(await codeOf(createCaller({ db: t.db, session, requestId: 'sessions' }).rumors.inbox({}))).toBe('UNAUTHORIZED');
  });

  it('an expired session, or a cookie without a session record (issued before sessions were recorded), is refused', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const session = await sessionFor(t.db, moderator);
    await t.db.staffSession.update({ where: { id: session.user.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await codeOf(createCaller({ db: t.db, session, requestId: 'sessions' }).rumors.inbox({}))).toBe('UNAUTHORIZED');
    const legacy = { user: { ...session.user, sessionId: '' }, expires: session.expires };
    expect(await codeOf(createCaller({ db: t.db, session: legacy, requestId: 'sessions' }).rumors.inbox({}))).toBe('UNAUTHORIZED');
    // Another member's session id does not work with this member's cookie.
    const other = await sessionFor(t.db, await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    expect(await codeOf(createCaller({ db: t.db, session: { ...session, user: { ...session.user, sessionId: other.user.sessionId } }, requestId: 'sessions' }).rumors.inbox({}))).toBe('UNAUTHORIZED');
  });

  it('a member who must change their password, or an admin who must set up two-factor, can only use their account until they do', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    await t.db.user.update({ where: { id: moderator.id }, data: { passwordMustChange: true } });
    const session = await sessionFor(t.db, moderator);
    const caller = createCaller({ db: t.db, session, requestId: 'sessions' });
    await expect(caller.rumors.inbox({})).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'passwordChangeRequired' });
    await caller.account.changePassword({ currentPassword: 'correct horse battery', newPassword: 'Tuzdy-koldin-zhagasy', confirmPassword: 'Tuzdy-koldin-zhagasy' });
    expect(await codeOf(caller.rumors.inbox({}))).toBe('ok');

    const admin = await createStaff(t.db, 'ADMIN', []);
    const adminSession = await sessionFor(t.db, admin);
    const ids = { userId: admin.id, sessionId: adminSession.user.sessionId };
    expect((await loadSignedInStaff(t.db, ids, { requireAdminTwoFactor: true }))?.gate).toBe('twoFactorRequired');
    expect((await loadSignedInStaff(t.db, ids, { requireAdminTwoFactor: false }))?.gate).toBeNull();
    await t.db.user.update({ where: { id: admin.id }, data: { totpEnabledAt: new Date(), totpSecretCipher: 'x' } });
    expect((await loadSignedInStaff(t.db, ids, { requireAdminTwoFactor: true }))?.gate).toBeNull();
  });
});

describe('the device of a session', () => {
  it('keeps the browser and system family only', () => {
    expect(deviceFromUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toEqual({ browser: 'Firefox', os: 'Windows', deviceType: 'desktop' });
    expect(deviceFromUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toEqual({ browser: 'Safari', os: 'iOS', deviceType: 'mobile' });
    expect(deviceFromUserAgent(null)).toEqual({ browser: null, os: null, deviceType: null });
  });
});

// The staff pages' searches (the SMS log's phone numbers and message text, the risk terms) are
// posted and come back in the page's address only sealed for the one who searched.
import { describe, expect, it } from 'vitest';
import { openStaffSearch } from '../staff/sealed-search';
import { testApiDeps, TEST_PUBLIC_ORIGIN } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { watchedApiDeps } from '../testing/failing-deps';
import { createStaff, sessionFor } from '../testing/fixtures';
import { handleStaffSearchPost } from './staff-search-form';

const t = setupTestDatabase();

const posted = (fields: Record<string, string>, headers: Record<string, string> = { origin: TEST_PUBLIC_ORIGIN }) =>
  new Request(`${TEST_PUBLIC_ORIGIN}/api/admin/search`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });

describe('POST /api/admin/search (the staff pages\' search forms)', () => {
  it('sends a moderator back to the SMS log with the phone number sealed in the address, for them alone, and the filters as they were', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const colleague = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const deps = testApiDeps(t, { session: async () => sessionFor(t.db, moderator) });
    const response = await handleStaffSearchPost(posted({ page: 'sms-log', locale: 'kk', q: ' +7 701 999 00 11 ', direction: 'INBOUND', status: 'FAILED' }), deps);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!, 'http://localhost');
    expect(location.pathname).toBe('/kk/admin/channels');
    expect(location.hash).toBe('#sms-log-title');
    expect([...location.searchParams.keys()]).toEqual(['search', 'direction', 'status']);
    expect(decodeURIComponent(location.href)).not.toMatch(/701|999/);
    expect(openStaffSearch(location.searchParams.get('search')!, moderator.id, deps.encryptionKey)).toBe('+7 701 999 00 11');
    // The same address in another member's browser (or anyone's log) opens nothing.
    expect(openStaffSearch(location.searchParams.get('search')!, colleague.id, deps.encryptionKey)).toBeUndefined();
    expect(openStaffSearch(`${location.searchParams.get('search')!.slice(0, -2)}AA`, moderator.id, deps.encryptionKey)).toBeUndefined();
    // No words: the filters alone, nothing sealed.
    const unsearched = await handleStaffSearchPost(posted({ page: 'sms-log', locale: 'ru', q: '  ', direction: 'OUTBOUND' }), deps);
    expect(unsearched.headers.get('location')).toBe(`/ru/admin/channels?direction=OUTBOUND#sms-log-title`);
  });

  it('sends an admin back to the risk terms with the term sealed; a moderator, the signed out and a foreign or damaged post get the page unsearched', async () => {
    const admin = await createStaff(t.db, 'ADMIN', []);
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const asAdmin = testApiDeps(t, { session: async () => sessionFor(t.db, admin) });
    const location = new URL((await handleStaffSearchPost(posted({ page: 'risk-terms', locale: 'en', q: 'погром' }), asAdmin)).headers.get('location')!, 'http://localhost');
    expect(`${location.pathname}${location.hash}`).toBe('/en/admin/settings#risk-terms-title');
    expect(openStaffSearch(location.searchParams.get('termSearch')!, admin.id, asAdmin.encryptionKey)).toBe('погром');
    expect(decodeURIComponent(location.href)).not.toContain('погром');

    const back = async (request: Request, deps = asAdmin) => (await handleStaffSearchPost(request, deps)).headers.get('location');
    expect(await back(posted({ page: 'risk-terms', locale: 'en', q: 'погром' }), testApiDeps(t, { session: async () => sessionFor(t.db, moderator) }))).toBe(`/en/admin/settings#risk-terms-title`);
    expect(await back(posted({ page: 'sms-log', locale: 'ru', q: 'мост' }), testApiDeps(t, { session: async () => null }))).toBe(`/ru/admin/channels#sms-log-title`);
    expect(await back(posted({ page: 'constructor', locale: 'xx', q: 'мост' }))).toBe(`/kk/admin`);
    expect(await back(new Request(`${TEST_PUBLIC_ORIGIN}/api/admin/search`, { method: 'POST', headers: { origin: TEST_PUBLIC_ORIGIN, 'content-type': 'multipart/form-data; boundary=zz' }, body: new Uint8Array([0xff, 0x00]) }))).toBe(`/kk/admin`);
    const foreign = await handleStaffSearchPost(posted({ page: 'sms-log', locale: 'ru', q: 'мост' }, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }), asAdmin);
    expect(foreign.status).toBe(403);
  });

  it('a failure of ours is a 500 error page with the search in a form to send again (never in an address), and the error is logged without the words', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    // A key that cannot seal the words: the server's fault, not the search's.
    const { deps, logged } = watchedApiDeps(t, { encryptionKey: 'not-a-key', session: async () => sessionFor(t.db, moderator) });
    const response = await handleStaffSearchPost(posted({ page: 'sms-log', locale: 'ru', q: '+7 701 999 00 11', direction: 'INBOUND' }), deps);
    expect(response.status).toBe(500);
    expect(response.headers.get('location')).toBeNull();
    const page = await response.text();
    expect(page).toContain('<html lang="ru"');
    expect(page).toContain('Что-то пошло не так');
    expect(page).toContain('action="/api/admin/search"');
    expect(page).toContain('value="+7 701 999 00 11"');
    expect(page).toContain('value="INBOUND"');
    expect(logged.map(({ level }) => level)).toEqual(['error']);
    expect(logged[0]!.line).not.toMatch(/701|999/);
  });
});

// The public pages' plain forms without JavaScript: every answer is a redirect to a page the
// citizen can read — the tracking page once the report is stored, the form saying what was wrong
// otherwise — however damaged the post (these were server actions, answered 500 when tampered).
import { describe, expect, it, vi } from 'vitest';
import { TEST_PUBLIC_ORIGIN, testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { formFieldsOn, LIMITER_FAILS, unreachableDb, watchedApiDeps } from '../testing/failing-deps';
import { identifyingJpeg, pngDeclaring } from '../testing/images';
import { takeReportFormDraft } from '../reports/report-form-draft';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleCheckFormPost, handleForgetContactFormPost, handleReportFormPost, handleReportStartPost } from './page-forms';
import { handleRegionChoice } from './region-choice';
import { pageRenderLimits } from './public-pages';

const t = setupTestDatabase();
const limited = { consumeRateLimit: async () => ({ allowed: false, retryAfterSeconds: 60 }) };

function reportForm(fields: Record<string, string>, images: Buffer[] = []): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const image of images) form.append('images', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), 'photo.jpg');
  return new Request('http://raspa.test/ru/report/send', { method: 'POST', body: form });
}

const raw = (path: string, body: string | Uint8Array<ArrayBuffer>, contentType: string) => new Request(`http://raspa.test${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('POST /<locale>/report/send (the report form without JavaScript)', () => {
  it('stores the report with its photo and sends the citizen to its tracking page; the same form again does not store it twice', async () => {
    const clientId = crypto.randomUUID();
    const fields = { clientId, text: 'Говорят, в Актау на неделю закроют морской порт', regionCode: 'KZ-47' };
    const sent = await handleReportFormPost(reportForm(fields, [await identifyingJpeg()]), testApiDeps(t), { locale: 'ru' });
    expect(sent.status).toBe(303);
    const location = sent.headers.get('location')!;
    expect(location).toMatch(/^\/ru\/track\/[A-Z0-9]+\?sent=1$/);
    const stored = await t.db.report.findUniqueOrThrow({ where: { clientId }, include: { attachments: true } });
    expect(location).toContain(stored.trackingCode);
    expect(stored.attachments).toHaveLength(1);

    const again = await handleReportFormPost(reportForm(fields), testApiDeps(t), { locale: 'ru' });
    expect(again.headers.get('location')).toBe(location);
    expect(await t.db.report.count({ where: { clientId } })).toBe(1);
  });

  it('sends a damaged, mistyped or refused post back to the form in its language, saying why', async () => {
    const back = async (request: Request, locale = 'kk', deps = testApiDeps(t)) => {
      const response = await handleReportFormPost(request, deps, { locale });
      expect(response.status).toBe(303);
      return response.headers.get('location');
    };
    // A multipart body cut off in the middle, random bytes, the wrong content type: unreadable.
    const complete = await reportForm({ clientId: crypto.randomUUID(), text: 'Говорят, закроют порт' }).arrayBuffer();
    const boundary = (await reportForm({ a: 'b' }).headers.get('content-type'))!;
    expect(await back(raw('/kk/report/send', new Uint8Array(complete).slice(0, 90), boundary))).toBe('/kk/report?error=invalid');
    expect(await back(raw('/kk/report/send', new Uint8Array([0xc3, 0x28, 0xff, 0x00]), 'multipart/form-data; boundary=x'))).toBe('/kk/report?error=invalid');
    expect(await back(raw('/kk/report/send', '{"text":"x"}', 'application/json'))).toBe('/kk/report?error=invalid');
    // Fields that fail the report's own schema name their problem.
    expect(await back(reportForm({ clientId: 'not-a-uuid', text: 'Говорят, закроют порт' }), 'en')).toMatch(/^\/en\/report\?draft=[A-Za-z0-9_-]{43}$/);
    // A refused photo: the words typed beside it come back (from a draft, never in the address).
    const photo = new URL((await back(reportForm({ clientId: crypto.randomUUID(), text: 'Говорят, закроют порт' }, [pngDeclaring(20000, 20000)])))!, 'http://raspa.test');
    expect(await takeReportFormDraft(t.db, testApiDeps(t).encryptionKey, photo.searchParams.get('draft')!)).toEqual({ error: 'imageTooManyPixels', values: { text: 'Говорят, закроют порт' } });
    expect(await back(reportForm({}, [pngDeclaring(20000, 20000)]))).toBe('/kk/report?error=imageTooManyPixels');
    // Too many from one network with nothing typed: the form says so (with words typed: a page keeps them, below).
    expect(await back(reportForm({ clientId: crypto.randomUUID() }), 'ru', testApiDeps(t, limited))).toBe('/ru/report?error=rateLimited');
    // A post from another site's page is refused with a page saying so (proxy.ts does not see this endpoint).
    const foreign = await handleReportFormPost(new Request('http://raspa.test/ru/report/send', { method: 'POST', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, body: new URLSearchParams({ text: 'x' }) }), testApiDeps(t), { locale: 'ru' });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('<html lang="ru">');
    // A language the site does not have falls back to the default one.
    expect(await back(reportForm({ text: '' }), 'xx')).toMatch(/^\/(kk|ru|en)\/report\?error=/);
  });
});

describe('"when did you hear it" typed without JavaScript', () => {
  it('is read as the page\'s language writes it, in Kazakhstan time', async () => {
    const clientId = crypto.randomUUID();
    const sent = await handleReportFormPost(reportForm({ clientId, text: 'Айтуларынша, Ақтауда порт бір аптаға жабылады', heardAt: '31.03.2026 14:30' }), testApiDeps(t), { locale: 'kk' });
    expect(sent.headers.get('location')).toMatch(/\/kk\/track\//);
    expect((await t.db.report.findUniqueOrThrow({ where: { clientId } })).heardAt.toISOString()).toBe('2026-03-31T09:30:00.000Z');
  });

  it('goes back to the form with the error beside the field and everything typed (never a contact) kept on the server, not in the address', async () => {
    const clientId = crypto.randomUUID();
    const fields = { clientId, text: 'Айтуларынша, Ақтауда порт бір аптаға жабылады', regionCode: 'KZ-47', settlement: 'Ақтау', heardVia: 'WHATSAPP', heardAt: '31.02.2026 14:30', 'contact.value': '+7 701 555 44 33' };
    const response = await handleReportFormPost(reportForm(fields), testApiDeps(t), { locale: 'kk' });
    const location = response.headers.get('location')!;
    const back = new URL(location, 'http://raspa.test');
    expect(back.pathname).toBe('/kk/report');
    // Only the draft's id travels: no typed word in the history, a proxy's log or the next Referer.
    expect([...back.searchParams.keys()]).toEqual(['draft']);
    expect(decodeURIComponent(location)).not.toMatch(/Ақтау|WHATSAPP|31\.02/);
    // Stored sealed: neither the text nor the place is readable in the table.
    const [row] = await t.db.reportFormDraft.findMany({ where: { cipher: { contains: 'v1.' } }, orderBy: { createdAt: 'desc' }, take: 1 });
    expect(row?.cipher).not.toMatch(/Ақтау|порт|WHATSAPP/);
    expect(await t.db.report.count({ where: { clientId } })).toBe(0);

    const deps = testApiDeps(t);
    expect(await takeReportFormDraft(t.db, deps.encryptionKey, back.searchParams.get('draft')!)).toEqual({
      error: 'heardAtInvalid',
      field: 'heardAt',
      values: { text: fields.text, regionCode: 'KZ-47', settlement: 'Ақтау', heardVia: 'WHATSAPP', heardAt: '31.02.2026 14:30' },
    });
    // Month first (as the browser's own picker wrote it in Kazakh) is no day either.
    const usStyle = new URL((await handleReportFormPost(reportForm({ ...fields, heardAt: '03/31/2026 02:30 PM' }), deps, { locale: 'kk' })).headers.get('location')!, 'http://raspa.test');
    expect((await takeReportFormDraft(t.db, deps.encryptionKey, usStyle.searchParams.get('draft')!))?.error).toBe('heardAtInvalid');
  });
});

describe('POST /<locale>/privacy/forget', () => {
  it('answers nothing typed and done with a redirect to the privacy page, the code in no address', async () => {
    const answer = async (request: Request, deps = testApiDeps(t)) => {
      const response = await handleForgetContactFormPost(request, deps, { locale: 'en' });
      expect(response.status).toBe(303);
      return response.headers.get('location');
    };
    const form = (code: string) => raw('/en/privacy/forget', new URLSearchParams({ code }).toString(), 'application/x-www-form-urlencoded');
    expect(await answer(form(' '))).toBe('/en/privacy?forget=missing#forget');
    expect(await answer(form('ABCD2345'))).toBe('/en/privacy?forget=done#forget');
    // Damaged bodies come back to the form instead of failing.
    expect(await answer(raw('/en/privacy/forget', new Uint8Array([0xff, 0xfe, 0x00]), 'multipart/form-data; boundary=zz'))).toBe('/en/privacy?forget=invalid#forget');
    expect(await answer(raw('/en/privacy/forget', 'x'.repeat(20_000), 'application/x-www-form-urlencoded'))).toBe('/en/privacy?forget=missing#forget');
  });

  it('a code to correct, or to send again after the wait, comes back in the page that answers the post (400, or 429 with Retry-After), never in an address', async () => {
    // This process's own render of the privacy page, as the server asks for it (server/api/public-pages.ts).
    const renders: { url: string; code: unknown; retryAfter: unknown; token: unknown }[] = [];
    const ownPages: Server = createServer((request, response) => {
      renders.push({ url: request.url ?? '', code: request.headers['x-raspa-forget-code'], retryAfter: request.headers['x-raspa-forget-retry-after'], token: request.headers['x-raspa-page-render'] });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html lang="en"><body>the privacy page</body></html>');
    });
    await new Promise<void>((resolve) => ownPages.listen(0, '127.0.0.1', resolve));
    vi.stubEnv('PORT', String((ownPages.address() as AddressInfo).port));
    try {
      const form = (code: string) => raw('/en/privacy/forget', new URLSearchParams({ code }).toString(), 'application/x-www-form-urlencoded');
      const malformed = await handleForgetContactFormPost(form('K7PM-4XQ'), testApiDeps(t), { locale: 'en' });
      expect(malformed.status).toBe(400);
      expect(malformed.headers.get('location')).toBeNull();
      expect(malformed.headers.get('cache-control')).toBe('private, no-store');
      expect(await malformed.text()).toContain('the privacy page');

      const tooMany = await handleForgetContactFormPost(form('ABCD 2345'), testApiDeps(t, { consumeRateLimit: async () => ({ allowed: false, retryAfterSeconds: 170 }) }), { locale: 'en' });
      expect(tooMany.status).toBe(429);
      expect(tooMany.headers.get('retry-after')).toBe('170');
      expect(tooMany.headers.get('location')).toBeNull();

      expect(renders.map(({ url, code, retryAfter }) => ({ url, code, retryAfter }))).toEqual([
        { url: '/en/privacy?forget=invalid', code: 'K7PM-4XQ', retryAfter: undefined },
        { url: '/en/privacy?forget=rateLimited', code: 'ABCD%202345', retryAfter: '170' },
      ]);
      // Only the server's own render carries the code: it holds the token no reader can know.
      expect(renders.every(({ token }) => typeof token === 'string' && token.length > 20)).toBe(true);
    } finally {
      vi.unstubAllEnvs();
      ownPages.closeAllConnections();
      await new Promise((resolve) => ownPages.close(resolve));
    }
  });
});

describe('the check page\'s forms keep what was searched out of every address', () => {
  const posted = (path: string, fields: Record<string, string>) => raw(path, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');

  it('"Report this" keeps the searched text as a draft the report form reads once, and only the draft\'s id is in the address', async () => {
    const searched = 'Говорят, в Таразе продают воду из отравленной реки';
    const response = await handleReportStartPost(posted('/ru/report/start', { text: searched }), testApiDeps(t), { locale: 'ru' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!, 'http://raspa.test');
    expect(location.pathname).toBe('/ru/report');
    expect([...location.searchParams.keys()]).toEqual(['draft']);
    expect(decodeURIComponent(location.href)).not.toContain('Тараз');
    const deps = testApiDeps(t);
    // No refusal to show: the form just starts with the text.
    expect(await takeReportFormDraft(t.db, deps.encryptionKey, location.searchParams.get('draft')!)).toEqual({ values: { text: searched } });
    expect(await takeReportFormDraft(t.db, deps.encryptionKey, location.searchParams.get('draft')!)).toBeNull();
  });

  it('"Report this" without a text, refused or from another site keeps nothing', async () => {
    const before = await t.db.reportFormDraft.count();
    const answer = async (request: Request, deps = testApiDeps(t)) => (await handleReportStartPost(request, deps, { locale: 'kk' })).headers.get('location');
    expect(await answer(posted('/kk/report/start', { text: '  ' }))).toBe('/kk/report');
    expect(await answer(raw('/kk/report/start', new Uint8Array([0xff, 0x00]), 'multipart/form-data; boundary=zz'))).toBe('/kk/report');
    const foreign = await handleReportStartPost(new Request('http://raspa.test/kk/report/start', { method: 'POST', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, body: new URLSearchParams({ text: 'x' }) }), testApiDeps(t), { locale: 'kk' });
    expect(foreign.status).toBe(403);
    expect(await t.db.reportFormDraft.count()).toBe(before);
  });

  it('the question posted empty, damaged or from another site goes back to the empty check page', async () => {
    const answer = async (request: Request) => (await handleCheckFormPost(request, testApiDeps(t), { locale: 'en' })).headers.get('location');
    expect(await answer(posted('/en/check/search', { q: ' ' }))).toBe('/en/check');
    expect(await answer(raw('/en/check/search', new Uint8Array([0xff, 0x00]), 'multipart/form-data; boundary=zz'))).toBe('/en/check');
    expect(await answer(raw('/en/check/search', 'q='.padEnd(40_000, 'x'), 'application/x-www-form-urlencoded'))).toBe('/en/check');
    const foreign = await handleCheckFormPost(new Request('http://raspa.test/en/check/search', { method: 'POST', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, body: new URLSearchParams({ q: 'x' }) }), testApiDeps(t), { locale: 'en' });
    expect(foreign.status).toBe(403);
  });

  it('a question the server is too busy to answer in time gets 503 with Retry-After and comes back in a form to ask again, never in an address or a log', async () => {
    // The check page's render never answers (a server under more load than it can take).
    const stalled: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const timeout = pageRenderLimits.timeoutMs;
    vi.stubEnv('PORT', String((stalled.address() as AddressInfo).port));
    pageRenderLimits.timeoutMs = 300;
    const { deps, logged } = watchedApiDeps(t);
    try {
      // Longer than a cached question, so it is rendered for this reader alone.
      const question = `Правда ли, что в Актау закроют морской порт? ${'Говорят об этом все соседи. '.repeat(12)}`.trim();
      const response = await handleCheckFormPost(posted('/ru/check/search', { q: question }), deps, { locale: 'ru' });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('location')).toBeNull();
      const page = await response.text();
      expect(page).toContain('<html lang="ru"');
      expect(page).toContain('Спросить ещё раз');
      expect(page).toContain('action="/ru/check/search"');
      expect(page).toContain(`value="${question}"`);
      // A posted question cannot reload itself: no refresh that would lose it.
      expect(page).not.toContain('http-equiv="refresh"');
      expect(logged.map(({ level }) => level)).toEqual(['warn']);
      expect(JSON.stringify(logged)).not.toContain('Актау');
    } finally {
      vi.unstubAllEnvs();
      pageRenderLimits.timeoutMs = timeout;
      stalled.closeAllConnections();
      await new Promise((resolve) => stalled.close(resolve));
    }
  });
});

describe('a failure of ours after a no-JS form was posted is said with its status and logged, never hidden in a redirect', () => {
  const posted = (path: string, fields: Record<string, string>) => raw(path, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');

  it('"Report this" whose draft cannot be kept is a 500 error page in the reader\'s language with the text in a form to send again, and the error is logged without the text', async () => {
    const searched = 'Айтуларынша, Ақтауда теңіз порты бір аптаға жабылады';
    const before = await t.db.reportFormDraft.count();
    // A key that cannot seal the draft: a fault of the server's, not of what was sent.
    const { deps, logged } = watchedApiDeps(t, { encryptionKey: 'not-a-key' });
    const response = await handleReportStartPost(posted('/kk/report/start', { text: searched }), deps, { locale: 'kk' });
    expect(response.status).toBe(500);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('retry-after')).toBeNull();
    const page = await response.text();
    expect(page).toContain('<html lang="kk"');
    expect(page).toContain('Бірдеңе дұрыс болмады');
    expect(page).toContain('action="/kk/report/start"');
    expect(page).toContain(`value="${searched}"`);
    expect(page).toContain('Қайта жіберу');
    expect(page).not.toContain('http-equiv="refresh"');
    expect(logged.map(({ level }) => level)).toEqual(['error']);
    expect(logged[0]!.line).toContain('/kk/report/start');
    expect(logged[0]!.line).not.toContain('Ақтау');
    expect(await t.db.reportFormDraft.count()).toBe(before);
  });

  it('"Report this" while the database is unreachable is the outage page with Retry-After, the text kept in a form; a refusal of what was sent keeps its redirect', async () => {
    const { deps, logged } = watchedApiDeps(t, { db: unreachableDb(t.db) });
    const response = await handleReportStartPost(posted('/en/report/start', { text: 'They say the port of Aktau closes for a week' }), deps, { locale: 'en' });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const page = await response.text();
    expect(page).toContain('<html lang="en"');
    expect(page).toContain('What you typed is not lost');
    expect(page).toContain('value="They say the port of Aktau closes for a week"');
    expect(page).toContain('Send again');
    expect(logged.map(({ level }) => level)).toEqual(['warn']);
    // A post that is no form: the sender's, answered on the report form (too many from one network: below).
    expect((await handleReportStartPost(raw('/en/report/start', new Uint8Array([0xff, 0x00]), 'multipart/form-data; boundary=zz'), deps, { locale: 'en' })).status).toBe(303);
  });

  it('a check question that fails on our side is a 500 error page with the question in a form to ask again', async () => {
    const question = `Правда ли, что в Актау закроют морской порт? ${'Говорят об этом все соседи. '.repeat(12)}`.trim();
    const { deps, logged } = watchedApiDeps(t, LIMITER_FAILS);
    const response = await handleCheckFormPost(posted('/ru/check/search', { q: question }), deps, { locale: 'ru' });
    expect(response.status).toBe(500);
    const page = await response.text();
    expect(page).toContain('Что-то пошло не так');
    expect(page).toContain('action="/ru/check/search"');
    expect(page).toContain(`value="${question}"`);
    expect(page).toContain('Спросить ещё раз');
    expect(logged.map(({ level }) => level)).toEqual(['error']);
    expect(logged[0]!.line).not.toContain('Актау');
  });
});

describe('a report or a forget request that fails on our side keeps what was sent', () => {
  const posted = (path: string, fields: Record<string, string>) => raw(path, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');

  it('the report form\'s failure is a 500 page with every field in a form to send again (photos said to be lost, offered again), not a redirect to an empty form; sent again, it is stored once', async () => {
    const clientId = crypto.randomUUID();
    const fields = { clientId, text: 'Айтуларынша, Ақтауда "теңіз" порты <бір аптаға> жабылады', regionCode: 'KZ-47', settlement: 'Ақтау', heardVia: 'WHATSAPP', heardAt: '31.03.2026 14:30' };
    const { deps, logged } = watchedApiDeps(t, LIMITER_FAILS);
    const response = await handleReportFormPost(reportForm(fields, [await identifyingJpeg()]), deps, { locale: 'kk' });
    expect(response.status).toBe(500);
    expect(response.headers.get('location')).toBeNull();
    const page = await response.text();
    expect(page).toContain('<html lang="kk"');
    expect(page).toContain('Қате біз жақта');
    expect(formFieldsOn(page, '/kk/report/send')).toEqual(fields);
    expect(page).toContain('Қайта жіберу');
    // The photo cannot come back: the page says so and the form takes it again.
    expect(page).toContain('Тіркелген суреттерді сақтау мүмкін болмады');
    expect(page).toMatch(/<form method="post" action="\/kk\/report\/send" enctype="multipart\/form-data">.*<input id="images" type="file" name="images"/s);
    expect(logged.map(({ level }) => level)).toEqual(['error']);
    expect(logged[0]!.line).not.toMatch(/Ақтау|порт/);
    expect(await t.db.report.count({ where: { clientId } })).toBe(0);

    // Sent again (the page's button), it is stored; the same again is the same report.
    const again = await handleReportFormPost(posted('/kk/report/send', formFieldsOn(page, '/kk/report/send')), testApiDeps(t), { locale: 'kk' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toMatch(/^\/kk\/track\/[A-Z0-9]+\?sent=1$/);
    const stored = await t.db.report.findUniqueOrThrow({ where: { clientId } });
    expect(stored.regionCode).toBe('KZ-47');
    expect((await handleReportFormPost(posted('/kk/report/send', formFieldsOn(page, '/kk/report/send')), testApiDeps(t), { locale: 'kk' })).headers.get('location')).toBe(again.headers.get('location'));
    expect(await t.db.report.count({ where: { clientId } })).toBe(1);
  });

  it('the page\'s language switcher posts what was typed to the same form in the other language, never a plain link that loses it', async () => {
    const fields = { clientId: crypto.randomUUID(), text: 'Говорят, в Актау на неделю закроют морской порт' };
    const page = await (await handleReportFormPost(reportForm(fields), testApiDeps(t, LIMITER_FAILS), { locale: 'ru' })).text();
    // No photo was sent: no word about photos, a plain form.
    expect(page).not.toContain('type="file"');
    expect(page).toMatch(/<form method="post" action="\/ru\/report\/send"><input/);
    for (const language of ['kk', 'en']) expect(formFieldsOn(page, `/${language}/report/send`)).toEqual(fields);
    expect(page).not.toMatch(/<a href="\/(kk|en)\/report"/);
    // The switcher's post, answered in English.
    const english = await handleReportFormPost(posted('/en/report/send', formFieldsOn(page, '/en/report/send')), testApiDeps(t, LIMITER_FAILS), { locale: 'en' });
    const englishPage = await english.text();
    expect(englishPage).toContain('<html lang="en"');
    expect(englishPage).toContain('The fault is ours, not yours.');
    expect(formFieldsOn(englishPage, '/en/report/send')).toEqual(fields);
  });

  it('the report form while the database is unreachable is the outage page with Retry-After and the text kept', async () => {
    // The report's first query (a look-up by clientId) and its insert refused as PostgreSQL being down refuses them.
    const db = unreachableDb(t.db, ['report', '$transaction', '$queryRaw']);
    const fields = { clientId: crypto.randomUUID(), text: 'They say the port of Aktau closes for a week', regionCode: 'KZ-47' };
    const response = await handleReportFormPost(reportForm(fields), testApiDeps(t, { db }), { locale: 'en' });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const page = await response.text();
    expect(page).toContain('What you typed is not lost');
    expect(formFieldsOn(page, '/en/report/send')).toEqual(fields);
  });

  it('"forget my contact" failing on our side says so (500, the code in a form to send again), never "not found"', async () => {
    const { deps, logged } = watchedApiDeps(t, LIMITER_FAILS);
    const response = await handleForgetContactFormPost(posted('/ru/privacy/forget', { code: 'ABCD2345' }), deps, { locale: 'ru' });
    expect(response.status).toBe(500);
    expect(response.headers.get('location')).toBeNull();
    const page = await response.text();
    expect(page).toContain('<html lang="ru"');
    expect(page).toContain('Ошибка на нашей стороне, не на вашей.');
    expect(formFieldsOn(page, '/ru/privacy/forget')).toEqual({ code: 'ABCD2345' });
    expect(formFieldsOn(page, '/kk/privacy/forget')).toEqual({ code: 'ABCD2345' });
    expect(page).toContain('Отправить ещё раз');
    expect(logged.map(({ level }) => level)).toEqual(['error']);
    expect(logged[0]!.line).not.toContain('ABCD2345');
    // Sent again once it works: done.
    expect((await handleForgetContactFormPost(posted('/ru/privacy/forget', formFieldsOn(page, '/ru/privacy/forget')), testApiDeps(t), { locale: 'ru' })).headers.get('location')).toBe('/ru/privacy?forget=done#forget');
  });
});

describe('a no-JS post refused because its network sent too many (429) keeps what was typed', () => {
  const posted = (path: string, fields: Record<string, string>) => raw(path, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
  const limitedFor = (retryAfterSeconds: number) => ({ consumeRateLimit: async () => ({ allowed: false, retryAfterSeconds }) });

  it('the report form answers 429 with Retry-After and a page saying how long to wait, every field in a form to send again; nothing is stored or kept on the server; sent again later, it is stored once', async () => {
    const clientId = crypto.randomUUID();
    const fields = { clientId, text: 'Говорят, в Актау на неделю закроют "морской" порт <с понедельника>', regionCode: 'KZ-47', settlement: 'Актау', heardVia: 'WHATSAPP', heardAt: '31.03.2026 14:30' };
    const drafts = await t.db.reportFormDraft.count();
    const response = await handleReportFormPost(reportForm(fields, [await identifyingJpeg()]), testApiDeps(t, limitedFor(240)), { locale: 'ru' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('240');
    expect(response.headers.get('location')).toBeNull();
    const page = await response.text();
    expect(page).toContain('<html lang="ru"');
    expect(page).toContain('<h1>Подождите немного</h1>');
    expect(page).toContain('Введённое вами не потеряно: подождите 4 минуты и отправьте ещё раз.');
    expect(formFieldsOn(page, '/ru/report/send')).toEqual(fields);
    expect(page).toContain('Отправить ещё раз');
    // The photo cannot come back: said so, chosen again in the same form.
    expect(page).toContain('Прикреплённые фотографии сохранить не удалось');
    expect(page).toMatch(/<form method="post" action="\/ru\/report\/send" enctype="multipart\/form-data">.*<input id="images" type="file" name="images"/s);
    // A reload cannot re-post: the page never refreshes itself; the other languages post the same fields.
    expect(page).not.toContain('http-equiv="refresh"');
    for (const language of ['kk', 'en']) expect(formFieldsOn(page, `/${language}/report/send`)).toEqual(fields);
    // A refusal writes nothing: no report, no draft row per refused post.
    expect(await t.db.report.count({ where: { clientId } })).toBe(0);
    expect(await t.db.reportFormDraft.count()).toBe(drafts);

    const again = await handleReportFormPost(posted('/ru/report/send', formFieldsOn(page, '/ru/report/send')), testApiDeps(t), { locale: 'ru' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toMatch(/^\/ru\/track\/[A-Z0-9]+\?sent=1$/);
    expect(await t.db.report.findUniqueOrThrow({ where: { clientId } })).toMatchObject({ text: fields.text, regionCode: 'KZ-47' });
  });

  it('says the wait in each language, never "0 minutes"', async () => {
    const fields = { clientId: crypto.randomUUID(), text: 'They say the port of Aktau closes for a week' };
    const pageIn = async (locale: string, seconds: number) => (await handleReportFormPost(reportForm(fields), testApiDeps(t, limitedFor(seconds)), { locale })).text();
    expect(await pageIn('en', 20)).toContain('What you typed is not lost: wait a minute and send it again.');
    expect(await pageIn('en', 545)).toContain('wait 10 minutes and send it again.');
    const kk = await pageIn('kk', 300);
    expect(kk).toContain('<h1>Сәл күте тұрыңыз</h1>');
    expect(kk).toContain('Жазғаныңыз жоғалған жоқ: 5 минут күтіп, қайта жіберіңіз.');
    expect(kk).toContain('Қайта жіберу');
    expect(await pageIn('ru', 60)).toContain('подождите 1 минуту и');
    expect(await pageIn('ru', 600)).toContain('подождите 10 минут и');
  });

  it('"Report this" refused for too many searches keeps the searched text in a form to send again, not an empty form', async () => {
    const searched = 'Айтуларынша, Ақтауда теңіз порты бір аптаға жабылады';
    const response = await handleReportStartPost(posted('/kk/report/start', { text: searched }), testApiDeps(t, limitedFor(120)), { locale: 'kk' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
    const page = await response.text();
    expect(page).toContain('2 минут күтіп');
    expect(formFieldsOn(page, '/kk/report/start')).toEqual({ text: searched });
    const again = await handleReportStartPost(posted('/kk/report/start', formFieldsOn(page, '/kk/report/start')), testApiDeps(t), { locale: 'kk' });
    expect(again.headers.get('location')).toMatch(/^\/kk\/report\?draft=/);
  });
});

describe('behind the deploy\'s proxy, every form lands on the site the citizen is on', () => {
  // How `next start` hands a request over behind deploy/nginx.conf.template: its own listening
  // address in request.url, the visitor's site only in the headers nginx sets.
  const viaProxy = (path: string, init: RequestInit = {}) =>
    new Request(`http://localhost:3000${path}`, { ...init, headers: { host: new URL(TEST_PUBLIC_ORIGIN).host, 'x-forwarded-host': new URL(TEST_PUBLIC_ORIGIN).host, 'x-forwarded-proto': 'https', origin: TEST_PUBLIC_ORIGIN, ...init.headers } });
  /** Where the browser goes: the Location resolved against the address it posted to. */
  const followed = (response: Response, from: string) => new URL(response.headers.get('location')!, `${TEST_PUBLIC_ORIGIN}${from}`);

  it('the report form sends the citizen to the tracking page of their report on the site, not to localhost', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ clientId: crypto.randomUUID(), text: 'Говорят, в Актау на неделю закроют морской порт', regionCode: 'KZ-47' })) form.append(name, value);
    const sent = await handleReportFormPost(viaProxy('/ru/report/send', { method: 'POST', body: form }), testApiDeps(t), { locale: 'ru' });
    expect(sent.status).toBe(303);
    const landed = followed(sent, '/ru/report/send');
    expect(landed.origin).toBe(TEST_PUBLIC_ORIGIN);
    expect(landed.pathname).toMatch(/^\/ru\/track\/[A-Z0-9]+$/);
  });

  it('"Report this", an empty question and the home page\'s region filter stay on the site too', async () => {
    const started = await handleReportStartPost(viaProxy('/kk/report/start', { method: 'POST', body: new URLSearchParams({ text: 'Айтуларынша, порт жабылады' }) }), testApiDeps(t), { locale: 'kk' });
    expect(followed(started, '/kk/report/start').origin).toBe(TEST_PUBLIC_ORIGIN);
    expect(followed(started, '/kk/report/start').pathname).toBe('/kk/report');
    const empty = await handleCheckFormPost(viaProxy('/en/check/search', { method: 'POST', body: new URLSearchParams({ q: ' ' }) }), testApiDeps(t), { locale: 'en' });
    expect(followed(empty, '/en/check/search').href).toBe(`${TEST_PUBLIC_ORIGIN}/en/check`);
    const region = await handleRegionChoice(viaProxy('/api/region-choice?locale=kk&region=KZ-47'), testApiDeps(t));
    expect(region.status).toBe(303);
    expect(followed(region, '/kk').href).toBe(`${TEST_PUBLIC_ORIGIN}/kk?region=KZ-47#latest`);
    expect(region.headers.get('set-cookie')).toMatch(/^region=KZ-47;/);
  });
});

// The one error → response mapper of every HTTP handler: status codes for domain errors, and an
// unreachable database answered as 503 with Retry-After rather than a 500.
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createPrismaClient } from '../db/client';
import { isDatabaseBusy, isDatabaseUnavailable, isDatabaseUnreachable } from '../db/unavailable';
import { DomainError } from '../errors';
import { testApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { createStaff, sessionFor } from '../testing/fixtures';
import { handleApiRequest } from './edge';
import { handleNoticePage } from './notice-pages';
import { handleNoticeExport } from './open-data';
import { handleNoticeList } from './notices-public';
import { handleReportPost } from './reports';
import { handleTrpcRequest, TRPC_BODY_LIMIT_BYTES } from './trpc';

const t = setupTestDatabase();
// Nothing listens on port 1: every query fails the way it does while PostgreSQL is down.
const unreachable = createPrismaClient('postgresql://raspa:raspa@127.0.0.1:1/raspa', 1);
afterAll(() => unreachable.$disconnect());

const silentLog = { warn: () => {}, error: () => {} } as unknown as ReturnType<typeof testApiDeps>['log'];

describe('database outages', () => {
  it('recognises an unreachable server in what Prisma and node-postgres throw, and nothing else', async () => {
    const refused = await unreachable.user.count().catch((error: unknown) => error);
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(await unreachable.$queryRaw`SELECT 1`.catch((error: unknown) => error))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);

    const staff = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const duplicate = await t.db.user.create({ data: { email: staff.email, name: 'x', passwordHash: 'x', role: 'MODERATOR' } }).catch((error: unknown) => error);
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(await t.db.$queryRaw`SELECT 1/0`.catch((error: unknown) => error))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });

  it('answers 503 with Retry-After and a problem in the caller’s language, for reads and for report submissions', async () => {
    const deps = testApiDeps(t, { db: unreachable, log: silentLog });
    const list = await handleNoticeList(new Request('http://raspa.test/api/v1/notices', { headers: { 'accept-language': 'ru' } }), deps);
    expect(list.status).toBe(503);
    expect(list.headers.get('retry-after')).toBe('10');
    expect(list.headers.get('x-request-id')).toBeTruthy();
    expect(await list.json()).toEqual({ error: 'unavailable', message: 'Сервис ненадолго недоступен. Повторите через несколько секунд.' });

    const report = await handleReportPost(
      new Request('http://raspa.test/api/v1/reports?lang=kk', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: crypto.randomUUID(), text: 'Жаңаөзенде интернет өшіріледі дейді' }) }),
      deps,
    );
    expect(report.status).toBe(503);
    expect(report.headers.get('retry-after')).toBe('10');
    expect(await report.json()).toMatchObject({ error: 'unavailable' });

    // tRPC (the admin UI; every procedure is for staff) says the same with its own codes.
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const trpc = await handleTrpcRequest(new Request('http://raspa.test/api/trpc/rumors.listInboxFilters'), { ...deps, session: () => sessionFor(t.db, moderator) });
    expect(trpc.status).toBe(503);
    expect(trpc.headers.get('retry-after')).toBe('10');
    expect(JSON.stringify(await trpc.json())).toContain('SERVICE_UNAVAILABLE');

    // A public page answers in its own language, for people.
    const page = await handleNoticePage(new Request('http://raspa.test/kk/notices/some-notice'), deps, { locale: 'kk', slug: 'some-notice' });
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('10');
    // The outage page (a827f55), not a line of plain text: a person gets the words in a page of the site.
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('<h1>Raspa уақытша қолжетімсіз</h1>');
  });
});

describe('tRPC request bodies', () => {
  it('answers a body over the limit 413 before parsing it, and still takes one under it', async () => {
    const moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const deps = testApiDeps(t, { log: silentLog, session: () => sessionFor(t.db, moderator) });
    const headers = { 'content-type': 'application/json', origin: 'http://raspa.test' };
    // Declared too large, and streamed too large without a declared length.
    const declared = await handleTrpcRequest(new Request('http://raspa.test/api/trpc/notices.saveDraft', { method: 'POST', headers: { ...headers, 'content-length': String(TRPC_BODY_LIMIT_BYTES + 1) }, body: 'x'.repeat(TRPC_BODY_LIMIT_BYTES + 1) }), deps);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: 'too_large' });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode(`{"json":"${'y'.repeat(TRPC_BODY_LIMIT_BYTES / 2)}"}`));
        controller.close();
      },
    });
    const streamed = await handleTrpcRequest(new Request('http://raspa.test/api/trpc/notices.saveDraft', { method: 'POST', headers, body: chunks, duplex: 'half' } as RequestInit), deps);
    expect(streamed.status).toBe(413);
    // A body under the limit reaches the procedure, which judges it (here: not a valid draft).
    const small = await handleTrpcRequest(new Request('http://raspa.test/api/trpc/notices.saveDraft', { method: 'POST', headers, body: JSON.stringify({ json: { rumorId: 'not-a-uuid' } }) }), deps);
    expect(small.status).toBe(400);
    expect(JSON.stringify(await small.json())).toContain('BAD_REQUEST');
  });
});

describe('tRPC inputs with lone surrogates', () => {
  it('are stored with U+FFFD, not answered 500: JSON may spell one in valid UTF-8, and a json column (the audit record) refuses it', async () => {
    const admin = await createStaff(t.db, 'ADMIN', []);
    const member = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    const deps = testApiDeps(t, { log: silentLog, session: () => sessionFor(t.db, admin) });
    const post = (procedure: string, json: string) =>
      handleTrpcRequest(new Request(`http://raspa.test/api/trpc/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://raspa.test' }, body: `{"json":${json}}` }), deps);
    // The bad-input bench's find: an admin renaming a member, with a lone high surrogate in the name.
    const renamed = await post('staff.update', `{"id":"${member.id}","name":"Айгерим\\ud800","role":"MODERATOR","regionCodes":["KZ-47"],"nationalQueue":false,"canViewContacts":false}`);
    expect(renamed.status).toBe(200);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: member.id } })).name).toBe('Айгерим\uFFFD');
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'staff.updated', entityId: member.id } });
    expect(audit.after).toMatchObject({ name: 'Айгерим\uFFFD' });
    // A lone low surrogate deep in a saved filter (a json column itself), and in a key zod drops.
    const saved = await post('rumors.saveInboxFilter', `{"name":"порт\\udfff","query":{"q":"порт\\udfff закроют","regionCode":"KZ-47"},"x\\udc00":1}`);
    expect(saved.status).toBe(200);
    expect(await t.db.savedFilter.findFirstOrThrow({ where: { userId: admin.id } })).toMatchObject({ name: 'порт\uFFFD', query: { q: 'порт\uFFFD закроют' } });
    // A query's input (GET) is read the same way; a proper pair is left as it is.
    const inbox = await handleTrpcRequest(new Request(`http://raspa.test/api/trpc/rumors.inbox?input=${encodeURIComponent('{"json":{"q":"\\ud83d\\ude00 порт \\ud800"}}')}`), deps);
    expect(inbox.status).toBe(200);
  });
});

describe('a busy database', () => {
  it('is told apart from an outage: the request is answered 503 with Retry-After, and the site is not marked down', { timeout: 20_000 }, async () => {
    // One connection, held: a transaction that may wait only 50 ms for it fails the way every
    // transaction does when the pool stays full longer than it waits.
    const busy = createPrismaClient(t.url, 1);
    try {
      let release!: () => void;
      let held!: () => void;
      const holdingNow = new Promise<void>((resolve) => (held = resolve));
      const holding = busy.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        held();
        await new Promise<void>((resolve) => (release = resolve));
      });
      await holdingNow;
      const waited = await busy.$transaction(async (tx) => tx.$queryRaw`SELECT 1`, { maxWait: 50 }).catch((error: unknown) => error);
      release();
      await holding;
      expect(isDatabaseBusy(waited)).toBe(true);
      expect(isDatabaseUnreachable(waited)).toBe(false);
      expect(isDatabaseUnavailable(waited)).toBe(true);
      expect(isDatabaseBusy(Object.assign(new Error('sorry, too many clients already'), { code: '53300' }))).toBe(true);
      expect(isDatabaseUnreachable(await unreachable.$queryRaw`SELECT 1`.catch((error: unknown) => error))).toBe(true);
      expect(isDatabaseBusy(await unreachable.$queryRaw`SELECT 1`.catch((error: unknown) => error))).toBe(false);

      const response = await handleApiRequest(new Request('http://raspa.test/x?lang=en'), { log: silentLog }, async () => {
        throw waited;
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBeTruthy();
      expect(await response.json()).toMatchObject({ error: 'unavailable' });
    } finally {
      await busy.$disconnect();
    }
  });
});

describe('text the database cannot store', () => {
  it('is the caller’s error: a NUL in a stored field answers 400, not 500', async () => {
    const refused = await t.db.smsGateway.upsert({ where: { deviceId: 'phone\u0000one' }, create: { deviceId: 'phone\u0000one', lastSeenAt: new Date() }, update: {} }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    const response = await handleApiRequest(new Request('http://raspa.test/x?lang=en'), { log: silentLog }, async () => {
      throw refused;
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'bad_request' });
    // Other database errors stay what they are.
    const other = await handleApiRequest(new Request('http://raspa.test/x'), { log: silentLog }, async () => {
      throw await t.db.$queryRaw`SELECT 1/0`.catch((error: unknown) => error);
    });
    expect(other.status).toBe(500);
  });
});

describe('domain errors', () => {
  it.each([
    ['NOT_FOUND', 404, 'not_found'],
    ['FORBIDDEN', 403, 'forbidden'],
    ['UNAUTHORIZED', 401, 'unauthorized'],
    ['CONFLICT', 409, 'conflict'],
    ['BAD_REQUEST', 400, 'bad_request'],
  ] as const)('%s → %i %s', async (code, status, problem) => {
    const response = await handleApiRequest(new Request('http://raspa.test/x?lang=en'), { log: silentLog }, async () => {
      throw new DomainError(code, 'internal detail that is not shown');
    });
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe(problem);
    expect(body.message).not.toContain('internal detail');
  });

  it('turns a zod error from a domain function into field errors, and the unexpected into a 500 with the request id', async () => {
    const invalid = await handleApiRequest(new Request('http://raspa.test/x?lang=en'), { log: silentLog }, async () => {
      z.object({ text: z.string().min(5, 'textTooShort') }).parse({ text: 'x' });
      return new Response();
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: 'validation', fieldErrors: { text: [expect.any(String)] } });

    const failed = await handleApiRequest(new Request('http://raspa.test/x', { headers: { 'x-request-id': 'req-42' } }), { log: silentLog }, async () => {
      throw new Error('bug');
    });
    expect(failed.status).toBe(500);
    expect(failed.headers.get('x-request-id')).toBe('req-42');
    expect(await failed.json()).toMatchObject({ error: 'internal', requestId: 'req-42' });
  });
});

describe('too many requests, to a person', () => {
  const overBudget = { consumeRateLimit: async () => ({ allowed: false, retryAfterSeconds: 170 }) };
  const exportRequest = (headers: Record<string, string>) => new Request('http://raspa.test/api/v1/export/notices.csv?lang=kk&region=KZ-47', { headers });

  it('a browser that opened a download gets a page in its language saying how long to wait, with the address to try again', async () => {
    for (const [language, title, wait] of [
      ['kk', 'Сәл күте тұрыңыз', '3 минут күтіп, қайталап көріңіз'],
      ['ru', 'Подождите немного', 'Подождите 3 минуты и попробуйте снова'],
      ['en', 'Please wait a little', 'Wait 3 minutes and try again'],
    ] as const) {
      const response = await handleNoticeExport(
        new Request(`http://raspa.test/api/v1/export/notices.csv?lang=${language}`, { headers: { 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate', accept: 'text/html,*/*' } }),
        testApiDeps(t, overBudget),
        { file: 'notices.csv' },
      );
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('170');
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const page = await response.text();
      expect(page).toContain(`<html lang="${language}">`);
      expect(page).toContain(`<h1>${title}</h1>`);
      // The words are on the page, in the status banner, not only in its title.
      expect(page).toMatch(new RegExp(`role="status"><h1>${title}</h1><p>[^<]*${wait}`));
      expect(page).toContain(`href="/api/v1/export/notices.csv?lang=${language}"`);
      // Not "try again now": it would be refused again until the wait is over.
      expect(page).toContain(`>${{ kk: 'Қайталау', ru: 'Повторить', en: 'Try again' }[language]}</a>`);
      // A refused address does not reload itself: it would only be refused again.
      expect(page).not.toContain('http-equiv="refresh"');
    }
    // An older browser that sends no Sec-Fetch headers still asks for HTML first.
    const old = await handleNoticeExport(exportRequest({ accept: 'text/html,application/xhtml+xml', 'accept-language': 'ru' }), testApiDeps(t, overBudget), { file: 'notices.csv' });
    expect(old.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await old.text()).toContain('3 минут күтіп');
  });

  it('a script or an API client keeps the JSON problem with Retry-After', async () => {
    const clients: Record<string, string>[] = [{ 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'cors', accept: '*/*' }, { accept: 'application/json' }, {}];
    for (const headers of clients) {
      const response = await handleNoticeExport(exportRequest(headers), testApiDeps(t, overBudget), { file: 'notices.csv' });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('170');
      expect(await response.json()).toEqual({ error: 'rate_limited', message: 'Сұраныс тым көп. Кейінірек қайталаңыз.' });
    }
  });
});

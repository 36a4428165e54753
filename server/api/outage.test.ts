// A real outage, not a port nobody listens on: PostgreSQL is stopped under a client that was
// working, so its pool holds connections the server has just closed. While it is down the API,
// the site's pages, the admin UI's tRPC endpoint (queries and mutations) and /api/health answer 503 with Retry-After (a JSON problem, a page in the
// address's language — a notice page already being answered included —, "db: down"), never 500; when it is started again the same client serves
// again by itself, and a report retried with its clientId is stored once.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../prisma/seed';
import { createDatabaseAvailability, type DatabaseAvailability } from '../db/availability';
import { createPrismaClient, type Db } from '../db/client';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres';
import { applyMigrations } from '../db/migrate';
import { signedInApiDeps, testApiDeps } from '../testing/api-deps';
import { createStaff } from '../testing/fixtures';
import { handleHealthGet } from './health';
import { handleNoticePage } from './notice-pages';
import { handleNoticeList } from './notices-public';
import { pageWhileDatabaseUnavailable } from './outage-page';
import { handleReportPost } from './reports';
import { handleTrpcRequest } from './trpc';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-outage-test-'));
let port = 0;
let server: EmbeddedDatabase | undefined;
let db: Db;
let availability: DatabaseAvailability;

const start = async () => {
  server = await startEmbeddedPostgres({ dataDir, port, password: 'outage-test', database: 'raspa', ephemeral: true });
  return server.url;
};

beforeAll(async () => {
  port = await new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const url = await start();
  await applyMigrations(url, { log: () => {} });
  db = createPrismaClient(url, 4);
  await seedDatabase(db, { demo: false });
  availability = createDatabaseAvailability({ connectionString: url, probeEveryMs: 100 });
}, 180_000);

afterAll(async () => {
  await availability?.close();
  await db?.$disconnect();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const silentLog = { warn: () => {}, error: () => {}, info: () => {} } as unknown as ReturnType<typeof testApiDeps>['log'];
const deps = () => testApiDeps({ db }, { log: silentLog });
const report = (clientId: string) =>
  handleReportPost(
    new Request('http://raspa.test/api/v1/reports?lang=ru', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId, text: 'Говорят, в Актау на неделю отключат воду во всех микрорайонах', regionCode: 'KZ-47' }),
    }),
    deps(),
  );
const health = () => handleHealthGet(new Request('http://raspa.test/api/health'), deps());

describe('PostgreSQL stopped under a working server', () => {
  it('answers 503 with Retry-After everywhere while it is down, and serves again by itself when it is back', { timeout: 180_000 }, async () => {
    // Working: the pool has open connections.
    const before = await report(crypto.randomUUID());
    expect(before.status).toBe(201);
    const { trackingCode } = (await before.json()) as { trackingCode: string };
    expect((await health()).status).toBe(200);
    expect(await pageWhileDatabaseUnavailable(new Request('http://raspa.test/ru/notices'), availability)).toBeNull();
    // A moderator working in the admin UI: their session is read before the stop, as a browser holds it.
    const moderator = await createStaff(db, 'MODERATOR', ['KZ-47']);
    const moderatorDeps = signedInApiDeps({ db }, moderator, { log: silentLog });
    const inbox = () => handleTrpcRequest(new Request(`http://raspa.test/api/trpc/rumors.inbox?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`), moderatorDeps);
    expect((await inbox()).status).toBe(200);

    await server!.stop();

    // A report sent while it is down: refused honestly, to be retried with the same key.
    const retriedKey = crypto.randomUUID();
    for (let i = 0; i < 3; i++) {
      const refused = await report(retriedKey);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('10');
      expect(refused.headers.get('content-type')).toContain('json');
      expect(await refused.json()).toMatchObject({ error: 'unavailable', message: 'Сервис ненадолго недоступен. Повторите через несколько секунд.' });
    }
    const list = await handleNoticeList(new Request('http://raspa.test/api/v1/notices', { headers: { 'accept-language': 'en' } }), deps());
    expect(list.status).toBe(503);
    expect(list.headers.get('retry-after')).toBe('10');

    // The admin UI's tRPC endpoint: the same honest 503 with Retry-After, for a query and for a mutation.
    const inboxDown = await inbox();
    expect(inboxDown.status).toBe(503);
    expect(inboxDown.headers.get('retry-after')).toBe('10');
    const resetDown = await handleTrpcRequest(
      new Request('http://raspa.test/api/trpc/account.setPasswordWithLink', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://raspa.test' },
        body: JSON.stringify({ json: { token: 'a'.repeat(43), newPassword: 'a long enough passphrase 2026', confirmPassword: 'a long enough passphrase 2026' } }),
      }),
      deps(),
    );
    expect(resetDown.status).toBe(503);
    expect(resetDown.headers.get('retry-after')).toBe('10');

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('10');
    expect(await down.json()).toMatchObject({ status: 'degraded', db: 'down' });

    // A notice page already past proxy.ts when the database went away: the outage page, not a line of text.
    const noticePage = await handleNoticePage(new Request('http://raspa.test/ru/notices/aktau-water'), deps(), { locale: 'ru', slug: 'aktau-water' });
    expect(noticePage.status).toBe(503);
    expect(noticePage.headers.get('retry-after')).toBe('10');
    expect(noticePage.headers.get('content-type')).toContain('text/html');
    expect(await noticePage.text()).toContain('<html lang="ru">');

    const page = (await pageWhileDatabaseUnavailable(new Request('http://raspa.test/kk/notices'), availability))!;
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('10');
    expect(await page.text()).toContain('<html lang="kk">');

    // Back: the same client and monitor serve again without anyone restarting them.
    await start();
    const deadline = Date.now() + 30_000;
    while ((await health()).status !== 200) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await inbox()).status).toBe(200);
    const stored = await report(retriedKey);
    expect(stored.status).toBe(201);
    const again = await report(retriedKey);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { trackingCode: string }).trackingCode).toBe(((await stored.json()) as { trackingCode: string }).trackingCode);
    expect(await db.report.count({ where: { clientId: retriedKey } })).toBe(1);
    const first = await report((await db.report.findFirstOrThrow({ where: { trackingCode } })).clientId);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { trackingCode: string }).trackingCode).toBe(trackingCode);
    while (await pageWhileDatabaseUnavailable(new Request('http://raspa.test/kk/notices'), availability)) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});

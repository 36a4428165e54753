// Every write path has a rate limit, counted against the right subject, with the real
// PostgreSQL-backed limiter (budgets of one or two so the limit is reached at once): anonymous
// clients by address — X-Forwarded-For only when trusted proxy hops are configured —, staff by
// account, SMS gateways by secret, Telegram by sender, wrong channel secrets by address. Each
// answers 429 with Retry-After.
import { flushNoticeViews } from '../notices/count-notice-view';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleEvidenceFileUpload } from '../api/evidence-files';
import { handleNoticeViewPixel } from '../api/notice-views';
import { handleNoticeSearch } from '../api/notices-search';
import { handleReportPost } from '../api/reports';
import { handleSmssyncRequest } from '../api/smssync';
import { handleSubscribePost, handleUnsubscribePost } from '../api/subscriptions';
import { handleTelegramWebhook } from '../api/telegram-webhook';
import { handleTrpcRequest } from '../api/trpc';
import { handleTaskAnswer } from '../api/verification-answers';
import type { ApiDeps } from '../api/deps';
import { createGatewaySecret } from '../channels/sms/gateway-secrets';
import type { TelegramConfig } from '../channels/telegram/config';
import { testApiDeps, TEST_PUBLIC_ORIGIN } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { startFakeTelegramApi, type FakeTelegramApi } from '../testing/fake-telegram-api';
import { asActor, createPublishedNotice, createRumor, createStaff, sessionFor } from '../testing/fixtures';
import { PEER_ADDRESS_HEADER } from './client-address';
import { batchSizeOf, createRateLimiter, RATE_LIMIT_POLICIES, rateLimitKey, subjectIdentity, type RateLimiter, type RateLimitPolicy } from './rate-limit';

const t = setupTestDatabase();
const SECRET = 'rate-limit-test-secret-rate-limit-test-secret';
const ONE_EACH = Object.fromEntries(Object.keys(RATE_LIMIT_POLICIES).map((policy) => [policy, 1])) as Record<RateLimitPolicy, number>;
const limiters: RateLimiter[] = [];

/** A fresh limiter (its own key secret, so no other test's counts), one point per policy. */
function limiter(options: { trustedHops?: number; points?: Partial<Record<RateLimitPolicy, number>> } = {}): RateLimiter {
  const created = createRateLimiter({ connectionString: t.url, secret: `${SECRET}-${randomUUID()}`, points: { ...ONE_EACH, ...options.points }, trustedHops: options.trustedHops ?? 0 });
  limiters.push(created);
  return created;
}
afterAll(async () => Promise.all(limiters.map((l) => l.close())));

function deps(l: RateLimiter, overrides: Partial<ApiDeps> = {}): ApiDeps {
  return testApiDeps(t, { consumeRateLimit: l.consume, ...overrides });
}

const peer = (address: string, headers: Record<string, string> = {}) => ({ [PEER_ADDRESS_HEADER]: address, ...headers });

function reportPost(headers: Record<string, string>) {
  return new Request('http://raspa.test/api/v1/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ clientId: randomUUID(), text: 'Говорят, в Жанаозене завтра перекроют все дороги' }),
  });
}

describe('failed sign-ins per client', () => {
  it('are only looked at by a zero-point check, and refuse the client once it has used its budget', async () => {
    const l = limiter({ points: { 'auth.sign_in_failures': 2 } });
    const client = { client: new Headers(peer('203.0.113.50')) };
    for (let i = 0; i < 5; i++) expect((await l.consume('auth.sign_in_failures', client, 0)).allowed).toBe(true);
    expect((await l.consume('auth.sign_in_failures', client)).allowed).toBe(true);
    expect((await l.consume('auth.sign_in_failures', client)).allowed).toBe(true);
    expect((await l.consume('auth.sign_in_failures', client, 0)).allowed).toBe(true);
    expect((await l.consume('auth.sign_in_failures', client)).allowed).toBe(false);
    const refused = await l.consume('auth.sign_in_failures', client, 0);
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await l.consume('auth.sign_in_failures', { client: new Headers(peer('203.0.113.51')) }, 0)).allowed).toBe(true);
  });
});

describe('anonymous clients are counted by address', () => {
  it('ignores X-Forwarded-For without trusted proxy hops: changing it does not buy a new budget', async () => {
    const l = limiter();
    const first = await handleReportPost(reportPost(peer('203.0.113.7', { 'x-forwarded-for': '198.51.100.1' })), deps(l));
    expect(first.status).toBe(201);
    const spoofed = await handleReportPost(reportPost(peer('203.0.113.7', { 'x-forwarded-for': '198.51.100.2' })), deps(l));
    expect(spoofed.status).toBe(429);
    expect(Number(spoofed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await spoofed.json()).toMatchObject({ error: 'rate_limited' });
    // Another TCP peer is another client.
    expect((await handleReportPost(reportPost(peer('203.0.113.8')), deps(l))).status).toBe(201);
  });

  it('behind one trusted proxy, reads the address the proxy appended (the rightmost), not what the client wrote', async () => {
    const l = limiter({ trustedHops: 1 });
    const proxy = '10.0.0.2';
    expect((await handleReportPost(reportPost(peer(proxy, { 'x-forwarded-for': '1.1.1.1, 203.0.113.9' })), deps(l))).status).toBe(201);
    // The client forged a different first entry; the proxy's entry is the same client: limited.
    expect((await handleReportPost(reportPost(peer(proxy, { 'x-forwarded-for': '2.2.2.2, 203.0.113.9' })), deps(l))).status).toBe(429);
    // A different client behind the same proxy has its own budget.
    expect((await handleReportPost(reportPost(peer(proxy, { 'x-forwarded-for': '203.0.113.10' })), deps(l))).status).toBe(201);
  });

  it('limits subscribing, unsubscribing, searching and counting views, each with 429 and Retry-After', async () => {
    const l = limiter();
    const client = peer('203.0.113.20');
    const subscribe = () =>
      handleSubscribePost(
        new Request('http://raspa.test/api/v1/subscriptions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...client },
          body: JSON.stringify({ language: 'ru', email: `reader.${randomUUID()}@example.kz` }),
        }),
        deps(l),
      );
    expect((await subscribe()).status).toBe(202);
    const limitedSubscribe = await subscribe();
    expect(limitedSubscribe.status).toBe(429);
    expect(limitedSubscribe.headers.get('retry-after')).toMatch(/^\d+$/);

    const token = 'a'.repeat(20);
    const unsubscribe = (l2: RateLimiter) => handleUnsubscribePost(new Request(`http://raspa.test/api/v1/subscriptions/unsubscribe/${token}`, { method: 'POST', headers: client }), deps(l2), { token });
    const unsubscribeLimiter = limiter();
    expect((await unsubscribe(unsubscribeLimiter)).status).toBe(404);
    expect((await unsubscribe(unsubscribeLimiter)).status).toBe(429);

    const search = () => handleNoticeSearch(new Request('http://raspa.test/api/v1/notices/search?q=мост', { headers: client }), deps(l));
    expect((await search()).status).toBe(200);
    expect((await search()).status).toBe(429);

    await createPublishedNotice(t.db, { slug: 'rate-limit-views', verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Көпір', ru: 'Мост', en: 'Bridge' } });
    const view = () => handleNoticeViewPixel(new Request('http://raspa.test/api/notice-views/rate-limit-views', { headers: client }), deps(l), { slug: 'rate-limit-views' });
    expect((await view()).status).toBe(200);
    const limitedView = await view();
    expect(limitedView.status).toBe(429);
    await flushNoticeViews();
    const counted = await t.db.noticeViewDay.aggregate({ _sum: { views: true }, where: { notice: { slug: 'rate-limit-views' } } });
    expect(counted._sum.views).toBe(1);
  });

  it('limits an anonymous tRPC mutation (a password set from an e-mailed link) per address, with 429 and Retry-After', async () => {
    const l = limiter();
    const setPassword = (headers: Record<string, string>) =>
      handleTrpcRequest(
        new Request(`${TEST_PUBLIC_ORIGIN}/api/trpc/account.setPasswordWithLink?batch=1`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: TEST_PUBLIC_ORIGIN, ...headers },
          body: JSON.stringify({ 0: { json: { token: randomUUID(), newPassword: 'a long enough passphrase 2026', confirmPassword: 'a long enough passphrase 2026' } } }),
        }),
        deps(l),
      );
    // A guessed link is refused, and counted.
    expect((await setPassword(peer('203.0.113.40'))).status).not.toBe(429);
    // Another guess from the same address, whatever X-Forwarded-For says: over the budget.
    const limited = await setPassword(peer('203.0.113.40', { 'x-forwarded-for': '198.51.100.40' }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(JSON.stringify(await limited.json())).toContain('TOO_MANY_REQUESTS');
    expect((await setPassword(peer('203.0.113.41'))).status).not.toBe(429);
  });
});

describe('staff writes are counted per account', () => {
  let rumorId: string;
  let moderator: Awaited<ReturnType<typeof createStaff>>;
  let colleague: Awaited<ReturnType<typeof createStaff>>;
  beforeAll(async () => {
    moderator = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    colleague = await createStaff(t.db, 'MODERATOR', ['KZ-47']);
    rumorId = (await createRumor(t.db, 'Говорят, что в Актау закроют рынок', ['KZ-47'])).id;
  });

  const comment = (headers: Record<string, string> = {}) =>
    new Request(`${TEST_PUBLIC_ORIGIN}/api/trpc/rumors.addComment?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_PUBLIC_ORIGIN, ...headers },
      body: JSON.stringify({ 0: { json: { rumorId, body: 'Проверяю у акимата' } } }),
    });

  it('answers a tRPC mutation over the budget with 429 and Retry-After; queries and other members are not affected', async () => {
    const l = limiter();
    const as = (user: typeof moderator, headers: Record<string, string> = {}) => handleTrpcRequest(comment(headers), deps(l, { session: async () => sessionFor(t.db, user) }));
    expect((await as(moderator, peer('203.0.113.30'))).status).toBe(200);
    // Another address does not help: the count is the account's.
    const limited = await as(moderator, peer('198.51.100.30'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(JSON.stringify(await limited.json())).toContain('TOO_MANY_REQUESTS');
    expect(await t.db.comment.count({ where: { rumorId } })).toBe(1);

    expect((await as(colleague)).status).toBe(200);
    const query = await handleTrpcRequest(new Request(`${TEST_PUBLIC_ORIGIN}/api/trpc/rumors.history?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: { id: rumorId } } }))}`), deps(l, { session: async () => sessionFor(t.db, moderator) }));
    expect(query.status).not.toBe(429);
  });

  it('refuses a mutation posted from another site’s page (403), and accepts our own origin or a client that is not a browser', async () => {
    const l = limiter({ points: { 'staff.write': 100 } });
    const as = (headers: Record<string, string>) => handleTrpcRequest(comment(headers), deps(l, { session: async () => sessionFor(t.db, colleague) }));
    const before = await t.db.comment.count({ where: { rumorId } });
    for (const origin of ['https://evil.example', 'null', 'https://raspa.example.evil.example']) {
      const refused = await as({ origin });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: 'forbidden' });
    }
    const crossSite = new Request(`${TEST_PUBLIC_ORIGIN}/api/trpc/rumors.addComment?batch=1`, { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body: JSON.stringify({ 0: { json: { rumorId, body: 'x' } } }) });
    expect((await handleTrpcRequest(crossSite, deps(l, { session: async () => sessionFor(t.db, colleague) }))).status).toBe(403);
    expect(await t.db.comment.count({ where: { rumorId } })).toBe(before);

    expect((await as({ origin: TEST_PUBLIC_ORIGIN })).status).toBe(200);
    // The origin the request was addressed to (no public URL configured) is ours too.
    const addressed = new Request('http://127.0.0.1:3000/api/trpc/rumors.addComment?batch=1', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:3000' }, body: JSON.stringify({ 0: { json: { rumorId, body: 'Проверено' } } }) });
    expect((await handleTrpcRequest(addressed, deps(l, { publicOrigin: undefined, session: async () => sessionFor(t.db, colleague) }))).status).toBe(200);
    const notABrowser = new Request(`${TEST_PUBLIC_ORIGIN}/api/trpc/rumors.addComment?batch=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ 0: { json: { rumorId, body: 'curl' } } }) });
    expect((await handleTrpcRequest(notABrowser, deps(l, { session: async () => sessionFor(t.db, colleague) }))).status).toBe(200);
  });

  it('limits evidence uploads per account', async () => {
    const l = limiter();
    const upload = () => {
      const form = new FormData();
      form.set('file', new Blob(['not an image']), 'x.jpg');
      return handleEvidenceFileUpload(new Request('http://raspa.test/api/admin/evidence/x/files', { method: 'POST', body: form }), deps(l, { session: async () => sessionFor(t.db, moderator) }), { id: randomUUID() });
    };
    expect((await upload()).status).not.toBe(429);
    const limited = await upload();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ error: 'rateLimited', message: expect.any(String) });
  });

  it('limits field answers (the verifier’s form with photos) per account', async () => {
    const l = limiter();
    const verifier = await createStaff(t.db, 'VERIFIER', ['KZ-47']);
    const answer = () => {
      const id = randomUUID();
      const form = new FormData();
      form.set('answer', JSON.stringify({ clientId: randomUUID(), answer: 'DENIES' }));
      return handleTaskAnswer(new Request(`http://raspa.test/api/admin/tasks/${id}/answer`, { method: 'POST', body: form }), deps(l, { session: async () => sessionFor(t.db, verifier) }), { id });
    };
    expect((await answer()).status).not.toBe(429);
    const limited = await answer();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('channels are counted per secret and per sender', () => {
  it('limits SMSSync per gateway secret, in the payload shape with Retry-After; another phone is unaffected', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const [one, two] = [await createGatewaySecret(t.db, admin, { label: 'Phone one' }), await createGatewaySecret(t.db, admin, { label: 'Phone two' })];
    const l = limiter();
    const poll = (secret: string) => handleSmssyncRequest(new Request(`http://raspa.test/api/sms/smssync?task=send&secret=${secret}`, { headers: peer('203.0.113.40') }), deps(l));
    expect((await poll(one.secret)).status).toBe(200);
    const limited = await poll(one.secret);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({ payload: { success: false, error: expect.stringContaining('Too many') } });
    expect((await poll(two.secret)).status).toBe(200);
  });

  it('limits wrong SMSSync secrets per address, however many different ones it tries; the right secret from elsewhere still works', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const phone = await createGatewaySecret(t.db, admin, { label: 'Phone three' });
    const l = limiter({ points: { 'channel.secret_failures': 5, smssync: 100 } });
    const flooder = peer('203.0.113.60');
    const inbound = (secret: string, headers: Record<string, string>) =>
      handleSmssyncRequest(
        new Request('http://raspa.test/api/sms/smssync', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams({ from: '+77011234567', message: 'Говорят, в Актау закроют школы', secret, message_id: randomUUID(), sent_timestamp: String(Date.now()) }) }),
        deps(l),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await inbound(randomUUID(), flooder)).status);
    // Each guess is a secret never seen before; the address's budget of five wrong ones is what stops them.
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
    expect(statuses.slice(5)).toEqual(Array(7).fill(429));
    const limited = await inbound(randomUUID(), flooder);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({ payload: { success: false, error: expect.stringContaining('wrong secrets') } });
    // Guessing right is no way out for the flooding address…
    expect((await inbound(phone.secret, flooder)).status).toBe(429);
    // …while the phone, from its own address, is answered as usual.
    const fromPhone = await inbound(phone.secret, peer('198.51.100.61'));
    expect(fromPhone.status).toBe(200);
    expect(await fromPhone.json()).toMatchObject({ payload: { success: true } });
    // Behind no trusted proxy a forged X-Forwarded-For buys no new budget.
    expect((await inbound(randomUUID(), peer('203.0.113.60', { 'x-forwarded-for': '192.0.2.1' }))).status).toBe(429);
  });

  describe('Telegram', () => {
    let fake: FakeTelegramApi;
    let config: TelegramConfig;
    beforeAll(async () => {
      fake = await startFakeTelegramApi();
      config = { token: '123456:TEST_token_abcdefghijklmnopqrstu', webhookSecret: 'telegram-rate-limit-secret-01', apiRoot: fake.url, publicChannel: null, publicChannelLanguage: 'ru', botUsername: 'raspa_test_bot' };
    });
    afterAll(() => fake.close());

    it('drops a flooding sender’s updates with 200 (Telegram must not resend them); other senders still get answers', async () => {
      const l = limiter({ points: { telegram: 2 } });
      let updateId = 9_000_000;
      const send = (chatId: number) =>
        handleTelegramWebhook(
          new Request('https://raspa.test/api/telegram/webhook', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': config.webhookSecret! },
            body: JSON.stringify({
              update_id: updateId++,
              message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'private' }, from: { id: chatId, is_bot: false, first_name: 'A', language_code: 'ru' }, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] },
            }),
          }),
          deps(l, { telegramConfig: () => config }),
        );
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await (await send(5551)).json());
      expect(answers.slice(0, 2)).toEqual([{ ok: true }, { ok: true }]);
      expect(answers[2]).toEqual({ ok: true, ignored: 'rate limited' });
      expect(fake.callsTo('sendMessage').filter((call) => call.payload.chat_id === 5551)).toHaveLength(2);
      expect(await (await send(5552)).json()).toEqual({ ok: true });
    });

    it('limits wrong secret tokens per address: 429 with Retry-After, even for the right token; Telegram’s own address is unaffected', async () => {
      const l = limiter({ points: { 'channel.secret_failures': 3 } });
      const post = (token: string, address: string) =>
        handleTelegramWebhook(
          new Request('https://raspa.test/api/telegram/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': token, ...peer(address) }, body: JSON.stringify({ update_id: 9_100_000 + Math.floor(Math.random() * 100_000) }) }),
          deps(l, { telegramConfig: () => config }),
        );
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await post(`guess-${i}-${randomUUID()}`, '203.0.113.70')).status);
      expect(statuses).toEqual([403, 403, 403, 429, 429, 429]);
      const limited = await post(config.webhookSecret!, '203.0.113.70');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ ok: false });
      expect((await post(config.webhookSecret!, '149.154.167.220')).status).toBe(200);
    });
  });
});

describe('the place type-ahead is counted in batches, one budget for every web process', () => {
  const secret = `${SECRET}-places-${randomUUID()}`;
  const places = (points?: number) => {
    const created = createRateLimiter({ connectionString: t.url, secret, points: points ? { 'place.search': points } : {}, trustedHops: 0 });
    limiters.push(created);
    return created;
  };
  // Every row PostgreSQL writes into rate_limits (an insert or an update), noted by a trigger.
  beforeAll(async () => {
    await t.db.$executeRawUnsafe('CREATE TABLE rate_limit_writes (key text NOT NULL)');
    await t.db.$executeRawUnsafe('CREATE FUNCTION note_rate_limit_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO rate_limit_writes VALUES (NEW.key); RETURN NEW; END $$');
    await t.db.$executeRawUnsafe('CREATE TRIGGER rate_limit_writes AFTER INSERT OR UPDATE ON rate_limits FOR EACH ROW EXECUTE FUNCTION note_rate_limit_write()');
  });
  const writesFor = async (address: string) => {
    const key = `place.search:${rateLimitKey(subjectIdentity({ client: new Headers(peer(address)) }, 0), secret)}`;
    const [row] = await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM rate_limit_writes WHERE key = ${key}`;
    return Number(row!.n);
  };

  it('writes a row per ten keystrokes, not per keystroke (production budget)', async () => {
    expect(batchSizeOf('place.search')).toBe(10);
    const l = places();
    const reporter = { client: new Headers(peer('203.0.113.60')) };
    // A reporter typing place names: 100 look-ups, all answered.
    for (let i = 0; i < 100; i++) expect((await l.consume('place.search', reporter)).allowed).toBe(true);
    expect(await writesFor('203.0.113.60')).toBe(10);
  });

  it('refuses a network over its budget in every process, letting through at most batch − 1 uncounted look-ups per process', async () => {
    const budget = 1000;
    const batch = batchSizeOf('place.search', { points: { 'place.search': budget } });
    expect(batch).toBe(10);
    // Two web processes behind the proxy, round robin, sharing the database.
    const processes = [places(budget), places(budget)];
    const network = { client: new Headers(peer('203.0.113.61')) };
    const answers = [];
    for (let i = 0; i < 1200; i++) answers.push(await processes[i % 2]!.consume('place.search', network));
    const allowed = answers.filter((a) => a.allowed).length;
    expect(allowed).toBeGreaterThanOrEqual(budget);
    expect(allowed).toBeLessThanOrEqual(budget + 2 * (batch - 1));
    // Once refused, each process keeps refusing (asking the database no more), with Retry-After.
    for (const p of [0, 1]) {
      const own = answers.filter((_, i) => i % 2 === p);
      const first = own.findIndex((a) => !a.allowed);
      expect(own.slice(first).every((a) => !a.allowed && a.retryAfterSeconds > 0)).toBe(true);
    }
    expect(await writesFor('203.0.113.61')).toBeLessThanOrEqual(budget / batch + 2);
    // Another network is not held back.
    expect((await processes[0]!.consume('place.search', { client: new Headers(peer('198.51.100.61')) })).allowed).toBe(true);
  });

  it('remembers a bounded number of networks per process: a flood of new addresses lets the least recently seen go at once, it does not grow the memory', async () => {
    const l = createRateLimiter({ connectionString: t.url, secret, trustedHops: 0, batchMemory: 100 });
    limiters.push(l);
    const early = { client: new Headers(peer('203.0.113.62')) };
    // Nine look-ups: held in this process, not yet charged (a batch is ten).
    for (let i = 0; i < 9; i++) expect((await l.consume('place.search', early)).allowed).toBe(true);
    // 150 other networks, each one look-up, all within the window: more than the process remembers.
    const flood = Array.from({ length: 150 }, (_, i) => `198.18.${i >> 8}.${i & 255}`);
    for (const address of flood) expect((await l.consume('place.search', { client: new Headers(peer(address)) })).allowed).toBe(true);
    // The early network was let go with its nine: its tenth starts a new batch (no write). Kept, it would be charged now.
    expect((await l.consume('place.search', early)).allowed).toBe(true);
    expect(await writesFor('203.0.113.62')).toBe(0);
    // The latest network is remembered: its tenth look-up is charged.
    const latest = { client: new Headers(peer(flood.at(-1)!)) };
    for (let i = 0; i < 9; i++) await l.consume('place.search', latest);
    expect(await writesFor(flood.at(-1)!)).toBe(1);
  });

  it('counts exactly when the budget is small (a test\'s), and leaves every other policy unbatched', () => {
    expect(batchSizeOf('place.search', { points: { 'place.search': 3 } })).toBe(1);
    for (const policy of Object.keys(RATE_LIMIT_POLICIES) as RateLimitPolicy[]) if (policy !== 'place.search') expect(batchSizeOf(policy)).toBe(1);
  });
});

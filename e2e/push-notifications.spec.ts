// A citizen turns on notifications on /subscribe; a notice is published for their region; the
// worker's fan-out and delivery engine send a real Web Push (RFC 8291 encrypted, VAPID signed) to a
// local push service that decrypts it; a correction replaces it; after unsubscribing, nothing comes.
// Chromium here cannot reach a real push service, so PushManager.subscribe is stubbed to hand out
// a subscription whose endpoint and keys belong to the test's push service.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { startFakePushService, type FakePushService } from '../server/testing/web-push-endpoint';
import { LANGUAGES } from '../server/i18n/languages';

const databaseUrl = () => {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests with `npm test`.');
  return url;
};

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** What publishing leaves behind (a published version with fanoutRequestedAt), then the fan-out job. */
async function publishVersion(boss: PgBoss, noticeId: string, version: number, title: string, changeNote: string | null) {
  const [row] = await sql<{ id: string }>(
    // A version carries its own targeting (fan-out reads the version's regions): here the notice's.
    `INSERT INTO "NoticeVersion" (id, "noticeId", version, verdict, "changeNote", "publishedAt", "fanoutRequestedAt", "regionCodes", urgency)
     SELECT gen_random_uuid(), $1, $2, 'FALSE', $3, now(), now(), n."regionCodes", n.urgency FROM "Notice" n WHERE n.id = $1 RETURNING id`,
    [noticeId, version, changeNote],
  );
  for (const language of LANGUAGES) {
    await sql(
      `INSERT INTO "NoticeTranslation" (id, "noticeVersionId", language, title, summary, body, "smsText", "searchText")
       VALUES (gen_random_uuid(), $1, $2::"Language", $3, 'Акимат опроверг: отключений не будет.', 'Акимат опроверг.', 'Ложь', $3)`,
      [row!.id, language, `${title} (${language})`],
    );
  }
  await sql(`UPDATE "Notice" SET status = 'PUBLISHED', "currentVersion" = $2, "lastPublishedAt" = now(), "firstPublishedAt" = coalesce("firstPublishedAt", now()) WHERE id = $1`, [noticeId, version]);
  await boss.send('notice-fanout', { noticeVersionId: row!.id });
  return row!.id;
}

async function createNotice(slug: string, regionCodes: string[]) {
  const [rumor] = await sql<{ id: string }>(
    `INSERT INTO "Rumor" (id, claim, "normalizedClaim", language, status, "regionCodes", "firstSeenAt", "lastSeenAt", "updatedAt")
     VALUES (gen_random_uuid(), 'В Актау отключат воду на неделю', 'в актау отключат воду на неделю', 'ru', 'PUBLISHED', $1, now(), now(), now()) RETURNING id`,
    [regionCodes],
  );
  const [notice] = await sql<{ id: string }>(
    `INSERT INTO "Notice" (id, "rumorId", slug, verdict, status, "regionCodes", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'FALSE', 'DRAFT', $3, now()) RETURNING id`,
    [rumor!.id, slug, regionCodes],
  );
  return notice!.id;
}

test.describe('web push notifications', () => {
  let push: FakePushService;
  let boss: PgBoss;

  test.beforeAll(async () => {
    push = await startFakePushService();
    boss = new PgBoss({ connectionString: databaseUrl(), supervise: false, schedule: false });
    await boss.start();
  });
  test.afterAll(async () => {
    await boss?.stop({ graceful: false });
    await push?.close();
  });

  test('subscribe, receive a decrypted notice, a correction replaces it, unsubscribe stops it', async ({ page, context }) => {
    test.setTimeout(90_000);
    const browserSubscription = push.subscription();
    await context.grantPermissions(['notifications']);
    await page.addInitScript((subscription) => {
      const fake = {
        endpoint: subscription.endpoint,
        expirationTime: null,
        options: { userVisibleOnly: true },
        getKey: () => null,
        toJSON: () => ({ endpoint: subscription.endpoint, expirationTime: null, keys: subscription.keys }),
        unsubscribe: async () => true,
      };
      PushManager.prototype.subscribe = async () => fake as unknown as PushSubscription;
      PushManager.prototype.getSubscription = async () => null;
    }, browserSubscription);

    await page.goto('/ru/subscribe?region=KZ-47');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Получать проверенные сообщения');
    const mangystau = page.locator('input[name=regionCodes][value="KZ-47"]');
    await expect(mangystau).toBeChecked();
    await expect(page.locator('input[name=regionCodes]:checked')).toHaveCount(1);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await page.getByRole('button', { name: 'Включить уведомления' }).click();
    await expect(page.getByText('Уведомления на этом устройстве включены.')).toBeVisible();
    const [subscription] = await sql<{ id: string; regionCodes: string[]; language: string }>(
      `SELECT id, "regionCodes", language::text FROM "Subscription" WHERE channel = 'WEB_PUSH' AND active ORDER BY "createdAt" DESC LIMIT 1`,
    );
    expect(subscription).toMatchObject({ regionCodes: ['KZ-47'], language: 'ru' });

    // Published → the push arrives at the endpoint, decrypted, with the notice's title and address.
    const slug = `aktau-water-${Date.now()}`;
    const noticeId = await createNotice(slug, ['KZ-47']);
    // Other specs publish notices for KZ-47 at the same time; this browser gets those too.
    const received = (id: string) => push.received.filter((r) => (r.payload as { tag?: string }).tag === `notice-${id}`);
    const published = Date.now();
    await publishVersion(boss, noticeId, 1, 'В Актау отключат воду', null);
    await expect.poll(() => received(noticeId).length, { timeout: 20_000 }).toBe(1);
    const first = received(noticeId)[0]!.payload as { title: string; body: string; url: string; tag: string; correction: boolean; verdict: string };
    // The fact is the headline, the claim follows once, flagged (the debunking order).
    expect(first.title).toBe('Акимат опроверг: отключений не будет.');
    expect(first.body).toBe('Ложь: «В Актау отключат воду (ru)»');
    expect(new URL(first.url).pathname).toBe(`/ru/notices/${slug}`);
    expect(first).toMatchObject({ verdict: 'FALSE', tag: `notice-${noticeId}`, correction: false });
    test.info().annotations.push({ type: 'publish → push received', description: `${Date.now() - published} ms` });
    expect(push.errors).toEqual([]);

    // A correction reaches the same browser, marked as a correction, with the same tag (replaces it).
    await publishVersion(boss, noticeId, 2, 'В Актау отключат воду — уточнение', 'Уточнили даты');
    await expect.poll(() => received(noticeId).length, { timeout: 20_000 }).toBe(2);
    const correction = received(noticeId)[1]!.payload as { title: string; body: string; tag: string; correction: boolean };
    expect(correction).toMatchObject({ tag: `notice-${noticeId}`, correction: true });
    expect(correction.body).toContain('Уточнили даты');

    // Turn off → the next notice for the region is not sent to this browser.
    await page.getByRole('button', { name: 'Выключить уведомления' }).click();
    await expect(page.getByText('Уведомления на этом устройстве выключены.')).toBeVisible();
    const otherNotice = await createNotice(`aktau-bread-${Date.now()}`, ['KZ-47']);
    const versionId = await publishVersion(boss, otherNotice, 1, 'В Актау закончится хлеб', null);
    await expect.poll(async () => (await sql(`SELECT 1 FROM "NoticeVersion" WHERE id = $1 AND "fanoutDoneAt" IS NOT NULL`, [versionId])).length, { timeout: 20_000 }).toBe(1);
    expect(await sql(`SELECT 1 FROM "Delivery" WHERE "noticeVersionId" = $1 AND "subscriptionId" = $2`, [versionId, subscription!.id])).toHaveLength(0);
    expect(received(otherNotice)).toHaveLength(0);
    expect(received(noticeId)).toHaveLength(2);
  });

  test('unsubscribe link: GET asks, the button unsubscribes', async ({ page }) => {
    const [row] = await sql<{ token: string }>(
      `INSERT INTO "Subscription" (id, channel, "regionCodes", language, confirmed, "addressCipher", "addressHash", "unsubscribeToken", "updatedAt")
       VALUES (gen_random_uuid(), 'EMAIL', '{}', 'kk', true, 'x', $1, $2, now()) RETURNING "unsubscribeToken" AS token`,
      [`e2e-${Date.now()}`, `e2eToken${Date.now()}abcdefgh`],
    );
    await page.goto(`/kk/unsubscribe/${row!.token}`);
    // The manage page: how often (a digest), and unsubscribing.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сіздің жазылымыңыз');
    await expect(page.getByRole('heading', { level: 2, name: 'Жазылымнан бас тарту' })).toBeVisible();
    expect((await sql<{ active: boolean }>(`SELECT active FROM "Subscription" WHERE "unsubscribeToken" = $1`, [row!.token]))[0]!.active).toBe(true);
    await page.getByRole('button', { name: 'Бас тарту' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сіз жазылымнан бас тарттыңыз');
    expect((await sql<{ active: boolean }>(`SELECT active FROM "Subscription" WHERE "unsubscribeToken" = $1`, [row!.token]))[0]!.active).toBe(false);
  });
});

// The offline notices page on a 360-px phone: the PWA keeps a signed bundle of a region's notices,
// saves it as a file, and — with the connection cut (context.setOffline) — imports such a file,
// checks Raspa's signature with the keys it kept and shows each notice as verified; a file with one
// byte changed is refused and the phone's copy stays. Statements are signed here with a test key
// published like Raspa's own (retired, so the server never signs with it); the bundle itself is
// signed by the server.
import fs from 'node:fs';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { canonicalStatement, STATEMENT_TYPE, type NoticeStatement } from '../server/signing/notice-statement';
import { verificationCodeFor } from '../server/signing/verification-code';
import { horizontalOverflow, publishNotice, screenshotPhoneAndDesktop, withDb } from './support';

const REGION = 'KZ-79';
const run = randomBytes(3).toString('hex');
const current = { slug: `offline-bundle-current-${run}`, titles: { kk: `Шымкент көпірі жабылмайды ${run}`, ru: `Мост в Шымкенте не закрывают ${run}`, en: `The Shymkent bridge is not closing ${run}` } };
const withdrawn = { slug: `offline-bundle-withdrawn-${run}`, titles: { kk: `Су өшірілмейді ${run}`, ru: `Воду не отключат ${run}`, en: `The water is not being cut ${run}` } };

const later = { slug: `offline-bundle-later-${run}`, titles: { kk: `Базар жабылмайды ${run}`, ru: `Базар не закрывают ${run}`, en: `The bazaar is not closing ${run}` } };
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const keyId = `e2e-offline-${run}`;

async function signStatement(notice: typeof current, state: 'published' | 'withdrawn', at: Date) {
  await withDb(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Notice" WHERE slug = $1`, [notice.slug]);
    const statement: NoticeStatement = {
      type: STATEMENT_TYPE, keyId, noticeId: rows[0]!.id, slug: notice.slug, version: 1, verdict: 'FALSE', state, regions: [REGION],
      texts: { kk: { title: notice.titles.kk, summary: 'Қол қойылған мәтін.' }, ru: { title: notice.titles.ru, summary: 'Подписанный текст.' }, en: { title: notice.titles.en, summary: 'The signed text.' } },
      ...(state === 'withdrawn' ? { withdrawnReasons: { ru: 'Источник отозвал заявление.', en: 'The source retracted its statement.', kk: 'Дереккөз мәлімдемесін қайтарып алды.' } } : {}),
      signedAt: at.toISOString(),
    };
    const payload = canonicalStatement(statement);
    const signature = sign(null, Buffer.from(payload), privateKey);
    await client.query(
      `INSERT INTO "NoticeSignature" (id, code, "noticeId", version, state, payload, signature, "keyId", "signedAt") VALUES (gen_random_uuid(), $1, $2, 1, $3::"NoticeSignedState", $4, $5, $6, $7)`,
      [verificationCodeFor(signature), rows[0]!.id, state.toUpperCase(), payload, signature.toString('base64url'), keyId, at],
    );
  });
}

test.beforeAll(async () => {
  await publishNotice(current.slug, current.titles, [REGION]);
  await publishNotice(withdrawn.slug, withdrawn.titles, [REGION]);
  await withDb(async (client) => {
    await client.query(`INSERT INTO "SigningKey" (id, "publicKey", "privateKeyCipher", "createdAt", "retiredAt") VALUES ($1, $2, 'e2e-unused', now() - interval '1 day', now() - interval '1 day')`, [keyId, publicKey.export({ format: 'jwk' }).x]);
    const now = Date.now();
    await signStatement(current, 'published', new Date(now - 60_000));
    await signStatement(withdrawn, 'published', new Date(now - 60_000));
    await client.query(`UPDATE "Notice" SET status = 'WITHDRAWN', "withdrawnAt" = now(), "withdrawnReasonRu" = 'Источник отозвал заявление.' WHERE slug = $1`, [withdrawn.slug]);
    await signStatement(withdrawn, 'withdrawn', new Date(now - 30_000));
  });
});

test('a bundle saved online is imported offline and shown verified; a file with one byte changed is refused', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/en/offline');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByLabel('Region').selectOption(REGION);
  const currentCard = page.getByTestId('offline-notice').filter({ hasText: current.titles.en });
  await expect(currentCard).toContainText('Signature checked');
  await expect(page.getByTestId('offline-notice').filter({ hasText: withdrawn.titles.en })).toContainText('Withdrawn — do not rely on it');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save file to pass on' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^raspa-notices-${REGION}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const fileText = fs.readFileSync((await download.path())!, 'utf8');

  // The internet is cut. A phone that has no copy yet (as if it had never saved one) opens the page from the service worker.
  await context.setOffline(true);
  await page.evaluate(async () => {
    await (await caches.open('raspa-offline-bundle-v1')).delete('/offline-bundle/bundle.json');
  });
  await page.reload();
  await expect(page.getByText('No copy on this phone yet.')).toBeVisible();

  await page.getByTestId('bundle-import').setInputFiles({ name: 'raspa-notices.json', mimeType: 'application/json', buffer: Buffer.from(fileText) });
  await expect(page.getByText(/Imported and checked: signed by Raspa on/)).toBeVisible();
  await expect(currentCard).toContainText('Signature checked');
  const withdrawnCard = page.getByTestId('offline-notice').filter({ hasText: withdrawn.titles.en });
  await expect(withdrawnCard).toContainText('Withdrawn — do not rely on it');
  await expect(withdrawnCard).toContainText('Why: The source retracted its statement.');
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshotPhoneAndDesktop(page, 'offline-notices-imported-en');

  // One byte of the signed text changed: the title of the current notice.
  const file = JSON.parse(fileText) as { bundle: string };
  const at = file.bundle.indexOf('Shymkent');
  expect(at).toBeGreaterThan(0);
  const tampered = JSON.stringify({ ...file, bundle: `${file.bundle.slice(0, at)}Sh1mkent${file.bundle.slice(at + 8)}` });
  await page.getByTestId('bundle-import').setInputFiles({ name: 'raspa-notices.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
  await expect(page.getByTestId('bundle-refused')).toContainText('Refused: this file is not a genuine Raspa copy');
  await expect(page.getByTestId('bundle-refused')).toContainText('the file was changed after it was signed');
  // The verified copy stays.
  await expect(currentCard).toContainText('Signature checked');
  await expect(page.getByText('Sh1mkent')).toHaveCount(0);
  await screenshotPhoneAndDesktop(page, 'offline-notices-refused-en');
  await context.setOffline(false);
});

test('in Kazakh and Russian, offline, the kept copy is shown with its verification state', async ({ page, context }) => {
  test.setTimeout(90_000);
  for (const [locale, checked, title] of [['kk', 'Қолтаңба тексерілді', current.titles.kk], ['ru', 'Подпись проверена', current.titles.ru]] as const) {
    await context.setOffline(false);
    // Reached from the page about living without the internet.
    await page.goto(`/${locale}/without-internet`);
    await page.locator(`a[href="/${locale}/offline"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/offline$`));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.locator('select').selectOption(REGION);
    await expect(page.getByTestId('offline-notice').filter({ hasText: title })).toContainText(checked);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('offline-notice').filter({ hasText: title })).toContainText(checked);
    // Dates in Kazakh come from the project's formatter, not Chromium's missing kk locale data.
    await expect(page.locator('body')).not.toContainText(/\d{4} M\d{1,2}/);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshotPhoneAndDesktop(page, `offline-notices-${locale}`);
  }
  await context.setOffline(false);
});

test('the kept copy refreshes in the background when the phone visits the site online', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/en/offline');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByLabel('Region').selectOption(REGION);
  await expect(page.getByTestId('offline-notice').filter({ hasText: current.titles.en })).toContainText('Signature checked');
  await expect(page.getByText(later.titles.en)).toHaveCount(0);
  // The worker takes over this page (clientsClaim); the page itself refreshed the copy, the worker has not yet.
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  // A notice is published after the copy was saved; the phone only opens the home page.
  await publishNotice(later.slug, later.titles, [REGION]);
  await signStatement(later, 'published', new Date());
  await page.goto('/en');
  await expect
    .poll(async () => page.evaluate(async () => (await (await caches.open('raspa-offline-bundle-v1')).match('/offline-bundle/bundle.json'))?.text() ?? ''), { timeout: 30_000 })
    .toContain(later.titles.en);

  // Later, with no connection: the offline page shows it, verified.
  await context.setOffline(true);
  await page.goto('/en/offline').catch(() => undefined);
  await expect(page.getByTestId('offline-notice').filter({ hasText: later.titles.en })).toContainText('Signature checked');
  await context.setOffline(false);
});

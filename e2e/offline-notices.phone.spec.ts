// The offline notices page on a 360-px phone: the PWA keeps a signed bundle of a region's notices,
// saves it as a file, and — with the connection cut (context.setOffline) — imports such a file,
// checks Raspa's signature with the keys it kept and shows each notice as verified; a file with one
// byte changed is refused and the phone's copy stays. The same copy shown as a cycling sequence of QR
// codes is read back — from pictures of the rendered codes, and from a camera filming them — on a
// phone with no connection; a sequence made from a changed file is refused. Statements are signed here with a test key
// published like Raspa's own (retired, so the server never signs with it); the bundle itself is
// signed by the server.
import fs from 'node:fs';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { toQrParts } from '../lib/qr-sequence';
import { expect, test } from './test';
import { canonicalStatement, STATEMENT_TYPE, type NoticeStatement } from '../server/signing/notice-statement';
import { verificationCodeFor } from '../server/signing/verification-code';
import { horizontalOverflow, publishNotice, screenshotPhoneAndDesktop, withDb } from './support';

// With the connection cut, the browser's own favicon request fails (the service worker keeps pages,
// not the icon), and so may the page's background refresh of the kept copy — the keys first, then
// the bundle (lib/notice-bundle.ts) — which then keeps the copy and keys it has.
test.use({ allowedConsoleErrors: [/ERR_INTERNET_DISCONNECTED .*\/(favicon\.ico|api\/v1\/bundles\/KZ-\d+|\.well-known\/raspa-keys\.json)/] });

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

async function seriousAccessibilityProblems(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
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
  await expect(page.getByTestId('bundle-refused')).toContainText('Refused: this is not a genuine Raspa copy');
  await expect(page.getByTestId('bundle-refused')).toContainText('the copy was changed after it was signed');
  // The verified copy stays.
  await expect(currentCard).toContainText('Signature checked');
  await expect(page.getByText('Sh1mkent')).toHaveCount(0);
  await screenshotPhoneAndDesktop(page, 'offline-notices-refused-en');
  await context.setOffline(false);
});

test('in Kazakh and Russian, offline, the kept copy is shown with its verification state', async ({ page, context }) => {
  test.setTimeout(90_000);
  for (const [locale, checked, title, showQr, scanQr] of [
    ['kk', 'Қолтаңба тексерілді', current.titles.kk, 'QR-кодтармен көрсету', 'QR-кодтарды сканерлеу'],
    ['ru', 'Подпись проверена', current.titles.ru, 'Показать QR-кодами', 'Сканировать QR-коды'],
  ] as const) {
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
    // The QR dialogs, offline, in the same language.
    await page.getByRole('button', { name: showQr }).click();
    await expect(page.getByTestId('qr-counter')).toHaveText(/^\d+ \/ \d+$/);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshotPhoneAndDesktop(page, `offline-notices-qr-show-${locale}`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('qr-show')).toHaveCount(0);
    await page.getByRole('button', { name: scanQr }).click();
    await expect(page.getByTestId('qr-scan').getByTestId('qr-camera-problem')).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshotPhoneAndDesktop(page, `offline-notices-qr-scan-${locale}`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('qr-scan')).toHaveCount(0);
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

/** Pictures of a sequence's QR codes as another program would draw them (not the page's renderer). */
async function qrPictures(fileText: string): Promise<Buffer[]> {
  return Promise.all((await toQrParts(fileText)).map((part) => QRCode.toBuffer(part, { errorCorrectionLevel: 'M', margin: 4, scale: 4 })));
}

async function keptFileText(page: Page): Promise<string> {
  return page.evaluate(async () => (await (await caches.open('raspa-offline-bundle-v1')).match('/offline-bundle/bundle.json'))!.text());
}

/** Opens /en/offline with the region's copy kept and verified, and the service worker ready for going offline. */
async function openWithKeptCopy(page: Page): Promise<void> {
  await page.goto('/en/offline');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByLabel('Region').selectOption(REGION);
  await expect(page.getByTestId('offline-notice').filter({ hasText: current.titles.en })).toContainText('Signature checked');
}

/** The internet is cut and this phone has never kept a copy. */
async function offlineWithoutCopy(page: Page, context: import('@playwright/test').BrowserContext): Promise<void> {
  await context.setOffline(true);
  await page.evaluate(async () => {
    await (await caches.open('raspa-offline-bundle-v1')).delete('/offline-bundle/bundle.json');
  });
  await page.reload();
  await expect(page.getByText('No copy on this phone yet.')).toBeVisible();
}

test('a copy shown as QR codes is read back from pictures of the codes offline, in any order, and shown verified; a changed one is refused', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openWithKeptCopy(page);
  const fileText = await keptFileText(page);

  // Phone A shows its copy as QR codes, cycling by itself.
  await page.getByRole('button', { name: 'Show as QR codes' }).click();
  const show = page.getByTestId('qr-show');
  await expect(show.getByRole('heading', { name: 'Pass this copy on by QR codes' })).toBeVisible();
  const counter = show.getByTestId('qr-counter');
  await expect(counter).toHaveText(/^1 \/ \d+$/);
  const count = Number((await counter.textContent())!.split('/')[1]);
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(counter).toHaveText(`2 / ${count}`, { timeout: 5_000 });
  await show.getByRole('button', { name: 'Pause' }).click();
  await expect(show.getByRole('button', { name: 'Play' })).toBeVisible();
  const paused = await counter.textContent();
  await page.waitForTimeout(2_000);
  await expect(counter).toHaveText(paused!);
  // Big enough to read from another phone: the code spans nearly the 360-px screen.
  const box = (await show.getByTestId('qr-code').boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(300);
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshotPhoneAndDesktop(page, 'offline-notices-qr-show-en');

  // Pictures of every code as the page draws them, stepping with Next (and Previous back once).
  const first = Number(paused!.split('/')[0]);
  await show.getByRole('button', { name: 'Previous' }).click();
  await expect(counter).toHaveText(`${first === 1 ? count : first - 1} / ${count}`);
  await show.getByRole('button', { name: 'Next' }).click();
  const pictures = new Map<number, Buffer>();
  for (let i = 0; i < count; i++) {
    const code = show.getByTestId('qr-code');
    const number = Number(await code.getAttribute('data-frame'));
    await expect(counter).toHaveText(`${number} / ${count}`);
    await expect(code).toHaveAttribute('alt', `QR code ${number} of ${count}`);
    pictures.set(number, await code.screenshot());
    await show.getByRole('button', { name: 'Next' }).click();
  }
  expect([...pictures.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  await show.getByRole('button', { name: 'Close' }).click();
  await expect(show).toHaveCount(0);

  // Phone B: no connection, no copy. Its camera cannot start here; it reads photos of the codes.
  await offlineWithoutCopy(page, context);
  await page.getByRole('button', { name: 'Scan QR codes' }).click();
  const scan = page.getByTestId('qr-scan');
  await expect(scan.getByTestId('qr-camera-problem')).toBeVisible();
  const photos = scan.getByTestId('qr-photos');
  const picture = (n: number) => ({ name: `code-${n}.png`, mimeType: 'image/png', buffer: pictures.get(n)! });
  await photos.setInputFiles([picture(3), picture(1)]);
  await expect(scan.getByTestId('qr-progress')).toContainText(`2 of ${count}`);
  await expect(scan.getByTestId('qr-photos-note')).toHaveText('2 Raspa codes found in the chosen photos.');
  await photos.setInputFiles([picture(1)]);
  await expect(scan.getByTestId('qr-scan-note')).toHaveText('Code 1 again — already received.');
  // A code of another copy (here, another region's) is ignored, and the phone says so.
  const other = await qrPictures(fileText.replace(REGION, 'KZ-11'));
  await photos.setInputFiles([{ name: 'other.png', mimeType: 'image/png', buffer: other[1]! }]);
  await expect(scan.getByTestId('qr-scan-note')).toContainText('That code belongs to another copy, so it was ignored.');
  await expect(scan.getByTestId('qr-progress')).toContainText(`2 of ${count}`);
  // A picture with no code in it.
  await photos.setInputFiles([{ name: 'nothing.png', mimeType: 'image/png', buffer: await page.screenshot({ clip: { x: 0, y: 0, width: 200, height: 200 } }) }]);
  await expect(scan.getByTestId('qr-photos-note')).toContainText('No Raspa code found in the chosen photos.');
  expect(await horizontalOverflow(page)).toBe(0);
  await screenshotPhoneAndDesktop(page, 'offline-notices-qr-scan-en');

  // The rest, in reverse order: the copy is checked with the kept keys and imported as a file would be.
  await photos.setInputFiles([...pictures.keys()].filter((n) => n !== 1 && n !== 3).reverse().map(picture));
  await expect(scan).toHaveCount(0);
  await expect(page.getByText(/Imported and checked: signed by Raspa on/)).toBeVisible();
  const currentCard = page.getByTestId('offline-notice').filter({ hasText: current.titles.en });
  await expect(currentCard).toContainText('Signature checked');
  await expect(page.getByTestId('offline-notice').filter({ hasText: withdrawn.titles.en })).toContainText('Withdrawn — do not rely on it');
  expect(await keptFileText(page)).toBe(fileText);

  // A sequence made from the file with one letter of a title changed: every code reads, the signature fails.
  const file = JSON.parse(fileText) as { bundle: string };
  const at = file.bundle.indexOf('Shymkent');
  const tampered = JSON.stringify({ ...file, bundle: `${file.bundle.slice(0, at)}Sh1mkent${file.bundle.slice(at + 8)}` });
  await page.getByRole('button', { name: 'Scan QR codes' }).click();
  await scan.getByTestId('qr-photos').setInputFiles((await qrPictures(tampered)).map((buffer, i) => ({ name: `tampered-${i}.png`, mimeType: 'image/png', buffer })));
  await expect(page.getByTestId('bundle-refused')).toContainText('Refused: this is not a genuine Raspa copy');
  await expect(page.getByTestId('bundle-refused')).toContainText('the copy was changed after it was signed');
  await expect(currentCard).toContainText('Signature checked');
  await expect(page.getByText('Sh1mkent')).toHaveCount(0);
  expect(await keptFileText(page)).toBe(fileText);

  // Online again, the phone keeps a newer copy; the earlier copy's codes, scanned later, do not replace it.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Update now' }).click();
  await expect(page.getByText(/^Updated: the copy on this phone is from/)).toBeVisible();
  const newer = await keptFileText(page);
  expect(newer).not.toBe(fileText);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Scan QR codes' }).click();
  await scan.getByTestId('qr-photos').setInputFiles([...pictures.keys()].map(picture));
  await expect(page.getByText(/^This copy is older \(.+\) than the one on this phone; the newer copy stays\.$/)).toBeVisible();
  expect(await keptFileText(page)).toBe(newer);
  await context.setOffline(false);
});

test('the camera reads the cycling codes from another phone’s screen, offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openWithKeptCopy(page);
  const pictures = await qrPictures(await keptFileText(page));
  // The "camera" films a screen that shows the codes one after another, as phone A would, starting midway.
  await context.addInitScript((codes: string[]) => {
    navigator.mediaDevices.getUserMedia = async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 480;
      const context2d = canvas.getContext('2d')!;
      const images = await Promise.all(
        codes.map(
          (src) =>
            new Promise<HTMLImageElement>((resolve) => {
              const image = new Image();
              image.onload = () => resolve(image);
              image.src = src;
            }),
        ),
      );
      let shown = Math.floor(images.length / 2);
      const draw = () => {
        context2d.fillStyle = '#333';
        context2d.fillRect(0, 0, canvas.width, canvas.height);
        context2d.drawImage(images[shown % images.length]!, 170, 90, 300, 300);
      };
      draw();
      setInterval(() => {
        shown++;
        draw();
      }, 400);
      setInterval(draw, 50);
      return canvas.captureStream(20);
    };
  }, pictures.map((buffer) => `data:image/png;base64,${buffer.toString('base64')}`));
  await offlineWithoutCopy(page, context);
  await page.getByRole('button', { name: 'Scan QR codes' }).click();
  await expect(page.getByTestId('qr-scan').getByTestId('qr-camera-problem')).toHaveCount(0);
  await expect(page.getByTestId('qr-scan')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByText(/Imported and checked: signed by Raspa on/)).toBeVisible();
  await expect(page.getByTestId('offline-notice').filter({ hasText: current.titles.en })).toContainText('Signature checked');
  await context.setOffline(false);
});

// The public privacy page: what is kept and for how long (the purge job's own periods), reached from
// every page's footer and the report form, and "forget my contact" — without JavaScript, answering
// alike for a known and an unknown code, deleting the contact at once and auditing without it.
import { randomUUID } from 'node:crypto';
import { type Page } from '@playwright/test';
import { expect, test } from './test';
import { LANGUAGES } from '../server/i18n/languages';
import { RETENTION_DAYS } from '../server/privacy/retention';
import { horizontalOverflow, screenshotPath, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';

const FORGET_BUTTON = { kk: 'Байланысымды өшіру', ru: 'Удалить мой контакт', en: 'Delete my contact' } as const;
const DONE = { kk: 'Дайын.', ru: 'Готово.', en: 'Done.' } as const;

/** Sends the form; returns the post's own answer (a redirect, or the page answering it). */
async function forget(page: Page, locale: keyof typeof FORGET_BUTTON, code: string) {
  await page.locator('#forget-code').fill(code);
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === 'POST' && response.url().endsWith(`/${locale}/privacy/forget`)),
    page.getByRole('button', { name: FORGET_BUTTON[locale] }).click(),
  ]);
  await page.waitForLoadState('load');
  // A tracking code opens its report: it is never in an address the browser keeps.
  expect(page.url()).not.toContain(encodeURIComponent(code));
  expect(await page.evaluate(() => document.referrer + location.href)).not.toContain(code.trim() || '\u0000');
  return answer;
}

for (const locale of LANGUAGES) {
  test(`/${locale}/privacy is linked from the footer and states the purge job's periods`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.locator(`footer a[href="/${locale}/privacy"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/privacy$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const contact = page.locator('[data-kind=contact]');
    await expect(contact).toContainText(String(RETENTION_DAYS.contactAfterVerdict));
    await expect(contact).toContainText(String(RETENTION_DAYS.contactAtMost));
    await expect(page.locator('[data-kind=photos]')).toContainText(String(RETENTION_DAYS.reportPhotosAndLocation));
    await expect(page.locator('[data-kind=sms]')).toContainText(String(RETENTION_DAYS.smsLog));
    await expect(page.locator('[data-kind=staff]')).toContainText(String(RETENTION_DAYS.staffSessions));
    // No ICU placeholder left unformatted.
    expect(await page.locator('main, body').first().innerText()).not.toMatch(/[{}]/);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshotPhoneAndDesktop(page, `privacy-${locale}`);
  });
}

test('the report form links to the privacy page', async ({ page }) => {
  await page.goto('/ru/report');
  await page.locator('form a[href="/ru/privacy"]').click();
  await expect(page).toHaveURL(/\/ru\/privacy$/);
});

test.describe('forget my contact, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('deletes the contact of the report at once, says the same for an unknown code, and keeps a malformed one to correct', async ({ page, expectConsoleErrors }) => {
    // The malformed code's answer is the page itself, with its status: 400.
    expectConsoleErrors(/status of 400.*\/en\/privacy\/forget/);
    const reported = await page.request.post('/api/v1/reports', {
      data: { clientId: randomUUID(), text: `Говорят, в Актау закроют все школы на неделю ${randomUUID().slice(0, 6)}`, regionCode: 'KZ-47', contact: { kind: 'EMAIL', value: 'reporter@example.org' } },
    });
    expect(reported.status()).toBe(201);
    const { id, trackingCode } = (await reported.json()) as { id: string; trackingCode: string };
    const stored = () => withDb(async (db) => (await db.query<{ contactCipher: string | null; wantsFeedback: boolean }>('SELECT "contactCipher", "wantsFeedback" FROM "Report" WHERE id = $1', [id])).rows[0]);
    expect((await stored())?.contactCipher).not.toBeNull();

    await page.goto('/en/privacy');
    // Every cookie and on-device store is named, with how long it stays.
    const onDevice = page.getByRole('region', { name: 'What stays on your phone or computer' });
    for (const store of ['Cookie "region"', 'Cookie "NEXT_LOCALE"', 'The report you are writing', 'Reports waiting for a connection', 'Your tracking codes', 'Notification keys', 'Pages for offline use']) {
      await expect(onDevice.getByRole('heading', { name: store })).toBeVisible();
    }
    await expect(onDevice.getByRole('link', { name: 'See or remove your tracking codes' })).toHaveAttribute('href', '/en/track#my-reports');
    // A code to correct comes back in its field, in the page that answers the post: in no address.
    expect((await forget(page, 'en', 'K7PM-4XQ')).status()).toBe(400);
    await expect(page.locator('#forget-code-error')).toContainText('8 letters and digits');
    await expect(page.locator('#forget-code')).toHaveValue('K7PM-4XQ');
    await expect(page.locator('#forget-code')).toBeFocused();
    await screenshotPhoneAndDesktop(page, 'privacy-forget-invalid-en');

    await forget(page, 'en', 'ZZZZ-ZZZZ');
    const unknownAnswer = await page.getByRole('status').innerText();
    expect(unknownAnswer).toContain(DONE.en);
    expect(page.url()).not.toContain('ZZZZ');

    // Typed in small letters without the dash, as a person might.
    await forget(page, 'en', trackingCode.toLowerCase());
    await expect(page.getByRole('status')).toHaveText(unknownAnswer);
    expect(page.url()).not.toContain(trackingCode);
    await expect(page.locator('#forget-code')).toHaveValue('');
    expect(await stored()).toEqual({ contactCipher: null, wantsFeedback: false });

    const audit = await withDb(async (db) => (await db.query<{ actorLabel: string; after: unknown }>(`SELECT "actorLabel", after FROM "AuditEvent" WHERE action = 'report.contact_forgotten' AND "entityId" = $1`, [id])).rows);
    expect(audit).toEqual([{ actorLabel: 'citizen', after: { contact: true, pushSubscriptions: 0, queuedDeliveries: 0, smsMessages: 0 } }]);
    await screenshotPhoneAndDesktop(page, 'privacy-forgotten-en');
  });

  test('is rate-limited per network, keeping what was typed out of every address and saying how long to wait', async ({ page, expectConsoleErrors }) => {
    expectConsoleErrors(/status of 429.*\/(kk|ru|en)\/privacy\/forget/);
    await page.goto('/kk/privacy');
    let answer;
    for (let attempt = 0; attempt < 12; attempt++) {
      answer = await forget(page, 'kk', 'ZZZZ-ZZZ2');
      if (answer.status() === 429) break;
      await expect(page.getByRole('status')).toContainText(DONE.kk);
    }
    expect(answer?.status()).toBe(429);
    const minutes = Math.ceil(Number(answer?.headers()['retry-after']) / 60);
    expect(minutes).toBeGreaterThan(0);
    await expect(page.locator('#forget-code-error')).toContainText(`${minutes} минут күтіп`);
    await expect(page.locator('#forget-code')).toHaveValue('ZZZZ-ZZZ2');
    await screenshotPhoneAndDesktop(page, 'privacy-forget-rate-limited-kk');
    // The same refusal in the other languages: the post's own page in each.
    for (const [locale, words] of [['ru', 'Код сохранён в поле'], ['en', 'Your code is still in the field']] as const) {
      await page.goto(`/${locale}/privacy`);
      expect((await forget(page, locale, 'ZZZZ-ZZZ2')).status()).toBe(429);
      await expect(page.locator('#forget-code-error')).toContainText(words);
      await expect(page.locator('#forget-code')).toHaveValue('ZZZZ-ZZZ2');
      await screenshotPhoneAndDesktop(page, `privacy-forget-rate-limited-${locale}`);
    }
  });

  test('a network that reached the limit holds back no other', async ({ page }) => {
    // Runs right after the test above used up its network's budget (one file, in order); this test
    // is another network (e2e/test.ts clientNetwork), as the next person would be.
    await page.goto('/kk/privacy');
    expect((await forget(page, 'kk', 'ZZZZ-ZZZ2')).status()).toBe(303);
    await expect(page.getByRole('status')).toContainText(DONE.kk);
  });
});

// Admin → Settings → how long personal data is kept. In this file, not its own, because it changes
// what the privacy page states and Playwright runs files side by side: here it runs after the tests
// above (one file, one worker, in order) and puts the stored periods back when it is done.
test.describe('an admin sets how long personal data is kept', () => {
  const section = (page: Page) => page.getByRole('region', { name: 'How long personal data is kept' });

  test.afterAll(async () => {
    await withDb((client) => client.query(`DELETE FROM "Setting" WHERE key = 'privacy.retention'`));
  });

  test('a period out of bounds is refused and kept to correct; a saved one is audited and what the privacy page states at once', async ({ page }) => {
    await signIn(page, 'en', staff('ADMIN'));
    await expect(page).toHaveURL(/\/en\/admin$/);
    await page.goto('/en/admin/settings');
    const smsLog = section(page).getByLabel('SMS log (numbers and texts), days');
    await expect(smsLog).toHaveValue(String(RETENTION_DAYS.smsLog));
    await smsLog.fill('3');
    await section(page).getByLabel('Reporters’ contact details, after the verdict was published, days').fill('60');
    await section(page).getByLabel('Reporters’ contact details, at most after the report, days').fill('45');
    await section(page).getByRole('button', { name: 'Save periods' }).click();
    await expect(section(page).getByText('Enter whole days within the range shown.')).toBeVisible();
    await expect(smsLog).toHaveValue('3');
    await expect(smsLog).toHaveAttribute('aria-invalid', 'true');
    await expect(section(page).getByLabel('Reporters’ contact details, at most after the report, days')).toHaveAttribute('aria-invalid', 'true');
    await page.setViewportSize({ width: 360, height: 740 });
    await section(page).screenshot({ path: screenshotPath('settings-retention-errors-en-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });

    await smsLog.fill('14');
    await section(page).getByLabel('Reporters’ contact details, after the verdict was published, days').fill('10');
    await section(page).getByLabel('Reporters’ contact details, at most after the report, days').fill('120');
    await section(page).getByRole('button', { name: 'Save periods' }).click();
    await expect(section(page).getByRole('status')).toContainText('Saved. The privacy page and the next purge use the new periods.');
    const audited = await withDb(async (client) => (await client.query<{ after: Record<string, number> }>(`SELECT after FROM "AuditEvent" WHERE action = 'setting.retention_updated' ORDER BY id DESC LIMIT 1`)).rows[0]?.after);
    expect(audited).toMatchObject({ smsLog: 14, contactAfterVerdict: 10, contactAtMost: 120 });

    await page.goto('/en/privacy');
    await expect(page.locator('[data-kind="sms"]')).toContainText('14 days after the message.');
    await expect(page.locator('[data-kind="contact"]')).toContainText('10 days after the verdict');
    await expect(page.locator('[data-kind="contact"]')).toContainText('120 days after your report');
    await page.goto('/kk/privacy');
    await expect(page.locator('[data-kind="sms"]')).toContainText('14 күн');
    await page.goto('/ru/privacy');
    await expect(page.locator('[data-kind="sms"]')).toContainText('14 дней');
  });

  for (const locale of LANGUAGES) {
    test(`the periods in ${locale}: every label and range translated, no sideways scrolling at 360 px`, async ({ page }) => {
      await signIn(page, locale, staff('ADMIN'));
      await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
      await page.goto(`/${locale}/admin/settings`);
      const form = page.locator('section[aria-labelledby=retention-title]');
      await expect(form.locator('input[type=number]')).toHaveCount(Object.keys(RETENTION_DAYS).length);
      expect(await form.innerText()).not.toMatch(/[{}]|retention\.|kinds\./);
      for (const [size, viewport] of [['phone', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 900 }]] as const) {
        await page.setViewportSize(viewport);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await form.screenshot({ path: screenshotPath(`settings-retention-${locale}-${size}.png`) });
      }
    });
  }
});

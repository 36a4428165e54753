// Issue 15's scheduled digest: a citizen chooses a daily digest on the subscribe form (a plain form,
// no JavaScript needed), confirms from the mail; a notice is published for their region; the
// digest job runs (twice) and the local SMTP sink receives exactly one digest mail listing it. From
// the manage link in that mail they switch to a weekly digest. Screenshots of the form and the
// manage page, phone and desktop, kk/ru/en.
import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import PgBoss from 'pg-boss';
import { horizontalOverflow, publishNotice, receivedMails, screenshotPhoneAndDesktop, subscribeByEmailAndConfirm, withDb } from './support';
import { LANGUAGES } from '../server/i18n/languages';

const databaseUrl = () => {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests with `npm test`.');
  return url;
};

test.describe('scheduled digest', () => {
  // Everything here is plain forms and links: it must work without JavaScript.
  test.use({ javaScriptEnabled: false });
  let boss: PgBoss;
  test.beforeAll(async () => {
    boss = new PgBoss({ connectionString: databaseUrl(), supervise: false, schedule: false });
    await boss.start();
  });
  test.afterAll(async () => {
    await boss?.stop({ graceful: false });
  });

  test('subscribe with a daily digest, receive one digest mail with the notice, switch to weekly', async ({ page }) => {
    test.setTimeout(120_000);
    const tag = randomUUID().slice(0, 8);
    const email = `digest-${tag}@example.kz`;

    // The form in three languages, on a phone and a desktop.
    for (const language of LANGUAGES) {
      await page.goto(`/${language}/subscribe`);
      await expect(page.locator('input[name=cadence][value=IMMEDIATE]')).toBeChecked();
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshotPhoneAndDesktop(page, `digest-subscribe-${language}`);
    }

    // 1. A daily digest for Mangystau, by e-mail, with JavaScript off (the plain form).
    const confirmPath = await subscribeByEmailAndConfirm(page, email, { region: 'Мангистауская область', cadence: 'Ежедневная сводка (в 08:00)' });
    const stored = await withDb(async (db) => (await db.query<{ cadence: string; regionCodes: string[] }>(`SELECT cadence::text, "regionCodes" FROM "Subscription" WHERE "confirmToken" = $1`, [confirmPath.split('/').pop()])).rows[0]);
    expect(stored).toEqual({ cadence: 'DAILY', regionCodes: ['KZ-47'] });

    // 2. A notice for Mangystau is published; nothing arrives at once.
    const titles = { kk: `Маңғыстауда бензин бітеді ${tag}`, ru: `В Мангистау закончится бензин ${tag}`, en: `Mangystau will run out of petrol ${tag}` };
    await publishNotice(`digest-${tag}`, titles, ['KZ-47']);

    // 3. The digest job runs twice (as two workers might), for the period that includes the notice.
    const at = new Date(Date.now() + 24 * 3_600_000).toISOString();
    await boss.send('subscriber-digests', { at });
    await boss.send('subscriber-digests', { at });
    const digests = () => receivedMails(email).filter((mail) => mail.subject.startsWith('Ежедневная сводка Raspa'));
    await expect.poll(() => digests().length, { timeout: 30_000 }).toBe(1);
    const digest = digests()[0]!;
    expect(digest.text).toContain(titles.ru);
    expect(digest.text).toContain(`/ru/notices/digest-${tag}`);
    expect(digest.text).toMatch(/Опубликовано \d{1,2} [а-я]+\.? \d{4} г\., \d{2}:\d{2}/);
    // Both runs are done, and still one digest (one mail more would have come by now).
    await expect.poll(() => withDb(async (db) => Number((await db.query(`SELECT count(*) FROM pgboss.job WHERE name = 'subscriber-digests' AND state = 'completed' AND data->>'at' = $1`, [at])).rows[0].count)), { timeout: 30_000 }).toBe(2);
    await page.waitForTimeout(2_000);
    expect(digests()).toHaveLength(1);

    // 4. The manage link in the digest: switch to a weekly digest (no JavaScript needed either).
    const manage = /https?:\/\/\S+\/ru\/unsubscribe\/[A-Za-z0-9_-]+/.exec(digest.text)![0];
    const token = manage.split('/').pop()!;
    for (const language of LANGUAGES) {
      await page.goto(`/${language}/unsubscribe/${token}`);
      await expect(page.locator('input[name=cadence][value=DAILY]')).toBeChecked();
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshotPhoneAndDesktop(page, `digest-manage-${language}`);
    }
    await page.goto(new URL(manage).pathname);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ваша подписка');
    await page.getByRole('radio', { name: 'Еженедельная сводка (по понедельникам в 08:00)' }).check();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('status')).toHaveText('Сохранено. Сообщения будут приходить так, как выбрано ниже.');
    await expect(page.getByRole('radio', { name: 'Еженедельная сводка (по понедельникам в 08:00)' })).toBeChecked();
    await screenshotPhoneAndDesktop(page, 'digest-manage-saved-ru');
  });
});

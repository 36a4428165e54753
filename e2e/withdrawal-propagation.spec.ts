// Everyone who heard a verdict hears of its correction and its withdrawal — one story across the
// running server, its worker and real channels: a citizen subscribes by e-mail on the public page
// (mail through SMTP to the run's local sink, confirmed from the mail), a partner's webhook is added
// in Admin → Webhooks, and a citizen reports the claim leaving a phone number for the answer (an
// SMSSync gateway phone polls the real endpoint). The notice is published, corrected and withdrawn
// from its admin page; each of the three gets every version and then exactly one withdrawal
// message. The tracking page says the verdict was withdrawn and why, the feeds keep the item as
// withdrawn, and the rumour is back in the moderators' queue as being checked.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { devices, type Browser, type Page } from '@playwright/test';
import { expect, test } from './test';
import { overHttp, SmssyncPhone, type SentSms } from '../server/testing/smssync-phone';
import { startWebhookReceiver } from '../server/testing/webhook-receiver';
import { receivedMails, signIn, staff, subscribeByEmailAndConfirm, withDb, type StaffLogin } from './support';
import { LANGUAGES } from '../server/i18n/languages';

const REGION = 'KZ-47';

function screenshotPath(name: string): string {
  const dir = path.join(process.env.RASPA_TEST_ARTIFACTS ? path.resolve(process.env.RASPA_TEST_ARTIFACTS) : path.join('e2e', '.artifacts'), 'screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

function texts(tag: string) {
  return {
    kk: {
      title: `Ақтауда мұнай төгіліп, қалалық жағажай бүкіл жазға жабылады ${tag}`,
      summary: 'Экология департаменті мен әкімдік мұнай төгілмегенін растады: жағажай ашық.',
      body: 'Жағажай **ашық**. Әкімдік хабарламаны жоққа шығарды.',
      whatToDo: 'Хабарламаны таратпаңыз.',
      smsText: 'Raspa: Ақтаудағы жағажай жабылмайды. Әкімдік растады.',
    },
    ru: {
      title: `В Актау из-за разлива нефти закроют городской пляж на всё лето ${tag}`,
      summary: 'Департамент экологии и акимат подтвердили, что разлива не было: пляж открыт.',
      body: 'Пляж **открыт**. Акимат опроверг сообщение.',
      whatToDo: 'Не пересылайте сообщение.',
      smsText: 'Raspa: пляж в Актау не закрывают. Акимат подтвердил.',
    },
    en: {
      title: `The city beach in Aktau will be closed all summer because of an oil spill ${tag}`,
      summary: 'The ecology department and the akimat confirmed there was no spill: the beach is open.',
      body: 'The beach is **open**. The akimat refuted the message.',
      whatToDo: 'Do not forward the message.',
      smsText: 'Raspa: the beach in Aktau is not being closed. The akimat confirmed it.',
    },
  };
}

const REASONS = {
  kk: 'Эколог мәлімдемесін өзгертті: жағажайдың бір бөлігі тазаланып жатыр. Хабарлама қайта жазылады.',
  ru: 'Экологи изменили заявление: один участок пляжа очищают. Уведомление будет переписано.',
  en: 'The ecologists changed their statement: one part of the beach is being cleaned. The notice will be rewritten.',
};

/** A tRPC mutation as the signed-in browser makes it (superjson envelope). */
async function trpc<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${procedure}`, { data: { json: input } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function signedIn(browser: Browser, login: StaffLogin, locale = 'ru', device = devices['Desktop Chrome']) {
  const context = await browser.newContext({ ...device, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, locale, login);
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin`));
  return { context, page };
}

/** A gateway phone with its own secret, as an admin would generate it on Admin → Channels. */
async function gatewayPhone(baseUrl: string): Promise<SmssyncPhone> {
  const secret = randomBytes(24).toString('base64url');
  const entry = { id: randomUUID(), label: 'e2e withdrawal phone', sha256: createHash('sha256').update(secret, 'utf8').digest('base64url'), hint: `${secret.slice(0, 4)}…`, createdAt: new Date().toISOString(), createdById: null };
  await withDb((client) =>
    client.query(
      `INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('sms.gatewaySecrets', $1::jsonb, now())
       ON CONFLICT (key) DO UPDATE SET value = "Setting".value || $1::jsonb, "updatedAt" = now()`,
      [JSON.stringify([entry])],
    ),
  );
  return new SmssyncPhone(overHttp(baseUrl), secret, `e2e-withdrawal-${entry.id.slice(0, 6)}`);
}

test('publish → correct → withdraw: a mail subscriber, an SMS reporter and a partner webhook each hear of the withdrawal once; tracking, feeds and the queue say so', async ({ page, browser }) => {
  test.setTimeout(420_000);
  const baseUrl = test.info().project.use.baseURL!;
  const tag = randomUUID().slice(0, 8);
  const T = texts(tag);
  const email = `subscriber-${tag}@example.kz`;
  const reporterPhone = `+7701${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

  // The partner's receiver.
  const receiver = await startWebhookReceiver(`/raspa-${tag}`);
  const hookUrl = receiver.url;
  const ourHooks = () => receiver.calls.filter((c) => (c.body.notice as { title?: string } | undefined)?.title?.includes(tag));

  const phone = await gatewayPhone(baseUrl);
  const smsToReporter: SentSms[] = [];
  /** The phone polls, sends and reports what it was given (as SMSSync does every minute). */
  const phoneWorks = async () => {
    smsToReporter.push(...(await phone.sendWaiting()).filter((m) => m.to.replace(/\D/g, '') === reporterPhone.replace(/\D/g, '')));
    return smsToReporter;
  };
  const moderatorSession = await signedIn(browser, staff('MODERATOR', REGION));
  const adminSession = await signedIn(browser, staff('ADMIN'));
  try {
    // 1. A citizen subscribes by e-mail to Mangystau and confirms from the mail.
    await subscribeByEmailAndConfirm(page, email, { region: 'Мангистауская область' });

    // 2. A partner's webhook, added by an admin.
    const admin = adminSession.page;
    await admin.goto('/ru/admin/webhooks');
    await admin.getByLabel('URL (https://…)').fill(hookUrl);
    await admin.getByLabel('Название партнёра').fill(`Kazinform ${tag}`);
    await admin.getByRole('checkbox', { name: 'Мангистауская область' }).check();
    await admin.getByRole('button', { name: 'Добавить вебхук' }).click();
    await expect(admin.getByRole('heading', { name: `Kazinform ${tag}` })).toBeVisible();

    // 3. A citizen reports the claim and leaves a phone number for the answer.
    const reported = await page.request.post('/api/v1/reports', {
      data: { clientId: randomUUID(), text: `Говорят, в Актау разлилась нефть и городской пляж закроют на всё лето ${tag}`, regionCode: REGION, contact: { kind: 'PHONE', value: reporterPhone } },
    });
    expect(reported.status()).toBe(201);
    const { trackingCode } = (await reported.json()) as { trackingCode: string };
    const code = trackingCode.replace('-', '');
    await expect.poll(() => withDb(async (c) => (await c.query('SELECT 1 FROM "Report" WHERE "trackingCode" = $1 AND "rumorId" IS NOT NULL', [code])).rowCount)).toBe(1);
    // Set-up: the rumour is being checked and its FALSE verdict approved (the verdict workflow has its own journey).
    const rumorId = await withDb(async (client) => {
      const { rows } = await client.query<{ rumorId: string }>('SELECT "rumorId" FROM "Report" WHERE "trackingCode" = $1', [code]);
      const id = rows[0]!.rumorId;
      // The claim must be this journey's own: a report that joins another spec's published notice
      // (as a confident "already checked?" match rightly does) would make the rest of it about that notice.
      const noticed = await client.query('SELECT slug FROM "Notice" WHERE "rumorId" = $1', [id]);
      expect(noticed.rows, 'the report joined a rumour that already has a notice').toEqual([]);
      const moderatorId = (await client.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [staff('MODERATOR', REGION).email])).rows[0]!.id;
      await client.query(`UPDATE "Rumor" SET status = 'INVESTIGATING', claim = $2 WHERE id = $1`, [id, T.ru.title]);
      await client.query(
        `INSERT INTO "VerdictDraft" (id, "rumorId", verdict, rationale, status, "draftedById", "reviewedById", "reviewedAt", "updatedAt")
         VALUES (gen_random_uuid(), $1, 'FALSE', 'Экологи и акимат опровергли разлив; пляж открыт.', 'APPROVED', $2, $2, now(), now())`,
        [id, moderatorId],
      );
      return id;
    });

    // 4. The moderator writes the notice in three languages and publishes it from its admin page.
    const moderator = moderatorSession.page;
    moderator.on('dialog', (dialog) => void dialog.accept());
    const draft = await trpc<{ noticeId: string }>(moderator, 'notices.saveDraft', { rumorId, verdict: 'FALSE', urgency: 'NORMAL', regionCodes: [REGION], translations: T });
    const adminPath = `/ru/admin/notices/${draft.noticeId}`;
    await moderator.goto(adminPath);
    await moderator.getByRole('button', { name: 'Опубликовать', exact: true }).click();
    await expect(moderator.getByTestId('notice-status')).toHaveText('Опубликовано');

    // Everyone gets version 1: the mail, the webhook, the SMS.
    await expect.poll(() => receivedMails(email).map((m) => m.subject), { timeout: 30_000 }).toContain(`Ложь: ${T.ru.title}`);
    const firstMail = receivedMails(email).find((m) => m.subject === `Ложь: ${T.ru.title}`)!;
    // The fact leads the mail; the claim follows once, flagged.
    expect(firstMail.text.indexOf(T.ru.summary)).toBeLessThan(firstMail.text.indexOf(`«${T.ru.title}»`));
    await expect.poll(() => ourHooks().map((c) => c.event), { timeout: 30_000 }).toEqual(['notice.published']);
    await expect.poll(async () => (await phoneWorks()).length, { timeout: 60_000, intervals: [1000] }).toBe(1);
    expect(smsToReporter[0]!.message).toContain('пляж в Актау не закрывают');

    // 5. A correction: everyone again.
    await moderator.getByRole('button', { name: 'Редактировать / исправить' }).click();
    await expect(moderator.getByRole('heading', { name: 'Идёт исправление: версия 2, ещё не опубликована.' })).toBeVisible();
    await moderator.getByLabel('Что изменилось').fill('Уточнили, что пляж открыт по всему побережью.');
    await moderator.getByRole('button', { name: 'Опубликовать исправление' }).click();
    await expect(moderator.getByRole('status').filter({ hasText: 'Опубликовано.' })).toBeVisible();
    await expect.poll(() => receivedMails(email).map((m) => m.subject), { timeout: 30_000 }).toContain(`Обновлено — Ложь: ${T.ru.title}`);
    await expect.poll(() => ourHooks().map((c) => c.event), { timeout: 30_000 }).toEqual(['notice.published', 'notice.corrected']);
    await expect.poll(async () => (await phoneWorks()).length, { timeout: 60_000, intervals: [1000] }).toBe(2);
    expect(smsToReporter[1]!.message).toMatch(/^Уточнение:/);

    // 6. Withdrawn, with a reason in each language.
    const withdraw = moderator.getByRole('form', { name: 'Отозвать уведомление' });
    for (const [language, label] of [['kk', 'Казахский'], ['ru', 'Русский'], ['en', 'Английский']] as const) {
      await withdraw.getByLabel(`Причина — ${label} (видна всем)`).fill(REASONS[language]);
    }
    await withdraw.screenshot({ path: screenshotPath('notice-withdraw-form-ru-desktop.png') });
    await withdraw.getByRole('button', { name: 'Отозвать' }).click();
    await expect(moderator.getByTestId('notice-status')).toHaveText('Отозвано');
    await expect(moderator.getByTestId('withdrawn-banner')).toContainText(REASONS.ru);

    // Each of the three hears of it — once, in their language, with the reason.
    await expect.poll(() => receivedMails(email).filter((m) => m.subject === `Отозвано: ${T.ru.title}`).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => ourHooks().map((c) => c.event), { timeout: 30_000 }).toEqual(['notice.published', 'notice.corrected', 'notice.withdrawn']);
    await expect.poll(async () => (await phoneWorks()).length, { timeout: 60_000, intervals: [1000] }).toBe(3);
    // Until the withdrawal fan-out is done and nothing is left to send, then count again: still once each.
    await expect
      .poll(
        () =>
          withDb(async (c) => {
            const { rows } = await c.query<{ done: boolean; waiting: number }>(
              `SELECT n."withdrawalFanoutDoneAt" IS NOT NULL AS done,
                      (SELECT count(*)::int FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId" WHERE v."noticeId" = n.id AND d.kind = 'WITHDRAWAL' AND d.status = 'QUEUED') AS waiting
               FROM "Notice" n WHERE n.id = $1`,
              [draft.noticeId],
            );
            return rows[0]!.done && rows[0]!.waiting === 0;
          }),
        // Anything of the notice still in flight when it was withdrawn settles first; the last of it to settle starts the fan-out (the sweeper is only the safety net).
        { timeout: 150_000, intervals: [2000] },
      )
      .toBe(true);
    await phoneWorks();
    // (The subscriber follows all of Mangystau, so other journeys' notices may reach them too.)
    const withdrawalMails = receivedMails(email).filter((m) => m.subject === `Отозвано: ${T.ru.title}`);
    expect(withdrawalMails).toHaveLength(1);
    expect(withdrawalMails[0]!.text).toContain(REASONS.ru);
    expect(withdrawalMails[0]!.headers['list-unsubscribe']).toBeTruthy();
    expect(ourHooks().filter((c) => c.event === 'notice.withdrawn')).toHaveLength(1);
    const withdrawnHook = ourHooks().find((c) => c.event === 'notice.withdrawn')!;
    expect(withdrawnHook.header).toBe('notice.withdrawn');
    expect(withdrawnHook.body).toMatchObject({ notice: { version: 2, language: 'ru' }, withdrawal: { reason: REASONS.ru } });
    expect(smsToReporter).toHaveLength(3);
    expect(smsToReporter[2]!.message).toMatch(/^Raspa: сообщение ОТОЗВАНО: /);

    // 7. The reporter's tracking page says the verdict was withdrawn and why.
    await page.goto(`/ru/track/${code}`);
    const card = page.getByTestId('withdrawn-verdict');
    await expect(card).toContainText('Вердикт отозван');
    await expect(card).toContainText(REASONS.ru);
    await expect(page.getByText('Проверяется').first()).toBeVisible();
    const tracked = await (await page.request.get(`/api/v1/reports/${code}?lang=en`)).json();
    expect(tracked).toMatchObject({ status: 'checking', notice: null, withdrawn: { reason: REASONS.en, verdict: 'FALSE' } });

    // 8. The feeds keep the item, as withdrawn with the reason.
    const slug = await withDb(async (c) => (await c.query<{ slug: string }>('SELECT slug FROM "Notice" WHERE id = $1', [draft.noticeId])).rows[0]!.slug);
    const feed = (await (await page.request.get('/api/v1/feeds/en/feed.json')).json()) as { items: { id: string; title: string; summary: string; _raspa: Record<string, unknown> }[] };
    const item = feed.items.find((i) => i.id.includes(`/notices/${slug}#`))!;
    expect(item).toMatchObject({ id: expect.stringMatching(/#v2-withdrawn$/), title: expect.stringMatching(/^WITHDRAWN — False: /), _raspa: { status: 'WITHDRAWN', withdrawn_reason: REASONS.en } });
    const rss = await (await page.request.get(`/api/v1/feeds/ru/rss.xml?region=${REGION}`)).text();
    expect(rss).toContain(`${slug}#v2-withdrawn`);
    expect(rss).toContain(REASONS.ru);

    // 9. The rumour is back in the moderators' open queue, being checked.
    await moderator.goto('/ru/admin');
    await moderator.locator('#inbox-q').fill(tag);
    await moderator.locator('#inbox-q').press('Enter');
    const row = moderator.getByTestId('inbox-rumor').filter({ hasText: tag });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Проверяется');

    // 10. Screenshots, phone and desktop, kk/ru/en: the withdrawn notice page, the tracking page,
    // and the notice's admin page with its reach panel (withdrawal messages counted apart).
    for (const [device, name] of [[devices['Pixel 5'], 'phone'], [devices['Desktop Chrome'], 'desktop']] as const) {
      const viewer = await browser.newContext({ ...device, ...(name === 'phone' ? { viewport: { width: 360, height: 740 } } : {}), baseURL: baseUrl });
      const staffSession = await signedIn(browser, staff('MODERATOR', REGION), 'ru', { ...device, ...(name === 'phone' ? { viewport: { width: 360, height: 740 } } : {}) });
      try {
        const view = await viewer.newPage();
        for (const locale of LANGUAGES) {
          await view.goto(`/${locale}/notices/${slug}`);
          await expect(view.getByTestId('withdrawn-banner')).toContainText(REASONS[locale]);
          await view.screenshot({ path: screenshotPath(`withdrawn-notice-${locale}-${name}.png`), fullPage: true });
          await view.goto(`/${locale}/track/${code}`);
          await expect(view.getByTestId('withdrawn-verdict')).toContainText(REASONS[locale]);
          expect(await view.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
          await view.screenshot({ path: screenshotPath(`track-withdrawn-${locale}-${name}.png`), fullPage: true });
          await staffSession.page.goto(`/${locale}/admin/notices/${draft.noticeId}`);
          const reach = staffSession.page.getByTestId('withdrawal-reach');
          await expect(reach).toBeVisible();
          expect(await staffSession.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
          await staffSession.page.getByTestId('notice-reach').screenshot({ path: screenshotPath(`reach-panel-${locale}-${name}.png`) });
          await staffSession.page.screenshot({ path: screenshotPath(`notice-admin-withdrawn-${locale}-${name}.png`), fullPage: true });
        }
      } finally {
        await viewer.close();
        await staffSession.context.close();
      }
    }
    // The reach panel counts the three withdrawal messages (and any others of this notice) apart.
    await moderator.goto(adminPath);
    const withdrawalRows = moderator.getByTestId('withdrawal-reach').getByRole('row');
    await expect(withdrawalRows.filter({ hasText: 'E-mail' })).toContainText('1');
    await expect(withdrawalRows.filter({ hasText: 'SMS' })).toContainText('1');
    await expect(withdrawalRows.filter({ hasText: 'Вебхуки' })).toContainText('1');
  } finally {
    await moderatorSession.context.close();
    await adminSession.context.close();
    await receiver.close();
  }
});

// The notice editor starts from what the team already knows: titles in Kazakh and English from the
// rumour's own reports (marked as suggestions until edited), the approved rationale and public
// evidence offered as the body, an SMS counter that warns before it refuses, and "Publish" as one
// server operation (saveAndPublish) — not a save followed by a publish. Screenshots in kk/ru/en.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from './test';
import { generateTrackingCode, normalizeReportText } from '../server/text';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';

const REGION = 'KZ-47';
const TAB = { ru: 'Русский', kk: 'Казахский', en: 'Английский' } as const;
const TITLE = 'Заголовок — утверждение, без вердикта';

async function rumourReadyForNotice(tag: string) {
  return withDb(async (client) => {
    const rumorId = randomUUID();
    const claim = `В Жанаозене отключат газ на неделю ${tag}`;
    await client.query(
      `INSERT INTO "Rumor" (id, claim, "normalizedClaim", language, status, "regionCodes", "sightingCount", "firstSeenAt", "lastSeenAt", "updatedAt")
       VALUES ($1, $2, $3, 'ru', 'INVESTIGATING', $4, 3, now(), now(), now())`,
      [rumorId, claim, normalizeReportText(claim), [REGION]],
    );
    const reports: [string, string, string][] = [
      ['ru', `Говорят, в Жанаозене отключат газ на неделю ${tag}`, 'cyrl'],
      ['kk', `Жаңаөзенде газ бір аптаға өшіріледі дейді. Рас па? ${tag}`, 'cyrl'],
      ['en', `Gas in Zhanaozen will be cut off for a week. Is it true? ${tag}`, 'latn'],
    ];
    for (const [language, text, script] of reports) {
      await client.query(
        `INSERT INTO "Report" (id, "clientId", "trackingCode", channel, "rumorId", text, "normalizedText", language, script, "regionCode", "heardAt")
         VALUES ($1, $2, $3, 'WEB', $4, $5, $6, $7, $8, $9, now())`,
        [randomUUID(), randomUUID(), generateTrackingCode(), rumorId, text, normalizeReportText(text), language, script, REGION],
      );
    }
    await client.query(
      `INSERT INTO "Evidence" (id, "rumorId", "adHocSourceName", excerpt, url, stance, "obtainedAt", "isPublic") VALUES
       ($1, $3, 'КазТрансГаз Аймак', 'Плановых отключений в Жанаозене нет.', 'https://example.kz/gas', 'REFUTES', now(), true),
       ($2, $3, 'Диспетчер', 'Внутренняя переписка, не для публикации.', NULL, 'REFUTES', now(), false)`,
      [randomUUID(), randomUUID(), rumorId],
    );
    const moderatorId = (await client.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [staff('MODERATOR', REGION).email])).rows[0]!.id;
    await client.query(
      `INSERT INTO "VerdictDraft" (id, "rumorId", verdict, rationale, status, "draftedById", "reviewedById", "reviewedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'FALSE', 'Газовая компания опровергла отключение; подача идёт по графику.', 'APPROVED', $2, $2, now(), now())`,
      [rumorId, moderatorId],
    );
    return { rumorId, claim };
  });
}

const panel = (page: Page, language: keyof typeof TAB) => page.getByRole('tabpanel', { name: new RegExp(TAB[language]) });

test('the notice editor prefills titles from reports, offers the rationale as the body, warns on SMS length and publishes in one request', async ({ page }) => {
  test.setTimeout(120_000);
  page.on('dialog', (dialog) => void dialog.accept());
  const tag = randomUUID().slice(0, 6);
  const { rumorId, claim } = await rumourReadyForNotice(tag);
  await signIn(page, 'ru', staff('MODERATOR', REGION));
  await page.waitForURL((url) => !url.pathname.includes('/signin'));

  // How it looks in each language, on a phone and a desktop, before anything is typed.
  for (const locale of ['kk', 'en', 'ru'] as const) {
    await page.goto(`/${locale}/admin/notices/new?rumor=${rumorId}`);
    await expect(page.getByRole('tabpanel').getByTestId('title-suggestion')).toBeVisible();
    await screenshotPhoneAndDesktop(page, `notice-editor-start-${locale}`);
  }

  // Titles: the claim in Russian, the reports' first sentences in Kazakh and English, each marked.
  await page.getByRole('tab', { name: new RegExp(TAB.ru) }).click();
  await expect(panel(page, 'ru').getByLabel(TITLE)).toHaveValue(claim);
  await expect(panel(page, 'ru').getByTestId('title-suggestion')).toHaveText('Предложено из утверждения слуха — проверьте и исправьте.');
  await page.getByRole('tab', { name: new RegExp(TAB.kk) }).click();
  await expect(panel(page, 'kk').getByLabel(TITLE)).toHaveValue('Жаңаөзенде газ бір аптаға өшіріледі дейді');
  await expect(panel(page, 'kk').getByTestId('title-suggestion')).toHaveText('Предложено из сообщения на этом языке — проверьте и исправьте.');
  // Edited, it is the moderator's own: the mark goes.
  await panel(page, 'kk').getByLabel(TITLE).fill('Жаңаөзенде газ бір аптаға өшіріледі');
  await expect(panel(page, 'kk').getByTestId('title-suggestion')).toHaveCount(0);
  await page.getByRole('tab', { name: new RegExp(TAB.en) }).click();
  await expect(panel(page, 'en').getByLabel(TITLE)).toHaveValue('Gas in Zhanaozen will be cut off for a week');

  // The body's starting point: offered, not imposed; the non-public evidence never appears.
  await page.getByRole('tab', { name: new RegExp(TAB.ru) }).click();
  const ru = panel(page, 'ru');
  await expect(ru.getByLabel('Текст (Markdown)')).toHaveValue('');
  await expect(ru.getByText('Обоснование одобренного вердикта и 1 публичное доказательство; 1 непубличное не включено.')).toBeVisible();
  await ru.getByRole('button', { name: 'Начать текст с обоснования и доказательств' }).click();
  const body = await ru.getByLabel('Текст (Markdown)').inputValue();
  expect(body).toContain('Газовая компания опровергла отключение');
  expect(body).toContain('КазТрансГаз Аймак');
  expect(body).toContain('«Плановых отключений в Жанаозене нет.» https://example.kz/gas');
  expect(body).not.toContain('Внутренняя переписка');
  await expect(ru.getByTestId('body-suggestion')).toBeVisible();

  // SMS: a warning while it still saves, a refusal past one SMS, the culprit named in Latin text.
  const sms = ru.getByLabel('Текст SMS');
  await sms.fill(`Raspa: газ в Жанаозене не отключают, подача по графику ${tag}`);
  await expect(ru.getByTestId('sms-counter')).toHaveAttribute('data-state', 'near');
  await expect(ru.getByTestId('sms-counter')).toContainText('UCS-2');
  await expect(ru.getByTestId('sms-counter')).toContainText('больше 70 сохранить нельзя');
  await sms.fill('Raspa: газ в Жанаозене не отключают. Компания подтвердила: подача по графику.');
  await expect(ru.getByTestId('sms-counter')).toHaveAttribute('data-state', 'over');
  await expect(ru.getByTestId('sms-counter')).toContainText('больше одного SMS');
  await sms.fill('Raspa: газ в Жанаозене не отключают.');
  await expect(ru.getByTestId('sms-counter')).toHaveAttribute('data-state', 'ok');
  await ru.getByLabel('Краткое содержание').fill('Газовая компания сообщила, что отключений в Жанаозене нет.');

  const kk = panel(page, 'kk');
  await page.getByRole('tab', { name: new RegExp(TAB.kk) }).click();
  await kk.getByLabel('Краткое содержание').fill('Газ компаниясы Жаңаөзенде газ өшірілмейтінін хабарлады.');
  await kk.getByRole('button', { name: 'Начать текст с обоснования и доказательств' }).click();
  await kk.getByLabel('Текст SMS').fill('Raspa: Жаңаөзенде газ өшірілмейді.');

  const en = panel(page, 'en');
  await page.getByRole('tab', { name: new RegExp(TAB.en) }).click();
  await en.getByLabel('Краткое содержание').fill('The gas company said there are no cuts in Zhanaozen.');
  await en.getByLabel('Текст (Markdown)').fill('The gas company **refuted** the cut.');
  await en.getByLabel('Текст SMS').fill('Raspa: gas in Zhanaozen isn’t being cut off.');
  await expect(en.getByTestId('sms-not-gsm')).toContainText('“’”');
  await expect(en.getByTestId('sms-counter')).toContainText('UCS-2');
  await en.getByLabel('Текст SMS').fill("Raspa: gas in Zhanaozen isn't being cut off.");
  await expect(en.getByTestId('sms-counter')).toContainText('GSM-7');
  await expect(en.getByTestId('sms-not-gsm')).toHaveCount(0);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // Publish: one request that saves and publishes together.
  const calls: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/trpc\/([^?]+)/.exec(request.url());
    if (match && request.method() === 'POST') calls.push(...match[1]!.split(','));
  });
  await page.getByRole('button', { name: 'Опубликовать', exact: true }).click();
  // The first notice moves to its own page, which confirms the publication with the public link.
  await expect(page).toHaveURL(/\/ru\/admin\/notices\/[0-9a-f-]{36}\?published=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Опубликовано.' })).toBeVisible();
  await expect(page.getByRole('status').getByRole('link', { name: /Публичная страница:/ })).toHaveAttribute('href', /^\/ru\/notices\//);
  await expect(page.getByTestId('notice-status')).toHaveText('Опубликовано');
  expect(calls.filter((call) => call.startsWith('notices.') && call !== 'notices.getForEditing')).toEqual(['notices.saveAndPublish']);
  const saved = await withDb(async (client) => (await client.query<{ language: string; title: string }>(
    `SELECT t.language::text AS language, t.title FROM "NoticeTranslation" t JOIN "NoticeVersion" v ON v.id = t."noticeVersionId" JOIN "Notice" n ON n.id = v."noticeId" WHERE n."rumorId" = $1 ORDER BY 1`,
    [rumorId],
  )).rows);
  expect(saved).toEqual([
    { language: 'en', title: 'Gas in Zhanaozen will be cut off for a week' },
    { language: 'kk', title: 'Жаңаөзенде газ бір аптаға өшіріледі' },
    { language: 'ru', title: claim },
  ]);
});

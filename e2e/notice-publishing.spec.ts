// Authoring a verified notice, one story: a citizen reports a claim through the public API; a
// Mangystau moderator takes it, drafts a FALSE verdict (approved by the administrator when the
// region needs four eyes), writes the notice in Kazakh, Russian and English and publishes it. The
// public page shows the verdict and the claim, the reporter's tracking page shows the verdict; a
// correction with a "what changed" note appears on the public page; withdrawing leaves a banner.
// Only the evidence is set up directly in the database.
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { devices, type Browser, type Page } from '@playwright/test';
import { expect, test } from './test';
import { staff, withDb, type StaffLogin } from './support';

const REGION = 'KZ-47';

async function signInAt(page: Page, target: string, login: StaffLogin) {
  await page.goto(target);
  await expect(page).toHaveURL(/\/ru\/signin\?callbackUrl=/);
  await page.getByLabel('Электронная почта').fill(login.email);
  await page.getByLabel('Пароль').fill(login.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[/?]/g, '\\$&')}$`));
}

async function expectNoSeriousAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

function screenshotPath(name: string): string {
  const dir = path.join(process.env.RASPA_TEST_ARTIFACTS ? path.resolve(process.env.RASPA_TEST_ARTIFACTS) : path.join('e2e', '.artifacts'), 'screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

/** The notice's admin page at 360 px: it fits, it is accessible, and a screenshot is kept to look at. */
async function checkOnPhone(browser: Browser, url: string, login: StaffLogin, name: string) {
  const baseURL = test.info().project.use.baseURL;
  const phone = await browser.newContext({ ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, baseURL });
  try {
    const page = await phone.newPage();
    await signInAt(page, url, login);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: screenshotPath(`${name}-phone.png`), fullPage: true });
  } finally {
    await phone.close();
  }
}

const TEXTS = {
  ru: {
    title: 'Паромную переправу в Форт-Шевченко закроют навсегда',
    summary: 'Акимат Тупкараганского района и оператор переправы сообщили, что паром ходит по расписанию.',
    body: 'Паром ходит **по расписанию**. Акимат района опроверг сообщения о закрытии.',
    whatToDo: 'Не пересылайте сообщение; расписание — у оператора переправы.',
    sms: 'Raspa: паром в Форт-Шевченко не закрывают. Акимат подтвердил.',
  },
  kk: {
    title: 'Форт-Шевченкодағы паром өткелі біржола жабылады',
    summary: 'Түпқараған ауданының әкімдігі мен өткел операторы паромның кесте бойынша жүретінін хабарлады.',
    body: 'Паром **кесте бойынша** жүреді. Аудан әкімдігі жабылады деген хабарды жоққа шығарды.',
    whatToDo: 'Хабарламаны таратпаңыз.',
    sms: 'Raspa: Форт-Шевченкодағы паром жабылмайды.',
  },
  en: {
    title: 'The ferry crossing at Fort-Shevchenko will close for good',
    summary: 'The Tupkaragan district akimat and the ferry operator said the ferry runs on schedule.',
    body: 'The ferry runs **on schedule**. The district akimat refuted the reports of a closure.',
    whatToDo: 'Do not forward the message; the operator publishes the timetable.',
    sms: 'Raspa: the Fort-Shevchenko ferry is not closing. The akimat confirmed it.',
  },
} as const;
const TAB = { ru: 'Русский', kk: 'Казахский', en: 'Английский' } as const;

test('a moderator publishes a notice in three languages, corrects it and withdraws it; the reporter sees the verdict', async ({ page, browser }) => {
  test.setTimeout(180_000);
  page.on('dialog', (dialog) => void dialog.accept());
  const moderator = staff('MODERATOR', REGION);
  const admin = staff('ADMIN');
  const tag = randomUUID().slice(0, 8);

  // 1. A citizen reports the claim through the public API and keeps the tracking code.
  const response = await page.request.post('/api/v1/reports', {
    data: { clientId: randomUUID(), text: `Говорят, паромную переправу в Форт-Шевченко закроют навсегда из-за шторма ${tag}`, regionCode: REGION },
  });
  expect(response.status()).toBe(201);
  const { trackingCode } = (await response.json()) as { trackingCode: string };
  // The worker joins the stored report to a rumour within a second or so.
  await expect
    .poll(() => withDb(async (client) => (await client.query('SELECT 1 FROM "Report" WHERE "trackingCode" = $1 AND "rumorId" IS NOT NULL', [trackingCode.replace('-', '')])).rowCount))
    .toBe(1);
  const rumorId = await withDb(async (client) => {
    const { rows } = await client.query<{ rumorId: string }>('SELECT "rumorId" FROM "Report" WHERE "trackingCode" = $1', [trackingCode.replace('-', '')]);
    const id = rows[0]!.rumorId;
    // Set-up: the akimat's public refutation, so a FALSE verdict may rest on evidence.
    await client.query(
      `INSERT INTO "Evidence" (id, "rumorId", "adHocSourceName", excerpt, stance, "obtainedAt", "isPublic") VALUES ($1, $2, 'Акимат Тупкараганского района', 'Паром ходит по расписанию, закрывать переправу не планируют.', 'REFUTES', now(), true)`,
      [randomUUID(), id],
    );
    return id;
  });

  // 2. The moderator takes the rumour and drafts a FALSE verdict.
  await signInAt(page, `/ru/admin/rumors/${rumorId}`, moderator);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const start = page.getByRole('button', { name: 'Начать проверку' });
  if (await start.isVisible()) {
    await start.click();
    await expect(page.getByRole('article').getByText('Проверяется', { exact: true })).toBeVisible();
    // The verification panels read the status once; open the page afresh, as a moderator would.
    await page.reload();
  }
  // While it is checked, the interim "we are checking this claim" notice goes out in one step.
  const interim = page.getByRole('region', { name: 'Промежуточное уведомление' });
  await interim.getByRole('button', { name: 'Опубликовать сейчас' }).click();
  await expect(interim.getByRole('status')).toHaveText('Промежуточное уведомление опубликовано.');
  await expect(interim.getByRole('link', { name: 'Опубликованное промежуточное уведомление' })).toHaveAttribute('href', /^\/ru\/notices\/checking-[0-9a-f]{10}$/);

  const verdict = page.getByRole('region', { name: 'Вердикт', exact: true });
  await verdict.getByRole('combobox', { name: 'Вердикт' }).selectOption({ label: 'Ложь' });
  await verdict.getByRole('textbox', { name: 'Обоснование (со ссылкой на доказательства)' }).fill('Акимат района и оператор переправы опровергают закрытие; паром ходит по расписанию.');
  const needsApproval = await verdict.getByText('Этот вердикт должен одобрить второй модератор').isVisible();
  await verdict.getByRole('button', { name: 'Отправить вердикт' }).click();
  await expect(verdict.getByRole('status').filter({ hasText: 'Вердикт отправлен.' })).toBeVisible();

  if (needsApproval) {
    const second = await browser.newContext({ ...devices['Desktop Chrome'], baseURL: test.info().project.use.baseURL });
    try {
      const adminPage = await second.newPage();
      await signInAt(adminPage, `/ru/admin/rumors/${rumorId}`, admin);
      const adminVerdict = adminPage.getByRole('region', { name: 'Вердикт', exact: true });
      await adminVerdict.getByRole('button', { name: 'Одобрить' }).click();
      await expect(adminVerdict.getByRole('status').filter({ hasText: 'Решение сохранено.' })).toBeVisible();
    } finally {
      await second.close();
    }
    await page.reload();
  }

  // 3. With the verdict final, the verdict panel offers to write the notice.
  await page.getByTestId('notice-links').getByRole('link', { name: 'Написать уведомление' }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/admin/notices/new\\?rumor=${rumorId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Написать уведомление' })).toBeVisible();
  await expect(page.getByTestId('notice-verdict')).toHaveText('Ложь');
  await expect(page.getByRole('group', { name: 'Регионы рассылки' }).getByRole('checkbox', { checked: true })).toHaveCount(1);

  // The title is the claim: a title that states the verdict is refused.
  await page.getByRole('tab', { name: /Русский/ }).click();
  const ruTitle = page.getByRole('tabpanel', { name: /Русский/ }).getByLabel('Заголовок — утверждение, без вердикта');
  await ruTitle.fill(`Ложь: ${TEXTS.ru.title}`);
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  await expect(page.getByText('Напишите утверждение так, как его пересказывают; вердикт показывается отдельно.')).toBeVisible();

  // Russian and Kazakh first; English is missing and flagged before publishing.
  for (const language of ['ru', 'kk'] as const) {
    await page.getByRole('tab', { name: new RegExp(TAB[language]) }).click();
    const panel = page.getByRole('tabpanel', { name: new RegExp(TAB[language]) });
    await panel.getByLabel('Заголовок — утверждение, без вердикта').fill(TEXTS[language].title);
    await panel.getByLabel('Краткое содержание').fill(TEXTS[language].summary);
    await panel.getByLabel('Текст (Markdown)').fill(TEXTS[language].body);
    await panel.getByLabel('Что делать (необязательно)').fill(TEXTS[language].whatToDo);
    await panel.getByLabel('Текст SMS').fill(TEXTS[language].sms);
    await expect(panel.getByTestId('sms-counter')).toContainText('UCS-2');
  }
  const ruPanel = page.getByRole('tabpanel', { name: /Русский/ });
  await page.getByRole('tab', { name: /Русский/ }).click();
  await ruPanel.getByLabel('Текст SMS').fill(`${TEXTS.ru.sms} Подробности на сайте Raspa.`);
  await expect(ruPanel.getByTestId('sms-counter')).toContainText('больше одного SMS');
  await ruPanel.getByLabel('Текст SMS').fill(TEXTS.ru.sms);
  const completeness = page.getByTestId('notice-completeness');
  await expect(completeness).toContainText('Английский: нет перевода');
  await expect(completeness).toContainText('Русский: готово');
  const publish = page.getByRole('button', { name: 'Опубликовать', exact: true });
  await expect(publish).toBeDisabled();
  await page.getByRole('button', { name: 'Сохранить черновик' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/notices\/[0-9a-f-]{36}$/);
  const noticeUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId('notice-status')).toHaveText('Черновик');

  await page.getByRole('tab', { name: /Английский/ }).click();
  const enPanel = page.getByRole('tabpanel', { name: /Английский/ });
  await enPanel.getByLabel('Заголовок — утверждение, без вердикта').fill(TEXTS.en.title);
  await enPanel.getByLabel('Краткое содержание').fill(TEXTS.en.summary);
  await enPanel.getByLabel('Текст (Markdown)').fill(TEXTS.en.body);
  await enPanel.getByLabel('Что делать (необязательно)').fill(TEXTS.en.whatToDo);
  await enPanel.getByLabel('Текст SMS').fill(TEXTS.en.sms);
  await expect(enPanel.getByTestId('sms-counter')).toContainText('GSM-7');
  await expect(completeness).toContainText('Английский: готово');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: screenshotPath('notice-editor-desktop.png'), fullPage: true });

  // 4. Publish: the public link appears.
  await publish.click();
  await expect(page.getByRole('status').filter({ hasText: 'Опубликовано.' })).toBeVisible();
  await expect(page.getByTestId('notice-status')).toHaveText('Опубликовано');
  const publicHref = (await page.getByRole('link', { name: /Публичная страница:/ }).getAttribute('href'))!;
  expect(publicHref).toMatch(/^\/ru\/notices\/the-ferry-crossing-at-fort-shevchenko-will-close-for-good-[0-9a-f]{6}$/);
  await expectNoSeriousAxeViolations(page);
  await checkOnPhone(browser, noticeUrl, moderator, 'notice-editor-published');
  // The final notice superseded the interim one.
  const interimState = await withDb(
    async (client) => (await client.query<{ status: string; superseded: boolean }>(`SELECT status::text AS status, "supersededById" IS NOT NULL AS superseded FROM "Notice" WHERE "rumorId" = $1 AND verdict = 'CHECKING'`, [rumorId])).rows,
  );
  expect(interimState).toEqual([{ status: 'WITHDRAWN', superseded: true }]);

  // 5. The public page shows the verdict and the claim; the reporter's tracking page the verdict.
  const reader = await browser.newContext({ ...devices['Desktop Chrome'], baseURL: test.info().project.use.baseURL });
  try {
    const publicPage = await reader.newPage();
    await publicPage.goto(publicHref);
    await expect(publicPage.getByRole('heading', { level: 1 })).toContainText(TEXTS.ru.title);
    await expect(publicPage.getByRole('main')).toContainText('Ложь');

    await publicPage.goto(`/ru/track/${trackingCode}`);
    await expect(publicPage.getByText('Вердикт опубликован').first()).toBeVisible();
    await expect(publicPage.getByText(TEXTS.ru.title)).toBeVisible();

    // 6. A correction with a "what changed" note.
    await page.getByRole('button', { name: 'Редактировать / исправить' }).click();
    await expect(page.getByRole('heading', { name: 'Идёт исправление: версия 2, ещё не опубликована.' })).toBeVisible();
    await page.getByRole('tab', { name: /Русский/ }).click();
    await ruPanel.getByLabel('Краткое содержание').fill(`${TEXTS.ru.summary} Штормовое предупреждение снято.`);
    const publishCorrection = page.getByRole('button', { name: 'Опубликовать исправление' });
    await expect(publishCorrection).toBeDisabled();
    const changeNote = 'Добавили, что штормовое предупреждение снято.';
    await page.getByLabel('Что изменилось').fill(changeNote);
    await publishCorrection.click();
    await expect(page.getByRole('status').filter({ hasText: 'Опубликовано.' })).toBeVisible();
    const secondVersion = page.getByTestId('notice-versions').getByRole('listitem').filter({ hasText: 'Версия 2' });
    await expect(secondVersion).toContainText(changeNote);
    await expect(secondVersion).toContainText('Опубликовано');

    // Public pages are cached for a few seconds; a reader who reloads sees the correction.
    await expect(async () => {
      await publicPage.goto(publicHref);
      await expect(publicPage.getByRole('main')).toContainText(changeNote, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(publicPage.getByRole('main')).toContainText('Обновлено');

    // 7. Withdrawn: the page stays, with a banner and the reason.
    const reason = 'Акимат попросил уточнить формулировки; уведомление будет переписано.';
    const withdraw = page.getByRole('form', { name: 'Отозвать уведомление' });
    await withdraw.getByLabel('Причина — Русский (видна всем)').fill(reason);
    await withdraw.getByRole('button', { name: 'Отозвать' }).click();
    await expect(page.getByTestId('notice-status')).toHaveText('Отозвано');

    await expect(async () => {
      await publicPage.goto(publicHref);
      await expect(publicPage.getByRole('main')).toContainText('Это уведомление отозвано', { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(publicPage.getByRole('main')).toContainText(reason);
  } finally {
    await reader.close();
  }
});

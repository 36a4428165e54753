// A team at crisis speed (issue 16): three people on one rumour, nobody reloads. The verifier's open
// task list shows a new question the moment the moderator asks it; the verifier's answer appears on
// the moderator's open rumour page; a colleague's comment appears there too — and what the moderator
// was typing meanwhile is still in its box; when the moderator leaves, the colleague's "being handled
// by …" notice goes away.
import { randomUUID } from 'node:crypto';
import { devices, type Browser } from '@playwright/test';
import { expect, test } from './test';
import { signIn, staff, withDb } from './support';
import { formatTypedDateTime } from '../server/i18n/format';

const REGION = 'KZ-47';

async function newContext(browser: Browser, phone: boolean) {
  const baseURL = test.info().project.use.baseURL;
  return browser.newContext(phone ? { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, baseURL } : { ...devices['Desktop Chrome'], baseURL });
}

test('a question, its answer and a colleague’s comment appear on open pages without a reload', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const moderator = staff('MODERATOR', REGION);
  const verifier = staff('VERIFIER');
  const admin = staff('ADMIN');
  const verifierName = await withDb(async (c) => (await c.query<{ name: string }>('SELECT name FROM "User" WHERE email = $1', [verifier.email])).rows[0]!.name);

  // A fresh rumour of the region, clustered by the worker.
  const claim = `Говорят, в Курыке закрыли паромную переправу ${randomUUID().slice(0, 6)}`;
  const created = await page.request.post('/api/v1/reports', { data: { clientId: randomUUID(), text: claim, regionCode: REGION } });
  expect(created.status()).toBe(201);
  const { trackingCode } = (await created.json()) as { trackingCode: string };
  let rumorId = '';
  await expect
    .poll(async () => (rumorId = (await withDb(async (c) => (await c.query<{ rumorId: string | null }>('SELECT "rumorId" FROM "Report" WHERE "trackingCode" = $1', [trackingCode])).rows[0]?.rumorId)) ?? ''), { timeout: 20_000 })
    .not.toBe('');

  // The verifier has the task list open on a phone, before any question exists.
  const phone = await newContext(browser, true);
  const desk = await newContext(browser, false);
  try {
    const verifierPage = await phone.newPage();
    await signIn(verifierPage, 'ru', verifier);
    await expect(verifierPage).toHaveURL(/\/ru\/admin(\/tasks)?$/);
    await verifierPage.goto('/ru/admin/tasks');
    await expect(verifierPage.getByRole('heading', { level: 1, name: 'Мои задачи' })).toBeVisible();

    // The moderator opens the rumour and asks.
    await signIn(page, 'ru', moderator);
    await expect(page).toHaveURL(/\/ru\/admin$/);
    await page.goto(`/ru/admin/rumors/${rumorId}`);
    const question = `Работает ли паромная переправа в Курыке сейчас? ${randomUUID().slice(0, 4)}`;
    const requests = page.getByRole('region', { name: 'Проверка на месте' });
    await requests.getByRole('button', { name: 'Спросить проверяющих' }).click();
    await requests.getByRole('group', { name: 'Проверяющие' }).getByRole('checkbox', { name: verifierName }).check();
    await requests.getByRole('textbox', { name: 'Вопрос' }).fill(question);
    const due = new Date(Date.now() + 5 * 3600_000);
    await requests.getByLabel('Срок', { exact: true }).fill(formatTypedDateTime(due, 'ru')); // as Russian writes it, in Kazakhstan time
    await requests.getByRole('button', { name: 'Отправить' }).click();
    await expect(requests.getByRole('status')).toHaveText('Вопрос отправлен.');

    // The moderator starts typing a comment and leaves it unsent.
    const draft = 'Жду ответа проверяющего, потом решу';
    await page.getByRole('textbox', { name: 'Добавить комментарий' }).fill(draft);

    // The question appears on the verifier's open list — no reload — and is answered.
    const task = verifierPage.getByRole('article', { name: question });
    await expect(task).toBeVisible({ timeout: 5_000 });
    await task.getByRole('group', { name: 'Вопрос' }).getByRole('button', { name: 'Опровергаю' }).click();
    await expect(task.getByRole('status')).toHaveText('Спасибо — ответ отправлен.');

    // The answer appears on the moderator's open page.
    await expect(requests.getByRole('listitem').filter({ hasText: question })).toContainText('Опровергаю', { timeout: 5_000 });

    // An administrator comments on the same rumour; it appears for the moderator, whose draft stays.
    const adminPage = await desk.newPage();
    await signIn(adminPage, 'ru', admin);
    await expect(adminPage).toHaveURL(/\/ru\/admin$/);
    await adminPage.goto(`/ru/admin/rumors/${rumorId}`);
    const remark = `Паромщики говорят, переправа работает ${randomUUID().slice(0, 4)}`;
    await adminPage.getByRole('textbox', { name: 'Добавить комментарий' }).fill(remark);
    await adminPage.getByRole('button', { name: 'Отправить' }).last().click();
    await expect(page.getByRole('region', { name: 'Комментарии' })).toContainText(remark, { timeout: 5_000 });
    await expect(page.getByRole('textbox', { name: 'Добавить комментарий' })).toHaveValue(draft);

    // The administrator was told the moderator has the rumour open; when the moderator leaves it,
    // that notice goes away on its own (the lock is let go, and the administrator's page takes it).
    await expect(adminPage.getByTestId('lock-banner')).toBeVisible();
    await page.goto('/ru/admin');
    await expect(adminPage.getByTestId('lock-banner')).toBeHidden({ timeout: 5_000 });
  } finally {
    await phone.close();
    await desk.close();
  }
});

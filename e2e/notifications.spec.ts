// Staff notifications (issue 16): a moderator asks a field verifier a question; the verifier's
// header count goes up without a reload; the bell opens the notification centre, and the
// notification leads to the task itself. Screenshots of the centre in kk/ru/en, phone and desktop.
import { randomUUID } from 'node:crypto';
import { devices, type Locator } from '@playwright/test';
import { expect, test } from './test';
import { horizontalOverflow, receivedMails, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';
import { formatTypedDateTime } from '../server/i18n/format';

const REGION = 'KZ-47';

async function unreadCount(bell: Locator): Promise<number> {
  const counter = bell.getByTestId('notification-count');
  return (await counter.count()) === 0 ? 0 : Number((await counter.textContent())?.replace(/\D/g, '') ?? 0);
}

test('a verifier is told of a question at once and the notification leads to the task', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const moderator = staff('MODERATOR', REGION);
  const verifier = staff('VERIFIER');
  const verifierName = await withDb(async (c) => (await c.query<{ name: string }>('SELECT name FROM "User" WHERE email = $1', [verifier.email])).rows[0]!.name);

  const claim = `Говорят, в Бейнеу закрыли автовокзал ${randomUUID().slice(0, 6)}`;
  const created = await page.request.post('/api/v1/reports', { data: { clientId: randomUUID(), text: claim, regionCode: REGION } });
  expect(created.status()).toBe(201);
  const { trackingCode } = (await created.json()) as { trackingCode: string };
  let rumorId = '';
  await expect
    .poll(async () => (rumorId = (await withDb(async (c) => (await c.query<{ rumorId: string | null }>('SELECT "rumorId" FROM "Report" WHERE "trackingCode" = $1', [trackingCode])).rows[0]?.rumorId)) ?? ''), { timeout: 20_000 })
    .not.toBe('');

  // The verifier is on their phone, on the inbox-less start page; the bell shows what is unread now.
  const baseURL = test.info().project.use.baseURL;
  const phone = await browser.newContext({ ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, baseURL });
  try {
    const verifierPage = await phone.newPage();
    await signIn(verifierPage, 'ru', verifier);
    await expect(verifierPage).toHaveURL(/\/ru\/admin(\/tasks)?$/);
    const bell = verifierPage.getByTestId('notification-bell');
    await expect(bell).toBeVisible();
    const before = await unreadCount(bell);

    // The verifier also wants their questions by e-mail (saved on the notifications page).
    await verifierPage.goto('/ru/admin/notifications');
    const settings = verifierPage.getByRole('region', { name: 'Куда приходят уведомления' });
    await settings.getByRole('combobox', { name: /просит вас проверить на месте/ }).selectOption('EMAIL');
    await settings.getByRole('button', { name: 'Сохранить' }).click();
    await expect(settings.getByRole('status')).toHaveText('Сохранено.');

    // The moderator asks.
    await signIn(page, 'ru', moderator);
    await expect(page).toHaveURL(/\/ru\/admin$/);
    await page.goto(`/ru/admin/rumors/${rumorId}`);
    const question = `Работает ли автовокзал в Бейнеу? ${randomUUID().slice(0, 4)}`;
    const requests = page.getByRole('region', { name: 'Проверка на месте' });
    await requests.getByRole('button', { name: 'Спросить проверяющих' }).click();
    await requests.getByRole('group', { name: 'Проверяющие' }).getByRole('checkbox', { name: verifierName }).check();
    await requests.getByRole('textbox', { name: 'Вопрос' }).fill(question);
    const due = new Date(Date.now() + 5 * 3600_000);
    await requests.getByLabel('Срок', { exact: true }).fill(formatTypedDateTime(due, 'ru')); // as Russian writes it, in Kazakhstan time
    await requests.getByRole('button', { name: 'Отправить' }).click();
    await expect(requests.getByRole('status')).toHaveText('Вопрос отправлен.');

    // The verifier's count goes up without a reload.
    await expect.poll(() => unreadCount(bell), { timeout: 5_000 }).toBeGreaterThan(before);
    await expect(bell).toHaveAttribute('aria-label', /Уведомления, непрочитанных: \d+/);
    // …and by e-mail, through the delivery engine, at the local SMTP server.
    await expect.poll(() => receivedMails(verifier.email).filter((mail) => mail.text.includes(claim)).length, { timeout: 20_000 }).toBe(1);

    // The centre, as the verifier sees it, in every language and size (for people to look at).
    for (const locale of ['kk', 'ru', 'en'] as const) {
      await verifierPage.goto(`/${locale}/admin/notifications`);
      await expect(verifierPage.getByRole('link', { name: new RegExp(claim) })).toBeVisible();
      expect(await horizontalOverflow(verifierPage)).toBe(0);
      await screenshotPhoneAndDesktop(verifierPage, `notifications-${locale}`);
    }
    // Kazakh words and dates, also in a browser without Kazakh locale data.
    await verifierPage.goto('/kk/admin/notifications');
    const kkItem = verifierPage.getByRole('article').filter({ hasText: claim });
    await expect(kkItem).toContainText('сізден орнында тексеруді сұрайды');
    await expect(kkItem.locator('time')).toHaveText(/бұрын|қазір/);

    // The notification leads to the task, and is read from then on.
    await verifierPage.goto('/ru/admin/notifications');
    const item = verifierPage.getByRole('article').filter({ hasText: claim });
    await expect(item).toContainText('просит вас проверить на месте');
    await expect(item).toContainText('Не прочитано');
    await item.getByRole('link').click();
    await expect(verifierPage).toHaveURL(/\/ru\/admin\/tasks#task-[0-9a-f-]{36}$/);
    await expect(verifierPage.getByRole('article', { name: question })).toBeVisible();
    await verifierPage.goto('/ru/admin/notifications');
    await expect(verifierPage.getByRole('article').filter({ hasText: claim })).not.toContainText('Не прочитано');
  } finally {
    await phone.close();
  }
});

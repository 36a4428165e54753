// Triage on a 360-px phone: the inbox opens on open work, most urgent first, and the first open row
// is on screen without scrolling.
import { expect, test } from './test';
import { horizontalOverflow, screenshotPath, screenshotPhoneAndDesktop, signIn, staff } from './support';

const OPEN = ['NEW', 'INVESTIGATING', 'AWAITING_APPROVAL'];

test('the first open rumour is above the fold on a phone, and open work comes before published', async ({ page }) => {
  await signIn(page, 'ru', staff('MODERATOR', 'KZ-47'));
  await page.waitForURL((url) => !url.pathname.includes('/signin'));
  await page.goto('/ru/admin');
  const rows = page.getByTestId('inbox-rumor');
  await expect(rows.first()).toBeVisible();
  const box = await rows.first().boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  await page.screenshot({ path: screenshotPath('inbox-first-screen-ru-phone.png') });
  expect(box!.y + Math.min(box!.height, 80)).toBeLessThanOrEqual(viewport.height);
  // Open work first: no open row after a closed one.
  const priorities = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
  const firstClosed = priorities.findIndex((status) => status !== null && !OPEN.includes(status));
  if (firstClosed >= 0) expect(priorities.slice(firstClosed).every((status) => !OPEN.includes(status ?? ''))).toBe(true);

  // Search and filters and the navigation are one tap away.
  await page.getByText('Поиск и фильтры').click();
  await expect(page.getByLabel('Поиск по сообщениям и утверждениям')).toBeVisible();
  // What a moderator searches for is posted: it is in no address (server and proxy logs, history).
  const sent: string[] = [];
  page.on('request', (request) => sent.push(request.url()));
  const searched = page.waitForResponse((response) => response.url().includes('rumors.inbox') && response.request().method() === 'POST');
  await page.getByLabel('Поиск по сообщениям и утверждениям').fill('паромная переправа');
  await page.getByLabel('Поиск по сообщениям и утверждениям').press('Enter');
  expect((await searched).status()).toBe(200);
  expect(sent.filter((address) => decodeURIComponent(address).includes('паромная'))).toEqual([]);
  await page.getByRole('button', { name: 'Меню' }).click();
  await page.getByRole('navigation', { name: /./ }).getByRole('link', { name: 'Мои задачи' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\/tasks$/);
});

test('a rumour page on a phone shows status, priority, deadline and the next action on the first screen', async ({ page }) => {
  await signIn(page, 'ru', staff('MODERATOR', 'KZ-47'));
  await page.waitForURL((url) => !url.pathname.includes('/signin'));
  await page.goto('/ru/admin');
  await page.getByTestId('inbox-rumor').first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/ru\/admin\/rumors\//);
  const viewport = page.viewportSize()!;
  const onFirstScreen = async (locator: ReturnType<typeof page.locator>) => {
    await expect(locator).toBeVisible();
    const box = (await locator.boundingBox())!;
    expect(box.y + box.height, (await locator.textContent()) ?? undefined).toBeLessThanOrEqual(viewport.height);
  };
  const header = page.locator('header').filter({ has: page.locator('#rumor-claim') });
  await onFirstScreen(header.getByText('Срок', { exact: true }));
  await onFirstScreen(header.locator('[data-priority]').first());
  await onFirstScreen(header.locator('[data-status]').first());
  await onFirstScreen(page.getByRole('region', { name: 'Действия' }).getByRole('button').first());
  await page.screenshot({ path: screenshotPath('rumor-first-screen-ru-phone.png') });
});

test('in kk, ru and en the inbox and the rumour page fit a phone and open on open work', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'ru', staff('MODERATOR', 'KZ-47'));
  await page.waitForURL((url) => !url.pathname.includes('/signin'));
  const viewport = page.viewportSize()!;
  for (const locale of ['kk', 'ru', 'en'] as const) {
    await page.goto(`/${locale}/admin`);
    const first = page.getByTestId('inbox-rumor').first();
    await expect(first).toBeVisible();
    // Longer Kazakh labels must not push the first row below the fold or the page sideways.
    expect((await first.boundingBox())!.y).toBeLessThan(viewport.height - 40);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshotPhoneAndDesktop(page, `inbox-${locale}`);
    await page.setViewportSize(viewport);
    await first.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/admin/rumors/`));
    await expect(page.locator('#rumor-claim')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshotPhoneAndDesktop(page, `rumor-${locale}`);
  }
});

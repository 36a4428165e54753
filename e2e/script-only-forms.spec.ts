// A staff member on a slow phone taps "Save" before the page's JavaScript has run. The form works
// only with its script, so the browser's own submission would be a GET to the same address with
// every field in the URL (history, access logs) and the typed text reloaded away. The tap is held
// back and sent once the page is ready.
import { expect, test } from './test';
import type { Page } from '@playwright/test';
import { signIn, staff } from './support';

/**
 * Holds the page's scripts back (not its styles, which an inline script waits for): the HTML is
 * there, React is not. Returns what lets them through.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let releaseScripts!: () => void;
  const scriptsReleased = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route((url) => url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js'), async (route) => {
    await scriptsReleased;
    await route.continue();
  });
  return releaseScripts;
}

test('a hotline entry sent before the page is ready is held, kept out of the URL and sent once ready', async ({ page }) => {
  await signIn(page, 'ru', staff('PROXY'));
  await expect(page).toHaveURL(/\/ru\/admin\/hotline$/);

  const releaseScripts = await holdScripts(page);
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await page.goto('/ru/admin/hotline', { waitUntil: 'commit' });
  await expect(page.getByRole('button', { name: 'Внести сообщение' })).toBeVisible();
  navigations.length = 0;

  const text = 'Звонил мужчина из Актау: говорят, в пятницу отключат воду во всём 12 микрорайоне';
  await page.getByLabel('Что человек услышал или увидел?').fill(text);
  await page.getByRole('button', { name: 'Внести сообщение' }).click();
  // Nothing can announce that nothing happened: give a native submission the time it would take.
  await page.waitForTimeout(1_500);
  expect(navigations).toEqual([]);
  expect(page.url()).not.toContain('?');

  releaseScripts();
  await expect(page.getByRole('heading', { name: 'Сообщение внесено' })).toBeVisible();
  await expect(page.getByTestId('hotline-tracking-code')).toHaveText(/^[A-HJ-NP-Z2-9]{8}$/);
  expect(navigations.every((url) => !url.includes('?'))).toBe(true);
});

// A button that is not a submit (Menu, a tab, "Publish now") has no behaviour at all without its
// script: a tap before the page is ready used to be lost. It is held and acted on once ready.
test('a tap on a script-only button before the page is ready is acted on once ready', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, 'ru', staff('PROXY'));
  await expect(page).toHaveURL(/\/ru\/admin\/hotline$/);

  const releaseScripts = await holdScripts(page);
  await page.goto('/ru/admin/hotline', { waitUntil: 'commit' });
  const menu = page.getByRole('button', { name: 'Меню' });
  await expect(menu).toBeVisible();
  await menu.click();
  await page.waitForTimeout(500);
  await expect(page.getByRole('navigation', { name: 'Навигация рабочего места' })).toBeHidden();

  releaseScripts();
  // Opened once, not toggled twice.
  await expect(page.getByRole('button', { name: 'Закрыть меню' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('navigation', { name: 'Навигация рабочего места' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole('button', { name: 'Закрыть меню' })).toHaveAttribute('aria-expanded', 'true');
});

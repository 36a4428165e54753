// Admin → Settings: how long personal data is kept (issue 14). A period out of bounds is refused
// with a reason; a saved one is what the public privacy page states at once.
import { expect, test } from '@playwright/test';
import { screenshotPath, signIn, staff, withDb } from './support';

test.afterAll(async () => {
  await withDb((client) => client.query(`DELETE FROM "Setting" WHERE key = 'privacy.retention'`));
});

test('an admin shortens the SMS log; the privacy page says so at once', async ({ page }) => {
  await signIn(page, 'en', staff('ADMIN'));
  await expect(page).toHaveURL(/\/en\/admin$/);
  await page.goto('/en/admin/settings');
  const section = page.getByRole('region', { name: 'How long personal data is kept' });
  const smsLog = section.getByLabel('SMS log (numbers and texts), days');
  await expect(smsLog).toHaveValue('90');
  await smsLog.fill('3');
  await section.getByRole('button', { name: 'Save periods' }).click();
  await expect(section.getByText('Enter whole days within the range shown.')).toBeVisible();
  await expect(smsLog).toHaveValue('3');

  await smsLog.fill('14');
  await section.getByRole('button', { name: 'Save periods' }).click();
  await expect(section.getByRole('status')).toContainText('Saved. The privacy page and the next purge use the new periods.');
  for (const [size, width] of [['phone', 360], ['desktop', 1280]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await section.screenshot({ path: screenshotPath(`settings-retention-en-${size}.png`) });
  }

  await page.goto('/en/privacy');
  await expect(page.locator('[data-kind="sms"]')).toContainText('14 days after the message.');
  await page.goto('/kk/privacy');
  await expect(page.locator('[data-kind="sms"]')).toContainText('14 күн');
});

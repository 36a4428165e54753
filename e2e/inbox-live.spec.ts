// The moderation inbox is live: a report clustered by the worker while a moderator has the inbox
// open shows up as "N new reports — show" (over the staff event stream, authorised per region),
// and "show" brings the rumour into the list without reloading the page.
import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import { signIn, staff } from './support';

test('a moderator’s open inbox announces a new report from their region and shows it on request', async ({ page }) => {
  // Watched from before sign-in: the inbox opens its event stream as soon as it renders.
  const streamOpened = page.waitForResponse((response) => response.url().endsWith('/api/admin/events') && response.status() === 200);
  await signIn(page, 'ru', staff('MODERATOR', 'KZ-47'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await streamOpened;

  const claim = `Говорят, в Жанаозене на неделю закроют все заправки ${randomUUID().slice(0, 8)}`;
  const response = await page.request.post('/api/v1/reports', { data: { clientId: randomUUID(), text: claim, regionCode: 'KZ-47' } });
  expect(response.status()).toBe(201);

  // Other journeys may report at the same time, so the count is "at least one".
  const banner = page.getByRole('button', { name: /(новое сообщение|новых сообщени[яй]) — показать/ });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  // The list is not re-sorted under the moderator's cursor: the rumour appears when asked for.
  await expect(page.getByText(claim)).toHaveCount(0);
  await banner.click();
  await expect(page.getByTestId('inbox-rumor').filter({ hasText: claim })).toBeVisible();
});

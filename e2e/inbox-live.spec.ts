// The moderation inbox is live: a report clustered by the worker while a moderator has the inbox
// open shows up as "N new reports — show" (over the staff event stream, authorised per region),
// and "show" brings the rumour into the list without reloading the page.
import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import { signIn, staff, withDb } from './support';

test('a moderator’s open inbox announces a new report from their region and shows it on request', async ({ page }) => {
  // Watched from before sign-in: the inbox opens its event stream as soon as it renders.
  const streamOpened = page.waitForResponse((response) => response.url().endsWith('/api/admin/events') && response.status() === 200);
  await signIn(page, 'ru', staff('MODERATOR', 'KZ-47'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await streamOpened;

  const claim = `Говорят, в Жанаозене на неделю закроют все заправки ${randomUUID().slice(0, 8)}`;
  const clientId = randomUUID();
  const response = await page.request.post('/api/v1/reports', { data: { clientId, text: claim, regionCode: 'KZ-47' } });
  expect(response.status()).toBe(201);

  // Other journeys may report at the same time, so the count is "at least one".
  const banner = page.getByRole('button', { name: /(новое сообщение|новых сообщени[яй]) — показать/ });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  // The list is not re-sorted under the moderator's cursor: the rumour appears when asked for.
  await expect(page.getByText(claim)).toHaveCount(0);
  // The report may join an open rumour of the same claim (another journey's, or this test's first try): the row to
  // expect is its rumour's, whatever that rumour's wording.
  const rumorClaim = await withDb(async (client) => {
    const { rows } = await client.query<{ claim: string }>('SELECT r.claim FROM "Report" p JOIN "Rumor" r ON r.id = p."rumorId" WHERE p."clientId" = $1', [clientId]);
    return rows[0]?.claim;
  });
  expect(rumorClaim).toBeTruthy();
  await banner.click();
  // More reports may arrive meanwhile and renew the banner; "show" again then brings them in too.
  await expect(async () => {
    if (await banner.isVisible()) await banner.click();
    await expect(page.getByTestId('inbox-rumor').filter({ hasText: rumorClaim! })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
});

test('the “last seen” days are typed as the moderator’s language writes them, and a wrong one is explained beside its field (kk)', async ({ page }) => {
  await signIn(page, 'kk', staff('MODERATOR', 'KZ-47'));
  await expect(page).toHaveURL(/\/kk\/admin$/);
  const rows = page.getByTestId('inbox-rumor');
  await expect(rows.first()).toBeVisible();
  await page.getByText('Сүзгілер', { exact: true }).click();
  const from = page.getByLabel('Соңғысы, бастап');
  const to = page.getByLabel('Соңғысы, дейін');
  // Not the browser's picker, whose pattern is its own locale's ("mm/dd/yyyy" in headless Chromium).
  await expect(from).toHaveAttribute('placeholder', 'КК.АА.ЖЖЖЖ');

  // A day that does not exist: explained beside the field, the text kept, the list as it was.
  await from.fill('31.02.2026');
  await to.fill('31.12.2001');
  await page.getByRole('button', { name: 'Қолдану' }).last().click();
  await expect(page.locator('#inbox-from-error')).toHaveText('Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 31.03.2026.');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveValue('31.02.2026');
  await expect(rows.first()).toBeVisible();

  // Written the Kazakh way, it filters: nothing was last seen in 2001, and the day comes back as written.
  await from.fill('1.1.2001');
  await page.getByRole('button', { name: 'Қолдану' }).last().click();
  await expect(page.getByText('Сүзгілерге сай сыбыс жоқ.')).toBeVisible();
  await expect(rows).toHaveCount(0);
  await expect(page.getByLabel('Соңғысы, бастап')).toHaveValue('01.01.2001');
  await expect(page.locator('#inbox-from-error')).toHaveCount(0);

  // A later end day brings the region's rumours back.
  await page.getByLabel('Соңғысы, дейін').fill('31.12.2099');
  await page.getByRole('button', { name: 'Қолдану' }).last().click();
  await expect(rows.first()).toBeVisible();
  await expect(page.getByLabel('Соңғысы, дейін')).toHaveValue('31.12.2099');
});

// Home and region lists page through older notices (issue 13: no dead ends) with plain links.
import { expect, test } from './test';
import { publishNotice, screenshotPhoneAndDesktop } from './support';

test('a region page lists 20 notices at a time and pages to older ones and back; the home page too', async ({ page }) => {
  const run = Date.now();
  for (let i = 1; i <= 22; i += 1) {
    const n = String(i).padStart(2, '0');
    await publishNotice(`paging-${run}-${n}`, { kk: `Қауесет №${n} жалған (${run})`, ru: `Слух №${n} ложный (${run})`, en: `Rumour no. ${n} is false (${run})` }, ['KZ-11']);
  }
  await page.goto('/ru/regions/KZ-11');
  const list = page.locator('#latest');
  await expect(list.getByRole('link', { name: `Слух №22 ложный (${run})` })).toBeVisible();
  await expect(list.getByRole('link', { name: `Слух №03 ложный (${run})` })).toBeVisible();
  await expect(list.getByRole('link', { name: `Слух №02 ложный (${run})` })).toHaveCount(0);
  await expect(list.getByRole('link', { name: 'К самым новым' })).toHaveCount(0);

  await list.getByRole('link', { name: 'Более ранние сообщения' }).click();
  await expect(page).toHaveURL(/\/ru\/regions\/KZ-11\?before=/);
  await expect(list.getByRole('link', { name: `Слух №02 ложный (${run})` })).toBeVisible();
  await expect(list.getByRole('link', { name: `Слух №01 ложный (${run})` })).toBeVisible();
  await expect(list.getByRole('link', { name: `Слух №03 ложный (${run})` })).toHaveCount(0);
  await screenshotPhoneAndDesktop(page, 'region-older-notices-ru');
  await list.getByRole('link', { name: 'К самым новым' }).click();
  await expect(list.getByRole('link', { name: `Слух №22 ложный (${run})` })).toBeVisible();

  // A mangled cursor shows the newest notices, not an error.
  const mangled = await page.goto('/ru/regions/KZ-11?before=not-a-cursor');
  expect(mangled!.status()).toBe(200);
  await expect(list.getByRole('link', { name: `Слух №22 ложный (${run})` })).toBeVisible();

  await page.goto('/kk');
  await expect(page.getByRole('link', { name: `Қауесет №22 жалған (${run})` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Қауесет №12 жалған (${run})` })).toHaveCount(0);
  await page.getByRole('link', { name: 'Бұрынғы хабарламалар' }).click();
  await expect(page).toHaveURL(/\/kk\?before=/);
  await expect(page.getByRole('link', { name: `Қауесет №12 жалған (${run})` })).toBeVisible();
});

// The source registry on a slow connection: a moderator saves a new source, the answer is lost on the
// way back (the source was stored), they save again — and the registry lists it once, not twice. A
// source named in another language than the page's says which language it is written in.
import { sourceSeeds } from '../prisma/seed/sources';
import { expect, test } from './test';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff } from './support';

test('a source saved again after its answer was lost is listed once', async ({ page, expectConsoleErrors }) => {
  // The first answer is cut off on purpose.
  expectConsoleErrors(/Failed to load resource|net::ERR_FAILED/);
  test.setTimeout(90_000);
  await signIn(page, 'ru', staff('MODERATOR', 'KZ-47'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await page.goto('/ru/admin/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Реестр источников' })).toBeVisible();

  const name = `Пресс-служба порта Актау ${Date.now()}`;
  await page.getByRole('button', { name: 'Добавить источник' }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Добавить источник' }) });
  await form.getByLabel('Название').fill(name);
  await form.getByRole('checkbox', { name: /Мангист/ }).check();

  // The server stores the source; its answer never reaches the phone.
  let lost = 0;
  await page.route(/\/api\/trpc\/[^?]*verification\.createSource/, async (route) => {
    if (lost++ > 0) return route.continue();
    await route.fetch();
    await route.abort('failed');
  });
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect.poll(() => lost).toBe(1);
  await expect(form.getByRole('button', { name: 'Сохранить' })).toBeEnabled();
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText('Сохранено.')).toBeVisible();
  expect(lost).toBe(2);
  await expect(page.getByText(name, { exact: true })).toHaveCount(1);
  await page.reload();
  await expect(page.getByText(name, { exact: true })).toHaveCount(1);

  // A source is written once, in its author's language: in another language the registry says which
  // (the demo's Zhanaozen elders are entered in Kazakh, this moderator's port in Russian).
  const elders = sourceSeeds.find((s) => s.key === 'zhanaozenElders')!;
  expect(elders.language).toBe('kk');
  const writtenIn = {
    ru: { kazakh: 'На казахском', russian: null, any: /^На (казахском|русском|английском)$/ },
    kk: { kazakh: null, russian: 'Орыс тілінде', any: /тілінде$/ },
    en: { kazakh: 'In Kazakh', russian: 'In Russian', any: /^In (Kazakh|Russian|English)$/ },
  } as const;
  for (const locale of ['ru', 'kk', 'en'] as const) {
    await page.goto(`/${locale}/admin/sources`);
    await expect(page.getByText(name, { exact: true })).toHaveCount(1);
    const ours = page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
    const demo = page.getByRole('row').filter({ has: page.getByText(elders.name, { exact: true }) });
    const { kazakh, russian, any } = writtenIn[locale];
    if (kazakh) await expect(demo.getByText(kazakh, { exact: true })).toBeVisible();
    else await expect(demo.getByText(any)).toHaveCount(0);
    if (russian) await expect(ours.getByText(russian, { exact: true })).toBeVisible();
    else await expect(ours.getByText(any)).toHaveCount(0);
    await screenshotPhoneAndDesktop(page, `source-registry-${locale}`);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});

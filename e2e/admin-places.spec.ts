// Admin → Settings → Places: an admin adds a village the list lacks, with its district in three
// languages (all or none, told in their language, nothing typed lost); type-ahead then finds it by
// another spelling. Screenshots of the section on a phone and a desktop in kk, ru and en.
import { expect, test } from './test';
import { horizontalOverflow, screenshotPath, signIn, staff } from './support';
import { LANGUAGES } from '../server/i18n/languages';

const SECTION = { kk: 'Елді мекендер', ru: 'Населённые пункты', en: 'Places' } as const;

test('an admin adds a village with its district after completing the district in every language', async ({ page, request, expectConsoleErrors }) => {
  test.slow();
  // The second, refused add answers 409, which the browser logs.
  expectConsoleErrors(/status of 409.*settlements\.add/);
  const suffix = Math.random().toString(36).slice(2, 7);
  await signIn(page, 'kk', staff('ADMIN'));
  await expect(page).toHaveURL(/\/kk\/admin$/);
  await page.goto('/kk/admin/settings');
  const section = page.getByRole('region', { name: SECTION.kk });
  await section.getByLabel('Өңір').selectOption({ label: 'Маңғыстау облысы' });
  const names = section.getByRole('group', { name: 'Атауы' });
  await names.getByLabel('Қазақша').fill('Ақшұқыр');
  await names.getByLabel('Орысша').fill('Акшукур');
  await names.getByLabel('Ағылшынша').fill(`Akshukur ${suffix}`);
  const district = section.getByRole('group', { name: 'Ауданы (міндетті емес)' });
  await district.getByLabel('Қазақша').fill('Түпқараған ауданы');
  await section.getByLabel('Басқа жазылу түрлері (міндетті емес), әр жолға біреуден').fill(`Akshukyr${suffix}`);
  await section.getByRole('button', { name: 'Қосу' }).click();

  // Two of three district names missing: said at each field, and nothing typed is lost.
  await expect(district.getByText('Ауданды үш тілде де жазыңыз немесе үш өрісті де бос қалдырыңыз.')).toHaveCount(2);
  await expect(district.getByLabel('Орысша')).toHaveAttribute('aria-invalid', 'true');
  await expect(district.getByLabel('Қазақша')).toHaveValue('Түпқараған ауданы');

  await district.getByLabel('Орысша').fill('Тупкараганский район');
  await district.getByLabel('Ағылшынша').fill('Tupkaragan District');
  const centre = section.getByRole('group', { name: 'Орталығы (міндетті емес)' });
  await centre.getByLabel('Ендік').fill('43,79');
  await centre.getByLabel('Бойлық').fill('151.08');
  await section.getByRole('button', { name: 'Қосу' }).click();
  await expect(centre.getByText('Қазақстандағы бойлық: 46 мен 88 арасындағы сан, мысалы 78.25.')).toBeVisible();
  await centre.getByLabel('Бойлық').fill('51.08');
  await section.getByRole('button', { name: 'Қосу' }).click();
  await expect(section.getByRole('status')).toContainText('Ақшұқыр қосылды (Маңғыстау облысы, Түпқараған ауданы).');
  // The form is empty again for the next place, in the same region.
  await expect(names.getByLabel('Қазақша')).toHaveValue('');
  await expect(section.getByLabel('Өңір')).toHaveValue('KZ-47');

  // The same English name in the same region again: refused at that field.
  await names.getByLabel('Қазақша').fill('Ақшұқыр');
  await names.getByLabel('Орысша').fill('Акшукур');
  await names.getByLabel('Ағылшынша').fill(`Akshukur ${suffix}`);
  await section.getByRole('button', { name: 'Қосу' }).click();
  await expect(names.getByText('Бұл өңірде осындай ағылшынша атауы бар елді мекен бұрыннан бар.')).toBeVisible();

  // A reporter's type-ahead finds it by the other spelling.
  const found = (await (await request.get(`/api/v1/settlements?q=${encodeURIComponent(`Akshukyr${suffix}`)}&region=KZ-47&lang=ru`)).json()) as { name: string }[] | { settlements: { name: string }[] };
  expect(JSON.stringify(found)).toContain('Акшукур');
});

test('the places section in three languages, phone and desktop', async ({ page }) => {
  test.slow();
  await signIn(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  for (const locale of LANGUAGES) {
    await page.goto(`/${locale}/admin/settings`);
    const section = page.getByRole('region', { name: SECTION[locale] });
    // Show the section as an admin sees it after a mistake: a district named in one language only.
    await section.locator('select[name="regionCode"]').selectOption('KZ-47');
    await section.locator('input[name="nameKk"]').fill('Ақшұқыр');
    await section.locator('input[name="nameRu"]').fill('Акшукур');
    await section.locator('input[name="nameEn"]').fill('Akshukur');
    await section.locator('input[name="districtKk"]').fill('Түпқараған ауданы');
    await section.locator('button[type="submit"]').click();
    await expect(section.locator('input[name="districtRu"]')).toHaveAttribute('aria-invalid', 'true');
    for (const [size, width] of [['phone', 360], ['desktop', 1280]] as const) {
      await page.setViewportSize({ width, height: 800 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await section.screenshot({ path: screenshotPath(`settings-places-${locale}-${size}.png`) });
    }
  }
});

// The report form never loses what was typed (issue 13): the draft survives a reload and a language
// switch (kept on the phone until sent), a pasted text over the limit is flagged and kept whole,
// the error summary at the top links to each field, and "report this" from a check carries the text.
import { expect, test } from './test';
import { screenshotPhoneAndDesktop } from './support';

const submit = '[data-testid=report-form] button[type=submit]';

test('a half-written report survives a reload and a language switch, and is gone once sent', async ({ page }) => {
  const text = `Говорят, что в Актау с завтрашнего дня закрывают все школы из-за болезни (${Date.now()})`;
  await page.goto('/ru/report');
  await page.locator('#text').fill(text);
  await page.locator('#regionCode').selectOption('KZ-47');
  await page.locator('#heardVia').selectOption('WHATSAPP');
  await page.reload();
  await expect(page.locator('#text')).toHaveValue(text);
  await expect(page.locator('#regionCode')).toHaveValue('KZ-47');
  await expect(page.locator('#heardVia')).toHaveValue('WHATSAPP');

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/report$/);
  await expect(page.locator('#text')).toHaveValue(text);
  await expect(page.locator('#regionCode')).toHaveValue('KZ-47');

  await page.locator(submit).click();
  const code = (await page.getByTestId('tracking-code').textContent())!.trim();
  await page.goto('/ru/report');
  await expect(page.locator('#text')).toHaveValue('');
  await expect(page.locator('#regionCode')).toHaveValue('');

  // The code is kept on this phone (never the text) and listed with its status until removed.
  await page.goto('/ru/track');
  const mine = page.getByTestId('my-reports');
  await expect(mine.getByRole('heading', { name: 'Мои сообщения на этом телефоне' })).toBeVisible();
  await expect(mine.getByRole('link', { name: code })).toHaveAttribute('href', `/ru/track/${code.replace('-', '')}`);
  await expect(mine.getByTestId('my-report-status')).toHaveText('Получено');
  await screenshotPhoneAndDesktop(page, 'my-reports-ru');
  await page.goto('/kk/track');
  await expect(mine.getByTestId('my-report-status')).toHaveText('Қабылданды');
  await expect(mine).toContainText(/Жіберілді: \d{4} ж\. \d{1,2} [а-яәіңғүұқөһ]+/);
  await mine.getByRole('button', { name: 'Бұл кодтарды телефоннан өшіру' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Осы телефоннан 1 кодты өшіресіз бе?');
  await page.getByRole('button', { name: 'Иә, өшіру' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Өшірілді.' })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('my-reports')).toHaveCount(0);
});

test('a pasted text over the limit is kept whole and flagged; the summary links to each problem', async ({ page }) => {
  await page.goto('/kk/report');
  await page.locator(submit).click();
  const summary = page.locator('#report-form-error');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Белгіленген өрістерді түзетіңіз.');
  await summary.getByRole('link', { name: 'Не естігеніңізді немесе көргеніңізді жазыңыз.' }).click();
  await expect(page.locator('#text')).toBeFocused();

  const long = 'Ертең Жаңаөзенде барлық дүкен жабылады деп айтып жүр. '.repeat(40).trim();
  expect(long.length).toBeGreaterThan(2000);
  await page.locator('#text').fill(long);
  await expect(page.locator('#text')).toHaveValue(long);
  await expect(page.locator('#text-over')).toContainText(`${long.length - 2000}`);
  await page.locator(submit).click();
  await expect(summary.getByRole('link', { name: /2000/ })).toBeVisible();
  await expect(page.locator('#text')).toHaveValue(long);
  await screenshotPhoneAndDesktop(page, 'report-over-limit-kk');
});

test('"report this" after a check with no result starts the report with the searched text', async ({ page }) => {
  const searched = `В Таразе продают воду из отравленной реки ${Date.now()}`;
  await page.goto('/ru/check');
  await page.locator('#q').fill(searched);
  await page.getByRole('button', { name: 'Найти' }).click();
  await page.getByRole('button', { name: 'Сообщить об этом слухе' }).click();
  await expect(page).toHaveURL(/\/ru\/report\?draft=/);
  await expect(page.locator('#text')).toHaveValue(searched);
});

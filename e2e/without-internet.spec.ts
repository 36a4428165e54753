// Reaching Raspa without mobile data (issue 13): an admin enters the gateway's SMS number and the
// Telegram bot; every public page links to "Without internet", which names them with the SMS
// commands in the reader's language and fits a 360-px phone.
import { devices, expect, test } from '@playwright/test';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff } from './support';

test('an admin sets the SMS number and bot, and the public page shows them with the commands in kk, ru and en', async ({ page, browser }) => {
  await signIn(page, 'ru', staff('ADMIN'));
  await expect(page).toHaveURL(/\/ru\/admin$/);
  await page.goto('/ru/admin/settings');
  const section = page.getByRole('region', { name: 'Как связаться с Raspa без интернета' });
  const numbers = section.getByLabel('Номера для SMS, по одному в строке');
  await numbers.fill('позвоните мне');
  await section.getByRole('button', { name: 'Сохранить' }).click();
  await expect(section.getByText('Введите номер из 3–15 цифр, можно с + в начале.')).toBeVisible();
  await numbers.fill('+7 701 234 56 78\n1414');
  await section.getByLabel('Telegram-бот (имя пользователя)').fill('@raspa_kz_bot');
  await section.getByRole('button', { name: 'Сохранить' }).click();
  await expect(section.getByRole('status')).toHaveText('Сохранено. Публичный сайт уже показывает их.');

  const phone = await browser.newContext({ ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, baseURL: test.info().project.use.baseURL });
  try {
    const citizen = await phone.newPage();
    await citizen.goto('/kk');
    await citizen.getByRole('contentinfo').getByRole('link', { name: 'Интернетсіз' }).click();
    await expect(citizen).toHaveURL(/\/kk\/without-internet$/);
    await expect(citizen.getByRole('heading', { level: 1 })).toHaveText('Raspa-ға интернетсіз хабарласу');
    await expect(citizen.getByTestId('sms-numbers')).toHaveText('+7 701 234 56 78, 1414 нөмірлерінің біріне SMS жіберіңіз.');
    await expect(citizen.getByText('ЖАЗЫЛУ 47 немесе ЖАЗЫЛУ Маңғыстау')).toBeVisible();
    await expect(citizen.getByRole('link', { name: '@raspa_kz_bot' })).toHaveAttribute('href', 'https://t.me/raspa_kz_bot');
    expect(await horizontalOverflow(citizen)).toBeLessThanOrEqual(0);
    for (const [locale, subscribe] of [['ru', 'ПОДПИСКА 47 или ПОДПИСКА Мангистау'], ['en', 'SUB 47 or SUB Mangystau']] as const) {
      await citizen.goto(`/${locale}/without-internet`);
      await expect(citizen.getByText(subscribe)).toBeVisible();
      await expect(citizen.getByRole('link', { name: '+7 701 234 56 78' })).toHaveAttribute('href', 'sms:+77012345678');
    }
    for (const locale of ['kk', 'ru', 'en']) {
      await citizen.goto(`/${locale}/without-internet`);
      await screenshotPhoneAndDesktop(citizen, `without-internet-${locale}`);
    }
  } finally {
    await phone.close();
  }
});

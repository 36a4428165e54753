// Reaching Raspa without mobile data (issue 13): an admin enters the gateway's SMS number and the
// Telegram bot; every public page links to "Without internet", which names them with the SMS
// commands in the reader's language and fits a 360-px phone.
import { devices } from '@playwright/test';
import { expect, test } from './test';
import { FINAL_SLUG } from './notice-page-fixtures';
import { horizontalOverflow, publishNotice, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';

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
    await expect(citizen.getByText('ТЕКСЕРУ ABCDE-FGHJK — жіберілген хабарлама шынайы ма, әлі күшінде ме')).toBeVisible();
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

/** Text of exactly `length` characters made of a language's own words (long Kazakh words wrap worst). */
function textOf(sentence: string, length: number): string {
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - 1).trimEnd() + '.';
}

const LONGEST = {
  kk: 'Облыстық әкімдіктің ресми мәлімдемесіне сәйкес ауылдағы мешіттің өртенгені туралы хабар жалған, құқық қорғау органдары растамады. ',
  ru: 'По официальному заявлению областного акимата сообщение о поджоге мечети в посёлке ложное, правоохранительные органы его не подтвердили. ',
  en: 'According to the official statement of the regional akimat, the report that the village mosque was set on fire is false and unconfirmed. ',
} as const;

async function setPublicChannels(value: { smsNumbers: string[]; telegramBot: string | null }) {
  await withDb(async (client) => {
    await client.query(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('channels.public', $1, now()) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`, [JSON.stringify(value)]);
    await client.query(`SELECT pg_notify('raspa_events', $1)`, [JSON.stringify({ type: 'settings.public_changed' })]);
  });
}

test('the home, report, check and notice pages name the channels, and the poster prints on one A4 page in every language even at the longest texts', async ({ page }) => {
  await setPublicChannels({ smsNumbers: ['+77012345678', '1414'], telegramBot: 'raspa_kz_bot' });
  const slug = `longest-poster-${Date.now()}`;
  await publishNotice(slug, { kk: textOf(LONGEST.kk, 120), ru: textOf(LONGEST.ru, 120), en: textOf(LONGEST.en, 120) }, ['KZ-47'], {
    summary: { kk: textOf(LONGEST.kk, 280), ru: textOf(LONGEST.ru, 280), en: textOf(LONGEST.en, 280) },
    whatToDo: { kk: textOf(LONGEST.kk, 1000), ru: textOf(LONGEST.ru, 1000), en: textOf(LONGEST.en, 1000) },
  });

  for (const path of ['/ru', '/ru/report', '/ru/check', `/ru/notices/${slug}`]) {
    await page.goto(path);
    const note = page.getByTestId('without-internet-note');
    await expect(note, path).toContainText('Нет мобильного интернета?');
    await expect(note.getByRole('link', { name: '+7 701 234 56 78' })).toHaveAttribute('href', 'sms:+77012345678');
    await expect(note.getByRole('link', { name: '@raspa_kz_bot' })).toHaveAttribute('href', 'https://t.me/raspa_kz_bot');
    await expect(note.getByRole('link', { name: 'Команды SMS и как это работает' })).toHaveAttribute('href', '/ru/without-internet');
  }
  for (const [locale, title] of [['kk', 'Мобильді интернет жоқ па?'], ['en', 'No mobile internet?']] as const) {
    for (const path of [`/${locale}`, `/${locale}/notices/${slug}`]) {
      await page.goto(path);
      await expect(page.getByTestId('without-internet-note').getByRole('heading')).toHaveText(title);
    }
    await page.goto(`/${locale}`);
    await screenshotPhoneAndDesktop(page, `home-without-internet-${locale}`);
  }

  await page.emulateMedia({ media: 'print' });
  for (const [slugToPrint, what] of [[slug, 'longest texts'], [FINAL_SLUG, 'demo notice']] as const) {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      await page.goto(`/${locale}/notices/${slugToPrint}/poster`);
      await expect(page.getByTestId('poster-without-internet')).toContainText('SMS: +7 701 234 56 78, 1414 · Telegram: @raspa_kz_bot');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdfPageCount(pdf), `${what}, ${locale} first`).toBe(1);
    }
  }
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/kk/notices/${slug}/poster`);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await screenshotPhoneAndDesktop(page, 'poster-longest-kk');
});

/** Pages of a PDF Chromium printed: its page objects ("/Type /Page", not the "/Pages" tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

// What staff search for on their pages — a reporter's phone number or words in the SMS log, a risk
// term — is posted and stays out of every address the browser asks for or keeps (history, access
// logs, Referer): the pages answer with the words only sealed. Without JavaScript, on a phone.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { toMatchKey } from '../server/text/transliterate';
import { expect, test } from './test';
import { horizontalOverflow, newGatewaySecret, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';

/** Every address the page asks for from now on. */
function addressesAskedBy(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(decodeURIComponent(request.url())));
  return asked;
}

const BRIDGE = `They say the ferry to Kuryk stops for a month ${Date.now()}`;
const PHONE = `+7701${String(Date.now()).slice(-7)}`;
/** Enough quiet terms that the settings page lists them a page at a time, with its search. */
const EXTRA_TERMS = Array.from({ length: 40 }, (_, i) => `e2e-тихое-слово-${i}-${randomUUID().slice(0, 6)}`);

test('the SMS log and the risk terms are searched without the words in any address', async ({ page, browser, request }) => {
  test.setTimeout(240_000); // three languages of two searched pages, phone and desktop: minutes at load
  await signIn(page, 'en', staff('ADMIN'));
  await expect(page).toHaveURL(/\/en\/admin$/);
  const secret = await newGatewaySecret(page);
  for (const [from, message] of [
    [PHONE, BRIDGE],
    ['+77010000001', 'They say the market in Aktau closes early'],
  ]) {
    const sent = await request.post('/api/sms/smssync', { data: { from, message, message_id: randomUUID(), device_id: 'phone-search', secret } });
    expect(sent.ok()).toBe(true);
  }
  await withDb(async (db) => {
    for (const term of EXTRA_TERMS) await db.query(`INSERT INTO "RiskTerm" (id, term, "matchKey", language, weight) VALUES (gen_random_uuid(), $1, $2, 'ru', 0.5)`, [term, toMatchKey(term)]);
  });

  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), viewport: { width: 360, height: 740 } });
  try {
    const phone = await plain.newPage();
    const asked = addressesAskedBy(phone);
    await phone.goto('/en/admin/channels');
    const log = phone.getByRole('search', { name: 'Message log' });
    await log.getByLabel('Search: text, full phone number or device').fill('ferry to Kuryk');
    await log.getByLabel('Direction').selectOption('INBOUND');
    await log.getByRole('button', { name: 'Show' }).click();
    await expect(phone.getByText(BRIDGE)).toBeVisible();
    await expect(phone.getByText('They say the market in Aktau closes early')).toHaveCount(0);
    await expect(log.getByLabel('Search: text, full phone number or device')).toHaveValue('ferry to Kuryk');
    await expect(log.getByLabel('Direction')).toHaveValue('INBOUND');
    expect(new URL(phone.url()).searchParams.get('direction')).toBe('INBOUND');
    // A reporter's number, as typed.
    await log.getByLabel('Search: text, full phone number or device').fill(PHONE);
    await log.getByRole('button', { name: 'Show' }).click();
    await expect(phone.getByText(BRIDGE)).toBeVisible();
    await expect(phone.getByText('They say the market in Aktau closes early')).toHaveCount(0);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    // The risk terms, a page at a time, searched the same way.
    await phone.goto('/en/admin/settings');
    const terms = phone.getByRole('search', { name: 'Search risk terms' });
    await terms.getByLabel('Find a term').fill('тихое-слово-7');
    await terms.getByRole('button', { name: 'Find' }).click();
    await expect(phone.getByText(EXTRA_TERMS[7]!)).toBeVisible();
    await expect(phone.getByText(EXTRA_TERMS[8]!)).toHaveCount(0);
    await expect(terms.getByLabel('Find a term')).toHaveValue('тихое-слово-7');

    expect(asked.filter((address) => /ferry|Kuryk|тихое|7701/.test(address) || address.includes(PHONE.slice(1)))).toEqual([]);
    expect(asked.some((address) => address.includes('/api/admin/search'))).toBe(true);
  } finally {
    await plain.close();
  }

  try {
    await searchedPagesInEachLanguage(page);
  } finally {
    await withDb((db) => db.query(`DELETE FROM "RiskTerm" WHERE term = ANY($1::text[])`, [EXTRA_TERMS]));
  }
});

/** The searched pages in each language, on a phone and a desktop (with JavaScript: the same form); the risk terms are searchable while they fill more than a page. */
async function searchedPagesInEachLanguage(page: Page) {
  for (const [locale, search, apply, terms, findTerm, find, found] of [
    ['kk', 'Іздеу: мәтін, толық нөмір немесе құрылғы', 'Көрсету', 'Қауіп сөздерін іздеу', 'Сөзді іздеу', 'Табу', '«изнас» бойынша табылды'],
    ['ru', 'Поиск: текст, полный номер или устройство', 'Показать', 'Поиск слов риска', 'Найти слово', 'Найти', 'По запросу «изнас»'],
    ['en', 'Search: text, full phone number or device', 'Show', 'Search risk terms', 'Find a term', 'Find', 'Matching “изнас”'],
  ] as const) {
    await page.goto(`/${locale}/admin/channels`);
    await page.getByLabel(search).fill('ferry to Kuryk');
    await page.getByRole('button', { name: apply }).click();
    await expect(page.getByText(BRIDGE)).toBeVisible();
    expect(page.url()).not.toContain('Kuryk');
    await screenshotPhoneAndDesktop(page, `channels-searched-${locale}`);

    // The risk terms searched for a seeded word: the seed's two terms on it, and nothing else.
    await page.goto(`/${locale}/admin/settings`);
    const riskTerms = page.getByRole('search', { name: terms });
    await riskTerms.getByLabel(findTerm).fill('изнас');
    await riskTerms.getByRole('button', { name: find, exact: true }).click();
    await expect(page.getByText(found)).toBeVisible();
    await expect(page.getByRole('button', { name: /«изнасилование ребёнка»|“изнасилование ребёнка”/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /иностранные боевики/ })).toHaveCount(0);
    expect(page.url()).not.toContain(encodeURIComponent('изнас'));
    await screenshotPhoneAndDesktop(page, `risk-terms-searched-${locale}`);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

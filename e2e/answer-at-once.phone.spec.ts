// "Yes, this is what I heard" gives the answer at once: the verdict, the verified fact first and the
// claim once, flagged, the link to the notice and share buttons whose text leads with the fact —
// with JavaScript (the report form's result screen) and without it (the page the server sends the
// citizen to). Screenshots on a 360-px phone and on a desktop, in kk, ru and en.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { devices, type Page } from '@playwright/test';
import { expect, test } from './test';
import { withDb } from './support';
import { LANGUAGES } from '../server/i18n/languages';

const SLUG = 'seifullina-forensic-examination-2016-demo';
const HEARD = {
  kk: 'Сейфуллина ауылында баланы басқа қауымның адамы зорлады деп жатыр, бәрі ауылға барсын',
  ru: 'Говорят, в селе Сейфуллина ребёнка изнасиловал мужчина из другой общины, все едут туда',
  en: 'They say a child was raped in Seifullina village by a man from another community, people are going there',
} as const;
const LABELS = {
  kk: { verdict: 'Жалған', whatsapp: 'WhatsApp-қа жіберу', copy: 'Сілтемені көшіру', thanks: 'Рақмет — хабарыңызды есепке алдық' },
  ru: { verdict: 'Ложь', whatsapp: 'Отправить в WhatsApp', copy: 'Скопировать ссылку', thanks: 'Спасибо — мы учли ваше сообщение' },
  en: { verdict: 'False', whatsapp: 'Share on WhatsApp', copy: 'Copy link', thanks: 'Thank you — we counted your report' },
} as const;

function screenshotPath(name: string): string {
  const dir = path.join(process.env.RASPA_TEST_ARTIFACTS ? path.resolve(process.env.RASPA_TEST_ARTIFACTS) : path.join('e2e', '.artifacts'), 'screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

/** The demo notice's title and summary as published in `locale`. */
async function noticeTexts(locale: string): Promise<{ title: string; summary: string }> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ title: string; summary: string }>(
      `SELECT t.title, t.summary FROM "Notice" n JOIN "NoticeVersion" v ON v."noticeId" = n.id AND v.version = n."currentVersion"
       JOIN "NoticeTranslation" t ON t."noticeVersionId" = v.id AND t.language = $2::"Language" WHERE n.slug = $1`,
      [SLUG, locale],
    );
    return rows[0]!;
  });
}

/** The answer card shows the verdict, the fact before the claim, the link and share buttons leading with the fact. */
async function expectAnswer(page: Page, locale: (typeof LANGUAGES)[number], answer = page.getByTestId('verdict-answer')) {
  const { title, summary } = await noticeTexts(locale);
  await expect(answer).toBeVisible();
  await expect(answer.locator('.badge')).toHaveText(LABELS[locale].verdict);
  const text = (await answer.innerText()).replace(/\s+/g, ' ');
  expect(text.indexOf(summary.replace(/\s+/g, ' '))).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(summary.replace(/\s+/g, ' '))).toBeLessThan(text.indexOf(title.replace(/\s+/g, ' ')));
  await expect(answer.locator(`a[href="/${locale}/notices/${SLUG}"]`)).toBeVisible();
  const whatsapp = answer.getByRole('link', { name: LABELS[locale].whatsapp });
  const shared = decodeURIComponent(new URL((await whatsapp.getAttribute('href'))!).searchParams.get('text') ?? '');
  // Fact first (after a short label such as "✅ The facts:"), the claim once and flagged, the fact again, the link.
  expect(shared.indexOf(summary)).toBeGreaterThan(-1);
  expect(shared.indexOf(summary)).toBeLessThan(25);
  expect(shared.indexOf(summary)).toBeLessThan(shared.indexOf(title));
  expect(shared.split(title)).toHaveLength(2);
  expect(shared).toMatch(new RegExp(`/${locale}/notices/${SLUG}$`));
  await expect(answer.getByRole('link', { name: /Telegram/ })).toHaveAttribute('href', /^https:\/\/t\.me\/share\/url\?url=/);
}

for (const locale of LANGUAGES) {
  test(`"yes, this is what I heard" shows the verdict, the fact, the link and share buttons (${locale}, phone and desktop)`, async ({ page, browser }) => {
    for (const [name, target] of [
      ['phone', page],
      ['desktop', await (await browser.newContext({ ...devices['Desktop Chrome'], baseURL: test.info().project.use.baseURL })).newPage()],
    ] as const) {
      await target.goto(`/${locale}/report`);
      await target.locator('#text').fill(HEARD[locale]);
      const match = target.getByTestId('notice-match').filter({ has: target.locator(`a[href="/${locale}/notices/${SLUG}"]`) });
      await expect(match).toBeVisible();
      await match.getByRole('button').click();
      const result = target.getByTestId('report-result');
      await expect(result.getByRole('heading', { level: 2 })).toHaveText(LABELS[locale].thanks);
      await expectAnswer(target, locale, result.getByTestId('verdict-answer'));
      // With JavaScript the phone can also copy the link.
      await expect(result.getByRole('button', { name: LABELS[locale].copy })).toBeVisible();
      expect(await target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await target.screenshot({ path: screenshotPath(`report-confirmed-${locale}-${name}.png`), fullPage: true });
      if (name === 'desktop') await target.context().close();
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LANGUAGES) {
    test(`the page after sending answers at once when the claim is already checked (${locale})`, async ({ page, browser }) => {
      for (const [name, target] of [
        ['phone', page],
        ['desktop', await (await browser.newContext({ ...devices['Desktop Chrome'], javaScriptEnabled: false, baseURL: test.info().project.use.baseURL })).newPage()],
      ] as const) {
        await target.goto(`/${locale}/report`);
        await target.locator('#text').fill(`${HEARD[locale]} (${name})`);
        await target.locator('[data-testid=report-form] button[type=submit]').click();
        await expect(target).toHaveURL(new RegExp(`/${locale}/track/[A-Z2-9]{8}\\?sent=1$`));
        await expect(target.getByTestId('report-sent')).toBeVisible();
        // Under "may already have been checked" when intake found the notice — or, when the worker was
        // quicker than the page and already joined the report to the checked rumour, as the report's
        // own verdict. Which comes first depends on the load; the citizen gets the one answer either way.
        await expectAnswer(target, locale, target.getByTestId('verdict-answer'));
        expect(await target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await target.screenshot({ path: screenshotPath(`report-sent-nojs-${locale}-${name}.png`), fullPage: true });
        if (name === 'desktop') await target.context().close();
      }
    });
  }
});

// Times typed as each language writes them, never a browser picker (whose format is the browser's
// own: mm/dd/yyyy and AM/PM in Kazakh on Chromium without Kazakh locale data): a wrong one is
// explained beside its field in kk, ru and en and what was typed stays. Quiet hours on the
// notifications page are typed as 22:00; the hotline's "heard at", evidence "obtained at" and a
// question's deadline as 31.03.2026 14:30. Screenshots of each refusal, phone and desktop.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';

const REGION = 'KZ-47';
const LOCALES = ['kk', 'ru', 'en'] as const;
type Locale = (typeof LOCALES)[number];

const DATE_TIME_ERROR: Record<Locale, string> = {
  kk: 'Күн мен уақытты КК.АА.ЖЖЖЖ сс:мм түрінде жазыңыз, мысалы 31.03.2026 14:30.',
  ru: 'Укажите дату и время в формате ДД.ММ.ГГГГ чч:мм, например 31.03.2026 14:30.',
  en: 'Give the date and time as DD/MM/YYYY hh:mm, for example 31/03/2026 14:30.',
};
const WORDS = {
  kk: { quietFrom: 'Бастап', quietTo: 'Дейін', save: 'Сақтау', saved: 'Сақталды.', timeError: 'Уақытты сс:мм түрінде жазыңыз', bothError: 'Тыныш сағаттардың', pattern: 'сс:мм', heardAt: 'Мұны қашан естідіңіз?', callerText: 'Адам не естіді немесе не көрді?', enter: 'Хабарламаны енгізу', evidence: 'Дәлелдер', addEvidence: 'Дәлел қосу', obtainedAt: 'Алынған уақыты', adHoc: 'Немесе тізілімде жоқ дереккөздің атын жазыңыз', excerpt: 'Дәйексөз немесе қысқаша мазмұн', requests: 'Жергілікті тексеру', ask: 'Тексерушілерден сұрау', question: 'Сұрақ', dueAt: 'Мерзімі', send: 'Жіберу' },
  ru: { quietFrom: 'С', quietTo: 'До', save: 'Сохранить', saved: 'Сохранено.', timeError: 'Укажите время в формате чч:мм', bothError: 'тихих часов', pattern: 'чч:мм', heardAt: 'Когда вы это услышали?', callerText: 'Что человек услышал или увидел?', enter: 'Внести сообщение', evidence: 'Доказательства', addEvidence: 'Добавить доказательство', obtainedAt: 'Получено', adHoc: 'Или назовите источник не из реестра', excerpt: 'Цитата или пересказ', requests: 'Проверка на месте', ask: 'Спросить проверяющих', question: 'Вопрос', dueAt: 'Срок', send: 'Отправить' },
  en: { quietFrom: 'From', quietTo: 'To', save: 'Save', saved: 'Saved.', timeError: 'Give the time as hh:mm', bothError: 'quiet hours', pattern: 'hh:mm', heardAt: 'When did you hear it?', callerText: 'What did they hear or see?', enter: 'Enter the report', evidence: 'Evidence', addEvidence: 'Add evidence', obtainedAt: 'Obtained at', adHoc: 'Or name a source not in the registry', excerpt: 'Quote or summary', requests: 'Field verification', ask: 'Ask verifiers', question: 'Question', dueAt: 'Deadline', send: 'Send' },
} as const;

async function signedIn(page: Page, login: ReturnType<typeof staff>, landing: RegExp) {
  await signIn(page, 'ru', login);
  await expect(page).toHaveURL(landing);
}

test('quiet hours are typed as 22:00 in every language; a wrong time is explained beside its end and kept', async ({ page }) => {
  test.setTimeout(90_000);
  const member = staff('MODERATOR', REGION);
  const before = await withDb(async (c) => (await c.query<{ start: number | null; end: number | null }>('SELECT "quietHoursStart" AS start, "quietHoursEnd" AS end FROM "User" WHERE email = $1', [member.email])).rows[0]!);
  await signedIn(page, member, /\/ru\/admin$/);
  try {
    for (const locale of LOCALES) {
      const words = WORDS[locale];
      await page.goto(`/${locale}/admin/notifications`);
      const from = page.getByLabel(words.quietFrom, { exact: true });
      const to = page.getByLabel(words.quietTo, { exact: true });
      await expect(from).toHaveAttribute('placeholder', words.pattern);
      await expect(from).toHaveAttribute('type', 'text');
      // The picker's AM/PM is no time here; the other end alone is refused beside it.
      await from.fill('10:00 PM');
      await to.fill('');
      await page.getByRole('button', { name: words.save, exact: true }).click();
      await expect(page.locator('#quiet-from-error')).toContainText(words.timeError);
      await expect(from).toHaveAttribute('aria-invalid', 'true');
      await expect(from).toHaveValue('10:00 PM');
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshotPhoneAndDesktop(page, `quiet-hours-error-${locale}`);
      await from.fill('22:00');
      await page.getByRole('button', { name: words.save, exact: true }).click();
      await expect(page.locator('#quiet-to-error')).toContainText(words.bothError);
      await to.fill('7.30');
      await page.getByRole('button', { name: words.save, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: words.saved })).toBeVisible();
      await expect(page.locator('#quiet-from-error, #quiet-to-error')).toHaveCount(0);
      await expect(to).toHaveValue('07:30');
    }
    await page.reload();
    await expect(page.getByLabel('To', { exact: true })).toHaveValue('07:30');
    const saved = await withDb(async (c) => (await c.query<{ start: number; end: number }>('SELECT "quietHoursStart" AS start, "quietHoursEnd" AS end FROM "User" WHERE email = $1', [member.email])).rows[0]!);
    expect(saved).toEqual({ start: 22 * 60, end: 7 * 60 + 30 });
  } finally {
    // Other journeys send this moderator e-mail: their quiet hours go back as they were.
    await withDb((c) => c.query('UPDATE "User" SET "quietHoursStart" = $2, "quietHoursEnd" = $3 WHERE email = $1', [member.email, before.start, before.end]));
  }
});

test("the hotline's \"heard at\" typed wrong is explained in every language and kept", async ({ page }) => {
  await signedIn(page, staff('PROXY'), /\/ru\/admin\/hotline$/);
  for (const locale of LOCALES) {
    const words = WORDS[locale];
    await page.goto(`/${locale}/admin/hotline`);
    await page.getByLabel(words.callerText).fill(`Typed times ${locale} ${randomUUID().slice(0, 8)}: the market closes tomorrow`);
    const heardAt = page.getByLabel(words.heardAt);
    await heardAt.fill('11/30/2026 08:15 AM');
    await page.getByRole('button', { name: words.enter }).click();
    await expect(page.getByText(DATE_TIME_ERROR[locale])).toBeVisible();
    await expect(heardAt).toHaveValue('11/30/2026 08:15 AM');
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshotPhoneAndDesktop(page, `hotline-heard-at-error-${locale}`);
  }
});

test('evidence "obtained at" (ru, en) and a question\'s deadline (kk, ru, en) typed wrong are explained beside their fields', async ({ page }) => {
  test.setTimeout(90_000);
  const verifier = staff('VERIFIER');
  const { rumorId, verifierName } = await withDb(async (client) => ({
    rumorId: (await client.query<{ id: string }>(`SELECT id FROM "Rumor" WHERE status IN ('NEW', 'INVESTIGATING') AND $1 = ANY("regionCodes") ORDER BY "lastSeenAt" ASC LIMIT 1`, [REGION])).rows[0]!.id,
    verifierName: (await client.query<{ name: string }>('SELECT name FROM "User" WHERE email = $1', [verifier.email])).rows[0]!.name,
  }));
  await signedIn(page, staff('MODERATOR', REGION), /\/ru\/admin$/);
  for (const locale of LOCALES) {
    const words = WORDS[locale];
    await page.goto(`/${locale}/admin/rumors/${rumorId}`);
    if (locale !== 'kk') {
      // Kazakh's is taken by moderation.spec.ts.
      const evidence = page.getByRole('region', { name: words.evidence });
      await evidence.getByRole('button', { name: words.addEvidence }).click();
      await evidence.getByLabel(words.adHoc).fill('Akimat');
      await evidence.getByLabel(words.excerpt).fill('Nothing of the kind was planned.');
      const obtainedAt = evidence.getByLabel(words.obtainedAt);
      await obtainedAt.fill('31.11.2026 14:30');
      await evidence.getByRole('button', { name: words.addEvidence }).click();
      await expect(evidence.getByText(DATE_TIME_ERROR[locale])).toBeVisible();
      await expect(obtainedAt).toHaveAttribute('aria-invalid', 'true');
      await expect(obtainedAt).toHaveValue('31.11.2026 14:30');
      await screenshotPhoneAndDesktop(page, `evidence-obtained-at-error-${locale}`);
    }
    const requests = page.getByRole('region', { name: words.requests });
    await requests.getByRole('button', { name: words.ask }).click();
    await requests.getByRole('checkbox', { name: verifierName }).check();
    await requests.getByRole('textbox', { name: words.question }).fill(`Is the market closed today (${locale})?`);
    const dueAt = requests.getByLabel(words.dueAt, { exact: true });
    await dueAt.fill('12/31/2030 11:00 PM');
    await requests.getByRole('button', { name: words.send }).click();
    await expect(requests.getByText(DATE_TIME_ERROR[locale])).toBeVisible();
    await expect(dueAt).toHaveValue('12/31/2030 11:00 PM');
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshotPhoneAndDesktop(page, `question-due-at-error-${locale}`);
  }
});

// A field verifier with more open tasks than a page (a crisis in a big region) on a 360-px phone:
// the first page says how many there are, "Show more" adds the next page below without losing a
// note being typed, and a task from the second page is answered. Its own verifier, so the tasks of
// the other journeys (the seeded verifier's) neither push these off a page nor get pushed.
import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import { horizontalOverflow, screenshotPath, signIn, staff, withDb, type StaffLogin } from './support';
import { hashPassword } from '../server/auth/password';
import { LANGUAGES } from '../server/i18n/languages';

const REGION = 'KZ-47';
const PAGE = 20;
const TASKS = PAGE + 5;

/** A verifier of Mangystau with `count` open tasks, due an hour apart from 2½ hours ago (the first three overdue), asked by the region's moderator. */
async function verifierWithTasks(count: number): Promise<{ login: StaffLogin; questions: string[] }> {
  const tag = randomUUID().slice(0, 8);
  const login: StaffLogin = { email: `field-${tag}@raspa.test`, password: `pg-${randomUUID()}`, role: 'VERIFIER', regionCodes: [REGION] };
  const passwordHash = await hashPassword(login.password);
  const questions = Array.from({ length: count }, (_, i) => `Вопрос ${String(i + 1).padStart(2, '0')}: работает ли рынок у автостанции? (${tag})`);
  await withDb(async (c) => {
    const verifierId = randomUUID();
    await c.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "regionCodes", locale, "updatedAt") VALUES ($1, $2, $3, $4, 'VERIFIER', $5, 'ru', now())`, [
      verifierId,
      login.email,
      `Проверяющий ${tag}`,
      passwordHash,
      [REGION],
    ]);
    const moderator = await c.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [staff('MODERATOR', REGION).email]);
    const rumor = await c.query<{ id: string }>(`SELECT id FROM "Rumor" WHERE $1 = ANY("regionCodes") AND status NOT IN ('MERGED', 'DISMISSED') ORDER BY "createdAt" LIMIT 1`, [REGION]);
    for (const [i, question] of questions.entries()) {
      await c.query(`INSERT INTO "VerificationRequest" (id, "rumorId", question, "dueAt", "assigneeId", "requestedById") VALUES ($1, $2, $3, now() + make_interval(hours => $4) + interval '30 minutes', $5, $6)`, [
        randomUUID(),
        rumor.rows[0]!.id,
        question,
        i - 3,
        verifierId,
        moderator.rows[0]!.id,
      ]);
    }
  });
  return { login, questions };
}

test('a verifier with more tasks than a page loads the next page, keeps what they typed, and answers a task from it', async ({ page }) => {
  test.setTimeout(180_000);
  const { login, questions } = await verifierWithTasks(TASKS);
  await signIn(page, 'ru', login);
  await expect(page).toHaveURL(/\/ru\/admin(\/tasks)?$/);
  await page.goto('/ru/admin/tasks');

  const count = page.getByTestId('task-count');
  await expect(count).toContainText('25 открытых задач');
  await expect(count).toContainText('просрочено: 3');
  await expect(count).toContainText(`показано ${PAGE} из ${TASKS}`);
  // Earliest deadline first: the first page ends with the 20th question; the 21st is not there yet.
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(PAGE);
  await expect(cards.first()).toContainText(questions[0]!);
  await expect(cards.first()).toContainText('Просрочено');
  await expect(page.getByRole('article', { name: questions[PAGE - 1]! })).toBeVisible();
  await expect(page.getByRole('article', { name: questions[PAGE]! })).toHaveCount(0);

  // A note half written on the first page survives loading the next one.
  const firstNote = 'Пишу с места: рынок открыт, но';
  await page.getByRole('article', { name: questions[0]! }).getByLabel('Что вы видели или слышали? (необязательно)').fill(firstNote);
  await page.getByRole('button', { name: 'Показать ещё задачи' }).click();
  await expect(cards).toHaveCount(TASKS);
  await expect(page.getByRole('button', { name: 'Показать ещё задачи' })).toHaveCount(0);
  await expect(count).not.toContainText('показано');
  await expect(page.getByRole('article', { name: questions[0]! }).getByLabel('Что вы видели или слышали? (необязательно)')).toHaveValue(firstNote);
  // In order across the two pages, each once.
  const shown = await cards.evaluateAll((articles) => articles.map((article) => article.querySelector('strong')?.textContent ?? ''));
  expect(shown).toEqual(questions);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  // A task of the second page, answered.
  const last = page.getByRole('article', { name: questions[TASKS - 1]! });
  await last.scrollIntoViewIfNeeded();
  await last.getByLabel('Что вы видели или слышали? (необязательно)').fill('Был у рынка в 9:00, всё спокойно.');
  await last.getByRole('group', { name: 'Вопрос' }).getByRole('button', { name: 'Опровергаю' }).click();
  await expect(last.getByRole('status')).toHaveText('Спасибо — ответ отправлен.');
  await expect(last).toContainText('Ваш ответ: Опровергаю');
  await expect(page.getByRole('heading', { name: 'Отвеченные' })).toBeVisible();
  await expect(count).toContainText('24 открытые задачи');
  // The refetch kept both pages: the 24 still open and the one answered all on the screen, the note still typed.
  await expect(cards).toHaveCount(TASKS);
  await expect(page.getByRole('article', { name: questions[0]! }).getByLabel('Что вы видели или слышали? (необязательно)')).toHaveValue(firstNote);
  const stored = await withDb(async (c) => (await c.query<{ status: string; answer: string }>('SELECT status::text, answer::text FROM "VerificationRequest" WHERE question = $1', [questions[TASKS - 1]])).rows);
  expect(stored).toEqual([{ status: 'ANSWERED', answer: 'DENIES' }]);

  // The first page in each language, at 360 px and on a desktop.
  for (const locale of LANGUAGES) {
    await page.goto(`/${locale}/admin/tasks`);
    await expect(count).toBeVisible();
    await expect(page.getByRole('button', { name: { kk: 'Тағы тапсырмаларды көрсету', ru: 'Показать ещё задачи', en: 'Show more tasks' }[locale] })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The first screen (the counts) and the end of the page (Show more), not the whole page: 20 tasks
    // on a phone are a 57,000-px picture, and six of them outlasted the test under load.
    const more = page.getByRole('button', { name: { kk: 'Тағы тапсырмаларды көрсету', ru: 'Показать ещё задачи', en: 'Show more tasks' }[locale] });
    for (const [size, viewport] of [['phone', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 900 }]] as const) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath(`field-tasks-paging-${locale}-${size}-top.png`) });
      await more.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`field-tasks-paging-${locale}-${size}-more.png`) });
    }
    await page.setViewportSize({ width: 360, height: 740 });
  }
});

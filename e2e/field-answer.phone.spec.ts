// A field verifier answers from a 360-px phone: a note, a photo and "I am at the place"; the answer
// arrives with the photo (re-encoded) and the place rounded; a wrong tap is corrected within ten
// minutes. Screenshots of the task page in kk, ru and en, phone and desktop.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';

test.use({ geolocation: { latitude: 43.651234, longitude: 51.157789 }, permissions: ['geolocation'] });

const verifier = staff('VERIFIER');
const region = verifier.regionCodes[0]!;

/** A fresh open task for the seeded verifier on a rumour of their region; its question is unique. */
async function openTask(): Promise<{ id: string; question: string }> {
  const question = `Закрыт ли рынок сегодня утром? (${randomUUID().slice(0, 8)})`;
  return withDb(async (client) => {
    const { rows: people } = await client.query<{ verifierId: string; moderatorId: string }>(
      `SELECT (SELECT id FROM "User" WHERE email = $1) AS "verifierId", (SELECT id FROM "User" WHERE role = 'MODERATOR' LIMIT 1) AS "moderatorId"`,
      [verifier.email],
    );
    const { rows: rumors } = await client.query<{ id: string }>(`SELECT id FROM "Rumor" WHERE $1 = ANY("regionCodes") AND status IN ('NEW', 'INVESTIGATING') LIMIT 1`, [region]);
    const id = randomUUID();
    await client.query(
      `INSERT INTO "VerificationRequest" (id, "rumorId", question, "dueAt", "assigneeId", "requestedById") VALUES ($1, $2, $3, now() + interval '2 hours', $4, $5)`,
      [id, rumors[0]!.id, question, people[0]!.verifierId, people[0]!.moderatorId],
    );
    return { id, question };
  });
}

async function signInToTasks(page: Page, locale: string) {
  await signIn(page, locale, verifier);
  await page.waitForURL((url) => !url.pathname.includes('/signin'));
  await page.goto(`/${locale}/admin/tasks`);
}

test('a verifier answers with a photo from the place, then corrects a wrong tap', async ({ page }) => {
  const task = await openTask();
  await signInToTasks(page, 'ru');
  const card = page.getByRole('article', { name: task.question });
  await card.getByLabel('Что вы видели или слышали? (необязательно)').fill('Рынок открыт, люди торгуют.');
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#5a8' } })
    .withExif({ IFD0: { Make: 'PhoneCam', Copyright: 'Verifier Name' } })
    .jpeg()
    .toBuffer();
  await card.getByLabel('Фото (не больше 3)').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(card.getByText('Выбрано фото: 1')).toBeVisible();
  await card.getByRole('checkbox', { name: 'Я на месте' }).check();
  await expect(card.getByText('Место определено.')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  // The wrong tap: "confirms" instead of "denies".
  await card.getByRole('group', { name: 'Вопрос' }).getByRole('button', { name: 'Подтверждаю' }).click();
  await expect(card.getByRole('status')).toHaveText('Спасибо — ответ отправлен.');
  await expect(card).toContainText('Ваш ответ: Подтверждаю');
  await expect(card).toContainText('Фото: 1');
  await expect(card).toContainText('Отправлено с места');

  const stored = await withDb(async (client) => {
    const { rows } = await client.query<{ answerLat: number; answerLng: number; files: string; exif: boolean }>(
      `SELECT r."answerLat", r."answerLng", count(f.id)::text AS files, bool_or(position('PhoneCam'::bytea in f.data) > 0) AS exif
       FROM "VerificationRequest" r LEFT JOIN "StoredFile" f ON f."verificationRequestId" = r.id WHERE r.id = $1 GROUP BY r.id`,
      [task.id],
    );
    return rows[0]!;
  });
  expect(stored).toEqual({ answerLat: 43.65, answerLng: 51.16, files: '1', exif: false });

  await card.getByRole('button', { name: 'Исправить ответ' }).click();
  await card.getByRole('group', { name: 'Вопрос' }).getByRole('button', { name: 'Опровергаю' }).click();
  await expect(card.getByRole('status')).toHaveText('Ответ исправлен.');
  await expect(card).toContainText('Ваш ответ: Опровергаю');
  expect(await withDb(async (client) => (await client.query<{ answer: string }>(`SELECT answer FROM "VerificationRequest" WHERE id = $1`, [task.id])).rows[0]!.answer)).toBe('DENIES');
});

for (const locale of ['kk', 'ru', 'en'] as const) {
  test(`the task page in ${locale}, on a phone and a desktop`, async ({ page }) => {
    const task = await openTask();
    await signInToTasks(page, locale);
    await expect(page.getByRole('article', { name: task.question })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshotPhoneAndDesktop(page, `field-answer-tasks-${locale}`);
  });
}

// Field answers from a phone (issue 16): a verifier on a 360-px phone answers with a photo and
// "I am at the place"; a wrong file type is explained without losing the typed note; a wrong tap is
// corrected; the rumour's moderator sees the photo, the rounded place and that it was corrected.
// Screenshots of the task page on a phone and a desktop in kk, ru and en.
import { randomUUID } from 'node:crypto';
import { devices, type Browser } from '@playwright/test';
import { expect, test } from './test';
import sharp from 'sharp';
import { horizontalOverflow, screenshotPhoneAndDesktop, signIn, staff, withDb } from './support';
import { LANGUAGES } from '../server/i18n/languages';

const REGION = 'KZ-47';

test.use({ geolocation: { latitude: 43.651234, longitude: 51.198765 }, permissions: ['geolocation'] });

/** An open task for the seeded verifier on a Mangystau rumour, asked by the region's moderator. */
async function createTask(question: string): Promise<{ id: string; rumorId: string }> {
  const verifier = staff('VERIFIER');
  const moderator = staff('MODERATOR', REGION);
  return withDb(async (c) => {
    const users = await c.query<{ id: string; email: string }>('SELECT id, email FROM "User" WHERE email = ANY($1)', [[verifier.email, moderator.email]]);
    const idOf = (email: string) => users.rows.find((row) => row.email === email)!.id;
    const rumor = await c.query<{ id: string }>(`SELECT id FROM "Rumor" WHERE $1 = ANY("regionCodes") AND status NOT IN ('MERGED', 'DISMISSED') ORDER BY "createdAt" LIMIT 1`, [REGION]);
    const id = randomUUID();
    await c.query(`INSERT INTO "VerificationRequest" (id, "rumorId", question, "dueAt", "assigneeId", "requestedById") VALUES ($1, $2, $3, now() + interval '3 hours', $4, $5)`, [
      id,
      rumor.rows[0]!.id,
      question,
      idOf(verifier.email),
      idOf(moderator.email),
    ]);
    return { id, rumorId: rumor.rows[0]!.id };
  });
}

/** A phone photo that carries its GPS position and camera. */
function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: '#5a8' } })
    .withExif({ IFD0: { Make: 'FieldPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 39/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '51/1 9/1 0/1' } })
    .jpeg()
    .toBuffer();
}

async function desktopContext(browser: Browser) {
  return browser.newContext({ ...devices['Desktop Chrome'], baseURL: test.info().project.use.baseURL });
}

test('a verifier answers from a phone with a photo and the place, corrects a wrong tap, and the moderator sees it all', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const question = `Открыт ли сейчас рынок у автостанции? (${randomUUID().slice(0, 8)})`;
  const task = await createTask(question);
  await signIn(page, 'ru', staff('VERIFIER'));
  await expect(page).toHaveURL(/\/ru\/admin(\/tasks)?$/);
  await page.goto('/ru/admin/tasks');
  const card = page.getByRole('article', { name: question });
  await expect(card).toBeVisible();

  const note = 'Был у входа в 10:00: рынок работает, люди торгуют.';
  await card.getByLabel('Что вы видели или слышали? (необязательно)').fill(note);
  // A PDF is refused in words, and the note stays as typed.
  const photos = card.getByLabel('Фото (необязательно, не больше 3)');
  await photos.setInputFiles({ name: 'act.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(card.getByText('Можно прикрепить только фото (JPEG, PNG, WebP, GIF, AVIF).')).toBeVisible();
  await expect(card.getByLabel('Что вы видели или слышали? (необязательно)')).toHaveValue(note);

  await photos.setInputFiles({ name: 'IMG_0412.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
  await expect(card.getByText(/IMG_0412\.jpg/)).toBeVisible();
  await card.getByRole('checkbox', { name: 'Я на месте' }).check();
  await expect(card.getByText('Местоположение добавлено (округлено примерно до 1 км).')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await card.getByRole('group', { name: 'Вопрос' }).getByRole('button', { name: 'Подтверждаю' }).click();
  await expect(card.getByRole('status')).toHaveText('Спасибо — ответ отправлен.');
  await expect(card).toContainText('Ваш ответ: Подтверждаю');
  await expect(card).toContainText('1 фото');
  await expect(card).toContainText('На месте');

  const stored = await withDb(async (c) =>
    (
      await c.query<{ answerLat: number; answerLng: number; files: string; mimeType: string }>(
        `SELECT v."answerLat", v."answerLng", count(f.id)::text AS files, min(f."mimeType") AS "mimeType"
         FROM "VerificationRequest" v JOIN "Evidence" e ON e."verificationRequestId" = v.id LEFT JOIN "StoredFile" f ON f."evidenceId" = e.id WHERE v.id = $1 GROUP BY v.id`,
        [task.id],
      )
    ).rows[0]!,
  );
  expect(stored).toEqual({ answerLat: 43.65, answerLng: 51.2, files: '1', mimeType: 'image/webp' });

  // The wrong tap: it was "Опровергаю". Corrected within the 10 minutes.
  await card.getByRole('button', { name: 'Исправить ответ' }).click();
  await card.getByRole('radio', { name: 'Опровергаю' }).check();
  await card.getByRole('button', { name: 'Сохранить исправление' }).click();
  await expect(card.getByRole('status')).toHaveText('Исправление сохранено.');
  await expect(card).toContainText('Ваш ответ: Опровергаю');
  await expect(card).toContainText('Исправлено');
  await expect(card).toContainText(note);

  // The rumour's moderator sees the corrected answer, that it was corrected, the rounded place and the photo.
  const desk = await desktopContext(browser);
  try {
    const moderatorPage = await desk.newPage();
    await signIn(moderatorPage, 'ru', staff('MODERATOR', REGION));
    await expect(moderatorPage).toHaveURL(/\/ru\/admin/);
    await moderatorPage.goto(`/ru/admin/rumors/${task.rumorId}`);
    const request = moderatorPage.getByRole('region', { name: 'Проверка на месте' }).getByRole('listitem').filter({ hasText: question });
    await expect(request).toContainText('Ответ: Опровергаю');
    await expect(request).toContainText('Исправлено проверяющим');
    await expect(request).toContainText('На месте: около 43,65, 51,2');
    const evidence = moderatorPage.getByRole('listitem').filter({ hasText: note });
    const photoLink = evidence.getByRole('link', { name: /Изображение/ });
    await expect(photoLink).toBeVisible();
    const photo = await moderatorPage.request.get((await photoLink.getAttribute('href'))!);
    expect(photo.status()).toBe(200);
    expect(photo.headers()['content-type']).toBe('image/webp');
    expect((await sharp(await photo.body()).metadata()).exif).toBeUndefined();
  } finally {
    await desk.close();
  }

  // The task page as people see it, with an open task and an answered one, in each language.
  await createTask(`Идут ли автобусы в Жанаозен? (${randomUUID().slice(0, 8)})`);
  for (const locale of LANGUAGES) {
    await page.goto(`/${locale}/admin/tasks`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshotPhoneAndDesktop(page, `field-answers-tasks-${locale}`);
  }
});

// The server decides "still correctable" with its clock when it renders the page; the phone hydrates
// it a moment later with its own. A window that closes in between (or a phone whose clock runs ahead)
// must not make the phone's first render differ from the server's HTML (React #418, a hydration
// failure), only take the button away once the page is running.
test("a correction window that closes between the server's render and the phone's is no hydration error; the button then goes", async ({ page }) => {
  const question = `Работает ли паром в Курыке? (${randomUUID().slice(0, 8)})`;
  const task = await createTask(question);
  // Answered a minute ago by the server's clock: nine minutes of the ten left to correct it.
  await withDb((c) => c.query(`UPDATE "VerificationRequest" SET status = 'ANSWERED', answer = 'CONFIRMS', "answeredAt" = now() - interval '1 minute' WHERE id = $1`, [task.id]));
  await signIn(page, 'ru', staff('VERIFIER'));
  await expect(page).toHaveURL(/\/ru\/admin(\/tasks)?$/);
  // The phone's clock is ten minutes ahead: past the end of the window.
  await page.clock.setFixedTime(new Date(Date.now() + 10 * 60_000));
  await page.goto('/ru/admin/tasks');
  const card = page.getByRole('article', { name: question });
  await expect(card).toContainText('Ваш ответ: Подтверждаю');
  await expect(card.getByRole('button', { name: 'Исправить ответ' })).toHaveCount(0);
  await expect(card).not.toContainText('можно до');
});

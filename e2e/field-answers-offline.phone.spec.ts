// A field answer written with no connection (issue 16): it waits on the phone ("waiting to send"),
// goes out by itself when the connection returns, and arrives exactly once.
import { randomUUID } from 'node:crypto';
import { expect, test } from './test';
import { screenshotPath, signIn, staff, withDb } from './support';

const REGION = 'KZ-47';

async function createTask(question: string): Promise<string> {
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
    return id;
  });
}

async function answersOf(taskId: string): Promise<{ evidence: number; audits: number; status: string }> {
  return withDb(async (c) => {
    const { rows } = await c.query<{ evidence: string; audits: string; status: string }>(
      `SELECT (SELECT count(*) FROM "Evidence" WHERE "verificationRequestId"::text = $1::text)::text AS evidence,
              (SELECT count(*) FROM "AuditEvent" WHERE "entityId"::text = $1::text AND action = 'verification.answered')::text AS audits,
              (SELECT status::text FROM "VerificationRequest" WHERE id::text = $1::text) AS status`,
      [taskId],
    );
    return { evidence: Number(rows[0]!.evidence), audits: Number(rows[0]!.audits), status: rows[0]!.status };
  });
}

test('an answer written offline waits on the phone and arrives exactly once when the connection returns', async ({ page, context }) => {
  test.setTimeout(90_000);
  const question = `Закрыта ли заправка на въезде? (${randomUUID().slice(0, 8)})`;
  const taskId = await createTask(question);
  await signIn(page, 'ru', staff('VERIFIER'));
  await expect(page).toHaveURL(/\/ru\/admin(\/tasks)?$/);
  await page.goto('/ru/admin/tasks');
  const card = page.getByRole('article', { name: question });
  await expect(card).toBeVisible();

  await context.setOffline(true);
  const note = 'Заправка работает, очередь небольшая.';
  await card.getByLabel('Что вы видели или слышали? (необязательно)').fill(note);
  await card.getByRole('group', { name: 'Вопрос' }).getByRole('button', { name: 'Опровергаю' }).click();
  await expect(card.getByText('Ждёт отправки: «Опровергаю»')).toBeVisible();
  await expect(card.getByRole('status')).toContainText('Нет связи');
  await page.screenshot({ path: screenshotPath('field-answers-waiting-ru-phone.png'), fullPage: false });
  expect(await answersOf(taskId)).toEqual({ evidence: 0, audits: 0, status: 'OPEN' });
  // Offline for longer than the live stream's retry (5 s, server/api/sse.ts): the page must not keep
  // trying the network meanwhile (each try was a console error, which fails this test; it used to
  // depend on how long the steps above took).
  await page.waitForTimeout(6_000);
  expect(await answersOf(taskId)).toEqual({ evidence: 0, audits: 0, status: 'OPEN' });

  await context.setOffline(false);
  await expect(card.getByRole('status')).toHaveText('Спасибо — ответ отправлен.', { timeout: 40_000 });
  await expect(card).toContainText('Ваш ответ: Опровергаю');
  await expect(card).toContainText(note);
  expect(await answersOf(taskId)).toEqual({ evidence: 1, audits: 1, status: 'ANSWERED' });
  // Nothing left on the phone to send again, and nothing arrives a second time.
  await page.waitForTimeout(3000);
  expect(await answersOf(taskId)).toEqual({ evidence: 1, audits: 1, status: 'ANSWERED' });
  await expect(card.getByText(/Ждёт отправки/)).toHaveCount(0);
});

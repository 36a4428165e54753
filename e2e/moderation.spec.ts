// The moderation journey, one story through the admin UI: a Mangystau moderator takes the top rumour,
// merges a suggested duplicate, adds evidence, asks the field verifier (who answers from a phone),
// drafts a FALSE verdict that needs four eyes, and the administrator approves it. Every admin page
// on the way is checked with axe. Only the duplicate is set up directly in the database.
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { devices, type Browser, type Page } from '@playwright/test';
import { expect, test } from './test';
import { generateTrackingCode, normalizeReportText } from '../server/text';
import { formatTypedDateTime } from '../server/i18n/format';
import { sourceSeeds } from '../prisma/seed/sources';
import { screenshotPhoneAndDesktop, staff, withDb, type StaffLogin } from './support';

const REGION = 'KZ-47';

/**
 * A second open rumour in the region, worded almost like `claim`, with one web report that also
 * uses the region's most dangerous words: once merged, the rumour is high-risk and needs four eyes.
 */
async function insertDuplicate(claim: string): Promise<{ claim: string; score: number }> {
  const duplicate = `${claim.replace(/^Утверждение, что /, 'Говорят, что ').replace(/ \(демо\)$/, '')} — так пишут в чатах`;
  const normalized = normalizeReportText(duplicate);
  return withDb(async (client) => {
    const { rows } = await client.query<{ score: number }>('SELECT similarity($1, $2)::float8 AS score', [normalized, normalizeReportText(claim)]);
    const terms: string[] = [];
    let weight = 0;
    for (const term of (await client.query<{ term: string; weight: number }>('SELECT term, weight FROM "RiskTerm" ORDER BY weight DESC, term')).rows) {
      if (weight >= 3) break;
      terms.push(term.term);
      weight += term.weight;
    }
    expect(weight).toBeGreaterThanOrEqual(3);
    const reportText = `${duplicate}. Пишут про ${terms.join(', ')}.`;
    const rumorId = randomUUID();
    await client.query(
      `INSERT INTO "Rumor" (id, claim, "normalizedClaim", language, status, "riskFlags", "highRisk", "regionCodes", "sightingCount", "firstSeenAt", "lastSeenAt", "updatedAt")
       VALUES ($1, $2, $3, 'ru', 'NEW', $4, true, $5, 1, now(), now(), now())`,
      [rumorId, duplicate, normalized, terms, [REGION]],
    );
    await client.query(
      `INSERT INTO "Report" (id, "clientId", "trackingCode", channel, "rumorId", text, "normalizedText", language, "regionCode", "heardAt")
       VALUES ($1, $2, $3, 'WEB', $4, $5, $6, 'ru', $7, now())`,
      [randomUUID(), randomUUID(), generateTrackingCode(), rumorId, reportText, normalizeReportText(reportText), REGION],
    );
    return { claim: duplicate, score: rows[0]!.score };
  });
}

async function signInAt(page: Page, path: string, login: StaffLogin) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/ru\/signin\?callbackUrl=/);
  await page.getByLabel('Электронная почта').fill(login.email);
  await page.getByLabel('Пароль').fill(login.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, '\\$&')}$`));
}

async function expectNoSeriousAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

async function newContext(browser: Browser, phone: boolean) {
  const baseURL = test.info().project.use.baseURL;
  return browser.newContext(phone ? { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, baseURL } : { ...devices['Desktop Chrome'], baseURL });
}

/** The sighting count in the rumour header ("N сообщений · M мест · впервые …"). */
async function sightings(page: Page): Promise<number> {
  const summary = await page.locator('header').getByText(/ · впервые /).textContent();
  return Number(/^(\d+)/.exec(summary ?? '')?.[1]);
}

test('a moderator merges a duplicate, gathers evidence, asks a verifier and a second moderator approves the verdict', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const moderator = staff('MODERATOR', REGION);
  const verifier = staff('VERIFIER');
  const admin = staff('ADMIN');
  const verifierName = await withDb(async (client) => (await client.query<{ name: string }>('SELECT name FROM "User" WHERE email = $1', [verifier.email])).rows[0]!.name);

  // 1. The moderator signs in and opens the top rumour still to be decided (new or under investigation).
  await signInAt(page, '/ru/admin', moderator);
  await expect(page.getByRole('heading', { level: 1, name: 'Слухи по приоритету' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const filters = page.getByRole('search', { name: 'Фильтры входящих' });
  await filters.getByText('Фильтры', { exact: true }).click();
  const statuses = filters.getByRole('group', { name: 'Статус' });
  await statuses.getByRole('checkbox', { name: 'Новый' }).check();
  await statuses.getByRole('checkbox', { name: 'Проверяется' }).check();
  await filters.getByRole('button', { name: 'Применить' }).last().click();
  const rows = page.getByTestId('inbox-rumor');
  await expect(rows.filter({ hasText: 'Опубликован' })).toHaveCount(0);
  // The top seeded rumour: other journeys leave open rumours in the same region (language-merge's Kuryk pairs, word
  // for word alike), whose twins would fill this rumour's "similar" list ahead of the duplicate made below.
  const seeded = rows.filter({ hasText: '(демо)' });
  await expect(seeded.first()).toBeVisible();
  const topLink = seeded.first().getByRole('link');
  const rumorId = /\/ru\/admin\/rumors\/([0-9a-f-]{36})$/.exec((await topLink.getAttribute('href')) ?? '')?.[1] ?? '';
  const rumor = await withDb(
    async (client) => (await client.query<{ claim: string; status: string }>('SELECT claim, status::text AS status FROM "Rumor" WHERE id = $1', [rumorId])).rows[0]!,
  );

  // 2. Set-up: a near-paraphrase of it arrived as a separate rumour with one report.
  const duplicate = await insertDuplicate(rumor.claim);
  expect(duplicate.score).toBeGreaterThanOrEqual(0.25);

  await topLink.click();
  await expect(page).toHaveURL(new RegExp(`/ru/admin/rumors/${rumorId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rumor.claim);

  const similar = page.getByRole('region', { name: 'Похожие открытые слухи' });
  const suggestion = similar.getByRole('listitem').filter({ has: page.getByRole('link', { name: duplicate.claim }) });
  await expect(suggestion).toContainText('1 сообщение');
  const before = await sightings(page);
  await suggestion.getByRole('button', { name: 'Что будет при объединении' }).click();
  await expect(suggestion.getByTestId('merge-preview')).toContainText('Перейдёт 1 сообщение');
  await suggestion.getByTestId('merge-preview').getByRole('button', { name: 'Объединить с этим слухом' }).click();
  await expect(similar.getByRole('status')).toHaveText('Объединено: сообщения теперь в этом слухе.');
  await expect(similar.getByRole('link', { name: duplicate.claim })).toHaveCount(0);
  await expect.poll(() => sightings(page)).toBe(before + 1);

  if (rumor.status === 'NEW') {
    await page.getByRole('button', { name: 'Начать проверку' }).click();
    await expect(page.getByRole('article').getByText('Проверяется', { exact: true })).toBeVisible();
  }

  // 3. Evidence from a registered Mangystau source, refuting the claim.
  const evidence = page.getByRole('region', { name: 'Доказательства' });
  await evidence.getByRole('button', { name: 'Добавить доказательство' }).click();
  const sourceSelect = evidence.getByLabel('Источник из реестра');
  const akimat = sourceSeeds.find((s) => s.key === 'mangystauInternalPolicy')!.name;
  const sourceLabel = (await sourceSelect.locator('option', { hasText: akimat }).textContent())!;
  await sourceSelect.selectOption({ label: sourceLabel });
  await evidence.getByLabel('Цитата или пересказ').fill('Отдел внутренней политики акимата: сведения не подтверждаются, проверка продолжается.');
  await evidence.getByLabel('Позиция').selectOption({ label: 'Опровергает' });
  await evidence.getByRole('button', { name: 'Добавить доказательство' }).click();
  await expect(evidence.getByRole('status')).toHaveText('Доказательство добавлено.');
  const akimatEvidence = evidence.getByRole('listitem').filter({ hasText: 'сведения не подтверждаются' });
  await expect(akimatEvidence).toContainText('Опровергает');
  await expect(akimatEvidence).toContainText(akimat);

  // 4. A question to the field verifier, with a deadline.
  const question = `Видели ли вы сегодня то, о чём говорят (проверка ${randomUUID().slice(0, 8)})?`;
  const requests = page.getByRole('region', { name: 'Проверка на месте' });
  await requests.getByRole('button', { name: 'Спросить проверяющих' }).click();
  await requests.getByRole('group', { name: 'Проверяющие' }).getByRole('checkbox', { name: verifierName }).check();
  await requests.getByRole('textbox', { name: 'Вопрос' }).fill(question);
  // Typed as Russian writes it, in Kazakhstan time: "06.12.2026 23:30".
  await requests.getByLabel('Срок', { exact: true }).fill(formatTypedDateTime(new Date(Date.now() + 5 * 3600_000), 'ru'));
  await requests.getByRole('button', { name: 'Отправить' }).click();
  await expect(requests.getByRole('status')).toHaveText('Вопрос отправлен.');
  await expect(requests.getByRole('listitem').filter({ hasText: question })).toContainText('Открыт');
  await expectNoSeriousAxeViolations(page);

  // 5. The verifier answers from a phone.
  const phone = await newContext(browser, true);
  try {
    const verifierPage = await phone.newPage();
    await signInAt(verifierPage, '/ru/admin/tasks', verifier);
    await expect(verifierPage.getByRole('heading', { level: 1, name: 'Мои задачи' })).toBeVisible();
    const task = verifierPage.getByRole('article', { name: question });
    await expect(task).toContainText(rumor.claim);
    await expectNoSeriousAxeViolations(verifierPage);
    await task.getByLabel('Что вы видели или слышали? (необязательно)').fill('Был на месте утром: ничего подобного не происходило, люди спокойны.');
    await task.getByRole('group', { name: 'Вопрос' }).getByRole('button', { name: 'Опровергаю' }).click();
    await expect(task.getByRole('status')).toHaveText('Спасибо — ответ отправлен.');
    await expect(verifierPage.getByRole('article', { name: question })).toContainText('Ваш ответ: Опровергаю');
    const overflow = await verifierPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(verifierPage);
  } finally {
    await phone.close();
  }

  await page.reload();
  const fieldEvidence = evidence.getByRole('listitem').filter({ hasText: 'ничего подобного не происходило' });
  await expect(fieldEvidence).toContainText('Ответ полевого проверяющего');
  await expect(fieldEvidence).toContainText('Опровергает');
  await expect(requests.getByRole('listitem').filter({ hasText: question })).toContainText('Ответ: Опровергаю');

  // 6. A FALSE verdict drafted by the moderator waits for a second moderator.
  const verdict = page.getByRole('region', { name: 'Вердикт', exact: true });
  await expect(verdict.getByText('Этот вердикт должен одобрить второй модератор')).toBeVisible();
  await verdict.getByRole('combobox', { name: 'Вердикт' }).selectOption({ label: 'Ложь' });
  const rationale = 'Акимат и полевой проверяющий на месте опровергают утверждение; других подтверждений нет.';
  await verdict.getByRole('textbox', { name: 'Обоснование (со ссылкой на доказательства)' }).fill(rationale);
  await verdict.getByRole('button', { name: 'Отправить вердикт' }).click();
  await expect(verdict.getByRole('status').filter({ hasText: 'Вердикт отправлен.' })).toBeVisible();
  const draft = verdict.getByRole('listitem').filter({ hasText: rationale });
  await expect(draft).toContainText('Ложь');
  await expect(draft).toContainText('Ждёт одобрения');
  await expect(draft).toContainText('Вы составили этот вердикт: его должен проверить другой модератор.');
  await expect(draft.getByRole('button', { name: 'Одобрить' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.goto('/ru/admin/sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Реестр источников' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // 7. The administrator, as the second moderator, approves it.
  const second = await newContext(browser, false);
  try {
    const adminPage = await second.newPage();
    await signInAt(adminPage, `/ru/admin/rumors/${rumorId}`, admin);
    const adminVerdict = adminPage.getByRole('region', { name: 'Вердикт', exact: true });
    const adminDraft = adminVerdict.getByRole('listitem').filter({ hasText: rationale });
    await expect(adminDraft).toContainText('Ждёт одобрения');
    await adminDraft.getByRole('button', { name: 'Одобрить' }).click();
    await expect(adminVerdict.getByRole('status').filter({ hasText: 'Решение сохранено.' })).toBeVisible();
    await expect(adminDraft).toContainText('Одобрен');
    await expect(adminDraft).toContainText(/Проверил\(а\) /);
  } finally {
    await second.close();
  }

  await page.goto(`/ru/admin/rumors/${rumorId}`);
  const approved = page.getByRole('region', { name: 'Вердикт', exact: true }).getByRole('listitem').filter({ hasText: rationale });
  await expect(approved).toContainText('Одобрен');
  await expect(approved).not.toContainText('Ждёт одобрения');
});

test('the rumour page fits a 360-px phone, the list of colleagues to assign included', async ({ browser }) => {
  const rumorId = await withDb(
    async (client) => (await client.query<{ id: string }>(`SELECT id FROM "Rumor" WHERE status = 'NEW' AND $1 = ANY("regionCodes") ORDER BY "lastSeenAt" DESC LIMIT 1`, [REGION])).rows[0]!.id,
  );
  const phone = await newContext(browser, true);
  try {
    const page = await phone.newPage();
    await signInAt(page, `/ru/admin/rumors/${rumorId}`, staff('ADMIN'));
    // The colleagues' names and roles are the longest options: wait until they are in the list.
    await expect(page.locator('#assign-to option')).not.toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  } finally {
    await phone.close();
  }
});

test('in Kazakh, evidence "obtained at" and a question\'s deadline are typed as Kazakh writes them; a wrong one is explained beside its field', async ({ page }) => {
  test.setTimeout(90_000);
  const moderator = staff('MODERATOR', REGION);
  const verifier = staff('VERIFIER');
  const { rumorId, verifierName } = await withDb(async (client) => ({
    rumorId: (await client.query<{ id: string }>(`SELECT id FROM "Rumor" WHERE status IN ('NEW', 'INVESTIGATING') AND $1 = ANY("regionCodes") ORDER BY "lastSeenAt" ASC LIMIT 1`, [REGION])).rows[0]!.id,
    verifierName: (await client.query<{ name: string }>('SELECT name FROM "User" WHERE email = $1', [verifier.email])).rows[0]!.name,
  }));
  await page.goto(`/kk/admin/rumors/${rumorId}`);
  await expect(page).toHaveURL(/\/kk\/signin\?callbackUrl=/);
  await page.locator('#email').fill(moderator.email);
  await page.locator('#password').fill(moderator.password);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`/kk/admin/rumors/${rumorId}$`));
  const formatError = 'Күн мен уақытты КК.АА.ЖЖЖЖ сс:мм түрінде жазыңыз, мысалы 31.03.2026 14:30.';

  const evidence = page.getByRole('region', { name: 'Дәлелдер' });
  await evidence.getByRole('button', { name: 'Дәлел қосу' }).click();
  const excerpt = `Әкімдік: ақпарат расталмады (${randomUUID().slice(0, 8)}).`;
  await evidence.getByLabel('Немесе тізілімде жоқ дереккөздің атын жазыңыз').fill('Ауыл әкімі');
  await evidence.getByLabel('Дәйексөз немесе қысқаша мазмұн').fill(excerpt);
  const obtainedAt = evidence.getByLabel('Алынған уақыты');
  // The field starts at now, as Kazakh writes it — not the picker's mm/dd/yyyy, hh:mm AM.
  await expect(obtainedAt).toHaveValue(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
  await expect(obtainedAt).toHaveAttribute('placeholder', 'КК.АА.ЖЖЖЖ сс:мм');
  await obtainedAt.fill('31.11.2026 14:30');
  await evidence.getByRole('button', { name: 'Дәлел қосу' }).click();
  await expect(evidence.getByText(formatError)).toBeVisible();
  await expect(obtainedAt).toHaveAttribute('aria-invalid', 'true');
  await expect(obtainedAt).toHaveValue('31.11.2026 14:30');
  await screenshotPhoneAndDesktop(page, 'evidence-obtained-at-error-kk');
  await obtainedAt.fill('01.12.2026 9:05');
  await evidence.getByRole('button', { name: 'Дәлел қосу' }).click();
  await expect(evidence.getByRole('status')).toHaveText('Дәлел қосылды.');
  await expect(evidence.getByRole('listitem').filter({ hasText: excerpt })).toContainText('01.12.2026, 09:05');
  const [stored] = await withDb(async (client) => (await client.query<{ at: string }>(`SELECT to_char("obtainedAt", 'YYYY-MM-DD HH24:MI') AS at FROM "Evidence" WHERE excerpt = $1`, [excerpt])).rows);
  expect(stored?.at).toBe('2026-12-01 04:05'); // 09:05 in Kazakhstan

  const requests = page.getByRole('region', { name: 'Жергілікті тексеру' });
  await requests.getByRole('button', { name: 'Тексерушілерден сұрау' }).click();
  await requests.getByRole('group', { name: 'Тексерушілер' }).getByRole('checkbox', { name: verifierName }).check();
  const question = `Бүгін базар жабық па (${randomUUID().slice(0, 8)})?`;
  await requests.getByRole('textbox', { name: 'Сұрақ' }).fill(question);
  const dueAt = requests.getByLabel('Мерзімі', { exact: true });
  await dueAt.fill('12/31/2030 11:00 PM');
  await requests.getByRole('button', { name: 'Жіберу' }).click();
  await expect(requests.getByText(formatError)).toBeVisible();
  await expect(dueAt).toHaveValue('12/31/2030 11:00 PM');
  await dueAt.fill('31.12.2030 23:00');
  await requests.getByRole('button', { name: 'Жіберу' }).click();
  await expect(requests.getByRole('status')).toHaveText('Сұрақ жіберілді.');
  await expect(requests.getByRole('listitem').filter({ hasText: question })).toContainText('31.12.2030, 23:00');
});

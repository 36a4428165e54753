// The team walk of issue 16, shared by the end-to-end test (e2e/team-walk.spec.ts) and the journey
// bench (bench/journey.ts): a citizen reports a new high-risk claim; the Mangystau moderator, with
// the inbox open on a desktop, takes it and asks the field verifier, who has the task list open on a
// 360-px phone; the verifier answers; the moderator drafts a FALSE verdict; the administrator, on
// the notification centre, is told it awaits approval and approves; the moderator writes and
// publishes the notice. Nobody reloads: every colleague's view changes by itself (the staff live
// channel). Each hand-over is timed from the action (the click) to the colleague's view showing it —
// "system waiting" — with Playwright's in-page waits (no polling interval added to the numbers).
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { devices, expect as baseExpect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { formatTypedDateTime } from '../server/i18n/format';

export interface WalkLogin {
  email: string;
  password: string;
}

export interface TeamWalkSetup {
  browser: Browser;
  baseURL: string;
  moderator: WalkLogin;
  verifier: WalkLogin & { name: string };
  admin: WalkLogin;
  /** One SQL query against the app's database (set-up reads only: risk words, the new report's rumour). */
  query<R extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Which of the walk's claims to report (repeated walks on one database need different ones). */
  variant?: number;
  /** Called after each step (for screenshots); the walk does not depend on it. */
  onStep?(step: string, pages: { moderator: Page; verifier: Page; admin: Page }): Promise<void>;
}

/** One hand-over: from a colleague's action to this view showing it. */
export interface HandOver {
  what: string;
  waitedMs: number;
}

export interface TeamWalkResult {
  rumorId: string;
  noticeUrl: string;
  /** From the report being sent to the notice being published. */
  wallMs: number;
  handOvers: HandOver[];
}

const REGION = 'KZ-47';
// The e2e config's assertion timeout, also when the bench runs the walk outside the test runner.
const expect = baseExpect.configure({ timeout: 10_000 });
const now = () => performance.now();

async function signIn(page: Page, login: WalkLogin, landing: RegExp) {
  await page.goto('/ru/signin');
  await page.locator('#email').fill(login.email);
  await page.locator('#password').fill(login.password);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(landing);
}

/** A page that has its staff live channel open (the stream answered), so nothing it should hear is missed. */
async function openWithLiveChannel(page: Page, path: string) {
  const stream = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/admin/events' && response.status() === 200);
  await page.goto(path);
  await stream;
}

export async function teamWalk(setup: TeamWalkSetup): Promise<TeamWalkResult> {
  const { browser, baseURL } = setup;
  const tag = randomUUID().slice(0, 6);
  const contexts: BrowserContext[] = [];
  const handOvers: HandOver[] = [];
  /** Times `action` (a colleague's click) until `seen` (in another view) is visible: in-page waiting, no polling step. */
  const handOver = async (what: string, action: () => Promise<unknown>, seen: Locator | (() => Promise<void>)) => {
    const started = now();
    await action();
    if (typeof seen === 'function') await seen();
    else await seen.waitFor({ state: 'visible', timeout: 15_000 });
    handOvers.push({ what, waitedMs: now() - started });
  };

  try {
    const desk = await browser.newContext({ ...devices['Desktop Chrome'], baseURL });
    const phone = await browser.newContext({ ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, baseURL });
    const adminDesk = await browser.newContext({ ...devices['Desktop Chrome'], baseURL });
    contexts.push(desk, phone, adminDesk);
    const moderatorPage = await desk.newPage();
    const verifierPage = await phone.newPage();
    const adminPage = await adminDesk.newPage();
    const pages = { moderator: moderatorPage, verifier: verifierPage, admin: adminPage };
    moderatorPage.on('dialog', (dialog) => void dialog.accept());

    // Everyone is at work: the moderator on the inbox, the verifier on the task list (phone), the
    // administrator on the notification centre.
    await signIn(moderatorPage, setup.moderator, /\/ru\/admin$/);
    await signIn(verifierPage, setup.verifier, /\/ru\/admin(\/tasks)?$/);
    await signIn(adminPage, setup.admin, /\/ru\/admin$/);
    await openWithLiveChannel(moderatorPage, '/ru/admin');
    await openWithLiveChannel(verifierPage, '/ru/admin/tasks');
    await expect(verifierPage.getByRole('heading', { level: 1, name: 'Мои задачи' })).toBeVisible();
    await openWithLiveChannel(adminPage, '/ru/admin/notifications');
    const adminBell = adminPage.getByTestId('notification-bell');
    const unreadBefore = await unreadCount(adminBell);

    // A high-risk claim: the region's most dangerous words (weight ≥ 3 makes four eyes necessary).
    const terms: string[] = [];
    let weight = 0;
    for (const row of await setup.query<{ term: string; weight: number }>(`SELECT term, weight FROM "RiskTerm" WHERE language = 'ru' ORDER BY weight DESC, term`)) {
      if (weight >= 3) break;
      terms.push(row.term);
      weight += row.weight;
    }
    expect(weight, 'the seeded risk lexicon makes a claim high-risk').toBeGreaterThanOrEqual(3);
    const risk = terms.join(', ');
    // Repeated walks (the bench) need claims that are not the same rumour again.
    const claims = [
      `Говорят, в Курыке ночью будет ${risk} — всем уезжать`,
      `В Бейнеу в чатах пишут: на вокзале ${risk}, детей на улицу не выпускать`,
      `Соседи из Жетыбая передают, что у рынка ${risk}, магазины закрываются`,
      `Из Шетпе пишут родителям: возле школы ${risk}, забирайте детей`,
    ];
    const claim = `${claims[(setup.variant ?? 0) % claims.length]} ${tag}`;

    // 1. A citizen reports it; the moderator's open inbox announces it (clustered by the worker).
    const started = now();
    const banner = moderatorPage.getByRole('button', { name: /(новое сообщение|новых сообщени[яй]) — показать/ });
    const row = moderatorPage.getByTestId('inbox-rumor').filter({ hasText: tag });
    await handOver(
      'report sent → announced on the moderator’s open inbox, shown on request',
      async () => {
        const created = await moderatorPage.request.post('/api/v1/reports', { data: { clientId: randomUUID(), text: claim, regionCode: REGION } });
        expect(created.status()).toBe(201);
      },
      // Colleagues' reports may be announced first: show what is announced until ours is there.
      async () => {
        for (let attempt = 0; attempt < 5 && !(await row.isVisible()); attempt++) {
          await banner.waitFor({ state: 'visible', timeout: 15_000 });
          await banner.click();
          await row.waitFor({ state: 'visible', timeout: 2_000 }).catch(() => undefined);
        }
        await row.waitFor({ state: 'visible', timeout: 1_000 });
      },
    );
    await setup.onStep?.('inbox', pages);
    await row.getByRole('link').first().click();
    await expect(moderatorPage).toHaveURL(/\/ru\/admin\/rumors\/[0-9a-f-]{36}$/);
    const rumorId = /\/rumors\/([0-9a-f-]{36})$/.exec(moderatorPage.url())![1]!;
    const verdict = moderatorPage.getByRole('region', { name: 'Вердикт', exact: true });
    await moderatorPage.getByRole('button', { name: 'Начать проверку' }).click();
    await expect(moderatorPage.getByRole('article').getByText('Проверяется', { exact: true })).toBeVisible();

    // 2. The moderator asks the verifier; the question appears on the verifier's open task list.
    const question = `Что происходит в Курыке прямо сейчас? ${tag}`;
    const requests = moderatorPage.getByRole('region', { name: 'Проверка на месте' });
    await requests.getByRole('button', { name: 'Спросить проверяющих' }).click();
    await requests.getByRole('group', { name: 'Проверяющие' }).getByRole('checkbox', { name: setup.verifier.name }).check();
    await requests.getByRole('textbox', { name: 'Вопрос' }).fill(question);
    const due = new Date(Date.now() + 2 * 3600_000);
    await requests.getByLabel('Срок', { exact: true }).fill(formatTypedDateTime(due, 'ru')); // as Russian writes it, in Kazakhstan time
    const task = verifierPage.getByRole('article', { name: question });
    await handOver('question asked → on the verifier’s open task list (phone)', () => requests.getByRole('button', { name: 'Отправить' }).click(), task);
    await expect(requests.getByRole('status')).toHaveText('Вопрос отправлен.');
    await expect(task).toContainText(claim);
    await setup.onStep?.('task', pages);

    // 3. The verifier answers from the phone; the answer appears on the moderator's open rumour page.
    await task.getByLabel('Что вы видели или слышали? (необязательно)').fill('Я в Курыке: всё спокойно, никто не уезжает, полиция о таком не знает.');
    // …with a photo of the calm street, as a person on the ground has.
    const street = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#8aa4b8' } }).jpeg().toBuffer();
    await task.getByLabel('Фото (необязательно, не больше 3)').setInputFiles({ name: 'IMG_2201.jpg', mimeType: 'image/jpeg', buffer: street });
    await expect(task.getByText(/IMG_2201\.jpg/)).toBeVisible();
    const answered = requests.getByRole('listitem').filter({ hasText: question }).filter({ hasText: 'Ответ: Опровергаю' });
    await handOver('answer sent from the phone → on the moderator’s open rumour page', () => task.getByRole('group', { name: 'Вопрос' }).getByRole('button', { name: 'Опровергаю' }).click(), answered);
    await expect(task.getByRole('status')).toHaveText('Спасибо — ответ отправлен.');
    expect(await verifierPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const fieldEvidence = moderatorPage.getByRole('region', { name: 'Доказательства' }).getByRole('listitem').filter({ hasText: 'всё спокойно, никто не уезжает' });
    await expect(fieldEvidence).toContainText('Ответ полевого проверяющего');
    await expect(fieldEvidence.getByRole('link', { name: /Изображение/ })).toBeVisible();

    // 4. The moderator drafts the verdict; the administrator's bell and open notification centre show it awaits approval.
    const rationale = `Полевой проверяющий на месте опровергает: в Курыке спокойно ${tag}.`;
    await verdict.getByRole('combobox', { name: 'Вердикт' }).selectOption({ label: 'Ложь' });
    await verdict.getByRole('textbox', { name: 'Обоснование (со ссылкой на доказательства)' }).fill(rationale);
    const approvalNotice = adminPage.getByRole('article').filter({ hasText: claim }).filter({ hasText: 'Вердикт ждёт вашего одобрения' });
    await handOver('verdict drafted → the administrator’s open notification centre', () => verdict.getByRole('button', { name: 'Отправить вердикт' }).click(), approvalNotice);
    await expect(verdict.getByRole('listitem').filter({ hasText: rationale })).toContainText('Ждёт одобрения');
    await expect.poll(() => unreadCount(adminBell), { timeout: 5_000 }).toBeGreaterThan(unreadBefore);
    await setup.onStep?.('approval-requested', pages);

    // 5. The administrator follows the notification and approves; the moderator's open page shows it.
    await approvalNotice.getByRole('link').first().click();
    await expect(adminPage).toHaveURL(new RegExp(`/ru/admin/rumors/${rumorId}`));
    const adminDraft = adminPage.getByRole('region', { name: 'Вердикт', exact: true }).getByRole('listitem').filter({ hasText: rationale });
    await expect(adminDraft).toContainText('Ждёт одобрения');
    const approvedForModerator = verdict.getByRole('listitem').filter({ hasText: rationale }).filter({ hasText: 'Одобрен' });
    await handOver('verdict approved → on the moderator’s open rumour page', () => adminDraft.getByRole('button', { name: 'Одобрить' }).click(), approvedForModerator);
    await expect(approvedForModerator).not.toContainText('Ждёт одобрения');

    // 6. The moderator writes the notice from the page as it now stands, and publishes it.
    const write = moderatorPage.getByRole('link', { name: 'Написать уведомление' });
    await expect(write).toBeVisible();
    await write.click();
    await expect(moderatorPage).toHaveURL(new RegExp(`/ru/admin/notices/new\\?rumor=${rumorId}$`));
    const texts = {
      ru: { tab: 'Русский', title: `Слух об угрозе в Курыке этой ночью ${tag}`, summary: 'Полевой проверяющий на месте сообщил: в Курыке спокойно, уезжать не нужно.', body: 'Проверяющий Raspa был в Курыке: **никакой угрозы нет**.', sms: 'Raspa: в Курыке спокойно, это ложь.' },
      kk: { tab: 'Казахский', title: `Құрықта түнде қауіп болады деген хабар ${tag}`, summary: 'Орнындағы тексеруші хабарлады: Құрықта тыныш.', body: 'Raspa тексерушісі Құрықта болды: **қауіп жоқ**.', sms: 'Raspa: Құрықта тыныш, бұл жалған.' },
      en: { tab: 'Английский', title: `Claim of danger in Kuryk tonight ${tag}`, summary: 'A field verifier on the spot reports that Kuryk is calm.', body: 'A Raspa verifier was in Kuryk: **there is no threat**.', sms: 'Raspa: Kuryk is calm; the claim is false.' },
    };
    for (const text of Object.values(texts)) {
      await moderatorPage.getByRole('tab', { name: new RegExp(text.tab) }).click();
      const panel = moderatorPage.getByRole('tabpanel', { name: new RegExp(text.tab) });
      await panel.getByLabel('Заголовок — утверждение, без вердикта').fill(text.title);
      await panel.getByLabel('Краткое содержание').fill(text.summary);
      await panel.getByLabel('Текст (Markdown)').fill(text.body);
      await panel.getByLabel('Текст SMS').fill(text.sms);
    }
    await moderatorPage.getByRole('button', { name: 'Опубликовать', exact: true }).click();
    await expect(moderatorPage).toHaveURL(/\/ru\/admin\/notices\/[0-9a-f-]{36}\?published=1$/);
    await expect(moderatorPage.getByTestId('notice-status')).toHaveText('Опубликовано');
    const wallMs = now() - started;
    const publicLink = moderatorPage.getByRole('status').getByRole('link', { name: /Публичная страница:/ });
    const noticeUrl = (await publicLink.getAttribute('href')) ?? '';
    expect(noticeUrl).toMatch(/^\/ru\/notices\//);
    await setup.onStep?.('published', pages);
    return { rumorId, noticeUrl, wallMs, handOvers };
  } finally {
    for (const context of contexts) await context.close();
  }
}

async function unreadCount(bell: Locator): Promise<number> {
  const counter = bell.getByTestId('notification-count');
  return (await counter.count()) === 0 ? 0 : Number((await counter.textContent())?.replace(/\D/g, '') ?? 0);
}

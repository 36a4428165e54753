import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Cookie, Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import pg from 'pg';
import type { ReceivedMail } from '../server/testing/smtp-sink';
import { LANGUAGES } from '../server/i18n/languages';

export interface StaffLogin {
  email: string;
  password: string;
  role: 'ADMIN' | 'MODERATOR' | 'VERIFIER' | 'PROXY';
  regionCodes: string[];
}

export function staffLogins(): StaffLogin[] {
  const raw = process.env.E2E_STAFF;
  if (!raw) throw new Error('E2E_STAFF is not set: run the end-to-end tests with `npm test`.');
  return JSON.parse(raw) as StaffLogin[];
}

export function staff(role: StaffLogin['role'], region?: string): StaffLogin {
  const found = staffLogins().find((s) => s.role === role && (!region || s.regionCodes.includes(region)));
  if (!found) throw new Error(`No seeded ${role}${region ? ` for ${region}` : ''}`);
  return found;
}

/** Fills and sends the sign-in form of `locale` (no wait: a test expects what follows, a landing page or an error). */
/**
 * Until React has hydrated the page's heading, or `element` (a page error from a mismatch is reported by
 * then). A tap on a server-rendered control before that is lost: React puts back the state it rendered.
 */
export async function hydrated(page: Page, element?: Locator) {
  if (element) {
    await expect.poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactFiber')))).toBe(true);
    return;
  }
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForFunction(() => {
    const heading = document.querySelector('h1');
    return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber'));
  }, undefined, { polling: 100 });
}

export async function signInWithForm(page: Page, locale: string, login: StaffLogin) {
  noteSignIn('form');
  await page.goto(`/${locale}/signin`);
  await page.locator('#email').fill(login.email);
  await page.locator('#password').fill(login.password);
  await page.locator('form button[type=submit]').click();
}

/** Says in the test's report how a staff member was signed in (playwright.json's annotations): the run's count of form sign-ins. */
function noteSignIn(how: 'form' | 'stored session, signed in now' | 'stored session, reused') {
  test.info().annotations.push({ type: 'staff sign-in', description: how });
}

/** Each seeded member's session cookies in this Playwright worker (see signIn). */
const storedSessions = new Map<string, Promise<Cookie[]>>();

/**
 * Signs a seeded member in once per worker: the two requests the sign-in form's script makes (its
 * CSRF token, then the credentials to next-auth's callback), in a context of its own — no page to
 * render, and the test's page keeps its history. staff-sign-in.spec.ts tests the form itself.
 */
function seededSession(page: Page, login: StaffLogin): Promise<Cookie[]> {
  let session = storedSessions.get(login.email);
  if (!session) {
    session = (async () => {
      const context = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
      try {
        const { csrfToken } = (await (await context.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
        const response = await context.request.post('/api/auth/callback/credentials', {
          form: { csrfToken, email: login.email, password: login.password, callbackUrl: '/en/admin', json: 'true' },
        });
        // The session alone: not the CSRF cookie, nor anything else the sign-in set.
        const cookies = (await context.cookies()).filter((cookie) => /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(cookie.name));
        if (!response.ok() || cookies.length === 0) throw new Error(`Signing ${login.email} in failed (${response.status()}): ${await response.text()}`);
        return cookies;
      } finally {
        await context.close();
      }
    })();
    // A failed sign-in is not kept: the next test signs in anew.
    session.catch(() => storedSessions.delete(login.email));
    storedSessions.set(login.email, session);
  }
  return session;
}

/**
 * Signs a staff member in on `page` and opens `/${locale}/admin`, where the sign-in form lands (the
 * server sends a verifier on to their tasks and a hotline operator to the hotline). Like the form,
 * it does not wait for that page to finish loading: the test waits for what it looks at.
 *
 * A seeded member (E2E_STAFF, right password) signs in once per Playwright worker and every later
 * test reuses that session's cookies: the form, its password hash (argon2) and its redirect were
 * ~90 sign-ins per run for the same few accounts. The session is a real one — checked on every
 * request like any other, ended by sign-out or deactivation — so a test that signs such a member
 * OUT, or changes their password or second factor, must sign in with signInWithForm and use its own
 * context. Anyone else (a wrong password, a member a test created) goes through the form here.
 */
export async function signIn(page: Page, locale: string, login: StaffLogin) {
  if (!staffLogins().some((s) => s.email === login.email && s.password === login.password)) return signInWithForm(page, locale, login);
  noteSignIn(storedSessions.has(login.email) ? 'stored session, reused' : 'stored session, signed in now');
  await page.context().addCookies(await seededSession(page, login));
  await page.goto(`/${locale}/admin`, { waitUntil: 'commit' });
}

/** An admin (signed in on `page`, in English) makes an SMSSync gateway secret on Admin → Channels; the page stays there. */
export async function newGatewaySecret(page: Page): Promise<string> {
  await page.goto('/en/admin/channels');
  await page.getByLabel('Label (for example, the phone in Aktau)').fill(`Phone ${Date.now()}`);
  await page.getByRole('button', { name: 'Generate a secret' }).click();
  return (await page.getByTestId('new-gateway-secret').textContent())!.trim();
}

/** One connection to the e2e database for `work`, closed afterwards. */
export async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests with `npm test`.');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type { ReceivedMail };

/** Every mail the run's SMTP sink has received (scripts/test.ts writes them to E2E_MAIL_DIR), oldest first. */
export function receivedMails(to?: string): ReceivedMail[] {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the end-to-end tests with `npm test`.');
  if (!fs.existsSync(dir)) return [];
  const mails = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]) || a.localeCompare(b))
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ReceivedMail);
  return to ? mails.filter((mail) => mail.to.includes(to.toLowerCase())) : mails;
}

/** Where a spec saves screenshots for people to look at (not compared by any test). */
export function screenshotPath(name: string): string {
  const dir = path.join(process.env.RASPA_TEST_ARTIFACTS ? path.resolve(process.env.RASPA_TEST_ARTIFACTS) : path.join('e2e', '.artifacts'), 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

/**
 * Screenshots of the whole current page in every size people use: a 360-px phone and a desktop.
 * One image pixel per CSS pixel: in the phone projects (Pixel 5, device pixel ratio 2.75) a
 * device-scale shot had 7.6 times the pixels — a desktop page 3,520 px wide and up to 9,000 tall —
 * for the browser to paint and encode: two thirds of a run's screenshot pixels, and 4 times the
 * time per phone + desktop pair (bench/RESULTS.md, "Test-suite duration, session 37").
 */
export async function screenshotPhoneAndDesktop(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [size, viewport] of [['phone', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: screenshotPath(`${name}-${size}.png`), fullPage: true, scale: 'css' });
  }
  if (original) await page.setViewportSize(original);
}

/** How far the page scrolls sideways (0 when it fits its viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Inserts a published notice (three languages) exactly as publishNotice leaves the database, and sends its live event on commit. */
type PerLanguage = { kk: string; ru: string; en: string };

export async function publishNotice(slug: string, titles: PerLanguage, regionCodes = ['KZ-47'], texts: { summary?: PerLanguage; whatToDo?: PerLanguage } = {}) {
  await withDb(async (client) => {
    await client.query('BEGIN');
    const rumor = await client.query<{ id: string }>('SELECT id FROM "Rumor" ORDER BY "createdAt" LIMIT 1');
    const noticeId = randomUUID();
    const versionId = randomUUID();
    await client.query(
      `INSERT INTO "Notice" (id, "rumorId", slug, verdict, status, urgency, "regionCodes", "currentVersion", "firstPublishedAt", "lastPublishedAt", "updatedAt")
       VALUES ($1, $2, $3, 'FALSE', 'PUBLISHED', 'NORMAL', $4, 1, now(), now(), now())`,
      [noticeId, rumor.rows[0]!.id, slug, regionCodes],
    );
    await client.query(`INSERT INTO "NoticeVersion" (id, "noticeId", version, verdict, "regionCodes", "publishedAt") VALUES ($1, $2, 1, 'FALSE', $3, now())`, [versionId, noticeId, regionCodes]);
    for (const language of LANGUAGES) {
      await client.query(
        `INSERT INTO "NoticeTranslation" (id, "noticeVersionId", language, title, summary, body, "whatToDo", "smsText", "searchText") VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8)`,
        [randomUUID(), versionId, language, titles[language], texts.summary?.[language] ?? `${titles[language]} — summary`, texts.whatToDo?.[language] ?? null, 'Raspa', titles[language].toLowerCase()],
      );
    }
    const event = { type: 'notice.published', noticeId, slug, version: 1, verdict: 'FALSE', urgency: 'NORMAL', regionCodes };
    await client.query(`SELECT pg_notify('raspa_events', $1)`, [JSON.stringify(event)]);
    await client.query('COMMIT');
  });
}

/**
 * A citizen subscribes `email` by e-mail on the Russian subscribe form (JavaScript on or off) to the
 * region labelled `region`, at the cadence labelled `cadence` if given, and confirms from the mail.
 * Returns the confirmation address's path (its last segment is the confirm token).
 */
export async function subscribeByEmailAndConfirm(page: Page, email: string, { region, cadence }: { region: string; cadence?: string }): Promise<string> {
  await page.goto('/ru/subscribe');
  await page.getByRole('checkbox', { name: region }).check();
  if (cadence) await page.getByRole('radio', { name: cadence }).check();
  await page.getByLabel('Адрес e-mail').fill(email);
  await page.getByRole('button', { name: 'Подписаться по e-mail' }).click();
  await expect(page.getByText('Почти готово: проверьте почту')).toBeVisible();
  await expect.poll(() => receivedMails(email).length, { timeout: 30_000 }).toBe(1);
  const confirmPath = new URL(/https?:\/\/\S+\/ru\/subscribe\/confirm\/\S+/.exec(receivedMails(email)[0]!.text)![0]).pathname;
  await page.goto(confirmPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Подписка подтверждена');
  return confirmPath;
}

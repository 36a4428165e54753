import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import pg from 'pg';
import type { ReceivedMail } from '../server/testing/smtp-sink';

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

export async function signIn(page: Page, locale: string, login: StaffLogin) {
  await page.goto(`/${locale}/signin`);
  await page.locator('#email').fill(login.email);
  await page.locator('#password').fill(login.password);
  await page.locator('form button[type=submit]').click();
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

/** Screenshots of the current page in every size people use: a 360-px phone and a desktop. */
export async function screenshotPhoneAndDesktop(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [size, viewport] of [['phone', { width: 360, height: 740 }], ['desktop', { width: 1280, height: 900 }]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: screenshotPath(`${name}-${size}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** How far the page scrolls sideways (0 when it fits its viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

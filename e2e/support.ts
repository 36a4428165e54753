import type { Page } from '@playwright/test';

export interface StaffLogin {
  email: string;
  password: string;
  role: 'ADMIN' | 'MODERATOR' | 'VERIFIER';
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

// Demo passwords reach the log once: the start that created the demo staff prints them, every later
// start only says where they are kept (a file only this user can read).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffLogin } from '../../prisma/seed';
import { demoLoginsAtStart, demoLoginsFile, saveDemoLogins } from './demo-logins';

const BASE = 'http://localhost:3000';
const logins: StaffLogin[] = [
  { email: 'admin@raspa.demo', password: 'k3v-first-start-only-1', role: 'ADMIN', regionCodes: [], name: 'Admin' },
  { email: 'moderator.mangystau@raspa.demo', password: 'k3v-first-start-only-2', role: 'MODERATOR', regionCodes: ['KZ-47'], name: 'Moderator' },
];
const dirs: string[] = [];
const dataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-demo-logins-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('demo staff logins at start', () => {
  it('are printed with their passwords by the start that created them, and never by a later one', () => {
    const dir = dataDir();
    saveDemoLogins(dir, logins);
    const first = demoLoginsAtStart(dir, logins, BASE);
    for (const login of logins) expect(first).toMatch(new RegExp(`${login.email}\\s+${login.password}`));

    const later = demoLoginsAtStart(dir, [], BASE);
    for (const login of logins) expect(later).not.toContain(login.password);
    expect(later).toContain(demoLoginsFile(dir));
    expect(later).toContain(`${BASE}/ru/signin`);
  });

  it('are kept where only this user can read them', () => {
    const dir = dataDir();
    saveDemoLogins(dir, logins);
    expect(fs.statSync(demoLoginsFile(dir)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(demoLoginsFile(dir), 'utf8'))).toEqual(logins);
  });

  it('say nothing without demo staff', () => {
    expect(demoLoginsAtStart(dataDir(), [], BASE)).toBe('');
  });
});

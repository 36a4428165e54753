// Demo staff passwords are random per installation. They are printed once, by the start that
// created them: a log kept for later (a terminal's scrollback, a service's journal) is read by more
// people than the staff. They are also kept in .data/demo-logins.json (mode 0600, never committed),
// where later starts point instead of printing them again.
import fs from 'node:fs';
import path from 'node:path';
import type { StaffLogin } from '../../prisma/seed';

const FILE = 'demo-logins.json';

export function saveDemoLogins(dataDir: string, logins: StaffLogin[]): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, FILE), JSON.stringify(logins, null, 2) + '\n', { mode: 0o600 });
}

export function readDemoLogins(dataDir: string): StaffLogin[] {
  const file = demoLoginsFile(dataDir);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as StaffLogin[]) : [];
}

export function demoLoginsFile(dataDir: string): string {
  return path.join(dataDir, FILE);
}

/**
 * What a start prints about the demo logins: the passwords when this start created them (`created`),
 * afterwards only where they are kept.
 */
export function demoLoginsAtStart(dataDir: string, created: StaffLogin[], baseUrl: string): string {
  if (created.length > 0) return formatDemoLogins(created, baseUrl);
  if (readDemoLogins(dataDir).length === 0) return '';
  return `Demo staff logins (sign in at ${baseUrl}/ru/signin): printed on the first start, kept in ${demoLoginsFile(dataDir)} (readable by this user only).`;
}

export function formatDemoLogins(logins: StaffLogin[], baseUrl: string): string {
  if (logins.length === 0) return '';
  const width = Math.max(...logins.map((l) => l.email.length));
  const rows = logins.map((l) => `  ${l.email.padEnd(width)}  ${l.password}  ${l.role}${l.regionCodes.length ? ` (${l.regionCodes.join(', ')})` : ''}`);
  return [`Demo staff logins (sign in at ${baseUrl}/ru/signin):`, ...rows].join('\n');
}

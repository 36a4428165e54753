// Demo staff passwords are random per installation. They are kept in .data/demo-logins.json
// (mode 0600, never committed) so that every `npm start` can print them, not only the first.
import fs from 'node:fs';
import path from 'node:path';
import type { StaffLogin } from '../../prisma/seed';

const FILE = 'demo-logins.json';

export function saveDemoLogins(dataDir: string, logins: StaffLogin[]): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, FILE), JSON.stringify(logins, null, 2) + '\n', { mode: 0o600 });
}

export function readDemoLogins(dataDir: string): StaffLogin[] {
  const file = path.join(dataDir, FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as StaffLogin[]) : [];
}

export function formatDemoLogins(logins: StaffLogin[], baseUrl: string): string {
  if (logins.length === 0) return '';
  const width = Math.max(...logins.map((l) => l.email.length));
  const rows = logins.map((l) => `  ${l.email.padEnd(width)}  ${l.password}  ${l.role}${l.regionCodes.length ? ` (${l.regionCodes.join(', ')})` : ''}`);
  return [`Demo staff logins (sign in at ${baseUrl}/ru/signin):`, ...rows].join('\n');
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearArtifactsFor } from './test-artifacts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** An artifacts folder as a full run leaves it. */
function lastRun(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-artifacts-'));
  folders.push(folder);
  for (const file of ['vitest.json', 'playwright.json', 'web-server.log', 'screenshots/report-kk-phone.png', 'screenshots/notices-en-desktop.png', 'mail/1-a.json', 'results/x/error-context.md']) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), 'last run');
  }
  return folder;
}

const left = (folder: string) => (fs.readdirSync(folder, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(folder, name)).isFile()).sort();

describe('npm test replaces only what the run writes in the artifacts folder', () => {
  it('a unit run keeps the last e2e run\'s screenshots, mail, logs and report', () => {
    const folder = lastRun();
    clearArtifactsFor(folder, 'unit', true);
    expect(left(folder)).toEqual(['mail/1-a.json', 'playwright.json', 'results/x/error-context.md', 'screenshots/notices-en-desktop.png', 'screenshots/report-kk-phone.png', 'web-server.log']);
  });

  it('an e2e run of some specs keeps the unit report and the other specs\' screenshots; a whole e2e run replaces its screenshots too', () => {
    const some = lastRun();
    clearArtifactsFor(some, 'e2e', true);
    expect(left(some)).toEqual(['screenshots/notices-en-desktop.png', 'screenshots/report-kk-phone.png', 'vitest.json']);
    const all = lastRun();
    clearArtifactsFor(all, 'e2e', false);
    expect(left(all)).toEqual(['vitest.json']);
  });

  it('a full run starts from an empty folder, and a missing folder is made', () => {
    const folder = lastRun();
    clearArtifactsFor(folder, undefined, false);
    expect(left(folder)).toEqual([]);
    const missing = path.join(folder, 'nested', 'artifacts');
    clearArtifactsFor(missing, 'unit', false);
    expect(fs.existsSync(missing)).toBe(true);
  });
});

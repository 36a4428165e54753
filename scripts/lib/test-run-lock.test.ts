import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimTestRun, lockFileFor, TestRunBusyError, type RunClaim } from './test-run-lock';

const POSTGRES = { key: 'postgresql 127.0.0.1:55999', what: 'the test PostgreSQL on port 55999 (RASPA_TEST_PG_PORT)' };
const ARTIFACTS = { key: 'artifacts /x/e2e/.artifacts', what: 'the artifacts folder e2e/.artifacts' };

let dir: string;
const claims: RunClaim[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raspa-lock-test-'));
});
afterEach(() => {
  claims.splice(0).forEach((c) => c.release());
  fs.rmSync(dir, { recursive: true, force: true });
});

function claim(resources: { key: string; what: string }[]) {
  const made = claimTestRun(resources, { dir, howToRunBeside: 'give this run its own ports' });
  claims.push(made);
  return made;
}

/** A claim file as a run in process `pid` would have left it. */
function leftBy(resource: { key: string; what: string }, pid: number, processStart: string | null) {
  fs.writeFileSync(lockFileFor(resource.key, dir), JSON.stringify({ pid, processStart, startedAt: '2026-12-07T10:00:00.000Z', cwd: '/elsewhere', what: resource.what }));
}

describe('one test run per PostgreSQL and artifacts folder', () => {
  it('refuses a second run on the same PostgreSQL while the first is running, saying who holds it and what to do', () => {
    claim([POSTGRES, ARTIFACTS]);
    expect(() => claim([POSTGRES, { key: 'artifacts /y', what: 'the artifacts folder /y' }])).toThrow(TestRunBusyError);
    expect(() => claim([POSTGRES])).toThrow(
      new RegExp(`Another test run \\(pid ${process.pid}, started .*\\) is using the test PostgreSQL on port 55999 \\(RASPA_TEST_PG_PORT\\).*Wait for it to end, or give this run its own ports\\.`),
    );
  });

  it('refuses a second run into the same artifacts folder even on another PostgreSQL, and keeps none of its claims', () => {
    claim([ARTIFACTS]);
    const other = { key: 'postgresql 127.0.0.1:56000', what: 'port 56000' };
    expect(() => claim([other, ARTIFACTS])).toThrow(/is using the artifacts folder e2e\/\.artifacts/);
    // The refused run did not keep the PostgreSQL it had claimed first.
    expect(fs.existsSync(lockFileFor(other.key, dir))).toBe(false);
    expect(() => claim([other])).not.toThrow();
  });

  it('lets the next run start once the first has released its claims', () => {
    claim([POSTGRES, ARTIFACTS]).release();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(() => claim([POSTGRES, ARTIFACTS])).not.toThrow();
  });

  it('takes over a claim left by a run that was killed', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    leftBy(POSTGRES, gone, null);
    expect(() => claim([POSTGRES])).not.toThrow();
    expect(JSON.parse(fs.readFileSync(lockFileFor(POSTGRES.key, dir), 'utf8')).pid).toBe(process.pid);
  });

  it.runIf(fs.existsSync('/proc/self/stat'))('takes over a claim whose pid now belongs to another process (started at another time)', () => {
    leftBy(POSTGRES, process.pid, '1');
    expect(() => claim([POSTGRES])).not.toThrow();
  });

  it('releases its claims when the process exits', () => {
    const script = `import fs from 'node:fs';
import { claimTestRun } from ${JSON.stringify(path.resolve(import.meta.dirname, 'test-run-lock.ts'))};
claimTestRun([${JSON.stringify(POSTGRES)}], { dir: ${JSON.stringify(dir)} });
process.stdout.write(String(fs.readdirSync(${JSON.stringify(dir)}).length));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('1');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

// One `npm test` at a time per PostgreSQL and per artifacts folder. A second run on the same ones
// would break the first: its embedded PostgreSQL start stops the server it finds running in the
// data folder (or connects to the first run's server on the port), it drops and re-creates the
// e2e database under the first run's web servers, and it empties the artifacts folder the first
// run's reports are written to. So a run claims what it uses before touching anything, and a
// second run is refused with a message saying who holds it and how to run beside it.
//
// A claim is a file in the system's temporary folder (so runs in other checkouts see it too)
// naming the holder's pid and that process's start time: a claim left by a killed run — its
// process gone, or the pid now someone else's — is taken over, not obeyed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Holder {
  pid: number;
  /** The process's start time as /proc gives it (clock ticks since boot); null where there is no /proc. */
  processStart: string | null;
  startedAt: string;
  cwd: string;
  what: string;
}

/** The start time of process `pid` (field 22 of /proc/<pid>/stat), null where that cannot be read. */
function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function holderAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's process.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Same pid, but started at another time: the pid was reused after the holder died.
  return holder.processStart === null || processStart(holder.pid) === holder.processStart;
}

export function lockFileFor(key: string, dir = os.tmpdir()): string {
  return path.join(dir, `raspa-test-run-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.lock`);
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Holder;
  } catch {
    return null; // vanished, or half-written by a run starting this instant
  }
}

export class TestRunBusyError extends Error {}

export interface RunClaim {
  release(): void;
}

/**
 * Claims each of `resources` (key: what identifies it, e.g. "PostgreSQL 127.0.0.1:54339"; what: how
 * to say it to a person) for this process, or throws TestRunBusyError naming the run that holds one.
 * The claims are released by release() or when the process exits.
 */
export function claimTestRun(resources: { key: string; what: string }[], options: { dir?: string; howToRunBeside?: string } = {}): RunClaim {
  const mine: string[] = [];
  const release = () => {
    for (const file of mine.splice(0)) {
      if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
    }
    process.removeListener('exit', release);
  };
  process.once('exit', release);
  const me: Holder = { pid: process.pid, processStart: processStart(process.pid), startedAt: new Date().toISOString(), cwd: process.cwd(), what: '' };
  try {
    for (const { key, what } of resources) {
      const file = lockFileFor(key, options.dir);
      // Written whole under another name, then linked into place: the link fails if a claim exists,
      // and nobody ever reads a half-written claim.
      const draft = `${file}.${process.pid}`;
      fs.writeFileSync(draft, JSON.stringify({ ...me, what }));
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            fs.linkSync(draft, file);
            mine.push(file);
            break;
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw error;
          }
          const holder = readHolder(file);
          if (holder && holderAlive(holder)) {
            throw new TestRunBusyError(
              `Another test run (pid ${holder.pid}, started ${holder.startedAt} in ${holder.cwd}) is using ${holder.what}; ` +
                `two runs on one PostgreSQL or one artifacts folder break each other. Wait for it to end${options.howToRunBeside ? `, or ${options.howToRunBeside}` : ''}.`,
            );
          }
          // Left by a run that is gone: taken over.
          fs.rmSync(file, { force: true });
        }
      } finally {
        fs.rmSync(draft, { force: true });
      }
    }
  } catch (error) {
    release();
    throw error;
  }
  return { release };
}

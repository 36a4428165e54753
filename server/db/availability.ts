// Knows, in this process, whether the database can be reached, so that pages can answer an outage
// with 503 + Retry-After before rendering (a React page that fails mid-render can only answer 500).
// It keeps one idle connection: when PostgreSQL stops or crashes, that connection ends at once and
// the database counts as down; while down, one probe a second (whoever asks) tells when it is back.
// A request that fails on an unreachable database (instrumentation's onRequestError) marks it down
// too, for outages a quiet connection does not notice.
// Only a failure counts as down — refused, reset, shutting down — never a probe that is merely slow:
// on a loaded machine our own event loop may be what kept the answer from being read in time, and a
// busy database reported as an outage took every page down with 503s (bench/bad-input.ts, load 30).
import pg from 'pg';
import { serverEnv } from '../config/env';

export interface DatabaseAvailability {
  /** False while the database is known to be unreachable (checks again at most once per `probeEveryMs`). */
  isAvailable(): Promise<boolean>;
  /** Someone saw the database unreachable: count it down until a probe succeeds. */
  markUnavailable(): void;
  /** True while the database is known unreachable (no probe: for answers already on their way out). */
  isKnownDown(): boolean;
  close(): Promise<void>;
}

export interface DatabaseAvailabilityOptions {
  connectionString: string;
  probeEveryMs?: number;
  /** How long a probe waits for an answer; one that takes longer leaves the state as it was. */
  probeTimeoutMs?: number;
}

export function createDatabaseAvailability(options: DatabaseAvailabilityOptions): DatabaseAvailability {
  const probeEveryMs = options.probeEveryMs ?? 1_000;
  const probeTimeoutMs = options.probeTimeoutMs ?? 5_000;
  let state: 'unknown' | 'up' | 'down' = 'unknown';
  let client: pg.Client | undefined;
  let lastProbe = 0;
  let probing: Promise<void> | undefined;
  const isUp = () => state === 'up';
  const isDown = () => state === 'down';

  const dropConnection = () => {
    const old = client;
    client = undefined;
    old?.removeAllListeners();
    old?.on('error', () => {}); // it may still report the failure that ended it
    void old?.end().catch(() => {});
  };
  const markDown = () => {
    state = 'down';
    dropConnection();
  };

  const probe = async () => {
    lastProbe = Date.now();
    const candidate = new pg.Client({ connectionString: options.connectionString, keepAlive: true, application_name: 'raspa-availability' });
    candidate.on('error', () => {});
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), probeTimeoutMs)));
    const answered = (async () => {
      await candidate.connect();
      await candidate.query('SELECT 1');
      return 'answered' as const;
    })();
    const outcome = await Promise.race([answered, timedOut]).catch(() => 'failed' as const);
    clearTimeout(timer);
    answered.catch(() => {});
    if (outcome !== 'answered') {
      candidate.removeAllListeners();
      candidate.on('error', () => {});
      void candidate.end().catch(() => {});
      // No answer in time says nothing: a database known down stays down, any other is not taken down.
      if (outcome === 'failed') markDown();
      return;
    }
    dropConnection();
    client = candidate;
    // Any end of this connection we did not ask for means the server went away.
    candidate.removeAllListeners();
    candidate.on('error', markDown);
    candidate.on('end', () => {
      if (client === candidate) markDown();
    });
    state = 'up';
  };

  const startProbe = () => (probing ??= probe().finally(() => (probing = undefined)));

  return {
    async isAvailable() {
      if (isUp()) return true;
      const probedRecently = Date.now() - lastProbe < probeEveryMs;
      if (isDown()) {
        if (probedRecently && !probing) return false;
        await startProbe();
        return !isDown();
      }
      // Unknown: the first request waits for the first probe; after one that got no answer in time,
      // requests go ahead (the database is slow, not known down) while a probe keeps trying.
      if (lastProbe === 0) await startProbe();
      else if (!probedRecently) void startProbe();
      return !isDown();
    },
    markUnavailable: markDown,
    isKnownDown: isDown,
    async close() {
      state = 'unknown';
      const old = client;
      client = undefined;
      old?.removeAllListeners();
      old?.on('error', () => {});
      await old?.end().catch(() => {});
    },
  };
}

const globalForAvailability = globalThis as unknown as { raspaDatabaseAvailability?: DatabaseAvailability };

/** This process's monitor (on globalThis: the proxy and the pages are bundled apart but share it). */
export function databaseAvailability(): DatabaseAvailability {
  globalForAvailability.raspaDatabaseAvailability ??= createDatabaseAvailability({ connectionString: serverEnv().DATABASE_URL });
  return globalForAvailability.raspaDatabaseAvailability;
}

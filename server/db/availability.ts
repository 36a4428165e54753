// Knows, in this process, whether the database can be reached, so that pages can answer an outage
// with 503 + Retry-After before rendering (a React page that fails mid-render can only answer 500).
// It keeps one idle connection: when PostgreSQL stops or crashes, that connection ends at once and
// the database counts as down; while down, one probe a second (whoever asks) tells when it is back.
// A request that fails on an unreachable database (instrumentation's onRequestError) marks it down
// too, for outages a quiet connection does not notice.
import pg from 'pg';
import { serverEnv } from '../config/env';

export interface DatabaseAvailability {
  /** False while the database is known to be unreachable (checks again at most once per `probeEveryMs`). */
  isAvailable(): Promise<boolean>;
  /** Someone saw the database unreachable: count it down until a probe succeeds. */
  markUnavailable(): void;
  close(): Promise<void>;
}

export interface DatabaseAvailabilityOptions {
  connectionString: string;
  probeEveryMs?: number;
  connectTimeoutMs?: number;
}

export function createDatabaseAvailability(options: DatabaseAvailabilityOptions): DatabaseAvailability {
  const probeEveryMs = options.probeEveryMs ?? 1_000;
  let state: 'unknown' | 'up' | 'down' = 'unknown';
  let client: pg.Client | undefined;
  let lastProbe = 0;
  let probing: Promise<void> | undefined;
  const isUp = () => state === 'up';

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
    const candidate = new pg.Client({
      connectionString: options.connectionString,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 1_000,
      keepAlive: true,
      application_name: 'raspa-availability',
    });
    candidate.on('error', () => {});
    try {
      await candidate.connect();
      await candidate.query('SELECT 1');
    } catch {
      candidate.removeAllListeners();
      candidate.on('error', () => {});
      void candidate.end().catch(() => {});
      state = 'down';
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

  return {
    async isAvailable() {
      if (isUp()) return true;
      if (state === 'down' && Date.now() - lastProbe < probeEveryMs && !probing) return false;
      probing ??= probe().finally(() => (probing = undefined));
      await probing;
      return isUp();
    },
    markUnavailable: markDown,
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

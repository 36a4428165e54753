// A clustering worker fills its caches (lexicon, places, risk terms, settings, neighbours) when it
// starts. On a loaded machine that took longer than one transaction may run (30 s): the warm-up was
// thrown away, logged as an error, and the first batch of reports paid for it. Its own file: the
// caches are per process, and cold only here.
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PrismaClient } from '../db/generated/client';
import { loadClaimContext } from '../lexicon/represent-claim';
import { logger } from '../log';
import { regionNeighbours } from '../regions/neighbours';
import { findRiskTerms } from '../rumors/risk-terms';
import { readSetting } from '../settings/read-settings';
import { setupTestDatabase } from '../testing/database';
import { runClusteringLoop } from './clustering-loop';

const t = setupTestDatabase();
const queries: string[] = [];
let loaded: ReturnType<typeof loadedClient>;
/** The statements that fill the caches: what a worker should not have to run again in its first batch. */
const CACHE_READ = /FROM "public"\."(ConceptTerm|SettlementAlias|Settlement|RiskTerm|Setting|Region)"/;

// A transaction limit every statement outlasts stands for a machine so loaded that the warm-up
// outlasts its 30 s. The loop's own batches set their limit (60 s) and still run.
function loadedClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: t.url, max: 2 }),
    transactionOptions: { maxWait: 15_000, timeout: 1 },
    log: [{ emit: 'event', level: 'query' }],
  });
}

beforeAll(() => {
  loaded = loadedClient();
  loaded.$on('query', (event) => void queries.push(event.query));
});
afterAll(() => loaded.$disconnect());

describe('a clustering worker starting on a loaded machine', () => {
  it('starts with its caches full and logs no error', async () => {
    const error = vi.spyOn(logger, 'error');
    const warn = vi.spyOn(logger, 'warn');
    const stop = new AbortController();
    const loop = runClusteringLoop(loaded, stop.signal, { listenUrl: undefined });
    try {
      // The loop looks for pending reports once the warm-up is over.
      await vi.waitFor(() => expect(queries.some((query) => query.includes('"clusteringPending"'))).toBe(true), { timeout: 60_000, interval: 50 });
    } finally {
      stop.abort();
      await loop;
    }
    expect(error).not.toHaveBeenCalled();
    expect(warn.mock.calls.filter(([, message]) => String(message).includes('clustering'))).toEqual([]);
    expect(queries.filter((query) => CACHE_READ.test(query)).length).toBeGreaterThan(0);

    // What the first batch reads to represent a claim is already in memory.
    queries.length = 0;
    await loadClaimContext(loaded);
    await findRiskTerms(loaded, '');
    await readSetting(loaded, 'clustering.windowDays');
    await regionNeighbours(loaded);
    expect(queries.filter((query) => CACHE_READ.test(query))).toEqual([]);
  }, 90_000);
});

// An admin's lexicon edit reaches every process without a restart: another web process (its own
// database client and its own module state, so its own lexicon cache) answers "already checked?"
// with the new term within seconds, through the revision check alone — the edit clears only the
// editing process's cache. The re-key job, run by a worker, brings the older notice along.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient, type Db } from '../db/client';
import type { Actor } from '../policy';
import { setupTestDatabase } from '../testing/database';
import { asActor, createPublishedNotice, createStaff } from '../testing/fixtures';
import { addConceptTerm } from './add-concept-term';
import { rekeyOpenReports } from './rekey-open-reports';

const t = setupTestDatabase();
let admin: Actor;
/** The other process: its own client and its own copy of every module (lexicon cache included). */
let otherDb: Db;
let otherSearch: typeof import('../notices/search-notices').searchPublishedNotices;

beforeAll(async () => {
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
  otherDb = createPrismaClient(t.url, 2);
  vi.resetModules();
  otherSearch = (await import('../notices/search-notices')).searchPublishedNotices;
});

afterAll(async () => {
  await otherDb?.$disconnect();
});

describe('a lexicon edit in one process', () => {
  it('changes what another process finds within seconds, without a restart', async () => {
    // Published in English only; asked in Russian: only the claim lexicon can bridge the two.
    const title = 'Lighthouse in Aktau closed';
    await createPublishedNotice(t.db, { slug: 'aktau-lighthouse', verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: title, ru: title, en: title } });
    const foundElsewhere = async () => (await otherSearch(otherDb, { q: 'маяк закрыли', language: 'ru' })).map((m) => m.slug);
    // The other process has read the lexicon (and cached it) before the edit.
    expect(await foundElsewhere()).toEqual([]);

    for (const term of [{ language: 'en', term: 'lighthouse*' }, { language: 'ru', term: 'маяк*' }, { language: 'kk', term: 'маяқ*' }] as const) {
      await addConceptTerm(t.db, admin, { conceptId: 'lighthouse', contrastClass: null, ...term }, { enqueueRekey: async () => 'job' });
    }
    await rekeyOpenReports(t.db);
    // At most a revision check (2 s) later, the other process reads the question with the new term.
    await expect.poll(foundElsewhere, { timeout: 5_000, interval: 250 }).toEqual(['aktau-lighthouse']);
  });
});

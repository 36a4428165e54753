// An admin's lexicon edit, made in a web process, reaches every other process (the clustering
// worker, the other web servers) without a restart: each looks at the lexicon's revision at most
// every two seconds and reloads when it changed.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../policy';
import { normalizeReportText } from '../text';
import { conceptToken, extractConcepts } from '../text/concepts';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { addConceptTerm } from './add-concept-term';

const t = setupTestDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = asActor(await createStaff(t.db, 'ADMIN', []));
});

describe('the lexicon in another process', () => {
  it('takes an admin’s edit made elsewhere within two seconds, without a restart', async () => {
    // The worker: its own copy of the module, as a separate process has (the edit below clears only the editing process's cache).
    vi.resetModules();
    const worker = await import('./load-lexicon');
    const conceptId = `observatory-${Date.now()}`;
    const text = normalizeReportText('В Алматы закроют обсерваторию на месяц');
    const reads = async () => extractConcepts(text, await worker.loadLexicon(t.db)).tokens.has(conceptToken(conceptId, 'institution'));

    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      expect(await reads()).toBe(false);
      await addConceptTerm(t.db, admin, { conceptId, contrastClass: 'institution', language: 'ru', term: 'обсерватори*' }, { enqueueRekey: async () => 'job' });
      // At its next look at the revision, two seconds on at most, the worker reads the admin's word, with nobody restarting it.
      vi.setSystemTime(Date.now() + 2_001);
      expect(await reads()).toBe(true);
      expect((await worker.loadLexicon(t.db)).revision).toBe((await t.db.lexiconRevision.findUniqueOrThrow({ where: { id: 1 } })).revision);
    } finally {
      vi.useRealTimers();
    }
  });
});

// Admin → Settings reads the lexicon in two steps: the outline (concepts and classes) with the page,
// a class's words when it is opened — so the page does not carry all ~6,000 words.
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { addConceptTerm } from './add-concept-term';
import { listLexicon } from './list-lexicon';
import { listLexiconClass } from './list-lexicon-class';

const t = setupTestDatabase();

describe('the lexicon on the settings page', () => {
  it('sends the concepts without words, and an opened class its own concepts with their words', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    const observatory = await addConceptTerm(t.db, admin, { conceptId: 'observatory-test', contrastClass: 'institution', language: 'kk', term: 'обсерватори*' });
    await addConceptTerm(t.db, admin, { conceptId: 'observatory-test', contrastClass: null, language: 'en', term: 'observator*' });
    await addConceptTerm(t.db, admin, { conceptId: 'unclassed-test', contrastClass: null, language: 'ru', term: 'несортированн*' });

    const outline = await listLexicon(t.db, admin);
    expect(outline.concepts).toContainEqual({ id: 'observatory-test', contrastClass: 'institution' });
    expect(JSON.stringify(outline)).not.toContain('обсерватори*');

    const institutions = await listLexiconClass(t.db, admin, { contrastClass: 'institution' });
    // In the languages' order (kk, ru, en), as the editor lists them.
    expect(institutions.concepts.find((c) => c.id === 'observatory-test')?.terms).toEqual([
      { id: observatory.id, language: 'kk', term: 'обсерватори*' },
      { id: expect.any(String), language: 'en', term: 'observator*' },
    ]);
    expect(institutions.concepts.some((c) => c.id === 'unclassed-test')).toBe(false);

    const unclassed = await listLexiconClass(t.db, admin, { contrastClass: null });
    expect(unclassed.concepts.map((c) => c.id)).toContain('unclassed-test');
    expect(unclassed.concepts.some((c) => c.id === 'observatory-test')).toBe(false);
  });

  it('is the admins’ alone', async () => {
    const moderator = asActor(await createStaff(t.db, 'MODERATOR', ['KZ-47']));
    await expect(listLexiconClass(t.db, moderator, { contrastClass: 'worship' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

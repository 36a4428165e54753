// Admin → Settings reads the lexicon in two steps: the outline (concepts and classes) with the page,
// a class's words when it is opened — so the page does not carry all ~6,000 words.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createAnnouncementInTransaction } from '../announcements/announcements';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { addConceptTerm } from './add-concept-term';
import { listLexicon } from './list-lexicon';
import { listLexiconClass } from './list-lexicon-class';
import { removeConceptTerm } from './remove-concept-term';

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

/** The live events `work` sends, as every web process's LISTEN connection hears them. */
async function eventsDuring(work: () => Promise<unknown>): Promise<{ type: string }[]> {
  const listener = new pg.Client({ connectionString: t.url });
  const heard: { type: string }[] = [];
  await listener.connect();
  try {
    listener.on('notification', (message) => heard.push(JSON.parse(message.payload ?? '{}') as { type: string }));
    await listener.query('LISTEN raspa_events');
    await work();
    await new Promise((resolve) => setTimeout(resolve, 150));
    return heard;
  } finally {
    await listener.end();
  }
}

describe('what public pages cache hears of', () => {
  it('a lexicon edit, which changes what "already checked?" answers, and an announcement for the feeds', async () => {
    const admin = asActor(await createStaff(t.db, 'ADMIN', []));
    let added: { id: string } | undefined;
    expect(await eventsDuring(async () => (added = await addConceptTerm(t.db, admin, { conceptId: 'planetarium-test', contrastClass: 'institution', language: 'ru', term: 'планетари*' })))).toEqual([
      { type: 'settings.public_changed' },
    ]);
    expect(await eventsDuring(() => removeConceptTerm(t.db, admin, { id: added!.id }))).toEqual([{ type: 'settings.public_changed' }]);
    const texts = { title: 'Отчёт', summary: 'Отчёт о работе', path: '/ru/transparency' };
    expect(
      await eventsDuring(() => t.db.$transaction((tx) => createAnnouncementInTransaction(tx, { kind: 'TRANSPARENCY_REPORT', texts: { kk: texts, ru: texts, en: texts }, publishedAt: new Date() }))),
    ).toEqual([{ type: 'settings.public_changed' }]);
  });
});

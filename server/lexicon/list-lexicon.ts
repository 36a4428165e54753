import type { Db } from '../db/client';
import { assertAdmin, type Actor } from '../policy';

/** Every concept with its terms, grouped for the admin page (contrast classes first). */
export async function listLexicon(db: Db, actor: Actor) {
  assertAdmin(actor, 'Only admins edit the claim lexicon.');
  const concepts = await db.concept.findMany({
    orderBy: [{ contrastClass: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    select: { id: true, contrastClass: true, weight: true, terms: { orderBy: [{ language: 'asc' }, { term: 'asc' }], select: { id: true, language: true, term: true } } },
  });
  return { concepts };
}

export type LexiconListing = Awaited<ReturnType<typeof listLexicon>>;

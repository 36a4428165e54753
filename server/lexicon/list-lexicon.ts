import type { Db } from '../db/client';
import type { Actor } from '../policy';
import { assertAdmin } from '../settings/assert-admin';

/** Every concept with its terms, grouped for the admin page (contrast classes first). */
export async function listLexicon(db: Db, actor: Actor) {
  assertAdmin(actor);
  const concepts = await db.concept.findMany({
    orderBy: [{ contrastClass: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    select: { id: true, contrastClass: true, weight: true, terms: { orderBy: [{ language: 'asc' }, { term: 'asc' }], select: { id: true, language: true, term: true } } },
  });
  return { concepts };
}

export type LexiconListing = Awaited<ReturnType<typeof listLexicon>>;

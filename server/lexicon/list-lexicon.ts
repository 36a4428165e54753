import type { Db } from '../db/client';
import { assertAdmin, type Actor } from '../policy';

/**
 * The lexicon's outline for the admin page: every concept and its contrast class, without terms.
 * The terms (about 6,000) are loaded a class at a time when the admin opens it (listLexiconClass),
 * so the settings page does not carry them all.
 */
export async function listLexicon(db: Db, actor: Actor) {
  assertAdmin(actor, 'Only admins edit the claim lexicon.');
  const concepts = await db.concept.findMany({
    orderBy: [{ contrastClass: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    select: { id: true, contrastClass: true },
  });
  return { concepts };
}

export type LexiconListing = Awaited<ReturnType<typeof listLexicon>>;

import type { Db } from '../db/client';
import { assertAdmin, type Actor } from '../policy';
import { lexiconClassInput, type LexiconClassInput } from './schema';

/** The concepts of one contrast class (null: concepts of none) with their terms, for the class an admin opens. */
export async function listLexiconClass(db: Db, actor: Actor, rawInput: LexiconClassInput) {
  assertAdmin(actor, 'Only admins edit the claim lexicon.');
  const input = lexiconClassInput.parse(rawInput);
  const concepts = await db.concept.findMany({
    where: { contrastClass: input.contrastClass },
    orderBy: { id: 'asc' },
    select: { id: true, terms: { orderBy: [{ language: 'asc' }, { term: 'asc' }], select: { id: true, language: true, term: true } } },
  });
  return { concepts };
}

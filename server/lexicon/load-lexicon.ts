// The claim lexicon as the matcher uses it, cached per process. Every edit bumps LexiconRevision in
// its transaction; a process looks at that one row at most every REVISION_CHECK_MS and reloads when
// it changed, so an admin's edit reaches the clustering worker and every web process without a
// restart (and the editing process at once: the edit clears its cache).
import type { DbTx } from '../db/client';
import { compileLexicon, type CompiledLexicon } from '../text/concepts';

const REVISION_CHECK_MS = 2_000;

export interface LoadedLexicon extends CompiledLexicon {
  revision: number;
}

let cache: { lexicon: LoadedLexicon; checkedAt: number } | undefined;

export function clearLexiconCache(): void {
  cache = undefined;
}

async function currentRevision(db: DbTx): Promise<number> {
  const row = await db.lexiconRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0;
}

export async function loadLexicon(db: DbTx): Promise<LoadedLexicon> {
  const now = Date.now();
  if (cache && now - cache.checkedAt < REVISION_CHECK_MS) return cache.lexicon;
  const revision = await currentRevision(db);
  if (cache && cache.lexicon.revision === revision) {
    cache.checkedAt = now;
    return cache.lexicon;
  }
  const terms = await db.conceptTerm.findMany({ select: { term: true, language: true, conceptId: true, concept: { select: { contrastClass: true, weight: true } } } });
  const lexicon: LoadedLexicon = {
    ...compileLexicon(terms.map((t) => ({ term: t.term, language: t.language, conceptId: t.conceptId, contrastClass: t.concept.contrastClass, weight: t.concept.weight }))),
    revision,
  };
  cache = { lexicon, checkedAt: now };
  return lexicon;
}

/** Called inside every lexicon edit's transaction. */
export async function bumpLexiconRevision(tx: DbTx): Promise<number> {
  const row = await tx.lexiconRevision.upsert({ where: { id: 1 }, create: { id: 1, revision: 1 }, update: { revision: { increment: 1 } }, select: { revision: true } });
  return row.revision;
}

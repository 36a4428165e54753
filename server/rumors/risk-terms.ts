// Finds the admin-maintained risk terms in a text. Both sides are match keys (server/text), so a
// Cyrillic term also catches its Latin spelling and common typing variants.
import type { DbTx } from '../db/client';

export interface RiskMatch {
  term: string;
  weight: number;
}

interface CachedTerm {
  term: string;
  matchKey: string;
  weight: number;
}

const CACHE_MS = 30_000;
let cache: { at: number; terms: CachedTerm[] } | undefined;

export function clearRiskTermCache(): void {
  cache = undefined;
}

async function loadTerms(db: DbTx): Promise<CachedTerm[]> {
  if (!cache || Date.now() - cache.at > CACHE_MS) {
    const terms = await db.riskTerm.findMany({ select: { term: true, matchKey: true, weight: true } });
    cache = { at: Date.now(), terms: terms.filter((t) => t.matchKey.trim().length >= 3) };
  }
  return cache.terms;
}

/** Terms found in `normalizedText` (a match key), matched at word starts so "dead" does not hit "deadline"… mostly. */
export async function findRiskTerms(db: DbTx, normalizedText: string): Promise<RiskMatch[]> {
  return riskTermsIn(normalizedText, await loadTerms(db));
}

/** The terms of `terms` that `normalizedText` names; the seed's demo rumours are flagged by it too. */
export function riskTermsIn<T extends { term: string; matchKey: string; weight: number }>(normalizedText: string, terms: readonly T[]): RiskMatch[] {
  const haystack = ` ${normalizedText} `;
  return terms.filter((term) => term.matchKey.trim().length >= 3 && haystack.includes(` ${term.matchKey}`)).map((term) => ({ term: term.term, weight: term.weight }));
}

/** A rumour's risk weight from its stored flags (a term no longer in the list counts 1), capped at 6. */
export function riskWeightOfFlags(flags: readonly string[], weights: Map<string, number>): number {
  return Math.min(6, flags.reduce((sum, term) => sum + (weights.get(term) ?? 1), 0));
}

/** Weight of each term, for recomputing a rumour's risk from its stored flags. */
export async function loadRiskWeights(db: DbTx): Promise<Map<string, number>> {
  return new Map((await loadTerms(db)).map((t) => [t.term, t.weight]));
}

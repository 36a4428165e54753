// "Possibly the same claim" in another language or script: open rumours in the actor's regions
// that name the same concepts, numbers and places as this one (RumorConcept, kept by trigger from
// reports' and notices' concept keys) without naming a contrasting member, with WHY — the shared
// concepts in kk/ru/en, numbers and places — so a moderator can merge in seconds. Suggestions only.
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { loadLexicon } from '../lexicon/load-lexicon';
import { assertCoversRegions, rumorScopeSql, type Actor } from '../policy';
import { conceptSimilarity, contrastBetween } from '../text/concepts';
import { SIMILAR_MIN_SCORE } from './find-similar-rumors';
import { rumorIdInput } from './schema';
import type { Language } from '../i18n/languages';

const CANDIDATES_SCORED = 50;
const CANDIDATES_SHOWN = 5;
/** Claim similarity of two whole rumours below which they are not suggested. */
export const LANGUAGE_CANDIDATE_MIN_SCORE = 0.45;

export interface SharedConcept {
  id: string;
  contrastClass: string | null;
  /** The concept's first term in each language, to show why. */
  terms: Partial<Record<Language, string>>;
}

export interface LanguageCandidate {
  id: string;
  claim: string;
  status: string;
  sightingCount: number;
  regionCodes: string[];
  /** Languages and scripts of its reports ("kk-latn", "ru-cyrl" …). */
  languages: string[];
  score: number;
  why: { concepts: SharedConcept[]; numbers: number[]; places: { id: string; nameKk: string; nameRu: string; nameEn: string }[] };
}

async function tokensOf(db: Db, rumorIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = await db.$queryRaw<{ rumorId: string; token: string }[]>`SELECT "rumorId", token FROM "RumorConcept" WHERE "rumorId" = ANY(${rumorIds}::uuid[])`;
  const map = new Map<string, Set<string>>();
  for (const row of rows) map.set(row.rumorId, (map.get(row.rumorId) ?? new Set()).add(row.token));
  return map;
}

async function languagesOf(db: Db, rumorIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = await db.$queryRaw<{ rumorId: string; tag: string }[]>`
    SELECT DISTINCT "rumorId", language::text || '-' || script AS tag FROM "Report" WHERE "rumorId" = ANY(${rumorIds}::uuid[])`;
  const map = new Map<string, Set<string>>();
  for (const row of rows) map.set(row.rumorId, (map.get(row.rumorId) ?? new Set()).add(row.tag));
  return map;
}

export async function findLanguageCandidates(db: Db, actor: Actor, rawInput: { id: string }): Promise<LanguageCandidate[]> {
  const { id } = rumorIdInput.parse(rawInput);
  const rumor = await db.rumor.findUnique({ where: { id }, select: { regionCodes: true, normalizedClaim: true } });
  if (!rumor) throw notFound('Rumour');
  assertCoversRegions(actor, rumor.regionCodes);
  const own = (await tokensOf(db, [id])).get(id) ?? new Set<string>();
  if (own.size === 0) return [];
  const scope = rumorScopeSql(actor, 'r');
  const found = await db.$queryRaw<{ id: string; claim: string; status: string; sightingCount: number; regionCodes: string[] }[]>`
    SELECT r.id, r.claim, r.status::text AS status, r."sightingCount", r."regionCodes"
    FROM (
      SELECT "rumorId" FROM "RumorConcept" WHERE token = ANY(${[...own]}::text[]) AND "rumorId" <> ${id}::uuid
      GROUP BY 1 HAVING count(*) >= 2 ORDER BY count(*) DESC, 1 LIMIT ${CANDIDATES_SCORED}
    ) c JOIN "Rumor" r ON r.id = c."rumorId"
    WHERE r.status IN ('NEW', 'INVESTIGATING', 'AWAITING_APPROVAL') AND ${scope}
      -- A claim worded closely enough for "Similar open rumours" is listed there, not here too: one list per rumour.
      AND similarity(r."normalizedClaim", ${rumor.normalizedClaim}) < ${SIMILAR_MIN_SCORE}`;
  if (!found.length) return [];
  const ids = found.map((f) => f.id);
  const [lexicon, tokens, languages] = await Promise.all([loadLexicon(db), tokensOf(db, ids), languagesOf(db, [id, ...ids])]);
  const ownLanguages = languages.get(id) ?? new Set<string>();
  const scored = found.flatMap((candidate) => {
    const theirs = tokens.get(candidate.id) ?? new Set<string>();
    const langs = languages.get(candidate.id) ?? new Set<string>();
    // Same languages and scripts on both sides: "similar open rumours" covers those.
    if ([...langs].every((l) => ownLanguages.has(l)) && [...ownLanguages].every((l) => langs.has(l))) return [];
    if (contrastBetween(own, theirs)) return [];
    const similarity = conceptSimilarity(own, theirs, lexicon);
    if (similarity.score < LANGUAGE_CANDIDATE_MIN_SCORE) return [];
    return [{ candidate, score: similarity.score, shared: similarity.shared, languages: [...langs].sort() }];
  });
  scored.sort((a, b) => b.score - a.score);
  const shown = scored.slice(0, CANDIDATES_SHOWN);
  const conceptIds = [...new Set(shown.flatMap((s) => s.shared.filter((t) => !/^[@#~]/.test(t)).map((t) => t.slice(t.indexOf(':') + 1))))];
  const placeIds = [...new Set(shown.flatMap((s) => s.shared.filter((t) => t.startsWith('@')).map((t) => t.slice(1))))];
  const [terms, places] = await Promise.all([
    db.conceptTerm.findMany({ where: { conceptId: { in: conceptIds } }, orderBy: { createdAt: 'asc' }, select: { conceptId: true, language: true, term: true, concept: { select: { contrastClass: true } } } }),
    db.settlement.findMany({ where: { id: { in: placeIds } }, select: { id: true, nameKk: true, nameRu: true, nameEn: true } }),
  ]);
  const concepts = new Map<string, SharedConcept>();
  for (const term of terms) {
    const concept = concepts.get(term.conceptId) ?? { id: term.conceptId, contrastClass: term.concept.contrastClass, terms: {} };
    // A whole word reads better than a stem ("школа", not "школ…"): the first whole word, else the first stem.
    const current = concept.terms[term.language];
    const isStem = term.term.endsWith('*');
    if (current === undefined || (current.endsWith('…') && !isStem)) concept.terms[term.language] = isStem ? term.term.replace(/\*$/, '…') : term.term;
    concepts.set(term.conceptId, concept);
  }
  return shown.map(({ candidate, score, shared, languages: langs }) => ({
    ...candidate,
    languages: langs,
    score: Math.round(score * 100) / 100,
    why: {
      concepts: shared.filter((t) => !/^[@#~]/.test(t)).flatMap((t) => concepts.get(t.slice(t.indexOf(':') + 1)) ?? []),
      numbers: shared.filter((t) => t.startsWith('#')).map((t) => Number(t.slice(1))),
      places: places.filter((p) => shared.includes(`@${p.id}`)),
    },
  }));
}

/** Open rumours scanned for "needs a language merge" pairs, at most. */
const LANGUAGE_MERGE_PAIRS_SCANNED = 2000;

/**
 * Ids of the open rumours in the actor's regions that have a "possibly the same claim" rumour in
 * another language (the inbox filter "needs a language merge"): pairs sharing at least three
 * concepts, numbers or places, then scored as on the rumour page — no contrasting member, claim
 * similarity at least LANGUAGE_CANDIDATE_MIN_SCORE. Both rumours of a pair are listed.
 */
export async function rumorIdsNeedingLanguageMerge(db: Db, actor: Actor): Promise<string[]> {
  const scope = rumorScopeSql(actor, 'r');
  const pairs = await db.$queryRaw<{ a: string; b: string }[]>`
    WITH open AS MATERIALIZED (
      SELECT r.id, r.language FROM "Rumor" r WHERE r.status IN ('NEW', 'INVESTIGATING', 'AWAITING_APPROVAL') AND ${scope}
    )
    SELECT ca."rumorId" AS a, cb."rumorId" AS b
    FROM open oa
    JOIN "RumorConcept" ca ON ca."rumorId" = oa.id AND ca.token NOT LIKE '~%'
    JOIN "RumorConcept" cb ON cb.token = ca.token AND cb."rumorId" > ca."rumorId"
    JOIN open ob ON ob.id = cb."rumorId" AND ob.language <> oa.language
    GROUP BY 1, 2
    HAVING count(*) >= 3
    LIMIT ${LANGUAGE_MERGE_PAIRS_SCANNED}`;
  if (!pairs.length) return [];
  const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const [lexicon, tokens] = await Promise.all([loadLexicon(db), tokensOf(db, ids)]);
  const needing = new Set<string>();
  for (const { a, b } of pairs) {
    const ta = tokens.get(a) ?? new Set<string>();
    const tb = tokens.get(b) ?? new Set<string>();
    if (contrastBetween(ta, tb)) continue;
    if (conceptSimilarity(ta, tb, lexicon).score < LANGUAGE_CANDIDATE_MIN_SCORE) continue;
    needing.add(a).add(b);
  }
  return [...needing];
}

// Rumour-level consolidation: two open rumours of one claim, compared as wholes. A report is placed
// by what its one text says; a rumour of many reports knows far more of its claim than any of them
// (one retelling names the place and the deed, another the object and the number, a third is in
// another language the lexicon reads better). Two rumours whose accumulated readings tell one claim
// and nothing in either says otherwise are the same claim split by the order reports arrived in —
// which the vague report arriving first cannot know, but the two whole rumours show.
import type { ClaimContext } from '../lexicon/represent-claim';
import { MEMBER_IMPLIES } from '../lexicon/contrast-classes';
import { conceptSimilarity, isNameToken, objectMembers, parseConceptKey, textWordKeys, withAncestors } from '../text/concepts';
import { sameNumber } from '../text/numbers';
import { CORE_CONCEPT_THRESHOLD, MIN_SHARED_CONCEPT_WEIGHT, rumoursDiffer, type RumourWhole } from './cluster-report';

/** A rumour's text as the candidate statement gives it. */
export interface RumourText {
  normalizedText: string;
  conceptKey: string | null;
}

/**
 * What a rumour's texts name together, as chooseRumours reads a candidate rumour: its concepts,
 * numbers and places (the numbers most of its texts state), its residual words and the names more
 * than one text gives, each text's tokens and every word by its first letters.
 */
export function rumourWhole(texts: readonly RumourText[], places: ReadonlySet<string>): RumourWhole {
  const tokens = new Set<string>();
  const words = new Set<string>();
  const nameCounts = new Map<string, number>();
  const each: Set<string>[] = [];
  const wordKeys = new Set<string>();
  for (const text of texts) {
    textWordKeys(text.normalizedText, wordKeys);
    if (text.conceptKey === null) continue;
    const own = parseConceptKey(text.conceptKey);
    each.push(own);
    for (const token of own) {
      if (isNameToken(token)) nameCounts.set(token, (nameCounts.get(token) ?? 0) + 1);
      else if (token.startsWith('~')) words.add(token);
      else tokens.add(token);
    }
  }
  for (const [name, count] of nameCounts) if (count >= 2) words.add(name);
  const lists = each.map((t) => [...t].filter((x) => x.startsWith('#')).map((x) => Number(x.slice(1)))).filter((n) => n.length > 0);
  for (const token of [...tokens]) {
    if (!token.startsWith('#')) continue;
    const value = Number(token.slice(1));
    if (lists.filter((numbers) => numbers.some((n) => sameNumber(n, value))).length * 2 < lists.length) tokens.delete(token);
  }
  return { tokens, words, texts: each, wordKeys, places };
}

/**
 * Whether two open rumours are one claim told apart: nothing in either says otherwise
 * (rumoursDiffer — no contrast member or number, names, unconfirmed object, deeds, settlements,
 * one core, no text of one contrasting a text of the other), each is clearly about what it names,
 * both name the same objects, and what they name together is alike at the claim threshold placing
 * uses (the setting clustering.conceptThreshold: an admin who makes joins stricter makes these merges
 * stricter too; at its default, the threshold the core was validated at).
 *
 * "The same objects": each object class one names, the other names too, with a member in common
 * ("a church" and "the Catholic church" are not). A rumour vague about what it is about does not
 * merge into one that names it — it may be the contrasting claim's, not yet reported (the order of
 * arrival that kept the placing decision's object gate, bench/RESULTS.md 1ze); without this rule
 * precision fell to 92 on xlang-fresh6 (1zg).
 *
 * "Clearly about": most of its texts that say anything name each object class it names. A rumour
 * whose texts are split on it (half the trains, half a road that names no means of transport) may
 * already hold two claims placing could not tell apart; merging two such rumours multiplies the
 * wrong pairs (xlang-fresh2's railway and highway: precision 97.4 → 95.3 without this rule).
 */
export function rumoursAreOneClaim(a: RumourWhole, b: RumourWhole, context: ClaimContext, conceptThreshold = CORE_CONCEPT_THRESHOLD, options: { placeless?: boolean } = {}): { one: boolean; reason: string } {
  const differ = rumoursDiffer(a, b, context, options);
  if (differ) return { one: false, reason: differ };
  if (!clearAboutObjects(a) || !clearAboutObjects(b)) return { one: false, reason: 'unclear' };
  const objectsA = housesOfTheirFaith(objectMembers(a.tokens));
  const objectsB = housesOfTheirFaith(objectMembers(b.tokens));
  // Placeless: a rumour naming no settlement is compared with one naming a town as if the town were its own.
  if (options.placeless && (!objectsA.has('settlement') || !objectsB.has('settlement'))) {
    objectsA.delete('settlement');
    objectsB.delete('settlement');
  }
  for (const [cls, members] of objectsA) {
    if (!objectsB.has(cls) && housesOfOneFaith(cls, members, objectsA, objectsB)) continue;
    if (![...members].some((m) => objectsB.get(cls)?.has(m))) return { one: false, reason: `objects:${cls}` };
  }
  for (const [cls, members] of objectsB) if (!objectsA.has(cls) && !housesOfOneFaith(cls, members, objectsB, objectsA)) return { one: false, reason: `objects:${cls}` };
  // Read as placing reads a report against a rumour: the residual words count too (without them two
  // rumours the threshold keeps apart as reports — e.g. at the strictest setting — were merged).
  const similarity = conceptSimilarity(new Set([...a.tokens, ...a.words]), new Set([...b.tokens, ...b.words]), context.lexicon);
  if (similarity.sharedConceptWeight < MIN_SHARED_CONCEPT_WEIGHT) return { one: false, reason: 'little shared' };
  if (similarity.score < conceptThreshold) return { one: false, reason: `score ${similarity.score.toFixed(2)}` };
  return { one: true, reason: `score ${similarity.score.toFixed(2)}` };
}

/** A rumour none of whose texts names a settlement (nor its reporters chose one). */
export function namesNoPlace(whole: RumourWhole): boolean {
  return whole.places.size === 0 && ![...whole.tokens].some((t) => t.startsWith('@'));
}

/**
 * Whether a rumour naming no settlement is the claim of one naming a town, in the region its
 * reporters chose: "the school will be closed for quarantine from Monday", reported from Pavlodar
 * region, is the Ekibastuz schools' quarantine when that is the claim told there. Only where every
 * region its reporters chose is a region of the town (a report with no region chosen, or chosen
 * elsewhere, says nothing of which town), and as one claim by every rule whole rumours merge by,
 * the town aside, and only into a town's rumour told at least as often. Measured by
 * bench/clustering/simulate-xlang.ts --placeless (bench/RESULTS.md 2r), not yet the worker's. The caller refuses it where two rumours of the region would take it (which town
 * is meant is then unknown: the same claim told of two towns of one region, bench/RESULTS.md 2p).
 */
export function placelessOneClaim(placeless: RumourWhole, placelessRegions: ReadonlySet<string>, placed: RumourWhole, placedRegions: ReadonlySet<string>, context: ClaimContext, conceptThreshold = CORE_CONCEPT_THRESHOLD): boolean {
  if (!namesNoPlace(placeless) || namesNoPlace(placed) || placelessRegions.size === 0) return false;
  if (![...placelessRegions].every((r) => placedRegions.has(r))) return false;
  // The town's telling is the region's claim only where it is told at least as often: a placeless rumour
  // larger than the town's may be another town's of the region, not yet reported with its name (2p).
  if (placed.texts.length < placeless.texts.length) return false;
  return rumoursAreOneClaim(placeless, placed, context, conceptThreshold, { placeless: true }).one;
}

/** The house of worship of each faith (MEMBER_IMPLIES read backwards): the Orthodox faith's is the Orthodox church. */
const HOUSE_OF_FAITH = new Map(Object.entries(MEMBER_IMPLIES).filter(([house]) => house.startsWith('worship:')).map(([house, faith]) => [faith, house]));

/**
 * A rumour's houses of worship read with the one faith it names: "the church" of a rumour whose
 * texts say Orthodox ("в щучинске храм без тепла" beside "shchuchinsk orthodox church has no heat")
 * is the Orthodox church, as a reader of the whole rumour takes it. Only a broader house than that
 * faith's (a church, a place of worship), and only where the rumour names one faith: a rumour
 * naming two is left as it is.
 */
function housesOfTheirFaith(objects: Map<string, Set<string>>): Map<string, Set<string>> {
  const faiths = objects.get('faith');
  const houses = objects.get('worship');
  if (!faiths || faiths.size !== 1 || !houses) return objects;
  const house = HOUSE_OF_FAITH.get([...faiths][0]!);
  if (!house) return objects;
  const read = new Set([...houses].map((h) => (h !== house && withAncestors(house).includes(h) ? house : h)));
  return new Map([...objects, ['worship', read]]);
}

/**
 * A house of worship one rumour names and the other does not is the place of the faith both name:
 * "Catholics in Karaganda must register with the police before Christmas" and "… before Christmas
 * Mass in the kostel" are one claim — the church is where that faith's people go. Only where both
 * name exactly the same faith and each house named is of it ("a church" is Christian, so it is
 * the Protestant faithful's church when both say Protestant); a mosque and a church, or a church of
 * no faith named against the Orthodox one, are still told apart by the rules above and below.
 */
function housesOfOneFaith(cls: string, houses: ReadonlySet<string>, own: ReadonlyMap<string, ReadonlySet<string>>, other: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (cls !== 'worship') return false;
  const faiths = own.get('faith');
  const otherFaiths = other.get('faith');
  if (!faiths || !otherFaiths || faiths.size !== otherFaiths.size || ![...faiths].every((f) => otherFaiths.has(f))) return false;
  return [...houses].every((house) => {
    const faith = MEMBER_IMPLIES[house];
    return faith !== undefined && [...faiths].every((f) => withAncestors(f).includes(faith));
  });
}

/** Most of a rumour's texts that say anything name each object class (its place aside) it names. */
function clearAboutObjects(whole: RumourWhole): boolean {
  const telling = whole.texts.filter((t) => [...t].some((x) => !x.startsWith('~')));
  const counts = new Map<string, number>();
  for (const text of telling) for (const cls of objectMembers(text).keys()) if (cls !== 'settlement') counts.set(cls, (counts.get(cls) ?? 0) + 1);
  return [...counts.values()].every((n) => n * 2 > telling.length);
}

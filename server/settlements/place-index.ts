// Settlements named in a text ("… в Жанаозене", "Aqtauda …"), found by the match keys of every
// alias. Clustering and "already checked?" search use it to keep claims about different places
// apart and to place a report that gives no region.
import { configuredDatabaseUrl } from '../config/env';
import type { DbTx } from '../db/client';
import { liveEvents, type EventHub } from '../live/events';
import { logger } from '../log';
import { clearRegionNeighbours } from '../regions/neighbours';
import { removeFillerWords } from '../text/stopwords';
import { toMatchKey } from '../text/transliterate';

export interface PlaceKey {
  /** Match key of one spelling of a settlement, e.g. "zhanaozen", "novy uzen". */
  key: string;
  settlementId: string;
}

export interface PlaceIndex {
  keys: PlaceKey[];
  regionOf: Map<string, string>;
}

/** The backstop: a place added in another process clears this cache by its event (places.changed). */
const PLACE_CACHE_MS = 30_000;
/** Shorter keys ("bi", "su") would be found inside ordinary words. */
const MIN_PLACE_KEY_LENGTH = 4;
let placeCache: ({ at: number } & PlaceIndex) | undefined;

/** Forgets the places read, and the regions' neighbours with them (clustering reads both): the one invalidation path of both caches. */
export function clearPlaceCache(): void {
  placeCache = undefined;
  clearRegionNeighbours();
}

/** Forgets the places read whenever a place is added in any process, and after events missed while the LISTEN was down. */
export async function followPlaceChanges(hub: Pick<EventHub, 'subscribe'>): Promise<() => void> {
  return hub.subscribe((event) => {
    if (event.type === 'places.changed') clearPlaceCache();
  }, clearPlaceCache);
}

let followingStarted = false;

/** Best-effort: without the LISTEN (a bench with a connection of its own, no database configured) the 30 s apply. */
function startFollowing(): void {
  if (followingStarted) return;
  followingStarted = true;
  if (!configuredDatabaseUrl()) return;
  followPlaceChanges(liveEvents()).catch((error: unknown) => logger.warn({ err: error }, 'place index: no live invalidation, the 30 s apply'));
}

/**
 * Match keys of every settlement alias, plus a stem for names ending in a vowel so that
 * Russian case endings are found too (Караганда → Караганде, Маловодное → Маловодном).
 * Kazakh endings are suffixes (Ақтауда, Алматыға) and are found by the prefix match itself.
 */
export async function loadPlaceIndex(tx: DbTx): Promise<PlaceIndex> {
  startFollowing();
  if (!placeCache || Date.now() - placeCache.at > PLACE_CACHE_MS) {
    const [aliases, settlements] = await Promise.all([
      tx.settlementAlias.findMany({ select: { matchKey: true, settlementId: true, settlement: { select: { regionCode: true } } } }),
      tx.settlement.findMany({ where: { districtKk: { not: null } }, select: { id: true, regionCode: true, districtKk: true, districtRu: true, districtEn: true } }),
    ]);
    const keys = new Map<string, string>();
    const regionOf = new Map<string, string>();
    for (const { matchKey, settlementId, settlement } of aliases) {
      regionOf.set(settlementId, settlement.regionCode);
      for (const key of aliasKeys(matchKey)) keys.set(key, settlementId);
    }
    const all = [...keys].map(([key, settlementId]) => ({ key, settlementId }));
    all.push(...districtKeys(settlements.flatMap((s) => (s.districtKk && s.districtRu && s.districtEn ? [{ settlementId: s.id, regionCode: s.regionCode, districtKk: s.districtKk, districtRu: s.districtRu, districtEn: s.districtEn }] : []))));
    // Longest first, so "novy uzen" claims its words before "uzen" does.
    const sorted = all.sort((a, b) => b.key.length - a.key.length);
    placeCache = { at: Date.now(), keys: sorted, regionOf };
  }
  return placeCache;
}

/**
 * The keys one alias is looked for by: its match key, and a stem for names ending in a vowel.
 * A name shorter than MIN_PLACE_KEY_LENGTH is found inside ordinary words; one ending in a vowel
 * (Шу — "шу" is also noise) is read with a Kazakh case ending after it instead: Шуда, Шудағы,
 * Шудан, Шуға.
 */
export function aliasKeys(matchKey: string): string[] {
  const key = removeFillerWords(matchKey);
  if (key.length < MIN_PLACE_KEY_LENGTH) return key.length === MIN_PLACE_KEY_LENGTH - 1 && /^[a-z]+[aeiouy]$/.test(key) ? [`${key}d`, `${key}g`] : [];
  // A Russian adjective of the place ("Алгинский", "Иртышский") is looked for by its stem, so that every
  // case and gender of it is read with its ending ("алгинским учителям", "Иртышского района").
  const adjective = /^(.{5,}?)sk(?:y|ii|yi|oi|aia|aya|oe)$/.exec(key);
  if (adjective && !key.includes(' ')) return [key, adjective[1]!];
  const stem = key.replace(/[aeiou]+$/, '');
  return stem !== key && stem.length >= 5 ? [key, stem] : [key];
}

export interface SettlementDistrict {
  settlementId: string;
  regionCode: string;
  districtKk: string;
  districtRu: string;
  districtEn: string;
}

/** Russian case forms of a district's adjective before "район" (nominative, genitive, prepositional, dative, instrumental). */
const RUSSIAN_DISTRICT = /^(.+)(?:ий|ый|ой) район$/;
const RUSSIAN_ADJECTIVE_ENDINGS = ['ий', 'ого', 'ом', 'ому', 'им'];

/**
 * Keys of district names ("Байзақ ауданында", "в Байзакском районе", "Baizak District"): a text
 * naming a district names every seeded settlement of it, so it meets a report naming one of them
 * (the district's centre, usually) while two villages of one district stay two places. A city
 * administration is its city (already an alias); a district name used in two regions ("Жамбыл
 * ауданы") says no region and is left out. Russian "район имени …" / "район Шал акына" forms are
 * people's names and are found through the Kazakh and English names only.
 */
export function districtKeys(districts: readonly SettlementDistrict[]): PlaceKey[] {
  const spellings = (d: SettlementDistrict): string[] => {
    if (/ қаласы$/.test(d.districtKk)) return [];
    const kk = d.districtKk.replace(/(?: атындағы)? ауданы$/, '');
    const ru = RUSSIAN_DISTRICT.exec(d.districtRu);
    // "ауданы" declines (ауданында, ауданына): the stem "аудан" with any Kazakh ending.
    return [`${kk} аудан`, d.districtEn, ...(ru ? RUSSIAN_ADJECTIVE_ENDINGS.map((ending) => `${ru[1]}${ending} район`) : [])];
  };
  const regionsOfKey = new Map<string, Set<string>>();
  const settlementsOfKey = new Map<string, Set<string>>();
  for (const d of districts) {
    for (const spelling of spellings(d)) {
      const key = removeFillerWords(toMatchKey(spelling));
      if (key.length < MIN_PLACE_KEY_LENGTH) continue;
      regionsOfKey.set(key, (regionsOfKey.get(key) ?? new Set()).add(d.regionCode));
      settlementsOfKey.set(key, (settlementsOfKey.get(key) ?? new Set()).add(d.settlementId));
    }
  }
  return [...settlementsOfKey].flatMap(([key, ids]) => (regionsOfKey.get(key)!.size > 1 ? [] : [...ids].map((settlementId) => ({ key, settlementId }))));
}

/**
 * What may follow a settlement's name inside a word, in match keys: Kazakh endings, several in a
 * row (Талғарда, Семейдегі, Алматыдағылар, Петропавлдың, Шымкенттік), Russian case and adjective
 * endings (Уральске, Уральском, талгарский, балкашинских) and an English "s". Anything else is another word that
 * starts like a name: "көшіріледі" (evacuated) is not Қосшы, "семейный" not Semey.
 */
const PLACE_ENDING = /^(?:[ldt]?[ae]r|[ndt]?[iy]n|[ndt]?[ae]n|[mbp][ae]n|n?[dt]?[ae]g[iy]|n?[dt][ae]|n?[gk][ae]|[ldt]?[iy]k|s[iy]n?|[ndt]?[iy]n?|[aeiouy]|om|em|oi|ei|ia|iu|ie|ii|sk(?:y|ii|aia|oi|oe|ogo|omu|om|ie|ih|ikh|imi|im|uiu)?|ts[aeyiu]v?|tsev|chan[ey]?|s)*$/;

/**
 * The name ("kosh") ends where the word does or where an ending starts ("koshiredi" does not qualify),
 * at a word no longer name took already (`claimed`: the word's offset and the length of the key that
 * read it — keys come longest first): "балкашинских" is Balkashino's adjective, not "Balkash" + "-инских".
 */
function namedAt(haystack: string, key: string, claimed?: Map<number, number>): boolean {
  let named = false;
  for (let at = haystack.indexOf(` ${key}`); at >= 0; at = haystack.indexOf(` ${key}`, at + 1)) {
    const rest = haystack.slice(at + 1 + key.length).split(' ', 1)[0]!;
    if (!PLACE_ENDING.test(rest)) continue;
    if (!claimed) return true;
    if ((claimed.get(at) ?? key.length) > key.length) continue;
    claimed.set(at, key.length);
    named = true;
  }
  return named;
}

/** Settlements a normalised text names, found at the start of a word followed by an ending at most. */
export function placesNamed(normalizedText: string, placeKeys: readonly PlaceKey[]): Set<string> {
  const haystack = ` ${normalizedText}`;
  const found = new Set<string>();
  const claimed = new Map<number, number>();
  for (const { key, settlementId } of placeKeys) if (haystack.includes(` ${key}`) && namedAt(haystack, key, claimed)) found.add(settlementId);
  return found;
}

/**
 * The regions of the settlements a text names ("… в Жанаозене" → KZ-47), sorted: where a report
 * goes besides the region its reporter chose (server/reports/report-regions.ts). Empty when it
 * names none — with no region chosen, the national queue.
 */
export async function regionsNamed(tx: DbTx, normalizedText: string): Promise<string[]> {
  const index = await loadPlaceIndex(tx);
  const regions = new Set([...placesNamed(normalizedText, index.keys)].flatMap((id) => index.regionOf.get(id) ?? []));
  return [...regions].sort();
}

/** Like placesNamed, with the indexes of the words that name them (so nothing else reads those words). */
export function placesInText(normalizedText: string, placeKeys: readonly PlaceKey[]): { settlementIds: Set<string>; wordIndexes: Set<number> } {
  const words = normalizedText.split(' ').filter(Boolean);
  const settlementIds = new Set<string>();
  const wordIndexes = new Set<number>();
  const haystack = ` ${words.join(' ')}`;
  for (const { key, settlementId } of placeKeys) {
    if (!haystack.includes(` ${key}`) || !namedAt(haystack, key)) continue;
    settlementIds.add(settlementId);
    const length = key.split(' ').length;
    for (let i = 0; i + length <= words.length; i++) {
      const phrase = words.slice(i, i + length).join(' ');
      if (phrase.startsWith(key) && PLACE_ENDING.test(phrase.slice(key.length))) for (let k = 0; k < length; k++) wordIndexes.add(i + k);
    }
  }
  return { settlementIds, wordIndexes };
}

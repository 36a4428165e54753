// What a claim says, independent of its language: the concepts of the claim lexicon it names
// (school, closed, mosque, WhatsApp …, in kk Cyrillic/Latin, ru and en), the numbers it states,
// the places it names and its remaining content words. Clustering and "already checked?" search
// both compare claims this way besides trigram similarity of their wording, so "мектептер жабылады",
// "школы закроют" and "schools will close" meet, and "mosque burned" never meets "church burned".
//
// A claim is written as a set of tokens (its "concept key", stored with reports and notices):
//   <class>:<id>  a concept of a contrast class ("worship:mosque", "institution:school")
//   <id>          any other concept ("burn", "close")
//   #<n>          a number ("#70")
//   @<id>         a settlement named (ids from the settlements table)
//   ~<stem>       a content word the lexicon does not know (its first letters)
// Pure functions: the lexicon is loaded and cached by server/lexicon.
import { parseNumbers, sameNumber } from './numbers';
import { FILLER_WORD_KEYS } from './stopwords';
import { toMatchKey } from './transliterate';

/** One lexicon term as stored: "мектеп*" (a stem), "set on fire" (a phrase), "школа". */
export interface LexiconTerm {
  conceptId: string;
  contrastClass: string | null;
  weight: number;
  term: string;
  /** Kazakh stems also match with their voiced final consonant (see kazakhStemVariants). */
  language?: string;
}

interface CompiledEntry {
  token: string;
  /** Further words of a phrase, each a match key or a stem (ending in "*"). */
  rest: string[];
}

export interface CompiledLexicon {
  /** Exact words (first words of phrases included). */
  words: Map<string, CompiledEntry[]>;
  /** Stems by their match key (prefix match, longest first). */
  stems: Map<string, CompiledEntry[]>;
  longestStem: number;
  /** Weight of each concept token. */
  weights: Map<string, number>;
}

/** Shorter stems would catch unrelated words. */
export const MIN_STEM_LENGTH = 3;
const RESIDUAL_STEM = 6;
/** Words shorter than this are not kept as residual content ("de", "mol"). */
const MIN_RESIDUAL_LENGTH = 4;

export const TOKEN_WEIGHT = { number: 1.2, place: 1.5, residual: 0.5 } as const;

export function conceptToken(conceptId: string, contrastClass: string | null): string {
  return contrastClass ? `${contrastClass}:${conceptId}` : conceptId;
}

/**
 * A term's words as match keys, a trailing "*" kept as the stem mark; null when unusable (a stem
 * shorter than MIN_STEM_LENGTH, or nothing left). Filler words are dropped as they are from the
 * texts ("нет в продаже" is compared as "нет продаже").
 */
export function termKeys(term: string): string[] | null {
  const words = term.trim().split(/\s+/).filter(Boolean);
  const keys: string[] = [];
  for (const word of words) {
    const stem = word.endsWith('*');
    const parts = toMatchKey(stem ? word.slice(0, -1) : word).split(' ').filter(Boolean);
    // A word that became several (a hyphen: "дәрі-дәрмек") is several phrase words.
    for (const [i, part] of parts.entries()) {
      const isStem = stem && i === parts.length - 1;
      if (!isStem && FILLER_WORD_KEYS.has(part)) continue;
      // Only a first word opens a lookup, so later words of a phrase may be short stems ("сатып ал*").
      if (isStem && keys.length === 0 && part.length < MIN_STEM_LENGTH) return null;
      keys.push(isStem ? `${part}*` : part);
    }
  }
  return keys.length ? keys : null;
}

/**
 * A Kazakh stem ending in к/қ/п voices it before a vowel ending: әкімдік → әкімдігі, кітап → кітабы,
 * аурухана stays. Match keys write к and қ as "k", so "akimdik*" also gets "akimdig*".
 */
export function kazakhStemVariants(stem: string): string[] {
  if (stem.endsWith('k')) return [stem, `${stem.slice(0, -1)}g`];
  if (stem.endsWith('p')) return [stem, `${stem.slice(0, -1)}b`];
  return [stem];
}

export function compileLexicon(terms: readonly LexiconTerm[]): CompiledLexicon {
  const lexicon: CompiledLexicon = { words: new Map(), stems: new Map(), longestStem: 0, weights: new Map() };
  for (const term of terms) {
    const keys = termKeys(term.term);
    if (!keys) continue;
    const token = conceptToken(term.conceptId, term.contrastClass);
    lexicon.weights.set(token, term.weight);
    const [first, ...rest] = keys as [string, ...string[]];
    const entry: CompiledEntry = { token, rest };
    if (first.endsWith('*')) {
      const stem = first.slice(0, -1);
      for (const variant of term.language === 'kk' ? kazakhStemVariants(stem) : [stem]) {
        const list = lexicon.stems.get(variant) ?? [];
        if (!list.some((e) => e.token === token && e.rest.join(' ') === rest.join(' '))) lexicon.stems.set(variant, [...list, entry]);
        lexicon.longestStem = Math.max(lexicon.longestStem, variant.length);
      }
    } else lexicon.words.set(first, [...(lexicon.words.get(first) ?? []), entry]);
  }
  // Phrases first (they are more specific than their first word alone), then the longest.
  for (const map of [lexicon.words, lexicon.stems]) for (const list of map.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return lexicon;
}

function wordMatches(pattern: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/** The entries a word can start: exact ones, then stems from the longest prefix down. */
function entriesFor(lexicon: CompiledLexicon, word: string): CompiledEntry[] {
  const found: CompiledEntry[] = [];
  const exact = lexicon.words.get(word);
  if (exact) found.push(...exact);
  for (let length = Math.min(word.length, lexicon.longestStem); length >= MIN_STEM_LENGTH; length--) {
    const stems = lexicon.stems.get(word.slice(0, length));
    if (stems) {
      found.push(...stems);
      // The longest stem decides ("казахстан*" is a country, not "казах*" an ethnic group),
      // except that a phrase starting at a shorter stem may still match below.
      if (stems.some((s) => s.rest.length === 0)) break;
    }
  }
  return found;
}

export interface ClaimConcepts {
  /** Concept, number and residual tokens (places are added by the caller). */
  tokens: Set<string>;
  numbers: number[];
}

/**
 * The concepts, numbers and residual words of a normalised text (normalizeReportText: match keys,
 * filler words dropped). `skipWords` are indexes of words the caller has already read (a place
 * name). `kazakh` lets "он" be ten.
 */
export function extractConcepts(normalizedText: string, lexicon: CompiledLexicon, options: { kazakh?: boolean; skipWords?: ReadonlySet<number> } = {}): ClaimConcepts {
  const words = normalizedText.split(' ').filter(Boolean);
  const tokens = new Set<string>();
  const used = new Set<number>(options.skipWords ?? []);
  const match = (i: number, phrasesOnly: boolean): boolean => {
    for (const entry of entriesFor(lexicon, words[i]!)) {
      if (phrasesOnly && entry.rest.length === 0) continue;
      if (!entry.rest.every((pattern, k) => !used.has(i + 1 + k) && wordMatches(pattern, words[i + 1 + k]))) continue;
      tokens.add(entry.token);
      for (let k = 0; k <= entry.rest.length; k++) used.add(i + k);
      return true;
    }
    return false;
  };
  // Phrases first, even over number words ("екі есе" is "doubled", not the number 2) …
  for (let i = 0; i < words.length; i++) if (!used.has(i)) match(i, true);
  // … then numbers (words already read break a number: "70 | 14") …
  const { values, numberWordIndexes } = parseNumbers(words.map((w, i) => (used.has(i) ? '|' : w)).join(' '), { kazakh: options.kazakh });
  for (const value of values) tokens.add(`#${value}`);
  for (const index of numberWordIndexes) used.add(index);
  // … then single words; what the lexicon does not know is kept as residual content.
  for (let i = 0; i < words.length; i++) {
    if (used.has(i) || match(i, false)) continue;
    const word = words[i]!;
    if (word.length >= MIN_RESIDUAL_LENGTH && !/^\d+$/.test(word)) tokens.add(`~${word.slice(0, RESIDUAL_STEM)}`);
  }
  return { tokens, numbers: values };
}

// ------------------------------------------------------------------ comparing two claims

/** Classes compared as one: "no water" and "no bread" are different claims as much as water and power. */
const CLASS_GROUP: Record<string, string> = { goods: 'utility' };

export function classOf(token: string): string | null {
  if (token.startsWith('@')) return 'settlement';
  if (token.startsWith('#')) return 'number';
  if (token.startsWith('~')) return null;
  const colon = token.indexOf(':');
  if (colon <= 0) return null;
  const cls = token.slice(0, colon);
  return CLASS_GROUP[cls] ?? cls;
}

function numbersOf(tokens: Iterable<string>): number[] {
  const numbers: number[] = [];
  for (const token of tokens) if (token.startsWith('#')) numbers.push(Number(token.slice(1)));
  return numbers;
}

/** Members of each contrast class a token set names ("settlement" includes lexicon places such as "nationwide"). */
export function contrastMembers(tokens: Iterable<string>): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  for (const token of tokens) {
    const cls = classOf(token);
    if (!cls || cls === 'number') continue;
    if (!members.has(cls)) members.set(cls, new Set());
    members.get(cls)!.add(token);
  }
  return members;
}

/**
 * Why two claims cannot be the same, or null: they name different members of one contrast class
 * (a mosque / a church; Uzbeks / Uyghurs; WhatsApp / Telegram; Almaty / Konaev) and no member in
 * common, or both state numbers and none of them agree within rounding (70 / 14 dead).
 */
export function contrastBetween(a: Iterable<string>, b: Iterable<string>): string | null {
  const ma = contrastMembers(a);
  const mb = contrastMembers(b);
  for (const [cls, membersA] of ma) {
    const membersB = mb.get(cls);
    if (!membersB || membersB.size === 0) continue;
    let shared = false;
    for (const m of membersA) if (membersB.has(m)) shared = true;
    if (!shared) return cls;
  }
  const na = numbersOf(a);
  const nb = numbersOf(b);
  if (na.length && nb.length && !na.some((x) => nb.some((y) => sameNumber(x, y)))) return 'number';
  return null;
}

export function tokenWeight(token: string, lexicon: Pick<CompiledLexicon, 'weights'>): number {
  if (token.startsWith('@')) return TOKEN_WEIGHT.place;
  if (token.startsWith('#')) return TOKEN_WEIGHT.number;
  if (token.startsWith('~')) return TOKEN_WEIGHT.residual;
  return lexicon.weights.get(token) ?? 1;
}

/**
 * The tokens worth looking candidates up by: concepts, numbers and places, not residual words (the
 * word index covers those) nor generic concepts ("city", "day"), whose posting lists are long and
 * say little about which claim it is.
 */
export function conceptLookupTokens(tokens: Iterable<string>, lexicon: Pick<CompiledLexicon, 'weights'>): string[] {
  return [...tokens].filter((t) => !t.startsWith('~') && tokenWeight(t, lexicon) >= 1);
}

export interface ConceptSimilarity {
  /** 0–1: weighted Dice of the two token sets, lifted towards the shorter one's coverage (long texts are not penalised for length). */
  score: number;
  /** Tokens both name (numbers within rounding count as shared). */
  shared: string[];
  /** Weight of the shared concepts, numbers and places (residual words excluded). */
  sharedConceptWeight: number;
}

/** How much two claims say the same thing, from their concept keys. Contrast is checked separately. */
export function conceptSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, lexicon: Pick<CompiledLexicon, 'weights'>): ConceptSimilarity {
  let weightA = 0;
  let weightB = 0;
  for (const token of a) weightA += tokenWeight(token, lexicon);
  for (const token of b) weightB += tokenWeight(token, lexicon);
  const numbersB = numbersOf(b);
  let sharedWeight = 0;
  let sharedConceptWeight = 0;
  const shared: string[] = [];
  for (const token of a) {
    const inB = b.has(token) || (token.startsWith('#') && numbersB.some((n) => sameNumber(n, Number(token.slice(1)))));
    if (!inB) continue;
    const w = tokenWeight(token, lexicon);
    sharedWeight += w;
    if (!token.startsWith('~')) sharedConceptWeight += w;
    shared.push(token);
  }
  if (weightA === 0 || weightB === 0) return { score: 0, shared, sharedConceptWeight };
  const dice = (2 * sharedWeight) / (weightA + weightB);
  // Coverage of the smaller claim: a long rumour text holding everything a short report says is as
  // close to it as a short text saying the same. Halfway between the two keeps a short report
  // from matching any long text that happens to mention its one or two concepts.
  const coverage = sharedWeight / Math.min(weightA, weightB);
  return { score: Math.max(dice, (dice + coverage) / 2), shared, sharedConceptWeight };
}

/** Parses a stored concept key. */
export function parseConceptKey(key: string | null | undefined): Set<string> {
  return new Set((key ?? '').split(' ').filter(Boolean));
}

/** Writes a concept key (sorted, so equal claims have equal keys). */
export function formatConceptKey(tokens: Iterable<string>): string {
  return [...new Set(tokens)].sort().join(' ');
}

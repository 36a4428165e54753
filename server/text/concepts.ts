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
//   ~!<stem>      the same word written with a capital inside a sentence: a name the lexicon and
//                 the settlements table do not know (a village, a district, a shop), compared by
//                 contrastBetween's name guard only, never weighed or looked up
//   ^<lang>~<skeleton>~<head>  an unread word qualifying a class head ("музыкальная школа":
//                 ^ru~msk~institution:school): that class's member the lexicon does not know, compared
//                 by contrastBetween's qualifier guard only, never weighed or looked up
// Pure functions: the lexicon is loaded and cached by server/lexicon.
import { parseNumbers, sameNumber } from './numbers';
import { FILLER_WORD_KEYS, NON_CONTENT_WORD_KEYS } from './stopwords';
import { toMatchKey } from './transliterate';
import { MEMBER_DEFAULT, MEMBER_DIRECTION, MEMBER_IMPLIES, MEMBER_PARENT, OPPOSITE_DIRECTIONS, QUALIFIED_HEAD_WORDS, QUALIFIED_HEADS, STATE_MEMBERS } from '../lexicon/contrast-classes';

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
  /** A Russian stem less its final -и (russianStemVariants): read only where a Russian ending follows, and not in Kazakh text. */
  russianVariant?: boolean;
  /** A Russian word ending in a soft sign, which its match key drops: "месть" is "mest", as "мест" is (see GENITIVE_GOVERNOR). */
  softSign?: boolean;
}

export interface CompiledLexicon {
  /** Exact words (first words of phrases included). */
  words: Map<string, CompiledEntry[]>;
  /** Stems by their match key (prefix match, longest first). */
  stems: Map<string, CompiledEntry[]>;
  longestStem: number;
  /** Weight of each concept token. */
  weights: Map<string, number>;
  /** Members of contrast classes by their keys with one letter left out, for typos (see typoEntries). */
  typoWords: Map<string, CompiledEntry[]>;
  typoStems: Map<string, CompiledEntry[]>;
  /** Members written as a short word in Kazakh or Russian (ЦОН, ХҚКО, газ), which take Kazakh endings (see spellingVariantEntries). */
  abbreviations: Map<string, CompiledEntry[]>;
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

/**
 * Russian stems ending in -и lose it before -и/-й endings in match keys ("пневмони*" is
 * "pnevmoni", "пневмонии" is "pnevmony"; "пенси*", "пенсии" "pensy"): the stem without it also
 * matches, when still four letters or more.
 */
export function russianStemVariants(stem: string): string[] {
  return stem.endsWith('i') && stem.length >= 5 ? [stem, stem.slice(0, -1)] : [stem];
}

const stemVariants = (stem: string, language: string | undefined): string[] => (language === 'kk' ? kazakhStemVariants(stem) : language === 'ru' ? russianStemVariants(stem) : [stem]);

/** A Kazakh verb's past in -ды/-ді/-ты/-ті on a root of three letters or more (shorter ones are too often no verb). */
const KAZAKH_PAST_STEM = /^([a-z]{3,})(d|t)(i|y)$/;
/** A root ending in a vowel (й, keyed "i" after a vowel, is a consonant: азай-, көбей-). */
const KAZAKH_VOWEL_ROOT = /(?:^|[^aeiouy])[aeiouy]$|[aeou]y$/;

/**
 * A Kazakh verb given by its past (3rd person: сөнді*, жапты*, жоғалды*, кешікті*, азайды*) has the same
 * root in its present-future and its converb: сөн-еді, жаб-ады, жоғал-ады, кешіг-еді, азай-ады; сөн-іп,
 * жаб-ып, кешіг-іп ("сөніп қалды", "жабылып жатыр" are told as often as the past). The suffix follows the
 * root's vowel harmony (front і/е after a front past -ді/-ті, back ы/а after -ды/-ты), and a final к/қ/п
 * voices before a vowel (кешік → кешігеді, жап → жабады). Read as stems, as spelled ones are.
 * Only roots ending in a consonant: after a vowel the key cannot tell a past from a present (өрте-ді
 * "burned", өс-еді "grows") nor a root from one whose doubled т the key made one (шот-ты, әкет-ті).
 */
export function kazakhVerbForms(stem: string): string[] {
  const past = KAZAKH_PAST_STEM.exec(stem);
  if (!past) return [];
  const root = past[1]!;
  const front = past[3] === 'i';
  if (KAZAKH_VOWEL_ROOT.test(root)) return [];
  const voiced = root.replace(/k$/, 'g').replace(/p$/, 'b');
  return [`${voiced}${front ? 'edi' : 'ady'}`, `${voiced}${front ? 'ip' : 'yp'}`];
}

/** A Russian verb's past stem in -ил and what else it is read as (see russianVerbForms); shorter ones are too often no verb. */
const RUSSIAN_PAST_STEM = /^[a-z]{3,}il$/;

/**
 * A Russian verb given by its past stem in -ил ("вырубил*", "спалил*", "посадил*", "избил*") has the
 * same stem with -ит in its infinitive, future and participle ("вырубить", "вырубит", "спалит",
 * "посадить", "избит"): one verb, read in every form the term's author did not list. The stem is read
 * as spelled (not only before the endings RUSSIAN_VARIANT_NEXT allows, as a stem less its -и is).
 */
export function russianVerbForms(stem: string): string[] {
  return RUSSIAN_PAST_STEM.test(stem) ? [`${stem.slice(0, -2)}it`] : [];
}

export function compileLexicon(terms: readonly LexiconTerm[]): CompiledLexicon {
  const lexicon: CompiledLexicon = { words: new Map(), stems: new Map(), longestStem: 0, weights: new Map(), typoWords: new Map(), typoStems: new Map(), abbreviations: new Map() };
  for (const term of terms) {
    const keys = termKeys(term.term);
    if (!keys) continue;
    const token = conceptToken(term.conceptId, term.contrastClass);
    lexicon.weights.set(token, term.weight);
    const [first, ...rest] = keys as [string, ...string[]];
    const entry: CompiledEntry = { token, rest };
    if (first.endsWith('*')) {
      const stem = first.slice(0, -1);
      const verbForms = term.language === 'ru' ? russianVerbForms(stem) : term.language === 'kk' ? kazakhVerbForms(stem) : [];
      for (const variant of [...stemVariants(stem, term.language), ...verbForms]) {
        const list = lexicon.stems.get(variant) ?? [];
        const variantEntry = term.language === 'ru' && variant !== stem && !verbForms.includes(variant) ? { ...entry, russianVariant: true } : entry;
        const same = list.findIndex((e) => e.token === token && e.rest.join(' ') === rest.join(' '));
        // A stem a term spells itself is read everywhere, even where another term's variant gave the same key.
        if (same < 0) lexicon.stems.set(variant, [...list, variantEntry]);
        else if (list[same]!.russianVariant && !variantEntry.russianVariant) lexicon.stems.set(variant, list.map((e, k) => (k === same ? entry : e)));
        lexicon.longestStem = Math.max(lexicon.longestStem, variant.length);
      }
    } else {
      const softSign = term.language === 'ru' && rest.length === 0 && /ь$/.test(term.term.trim());
      lexicon.words.set(first, [...(lexicon.words.get(first) ?? []), softSign ? { ...entry, softSign } : entry]);
      // An English word never takes a Kazakh ending: "beer" is "ber", and "береді" (gives) is no beer.
      // Nor does a Russian word with a soft sign, which no abbreviation has: "корь" (measles) is "kor", and
      // "көреді" (sees) is no "корь" + "-еді".
      if (term.language !== 'en' && !(term.language === 'ru' && term.term.includes('ь')) && first.length <= ABBREVIATION_LENGTH && isMember(entry)) lexicon.abbreviations.set(first, [...(lexicon.abbreviations.get(first) ?? []), entry]);
    }
  }
  // Phrases first (they are more specific than their first word alone), then the longest.
  for (const map of [lexicon.words, lexicon.stems]) for (const list of map.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  for (const [source, target] of [[lexicon.words, lexicon.typoWords], [lexicon.stems, lexicon.typoStems]] as const) {
    for (const [key, entries] of source) {
      const members = entries.filter(isTypoMember);
      if (key.length < TYPO_MIN_LENGTH || members.length === 0) continue;
      for (const variant of oneLetterOut(key)) target.set(variant, [...(target.get(variant) ?? []), ...members]);
    }
  }
  return lexicon;
}

/** Members whose key is at least this long are also read with one letter missing or one too many. */
const TYPO_MIN_LENGTH = 7;

function oneLetterOut(key: string): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i < key.length; i++) variants.add(key.slice(0, i) + key.slice(i + 1));
  return variants;
}

const isMember = (e: CompiledEntry) => e.rest.length === 0 && e.token.includes(':');
/**
 * Members read with a typo are names of things (синангога, diptheria). Directions are verbs, and a
 * verb one letter from another is another verb: "поняли" (understood) is "подняли" (raised) less a letter.
 */
const isTypoMember = (e: CompiledEntry) => isMember(e) && !e.token.startsWith('direction:');

/**
 * A word the lexicon does not know, read as a member of a contrast class one typo away ("diptheria",
 * "синангога"): a letter missing or one too many. Only members with keys of TYPO_MIN_LENGTH letters
 * or more, and only when one member alone is that close — a typo must not make "мечта" a mosque.
 * A wrong or swapped letter is not read: it made the village of Kyzylzhar measles (қызылша).
 * Stems match the start of the word, words the whole word.
 */
function typoEntries(lexicon: CompiledLexicon, word: string): CompiledEntry[] {
  if (word.length < TYPO_MIN_LENGTH - 1) return [];
  const found = new Map<string, CompiledEntry>();
  const consider = (entries: CompiledEntry[] | undefined) => { for (const e of entries ?? []) found.set(e.token, e); };
  // Whole word: missing a letter (the word is a key less one letter) or one too many.
  consider(lexicon.typoWords.get(word));
  for (const variant of oneLetterOut(word)) if (variant.length >= TYPO_MIN_LENGTH) consider(lexicon.words.get(variant)?.filter(isTypoMember));
  if (found.size === 0) {
    // Start of the word: the same against stems, longest first.
    for (let length = Math.min(word.length, lexicon.longestStem + 1); length >= TYPO_MIN_LENGTH - 1 && found.size === 0; length--) {
      const start = word.slice(0, length);
      consider(lexicon.typoStems.get(start));
      if (length > TYPO_MIN_LENGTH) for (const variant of oneLetterOut(start)) consider(lexicon.stems.get(variant)?.filter(isTypoMember));
    }
  }
  return found.size === 1 ? [...found.values()] : [];
}

/**
 * Kazakh endings (plural, case, possessive, "of those in"), in match keys, as they follow an abbreviation:
 * "ЦОН-дар", "цондардың", "CONdar", "WhatsAppқа", "Kaspiдегі". Several may follow one another.
 */
const KAZAKH_ENDING = /^(?:(?:l|d|t)[ae]r|(?:n|d|t)[iy]n?|(?:n|d|t)[ae]n|(?:d|t)[ae]gi|(?:d|t)[ae]gy|(?:d|t)[ae]|(?:g|k)[ae]|n?[ae]|s[iy]n?|[iy]n?|m[ae]n|b[ae]n|p[ae]n)+$/;

const ABBREVIATION_LENGTH = 4;
const VOWEL_KEY = /[aeiouy]/;
/** Consonants a Kazakh case ending starts with that double at a stem ending in the same one (светты, марттан, банкке). */
const DOUBLED_BEFORE_ENDING = /[tdk]/;

/**
 * A word the lexicon does not know, read as a member of a contrast class written the way people
 * often write it: a member's exact word with Kazakh endings ("цондар", "CONdarda" — stems cover
 * endings already), or Kazakh typed on a Russian keyboard with ы for і ("немыс" for "неміс",
 * "мешыт") where vowel harmony says it is і. Members only, and only when one member alone is read.
 */
function spellingVariantEntries(lexicon: CompiledLexicon, word: string, kazakh = false): CompiledEntry[] {
  const found = new Map<string, CompiledEntry>();
  // An ending of two letters at least: "severe" is not "sewer" with a Kazakh "-е".
  // Abbreviations only (ЦОН, ХҚКО, ВК): longer members are stems, and "планетарий" is no "plane" + "-тарий".
  // In Kazakh text, a word ending in the consonant its ending starts with lost one of the two in the
  // match key: свет + -ты, -тен ("светты", "светтен" keyed "svety", "sveten"), март + -тан ("марттан").
  // The ending is read with that consonant put back (т, д, к: the consonants a case ending doubles).
  for (let length = Math.min(word.length - (kazakh ? 1 : 2), ABBREVIATION_LENGTH); length >= MIN_STEM_LENGTH; length--) {
    const ending = word.slice(length);
    const read = ending.length >= 2 && KAZAKH_ENDING.test(ending) ? ending : kazakh && DOUBLED_BEFORE_ENDING.test(word[length - 1]!) && KAZAKH_ENDING.test(`${word[length - 1]}${ending}`) ? ending : null;
    if (!read) continue;
    // After a vowel a Kazakh case ending starts with a consonant (алма-ны, ХҚКО-ға): "алмайды"
    // (does not take) is the verb ал- with -майды, not "алма" (apple) with "-йды".
    if (VOWEL_KEY.test(word[length - 1]!) && VOWEL_KEY.test(word[length]!)) continue;
    for (const e of lexicon.abbreviations.get(word.slice(0, length)) ?? []) found.set(e.token, e);
    if (found.size) break;
  }
  // Kazakh vowel harmony: a word with the front vowel е has і, not ы ("немыс", "мешыт" — never "крышасы").
  if (found.size === 0 && /e/.test(word) && /y/.test(word) && !/[aou]/.test(word) && word.length >= 4) {
    const variant = word.replace(/y/g, 'i');
    for (const e of [...(lexicon.words.get(variant) ?? []), ...entriesFor(lexicon, variant)].filter(isMember)) found.set(e.token, e);
  }
  return found.size === 1 ? [...found.values()] : [];
}

/**
 * Russian stump compounds (сложносокращённые слова): a clipped first word glued to a noun the lexicon
 * knows — "музучилище" (music college), "медколледж", "педвуз", "райсуд", "горгаз", "горводоканал".
 * The noun is the head of the compound and says which institution or utility it is; the clipped
 * prefix (city, region, district, medical, teachers', music) only narrows it. Read as the head's member
 * when the word is no lexicon word itself, only for institutions and utilities (what these prefixes
 * make), and only when one member alone is read: "медведь" is a bear, not "med" + "ведь".
 */
const STUMP_PREFIXES: readonly string[] = ['гор', 'обл', 'рай', 'мед', 'пед', 'муз'].map((p) => toMatchKey(p));
const STUMP_HEAD_CLASSES: readonly string[] = ['institution:', 'utility:'];
const STUMP_HEAD_MIN_LENGTH = 3;

function compoundHeadEntries(lexicon: CompiledLexicon, word: string): CompiledEntry[] {
  for (const prefix of STUMP_PREFIXES) {
    const head = word.slice(prefix.length);
    if (!word.startsWith(prefix) || head.length < STUMP_HEAD_MIN_LENGTH) continue;
    const found = new Map<string, CompiledEntry>();
    for (const e of entriesFor(lexicon, head)) if (isMember(e) && STUMP_HEAD_CLASSES.some((c) => e.token.startsWith(c))) found.set(e.token, e);
    if (found.size === 1) return [...found.values()];
  }
  return [];
}

function wordMatches(pattern: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/**
 * Where a Russian stem less its final -и is read: before the endings that swallowed the -и in match keys
 * ("пенсии" → pensy, "в Китае" → kitae, "евреев" → evrev, "Корее" → kore), never before anything else —
 * "кітап" (a book) is no "Китай", "көреміз" (we will see) no "Корея", "жаман" (bad) no "джами" (a mosque).
 */
const RUSSIAN_VARIANT_NEXT = /^[yev]?$/;

/**
 * The entries a word can start: exact ones, then stems from the longest prefix down. `kazakh`: the text
 * is Kazakh, where Russian stems less their -и are not read (see RUSSIAN_VARIANT_NEXT).
 */
function entriesFor(lexicon: CompiledLexicon, word: string, kazakh = false): CompiledEntry[] {
  const found: CompiledEntry[] = [];
  const exact = lexicon.words.get(word);
  if (exact) found.push(...exact);
  for (let length = Math.min(word.length, lexicon.longestStem); length >= MIN_STEM_LENGTH; length--) {
    const all = lexicon.stems.get(word.slice(0, length));
    const stems = all?.some((e) => e.russianVariant) && (kazakh || !RUSSIAN_VARIANT_NEXT.test(word.charAt(length))) ? all.filter((e) => !e.russianVariant) : all;
    if (stems && stems.length > 0) {
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
  /** Numbers stated only to be corrected ("7, а не 70": 70), not among the tokens. */
  corrected: number[];
}

/**
 * The concepts, numbers and residual words of a normalised text (normalizeReportText: match keys,
 * filler words dropped). `skipWords` are indexes of words the caller has already read (a place
 * name). `kazakh` lets "он" be ten.
 */
export function extractConcepts(normalizedText: string, lexicon: CompiledLexicon, options: { kazakh?: boolean; skipWords?: ReadonlySet<number>; /** The text's language (kk, ru, en), for its qualifier tokens. */ language?: string } = {}): ClaimConcepts {
  const words = normalizedText.split(' ').filter(Boolean);
  const tokens = new Set<string>();
  const used = new Set<number>(options.skipWords ?? []);
  // Class heads read, by the words they span, and the words kept as residual (see qualifierTokens).
  const heads: QualifiedHead[] = [];
  const residualAt = new Map<number, string>();
  const compounds: { head: string; word: string }[] = [];
  // The token the last match read (for READ_BY_CONTEXT: a word read as what another word already said).
  let matched = '';
  // What each word that started a match read, and the last word of its phrase (see readStationKind, READ_BY_CONTEXT).
  const readFrom = new Map<number, { token: string; end: number }>();
  const match = (i: number, phrasesOnly: boolean): boolean => {
    if (options.kazakh && isKazakhAuxiliary(words[i]!, words[i - 1])) return false;
    for (const entry of entriesFor(lexicon, words[i]!, options.kazakh)) {
      if (phrasesOnly && entry.rest.length === 0) continue;
      if (entry.softSign && GENITIVE_GOVERNOR.test(words[i - 1] ?? '')) continue;
      if (options.kazakh && entry.token === 'video' && isKazakhPictureNotFootage(words[i]!, words[i - 1], words[i + 1])) continue;
      if (COURT_OR_VESSEL.has(words[i]!) && !courtOrVesselReading(entry.token, words, i, options.kazakh)) continue;
      if (!entry.rest.every((pattern, k) => !used.has(i + 1 + k) && wordMatches(pattern, words[i + 1 + k]))) continue;
      tokens.add(entry.token);
      matched = entry.token;
      readFrom.set(i, { token: entry.token, end: i + entry.rest.length });
      const head = QUALIFIED_HEADS[entry.token];
      if (head) {
        heads.push({ start: i, end: i + entry.rest.length, head });
        const prefix = entry.rest.length === 0 ? compoundQualifier(lexicon, words[i]!, entry.token) : null;
        if (prefix) compounds.push({ head, word: prefix });
      }
      for (let k = 0; k <= entry.rest.length; k++) used.add(i + k);
      return true;
    }
    return false;
  };
  // What words whose sense depends on what the text names were read as (see READ_BY_CONTEXT).
  const contextual: { word: string; read: Set<string> }[] = [];
  // Phrases first, even over number words ("екі есе" is "doubled", not the number 2) …
  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    const beforeContextual = READ_BY_CONTEXT.some((r) => r.word.test(words[i]!)) ? new Set(tokens) : null;
    if (match(i, true) && beforeContextual) contextual.push({ word: words[i]!, read: readByWord(tokens, beforeContextual, matched) });
  }
  // … then numbers (words already read break a number: "70 | 14") …
  const { values, numberWordIndexes, corrected, scaleUnsaid } = parseNumbers(words.map((w, i) => (used.has(i) ? '|' : w)).join(' '), { kazakh: options.kazakh });
  for (const value of values) tokens.add(`#${value}`);
  for (const index of numberWordIndexes) used.add(index);
  // … then single words; what the lexicon does not know is kept as residual content.
  // What words for "cut" were read as (nothing, if the lexicon does not know them), see readReductionAsFall.
  let reduction: Set<string> | null = null;
  // Each state named, and whether every mention is where someone goes (see readDestinations).
  const states = new Map<string, boolean>();
  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    const word = words[i]!;
    const before = REDUCE_WORD.test(word) ? new Set(tokens) : null;
    if (before) reduction ??= new Set();
    const beforeContextual = READ_BY_CONTEXT.some((r) => r.word.test(word)) ? new Set(tokens) : null;
    const beforeNegated = NEGATED_READING_WORDS.has(words[i - 1] ?? '') || NEGATED_READING_WORDS.has(words[i - 2] ?? '') ? new Set(tokens) : null;
    if (match(i, false)) {
      if (beforeNegated) for (const [token, negated] of Object.entries(NEGATED_READING)) if (tokens.has(token) && !beforeNegated.has(token)) { tokens.delete(token); tokens.add(negated); }
      if (before) for (const token of tokens) if (!before.has(token)) reduction!.add(token);
      if (beforeContextual) contextual.push({ word, read: readByWord(tokens, beforeContextual, matched) });
      if (STATE_MEMBERS.has(matched)) states.set(matched, (states.get(matched) ?? true) && isDestinationForm(word, words[i - 1]));
      continue;
    }
    if (NON_CONTENT_WORD_KEYS.has(word) || isKazakhPostposition(word, words[i - 1]) || (options.kazakh && isKazakhAuxiliary(word, words[i - 1]))) continue;
    const typo = typoEntries(lexicon, word)[0] ?? spellingVariantEntries(lexicon, word, options.kazakh)[0] ?? compoundHeadEntries(lexicon, word)[0];
    if (typo) {
      tokens.add(typo.token);
      continue;
    }
    if (word.length >= MIN_RESIDUAL_LENGTH && !/^\d+$/.test(word)) {
      const token = `~${word.slice(0, RESIDUAL_STEM)}`;
      if (before && !tokens.has(token)) reduction!.add(token);
      tokens.add(token);
      const head = QUALIFIED_HEAD_WORDS.find((h) => h.word.test(word))?.head;
      if (head) heads.push({ start: i, end: i, head });
      else residualAt.set(i, word);
    }
  }
  for (const token of qualifierTokens(heads, residualAt, compounds, options)) tokens.add(token);
  if (reduction) readReductionAsFall(tokens, reduction);
  readDestinations(tokens, states);
  readWaterForCropsAsIrrigation(tokens);
  readWaterLevel(tokens, words, options.language);
  readStationKind(tokens, words, readFrom, options.skipWords, options.language ?? (options.kazakh ? 'kk' : undefined));
  const readers = new Map<string, string[]>();
  for (const [at, { token }] of readFrom) readers.set(token, [...(readers.get(token) ?? []), words[at]!]);
  for (const { word, read } of contextual) readByContext(tokens, word, read, readers);
  const numbers = readScaleUnsaid(tokens, values, scaleUnsaid);
  return { tokens, numbers, corrected };
}

interface QualifiedHead {
  /** The words the head was read from (a phrase spans several). */
  start: number;
  end: number;
  /** The class's member the head stands for (contrast-classes.ts QUALIFIED_HEADS). */
  head: string;
}

/**
 * Words next to a head that say which one only in the speaker's eyes ("the local school", "жаңа
 * мектеп", "центральная больница", "біздің аурухана") or only where it is ("городская больница",
 * "қалалық аурухана": the place says that): deictic, evaluative and level modifiers, as match-key
 * prefixes. They are no member's name, so they qualify nothing.
 */
const NOT_QUALIFIER = /^(gorodsk|kalalyk|raionn|audandyk|oblastn|oblystyk|selsk|auyldyk|mestn|zhergilik|local|novo|nova|novy|novu|zhana|staro|stara|stary|eski|glavn|tsentraln|ortalyk|central|blizhaish|edinstv|bolsh|ulken|malen|kishkent|vsia|vse|vsem|barlyk|kazhd|nash|bizdin|etoi|etot|etom|etu|sosedn|korshi|nearby|nearest|main|only|whole|every|large|small|this|that|some|many|other|another|drug|kakoi|kakaia|kakuiu|kotor|neskolk|mnog|odno|odna|odin|birne|kaisy|barly|tagy|tagi)/;

/**
 * Where a qualifier stands and what form it takes, by language (match keys: a word's ending says
 * its part of speech well enough). Russian: an adjective before the head ("музыкальную школу",
 * "художественной") or a noun in the genitive after it ("храм Покрова", "отдел опеки", "служба
 * миграции") — never a verb ("школы платить", "народ возмущён", "закрыли"). Kazakh: the bare word
 * before the head of an izafet ("музыка мектебі", "спорт мектебі", "талыш халқы"), not a word in a
 * case (located, from, of, whom) nor a verb of the clause before it ("шығыпты, мал базарын",
 * "жабылатын мектеп"). English: the word before ("music school", "sports school", "the Talysh people"), not a verb ("closed", "closing", "closes").
 */
const QUALIFIER_GRAMMAR: Readonly<Record<string, { before: RegExp | null; after: RegExp | null }>> = {
  ru: { before: /(aia|uiu|oi|yi|ii|oe|ye|ie|yh|ih|ogo|ego|omu|emu|ym|im|ymi|imi|skie|skih|skoi|skogo|lyk|lik|dyk|dik|tyk|tik)$/, after: /^(?!.*(?:[lt]a|[lt]i|[lt]o|t|sia|s|iut|ut|et|it|at|ia|ny|ta)$).*(?:a|ia|y|i|ov|ev|ei)$/ },
  kk: { before: /^(?!.*(?:da|de|ta|te|dan|den|tan|ten|nan|nen|nyn|nin|dyn|din|tyn|tin|ny|ni|dy|di|ty|ti|yp|ip|p|gan|gen|kan|ken|atyn|etin|ytyn|itin|lar|ler|dar|der|tar|ter|ady|edi|mak|mek)$).+$/, after: null },
  en: { before: /^(?!.*(?:ed|ing|es)$).+$/, after: null },
};

/**
 * Heads that take their qualifier after them, in the genitive or as a name: "отдел опеки", "служба
 * миграции", "храм Покрова", "народ X", "вирус X", "приложение X", "банк X". A school, a hospital or
 * a market takes an adjective before it; the noun after one is the subject ("больница — клопы").
 */
const GENITIVE_HEADS: ReadonlySet<string> = new Set(['institution:office', 'institution:bank', 'worship:church', 'worship:place-of-worship', 'ethnic:people', 'disease:illness', 'platform:app']);

/**
 * The member a class head's unread qualifier names ("музыкальная / спортивная школа", "X мектебі",
 * "храм X", "народ X", "X халқы", "вирус X", "the X app", "X офисі"): the word right before the
 * head (an adjective or a modifying noun in every language, the Kazakh izafet "X мектебі") or,
 * outside Kazakh, right after it (a Russian genitive or name: "служба миграции", "банк Altyn").
 * Written as ^<lang>~<skeleton>~<head>: the qualifier's consonant skeleton (consonantSkeleton), so
 * a loanword told in kk, ru and en ("музыка мектебі", "музыкальная школа", "music school") is one.
 */
function qualifierTokens(heads: readonly QualifiedHead[], residualAt: ReadonlyMap<number, string>, compounds: readonly { head: string; word: string }[], options: { kazakh?: boolean; language?: string }): string[] {
  const out: string[] = [];
  const language = options.language ?? (options.kazakh ? 'kk' : 'ru');
  const qualify = (word: string, head: string) => {
    const skeleton = consonantSkeleton(word).slice(0, SKELETON_ROOT);
    if (skeleton.length >= 2) out.push(`${QUALIFIER_PREFIX}${language}~${skeleton}~${head}`);
  };
  for (const { head, word } of compounds) qualify(word, head);
  const grammar = QUALIFIER_GRAMMAR[language] ?? QUALIFIER_GRAMMAR.ru!;
  for (const { start, end, head } of heads) {
    for (const [at, form] of [[start - 1, grammar.before], [end + 1, GENITIVE_HEADS.has(head) ? grammar.after : null]] as const) {
      const word = residualAt.get(at);
      if (word && form && form.test(word) && !NOT_QUALIFIER.test(word) && !PLACE_WORD.test(word)) qualify(word, head);
    }
  }
  return out;
}

/**
 * A compound the lexicon lists whole whose end is the head itself ("спортшкола", "горбольница",
 * "облбольница": the school, the hospital): its first part is the qualifier, as "спортивная" is in
 * "спортивная школа". Null when the word is the head alone ("школа", "мектебі").
 */
function compoundQualifier(lexicon: CompiledLexicon, word: string, token: string): string | null {
  for (let k = MIN_STEM_LENGTH; k <= word.length - MIN_STEM_LENGTH; k++) {
    if (entriesFor(lexicon, word.slice(k)).some((e) => e.token === token && e.rest.length === 0)) return word.slice(0, k);
  }
  return null;
}

/**
 * The consonants a loanword keeps across Kazakh (both scripts), Russian and English, from a match
 * key: синагога / sinagoga / synagogue, музыка / музыкальная / music, спорт / sportivnaia all come
 * down to one skeleton. Vowels, h and y are dropped (they vary with the script and the ending);
 * consonants a script writes one way or another are one (қ/к/г/c, ж/j/zh, т/д, п/б, з/с, в/w/ф).
 */
export function consonantSkeleton(key: string): string {
  return key
    .replace(/dzh|zh|j/g, 'j')
    .replace(/[qgcx]/g, 'k')
    .replace(/d/g, 't')
    .replace(/b/g, 'p')
    .replace(/z/g, 's')
    .replace(/[wf]/g, 'v')
    .replace(/[aeiouyh]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Consonants of a qualifier compared: its root, not its ending (музыка / музыкальная). */
const SKELETON_ROOT = 3;

export const QUALIFIER_PREFIX = '^';

export function isQualifierToken(token: string): boolean {
  return token.startsWith(QUALIFIER_PREFIX);
}

/** One skeleton starts as the other does (the shorter one whole, two consonants at least). */
function cognate(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return n >= 2 && a.slice(0, n) === b.slice(0, n);
}

/**
 * Both name the same class head with a qualifier, and no qualifier of one is a cognate of any of the
 * other's, where both say it in one language: a music school and a sports school, the Dungan and the
 * Uyghur people, the X and the Y app — two members of the class, as two the lexicon knows would be.
 * A text with the head alone is broader and agrees with either; qualifiers in two languages that are
 * no cognates ("сурет мектебі" / "art school") are most often a translation, which neither confirms
 * nor contrasts. Returns the head's class.
 */
export function qualifiersDiffer(a: Iterable<string>, b: Iterable<string>): string | null {
  const qa = qualifiersByHead(a);
  if (qa.size === 0) return null;
  const qb = qualifiersByHead(b);
  for (const [head, listA] of qa) {
    const listB = qb.get(head);
    if (!listB) continue;
    if (listA.some((x) => listB.some((y) => cognate(x.skeleton, y.skeleton)))) continue;
    if (listA.some((x) => listB.some((y) => x.language === y.language))) return memberClass(head);
  }
  return null;
}

function qualifiersByHead(tokens: Iterable<string>): Map<string, { language: string; skeleton: string }[]> {
  const byHead = new Map<string, { language: string; skeleton: string }[]>();
  for (const token of tokens) {
    if (!isQualifierToken(token)) continue;
    const [language, skeleton, head] = token.slice(QUALIFIER_PREFIX.length).split('~') as [string, string, string];
    if (!byHead.has(head)) byHead.set(head, []);
    byHead.get(head)!.push({ language, skeleton });
  }
  return byHead;
}

/**
 * A payment told as a numeral noun is in thousands of tenge: "двадцатку штрафа впаяют" is a 20,000 fine (a fine,
 * a pension, a salary, a benefit — the sums Kazakhstan's notes are), while "хлеб на двадцатку подорожает" is 20
 * tenge (numbers.ts SCALE_UNSAID). Returns the numbers as read.
 */
const PAYMENT_TOKEN = /^(payment:|salary$)/;
function readScaleUnsaid(tokens: Set<string>, values: number[], scaleUnsaid: number[]): number[] {
  if (scaleUnsaid.length === 0 || ![...tokens].some((t) => PAYMENT_TOKEN.test(t))) return values;
  const read = values.map((value) => (scaleUnsaid.includes(value) ? value * 1_000 : value));
  for (const value of scaleUnsaid) tokens.delete(`#${value}`);
  for (const value of read) tokens.add(`#${value}`);
  return read;
}

/**
 * Kazakh "X-ға байланысты" is "because of X", not the connection ("байланыс", connectivity) with an
 * ending — the typo reader took it for "байланысы" ("Боранға байланысты тасжол жабылды": a blizzard).
 */
const KAZAKH_POSTPOSITIONS: ReadonlySet<string> = new Set(['bailanysty']);
function isKazakhPostposition(word: string, previous: string | undefined): boolean {
  return KAZAKH_POSTPOSITIONS.has(word) && previous !== undefined && /(?:g|k|n)[ae]$/.test(previous);
}

/**
 * A Kazakh verb after a converb (-ып/-іп/-п) is an auxiliary: it gives the verb before it an aspect
 * (away, for oneself, for others, completely, still going on), not its own sense. "ұрлап кетіп жатыр"
 * is stealing away, "алып кетіпті" taking away, not leaving; "тонап алыпты" robbing, not taking.
 * Match keys; a converb has four letters at least ("көп", many, is none).
 */
const KAZAKH_CONVERB = /^[a-z]{2,}[aeiouy]p$/;
const KAZAKH_AUXILIARY = /^(?:ket|al[dy]|ala[dr]|ber[de]|berip|koi|zhiber|jiber|kal[dgy]|kala[dr]|otyr|tur[dgy]|tura[dr]|zhatyr|jatyr|zhur|jur)/;
function isKazakhAuxiliary(word: string, previous: string | undefined): boolean {
  return previous !== undefined && KAZAKH_CONVERB.test(previous) && KAZAKH_AUXILIARY.test(word);
}

/**
 * Russian governs the genitive after a quantity or "нет" ("нет мест", "мало мест", "5 мест"), and a
 * noun in -ь makes its genitive in -и ("нет мести"): there, a word keyed as such a noun less its soft
 * sign is another noun's genitive plural ("мест" of "место", not "месть").
 */
const GENITIVE_GOVERNOR = /^(?:net|malo|mnogo|skolko|neskolko|bolshe|menshe|khvataet|hvataet|\d+)$/;

/**
 * Russian "суда" is the genitive of "суд" (a court: "решение суда", "без суда") and the plural of "судно" (a vessel:
 * "суда не выходят в море"); "судов", "судам", "судами", "судах" are the plural of both. The lexicon lists them under
 * both; which one is meant is said by the text: vessels where it names the water they sail (a sea, a river, a lake, a
 * port, fishermen) or, for "суда", a plural adjective before it ("рыболовецкие суда", "грузовые суда" — a noun in -ние
 * before it is the court's: "решение суда"). In Kazakh "суда" is "су" (water) in the locative: "in the water".
 */
const COURT_OR_VESSEL: ReadonlySet<string> = new Set(['suda', 'sudov', 'sudam', 'sudami', 'sudah']);
const VESSEL_WATER_WORD = /^(more|moria|moriu|morem|morsk\w*|kaspy|kaspia|kaspiu|kaspiem|reka|reki|reku|reke|rekoi|rechn\w*|ozer\w*|port|porta|portu|porty|portov|portakh|portah|prichal\w*|rybak\w*|rybolov\w*|sudohod\w*|sudokhod\w*|navigats\w*|parom\w*|lodk\w*|flot\w*|kapitan\w*|ekipazh\w*|sea|seas|river\w*|lake\w*|harbou?r\w*|teniz\w*|ozen\w*)$/;
const PLURAL_ADJECTIVE = /^.{2,}(?:ye|kie|gie|hie|shie|zhie|chie)$/;

function courtOrVesselReading(token: string, words: readonly string[], i: number, kazakh: boolean | undefined): boolean {
  const courtOrVessel = token === 'institution:court' || token === 'transport:vessel';
  if (kazakh && words[i] === 'suda') return !courtOrVessel;
  if (!courtOrVessel) return false;
  const vessels = words.some((w) => VESSEL_WATER_WORD.test(w)) || (words[i] === 'suda' && PLURAL_ADJECTIVE.test(words[i - 1] ?? ''));
  return token === 'transport:vessel' ? vessels : !vessels;
}

/**
 * Russian "станция", Kazakh "станция" and English "station" alone are the railway's (the lexicon reads them so: "на
 * станции Шетпе", "Esil station"), but a station whose kind is named is another one: a boat station ("лодочная
 * станция"), a pumping, filling or weather station, a fire or ambulance station ("fire station", "станция скорой
 * помощи"), a metro station. Its kind is a word the lexicon reads as something else next to it — before it in every
 * language ("fire station", "сорғы станциясы"), after it in the Russian genitive ("станция метро") — or, in Russian,
 * an adjective before it that is not the railway's ("лодочной станции", not "железнодорожной", "ближайшей").
 */
const STATION_WORD = /^(stants|station)/;
const RAILWAY_QUALIFIER = /^(zhelez|zh?d$|uzlov|tovarn|passazh|sortirov|konechn|temir)/;
const RAILWAY_TOKEN = /^(institution:railway-station|transport:train|brand:ktz)$/;

function readStationKind(tokens: Set<string>, words: readonly string[], readFrom: ReadonlyMap<number, { token: string; end: number }>, places: ReadonlySet<number> | undefined, language: string | undefined): void {
  const station = 'institution:railway-station';
  if (!tokens.has(station)) return;
  const readAt = (at: number) => [...readFrom].find(([start, { end }]) => start <= at && at <= end)?.[1].token;
  const grammar = QUALIFIER_GRAMMAR[language ?? 'ru'] ?? QUALIFIER_GRAMMAR.ru!;
  // A word before it in the form of a modifier (an adjective, a noun; not a verb), read as another thing or, in
  // Russian, an adjective the lexicon does not know; a Russian genitive after it read as a member ("метро") or an
  // adjective in the genitive ("скорой помощи").
  const kindBefore = (at: number) => {
    const word = words[at];
    if (word === undefined || places?.has(at) || !grammar.before?.test(word) || NOT_QUALIFIER.test(word) || RAILWAY_QUALIFIER.test(word)) return false;
    const token = readAt(at);
    return token === undefined ? language === 'ru' && word.length >= MIN_RESIDUAL_LENGTH : !RAILWAY_TOKEN.test(token);
  };
  const kindAfter = (at: number) => {
    const word = words[at];
    if (language !== 'ru' || word === undefined || places?.has(at)) return false;
    const token = readAt(at);
    return (token !== undefined && token.includes(':') && !RAILWAY_TOKEN.test(token)) || /^.{3,}(?:oi|ei|ogo|ego)$/.test(word);
  };
  let kept = false;
  let dropped = false;
  for (const [at, { token, end }] of readFrom) {
    if (token !== station) continue;
    if (end === at && STATION_WORD.test(words[at]!) && (kindBefore(at - 1) || kindAfter(at + 1))) dropped = true;
    else kept = true;
  }
  if (dropped && !kept) tokens.delete(station);
}

/**
 * Kazakh "сурет" is any picture: footage going round ("суреті чатта жүр") is evidence, but a face
 * photo taken to confirm who one is ("бет суретімен растау", "суретке түсу") and a drawing ("сурет
 * салу") are not.
 */
function isKazakhPictureNotFootage(word: string, previous: string | undefined, next: string | undefined): boolean {
  if (!word.startsWith('suret')) return false;
  return previous === 'bet' || /^(?:sal|tus)/.test(next ?? '');
}

/**
 * A state's name in the form of where one goes: Kazakh dative ("Өзбекстанға", "Ресейге"), after
 * English "to"/"into", Russian accusative in -ию ("в Россию"), or the bare name ("выдворят в
 * Узбекистан": Russian "в" is a filler word, gone from the normalised text). Not "из Узбекистана",
 * "Өзбекстаннан", "граждане Таджикистана", "from Uzbekistan": who they are.
 */
function isDestinationForm(word: string, previous: string | undefined): boolean {
  return previous === 'to' || previous === 'into' || /(?:stan|(?:g|k)[ae]|iu)$/.test(word);
}

/**
 * A state named only as where people are sent (deported, expelled) is no people of the claim:
 * "каракалпаков выдворят в Узбекистан" is about Karakalpaks, and whoever is sent may be anyone
 * (fresh6's Karakalpaks met "Uzbeks deported"). Where flights go, the state is the claim's object
 * and stays; so does a state people come from.
 */
function readDestinations(tokens: Set<string>, states: ReadonlyMap<string, boolean>): void {
  if (!tokens.has('deport')) return;
  for (const [state, onlyDestination] of states) if (onlyDestination) tokens.delete(state);
}

/** What a word added to the tokens; what it read when another word had already said it ("тонап, ұрлап": both theft). */
function readByWord(tokens: ReadonlySet<string>, before: ReadonlySet<string>, matched: string): Set<string> {
  const added = new Set([...tokens].filter((t) => !before.has(t)));
  return added.size ? added : new Set([matched]);
}

/**
 * Events whose negation is the opposite event, not a denial: "не разрешат", "no longer allowed" is
 * a ban (a claim in itself), while "не закроют" denies a closure and stays about it. Read when one
 * of the two words before is a negation (Russian, English); Kazakh negates in the verb, so its
 * negative forms are seeded with the opposite concept ("рұқсат бермейді" under block).
 */
const NEGATED_READING: Readonly<Record<string, string>> = { allow: 'block' };
const NEGATED_READING_WORDS: ReadonlySet<string> = new Set(['ne', 'not', 'no', 'never', 'nelzia']);

/**
 * Verbs whose sense depends on what they are said of: people are detained ("задержали активиста"),
 * a salary or a flight is delayed ("зарплату задерживают", "жалақыны ұстап қалды", "рейс задержали");
 * goods are exported ("вывоз зерна"), garbage is collected ("мусор не вывозят", "қоқыс әкетілмейді") —
 * which "garbage" already says. `word` is a match-key prefix, `reads` what the lexicon reads it as,
 * `context` a token the text also names, `unless` one that keeps the first reading, `as` what it is
 * then (null: nothing more than the context).
 */
const READ_BY_CONTEXT: readonly { word: RegExp; reads: readonly string[]; context?: RegExp; unless?: RegExp; /** The reading stands only where the text names one of these (else it is `as`). */ needs?: RegExp; as: string | null }[] = [
  { word: /^(zaderzh|usta[pl]|aket)/, reads: ['arrest'], context: /^(payment:|transport:|salary$)/, as: 'delay' },
  { word: /^(vyv[oe]z|aket)/, reads: ['export', 'arrest'], context: /^utility:garbage$/, as: null },
  // Kazakh "ұрлап" is stealing; of a child or a girl, kidnapping — unless a thing stolen is named
  // ("адамдардың ақшасын ұрлап": people's money).
  { word: /^urla/, reads: ['theft'], context: /^(group:children|girl|people)$/, unless: /^(money|phone|livestock|goods:|brand:|payment:|platform:)/, as: 'kidnap' },
  // Kazakh "түседі" is a price falling, and a pension or a salary arriving in the account.
  { word: /^tused/, reads: ['direction:price-fall'], context: /^payment:/, unless: /^(price|tariff)$/, as: 'payment-transfer' },
  // People and companies leave ("кетіп жатыр", "уходит"); a river going away is falling, and water
  // that goes is no one leaving ("Жайық суы кетіп жатыр", "река уходит", "вода уходит").
  { word: /^(ket|uhod|uid)/, reads: ['leave'], context: /^river$/, as: 'direction:price-fall' },
  { word: /^(ket|uhod|uid)/, reads: ['leave'], context: /^utility:water$/, as: null },
  // Kazakh "алып кету", "әкету" is carrying off: an ice floe takes a bridge away, an ambulance a child, parents their
  // children home, thieves a donation box. It is an arrest only when the police (or another body that detains) are
  // the ones taking, or those taken are being deported — as Russian "забрали", "увезли" are one only "в полицию".
  { word: /^(alyp|aket)/, reads: ['arrest'], needs: /^(police|deport|institution:(police-station|prison|national-security|anti-corruption|prosecutor|court|migration-service))$/, as: null },
];

function readByContext(tokens: Set<string>, word: string, read: ReadonlySet<string>, readers: ReadonlyMap<string, readonly string[]>): void {
  for (const rule of READ_BY_CONTEXT) {
    if (!rule.word.test(word)) continue;
    let misread = rule.reads.filter((t) => read.has(t));
    if (rule.needs) {
      // The reading stands where the text names what it needs, or where another word said it too ("ұстап әкетті").
      if ([...tokens].some((t) => !read.has(t) && rule.needs!.test(t))) continue;
      misread = misread.filter((t) => (readers.get(t) ?? []).every((w) => rule.word.test(w)));
      if (misread.length === 0) continue;
    } else if (misread.length === 0 || !rule.context || ![...tokens].some((t) => !read.has(t) && rule.context!.test(t))) continue;
    if (rule.unless && [...tokens].some((t) => !read.has(t) && rule.unless!.test(t))) continue;
    for (const token of misread) tokens.delete(token);
    if (rule.as) tokens.add(rule.as);
    return;
  }
}

/**
 * Words for "cut" / "reduce" (сократить, қысқарту, урезать, cut, cutting — "kut", "kuting" as match keys, slash) read as layoffs or an outage
 * alone ("сокращения на заводе", "power cut"), but as the amount going down when the text names an
 * amount: "пенсии сократят", "зейнетақыны қысқартады" and "pensions will be cut" contrast with
 * "pensions will be raised" (direction), not with layoffs.
 */
const REDUCE_WORD = /^(kuts?$|kut+ing$|slash|sokrat|sokrash|kyskar|urez)/;
const AMOUNT_TOKEN = /^(payment:|currency:|price$|tariff$)/;

function readReductionAsFall(tokens: Set<string>, reducedBy: ReadonlySet<string>): void {
  const list = [...tokens];
  if (!list.some((t) => AMOUNT_TOKEN.test(t)) || list.some((t) => t.startsWith('direction:'))) return;
  for (const token of reducedBy) tokens.delete(token);
  tokens.add('direction:price-fall');
}

/**
 * Water said of fields, crops or farmers is irrigation water: "күріш егістігіне су жіберілмейді",
 * "фермерам перекроют воду на рис" are the irrigation claim, while "no water" alone is most often
 * drinking water (MEMBER_DEFAULT) — which had joined an irrigation cut and a drinking-water cut in
 * one district. A text naming drinking or hot water says which it is itself.
 */
const CROPS_TOKEN = /^(crops|farmers|goods:rice|goods:cotton)$/;
function readWaterForCropsAsIrrigation(tokens: Set<string>): void {
  if (!tokens.has('utility:water') || tokens.has('utility:irrigation')) return;
  if ([...tokens].some((t) => t === 'utility:drinking-water' || t === 'utility:cold-water' || t === 'utility:hot-water')) return;
  if ([...tokens].some((t) => CROPS_TOKEN.test(t))) tokens.add('utility:irrigation');
}

/**
 * A lake, a sea or a reservoir rises and falls as a river does (bench/RESULTS.md 2n read rivers): its water fills,
 * overflows, comes in ("Балқаш көлі толды", "Балхаш прибыл на метр", "Balkhash up a metre") or shrinks, recedes,
 * goes ("көлдің суы тартылып кетіпті", "Балхаш на метр ушёл", "the lake has lost a metre of water"). These verbs
 * mean other things elsewhere — "тартылды" is also held to account, "прибыл" arrived, "ушёл" left, "lost" lost — so
 * they are read as the level's direction only where the text names a body of water or its level, or measures the
 * change in metres or centimetres, and says no direction otherwise. Match keys.
 */
const WATER_BODY_WORD = /^(koli|kolin\w*|kolde|kolge|kolden|koldi|koldin|lake\w*|ozer\w*|moria|morem|moriu|sea|seas|teniz\w*|vodohran\w*|vodokhran\w*|reservoir\w*|koima\w*|dengei\w*|uroven|urovn\w*|level\w*|bereg\w*|zhagala\w*|shore\w*)$/;
const WATER_BODY_TOKEN = /^(river|dam|hazard:flood)$/;
const WATER_WORD = /^(su|suy|suyn|sudyn|voda|vody|vodu|vodoi|vater)$/;
const LENGTH_UNIT_WORD = /^(polmetr\w*|metr|metra|metrov|metrge|metrden|metrdei|metrga|metrdi|metre|metres|meter|meters|santim\w*|centimet\w*|cm|sm)$/;
const LEVEL_FALL_WORD = /^(tartyl\w*|taiaz\w*|ushel|ushol|ushla|ushlo|ushli|ubyl\w*|otstupil\w*|sank|sunk|ebb\w*)$/;
/** Said of water alone, "lost" is a cut-off ("we lost water for two days"): a lake or a length must be named. */
const LEVEL_LOST_WORD = /^(lost|loses|losing)$/;
const LEVEL_RISE_WORD = /^(toldy|tolyp\w*|tolgan|pribyl|pribyla|pribylo|pribyli|svell\w*|svoll?en)$/;

function readWaterLevel(tokens: Set<string>, words: readonly string[], language: string | undefined): void {
  if (tokens.has('direction:price-rise') || tokens.has('direction:price-fall')) return;
  const body = [...tokens].some((t) => WATER_BODY_TOKEN.test(t)) || words.some((w) => WATER_BODY_WORD.test(w) || (language === 'ru' && w === 'more'));
  words.forEach((word, i) => {
    // Without a body of water named, the verb must measure the length itself ("на метр ушёл", "up a metre"; the
    // article is no word here), not stand near one ("провал метра три, машина ушла в него").
    const near = words.slice(Math.max(0, i - 2), i + 3);
    const byLength = near.some((w) => LENGTH_UNIT_WORD.test(w));
    // Water alone, as the verb's subject: "суы толды", "вода ушла" (not a ward "толып қалған" where "суын" was drunk).
    const water = body || near.some((w) => WATER_WORD.test(w));
    if (!water && !byLength) return;
    // Match keys: "down" is "dovn".
    const upDown = byLength && (word === 'up' || word === 'dovn');
    if (LEVEL_FALL_WORD.test(word) || (LEVEL_LOST_WORD.test(word) && (body || byLength)) || (upDown && word === 'dovn')) tokens.add('direction:price-fall');
    if (LEVEL_RISE_WORD.test(word) || (upDown && word === 'up')) tokens.add('direction:price-rise');
  });
}

/** Opens a sentence (or a quotation, a list item): the next word's capital says nothing. */
const SENTENCE_BREAK = /[.!?…:;\n\r«"“„(\[•*#>|—–-]\s*$/u;

/**
 * Words that say the next or previous one is the name of a place ("в селе Кайнар", "Qainar
 * auylynda", "the village of Kainar", "улица Абая"), as match-key prefixes.
 */
const PLACE_WORD = /^(auyl|aul|selo|sele|sela|selu|selsk|posel|posiol|poselk|village|kent|mkr|mikroraion|microdistrict|kvartal|koshe|ulits|ulitsa|street|avenue|prospekt|dangyl|zhk|zhilkompleks)/;

/** Match keys of single words, remembered: every text's every word is keyed here, and words repeat. */
const wordKeys = new Map<string, string>();
const WORD_KEY_CACHE_SIZE = 50_000;
function wordMatchKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    if (wordKeys.size >= WORD_KEY_CACHE_SIZE) wordKeys.delete(wordKeys.keys().next().value!);
    key = toMatchKey(word).split(' ')[0] ?? '';
    wordKeys.set(word, key);
  }
  return key;
}

/**
 * Names the lexicon does not know: words of the original text written with a capital inside a
 * sentence ("в селе Кызылжар", "Esik qalasynda … Shanyraq"), not in capitals throughout (СРОЧНО),
 * or next to a word saying it is a place ("Qainar auylynda", "село Кайнар"), whose match key is one
 * of the residual words already read (so nothing the lexicon or the settlements table knows).
 * Returned as name tokens ("~!kyzylz").
 */
export function unknownNames(originalText: string, tokens: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  const words = [...originalText.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)].map((match, i, all) => {
    const previous = all[i - 1];
    const previousEnd = previous ? previous.index + previous[0].length : 0;
    const before = originalText.slice(previousEnd, match.index);
    return { word: match[0], key: wordMatchKey(match[0]), opensSentence: !previous || SENTENCE_BREAK.test(before) };
  });
  for (const [i, { word, key, opensSentence }] of words.entries()) {
    if (key.length < MIN_RESIDUAL_LENGTH || PLACE_WORD.test(key)) continue;
    const first = word[0]!;
    const capitalised = !opensSentence && first !== first.toLowerCase() && word !== word.toUpperCase();
    const nextToPlaceWord = [words[i - 1], words[i + 1]].some((w) => w !== undefined && PLACE_WORD.test(w.key));
    if (!capitalised && !nextToPlaceWord) continue;
    if (tokens.has(`~${key.slice(0, RESIDUAL_STEM)}`)) names.add(`${NAME_PREFIX}${key.slice(0, RESIDUAL_STEM)}`);
  }
  return [...names];
}

export const NAME_PREFIX = '~!';
/** Two spellings of one name share this many first letters (Есік / Esik / Есике; Кызылжар / Qyzyljar). */
export const NAME_MATCH_LENGTH = 4;

export function isNameToken(token: string): boolean {
  return token.startsWith(NAME_PREFIX);
}

/**
 * Each text names something the other does not mention at all (the same claim about the village of
 * Kyzylzhar and about Akzhar): two claims, whatever else they share. A name is "mentioned" when
 * any word of the other text starts like it, so endings, scripts and noise in one text (a chat's
 * name in a forwarded message) do not split a claim unless the other also names something foreign.
 */
export function namesDiffer(a: Iterable<string>, b: Iterable<string>): boolean {
  const names = (tokens: Iterable<string>) => [...tokens].filter(isNameToken).map((t) => t.slice(NAME_PREFIX.length));
  const words = (tokens: Iterable<string>) => new Set([...tokens].filter((t) => t.startsWith('~')).map((t) => t.replace(NAME_PREFIX, '~').slice(1, 1 + NAME_MATCH_LENGTH)));
  const namesA = names(a);
  const namesB = names(b);
  if (!namesA.length || !namesB.length) return false;
  const wordsA = words(a);
  const wordsB = words(b);
  return namesA.some((n) => !wordsB.has(n.slice(0, NAME_MATCH_LENGTH))) && namesB.some((n) => !wordsA.has(n.slice(0, NAME_MATCH_LENGTH)));
}

// ------------------------------------------------------------------ comparing two claims

/**
 * Classes compared as one: "no water" and "no bread" are different claims as much as water and
 * power; a burned mosque and a burned school as much as a mosque and a church; Kaspi and WhatsApp
 * "down" as much as WhatsApp and Telegram; schools closed for the frost as much as for measles or flu.
 */
const CLASS_GROUP: Record<string, string> = { goods: 'utility', brand: 'platform', institution: 'worship', hazard: 'disease' };

export function classOf(token: string): string | null {
  if (token.startsWith('@')) return 'settlement';
  if (isQualifierToken(token)) return null;
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

/** The member and every broader one it belongs to ("faith:lutheran" → protestant → christian). */
export function withAncestors(member: string): string[] {
  const chain = [member];
  for (let parent = MEMBER_PARENT[member]; parent && !chain.includes(parent); parent = MEMBER_PARENT[parent]) chain.push(parent);
  return chain;
}

/**
 * Members of each contrast class a token set names ("settlement" includes lexicon places such as
 * "nationwide"), with what a member implies in another class (a synagogue is Jewish), reduced to
 * the most specific ones: "a Catholic church" is Catholic, not merely Christian. A river in flood is
 * also its water rising (MEMBER_DIRECTION).
 */
export function contrastMembers(tokens: Iterable<string>): Map<string, Set<string>> {
  const named = new Set<string>();
  for (const token of tokens) {
    if (token.startsWith('~') || token.startsWith('#')) continue;
    if (classOf(token) === null) continue;
    named.add(token);
    const implied = MEMBER_IMPLIES[token];
    if (implied) named.add(implied);
    const direction = MEMBER_DIRECTION[token];
    if (direction) named.add(direction);
  }
  const broader = new Set<string>();
  for (const member of named) for (const ancestor of withAncestors(member).slice(1)) broader.add(ancestor);
  const members = new Map<string, Set<string>>();
  for (const member of named) {
    if (broader.has(member)) continue;
    const cls = classOf(member)!;
    if (!members.has(cls)) members.set(cls, new Set());
    members.get(cls)!.add(member);
  }
  return members;
}

/** One member is the other or falls under it (Lutheran under Protestant, a kirk under church). */
function compatibleMembers(a: string, b: string): boolean {
  return a === b || withAncestors(a).includes(b) || withAncestors(b).includes(a);
}

/**
 * Why two claims cannot be the same, or null: each names a member of one contrast class that the
 * other does not (a mosque / a church; Uzbeks / Uyghurs; WhatsApp / Telegram; Almaty / Konaev;
 * Kaspi / WhatsApp) — "a mosque and a church burned" is not "a church burned" either way round,
 * but it holds "the church burned" — or both state numbers and none of them agree within
 * rounding (70 / 14 dead). Returns the class of the member that differs.
 */
export function contrastBetween(a: Iterable<string>, b: Iterable<string>, options: { names?: boolean; /** Each side states a number the other lacks (not only: no number agrees). */ eachNumber?: boolean } = {}): string | null {
  if (options.names && namesDiffer(a, b)) return 'name';
  const ma = contrastMembers(a);
  const mb = contrastMembers(b);
  for (const [group, membersA] of ma) {
    const membersB = mb.get(group);
    if (!membersB || membersB.size === 0) continue;
    const onlyA = [...membersA].find((x) => ![...membersB].some((y) => compatibleMembers(x, y)));
    const onlyB = [...membersB].find((y) => ![...membersA].some((x) => compatibleMembers(x, y)));
    if (onlyA && onlyB) return memberClass(onlyA);
  }
  const qualifiers = qualifiersDiffer(a, b);
  if (qualifiers) return qualifiers;
  if (oppositeDirections(a, b)) return 'direction';
  const na = numbersOf(a);
  const nb = numbersOf(b);
  if (na.length && nb.length && !na.some((x) => nb.some((y) => sameNumber(x, y)))) return 'number';
  // Stricter (clustering): each states a number the other does not — "from 1 March, 250 tenge" and
  // "from 1 March, 500 tenge" agree on the date, not the claim.
  if (options.eachNumber && na.some((x) => !nb.some((y) => sameNumber(x, y))) && nb.some((y) => !na.some((x) => sameNumber(x, y)))) return 'number';
  return null;
}

/** One text names only one side's events of OPPOSITE_DIRECTIONS and the other only the other side's. */
function oppositeDirections(a: Iterable<string>, b: Iterable<string>): boolean {
  const sa = a instanceof Set ? (a as ReadonlySet<string>) : new Set(a);
  const sb = b instanceof Set ? (b as ReadonlySet<string>) : new Set(b);
  const side = (tokens: ReadonlySet<string>, events: readonly string[]) => events.some((e) => tokens.has(e));
  for (const [go, halt] of OPPOSITE_DIRECTIONS) {
    const aGo = side(sa, go);
    const aHalt = side(sa, halt);
    if (aGo === aHalt) continue;
    const bGo = side(sb, go);
    const bHalt = side(sb, halt);
    if (bGo !== bHalt && bGo === aHalt) return true;
  }
  return false;
}

/**
 * Classes that say what a claim is about (its object): where, which shrine, community, platform,
 * institution, utility, disease, holiday or means of transport. Weekdays, months, directions,
 * currencies and payments tell claims apart too, but a text leaving them out is still the claim.
 */
const OBJECT_CLASSES: ReadonlySet<string> = new Set(['worship', 'faith', 'ethnic', 'platform', 'brand', 'utility', 'goods', 'disease', 'hazard', 'transport', 'holiday', 'settlement']);

/**
 * Members of object classes that say where, not what: "nationwide" is what a text says by saying no
 * place; a road is where a bus overturned or lorries queue ("Астана–Караганда закрыта, фуры стоят"
 * is the highway closed without naming it). They still contrast (a highway is no railway).
 */
const WHERE_MEMBERS: ReadonlySet<string> = new Set(['settlement:nationwide', 'transport:highway']);

/** Object members of a token set by their own class (an institution is where, not what; see WHERE_MEMBERS). */
function objectClasses(tokens: Iterable<string>): Set<string> {
  const classes = new Set<string>();
  for (const members of contrastMembers(tokens).values()) {
    for (const member of members) {
      const cls = memberClass(member);
      if (OBJECT_CLASSES.has(cls) && !WHERE_MEMBERS.has(member)) classes.add(cls);
    }
  }
  return classes;
}

/** First letters by which words the lexicon does not know meet across endings and scripts. */
const WORD_MATCH_LENGTH = 4;

/** Every word of a normalised text by its first letters (what "the other side uses"). */
export function textWordKeys(normalizedText: string, into = new Set<string>()): Set<string> {
  for (const word of normalizedText.split(' ')) if (word.length >= WORD_MATCH_LENGTH) into.add(word.slice(0, WORD_MATCH_LENGTH));
  return into;
}

/** The residual words of a token set by their first letters. */
export function residualWordKeys(tokens: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const token of tokens) if (token.startsWith('~') && !isNameToken(token)) keys.add(token.slice(1, 1 + WORD_MATCH_LENGTH));
  return keys;
}

/**
 * Why a match between a text and another text (or a rumour) is not confirmed on what the claim is
 * about, or null. The other names a member of an object class ("the Muslim cemetery", "Talgar",
 * "Kazpost") and the text names none of that class, yet it holds a word the lexicon does not know
 * that the other never uses ("ящура", "Есикте", "немыс", "цондар"): most often the text's own
 * member in a spelling or of a kind the lexicon lacks — a different claim (foot-and-mouth, not
 * anthrax; Esik, not Talgar). A text naming the member in no way at all, or only in words the other
 * also uses, is not vetoed. `otherWords` are the other side's words when it is more than its tokens
 * (every text of a rumour).
 */
export function unconfirmedObject(text: Iterable<string>, other: Iterable<string> | readonly Iterable<string>[], otherWords?: ReadonlySet<string>, options: { /** A broader member than the other's does not confirm it (clustering). */ broader?: boolean; /** Nor does its everyday sense (MEMBER_DEFAULT): whole rumours bridged by one report. */ strict?: boolean } = {}): string | null {
  const textTokens = [...text];
  // Several texts (a rumour's, a notice's titles): a class most of them name, so one text's stray
  // member (a misread word, a refuting fact) does not make it what the claim is about.
  const others = isTextList(other) ? other.map((t) => [...t]) : [[...other]];
  // A text the lexicon reads nothing of ("карнтин") is matched by its wording alone, which stands.
  if (!textTokens.some((t) => !t.startsWith('~'))) return null;
  const own = objectMembers(textTokens);
  // A class the text names only more broadly than the other ("a cathedral" against "the Catholic
  // cathedral", "a church" against "the Orthodox church") is not confirmed either: its qualifier may
  // be the unknown word ("the Ascension cathedral").
  const confirms = (cls: string, members: ReadonlySet<string>) => (options.broader ? [...(own.get(cls) ?? [])].some((x) => [...members].some((y) => withAncestors(x).includes(y) || (!options.strict && MEMBER_DEFAULT[x] === y))) : own.has(cls));
  const counts = new Map<string, number>();
  for (const tokens of others) for (const [cls, members] of objectMembers(tokens)) if (!confirms(cls, members)) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  const missing = [...counts].find(([, count]) => count * 2 >= others.length)?.[0];
  if (!missing) return null;
  const known = otherWords ?? residualWordKeys(others.flat());
  for (const key of residualWordKeys(textTokens)) if (!known.has(key)) return missing;
  return null;
}

/** Object members of a token set by their own class (see objectClasses). */
export function objectMembers(tokens: Iterable<string>): Map<string, Set<string>> {
  const byClass = new Map<string, Set<string>>();
  for (const members of contrastMembers(tokens).values()) {
    for (const member of members) {
      const cls = memberClass(member);
      if (!OBJECT_CLASSES.has(cls) || WHERE_MEMBERS.has(member)) continue;
      if (!byClass.has(cls)) byClass.set(cls, new Set());
      byClass.get(cls)!.add(member);
    }
  }
  return byClass;
}

/**
 * unconfirmedObject the other way round, for a notice: the query names what its claim is about
 * (anthrax), most of the notice's titles name nothing of that class, and the titles share a word
 * the lexicon does not know in every language (two at least) that the query never uses ("лептоспироз",
 * "leptospiroz", "leptospirosis"): a name or a term, not a title's verb ("не нашли") — the notice's
 * own member. A town is the exception: a question about one town may find a nationwide notice.
 */
export function unconfirmedByTitles(query: Iterable<string>, titles: readonly ReadonlySet<string>[], queryWords: ReadonlySet<string>): string | null {
  if (titles.length === 0) return null;
  const seen = new Map<string, number>();
  for (const title of titles) for (const key of residualWordKeys(title)) seen.set(key, (seen.get(key) ?? 0) + 1);
  // In every title: a name or a term is written in each language, while an ordinary word two
  // titles share ("центральной" / "central") is one Kazakh translates ("орталық").
  const foreign = [...seen].some(([key, count]) => count >= Math.max(2, titles.length) && !queryWords.has(key));
  if (!foreign) return null;
  for (const cls of objectClasses(query)) {
    if (cls === 'settlement') continue;
    if (titles.filter((title) => objectClasses(title).has(cls)).length * 2 < titles.length) return cls;
  }
  return null;
}

function isTextList(value: Iterable<string> | readonly Iterable<string>[]): value is readonly Iterable<string>[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] !== 'string';
}

function memberClass(token: string): string {
  if (token.startsWith('@')) return 'settlement';
  return token.slice(0, token.indexOf(':'));
}

export function tokenWeight(token: string, lexicon: Pick<CompiledLexicon, 'weights'>): number {
  if (token.startsWith('@')) return TOKEN_WEIGHT.place;
  if (token.startsWith('#')) return TOKEN_WEIGHT.number;
  if (isNameToken(token) || isQualifierToken(token)) return 0;
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

// ------------------------------------------------------------------ what happened

/**
 * Concepts that say what happened: those outside contrast classes (generic ones such as "city",
 * "day" aside), a direction (prices or pensions going up or down is what happened to them) and a
 * natural hazard (a flood, an earthquake, the frost).
 */
export function isEvent(token: string, lexicon: Pick<CompiledLexicon, 'weights'>, deedsOnly = false): boolean {
  if (token.startsWith('~')) return false;
  if (token.startsWith('direction:') || token.startsWith('hazard:')) return true;
  return classOf(token) === null && (deedsOnly ? tokenWeight(token, lexicon) > 1 : tokenWeight(token, lexicon) >= 1);
}

/**
 * Classes of what can be cut off, blocked or stopped: for them "cut off" is what a text is about. In a
 * query, goods too ("қант жоқ", "no sugar": a shortage); not in a notice's title, where "нан 200 теңге
 * болмайды", "еттен күйдіргі табылған жоқ" only deny.
 */
const CUT_OFF_CLASSES = new Set(['utility', 'platform', 'transport']);
const CUT_OFF_CLASSES_IN_QUERIES = new Set([...CUT_OFF_CLASSES, 'goods']);

/**
 * What a query or a notice's title says happened. A negation reads as "cut off" ("өртелген жоқ",
 * "No anthrax in the meat", "Christmas no longer a day off"), which is what happened only to what
 * can be cut off ("не останется без тепла": power, heating, a messenger, trains).
 */
export function whatHappened(tokens: ReadonlySet<string>, lexicon: Pick<CompiledLexicon, 'weights'>, options: { /** Events proper, not to whom (children, workers: plain concepts). */ deedsOnly?: boolean; query?: boolean } = {}): Set<string> {
  const events = new Set([...tokens].filter((t) => isEvent(t, lexicon, options.deedsOnly)));
  const cuttable = options.query ? CUT_OFF_CLASSES_IN_QUERIES : CUT_OFF_CLASSES;
  if (![...tokens].some((t) => cuttable.has(t.slice(0, Math.max(0, t.indexOf(':')))))) events.delete('cut-off');
  return new Set([...events].map((t) => EVENT_FAMILY[t] ?? t));
}

/**
 * Events people use for one another when telling one claim: a platform "closed", "blocked" or
 * "cut off", sugar "gone", "missing" or "short" ("қант жоқ" reads as cut off); a man "attacked",
 * "beaten up", "stabbed" or "hurt"; graves or a building "smashed", "demolished" or "destroyed"; a
 * school "mined" or "evacuated"; flour "costs 8,000" or
 * "went up to 8,000" (whether up or down is the direction contrast's to tell). Compared as one when
 * deciding whether two texts say different things happened.
 */
export const EVENT_FAMILY: Record<string, string> = {
  close: 'halt', block: 'halt', 'cut-off': 'halt', stop: 'halt', cancel: 'halt', 'service-down': 'halt', shortage: 'halt', missing: 'halt',
  attack: 'assault', beat: 'assault', injured: 'assault',
  // A brawl is retold as a fight, a mass clash or people beaten up: the same violence, told bigger or smaller.
  fight: 'assault', 'mass-clash': 'assault',
  collapse: 'destroy', demolish: 'destroy', desecrate: 'destroy',
  // A bomb threat is why a building is evacuated.
  explosion: 'bomb-threat', evacuate: 'bomb-threat',
  // A knife or a gun is how someone was attacked; a price named is what rose or fell.
  weapons: 'assault',
  price: 'price', 'direction:price-rise': 'price', 'direction:price-fall': 'price',
  // Told of one claim in other words: not let in is a ban; police rounding people up, detaining
  // and deporting them; a payment "given out" or "transferred"; money taken by a trick or stolen;
  // land "sold" to the developer who is "buying" it.
  'forbid-entry': 'halt',
  // Cards or accounts "frozen" are cards "blocked" ("заморозят" / "бұғаттайды"): one deed told two ways.
  freeze: 'halt',
  arrest: 'roundup', deport: 'roundup', check: 'roundup',
  'give-out': 'pay', 'payment-transfer': 'pay',
  theft: 'swindle', fraud: 'swindle',
  sell: 'trade', buy: 'trade',
};

export function eventFamilies(tokens: ReadonlySet<string>): Set<string> {
  return new Set([...tokens].map((t) => EVENT_FAMILY[t] ?? t));
}

/**
 * Both texts say what was done and none of it is the same deed, told for one another or not: a
 * bridge that "collapsed" is not one "closed for repair", schools "closed" are not schools
 * "attacked". Two claims, however alike their places and objects.
 */
export function deedsDiffer(a: ReadonlySet<string>, b: ReadonlySet<string>, lexicon: Pick<CompiledLexicon, 'weights'>): boolean {
  const deedsA = whatHappened(a, lexicon, { query: true, deedsOnly: true });
  if (deedsA.size === 0) return false;
  const deedsB = whatHappened(b, lexicon, { query: true, deedsOnly: true });
  return deedsB.size > 0 && ![...deedsA].some((t) => deedsB.has(t));
}


// ------------------------------------------------------------------ the core of a claim

/**
 * Both texts tell the core of one claim: the same place (a settlement both name), the same object
 * (a member of an object class or an institution both name, or one under the other) and the same
 * deed (an event of one family) — or no deed read in one of them. A paraphrase keeps these and varies everything around them — who
 * told it, why, hedges, forwarding noise, details — which is what dilutes a similarity of all the
 * words; the contrast guards (checked separately) tell claims that differ in one member apart.
 */
export function sameCore(a: ReadonlySet<string>, b: ReadonlySet<string>, lexicon: Pick<CompiledLexicon, 'weights'>, options: { placeless?: boolean } = {}): boolean {
  const placeOf = (t: string) => t.startsWith('@');
  if (![...a].some((t) => placeOf(t) && b.has(t)) && !(options.placeless && (![...a].some(placeOf) || ![...b].some(placeOf)))) return false;
  const coreA = coreOf(a, lexicon);
  const coreB = coreOf(b, lexicon);
  if (!coreA.members.some((x) => coreB.members.some((y) => compatibleMembers(x, y)))) return false;
  // A text telling no deed the lexicon knows ("шымкент тойхана таджики махались": the slang verb
  // unread) does not contradict the other's: the place and the object are the claim it retells.
  // Deeds that are read and differ still part them (a bridge "collapsed" / "closed for repair").
  if (coreA.deeds.size === 0 || coreB.deeds.size === 0) return true;
  return [...coreA.deeds].some((t) => coreB.deeds.has(t));
}

/** A claim's core objects and deeds, read once per token set (a report is compared with up to ~2,000 texts). */
const cores = new WeakMap<object, WeakMap<ReadonlySet<string>, { members: string[]; deeds: Set<string> }>>();
function coreOf(tokens: ReadonlySet<string>, lexicon: Pick<CompiledLexicon, 'weights'>): { members: string[]; deeds: Set<string> } {
  let byTokens = cores.get(lexicon);
  if (!byTokens) cores.set(lexicon, (byTokens = new WeakMap()));
  let core = byTokens.get(tokens);
  if (!core) byTokens.set(tokens, (core = { members: coreMembers(tokens), deeds: whatHappened(tokens, lexicon, { query: true, deedsOnly: true }) }));
  return core;
}

const CORE_CLASSES: ReadonlySet<string> = new Set([...OBJECT_CLASSES, 'institution']);

function coreMembers(tokens: ReadonlySet<string>): string[] {
  return [...contrastMembers(tokens).values()].flatMap((members) => [...members]).filter((m) => !m.startsWith('@') && CORE_CLASSES.has(memberClass(m)));
}

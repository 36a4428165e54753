// "Has this already been checked?": published notices whose claim resembles the text, in any
// language or script, shown in the reader's language. Two similarities, as in clustering: the
// wording (trigram similarity over match keys) and the claim (concepts of the claim lexicon,
// numbers and places; server/text/concepts.ts), so a Kazakh question finds a notice written in
// Russian. A notice about a contrasting claim (another place of worship, community, platform,
// place or number) is never shown, and results are ranked, not dumped: only those close to the best.
import { queryRows, type Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import type { Verdict } from '../db/generated/enums';
import { loadClaimContext, representClaim, type ClaimContext } from '../lexicon/represent-claim';
import { readSetting } from '../settings/read-settings';
import { detectLanguage, normalizeReportText } from '../text';
import { claimScore, MIN_SHARED_CONCEPT_WEIGHT as CLUSTER_SHARED_CONCEPT_WEIGHT, textVeto } from '../reports/cluster-report';
import { TOKEN_WEIGHT, classOf, conceptLookupTokens, isNameToken, NAME_MATCH_LENGTH, NAME_PREFIX, conceptSimilarity, contrastBetween, contrastMembers, eventFamilies, parseConceptKey, residualWordKeys, textWordKeys, tokenWeight, unconfirmedByTitles, unconfirmedObject, whatHappened } from '../text/concepts';
import { noticeTitleTokens } from './notice-search-fields';
import { float4AsPrinted, plainTrigrams, trigramSimilarity, type Trigrams } from '../text/trigram-similarity';
import { searchNoticesInput, type SearchNoticesInput } from './schema';
import { fallbackOrder, LANGUAGES, type Language } from '../i18n/languages';
import { MEMBER_IMPLIES, MEMBER_PARENT } from '../lexicon/contrast-classes';

export interface NoticeMatch {
  slug: string;
  verdict: Verdict;
  title: string;
  summary: string;
  language: Language;
  score: number;
  publishedAt: Date | null;
}

/** Results must reach this share of the best one's standing (a relative cut besides the thresholds). */
export const RELATIVE_CUT = 0.75;
/** Shared concept weight a claim match needs (as in clustering, a little less: a question is short). */
export const MIN_SHARED_CONCEPT_WEIGHT = 2;
/** The same without the words the lexicon does not know (another language): more must be shared. */
export const CROSS_LANGUAGE_SHARED_WEIGHT = 3;

export async function searchPublishedNotices(db: Db, rawInput: SearchNoticesInput): Promise<NoticeMatch[]> {
  const input = searchNoticesInput.parse(rawInput);
  const query = normalizeReportText(input.q);
  if (query.length < 3) return [];
  // Cached in memory (settings 30 s; the lexicon re-checks its revision every 2 s).
  const [threshold, conceptThreshold, sightingThreshold, sightingConceptThreshold, context] = await Promise.all([readSetting(db, 'matching.threshold'), readSetting(db, 'matching.conceptThreshold'), readSetting(db, 'clustering.threshold'), readSetting(db, 'clustering.conceptThreshold'), loadClaimContext(db)]);
  const claim = representClaim(context, { text: input.q, normalizedText: query });
  const lookupTokens = conceptLookupTokens(claim.tokens, context.lexicon);
  const rows = await fetchNoticeCandidates(db, query, threshold, input.language, lookupTokens);
  return rankNoticeMatches(context, { text: input.q, normalizedText: query, tokens: claim.tokens }, rows, { threshold, conceptThreshold, sightingThreshold, sightingConceptThreshold, limit: input.limit });
}

/**
 * The candidates of noticeSearchSql scored exactly, contrasting ones dropped, ranked and cut
 * (pure: bench/clustering/search-sets.ts replays stored candidates through it).
 */
export function rankNoticeMatches(context: ClaimContext, query: { text: string; normalizedText: string; tokens: ReadonlySet<string> }, rows: readonly NoticeMatchRow[], options: { threshold: number; conceptThreshold: number; /** Clustering's thresholds: a query is compared with a sighting as a new report with a report (clustering.threshold / conceptThreshold). */ sightingThreshold: number; sightingConceptThreshold: number; limit: number; /** Why a candidate was not shown (bench/clustering/search-sets.ts --why). */ trace?: (slug: string, reason: string) => void }): NoticeMatch[] {
  const { threshold, conceptThreshold } = options;
  const drop = options.trace; // called as drop?.(…): no reason string is built without a trace
  const claim = { tokens: query.tokens };
  const ranked: { match: NoticeMatch; rank: number; /** What its titles say, in all its languages. */ claim: ReadonlySet<string> }[] = [];
  const queryCore = withoutResidualWords(claim.tokens);
  const queryEvents = whatHappened(claim.tokens, context.lexicon, { query: true });
  // Only what a query says happened can veto a notice, not to whom ("keep the children inside").
  const queryDeeds = whatHappened(claim.tokens, context.lexicon, { query: true, deedsOnly: true });
  const queryLanguage = detectLanguage(query.text).language;
  const queryWords = textWordKeys(query.normalizedText);
  const queryFamilies = eventFamilies(claim.tokens);
  const queryObjects = objectClassesOf(claim.tokens);
  const queryCoreFamilies = eventFamilies(queryCore);
  const queryResidualKeys = residualWordKeys(claim.tokens);
  for (const row of rows) {
    const notice = readNotice(context, row);
    const contrast = contrastBetween(claim.tokens, notice.contrastTokens, { names: true });
    if (contrast !== null) {
      drop?.(row.slug, `contrast ${contrast}`);
      continue;
    }
    // The notice names what its claim is about (a disease, a town, a community) and the query names
    // none of that class but a word the notice never uses ("ящур", "Есик"): most likely another
    // member the lexicon does not know, so another claim's verdict (concepts.ts unconfirmedObject).
    // What a notice is about is in its titles (its summary cites the refuting facts: other members).
    const noticeWords = notice.words();
    // The query worded like one of the people who reported this notice's rumour: that sighting's
    // standing, judged as clustering judges a new report against a report (cluster-report.ts).
    const bySighting = sightingStanding(context, { tokens: claim.tokens, words: queryWords, events: queryEvents, deeds: queryDeeds }, row.sightings, options);
    const keep = (reason: string) => {
      if (bySighting) return true;
      drop?.(row.slug, reason);
      return false;
    };
    const object = unconfirmedObject(claim.tokens, notice.titles, noticeWords);
    const byTitles = object === null ? unconfirmedByTitles(claim.tokens, notice.titles, queryWords) : null;
    // The query names what its claim is about (a messenger), the titles name what theirs is about
    // (a community's centre, a town) and no class of it is the same: another claim, whatever deed
    // ("closing") and country they share.
    // Every title's objects, a stray one too: a wrong notice kept out by it (precision first) outweighs a right one.
    const titleObjects = queryObjects.size > 0 ? notice.titleObjects() : new Set<string>();
    const objectsDiffer = titleObjects.size > 0 && ![...queryObjects].some((c) => titleObjects.has(c));
    const gate = object !== null ? `object ${object}` : byTitles !== null ? `titles ${byTitles}` : objectsDiffer ? 'objects differ' : null;
    if (gate !== null) {
      if (!keep(gate)) continue;
      const { conceptKeys: _keys, titles: _titles, titleKeys: _titleKeys, titleWords: _titleWords, sightings: _sightings, ...match } = row;
      ranked.push({ match: { ...match, score: Math.round(Math.min(1, bySighting!.score) * 100) / 100 }, rank: bySighting!.rank, claim: notice.titleClaim });
      continue;
    }
    // Same place and same mosque, but "a new one opens" is not "it was burned": when both say what
    // happened and none of it is the same deed, the notice is about another claim, however alike the
    // words. What the notice says happened is in its titles (its summary tells how it was checked:
    // "the mosque is open as usual", "services were held"); to whom, in the whole notice.
    const { noticeEvents, noticeDeeds, saysDeed } = notice.events();
    const sharesEvent = [...queryEvents].some((t) => noticeEvents.has(t));
    // Both must say what happened (not only to whom) for it to tell them apart: "police read Viber
    // messages" is not "police detained preachers", though both name police. People tell one deed in
    // many words the lexicon reads as different deeds (beaten up / a mass brawl, hacked / stolen, a
    // market shut / an outbreak found), so different deeds do not veto: the wording alone can no
    // longer match, and the claim must share clearly more of who, what and where.
    // The notice says another deed only when most titles name it: one translation's stray reading
    // ("обязывают" read as surveillance in Russian alone) is not what the notice says happened. A
    // deed any title names is still shared ("лежит" read in one language only).
    const deedsDiffer = queryDeeds.size > 0 && saysDeed && ![...queryDeeds].some((t) => noticeDeeds.has(t));
    // A claim match needs something of what happened in common, not only who and where; when one
    // side does not say what happened ("Уральск хлеб 350 тг", "Доллар по 600 — фейк") it needs more
    // of who, what and where in common instead.
    // When neither the query nor most titles say a deed the lexicon reads, what happened is in words
    // it does not know on both sides ("изрисовали" / "graffiti", "сайгаки бегали" / "a herd ran"):
    // nothing read tells them apart, so less is asked on top of the place and object they share —
    // provided those are what most titles say, not one translation's stray reading ("ракеты" read as
    // cancer in Russian alone). A query saying a deed the notice does not, or the reverse, still needs
    // the whole extra (bench/RESULTS.md 2j).
    const noEventPenalty = !deedsDiffer && !sharesEvent;
    const neitherSaysDeed = noEventPenalty && queryDeeds.size === 0 && !saysDeed && [...queryCore].every((t) => !notice.titleClaim.has(t) || notice.titles.filter((title) => title.has(t)).length * 2 >= notice.titles.length);
    const extra = deedsDiffer ? DIFFERENT_DEEDS_SHARED_WEIGHT : sharesEvent ? 0 : neitherSaysDeed ? NEITHER_SAYS_DEED_SHARED_WEIGHT : WITHOUT_EVENT_SHARED_WEIGHT;
    // A word every title has (a name or a term the lexicon does not know, written in each
    // language: "Кунделик" / "Күнделік" / "Kundelik") that the query uses too is what both are
    // about, as much as a concept: it counts as one, in this language and across languages.
    const terms = sharedTitleTerms(notice.titles, queryResidualKeys);
    const withTerms = (tokens: ReadonlySet<string>) => (terms.length === 0 ? tokens : new Set([...tokens, ...terms]));
    const queryFamiliesT = withTerms(queryFamilies);
    const queryCoreFamiliesT = withTerms(queryCoreFamilies);
    let byClaim = 0;
    // what the claim would have scored had the shared weight sufficed (--why only)
    let ungated = { score: 0, weight: 0 };
    const { texts, allTitles } = notice.families();
    for (const { language, tokens: text, families, coreFamilies } of texts) {
      const byWords = conceptSimilarity(namedAsTheNotice(queryFamiliesT, text), withTerms(families), context.lexicon);
      if (drop) ungated = { score: Math.max(ungated.score, byWords.score), weight: Math.max(ungated.weight, byWords.sharedConceptWeight + unreadDeedWeight(byWords.shared, noEventPenalty ? extra : 0)) };
      if (byWords.sharedConceptWeight + unreadDeedWeight(byWords.shared, noEventPenalty ? extra : 0) >= MIN_SHARED_CONCEPT_WEIGHT + extra) byClaim = Math.max(byClaim, byWords.score);
      // Words the lexicon does not know cannot meet a text in another language: there the claim
      // is compared by what the lexicon reads alone.
      if (language === queryLanguage) continue;
      const byConcepts = conceptSimilarity(namedAsTheNotice(queryCoreFamiliesT, text), withTerms(coreFamilies), context.lexicon);
      if (byConcepts.sharedConceptWeight >= CROSS_LANGUAGE_SHARED_WEIGHT + extra) byClaim = Math.max(byClaim, byConcepts.score);
    }
    // All titles together, read by the lexicon alone: each translation reads some of the claim (one
    // language's word the lexicon knows, another's it does not), and the query may share a little
    // with each; what the notice says is what all of them say.
    if (allTitles) {
      const byAll = conceptSimilarity(namedAsTheNotice(queryCoreFamiliesT, allTitles.tokens), withTerms(allTitles.families), context.lexicon);
      if (byAll.sharedConceptWeight >= CROSS_LANGUAGE_SHARED_WEIGHT + extra) byClaim = Math.max(byClaim, byAll.score);
    }
    const byNotice = deedsDiffer ? byClaim / conceptThreshold : Math.max(row.score / threshold, byClaim / conceptThreshold);
    const rank = Math.max(byNotice, bySighting?.rank ?? 0);
    if (rank < 1) {
      drop?.(row.slug, `below ${rank.toFixed(2)}${deedsDiffer ? ' deedsDiffer' : sharesEvent ? '' : ' noEvent'} (wording ${(row.score / threshold).toFixed(2)}, claim ${(ungated.score / conceptThreshold).toFixed(2)} sharing ${ungated.weight} of ${MIN_SHARED_CONCEPT_WEIGHT + extra}; deeds ${queryDeeds.size > 0 ? 'Q' : '-'}${saysDeed ? 'N' : noticeDeeds.size > 0 ? 'n' : '-'})`);
      continue;
    }
    drop?.(row.slug, `kept ${rank.toFixed(2)} (wording ${(row.score / threshold).toFixed(2)}, claim ${(byClaim / conceptThreshold).toFixed(2)}, sighting ${(bySighting?.rank ?? 0).toFixed(2)}${deedsDiffer ? ' deedsDiffer' : sharesEvent ? '' : ' noEvent'}; deeds ${queryDeeds.size > 0 ? 'Q' : '-'}${saysDeed ? 'N' : noticeDeeds.size > 0 ? 'n' : '-'})`);
    const { conceptKeys: _keys, titles: _titles, titleKeys: _titleKeys, titleWords: _titleWords, sightings: _sightings, ...match } = row;
    ranked.push({ match: { ...match, score: Math.round(Math.min(1, Math.max(row.score, byClaim, bySighting?.score ?? 0)) * 100) / 100 }, rank, claim: notice.titleClaim });
  }
  ranked.sort((a, b) => b.rank - a.rank || b.match.score - a.match.score || a.match.slug.localeCompare(b.match.slug));
  const best = ranked[0]?.rank ?? 0;
  // One claim, one answer: a notice whose titles contrast with or nearly repeat those of a notice
  // ranked above it is the same claim told of another member (the road / the railway, Talgar / Esik,
  // 20,000 / 200,000 tenge) — the query matched the other one better, so its verdict is not shown.
  const shown: typeof ranked = [];
  for (const r of ranked) {
    if (shown.length === options.limit) break;
    if (r.rank < best * RELATIVE_CUT) {
      drop?.(r.match.slug, `cut ${(r.rank / best).toFixed(2)}`);
      continue;
    }
    const sibling = shown.find((s) => contrastBetween(r.claim, s.claim) !== null || conceptSimilarity(r.claim, s.claim, context.lexicon).score >= SIBLING_SIMILARITY);
    if (sibling) {
      drop?.(r.match.slug, `sibling of ${sibling.match.slug}`);
      continue;
    }
    shown.push(r);
  }
  return shown.map((r) => r.match);
}

/**
 * The best standing of the query against one of a rumour's reports, or null when none reaches
 * clustering's thresholds without a veto (another member or number, an unconfirmed object, another
 * deed: cluster-report.ts textVeto). A question is worded like the reports people sent about the
 * same claim far more than like a fact-checker's title, and the rumour holds them in every language.
 */
function sightingStanding(context: ClaimContext, query: { tokens: ReadonlySet<string>; words: ReadonlySet<string>; events: ReadonlySet<string>; deeds: ReadonlySet<string> }, sightings: readonly Sighting[], options: { sightingThreshold: number; sightingConceptThreshold: number }): { rank: number; score: number } | null {
  let best: { rank: number; score: number } | null = null;
  for (const sighting of sightings) {
    const { tokens, events } = readSighting(context, sighting.conceptKey);
    const { byClaim, similarity } = claimScore(query.tokens, tokens, context);
    // As with a notice's title: when the query says what happened and the report does not say the
    // same ("a new mosque opens?" / the mosque "пожеч етіпті", a deed the lexicon does not read),
    // place and object alone must be shared more clearly. A query naming no deed ("Кульсары
    // бешеный волк") is judged as clustering judges it.
    const sharesEvent = query.deeds.size === 0 || [...events()].some((t) => query.events.has(t));
    const claimCounts = sharesEvent || (similarity?.sharedConceptWeight ?? 0) >= CLUSTER_SHARED_CONCEPT_WEIGHT + WITHOUT_EVENT_SHARED_WEIGHT;
    const rank = Math.max(sighting.score / options.sightingThreshold, claimCounts ? byClaim / options.sightingConceptThreshold : 0);
    if (rank < 1 || (best && rank <= best.rank)) continue;
    // tokens are given, so textVeto reads no places from the text itself
    if (textVeto(query.tokens, query.words, sighting.text, tokens, context, []) !== null) continue;
    best = { rank, score: Math.max(sighting.score, byClaim) };
  }
  return best;
}

/** A report's concept key read, and what it says happened, once per lexicon: the same reports are the sightings of many searches. */
interface SightingReading {
  tokens: ReadonlySet<string>;
  events(): ReadonlySet<string>;
}
/** Sighting readings per compiled lexicon, the least recently used dropped first (20 of each of ~30 candidates a search). */
const SIGHTING_READINGS_SIZE = 50_000;
const sightingReadings = new WeakMap<object, Map<string, SightingReading>>();

function readSighting(context: ClaimContext, conceptKey: string): SightingReading {
  let readings = sightingReadings.get(context.lexicon);
  if (!readings) sightingReadings.set(context.lexicon, (readings = new Map()));
  let reading = readings.get(conceptKey);
  if (reading) {
    readings.delete(conceptKey);
  } else {
    if (readings.size >= SIGHTING_READINGS_SIZE) readings.delete(readings.keys().next().value!);
    const tokens = parseConceptKey(conceptKey);
    let events: Set<string> | undefined;
    reading = { tokens, events: () => (events ??= whatHappened(tokens, context.lexicon)) };
  }
  readings.set(conceptKey, reading);
  return reading;
}

/** Classes whose members a notice's summary adds when its titles name none (what a claim is about; bench/RESULTS.md 1k). */
const SUMMARY_MEMBER_CLASSES: ReadonlySet<string> = new Set(['worship', 'faith', 'ethnic', 'platform', 'brand', 'utility', 'goods', 'disease', 'hazard', 'transport', 'holiday', 'settlement']);

/** The classes of what a claim is about that a token set names (implied members included; "nationwide" is no place). */
function objectClassesOf(tokens: Iterable<string>): Set<string> {
  const classes = new Set<string>();
  for (const members of contrastMembers(tokens).values()) for (const member of members) if (SUMMARY_MEMBER_CLASSES.has(ownClass(member)) && member !== 'settlement:nationwide') classes.add(ownClass(member));
  return classes;
}

/** A member's own class, before classes compared as one are grouped ("institution:con", not "worship"). */
function ownClass(token: string): string {
  if (token.startsWith('@')) return 'settlement';
  const colon = token.indexOf(':');
  return token.startsWith('~') || colon <= 0 ? '' : token.slice(0, colon);
}

/** Words the lexicon does not read that a query and a title must both use to stand for an unread deed. */
export const UNREAD_DEED_WORDS = 2;

/**
 * What a claim says happened is often a word no lexicon has yet ("никах", "ЗАГС", "register as
 * media"), and the people asking use it as the fact-checker did. When neither side says a deed the
 * lexicon reads (WITHOUT_EVENT_SHARED_WEIGHT or NEITHER_SAYS_DEED_SHARED_WEIGHT asked on top: `extra`, 0 for
 * none or for different deeds), two or more such words both use stand for
 * it, at a residual word's weight each, up to that extra: place and object must still be shared, and
 * a deed read as different is never made up for (bench/RESULTS.md 2e).
 */
function unreadDeedWeight(shared: readonly string[], extra: number): number {
  if (extra === 0) return 0;
  const words = shared.filter((t) => t.startsWith('~') && !isNameToken(t) && !t.startsWith(LEFT_OPEN_PREFIX)).length;
  return words < UNREAD_DEED_WORDS ? 0 : Math.min(extra, words * TOKEN_WEIGHT.residual);
}

/** Shared weight a claim match needs on top when the query or the notice's title does not say what happened. */
export const WITHOUT_EVENT_SHARED_WEIGHT = 1.5;
/** … and when neither says a deed the lexicon reads, the shared ones being what most titles say (chosen leave-one-set-out, bench/RESULTS.md 2j). */
export const NEITHER_SAYS_DEED_SHARED_WEIGHT = 1;
/** … and when both say what happened but read as different deeds (chosen leave-one-set-out, bench/RESULTS.md 1g). */
export const DIFFERENT_DEEDS_SHARED_WEIGHT = 2.5;
/** Titles this alike (concept similarity) are one claim told of two members: only the better one is shown. */
export const SIBLING_SIMILARITY = 0.5;

/**
 * What one notice's current translations say, as rankNoticeMatches weighs them — everything of it
 * that does not depend on the query, read once per lexicon (readNotice). Parsing the concept keys,
 * the title-majority count and the notice's events and families were most of a search's own CPU,
 * redone for the same ~30 candidates of every search (bench/RESULTS.md 3, session 34); the answers
 * are the same. The parts only some candidates reach are read when first asked for.
 */
interface NoticeReading {
  /** The translations with a concept key, in the row's order: language, concept key and title read. */
  translations: readonly { language: string; tokens: ReadonlySet<string>; title: ReadonlySet<string> }[];
  /** Their titles' readings (the same sets). */
  titles: readonly ReadonlySet<string>[];
  /** Every title's tokens together: what a shown notice is compared with by those below it. */
  titleClaim: ReadonlySet<string>;
  /** What a query must not contrast with: the titles' members (a class most titles name) and the summary's where no title names its class. */
  contrastTokens: readonly string[];
  /** Residual words of the notice and every title's words (unconfirmedObject's). */
  words(): ReadonlySet<string>;
  /** The classes of what the titles say a claim is about (objectClassesOf). */
  titleObjects(): ReadonlySet<string>;
  /** What happened and to whom; the titles' deeds, and whether most titles name one. */
  events(): { noticeEvents: ReadonlySet<string>; noticeDeeds: ReadonlySet<string>; saysDeed: boolean };
  /** Each concept key and title (non-empty) with its event families, whole and without residual words; all titles together when more than one. */
  families(): { texts: readonly { language: string; tokens: ReadonlySet<string>; families: ReadonlySet<string>; coreFamilies: ReadonlySet<string> }[]; allTitles: { tokens: ReadonlySet<string>; families: ReadonlySet<string> } | null };
}

/** Notice readings per compiled lexicon (a new revision is a new object): 10,000 notices fit, the least recently used go first. */
const NOTICE_READINGS_SIZE = 20_000;
const noticeReadings = new WeakMap<object, Map<string, NoticeReading>>();

/** A notice's reading (NoticeReading): the same concept keys and titles read with the same lexicon read alike, whichever notice has them. */
function readNotice(context: ClaimContext, row: NoticeMatchRow): NoticeReading {
  let readings = noticeReadings.get(context.lexicon);
  if (!readings) noticeReadings.set(context.lexicon, (readings = new Map()));
  const key = `${row.conceptKeys.join('\u0001')}\u0000${row.titles.join('\u0001')}`;
  let reading = readings.get(key);
  if (reading) {
    readings.delete(key);
  } else {
    if (readings.size >= NOTICE_READINGS_SIZE) readings.delete(readings.keys().next().value!);
    reading = readNoticeNow(context, row);
  }
  readings.set(key, reading);
  return reading;
}

function readNoticeNow(context: ClaimContext, row: NoticeMatchRow): NoticeReading {
  const translations = row.conceptKeys.map((entry, i) => {
    const space = entry.indexOf(' ');
    const language = entry.slice(0, space);
    return { language, tokens: parseConceptKey(entry.slice(space + 1)), title: readTitle(context, language, row.titles[i] ?? '', row.titleKeys?.[i], row.titleWords?.[i]).tokens };
  }).filter((t) => t.tokens.size > 0);
  const keys = translations.map((t) => t.tokens);
  const titles = translations.map((t) => t.title);
  // What the whole notice reads as, its numbers only from its titles: a summary gives the true
  // figures ("restored in 2 days", "5 died, not 50"), which a query about the claim never repeats.
  const noticeTokens = [...keys.flatMap((tokens) => [...tokens].filter((t) => !t.startsWith('#'))), ...translations.flatMap((t) => [...t.title].filter((x) => x.startsWith('#')))];
  // A notice naming a member the query does not, while the query names one the notice does not
  // (in any of its translations: one may name "the unit", another "the prosecutor"), is another claim's.
  // Members are the titles'; a summary's only of what a claim is about, in a class no title names
  // (titles "accounts hacked through a voting link", summary "the link is sent in WhatsApp"). A summary's days,
  // months, directions, money, numbers and institutions are the facts that refute the claim ("a
  // fault on Tuesday closed two centres", "the akimat said"), which a question never repeats.
  // A name counts only when every title mentions it: a word one translation alone takes for a
  // name ("маңындағы", near, beside "ауылы") is no place the claim is about.
  const titleTokensAll = translations.flatMap((t, i) => [...t.title].filter((token) => !isNameToken(token) || translations.every((o, j) => j === i || mentionsName(o.title, token))));
  const titleClasses = new Set(titleTokensAll.map(classOf));
  // A member counts when most titles name its class: one translation's stray reading ("poultry
  // farm" read as meat in English alone) is not what the notice is about, and vetoed every
  // question naming the claim's own goods ("eggs"). A class no title names is still the summary's.
  const classesOfTitles = titles.map((title) => new Set([...title].map(classOf)));
  const titlesNaming = (cls: string) => classesOfTitles.filter((classes) => classes.has(cls)).length;
  const majority = titleTokensAll.filter((token) => {
    const cls = classOf(token);
    return cls === null || titlesNaming(cls) * 2 >= translations.length;
  });
  const contrastTokens = [...majority, ...keys.flatMap((tokens) => [...tokens].filter((t) => SUMMARY_MEMBER_CLASSES.has(ownClass(t)) && !titleClasses.has(classOf(t))))];
  const once = <T>(read: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= read());
  };
  return {
    translations,
    titles,
    titleClaim: new Set(titles.flatMap((title) => [...title])),
    contrastTokens,
    words: once(() => {
      const words = residualWordKeys(noticeTokens);
      row.titles.forEach((title, i) => {
        for (const word of readTitle(context, row.conceptKeys[i]?.split(' ', 1)[0] ?? '', title, row.titleKeys?.[i], row.titleWords?.[i]).words) words.add(word);
      });
      return words;
    }),
    titleObjects: once(() => objectClassesOf(titleTokensAll)),
    events: once(() => {
      const noticeEvents = new Set(translations.flatMap((t) => [...whatHappened(t.title, context.lexicon), ...whoItHappenedTo(t.tokens, context.lexicon)]));
      const titleDeeds = translations.map((t) => whatHappened(t.title, context.lexicon, { deedsOnly: true }));
      const noticeDeeds = new Set(titleDeeds.flatMap((d) => [...d]));
      const saysDeed = [...noticeDeeds].some((deed) => titleDeeds.filter((d) => d.has(deed)).length * 2 >= translations.length);
      return { noticeEvents, noticeDeeds, saysDeed };
    }),
    families: once(() => {
      const texts = translations.flatMap(({ language, tokens, title }) => [tokens, title].filter((text) => text.size > 0).map((text) => ({ language, tokens: text, families: eventFamilies(text), coreFamilies: eventFamilies(withoutResidualWords(text)) })));
      const allTitlesTokens = translations.length > 1 ? withoutResidualWords(new Set(titles.flatMap((title) => [...title]))) : null;
      return { texts, allTitles: allTitlesTokens && { tokens: allTitlesTokens, families: eventFamilies(allTitlesTokens) } };
    }),
  };
}

/** What a notice's title says: its claim alone and its words by their first letters (textWordKeys). */
interface TitleReading {
  tokens: Set<string>;
  words: Set<string>;
}
/**
 * Every title of 10,000 published notices (three languages each) fits: reading a title is most of
 * the cost of scoring a candidate, and a cache that held fewer was cleared over and over at that
 * size (bench/matching.ts, bench/RESULTS.md 3). The least recently used is dropped first.
 */
const TITLE_CACHE_SIZE = 60_000;
const titleCache = new Map<string, TitleReading>();
/**
 * A notice's title read once per lexicon revision (titles are few and repeat across searches):
 * its reading stored with the translation when that was computed with this revision (`storedKey`,
 * "<revision> <titleKey>"; notice-search-fields.ts noticeTitleKey), its words when stored, else
 * read here alike. Reading titles was most of a search's time while this cache was cold (a new
 * process, any lexicon edit: bench/RESULTS.md 3).
 */
function readTitle(context: ClaimContext, language: string, title: string, storedKey?: string | null, storedWords?: string | null): TitleReading {
  const key = `${context.lexicon.revision}\u0000${language}\u0000${title}`;
  let reading = titleCache.get(key);
  if (reading) {
    titleCache.delete(key);
  } else {
    if (titleCache.size >= TITLE_CACHE_SIZE) titleCache.delete(titleCache.keys().next().value!);
    const current = `${context.lexicon.revision} `;
    const tokens = storedKey?.startsWith(current) ? parseConceptKey(storedKey.slice(current.length)) : noticeTitleTokens(context, language, title);
    reading = { tokens, words: storedWords != null ? parseConceptKey(storedWords) : textWordKeys(normalizeReportText(title)) };
  }
  titleCache.set(key, reading);
  return reading;
}

/** A title has a word starting like the name (endings and scripts aside: Қарсақпай / Карсакпая / Karsakpay). */
function mentionsName(title: ReadonlySet<string>, name: string): boolean {
  const start = name.slice(NAME_PREFIX.length, NAME_PREFIX.length + NAME_MATCH_LENGTH);
  for (const token of title) if (token.startsWith('~') && token.replace(NAME_PREFIX, '~').startsWith(start, 1)) return true;
  return false;
}

/** A title-wide term shared with the query, as a token of a concept's weight (no class, no event: it only counts in conceptSimilarity). */
const TERM_PREFIX = '=';

/**
 * The words every title of a notice has (two titles at least), by their first letters, that the
 * query also uses, as term tokens. Ordinary words are translated from one title to the next; a word
 * in every language's title is a name or a term (a brand, an app, a disease's own name).
 */
function sharedTitleTerms(titles: readonly ReadonlySet<string>[], queryKeys: ReadonlySet<string>): string[] {
  if (titles.length < 2 || queryKeys.size === 0) return [];
  const [first, ...rest] = titles.map(residualWordKeys);
  return [...first!].filter((key) => queryKeys.has(key) && rest.every((keys) => keys.has(key))).map((key) => `${TERM_PREFIX}${key}`);
}

/**
 * The query's members as the notice names them, where one is the other named more or less
 * precisely: people write "church", "батюшка", "school", "no water" where a fact-checker writes
 * "the Orthodox church", "the gymnasium", "hot water" (MEMBER_PARENT, MEMBER_IMPLIES). It is one
 * thing, so it is shared, at its weight; what the query left open counts as one word of its own
 * that the notice does not share, so a notice naming exactly the query's member ranks above one
 * that only falls under it ("собор" of an Orthodox and of a Catholic cathedral: "орыс соборы" is
 * the Orthodox one). A member the notice has no counterpart of stays as it is.
 */
function namedAsTheNotice(query: ReadonlySet<string>, notice: ReadonlySet<string>): ReadonlySet<string> {
  let named: Set<string> | null = null;
  for (const token of query) {
    if (notice.has(token) || classOf(token) === null) continue;
    const counterpart = [...notice].find((n) => classOf(n) !== null && !query.has(n) && sameThingNamed(token, n));
    if (counterpart === undefined) continue;
    named ??= new Set(query);
    named.delete(token);
    named.add(counterpart);
    named.add(`${LEFT_OPEN_PREFIX}${counterpart}`);
  }
  return named ?? query;
}

/** A residual word (TOKEN_WEIGHT.residual) standing for the precision a query's member lacks. */
const LEFT_OPEN_PREFIX = '~?';

/**
 * One member falls under the other ("orthodox-church" under "church") or implies it (an Orthodox
 * church is Orthodox), either way: a title saying "hot water" or "the church" where the query says
 * "no water" or "the Orthodox church" is the same claim told less precisely (the contrast guard
 * already lets them meet).
 */
function sameThingNamed(a: string, b: string): boolean {
  return broaderMembers(a).includes(b) || broaderMembers(b).includes(a);
}

function broaderMembers(member: string): string[] {
  const chain = [member];
  const implied = MEMBER_IMPLIES[member];
  if (implied) chain.push(implied);
  for (let i = 0; i < chain.length; i++) {
    const parent = MEMBER_PARENT[chain[i]!];
    if (parent && !chain.includes(parent)) chain.push(parent);
  }
  return chain.slice(1);
}

function withoutResidualWords(tokens: ReadonlySet<string>): Set<string> {
  return new Set([...tokens].filter((t) => !t.startsWith('~')));
}

/** To whom or what (children, workers, soldiers …): the plain concepts of a whole notice, summary included. */
function whoItHappenedTo(tokens: ReadonlySet<string>, lexicon: Parameters<typeof tokenWeight>[1]): string[] {
  return [...tokens].filter((t) => classOf(t) === null && !t.startsWith('~') && tokenWeight(t, lexicon) === 1);
}

/** A row of noticeSearchSql: a NoticeMatch with the exact wording score and its translations' concept keys. */
export type NoticeMatchRow = NoticeMatch & { /** "<language> <concept key>" of each translation of the current version. */ conceptKeys: string[]; /** Their titles, in the same order. */ titles: string[]; /** Their titles' stored readings, "<lexicon revision> <titleKey>" (null when none is stored; absent in rows kept before it existed). */ titleKeys?: (string | null)[]; /** Their titles' stored words (titleWords), the same way. */ titleWords?: (string | null)[]; /** The latest reports of the notice's rumour. */ sightings: Sighting[] };

/** A report of a notice's rumour, with the trigram similarity of its text to the query. */
export interface Sighting {
  text: string;
  conceptKey: string;
  language: Language;
  score: number;
}

/** Notices pre-ranked in SQL and scored exactly here (contrasting ones are dropped after, so more than shown). */
export const SEARCH_NOTICES_SCORED = 30;

/** How much of a query word a dictionary word must contain to count as the same word (typos, endings). */
export const QUERY_WORD_MATCH = 0.5;
/** Notices found through their rumour's reports besides those found through their own texts. */
export const SIGHTING_NOTICES = 10;
/** Latest reports of a notice's rumour compared with the query (clustering compares 40: cluster-report.ts TEXTS_PER_RUMOUR). */
export const SIGHTINGS_PER_NOTICE = 20;
/** Translations scored exactly; the rest cannot outrank them (see matchingNotices). */
export const SEARCH_CANDIDATES = 150;
/** Query words shorter than this say too little to look up (every word starting with "po" …). */
const MIN_LOOKUP_WORD_LENGTH = 3;

/**
 * The candidate rows of a search: noticeSearchSql's two halves run at once, on two of the pool's
 * connections (never inside a transaction: see noticeSearchSql), so a search waits for the longer of the
 * two, not their sum (bench/RESULTS.md 3, session 33), read straight from the client's pool
 * (queryRows: Prisma's $queryRaw maps each of the ~30 rows' values twice; session 40). Their rows are the one statement's of
 * before: the notices found through their own texts with their score, then those found only
 * through their rumour's reports with 0; the order is not the ranking (rankNoticeMatches sorts).
 */
export async function fetchNoticeCandidates(db: Db, query: string, threshold: number, language: Language, conceptTokens: string[]): Promise<NoticeMatchRow[]> {
  const [byTitles, bySightings] = await Promise.all([queryRows<NoticeMatchRow>(db, noticeSearchSql(query, threshold, language, SEARCH_NOTICES_SCORED, conceptTokens, 'titles')), queryRows<NoticeMatchRow>(db, noticeSearchSql(query, threshold, language, SEARCH_NOTICES_SCORED, conceptTokens, 'sightings'))]);
  const found = new Set(byTitles.map((row) => row.slug));
  const rows = [...byTitles, ...bySightings.filter((row) => !found.has(row.slug))];
  await scoreSightings(db, query, rows);
  return rows;
}

/** Sightings' trigrams (plainTrigrams) by text: ~600 a search, mostly the same reports again (a rumour's latest); least recently used dropped first. */
const SIGHTING_TRIGRAMS_SIZE = 50_000;
const sightingTrigramCache = new Map<string, Trigrams | null>();

function sightingTrigrams(text: string): Trigrams | null {
  let trigrams = sightingTrigramCache.get(text);
  if (trigrams !== undefined) sightingTrigramCache.delete(text);
  else {
    if (sightingTrigramCache.size >= SIGHTING_TRIGRAMS_SIZE) sightingTrigramCache.delete(sightingTrigramCache.keys().next().value!);
    trigrams = plainTrigrams(text);
  }
  sightingTrigramCache.set(text, trigrams);
  return trigrams;
}

/**
 * Each sighting's pg_trgm similarity to the query, as the statement computed it before (~10 % of
 * it: pg_trgm re-reads the query for every report) and as its JSON carried it (float4AsPrinted):
 * in JS for plain texts (trigram-similarity.ts, exact), by PostgreSQL for the rare others.
 */
async function scoreSightings(db: Db, query: string, rows: readonly NoticeMatchRow[]): Promise<void> {
  const trigrams = plainTrigrams(query);
  const others: Sighting[] = [];
  for (const row of rows) {
    for (const sighting of row.sightings) {
      const text = trigrams && sightingTrigrams(sighting.text);
      if (text) sighting.score = float4AsPrinted(trigramSimilarity(trigrams!, text));
      else others.push(sighting);
    }
  }
  if (others.length === 0) return;
  const exact = await db.$queryRaw<{ score: [number] }[]>`SELECT jsonb_build_array(similarity(u.text, ${query})) AS score FROM unnest(${others.map((s) => s.text)}::text[]) WITH ORDINALITY AS u(text, i) ORDER BY u.i`;
  others.forEach((sighting, i) => (sighting.score = exact[i]!.score[0]));
}

/**
 * The score is word_similarity(query, searchText): how much of the query is found in one stretch
 * of the title + summary, so a short query matches inside a long notice. Computing it on every
 * translation sharing a trigram with the query is what made search slow (thousands of rechecks
 * for a query naming a common place, bench/matching.ts). So candidates come first from the word
 * dictionary the database keeps by trigger (migration 20261121123041_search_word_index): each
 * query word is looked up among the distinct words of all notices (`<%`, a small trigram index),
 * and translations are ranked by how many of the query's trigrams their similar words hold —
 * roughly the score itself (two spellings of one query word in one text count twice; rare). Only
 * the best SEARCH_CANDIDATES are scored exactly, with the same threshold as before. The best
 * `limit` notices then get their texts in the reader's language (else another one) from their
 * latest published version. `part` 'titles' is that; 'sightings' the notices found through their
 * rumour's reports instead (fetchNoticeCandidates runs both at once and joins their rows).
 *
 * Each part is one statement, so one round trip and no transaction. `<%` reads the GUC
 * pg_trgm.word_similarity_threshold (default 0.6); the statement sets it itself, local to its own
 * implicit transaction, in the WHERE clause of query_words. Every `<%` compares a query word, and a
 * query word leaves that CTE only after its row has run set_config, so whatever plan is chosen,
 * the threshold is in force before the first comparison or index scan (`<%` is neither hashable
 * nor mergeable, so the dictionary can only be read per query word or filtered row by row against
 * the CTE's rows). Callers pass a client, not an open transaction (Db has no $transaction inside
 * one), so the setting never outlives the statement. A planner setting cannot be changed by the
 * statement being planned, so the old `enable_seqscan = off` is gone: at 10,000 notices the plan is
 * index lookups at every step without it (bench/matching.ts --explain prints it). Exported for that.
 */
export function noticeSearchSql(query: string, threshold: number, language: Language, limit: number, conceptTokens: string[], part: 'titles' | 'sightings'): Prisma.Sql {
  return Prisma.sql`
    WITH query_words AS MATERIALIZED (
      SELECT w AS query_word, cardinality(show_trgm(w)) AS trigrams
      FROM raspa_text_words(${query}) AS w
      -- a query of short words only ("5 кг") still looks them up
      WHERE length(w) >= least(${MIN_LOOKUP_WORD_LENGTH}::int, (SELECT max(length(x)) FROM raspa_text_words(${query}) AS x))
        AND set_config('pg_trgm.word_similarity_threshold', ${String(QUERY_WORD_MATCH)}, true) IS NOT NULL
    ),
    -- every word, reports' too (SearchWord): by_sighting_words looks a notice's rumour up by its reports' words
    similar_words AS MATERIALIZED (
      SELECT q.query_word, d.word, max(word_similarity(q.query_word, d.word) * q.trigrams) AS shared
      FROM query_words q JOIN "SearchWord" d ON q.query_word <% d.word
      GROUP BY 1, 2
    ),
    ${part === 'titles' ? noticeSearchByTitles(query, threshold, limit, conceptTokens) : noticeSearchBySightings(conceptTokens)}
    SELECT n.slug, n.verdict::text AS verdict, n."lastPublishedAt" AS "publishedAt", b.score, texts.language, texts.title, texts.summary,
           texts."conceptKeys", texts.titles, texts."titleKeys", texts."titleWords",
           -- the rumour's latest reports (fetchNoticeCandidates adds each one's wording similarity to the query);
           -- among reports received at the same instant the one stored last (ids are time-ordered uuid v7,
           -- as clustering's TEXTS_PER_RUMOUR), so which 20 they are never depends on the plan
           coalesce((
             SELECT jsonb_agg(jsonb_build_object('text', r."normalizedText", 'conceptKey', r."conceptKey", 'language', r.language))
             FROM (
               SELECT x."normalizedText", x."conceptKey", x.language FROM "Report" x
               WHERE x."rumorId" = n."rumorId" AND x."conceptKey" IS NOT NULL
               ORDER BY x."receivedAt" DESC, x.id DESC LIMIT ${SIGHTINGS_PER_NOTICE}
             ) r
           ), '[]'::jsonb) AS sightings
    FROM best b
    JOIN "Notice" n ON n.id = b."noticeId"
    -- the latest published version, whose texts are shown (none: the notice is not shown)
    CROSS JOIN LATERAL (
      SELECT pv.id FROM "NoticeVersion" pv
      WHERE pv."noticeId" = n.id AND pv."publishedAt" IS NOT NULL
      ORDER BY pv.version DESC
      LIMIT 1
    ) published
    -- the translations of the current version and of the latest published one, each read once (publishing
    -- makes the version it publishes the current one, so they are mostly one and the same version):
    -- the current one's concept keys, titles and the titles' stored readings with the revision they were
    -- read with (readTitle uses them when it is current); the published one's text in the reader's
    -- language, else the nearest one (the fallback order of server/i18n/languages.ts)
    CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(t.language::text || ' ' || coalesce(t."conceptKey", '') ORDER BY t.language) FILTER (WHERE v.version = n."currentVersion"), '{}') AS "conceptKeys",
             coalesce(array_agg(t.title ORDER BY t.language) FILTER (WHERE v.version = n."currentVersion"), '{}') AS titles,
             coalesce(array_agg(t."conceptKeyRevision"::text || ' ' || t."titleKey" ORDER BY t.language) FILTER (WHERE v.version = n."currentVersion"), '{}') AS "titleKeys",
             coalesce(array_agg(t."titleWords" ORDER BY t.language) FILTER (WHERE v.version = n."currentVersion"), '{}') AS "titleWords",
             ${shownText('language', language)} AS language, ${shownText('title', language)} AS title, ${shownText('summary', language)} AS summary
      FROM "NoticeVersion" v JOIN "NoticeTranslation" t ON t."noticeVersionId" = v.id
      WHERE v."noticeId" = n.id AND (v.version = n."currentVersion" OR v.id = published.id)
    ) texts
    -- a published version without translations shows nothing
    WHERE texts.language IS NOT NULL
    ORDER BY b.score DESC, b."noticeId"`;
}

/**
 * A column of the latest published version's translation in the reader's language, else the nearest
 * one (the fallback order of server/i18n/languages.ts, then any other): the first language that has
 * a translation, each taken alone (a version has one translation per language, and title, summary
 * and language are never NULL), so no aggregate sorts its rows (three sorts a notice, bench/RESULTS.md 3, session 41).
 */
function shownText(column: 'language' | 'title' | 'summary', language: Language): Prisma.Sql {
  const order = [...fallbackOrder(language), ...LANGUAGES.filter((l) => !fallbackOrder(language).includes(l))];
  const value = column === 'language' ? Prisma.sql`t.language::text` : column === 'title' ? Prisma.sql`t.title` : Prisma.sql`t.summary`;
  return Prisma.sql`coalesce(${Prisma.join(order.map((l) => Prisma.sql`max(${value}) FILTER (WHERE v.id = published.id AND t.language = ${l}::"Language")`))})`;
}

/** noticeSearchSql's notices found through their own texts (translations), each with its wording score. */
function noticeSearchByTitles(query: string, threshold: number, limit: number, conceptTokens: string[]): Prisma.Sql {
  return Prisma.sql`
    -- each posting carries the notice its translation is shown for, NULL when it cannot be shown
    -- (a draft, an old version, an interim notice): kept by trigger, migration
    -- 20261207141000_notice_translation_shown; the same for every posting of a translation
    by_words AS MATERIALIZED (
      SELECT l."translationId", l."shownNoticeId"
      FROM similar_words s JOIN "NoticeTranslationWord" l ON l.word = s.word
      GROUP BY 1, 2
      ORDER BY sum(s.shared) DESC, 1
      LIMIT ${SEARCH_CANDIDATES}
    ),
    -- the same claim in other words or another language: translations sharing concepts, numbers, places
    by_concepts AS MATERIALIZED (
      SELECT c."translationId", c."shownNoticeId", count(*) AS shared
      FROM "NoticeTranslationConcept" c
      WHERE c.token = ANY(${conceptTokens}::text[])
      GROUP BY 1, 2
      HAVING count(*) >= greatest(1, least(2, cardinality(${conceptTokens}::text[])))
      ORDER BY count(*) DESC, 1
      LIMIT ${SEARCH_CANDIDATES}
    ),
    candidates AS MATERIALIZED (
      SELECT coalesce(w."translationId", c."translationId") AS "translationId", coalesce(w."shownNoticeId", c."shownNoticeId") AS "noticeId", w."translationId" IS NOT NULL AS by_words, coalesce(c.shared, 0) AS shared
      FROM by_words w FULL JOIN by_concepts c ON c."translationId" = w."translationId"
    ),
    -- candidates that cannot be shown are not scored; only those found by their words can reach the
    -- wording threshold, so only their texts are read (one lookup each) and scored for it
    scored AS MATERIALIZED (
      SELECT c."noticeId", CASE WHEN c.by_words THEN word_similarity(${query}, (SELECT t."searchText" FROM "NoticeTranslation" t WHERE t.id = c."translationId")) ELSE 0 END AS score, c.shared
      FROM candidates c
      WHERE c."noticeId" IS NOT NULL
    ),
    -- pre-ranked by either similarity; the caller scores the claims exactly and drops contrasting ones
    by_titles AS MATERIALIZED (
      SELECT "noticeId", max(score)::float8 AS score
      FROM scored
      GROUP BY 1
      HAVING max(score) >= ${threshold}::float8 OR max(shared) >= greatest(1, least(2, cardinality(${conceptTokens}::text[])))
      ORDER BY greatest(max(score) / ${threshold}::float8, max(shared)::float8 / greatest(2, cardinality(${conceptTokens}::text[]))) DESC, 1
      LIMIT ${limit}
    ),
    best AS MATERIALIZED (SELECT "noticeId", score FROM by_titles)`;
}

/** noticeSearchSql's notices found through their rumour's reports, scored 0 here (rankNoticeMatches reads the sightings). */
function noticeSearchBySightings(conceptTokens: string[]): Prisma.Sql {
  return Prisma.sql`
    -- published notices whose rumour's reports (sightings) hold most of the query's words or share
    -- most of its concepts: the postings of RumorWord and RumorConcept of the rumours with a notice
    -- that can be shown, copied for that notice by trigger (NoticeSightingWord, NoticeSightingConcept:
    -- migration 20261206154000_notice_sighting_postings), so the ~70 % of postings of rumours
    -- without one are never read
    by_sighting_words AS MATERIALIZED (
      SELECT per_query_word."noticeId"
      FROM (
        SELECT w."noticeId", s.query_word, max(s.shared) AS shared
        -- one index lookup per similar word (tens of postings each): OFFSET 0 keeps the planner from
        -- flattening it into a hash join over the whole table, which it chose while the table's
        -- visibility map was not yet set (130 ms instead of 6 at 10,000 notices)
        FROM similar_words s CROSS JOIN LATERAL (SELECT x."noticeId" FROM "NoticeSightingWord" x WHERE x.word = s.word OFFSET 0) w
        GROUP BY 1, 2
      ) per_query_word
      GROUP BY 1
      ORDER BY sum(per_query_word.shared) DESC, 1
      LIMIT ${SIGHTING_NOTICES}
    ),
    by_sighting_concepts AS MATERIALIZED (
      SELECT c."noticeId"
      FROM "NoticeSightingConcept" c
      WHERE c.token = ANY(${conceptTokens}::text[])
      GROUP BY 1
      HAVING count(*) >= greatest(1, least(2, cardinality(${conceptTokens}::text[])))
      ORDER BY count(*) DESC, 1
      LIMIT ${SIGHTING_NOTICES}
    ),
    best AS MATERIALIZED (
      SELECT "noticeId", 0::float8 AS score FROM by_sighting_words
      UNION
      SELECT "noticeId", 0::float8 FROM by_sighting_concepts
    )`;
}

// What "already checked?" search reads of a notice translation: its title + summary as match keys
// (trigram search) and as a concept key (the claim in any language; server/text/concepts.ts).
import type { DbTx } from '../db/client';
import { loadClaimContext, representClaim, type ClaimContext } from '../lexicon/represent-claim';
import { normalizeReportText } from '../text';
import { classOf, formatConceptKey, isNameToken, textWordKeys } from '../text/concepts';

/**
 * A notice's claim: everything its title names, and from its summary what the title leaves open.
 * A debunk's summary cites the facts that refute the claim — "the dearest loaf costs 200 tenge",
 * "tariffs were raised, not cut", "police of Kostanay Region said…" — so its contrast-class
 * members, numbers and places are not what the notice is about when the title names its own.
 */
export function noticeClaimTokens(title: ReadonlySet<string>, summary: ReadonlySet<string>): Set<string> {
  const classesInTitle = new Set([...title].map(classOf));
  const tokens = new Set(title);
  for (const token of summary) {
    // Names in a summary are who refuted it and where they said so, not what the claim names.
    if (isNameToken(token)) continue;
    const cls = classOf(token);
    if (cls === null || !classesInTitle.has(cls)) tokens.add(token);
  }
  return tokens;
}

/** A translation's title and summary as trigram search matches them (NoticeTranslation.searchText). */
export function noticeSearchText(text: { title: string; summary: string }): string {
  return normalizeReportText(`${text.title} ${text.summary}`);
}

/** The concept key of a notice translation under the given lexicon (at publishing, and when an edit re-keys it). */
export function noticeConceptKey(context: ClaimContext, text: { language: string; title: string; summary: string }): string {
  const kazakh = text.language === 'kk';
  const title = representClaim(context, { text: text.title, normalizedText: normalizeReportText(text.title), kazakh });
  const summary = representClaim(context, { text: text.summary, normalizedText: normalizeReportText(text.summary), kazakh });
  return formatConceptKey(noticeClaimTokens(title.tokens, summary.tokens));
}

/**
 * What a notice's title says, as search compares it: its claim alone, and a title correcting a
 * number ("7, а не 70", "not 25,000 but about 19,000") names the claim's number in the correction —
 * a question repeats the rumour's 70, never the checked 7.
 */
export function noticeTitleTokens(context: ClaimContext, language: string, title: string): Set<string> {
  const { tokens, corrected } = representClaim(context, { text: title, normalizedText: normalizeReportText(title), kazakh: language === 'kk' });
  if (corrected.length > 0) {
    for (const token of tokens) if (token.startsWith('#')) tokens.delete(token);
    for (const n of corrected) tokens.add(`#${n}`);
  }
  return tokens;
}

/**
 * noticeTitleTokens as stored (NoticeTranslation.titleKey), in the order read rather than sorted:
 * parseConceptKey gives back the very set search would have read, so stored and read titles score
 * alike to the last bit (search-notices.ts readTitle).
 */
export function noticeTitleKey(context: ClaimContext, language: string, title: string): string {
  return [...noticeTitleTokens(context, language, title)].join(' ');
}

/** The title's words by their first letters as search compares them (NoticeTranslation.titleWords), in the order read. */
export function noticeTitleWords(title: string): string {
  return [...textWordKeys(normalizeReportText(title))].join(' ');
}

export async function noticeSearchFields(tx: DbTx, text: { language: string; title: string; summary: string }): Promise<{ searchText: string; conceptKey: string; titleKey: string; titleWords: string; conceptKeyRevision: number }> {
  const context = await loadClaimContext(tx);
  return { searchText: normalizeReportText(`${text.title} ${text.summary}`), conceptKey: noticeConceptKey(context, text), titleKey: noticeTitleKey(context, text.language, text.title), titleWords: noticeTitleWords(text.title), conceptKeyRevision: context.lexicon.revision };
}

/** Sets searchText and conceptKey of every translation of the given notice versions (at publishing; seeds and fixtures). */
export async function indexNoticeTranslations(tx: DbTx, noticeVersionIds: string[]): Promise<void> {
  const translations = await tx.noticeTranslation.findMany({ where: { noticeVersionId: { in: noticeVersionIds } }, select: { id: true, language: true, title: true, summary: true } });
  for (const translation of translations) await tx.noticeTranslation.update({ where: { id: translation.id }, data: await noticeSearchFields(tx, translation) });
}

// What "already checked?" search reads of a notice translation: its title + summary as match keys
// (trigram search) and as a concept key (the claim in any language; server/text/concepts.ts).
import type { DbTx } from '../db/client';
import { loadClaimContext, representClaim } from '../lexicon/represent-claim';
import { normalizeReportText } from '../text';

export async function noticeSearchFields(tx: DbTx, text: { language: string; title: string; summary: string }): Promise<{ searchText: string; conceptKey: string }> {
  const searchText = normalizeReportText(`${text.title} ${text.summary}`);
  const context = await loadClaimContext(tx);
  const { conceptKey } = representClaim(context, { text: `${text.title} ${text.summary}`, normalizedText: searchText, kazakh: text.language === 'kk' });
  return { searchText, conceptKey };
}

/** Sets searchText and conceptKey of every translation of the given notice versions (at publishing; seeds and fixtures). */
export async function indexNoticeTranslations(tx: DbTx, noticeVersionIds: string[]): Promise<void> {
  const translations = await tx.noticeTranslation.findMany({ where: { noticeVersionId: { in: noticeVersionIds } }, select: { id: true, language: true, title: true, summary: true } });
  for (const translation of translations) await tx.noticeTranslation.update({ where: { id: translation.id }, data: await noticeSearchFields(tx, translation) });
}

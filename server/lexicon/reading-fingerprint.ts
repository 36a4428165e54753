// Stored keys — a report's concept key and normalised text, a notice translation's concept key, title
// reading and search text — are computed once and re-read only when the lexicon revision moves
// (rekey-open-reports.ts). An admin's edit and a release's new seeded terms move it; a release that
// only changes how text is read (folding, stemming, number words, place matching) did not, and left
// every stored key stale until the next edit. The seed therefore records what this release's code
// reads from fixed texts, and a release that reads any of them differently bumps the revision once.
import { createHash } from 'node:crypto';
import type { DbTx } from '../db/client';
import { clearPlaceCache } from '../settlements/place-index';
import { noticeClaimTokens, noticeTitleWords } from '../notices/notice-search-fields';
import { normalizeReportText } from '../text';
import { formatConceptKey } from '../text/concepts';
import { bumpLexiconRevision, clearLexiconCache } from './load-lexicon';
import { READING_PROBE_TEXTS } from './reading-probe-texts';
import { loadClaimContext, representClaim, type ClaimContext } from './represent-claim';

/**
 * What the code reads from the probe texts under the given lexicon and places, as one hash: each
 * text's normalisation, its reading as a report (tokens, corrected numbers), as a notice title and
 * as a notice (the text as both title and summary), and its title words. One reading per text keeps
 * every start quick (bench/seed-and-images.ts).
 */
export function readingFingerprint(context: ClaimContext): string {
  const hash = createHash('sha256');
  for (const text of READING_PROBE_TEXTS) {
    const normalizedText = normalizeReportText(text);
    const { tokens, conceptKey, corrected } = representClaim(context, { text, normalizedText });
    const asNotice = formatConceptKey(noticeClaimTokens(tokens, tokens));
    hash.update([normalizedText, conceptKey, corrected.join(','), asNotice, noticeTitleWords(text)].join('\t')).update('\n');
  }
  return hash.digest('base64url');
}

/** The fingerprint of the lexicon and places as they are in the database now (the seed may just have changed them). */
export async function currentReadingFingerprint(db: DbTx): Promise<string> {
  clearLexiconCache();
  clearPlaceCache();
  return readingFingerprint(await loadClaimContext(db));
}

/**
 * Records this release's reading (from currentReadingFingerprint); when another was recorded, bumps
 * the lexicon revision so the re-key sweep re-reads every stored key, and returns true.
 * `newDatabase`: nothing is stored yet, so there is nothing to re-read. An admin's edit to places or
 * terms the probe texts name also changes it: that start re-reads once more, which is harmless.
 */
export async function recordReadingFingerprint(tx: DbTx, fingerprint: string, options: { newDatabase: boolean }): Promise<boolean> {
  const row = await tx.lexiconRevision.findUnique({ where: { id: 1 }, select: { readingFingerprint: true } });
  if (row?.readingFingerprint === fingerprint) return false;
  const rereads = !options.newDatabase;
  if (rereads) await bumpLexiconRevision(tx);
  await tx.lexiconRevision.upsert({ where: { id: 1 }, create: { id: 1, revision: 1, readingFingerprint: fingerprint }, update: { readingFingerprint: fingerprint } });
  clearLexiconCache();
  return rereads;
}

/** Whether this release's reading is the one recorded (the seed's fast path: no lock, no write). */
export async function readingFingerprintRecorded(db: DbTx, fingerprint: string): Promise<boolean> {
  const row = await db.lexiconRevision.findUnique({ where: { id: 1 }, select: { readingFingerprint: true } });
  return row?.readingFingerprint === fingerprint;
}

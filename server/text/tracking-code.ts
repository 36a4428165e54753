import { randomInt } from 'node:crypto';

/**
 * Tracking codes let a reporter check on a report without an account, so they must
 * survive being read off a phone screen, copied onto paper and dictated.
 *
 * The alphabet leaves out 0/O and 1/I/L, the pairs people cannot tell apart. Typed
 * O/0 or I/L/1 are rejected rather than guessed: with both members of each pair
 * excluded there is no single character the reporter could have meant.
 * 31 symbols ^ 8 ≈ 8.5 × 10^11 codes (~39.6 bits), enough that codes cannot be
 * guessed within the lookup rate limits and random collisions are negligible.
 */
export const TRACKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TRACKING_CODE_LENGTH = 8;

/** A random code with no personal data in it, e.g. "K7PM4XQD". */
export function generateTrackingCode(): string {
  let code = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) {
    code += TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)];
  }
  return code;
}

// Reporters on a Russian/Kazakh keyboard type look-alike Cyrillic capitals.
// (Cyrillic О and І are absent on purpose: like O and I they are ambiguous.)
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  З: '3',
};

const SEPARATORS = /[\s\p{Pd}_]+/gu;

/**
 * Turns what a reporter typed ("abcd-efgh", " ABCD EFGH ", "АВСD-ЕFGН" in Cyrillic)
 * into the canonical code, or null if it cannot be a tracking code.
 */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
  let code = '';
  for (const ch of compact) code += CYRILLIC_LOOKALIKES[ch] ?? ch;
  if (code.length !== TRACKING_CODE_LENGTH) return null;
  for (const ch of code) if (!TRACKING_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** "ABCDEFGH" → "ABCD-EFGH" for display. Throws if `code` is not a tracking code. */
export function formatTrackingCode(code: string): string {
  const normalized = normalizeTrackingCode(code);
  if (normalized === null) throw new RangeError('Not a tracking code');
  return `${normalized.slice(0, 4)}-${normalized.slice(4)}`;
}

// The short code printed under every signed notice: ten Crockford base32 characters (no I, L, O
// or U, so it survives being read out over the phone or typed from a poster), shown as "ABCDE-FGHJK".
// It is derived from the signature, so it names one signed statement and cannot be chosen.
import { createHash } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

/** 50 bits of SHA-256 over the signature bytes, in Crockford base32. */
export function verificationCodeFor(signature: Buffer): string {
  const digest = createHash('sha256').update(signature).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 7)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 6n; // 56 → 50 bits
  let code = '';
  for (let i = CODE_LENGTH - 1; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  return code;
}

/** "ABCDE-FGHJK", the form people see. */
export function formatVerificationCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Crockford's reading rules: case-insensitive, I/L read as 1, O as 0; hyphens and spaces ignored. */
function normaliseCandidate(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

/**
 * Finds what could be a verification code in whatever a person brings: the code itself, a forwarded
 * SMS or Telegram message, or the address a poster's QR code opens (…/verify?code=… or
 * …/verify/CODE). Candidates come most likely first (the printed "ABCDE-FGHJK" form, then a bare
 * ten-character run with a digit, then two five-letter words); the caller looks them all up.
 */
export function extractVerificationCodes(input: string): string[] {
  const text = input.normalize('NFKC').trim();
  if (!text) return [];
  if (/^https?:\/\/\S+$/i.test(text)) {
    try {
      const url = new URL(text);
      const fromQuery = url.searchParams.get('code');
      if (fromQuery) return extractVerificationCodes(fromQuery);
      const last = url.pathname.split('/').filter(Boolean).pop();
      return last ? extractVerificationCodes(decodeURIComponent(last)) : [];
    } catch {
      // Not a usable address: look in it as text.
    }
  }
  const found = new Set<string>();
  const add = (raw: string) => {
    const candidate = normaliseCandidate(raw);
    if (isCode(candidate)) found.add(candidate);
  };
  // Typed on its own, a code needs no digit (one in ~40 has none).
  add(text);
  for (const m of text.matchAll(/(?<![0-9A-Za-z])([0-9A-Za-z]{5})[-\u2010-\u2015]([0-9A-Za-z]{5})(?![0-9A-Za-z])/g)) add(m[1]! + m[2]!);
  for (const m of text.matchAll(/(?<![0-9A-Za-z])[0-9A-Za-z]{10}(?![0-9A-Za-z])/g)) if (/\d/.test(m[0])) add(m[0]);
  for (const m of text.matchAll(/(?<![0-9A-Za-z])([0-9A-Za-z]{5}) ([0-9A-Za-z]{5})(?![0-9A-Za-z])/g)) add(m[1]! + m[2]!);
  return [...found];
}

/** The most likely code in the input, or null when nothing could be one. */
export function extractVerificationCode(input: string): string | null {
  return extractVerificationCodes(input)[0] ?? null;
}

function isCode(candidate: string): boolean {
  return candidate.length === CODE_LENGTH && [...candidate].every((c) => ALPHABET.includes(c));
}

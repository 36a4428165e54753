// Text PostgreSQL cannot store: a NUL character (U+0000) or bytes that are not UTF-8 in a string
// column (SQLSTATE 22021, 22P05). Only a request can bring such text; zod lets "\u0000" through as
// a string, and the database refused it as an unexpected error (a 500 from /api/sms/smssync's
// device_id, bench/bad-input.ts). The HTTP edge answers it as the caller's error (400).
import { anyInErrorChain } from './error-chain';

const UNSTORABLE_TEXT_SQLSTATES = new Set(['22021', '22P05']);

function isUnstorableCode(value: object): boolean {
  return (['code', 'originalCode'] as const).some((key) => {
    const code = (value as Record<string, unknown>)[key];
    return typeof code === 'string' && UNSTORABLE_TEXT_SQLSTATES.has(code);
  });
}

export function isUnstorableText(error: unknown): boolean {
  return anyInErrorChain(error, isUnstorableCode);
}

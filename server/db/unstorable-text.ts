// Text PostgreSQL cannot store: a NUL character (U+0000) or bytes that are not UTF-8 in a string
// column (SQLSTATE 22021, 22P05). Only a request can bring such text; zod lets "\u0000" through as
// a string, and the database refused it as an unexpected error (a 500 from /api/sms/smssync's
// device_id, bench/bad-input.ts). The HTTP edge answers it as the caller's error (400).
const UNSTORABLE_TEXT_SQLSTATES = new Set(['22021', '22P05']);

export function isUnstorableText(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of ['code', 'originalCode'] as const) {
      const code = (value as Record<string, unknown>)[key];
      if (typeof code === 'string' && UNSTORABLE_TEXT_SQLSTATES.has(code)) return true;
    }
    const meta = (value as { meta?: { driverAdapterError?: unknown } }).meta;
    pending.push((value as { cause?: unknown }).cause, meta?.driverAdapterError);
  }
  return false;
}

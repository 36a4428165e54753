// Tells "the database cannot be reached right now" apart from every other failure: the first is
// worth retrying in a few seconds (the HTTP edge answers 503 with Retry-After), the second is a bug.
// Prisma wraps the driver's error, so the cause chain and Prisma's own codes are both looked at.

/** How long a client is told to wait (Retry-After) while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

/** Driver-adapter error kinds (@prisma/adapter-pg) that mean the server is out of reach or full. */
const UNREACHABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
/** Prisma's codes for: can't reach the server, timed out reaching it, server closed the connection, pool timeout. */
const UNREACHABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
/** Socket errors, as node-postgres passes them on. */
const UNREACHABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', 'EAI_AGAIN']);
/** SQLSTATEs: too many connections; shutting down / crash recovery / cannot connect now. Class 08 (connection exception) is matched by prefix. */
const UNREACHABLE_SQLSTATES = new Set(['53300', '57P01', '57P02', '57P03']);
/** node-postgres and its pool say these without a code. */
const UNREACHABLE_MESSAGES = [/^Connection terminated/, /^timeout exceeded when trying to connect/, /^Client has encountered a connection error/];

function codeOf(value: object): string | undefined {
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function isUnreachable(value: object): boolean {
  const code = codeOf(value);
  if (code && (UNREACHABLE_PRISMA_CODES.has(code) || UNREACHABLE_SOCKET_CODES.has(code) || UNREACHABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind === 'string' && UNREACHABLE_ADAPTER_KINDS.has(kind)) return true;
  const message = (value as { message?: unknown }).message;
  return typeof message === 'string' && UNREACHABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/** True when `error` (or anything it wraps) says the database is unreachable, shutting down or full. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (isUnreachable(value)) return true;
    const meta = (value as { meta?: { driverAdapterError?: unknown } }).meta;
    pending.push((value as { cause?: unknown }).cause, meta?.driverAdapterError);
    if (value instanceof AggregateError) pending.push(...value.errors);
  }
  return false;
}

// Tells "the database cannot be reached right now" apart from every other failure: the first is
// worth retrying in a few seconds (the HTTP edge answers 503 with Retry-After), the second is a bug.
// Two kinds of "not now": unreachable (down, shutting down, refusing) — the whole site answers its
// outage page until a probe finds it again — and busy (reachable, but no connection or transaction
// could be had in the time we wait) — only that request is turned away; a busy database is not an
// outage and must not take every page down with it.
// Prisma wraps the driver's error, so the cause chain and Prisma's own codes are both looked at.
import { anyInErrorChain } from './error-chain';

/** How long a client is told to wait (Retry-After) while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

/** Driver-adapter error kinds (@prisma/adapter-pg) that mean the server is out of reach. */
const UNREACHABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TlsConnectionError']);
/** Prisma's codes for: can't reach the server, timed out reaching it, server closed the connection. */
const UNREACHABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017']);
/** Socket errors, as node-postgres passes them on. */
const UNREACHABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', 'EAI_AGAIN']);
/** SQLSTATEs: shutting down / crash recovery / cannot connect now. Class 08 (connection exception) is matched by prefix. */
const UNREACHABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
/** node-postgres and its pool say these without a code. */
const UNREACHABLE_MESSAGES = [/^Connection terminated/, /^Client has encountered a connection error/];

/** Busy: the pool's wait for a connection (P2024), the server's connection slots (53300), all taken. */
const BUSY_PRISMA_CODES = new Set(['P2024']);
const BUSY_ADAPTER_KINDS = new Set(['TooManyConnections']);
const BUSY_SQLSTATES = new Set(['53300']);
/**
 * Prisma's interactive transactions (P2028) that waited longer than maxWait for a connection, or
 * ran past their timeout because everything was slow; node-postgres's pool wait timing out.
 * (P2028 also names misuse — a transaction used after it closed — which stays a bug.)
 */
const BUSY_MESSAGES = [/Unable to start a transaction in the given time/, /cannot be executed on an expired transaction/, /^timeout exceeded when trying to connect/];

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

function isBusy(value: object): boolean {
  const code = codeOf(value);
  if (code && (BUSY_PRISMA_CODES.has(code) || BUSY_SQLSTATES.has(code))) return true;
  const kind = (value as { kind?: unknown }).kind;
  if (typeof kind === 'string' && BUSY_ADAPTER_KINDS.has(kind)) return true;
  const message = (value as { message?: unknown }).message;
  return typeof message === 'string' && BUSY_MESSAGES.some((pattern) => pattern.test(message));
}

/** True when `error` (or anything it wraps) says the database is unreachable or shutting down: an outage. */
export function isDatabaseUnreachable(error: unknown): boolean {
  return anyInErrorChain(error, isUnreachable);
}

/** True when `error` says the database is reachable but had no connection or transaction for us in time. */
export function isDatabaseBusy(error: unknown): boolean {
  return anyInErrorChain(error, isBusy);
}

/** Either: not the request's fault nor a bug — answered 503 with Retry-After. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return isDatabaseUnreachable(error) || isDatabaseBusy(error);
}

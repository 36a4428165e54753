// The public pages a crowd reads — home, region and check pages, notice pages, the notice feeds —
// answered by this process's HTTP server before Next.js sees the request, from a copy of Next's own
// answer kept for the current notices generation.
//
// Why: a page served from Next's data cache still goes through Next's routing, proxy.ts, the
// rewrite, the route handler and Next's per-request gzip (Next drops a handler's own
// Content-Encoding, server/send-response.js), and reaches about a tenth of a static file's rate
// (bench/RESULTS.md). Here a view costs a lookup and one write of bytes compressed once.
//
// What is kept is exactly what Next answered, never a second rendering of the page:
//  - only answers their handler marked with KEPT_COPY_HEADER (server/api/public-pages.ts,
//    notice-pages.ts, notices-feeds.ts): 200s that are the same for every reader of that address
//    and depend on nothing but the notices, whose generation the marker carries. The marker is
//    removed before the answer leaves;
//  - keyed by the exact address asked for and what else decided the answer: the region remembered
//    in the reader's cookie (home page), whether the reader came over HTTPS (HSTS);
//  - the language cookie next-intl's middleware may set is reader-specific: an answer that set one
//    is kept without it, and a later reader in the same position (same language cookie, or none and
//    the same Accept-Language) is passed on to Next, which sets it again;
//  - per-reader headers (X-Request-Id, Date) are made afresh; the body is kept identity, gzip and
//    brotli, compressed once per copy.
// A copy is served only while the notices generation it was made from is current, so a
// publication, correction or withdrawal (the pg_notify every web process's LISTEN connection turns
// into a new generation: server/notices/public-notice-cache.ts) reaches these pages at the next
// view; and for at most a minute (the data cache's safety net). While the database is known to be
// down, requests go on to Next, which answers the outage page as before.
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import { cacheablePage } from './cached-public-pages';
import { requestIsHttps } from './client-address';
import { requestIdOf } from '../api/edge';
import { databaseAvailability } from '../db/availability';
import { isLanguage } from '../i18n/languages';
import { publicNoticesGeneration } from '../notices/public-notice-cache';
import { logger } from '../log';

/** Set by a handler on an answer the front door may keep: the notices generation it was made from. */
export const KEPT_COPY_HEADER = 'x-raspa-kept-copy';

/** The marker for an answer read at `generation` (nothing when it was not read from the cache). */
export function keptCopy(generation: string | null): Record<string, string> {
  return generation === null ? {} : { [KEPT_COPY_HEADER]: generation };
}

/** As the data cache's safety net (server/notices/public-notice-cache.ts): events missed while not listening. */
const KEPT_FOR_MS = 60_000;
/** Bytes of bodies kept (identity + gzip + brotli), the oldest used dropped first. */
const MAX_KEPT_BYTES = 64 * 1024 * 1024;
/** Per-request headers, and those describing the body as it was sent: made afresh for each answer. */
const NOT_KEPT = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'x-request-id', 'set-cookie', KEPT_COPY_HEADER]);
const ENCODINGS = ['br', 'gzip', 'identity'] as const;
type Encoding = (typeof ENCODINGS)[number];

interface KeptCopy {
  generation: string;
  status: number;
  headers: OutgoingHttpHeaders;
  requestId: boolean;
  bodies: Record<Encoding, Buffer>;
}

/** What decides a request's answer besides the notices: where it may be kept, and who gets a language cookie. */
interface Variant {
  key: string;
  /** The reader's position towards next-intl's language cookie (null where the middleware does not run). */
  languageCookieKey: string | null;
}

const NOTICE_PAGE = /^\/(kk|ru|en)\/notices\/[^/]+$/;
const NOTICE_FEED = /^\/api\/v1\/feeds\/(kk|ru|en)\/(rss\.xml|atom\.xml|feed\.json)$/;

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The variant a request is answered from, or null for requests always left to Next: anything but
 * a GET of the pages above (the home, region and check pages only as a browser's document
 * request, as proxy.ts serves them), conditional or partial requests.
 */
export function keptCopyVariant(method: string | undefined, url: string, headers: IncomingHttpHeaders): Variant | null {
  if (method !== 'GET' || headers['if-none-match'] || headers['if-modified-since'] || headers.range) return null;
  const at = url.indexOf('?');
  const path = at < 0 ? url : url.slice(0, at);
  const https = requestIsHttps(new Headers(headers['x-forwarded-proto'] ? { 'x-forwarded-proto': String(headers['x-forwarded-proto']) } : {})) ? 'https' : 'http';
  if (NOTICE_PAGE.test(path) || NOTICE_FEED.test(path)) return { key: `${https} ${url}`, languageCookieKey: null };
  const locale = path.split('/')[1];
  if (!isLanguage(locale)) return null;
  const cookies = single(headers.cookie);
  let page;
  try {
    const accepts = new Headers();
    for (const name of ['accept', 'next-action', 'x-raspa-page-render'] as const) {
      const value = single(headers[name]);
      if (value !== undefined) accepts.set(name, value);
    }
    page = cacheablePage(method, new URL(url, 'http://raspa.invalid'), accepts, cookieValue(cookies, 'region'));
  } catch {
    return null;
  }
  if (!page) return null;
  const languageCookie = cookieValue(cookies, 'NEXT_LOCALE');
  const position = languageCookie !== undefined ? `cookie=${languageCookie}` : `accept-language=${single(headers['accept-language']) ?? ''}`;
  return { key: `${https} ${page.regionCookie ?? '-'} ${url}`, languageCookieKey: `${url} ${position}` };
}

export interface FrontDoorState {
  copies: LRUCache<string, KeptCopy>;
  /** Whether next-intl answered a reader in this position without setting its cookie. */
  setsNoLanguageCookie: LRUCache<string, boolean>;
  /** Copies being made (generation and key): the readers who missed together make one. */
  making: Set<string>;
}

export function createFrontDoorState(): FrontDoorState {
  return {
    copies: new LRUCache<string, KeptCopy>({
      maxSize: MAX_KEPT_BYTES,
      sizeCalculation: (copy) => copy.bodies.identity.length + copy.bodies.gzip.length + copy.bodies.br.length + 1,
      ttl: KEPT_FOR_MS,
    }),
    setsNoLanguageCookie: new LRUCache<string, boolean>({ max: 10_000 }),
    making: new Set<string>(),
  };
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const DECODERS: Record<string, (body: Buffer) => Buffer> = {
  identity: (body) => body,
  gzip: (body) => zlib.gunzipSync(body),
  br: (body) => zlib.brotliDecompressSync(body),
  deflate: (body) => zlib.inflateSync(body),
};

async function copyOf(generation: string, status: number, headers: OutgoingHttpHeaders, sent: Buffer): Promise<KeptCopy | null> {
  const decode = DECODERS[String(headers['content-encoding'] ?? 'identity').toLowerCase()];
  if (!decode) return null;
  const identity = decode(sent);
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!NOT_KEPT.has(name) && value !== undefined) kept[name] = value;
  const vary = String(kept.vary ?? '');
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  // Quality 5: a few milliseconds for a page, already smaller than gzip (11 takes ~100 ms of CPU).
  const [gzipped, brotlied] = await Promise.all([
    gzip(identity),
    brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
  ]);
  return { generation, status, headers: kept, requestId: headers['x-request-id'] !== undefined, bodies: { identity, gzip: gzipped, br: brotlied } };
}

// negotiator ≥ 1 takes the server's preference for encodings the reader accepts equally (its types lag).
type EncodingNegotiator = { encoding(available: readonly string[], options: { preferred: readonly string[] }): string | undefined };

/** Brotli where the reader accepts it as well as gzip (smaller), then gzip, else the bytes as they are. */
function preferredEncoding(request: IncomingMessage): Encoding {
  const chosen = (new Negotiator(request) as unknown as EncodingNegotiator).encoding(ENCODINGS, { preferred: ENCODINGS });
  return (ENCODINGS as readonly string[]).includes(chosen ?? '') ? (chosen as Encoding) : 'identity';
}

/** Answers from the kept copy; false when there is none for the current generation (or the reader needs a cookie). */
export function answerFromKeptCopy(state: FrontDoorState, variant: Variant, request: IncomingMessage, response: ServerResponse, generation: string): boolean {
  const copy = state.copies.get(variant.key);
  if (!copy || copy.generation !== generation) return false;
  if (variant.languageCookieKey !== null && state.setsNoLanguageCookie.get(variant.languageCookieKey) !== true) return false;
  const encoding = preferredEncoding(request);
  const body = copy.bodies[encoding] ?? copy.bodies.identity;
  const headers: OutgoingHttpHeaders = { ...copy.headers, 'content-length': body.length };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  if (copy.requestId) headers['x-request-id'] = requestIdOf(new Headers({ 'x-request-id': single(request.headers['x-request-id']) ?? '' }));
  response.writeHead(copy.status, headers);
  response.end(body);
  return true;
}

/**
 * Lets Next answer, and keeps a copy of its answer if its handler marked it as keepable: the bytes
 * as they went out (compressed by Next for this reader), decoded and compressed once per encoding.
 */
export function keepNextAnswer(state: FrontDoorState, variant: Variant, response: ServerResponse): void {
  const { writeHead, write, end } = response;
  let sent: { status: number; headers: OutgoingHttpHeaders; generation: string } | null = null;
  let marked = false;
  const chunks: Buffer[] = [];
  const take = (chunk: unknown, encoding: unknown) => {
    if (!marked || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array));
  };
  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const generation = this.getHeader(KEPT_COPY_HEADER);
    this.removeHeader(KEPT_COPY_HEADER);
    const given = rest.find((arg): arg is OutgoingHttpHeaders => typeof arg === 'object' && arg !== null && !Array.isArray(arg));
    const headers: OutgoingHttpHeaders = { ...this.getHeaders() };
    for (const [name, value] of Object.entries(given ?? {})) headers[name.toLowerCase()] = value;
    if (variant.languageCookieKey !== null && statusCode === 200 && typeof generation === 'string') {
      state.setsNoLanguageCookie.set(variant.languageCookieKey, headers['set-cookie'] === undefined);
    }
    marked = statusCode === 200 && typeof generation === 'string';
    if (marked) sent = { status: statusCode, headers, generation: generation as string };
    return Reflect.apply(writeHead, this, [statusCode, ...rest]) as ServerResponse;
  } as ServerResponse['writeHead'];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    take(args[0], args[1]);
    return Reflect.apply(write, this, args) as boolean;
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) this.writeHead(this.statusCode);
    take(args[0], args[1]);
    return Reflect.apply(end, this, args) as ServerResponse;
  } as ServerResponse['end'];
  response.once('finish', () => {
    if (!sent) return;
    const { status, headers, generation } = sent;
    const making = `${generation} ${variant.key}`;
    if (state.making.has(making) || state.copies.get(variant.key)?.generation === generation) return;
    state.making.add(making);
    copyOf(generation, status, headers, Buffer.concat(chunks))
      .then(
        (copy) => {
          if (copy) state.copies.set(variant.key, copy);
        },
        (error: unknown) => logger.warn({ err: error }, 'front door: could not keep a copy of an answer'),
      )
      .finally(() => state.making.delete(making));
  });
}

/** Answers the request from a kept copy, or lets Next answer it (keeping a copy); false when it is not for the front door at all. */
export function frontDoor(state: FrontDoorState, request: IncomingMessage, response: ServerResponse, generation: () => string, databaseDown: () => boolean): boolean {
  const variant = keptCopyVariant(request.method, request.url ?? '/', request.headers);
  if (!variant || databaseDown()) return false;
  if (answerFromKeptCopy(state, variant, request, response, generation())) return true;
  keepNextAnswer(state, variant, response);
  return false;
}

let installed = false;

/**
 * Puts the front door before every 'request' listener of this process's HTTP servers (Next's).
 * Called once at start-up (instrumentation.ts).
 */
export function serveKeptCopiesFirst(): void {
  if (installed) return;
  installed = true;
  const state = createFrontDoorState();
  // Loaded at run time: instrumentation.ts is also bundled for the Edge runtime, which has no node:http.
  const { Server: HttpServer } = process.getBuiltinModule('node:http') as typeof import('node:http');
  const emit = HttpServer.prototype.emit;
  HttpServer.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (frontDoor(state, request, response, publicNoticesGeneration, () => databaseAvailability().isKnownDown())) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

// The bad-input bench's body (what it sends, its flags: bench/bad-input.ts, which starts it once the
// production bundle and the Prisma client generated with it are current: every module here loads
// that client, so it must not be loaded before a rebuild regenerates it).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { createPrismaClient } from '../../server/db/client';
import { appRouter } from '../../server/trpc/app-router';
import { createGatewaySecret } from '../../server/channels/sms/gateway-secrets';
import { submitReport } from '../../server/reports/submit-report';
import { asActor, createPublishedNotice, createRumor, createStaff } from '../../server/testing/fixtures';
import { createSource } from '../../server/verification/create-source';
import { requestVerification } from '../../server/verification/request-verification';
import { draftVerdict } from '../../server/verification/draft-verdict';
import { saveInboxFilter } from '../../server/rumors/saved-filters';
import { BENCH_PASSWORD, inputFor, PUBLISHED_QUARTER, validTrpcInputs, VERIFIER_PROCEDURES, type BenchIds, type ValidInput } from './trpc-valid-inputs';
import { issueCredentialToken } from '../../server/staff/credential-tokens';
import { mergeRumors } from '../../server/rumors/merge-rumors';
import { draftTransparencyReport } from '../../server/transparency/draft-report';
import { saveTransparencyNarrative } from '../../server/transparency/save-narrative';
import { startFakeTelegramApi } from '../../server/testing/fake-telegram-api';
import { startThrowawayPostgres } from './throwaway-postgres';
import { loadAverage, seededRandom } from './stats';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')) as [string, string][]);
const REQUESTS = Number(args.requests ?? 300);
const CONCURRENCY = Number(args.concurrency ?? 24);
const ONLY = args.only ? new RegExp(args.only) : null;
const PG_PORT = Number(args.port ?? 55590);
const WEB_PORT = Number(args['web-port'] ?? 3590);
const WEB_SERVERS = Math.max(1, Number(args['web-servers'] ?? 1));
const WEB_PORTS = Array.from({ length: WEB_SERVERS }, (_, i) => WEB_PORT + i);
const SEED = Number(args.seed ?? 1);
const RESULTS_FILE = args.results ? path.resolve(args.results) : undefined;
const ORIGIN = `http://127.0.0.1:${WEB_PORT}`;
const PASSWORD = BENCH_PASSWORD;
const root = path.resolve(import.meta.dirname, '../..');
const log = (m: string) => process.stderr.write(`${m}\n`);
const random = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (max: number) => Math.floor(random() * max);

// ---------------------------------------------------------------------------------------------
// What is sent

interface Target {
  name: string;
  method: string;
  /** A valid address; mutations break its segments and query. */
  path: string;
  /** A valid body (object → JSON or form, string → as is), for endpoints that take one. */
  body?: unknown;
  /** How the valid body is encoded. */
  encoding?: 'json' | 'form' | 'multipart' | 'trpc-query' | 'trpc-body';
  headers?: Record<string, string>;
  /** Send the signed-in admin's cookie (staff procedures). */
  signedIn?: boolean;
  /** Signed in as the bench's verifier instead of the admin (tasks are assigned to verifiers only). */
  asVerifier?: boolean;
  /** A valid body made per shot (a row the request uses up, a name that must be new); `body` otherwise. */
  bodyFor?: (i: number) => unknown;
  /** Stream endpoints: only the status matters, the body never ends. */
  stream?: boolean;
}

interface Shot {
  method: string;
  path: string;
  headers: Record<string, string | string[]>;
  body?: Buffer;
  kind: string;
}

const BAD_ESCAPES = ['%C3%28', '%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF%FE', '%F4%90%80%80', '%00', '%25%', '%%32%35', '%u0041', '%E2%82'];
// Raw bytes in the request line (Node's client sends a latin1 string byte for byte).
const RAW_BYTES = ['\u00c3(', '\u00ff\u00fe', '\u00c0\u00af', '\u00e2\u0082', '\u00ed\u00a0\u0080', '\u0080'];
const UNICODE = [
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u0000',
  '\ufeff',
  '\u202e\u2066', // bidi override and isolate
  '\u200b\u200d\u2060',
  'e\u0301'.repeat(2000), // combining storm
  '👨‍👩‍👧‍👦'.repeat(300),
  '\uffff\ufffe',
  '\u{10ffff}',
  'Ａ'.repeat(5000), // fullwidth
  'ᱚ'.repeat(10),
  '\r\n\r\nX-Injected: 1',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${{7*7}}',
  'қазақ'.repeat(4000),
];
const WRONG_VALUES: unknown[] = [null, 0, -1, 1e308, -0, 1.5, true, false, [], [[]], {}, { a: 1 }, '', ' ', 'x'.repeat(100_000), '1', 'null', 'NaN', '9'.repeat(400), ['x'], [null], '2026-13-45T99:99:99Z', 'not-a-uuid', '../../etc/passwd', 'KZ-999'];
const CONTENT_TYPES = ['text/plain', 'application/xml', 'multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/octet-stream', 'image/png', 'application/json; boundary=x', '*/*', ';;;', 'application/jsonx', 'text/html; charset=nonsense'];

function encodeBody(target: Target, value: unknown): { body: Buffer; contentType: string } | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { body: Buffer.from(value), contentType: 'text/plain;charset=UTF-8' };
  switch (target.encoding) {
    case 'form':
      return { body: Buffer.from(formEncode(value)), contentType: 'application/x-www-form-urlencoded' };
    case 'multipart':
      return multipart(value as Record<string, unknown>);
    case 'trpc-body':
      return { body: Buffer.from(JSON.stringify({ json: value })), contentType: 'application/json' };
    default:
      return { body: Buffer.from(JSON.stringify(value)), contentType: 'application/json' };
  }
}

function formEncode(value: unknown): string {
  if (!value || typeof value !== 'object') return String(value);
  const params = new URLSearchParams();
  for (const [key, v] of Object.entries(value)) for (const item of Array.isArray(v) ? v : [v]) params.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
  return params.toString();
}

function multipart(fields: Record<string, unknown>): { body: Buffer; contentType: string } {
  const boundary = `----raspa${randomBytes(8).toString('hex')}`;
  const parts = Object.entries(fields).flatMap(([key, v]) => (Array.isArray(v) ? v : [v]).map((item) => `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${typeof item === 'object' ? JSON.stringify(item) : String(item)}\r\n`));
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

// Oversized bodies of 1–4 MiB, made once, and encoded once: building a fresh 2-million-character
// string per request cost the client (on the same 2 cores as the server) more than the server's
// refusal of it, and so did encoding it again per shot (JSON, UTF-8, 12 MB of percent-encoding for a
// form: 95 % of the time spent making shots). A shot carries a short marker where the text goes, and
// the encoded text is spliced in for it (spliceBigText): the same bytes as encoding it in place.
interface BigText {
  text: string;
  /** Letters and digits only, so JSON, form and multipart encodings leave it as it is. */
  marker: string;
  utf8: Buffer;
  /** As URLSearchParams writes it (each 'я' as %D1%8F). */
  percent: Buffer;
}
const BIG_TEXTS: BigText[] = [1, 2, 3, 4].map((mb) => {
  const text = 'я'.repeat((mb * 1024 * 1024) / 2);
  return { text, marker: `BADINPUTBIGTEXT${mb}MIB`, utf8: Buffer.from(text), percent: Buffer.from(new URLSearchParams({ t: text }).toString().slice(2)) };
});
function bigText(mb: number): BigText {
  return BIG_TEXTS[Math.min(BIG_TEXTS.length - 1, Math.floor(mb) - 1)]!;
}
/** The body with the big text's marker replaced by the text, encoded as the body is (form: percent-encoded). */
function spliceBigText(body: Buffer, big: BigText, form: boolean): Buffer {
  const at = body.indexOf(big.marker);
  // Put on `__proto__`, the text is dropped by the assignment itself (as it always was).
  if (at < 0) return body;
  return Buffer.concat([body.subarray(0, at), form ? big.percent : big.utf8, body.subarray(at + big.marker.length)]);
}

function deepNesting(depth: number): string {
  const kind = random() < 0.5;
  return kind ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** The valid body with one field (at any depth) replaced by `replace(old)`. */
function mutateField(value: unknown, replace: (old: unknown) => unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0) return [replace(undefined)];
    const copy = [...value];
    const i = int(copy.length);
    copy[i] = random() < 0.5 ? mutateField(copy[i], replace) : replace(copy[i]);
    return copy;
  }
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (keys.length === 0 || random() < 0.15) {
      copy[pick(['__proto__', 'constructor', 'prototype', 'unexpected', ''])] = replace(undefined);
      return copy;
    }
    const key = pick(keys);
    copy[key] = random() < 0.4 ? mutateField(copy[key], replace) : replace(copy[key]);
    return copy;
  }
  return replace(value);
}

/** Every byte of the UTF-8 form (a lone surrogate becomes U+FFFD's bytes; encodeURIComponent would throw). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
}

function withQuery(p: string, query: string): string {
  return p + (p.includes('?') ? '&' : '?') + query;
}

function breakSegment(p: string, insert: string): string {
  const [pathname, query] = p.split('?', 2) as [string, string | undefined];
  const segments = pathname.split('/');
  const i = 1 + int(Math.max(1, segments.length - 1));
  const s = segments[i] ?? '';
  const at = int(s.length + 1);
  segments[i] = random() < 0.3 ? insert : s.slice(0, at) + insert + s.slice(at);
  return segments.join('/') + (query !== undefined ? `?${query}` : '');
}

const KINDS = ['path-encoding', 'query-encoding', 'raw-bytes', 'oversized', 'content-type', 'nesting', 'wrong-types', 'unicode', 'truncated', 'headers', 'method', 'garbage'] as const;

function shot(target: Target, i: number, cookie: string): Shot {
  const kind = KINDS[i % KINDS.length]!;
  const headers: Record<string, string | string[]> = { ...(target.headers ?? {}) };
  if (target.signedIn && i % 10 !== 9) headers.cookie = cookie;
  if (target.method !== 'GET') headers.origin = ORIGIN;
  let method = target.method;
  let p = target.path;
  let value = target.bodyFor ? target.bodyFor(i) : target.body;
  let raw: Buffer | undefined;
  let contentType: string | undefined;
  /** An oversized shot's text, in `value` as its marker until the body is encoded. */
  let big: BigText | undefined;

  const reencodeQueryInput = (input: string) => (target.encoding === 'trpc-query' ? withQuery(p.split('?')[0]!, `input=${input}`) : withQuery(p, `q=${input}`));

  switch (kind) {
    case 'path-encoding':
      p = breakSegment(p, pick(BAD_ESCAPES));
      break;
    case 'query-encoding':
      p = withQuery(p, `${pick(['lang', 'region', 'q', 'cursor', 'input', 'code', 'text', 'batch', 'callbackUrl', pick(BAD_ESCAPES)])}=${pick(BAD_ESCAPES)}${random() < 0.5 ? pick(BAD_ESCAPES) : ''}`);
      if (target.encoding === 'trpc-query' && random() < 0.5) p = reencodeQueryInput(`%7B%22json%22%3A${pick(BAD_ESCAPES)}`);
      break;
    case 'raw-bytes':
      p = random() < 0.5 ? breakSegment(p, pick(RAW_BYTES)) : withQuery(p, `lang=${pick(RAW_BYTES)}`);
      break;
    case 'oversized': {
      const mb = 1 + random() * 3;
      if (random() < 0.25) {
        p = withQuery(p, `q=${'a'.repeat(8000 + int(60_000))}`);
      } else {
        big = bigText(mb);
        const marker = big.marker;
        value = value && typeof value === 'object' ? mutateField(value, () => marker) : marker;
        if (target.encoding === 'trpc-query') {
          p = reencodeQueryInput(encodeURIComponent(JSON.stringify({ json: 'x'.repeat(10_000 + int(20_000)) })));
          value = { text: marker };
        }
        if (value === undefined || method === 'GET') raw = big.utf8;
      }
      break;
    }
    case 'content-type':
      contentType = pick(CONTENT_TYPES);
      if (method === 'GET') method = pick(['POST', 'GET']);
      break;
    case 'nesting': {
      const nested = deepNesting(random() < 0.5 ? 2000 + int(20_000) : 50 + int(500));
      if (target.encoding === 'trpc-query') p = reencodeQueryInput(encodeURIComponent(`{"json":${nested.slice(0, 6000)}`) + (random() < 0.5 ? '}' : ''));
      else if (method === 'GET') p = withQuery(p, `q=${encodeURIComponent(nested.slice(0, 4000))}`);
      raw = Buffer.from(target.encoding === 'trpc-body' ? `{"json":${nested}}` : nested);
      contentType = target.encoding === 'form' || target.encoding === 'multipart' ? 'application/json' : undefined;
      break;
    }
    case 'wrong-types': {
      const wrong = () => structuredClone(pick(WRONG_VALUES));
      value = value === undefined ? wrong() : mutateField(value, wrong);
      if (target.encoding === 'trpc-query') p = reencodeQueryInput(encodeURIComponent(JSON.stringify({ json: value })));
      else if (method === 'GET') p = withQuery(p, `${pick(['lang', 'region', 'q', 'cursor', 'limit', 'code', 'format'])}=${encodeURIComponent(String(wrong() as string))}`);
      break;
    }
    case 'unicode': {
      const u = pick(UNICODE);
      value = value === undefined ? u : mutateField(value, (old) => (typeof old === 'string' ? old + u : u));
      if (target.encoding === 'trpc-query') p = reencodeQueryInput(encodeURIComponent(JSON.stringify({ json: value })));
      else p = random() < 0.5 ? breakSegment(p, percentEncode(u.slice(0, 200))) : withQuery(p, `q=${percentEncode(u.slice(0, 200))}`);
      if (random() < 0.3) raw = Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc3, 0x28, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xff]), Buffer.from('"}')]);
      break;
    }
    case 'truncated': {
      const full = encodeBody(target, value ?? { text: 'Говорят' })!.body.toString('utf8');
      const cut = Buffer.from(full).subarray(0, int(Math.max(1, Buffer.byteLength(full))));
      raw = cut;
      contentType = target.encoding === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
      if (target.encoding === 'trpc-query') p = reencodeQueryInput(encodeURIComponent(JSON.stringify({ json: value ?? null })).slice(0, int(40) + 1));
      break;
    }
    case 'headers': {
      const which = int(6);
      if (which === 0) headers.cookie = `${headers.cookie ? `${headers.cookie as string}; ` : ''}${'x'.repeat(4000 + int(14_000))}=${'y'.repeat(100)}`;
      if (which === 1) headers['accept-language'] = Array.from({ length: 500 + int(2000) }, (_, k) => `x${k};q=0.${k % 10}`).join(',');
      if (which === 2) headers['x-forwarded-for'] = Array.from({ length: 300 + int(1500) }, () => pick(['1.2.3.4', '::1', 'garbage', '999.1.1.1', '[::ffff:127.0.0.1]', 'unknown'])).join(', ');
      if (which === 3) for (let k = 0; k < 120; k++) headers[`x-bench-${k}`] = 'v'.repeat(50);
      if (which === 4) headers['x-request-id'] = 'r'.repeat(5000 + int(10_000));
      if (which === 5) {
        headers.origin = pick(['null', 'http://evil.example', 'http://127.0.0.1:1', '', 'http://[::1', '%']);
        headers['sec-fetch-site'] = pick(['cross-site', 'same-site', 'none', 'garbage']);
        headers.referer = pick(['http://evil.example/', '%', 'http://[']);
      }
      headers['accept'] = pick(['*/*', 'text/event-stream', 'application/json', 'image/*', '']);
      break;
    }
    case 'method':
      method = pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', method === 'GET' ? 'POST' : 'GET']);
      break;
    case 'garbage':
      raw = randomBytes(int(4096));
      contentType = pick(['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=abc', target.headers?.['content-type'] ?? 'application/json']);
      if (random() < 0.3) raw = Buffer.from(pick(['null', '[]', '0', '"x"', '{}', '{"json":null}', '{"0":{"json":1}}', 'true', '\u0000']));
      break;
  }

  let body: Buffer | undefined = raw;
  if (!body && method !== 'GET' && method !== 'HEAD') {
    const encoded = encodeBody(target, value);
    body = encoded && big ? spliceBigText(encoded.body, big, typeof value !== 'string' && target.encoding === 'form') : encoded?.body;
    contentType ??= encoded?.contentType;
  }
  // A GET's body is never read: the server answers at once and closes the socket under a client
  // still writing it, which would show as a dropped connection that says nothing about the server.
  if (method === 'GET' || method === 'HEAD' || method === 'TRACE') body = undefined;
  if (body && contentType !== undefined) headers['content-type'] = contentType;
  else if (body && !headers['content-type']) headers['content-type'] = 'application/json';
  return { method, path: p, headers, body, kind };
}

// ---------------------------------------------------------------------------------------------
// How it is sent

// --keep-alive=off: a new connection per request (a control for resets that only reused sockets see).
const KEEP_ALIVE = args['keep-alive'] !== 'off';
const agent = new http.Agent({ keepAlive: KEEP_ALIVE, maxSockets: CONCURRENCY });

/**
 * What a dropped connection looked like from this side, to tell whose it is: a pooled socket that the
 * server closed as the client reused it (the keep-alive race, the client's own), or a request the
 * server cut off (answered early and closed under an upload still being sent, or a crash).
 */
interface ResetDetail {
  kind: string;
  /** Sent once more on a new connection (a reused one dropped before any answer byte): not counted as a reset. */
  retried: boolean;
  /** ECONNRESET "socket hang up" (the server closed with FIN, no answer), "read ECONNRESET" (a TCP RST), EPIPE. */
  error: string;
  /** The socket had carried an earlier request (keep-alive), and how long it had then sat in the pool. */
  reused: boolean;
  idleMs: number | null;
  /** What the earlier request on this socket was and how it was answered. */
  previous: string | null;
  /** Answer bytes that arrived before the drop (a status line counts), and whether the whole request was sent. */
  responseBytes: number;
  requestSent: boolean;
  requestBodyBytes: number;
  /** Milliseconds from sending to the drop. */
  afterMs: number;
  /**
   * The longest spell this client's own event loop was away (busy or starved of CPU) between the
   * socket's previous request and this one: an answer that waited unread in the kernel all that time
   * left the connection idle as the server sees it, and Node closes one idle for 5 s.
   */
  clientStallMs: number;
}

/** When each pooled socket was last handed back, and what it last carried (for ResetDetail). */
const freedAt = new WeakMap<object, number>();
const lastCarried = new WeakMap<object, string>();
const previousSentAt = new WeakMap<object, number>();
agent.on('free', (socket: object) => freedAt.set(socket, performance.now()));

// The client's own stalls (its event loop away for over a second), kept for the last ten minutes.
const stalls: { end: number; ms: number }[] = [];
let lastTick = performance.now();
setInterval(() => {
  const now = performance.now();
  if (now - lastTick > 1_100) stalls.push({ end: now, ms: Math.round(now - lastTick - 100) });
  while (stalls.length && stalls[0]!.end < now - 600_000) stalls.shift();
  lastTick = now;
}, 100).unref();
/** The longest stall that overlapped [from, to]. */
function longestStall(from: number, to: number): number {
  return stalls.reduce((max, s) => (s.end >= from && s.end - s.ms <= to ? Math.max(max, s.ms) : max), 0);
}

let nextServer = 0;
// A keep-alive socket can fail after its request is done (the server closed it while the rest of a large
// body was still being written: EPIPE). The request has counted its answer already; an error emitted on
// the pooled socket with no listener would end the whole bench (it did, 44 endpoints into a 10,000 run).
const guardedSockets = new WeakSet<object>();

// --retry-stale=off counts every dropped reused connection as the server's 'reset'.
const RETRY_STALE = args['retry-stale'] !== 'off';

/**
 * Sends a shot. A reused keep-alive connection dropped before any answer byte is the client's own
 * race (the server closed it as idle while this client, its event loop away, had not yet read the
 * last answer — or sent the next request into it): like browsers and phone HTTP clients, the shot is
 * sent once more on a new connection, and that answer counts; a server that drops the request itself
 * drops it there too, as a 'reset'. Each such retry is recorded (ResetDetail.retried).
 */
function send(s: Shot, stream: boolean, onReset: (detail: ResetDetail) => void, fresh = false): Promise<number | string> {
  const port = WEB_PORTS[nextServer++ % WEB_PORTS.length]!;
  return new Promise((resolve) => {
    let done = false;
    const sentAt = performance.now();
    let responseBytes = 0;
    let status: number | undefined;
    let socketOf: object | undefined;
    let idleMs: number | null = null;
    let previous: string | null = null;
    let since = sentAt;
    let reused = false;
    const finish = (r: number | string) => {
      if (!done) {
        done = true;
        if (socketOf) lastCarried.set(socketOf, `${s.kind} ${s.method} → ${String(r)}`);
        resolve(r);
      }
    };
    let request: http.ClientRequest;
    try {
      request = http.request({ host: '127.0.0.1', port, method: s.method, path: s.path, headers: s.headers, agent: fresh ? false : agent, timeout: 60_000 }, (response) => {
        const code = response.statusCode ?? 0;
        status = code;
        responseBytes += 1;
        if (stream || code === 200 && /event-stream/.test(String(response.headers['content-type']))) {
          response.destroy();
          finish(code);
          return;
        }
        response.on('data', (chunk: Buffer) => (responseBytes += chunk.length));
        response.on('end', () => finish(code));
        response.on('error', () => finish(code));
        response.on('close', () => finish(code));
      });
    } catch (error) {
      // The client itself refused the shot (e.g. a character Node never sends): not the server's answer.
      finish(`client:${(error as { code?: string }).code ?? 'error'}`);
      return;
    }
    request.on('socket', (socket) => {
      socketOf = socket;
      // Node marks only a socket it takes from the pool as reused; one handed straight from a
      // finished request to a queued one is reused too, unmarked.
      reused = request.reusedSocket || previousSentAt.has(socket);
      if (reused) {
        const freed = freedAt.get(socket);
        idleMs = freed === undefined ? null : Math.round(performance.now() - freed);
        previous = lastCarried.get(socket) ?? null;
        since = previousSentAt.get(socket) ?? sentAt;
      }
      previousSentAt.set(socket, sentAt);
      if (guardedSockets.has(socket)) return;
      guardedSockets.add(socket);
      socket.on('error', () => undefined);
    });
    request.on('timeout', () => {
      request.destroy();
      finish('timeout');
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const reset = error.code === 'ECONNRESET' || error.code === 'EPIPE';
      const stale = reset && !done && RETRY_STALE && !fresh && reused && status === undefined;
      if (reset && !done) {
        onReset({
          retried: stale,
          kind: s.kind,
          error: `${error.code} ${error.message}`,
          reused,
          idleMs,
          previous,
          responseBytes: status === undefined ? responseBytes : Math.max(1, responseBytes),
          requestSent: request.writableFinished,
          requestBodyBytes: s.body?.length ?? 0,
          afterMs: Math.round(performance.now() - sentAt),
          clientStallMs: longestStall(since, performance.now()),
        });
      }
      if (stale) {
        done = true;
        void send(s, stream, onReset, true).then(resolve);
        return;
      }
      finish(error.code === 'ECONNREFUSED' ? 'refused' : reset ? 'reset' : `error:${error.code ?? error.message}`);
    });
    if (s.body) request.end(s.body);
    else request.end();
  });
}

interface Tally {
  counts: Map<string, number>;
  samples: string[];
  /** Seconds spent waiting for answers, summed per kind of bad input (where the sending time goes). */
  kindSeconds: Map<string, number>;
  resets: ResetDetail[];
}

function describeShot(s: Shot): string {
  const headerNames = Object.entries(s.headers).map(([k, v]) => `${k}(${String(v).length})`).join(' ');
  const body = s.body ? ` body ${s.body.length} B: ${JSON.stringify(s.body.subarray(0, 160).toString('latin1'))}` : '';
  return `[${s.kind}] ${s.method} ${s.path.slice(0, 200)}${s.path.length > 200 ? '…' : ''} · ${headerNames}${body}`;
}

async function fire(target: Target, count: number, cookie: () => string): Promise<Tally> {
  const tally: Tally = { counts: new Map(), samples: [], kindSeconds: new Map(), resets: [] };
  let next = 0;
  let answered = 0;
  const started = Date.now();
  // A long endpoint says how far it is, so a run of hours can be watched.
  const progress = setInterval(() => log(`  ${target.name}: ${answered}/${count} (${(answered / ((Date.now() - started) / 1000)).toFixed(0)}/s)`), 30_000);
  const workers = Array.from({ length: CONCURRENCY }, async () => {
    while (next < count) {
      const i = next++;
      const s = shot(target, i, cookie());
      const sentAt = performance.now();
      const result = await send(s, target.stream ?? false, (detail) => tally.resets.push(detail));
      tally.kindSeconds.set(s.kind, (tally.kindSeconds.get(s.kind) ?? 0) + (performance.now() - sentAt) / 1000);
      const key = String(result);
      answered++;
      tally.counts.set(key, (tally.counts.get(key) ?? 0) + 1);
      // 'reset': the server answered (413, 431) and closed while the client was still sending — Node's
      // own handling of an oversized request line or body; counted and shown, not a server fault.
      const serverFault = typeof result === 'number' ? result >= 500 : result === 'refused' || result === 'timeout';
      if (serverFault && tally.samples.length < 6) tally.samples.push(`${key} ← ${describeShot(s)}`);
    }
  });
  await Promise.all(workers);
  clearInterval(progress);
  return tally;
}

/**
 * The target's valid request, sent once as it is, before its bad ones: its status and where a redirect
 * goes (the query's names only, never its values), so a base input that fails — a form answered by a
 * redirect either way, a procedure refused — shows before 10,000 shots are spent on it. Not for
 * targets whose valid request uses a row up (`bodyFor`) or never ends (a stream).
 */
async function answerToBaseInput(target: Target, cookie: string): Promise<string | undefined> {
  if (target.bodyFor || target.stream) return undefined;
  const encoded = target.method === 'GET' ? undefined : encodeBody(target, target.body);
  const headers: Record<string, string> = { ...(target.headers ?? {}), ...(target.signedIn ? { cookie } : {}), ...(target.method === 'GET' ? {} : { origin: ORIGIN }) };
  if (encoded) headers['content-type'] = encoded.contentType;
  try {
    const response = await fetch(`${ORIGIN}${target.path}`, { method: target.method, headers, body: encoded ? new Uint8Array(encoded.body) : undefined, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    const location = response.headers.get('location');
    if (!location) return String(response.status);
    const to = new URL(location, ORIGIN);
    return `${response.status} → ${to.pathname}${[...to.searchParams.keys()].length ? `?${[...to.searchParams.keys()].join('&')}` : ''}${to.hash}`;
  } catch (error) {
    return `failed: ${(error as Error).message}`;
  }
}

// ---------------------------------------------------------------------------------------------
// What was measured, kept per endpoint so a long run can be stopped and continued

interface EndpointResult {
  name: string;
  counts: Record<string, number>;
  samples: string[];
  /** The first 20 error lines the server logged while it ran, and how many there were. */
  loggedErrors: string[];
  loggedErrorCount: number;
  seconds: number;
  /** Answer waits summed per kind of bad input, and the bench's own CPU seconds while it ran. */
  kindSeconds?: Record<string, number>;
  clientCpuSeconds?: number;
  /** Each dropped connection sorted by what it looked like (ResetDetail), and the first few in full. */
  resets?: ResetSummary;
  /** What the valid request alone was answered (answerToBaseInput), when it was sent. */
  baseAnswer?: string;
  finishedAt: string;
}

interface ResetSummary {
  count: number;
  byShape: Record<string, number>;
  byKind: Record<string, number>;
  /** What the reused sockets had carried before, and how long they had sat idle (ms). */
  byPrevious: Record<string, number>;
  idleMs: { min: number; median: number; max: number } | null;
  /** How long this client's own event loop had been away around each drop (ResetDetail.clientStallMs). */
  byClientStall: Record<string, number>;
  samples: ResetDetail[];
}

/** A reset's shape: whose connection it was, and how far the exchange had got. */
function resetShape(r: ResetDetail): string {
  return [r.retried ? 'retried on a new connection' : 'counted', r.reused ? 'reused socket' : 'new socket', r.responseBytes > 0 ? 'answer had begun' : 'no answer byte', r.requestSent ? 'request fully sent' : 'request still being sent', r.error].join(' · ');
}

function summariseResets(resets: ResetDetail[]): ResetSummary | undefined {
  if (resets.length === 0) return undefined;
  const count = (key: (r: ResetDetail) => string | null, from = resets) => {
    const map: Record<string, number> = {};
    for (const r of from) {
      const k = key(r);
      if (k !== null) map[k] = (map[k] ?? 0) + 1;
    }
    return map;
  };
  const idle = resets.flatMap((r) => (r.idleMs === null ? [] : [r.idleMs])).sort((a, b) => a - b);
  return {
    count: resets.length,
    byShape: count(resetShape),
    byKind: count((r) => r.kind),
    byPrevious: count((r) => (r.reused ? (r.previous ?? 'unknown') : null)),
    idleMs: idle.length ? { min: idle[0]!, median: idle[Math.floor(idle.length / 2)]!, max: idle.at(-1)! } : null,
    byClientStall: count((r) => (r.clientStallMs >= 5_000 ? 'client away ≥ 5 s' : r.clientStallMs >= 1_000 ? 'client away 1–5 s' : 'client away < 1 s')),
    samples: resets.slice(0, 12),
  };
}

interface ResultsFile {
  requests: number;
  seed: number;
  endpoints: Record<string, EndpointResult>;
}

function readResults(): ResultsFile {
  const empty: ResultsFile = { requests: REQUESTS, seed: SEED, endpoints: {} };
  if (!RESULTS_FILE || !fs.existsSync(RESULTS_FILE)) return empty;
  const kept = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as ResultsFile;
  if (kept.requests !== REQUESTS || kept.seed !== SEED) throw new Error(`${RESULTS_FILE} holds a run with --requests=${kept.requests} --seed=${kept.seed}: use another file`);
  return kept;
}

function writeResults(results: ResultsFile): void {
  if (!RESULTS_FILE) return;
  fs.writeFileSync(`${RESULTS_FILE}.tmp`, JSON.stringify(results, null, 1));
  fs.renameSync(`${RESULTS_FILE}.tmp`, RESULTS_FILE);
}

// ---------------------------------------------------------------------------------------------
// Valid skeletons for tRPC inputs, from each procedure's zod schema

function sampleFromJsonSchema(schema: Record<string, unknown> | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return null;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ('const' in schema) return schema.const;
  const anyOf = (schema.anyOf ?? schema.oneOf) as Record<string, unknown>[] | undefined;
  if (anyOf?.length) return sampleFromJsonSchema(anyOf[0], depth + 1);
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, sampleFromJsonSchema(v, depth + 1)]));
    }
    case 'array':
      return [sampleFromJsonSchema(schema.items as Record<string, unknown>, depth + 1)];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'email') return 'someone@example.org';
      if (schema.format === 'uri') return 'https://example.org/';
      if (schema.format === 'date-time') return new Date().toISOString();
      return 'x'.repeat(Math.max(1, Number(schema.minLength ?? 1)));
    default:
      return null;
  }
}

/**
 * A target per procedure. Its valid input is the bench's own (bench/lib/trpc-valid-inputs.ts,
 * pointing at the seeded rows) where there is one, else a skeleton generated from the JSON schema;
 * each is parsed by the procedure's schema here, and those it refuses are named (`invalid`).
 */
function procedureTargetsOf(valid: Record<string, ValidInput>): { targets: Target[]; invalid: string[] } {
  const procedures = (appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string; inputs: z.ZodType[]; meta?: unknown } }> } })._def.procedures;
  const publicNames = new Set<string>(PUBLIC_PROCEDURES);
  const invalid: string[] = [];
  const targets = Object.entries(procedures).flatMap(([name, procedure]): Target[] => {
    if (procedure._def.type === 'subscription') return [];
    const input = procedure._def.inputs[0];
    const own = Object.hasOwn(valid, name) ? valid[name] : undefined;
    let sample: unknown = undefined;
    if (Object.hasOwn(valid, name)) sample = inputFor(own, 0);
    else if (input) {
      try {
        sample = sampleFromJsonSchema(z.toJSONSchema(input, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>);
      } catch {
        sample = {};
      }
    }
    if (input && !input.safeParse(sample).success) invalid.push(name);
    const signedIn = !publicNames.has(name);
    const asVerifier = VERIFIER_PROCEDURES.includes(name);
    if (procedure._def.type === 'query') {
      return [{ name: `trpc ${name}`, method: 'GET', path: `/api/trpc/${name}?input=${encodeURIComponent(JSON.stringify({ json: sample ?? null }))}`, body: sample, encoding: 'trpc-query', signedIn, asVerifier } satisfies Target];
    }
    // Signing out everywhere would end the bench's own session; it is sent signed out only
    // (staff.endSessions ends another member's sessions: the seeded one's).
    const endsSession = /signOut|endSession|endAllSessions|revoke.*Session/i.test(name) && name !== 'staff.endSessions';
    const bodyFor = typeof own === 'function' ? (i: number) => inputFor(own, i) ?? {} : undefined;
    return [{ name: `trpc ${name}`, method: 'POST', path: `/api/trpc/${name}`, body: sample ?? {}, bodyFor, encoding: 'trpc-body', signedIn: signedIn && !endsSession, asVerifier } satisfies Target];
  });
  return { targets, invalid };
}

/** How many rows of each kind a valid request uses up: one per shot of a 10,000 run at most. */
const POOL = Math.min(REQUESTS, 10_000);
/**
 * A pool's size: `size` when one of the procedures that use it up is among those this run sends,
 * else one row (every valid input still names a real row). Seeding all of them took 752 s at load 30
 * before a run of nine procedures that use none (session 35).
 */
const poolFor = (size: number, ...procedures: string[]): number => (!ONLY || procedures.some((name) => ONLY.test(`trpc ${name}`)) ? Math.ceil(size) : 1);

/**
 * The rows the procedures' valid inputs point at (bench/lib/trpc-valid-inputs.ts): an open rumour,
 * a moderator the staff procedures edit, a verifier with an open task, a source, an SMS secret, a
 * saved filter; and pools of rows a valid request uses up (risk terms to remove, rumours under
 * investigation to draft a verdict on, drafts awaiting review), so most valid shots find one.
 */
async function seedForProcedures(db: ReturnType<typeof createPrismaClient>, admin: Awaited<ReturnType<typeof createStaff>>) {
  const actor = asActor(admin);
  const rumor = await createRumor(db, 'Говорят, в Актау закроют порт на неделю', ['KZ-47'], 'INVESTIGATING');
  const member = await createStaff(db, 'MODERATOR', ['KZ-47']);
  const drafter = await createStaff(db, 'MODERATOR', ['KZ-47']);
  const verifier = await createStaff(db, 'VERIFIER', ['KZ-47'], { password: PASSWORD });
  const source = await createSource(db, actor, { clientId: randomUUID(), name: 'Акимат Актау', type: 'AKIMAT', regionCodes: ['KZ-47'], reliability: 4 });
  const evidenceSource = await createSource(db, actor, { clientId: randomUUID(), name: 'Пресс-служба порта Актау', type: 'OTHER', regionCodes: ['KZ-47'], reliability: 3 });
  await draftTransparencyReport(db, actor, { quarter: PUBLISHED_QUARTER });
  await saveTransparencyNarrative(db, actor, { quarter: PUBLISHED_QUARTER, narrativeKk: 'Тоқсан ішінде 12 хабар тексерілді.', narrativeRu: 'За квартал проверено 12 сообщений.', narrativeEn: 'Twelve messages were checked this quarter.' });
  const [task] = await requestVerification(db, actor, { rumorId: rumor.id, assigneeIds: [verifier.id], question: 'Работает ли порт Актау сегодня?', dueAt: new Date(Date.now() + 7 * 86_400_000) });
  // A verifier in a crisis: 1,500 open tasks, about what requestVerification's shots had given them
  // when the unpaged list answered 2 requests a second (session 35); myTasks pages on from the middle.
  const openTasks = poolFor(1_500, 'verification.myTasks');
  await db.verificationRequest.createMany({
    data: Array.from({ length: openTasks }, (_, i) => ({ rumorId: rumor.id, question: `Работает ли порт Актау сегодня? (${i + 1})`, dueAt: new Date(Date.now() + (i + 1) * 600_000), assigneeId: verifier.id, requestedById: admin.id })),
  });
  const halfRead = await db.verificationRequest.findFirstOrThrow({ where: { assigneeId: verifier.id, status: 'OPEN' }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], skip: Math.floor(openTasks / 2), select: { id: true, dueAt: true } });
  const { id: gatewaySecretId } = await createGatewaySecret(db, actor, { label: 'to revoke' });
  const filter = await saveInboxFilter(db, actor, { name: 'to delete', query: { regionCode: 'KZ-47' } });
  const t0 = Date.now();
  // An eighth of the shots at most: every risk term is in settings.priority's answer, and with
  // 10,000 of them that query managed 4 requests a second (session 33).
  await db.riskTerm.createMany({ data: Array.from({ length: poolFor(POOL / 8, 'settings.removeRiskTerm', 'settings.priority') }, (_, i) => ({ term: `бенч пул ${i}`, matchKey: `бенч пул ${i}`, language: 'ru' as const, weight: 1 })) });
  const riskTermIds = (await db.riskTerm.findMany({ where: { term: { startsWith: 'бенч пул ' } }, select: { id: true } })).map((r) => r.id);
  const investigating = await Promise.all(Array.from({ length: poolFor(POOL / 4, 'verification.draftVerdict') }, (_, i) => createRumor(db, `Говорят, в Актау закроют школу № ${i}`, ['KZ-47'], 'INVESTIGATING')));
  const drafts: string[] = [];
  for (let i = 0; i < poolFor(POOL / 20, 'verification.reviewVerdict'); i++) {
    const pending = await createRumor(db, `Говорят, в Жанаозене отключат воду в доме ${i}`, ['KZ-47'], 'INVESTIGATING');
    // High risk: the draft waits for a second moderator's review (four eyes) instead of approving itself.
    await db.rumor.update({ where: { id: pending.id }, data: { highRisk: true } });
    const draft = await draftVerdict(db, asActor(drafter), { rumorId: pending.id, verdict: 'UNVERIFIED', rationale: 'Подтверждений нет ни от акимата, ни от очевидцев.' });
    drafts.push(draft.draft.id);
  }
  // A correction to write, and (a fortieth of the shots each) notices to withdraw, invitation links and merges to undo.
  const corrected = await createPublishedNotice(db, { slug: `bench-correction-${randomBytes(3).toString('hex')}`, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { ru: 'Порт Актау закроют на неделю' } });
  const small = poolFor(POOL / 40, 'notices.withdraw', 'account.setPasswordWithLink', 'rumors.undoMerge');
  const withdrawNoticeIds: string[] = [];
  const inviteTokens: string[] = [];
  const merges: { rumorId: string; eventId: string }[] = [];
  for (let i = 0; i < small; i++) {
    const { notice } = await createPublishedNotice(db, { slug: `bench-withdraw-${i}-${randomBytes(3).toString('hex')}`, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { ru: `Говорят, в Актау закроют рынок № ${i}` } });
    withdrawNoticeIds.push(notice.id);
    const invited = await createStaff(db, 'VERIFIER', ['KZ-47']);
    inviteTokens.push((await db.$transaction((tx) => issueCredentialToken(tx, { userId: invited.id, purpose: 'INVITE', createdById: admin.id, now: new Date() }))).token);
    const [target, source] = await Promise.all([createRumor(db, `Говорят, в Актау закроют библиотеку № ${i}`, ['KZ-47'], 'INVESTIGATING'), createRumor(db, `В Актау закрывают библиотеку № ${i}`, ['KZ-47'], 'NEW')]);
    await mergeRumors(db, actor, { targetId: target.id, sourceIds: [source.id] });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'rumor.merge_received', entityId: target.id }, select: { id: true } });
    merges.push({ rumorId: target.id, eventId: String(event.id) });
  }
  log(`seeded for the procedures' valid inputs: ${riskTermIds.length} risk terms, ${investigating.length} rumours under investigation, ${drafts.length} verdict drafts, ${small} notices to withdraw, invitations and merges, ${openTasks + 1} open tasks of the verifier (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const ids: Omit<BenchIds, 'webhookId'> = {
    rumorId: rumor.id,
    memberId: member.id,
    verifierId: verifier.id,
    verificationRequestId: task!.id,
    myTasksCursor: { dueAt: halfRead.dueAt.toISOString(), id: halfRead.id },
    sourceId: source.id,
    evidenceSourceId: evidenceSource.id,
    gatewaySecretId,
    savedFilterId: filter.id,
    riskTermIds,
    investigatingRumorIds: investigating.map((r) => r.id),
    draftIds: drafts,
    correctedNotice: { rumorId: corrected.rumor.id, noticeId: corrected.notice.id },
    withdrawNoticeIds,
    inviteTokens,
    merges,
  };
  return { verifier, ids };
}

// Procedures any visitor may call (the rest need a staff session).
const PUBLIC_PROCEDURES = ['account.setPasswordWithLink'];

// ---------------------------------------------------------------------------------------------

async function main() {
  const pgServer = await startThrowawayPostgres({ name: 'bad-input', port: PG_PORT, log });
  const serverLogPath = path.join(os.tmpdir(), `raspa-bad-input-server-${process.pid}.log`);
  const serverLog = fs.openSync(serverLogPath, 'w');
  const telegram = await startFakeTelegramApi();
  const webServers: ChildProcess[] = [];
  // Ctrl-C: the throwaway PostgreSQL's own handler stops it and exits, so `finally` below never runs
  // and the web servers outlived the bench on its ports. They are stopped on the signal (first, before
  // their database goes) and on any exit.
  const stopWebServers = () => {
    for (const web of webServers) if (web.exitCode === null && web.signalCode === null) web.kill('SIGTERM');
  };
  process.prependListener('SIGINT', stopWebServers);
  process.prependListener('SIGTERM', stopWebServers);
  process.once('exit', stopWebServers);
  try {
    const databaseUrl = await pgServer.createDatabase('bad_input_bench');
    const telegramSecret = randomBytes(24).toString('base64url');
    const encryptionKey = randomBytes(32).toString('base64');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: ORIGIN,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      RASPA_ENCRYPTION_KEY: encryptionKey,
      RATE_LIMIT_DISABLED: 'true',
      // webhooks.create's valid input names a literal local address (the bench runs offline).
      RASPA_WEBHOOK_ALLOW_PRIVATE: 'true',
      TELEGRAM_BOT_TOKEN: `123456789:${randomBytes(24).toString('base64url')}`,
      TELEGRAM_WEBHOOK_SECRET: telegramSecret,
      TELEGRAM_API_BASE_URL: telegram.url,
      LOG_LEVEL: 'warn',
    };

    // Fixtures the valid addresses point at: a published notice, a report's tracking code, an SMSSync secret, an admin.
    const db = createPrismaClient(databaseUrl, 2);
    const admin = await createStaff(db, 'ADMIN', ['KZ-47'], { password: PASSWORD });
    const slug = `bad-input-${randomBytes(3).toString('hex')}`;
    await createPublishedNotice(db, { slug, verdict: 'FALSE', regionCodes: ['KZ-47'], titles: { kk: 'Жалған хабар', ru: 'Ложное сообщение', en: 'A false message' } });
    const { report } = await submitReport(db, { clientId: randomUUID(), text: 'Говорят, в Актау закроют порт', regionCode: 'KZ-47' }, { channel: 'WEB', encryptionKey });
    const trackingCode = report.trackingCode;
    const { secret: smsSecret } = await createGatewaySecret(db, asActor(admin), { label: 'bad-input bench' });
    // A confirmed e-mail subscription whose unsubscribe link chooses a digest: the cadence post reaches the use case.
    const subscriptionToken = randomBytes(24).toString('base64url');
    await db.subscription.create({ data: { channel: 'EMAIL', regionCodes: ['KZ-47'], language: 'ru', confirmed: true, addressCipher: 'bad-input bench', addressHash: randomBytes(16).toString('hex'), unsubscribeToken: subscriptionToken } });
    const seeded = await seedForProcedures(db, admin);
    await db.$disconnect();

    for (const port of WEB_PORTS) {
      const web = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: root, env, stdio: ['ignore', serverLog, serverLog] });
      webServers.push(web);
      for (let i = 0; ; i++) {
        if (i > 240) throw new Error('the web server did not become healthy');
        if (web.exitCode !== null) throw new Error(`the web server exited (log: ${serverLogPath})`);
        if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok).catch(() => false)) break;
        await new Promise((r) => setTimeout(r, 250));
      }
    }

    // Signed in as the admin through next-auth's own credentials flow.
    const signIn = async (email = admin.email): Promise<string> => {
      const csrf = await fetch(`${ORIGIN}/api/auth/csrf`);
      const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const response = await fetch(`${ORIGIN}/api/auth/callback/credentials`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie },
        body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: 'true' }),
      });
      const session = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('next-auth.session-token='));
      if (!session) throw new Error(`sign-in failed: ${response.status}`);
      return session;
    };
    let cookie = await signIn();
    let verifierCookie = await signIn(seeded.verifier.email);
    // The webhook the valid input of webhooks.setActive points at, made as the admin would make it.
    const webhook = await fetch(`${ORIGIN}/api/trpc/webhooks.create`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN, cookie }, body: JSON.stringify({ json: { url: 'http://127.0.0.1:9/hook', label: 'bench' } }) });
    if (!webhook.ok) throw new Error(`webhooks.create for the seed: ${webhook.status} ${await webhook.text()}`);
    const webhookId = ((await webhook.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
    const procedureTargets = procedureTargetsOf(validTrpcInputs({ ...seeded.ids, webhookId }));
    if (procedureTargets.invalid.length) log(`tRPC procedures whose valid input their schema refuses (a generated skeleton; bad requests built from it reach the use case less often): ${procedureTargets.invalid.join(', ')}`);

    const reportBody = { clientId: randomUUID(), text: 'Говорят, в Актау закроют порт на неделю', regionCode: 'KZ-47', settlement: 'Актау', heardVia: 'WHATSAPP', language: 'ru' };
    const allTargets: Target[] = [
      // Site pages, with their parameters.
      { name: 'page /', method: 'GET', path: '/' },
      { name: 'page home', method: 'GET', path: '/ru?region=KZ-47' },
      { name: 'page check', method: 'GET', path: '/ru/check?q=%D0%BF%D0%BE%D1%80%D1%82&region=KZ-47' },
      { name: 'page report', method: 'GET', path: '/kk/report?text=%D0%BF%D0%BE%D1%80%D1%82&error=imageTooLarge' },
      { name: 'page track', method: 'GET', path: '/ru/track?code=' + trackingCode },
      { name: 'page track/[code]', method: 'GET', path: `/ru/track/${trackingCode}?sent=1` },
      { name: 'page regions/[code]', method: 'GET', path: '/en/regions/KZ-47?cursor=' },
      { name: 'page notices/[slug]', method: 'GET', path: `/ru/notices/${slug}?v=1` },
      { name: 'page notices/[slug]/card.png', method: 'GET', path: `/kk/notices/${slug}/card.png` },
      { name: 'page notices/[slug]/poster', method: 'GET', path: `/en/notices/${slug}/poster?size=a4` },
      { name: 'page verify', method: 'GET', path: '/ru/verify?code=RASPA1-abc' },
      { name: 'page subscribe', method: 'GET', path: '/ru/subscribe?region=KZ-47&language=ru&error=email' },
      { name: 'page subscribe/confirm/[token]', method: 'GET', path: `/ru/subscribe/confirm/${randomBytes(24).toString('base64url')}` },
      { name: 'page unsubscribe/[token]', method: 'GET', path: `/ru/unsubscribe/${randomBytes(24).toString('base64url')}` },
      { name: 'page notices', method: 'GET', path: '/ru/notices?before=' },
      { name: 'page transparency', method: 'GET', path: '/ru/transparency?quarter=2026-Q3&region=KZ-47' },
      { name: 'page privacy', method: 'GET', path: '/en/privacy' },
      { name: 'page offline', method: 'GET', path: '/ru/offline' },
      { name: 'page without-internet', method: 'GET', path: '/kk/without-internet' },
      { name: 'page signin', method: 'GET', path: '/ru/signin?callbackUrl=%2Fru%2Fadmin&error=CredentialsSignin' },
      { name: 'page signin/password/[token]', method: 'GET', path: `/ru/signin/password/${randomBytes(24).toString('base64url')}` },
      { name: 'page unknown address', method: 'GET', path: '/ru/no/such/page' },
      // The pages' plain forms (without JavaScript), and a post to a page that takes none.
      { name: 'form report/send', method: 'POST', path: '/ru/report/send', encoding: 'multipart', body: reportBody, headers: { accept: 'text/html' } },
      // The check question and "Report this" post, so what is searched is in no address (session 34).
      { name: 'form check/search', method: 'POST', path: '/ru/check/search', encoding: 'form', body: { q: 'Говорят, в Актау закроют порт' }, headers: { accept: 'text/html' } },
      { name: 'form report/start', method: 'POST', path: '/kk/report/start', encoding: 'form', body: { text: 'Ақтауда портты жабады дейді' }, headers: { accept: 'text/html' } },
      { name: 'form privacy/forget', method: 'POST', path: '/kk/privacy/forget', encoding: 'form', body: { code: trackingCode }, headers: { accept: 'text/html' } },
      // The staff pages' search forms (SMS log, risk terms): signed in as the admin, the words come back sealed in a 303 (session 36).
      { name: 'staff POST admin/search', method: 'POST', path: '/api/admin/search', encoding: 'form', body: { locale: 'ru', page: 'sms-log', q: '+7 701 123 45 67 закроют порт', direction: 'INBOUND', status: 'FAILED' }, headers: { accept: 'text/html' }, signedIn: true },
      { name: 'post to a page', method: 'POST', path: '/ru/report', encoding: 'multipart', body: { $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"60608bbfb39ea2cb9becbbe1944b143922069685ea","bound":"$@1"}', '$ACTION_1:1': '["ru"]', $ACTION_KEY: 'k0', ...reportBody }, headers: { accept: 'text/html' } },
      // REST API v1.
      { name: 'api POST reports', method: 'POST', path: '/api/v1/reports', body: reportBody },
      { name: 'api GET reports/[code]', method: 'GET', path: `/api/v1/reports/${trackingCode}?lang=ru` },
      { name: 'api notices', method: 'GET', path: '/api/v1/notices?region=KZ-47&lang=ru&cursor=' },
      { name: 'api notices/[slug]', method: 'GET', path: `/api/v1/notices/${slug}?lang=kk` },
      { name: 'api notices/search', method: 'GET', path: '/api/v1/notices/search?q=%D0%BF%D0%BE%D1%80%D1%82&lang=ru' },
      { name: 'api POST notices/search', method: 'POST', path: '/api/v1/notices/search?lang=ru', body: { q: 'порт закроют' } },
      { name: 'api POST settlements', method: 'POST', path: '/api/v1/settlements?region=KZ-47', body: { q: 'Акт' } },
      { name: 'api settlements', method: 'GET', path: '/api/v1/settlements?q=%D0%90%D0%BA%D1%82&region=KZ-47' },
      { name: 'api openapi.json', method: 'GET', path: '/api/v1/openapi.json' },
      { name: 'api stream', method: 'GET', path: '/api/v1/stream?lang=ru&region=KZ-47', stream: true },
      { name: 'api feeds', method: 'GET', path: `/api/v1/feeds/${pick(['ru', 'kk', 'en'])}/rss.xml?region=KZ-47` },
      { name: 'api feeds json', method: 'GET', path: '/api/v1/feeds/kk/feed.json' },
      { name: 'api bundles/[region]', method: 'GET', path: '/api/v1/bundles/KZ-47' },
      { name: 'api export/[file]', method: 'GET', path: '/api/v1/export/notices.csv?lang=ru&region=KZ-47&from=2026-01-01' },
      { name: 'api transparency/[source]/[file]', method: 'GET', path: '/api/v1/transparency/live/tables.json?lang=ru&from=2026-10-01&to=2026-12-01' },
      { name: 'api POST subscriptions (JSON)', method: 'POST', path: '/api/v1/subscriptions', body: { channel: 'email', language: 'ru', regionCodes: ['KZ-47'], email: 'someone@example.org' } },
      { name: 'api POST subscriptions (form)', method: 'POST', path: '/api/v1/subscriptions', encoding: 'form' as const, body: { locale: 'ru', language: 'ru', regionCodes: 'KZ-47', email: 'someone@example.org' } },
      { name: 'api unsubscribe/[token]', method: 'POST', path: `/api/v1/subscriptions/unsubscribe/${randomBytes(24).toString('base64url')}`, body: {} },
      { name: 'api POST subscriptions/cadence/[token] (JSON)', method: 'POST', path: `/api/v1/subscriptions/cadence/${subscriptionToken}`, body: { cadence: 'DAILY' } },
      { name: 'api POST subscriptions/cadence/[token] (form)', method: 'POST', path: `/api/v1/subscriptions/cadence/${subscriptionToken}`, encoding: 'form' as const, body: { locale: 'ru', cadence: 'WEEKLY' } },
      { name: 'api notice-views/[slug]', method: 'GET', path: `/api/notice-views/${slug}?lang=ru` },
      { name: 'api region-choice', method: 'GET', path: '/api/region-choice?locale=ru&region=KZ-47' },
      { name: 'api health', method: 'GET', path: '/api/health' },
      { name: 'well-known raspa-keys.json', method: 'GET', path: '/.well-known/raspa-keys.json' },
      // Channel webhooks.
      { name: 'smssync POST', method: 'POST', path: '/api/sms/smssync', encoding: 'form' as const, body: { from: '+77011234567', message: 'Говорят, в Актау закроют порт', secret: smsSecret, sent_timestamp: String(Date.now()), message_id: randomUUID(), sent_to: '+77000000000', device_id: 'bench' } },
      { name: 'smssync GET task=send', method: 'GET', path: `/api/sms/smssync?task=send&secret=${smsSecret}` },
      { name: 'telegram webhook', method: 'POST', path: '/api/telegram/webhook', headers: { 'x-telegram-bot-api-secret-token': telegramSecret }, body: { update_id: 1, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: 424242, type: 'private' }, from: { id: 424242, is_bot: false, first_name: 'A' }, text: 'Говорят, в Актау закроют порт' } } },
      // next-auth.
      { name: 'auth callback/credentials', method: 'POST', path: '/api/auth/callback/credentials', encoding: 'form' as const, body: { csrfToken: 'x', email: admin.email, password: 'wrong password', json: 'true' } },
      { name: 'auth session/csrf', method: 'GET', path: '/api/auth/session' },
      // Every tRPC procedure.
      ...procedureTargets.targets,
    ];
    const targets = allTargets.filter((t) => !ONLY || ONLY.test(t.name));

    const started = Date.now();
    const kept = readResults();
    const resumed = targets.filter((t) => kept.endpoints[t.name]).length;
    log(`${targets.length} endpoints/procedures × ${REQUESTS} requests, ${CONCURRENCY} at a time, against ${WEB_PORTS.map((port) => `127.0.0.1:${port}`).join(' and ')} (server log: ${serverLogPath})${resumed ? `; ${resumed} already done in ${RESULTS_FILE}` : ''}`);
    // Errors the server logged while a target ran (an unexpected failure answered as a redirect or
    // a 4xx still counts): pino error lines and Next's own "⨯ Error" lines.
    let logOffset = fs.statSync(serverLogPath).size;
    const newServerErrors = (): string[] => {
      const size = fs.statSync(serverLogPath).size;
      const fd = fs.openSync(serverLogPath, 'r');
      const chunk = Buffer.alloc(size - logOffset);
      fs.readSync(fd, chunk, 0, chunk.length, logOffset);
      fs.closeSync(fd);
      logOffset = size;
      return chunk.toString('utf8').split('\n').filter((line) => /^\{.*"level":(50|60)/.test(line) || /^⨯ /.test(line) || /^[A-Za-z]*Error: /.test(line));
    };
    let signedOutSeen = 0;
    let sentNow = 0;
    for (const [index, target] of targets.entries()) {
      if (kept.endpoints[target.name]) continue;
      const baseAnswer = await answerToBaseInput(target, target.asVerifier ? verifierCookie : cookie);
      if (baseAnswer) log(`    ${target.name}: its valid request alone is answered ${baseAnswer}`);
      const t0 = Date.now();
      const cpu0 = process.cpuUsage();
      const tally = await fire(target, REQUESTS, () => (target.asVerifier ? verifierCookie : cookie));
      const cpu = process.cpuUsage(cpu0);
      await new Promise((r) => setTimeout(r, 100));
      const loggedErrors = newServerErrors();
      const seconds = (Date.now() - t0) / 1000;
      sentNow += REQUESTS;
      kept.endpoints[target.name] = { name: target.name, counts: Object.fromEntries(tally.counts), samples: tally.samples, loggedErrors: loggedErrors.slice(0, 20).map((line) => line.slice(0, 500)), loggedErrorCount: loggedErrors.length, seconds, kindSeconds: Object.fromEntries(tally.kindSeconds), clientCpuSeconds: (cpu.user + cpu.system) / 1e6, resets: summariseResets(tally.resets), baseAnswer, finishedAt: new Date().toISOString() };
      writeResults(kept);
      const line = [...tally.counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}×${v}`).join(' ');
      log(`[${index + 1}/${targets.length}] ${target.name.padEnd(44)} ${line}${loggedErrors.length ? ` · ${loggedErrors.length} errors logged` : ''}  (${seconds.toFixed(1)} s, ${(REQUESTS / seconds).toFixed(0)}/s, load ${loadAverage()})`);
      const resets = kept.endpoints[target.name]!.resets;
      if (resets) log(`    resets: ${Object.entries(resets.byShape).map(([k, v]) => `${v} × ${k}`).join('; ')}${resets.idleMs ? ` (reused sockets idle ${resets.idleMs.min}–${resets.idleMs.max} ms, median ${resets.idleMs.median})` : ''}; ${Object.entries(resets.byClientStall).map(([k, v]) => `${v} × ${k}`).join(', ')}`);
      // A fuzzed procedure may have ended the admin's session: sign in again for the next one.
      const signedOut = (c: string) => fetch(`${ORIGIN}/api/auth/session`, { headers: { cookie: c } }).then((r) => r.json()).then((s: { user?: unknown }) => !s.user);
      if (target.signedIn && (await signedOut(cookie))) {
        signedOutSeen++;
        cookie = await signIn();
      }
      if (target.signedIn && (await signedOut(verifierCookie))) {
        signedOutSeen++;
        verifierCookie = await signIn(seeded.verifier.email);
      }
      if (webServers.some((web) => web.exitCode !== null)) throw new Error('a web server died');
    }

    const results = targets.map((target) => kept.endpoints[target.name]!);
    const requestsOf = (r: EndpointResult) => Object.values(r.counts).reduce((a, b) => a + b, 0);
    const total = results.reduce((sum, r) => sum + requestsOf(r), 0);
    const statuses = new Map<string, number>();
    for (const r of results) for (const [k, v] of Object.entries(r.counts)) statuses.set(k, (statuses.get(k) ?? 0) + v);
    const failing = results.filter((r) => r.samples.length > 0 || r.loggedErrors.length > 0);
    const loggedTotal = results.reduce((sum, r) => sum + r.loggedErrorCount, 0);
    const seconds = (Date.now() - started) / 1000;
    const measuredSeconds = results.reduce((sum, r) => sum + r.seconds, 0);

    console.log(`\nBad input: ${targets.length} endpoints and procedures × ${REQUESTS} requests = ${total} requests in ${measuredSeconds.toFixed(0)} s of sending (${(total / measuredSeconds).toFixed(0)}/s; ${sentNow} of them in this run's ${seconds.toFixed(0)} s), concurrency ${CONCURRENCY}, ${WEB_SERVERS} web server(s), seed ${SEED}`);
    console.log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load ${loadAverage()}; PostgreSQL: ${pgServer.version}`);
    console.log(`kinds (in turn): ${KINDS.join(', ')}`);
    console.log(`\n| endpoint / procedure | ${'requests'} | statuses |`);
    console.log('|---|---|---|');
    for (const r of results) console.log(`| ${r.name} | ${requestsOf(r)} | ${Object.entries(r.counts).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}: ${v}`).join(' · ')} |`);
    console.log(`| **all** | ${total} | errors logged by the server: ${loggedTotal} ·  ${[...statuses].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}: ${v}`).join(' · ')} |`);
    // Where the time went: answer waits per kind (summed over concurrent requests, so shares, not
    // wall time), the bench's own CPU against the wall time, and the slowest endpoints.
    const byKind = new Map<string, number>();
    for (const r of results) for (const [k, v] of Object.entries(r.kindSeconds ?? {})) byKind.set(k, (byKind.get(k) ?? 0) + v);
    const waited = [...byKind.values()].reduce((a, b) => a + b, 0);
    if (waited > 0) console.log(`\nshare of answer waiting by kind: ${[...byKind].sort(([, a], [, b]) => b - a).map(([k, v]) => `${k} ${((100 * v) / waited).toFixed(0)} %`).join(' · ')}`);
    const clientCpu = results.reduce((sum, r) => sum + (r.clientCpuSeconds ?? 0), 0);
    if (clientCpu > 0) console.log(`the bench's own CPU: ${clientCpu.toFixed(0)} s in ${measuredSeconds.toFixed(0)} s of sending (${((100 * clientCpu) / measuredSeconds).toFixed(0)} % of one core)`);
    console.log(`slowest: ${[...results].sort((a, b) => b.seconds - a.seconds).slice(0, 8).map((r) => `${r.name} ${(requestsOf(r) / r.seconds).toFixed(0)}/s`).join(' · ')}`);
    console.log(`projected for these ${targets.length} endpoints × ${Math.max(REQUESTS, 10_000)} at this run's rate: ${((targets.length * Math.max(REQUESTS, 10_000)) / (total / measuredSeconds) / 3600).toFixed(1)} h`);
    const withResets = results.filter((r) => r.resets);
    if (withResets.length) {
      console.log('\nDropped connections, by what they looked like from the client:');
      for (const r of withResets) console.log(`  ${r.name}: ${Object.entries(r.resets!.byShape).map(([k, v]) => `${v} × ${k}`).join('; ')}${r.resets!.idleMs ? ` — reused sockets had sat idle ${r.resets!.idleMs.min}–${r.resets!.idleMs.max} ms (median ${r.resets!.idleMs.median})` : ''}; ${Object.entries(r.resets!.byClientStall ?? {}).map(([k, v]) => `${v} × ${k}`).join(', ')}`);
    }
    if (signedOutSeen) console.log(`(the admin was signed in again ${signedOutSeen} times after a procedure ended the session)`);
    if (failing.length) {
      console.log(`\n5xx, dropped connections or logged errors on ${failing.length} endpoints (server log: ${serverLogPath}):`);
      for (const r of failing) for (const sample of r.samples) console.log(`  ${r.name}: ${sample}`);
      for (const r of failing) for (const line of r.loggedErrors.slice(0, 3)) console.log(`  ${r.name} logged: ${line.slice(0, 300)}`);
      process.exitCode = 1;
    } else {
      console.log('\nNo 5xx, no dropped connection, no error logged.');
    }
  } finally {
    agent.destroy();
    for (const web of webServers) if (web.exitCode === null) web.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    for (const web of webServers) if (web.exitCode === null) web.kill('SIGKILL');
    await telegram.close();
    await pgServer.stop();
  }
}

await main();

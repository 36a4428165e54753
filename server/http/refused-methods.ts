// Requests refused by the process's HTTP servers before Next.js sees them:
// - a method a site address does not take: pages (and the files beside them) take GET and HEAD, the
//   plain forms' endpoints POST; anything else is 405 with Allow and the refusal page in the
//   visitor's language. Next answered these in ways of its own — OPTIONS to a page an empty 400, a
//   POST as a damaged server action (409 or 500), a route file's missing method a bare 405 without
//   Allow — and copied each body for proxy.ts, a copy that fails as an uncaught "Error: aborted"
//   when the client hangs up (bench/bad-input.ts);
// - methods the Fetch standard forbids (TRACE, TRACK, CONNECT) anywhere: Next builds a `Request`
//   for every page and route, and `new Request()` throws on these (a bare 500); under /api they get
//   the API's JSON problem;
// - an address longer than any Raspa makes (MAX_REQUEST_TARGET_LENGTH): 414 with a page saying so
//   (the API's JSON problem under /api). Next and the language middleware would echo it into a
//   Location header (/?q=… → /ru?q=…), making an answer whose header block is larger than Node's
//   own client, or a reverse proxy's buffer, accepts (bench/bad-input.ts saw HPE_HEADER_OVERFLOW);
// - bytes that are no request (a body sent without Content-Length after an OPTIONS or DELETE, which
//   Node's parser reads as the next request): Node answers 400 and drops the connection at once,
//   cutting off the request still being answered on it ("Error: aborted" again, and that request's
//   answer lost). The answer in flight is finished first; then the 400, and the connection closes.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { renderMethodNotAllowed, renderUriTooLong } from '../notices/render/notice-document';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { ApiProblem, problemResponse, requestedLanguage } from './problem';
import { documentContentSecurityPolicy } from './security-headers';

const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);
/** What the API's routes take between them (each route answers its own missing methods). */
const API_ALLOWED = 'GET, HEAD, POST';

/** Where the public pages' plain forms post (server/api/page-forms.ts); no other page takes a POST. */
export const PAGE_FORM_ENDPOINT = /^\/(kk|ru|en)\/(report\/send|report\/start|check\/search|privacy\/forget)\/?$/;

/** Addresses whose routes answer every method themselves: the API, Next's assets, the signing keys. */
const ROUTES_DECIDE = /^\/(api|_next|\.well-known)(\/|$)/;

/**
 * The longest request target (path and query) taken. The longest Raspa makes is the check page's
 * question or the report form's text carried over from it: 2,000 characters, each up to 6 once
 * percent-encoded (Cyrillic, Kazakh letters, half an emoji) — 12,000 and a few. Echoed once into
 * a redirect's Location, 12 KiB still leaves room under Node's 16 KiB header limit.
 */
export const MAX_REQUEST_TARGET_LENGTH = 12 * 1024;

export function isRequestTargetTooLong(url: string | undefined): boolean {
  return (url ?? '').length > MAX_REQUEST_TARGET_LENGTH;
}

export function isForbiddenMethod(method: string | undefined): boolean {
  return FORBIDDEN_METHODS.has((method ?? '').toUpperCase());
}

/** The methods a site address takes, or null where its route decides (the API and assets). */
export function methodsTakenAt(pathname: string): string[] | null {
  if (ROUTES_DECIDE.test(pathname)) return null;
  return PAGE_FORM_ENDPOINT.test(pathname) ? ['POST'] : ['GET', 'HEAD'];
}

/** Whether a request is refused here (a method its address does not take, or a forbidden one). */
export function isRefusedHere(method: string | undefined, url: string): boolean {
  if (isForbiddenMethod(method)) return true;
  const taken = methodsTakenAt(url.split('?')[0] ?? '/');
  return taken !== null && !taken.includes((method ?? '').toUpperCase());
}

/** The 405: status, headers and body (the JSON problem under /api, the refusal page elsewhere). */
export async function refusedMethodAnswer(url: string, headers: Headers): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const path = url.split('?')[0] ?? '/';
  const firstSegment = path.split('/')[1];
  const language = requestedLanguage(headers, firstSegment) ?? DEFAULT_LANGUAGE;
  const taken = methodsTakenAt(path);
  if (!taken) {
    const response = problemResponse(new ApiProblem(405, 'method_not_allowed', {}, { allow: API_ALLOWED }), language);
    return { status: 405, headers: { 'content-type': response.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store', allow: API_ALLOWED }, body: await response.text() };
  }
  const page = renderMethodNotAllowed(language);
  return {
    status: 405,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', allow: taken.join(', '), 'content-security-policy': documentContentSecurityPolicy(page) },
    body: page,
  };
}

/** The 414 for an address too long: the JSON problem under /api, the page saying so elsewhere. */
export async function uriTooLongAnswer(url: string, headers: Headers): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const firstSegment = url.split(/[/?#]/)[1];
  const language = requestedLanguage(headers, firstSegment) ?? DEFAULT_LANGUAGE;
  if (/^\/api(\/|\?|$)/.test(url)) {
    const response = problemResponse(new ApiProblem(414, 'uri_too_long'), language);
    return { status: 414, headers: { 'content-type': response.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' }, body: await response.text() };
  }
  const page = renderUriTooLong(language);
  return { status: 414, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': documentContentSecurityPolicy(page) }, body: page };
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && name === 'accept-language') headers.set(name, value.slice(0, 1000));
  }
  return headers;
}

/** More than this is not read before refusing: the answer goes out and the connection closes. */
const READ_BEFORE_REFUSING_BYTES = 4 * 1024 * 1024;

/**
 * Calls `then` once the request's body has been read (and dropped): answering in the middle of an
 * upload makes the client drop the connection before it reads the answer.
 */
function afterBody(request: IncomingMessage, then: (readWhole: boolean) => void): void {
  let done = false;
  const finish = (readWhole: boolean) => {
    if (done) return;
    done = true;
    then(readWhole);
  };
  if (request.complete) return finish(true);
  let bytes = 0;
  request.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > READ_BEFORE_REFUSING_BYTES) finish(false);
  });
  request.once('end', () => finish(true));
  request.once('error', () => finish(false));
  request.resume();
}

function refuse(request: IncomingMessage, response: ServerResponse): void {
  const tooLong = isRequestTargetTooLong(request.url);
  const answerOf = tooLong ? uriTooLongAnswer : refusedMethodAnswer;
  afterBody(request, (readWhole) => {
    void answerOf(request.url ?? '/', headersOf(request)).then(
      (answer) => {
        response.writeHead(answer.status, readWhole ? answer.headers : { ...answer.headers, connection: 'close' });
        response.end(answer.body);
      },
      () => {
        response.writeHead(tooLong ? 414 : 405, tooLong ? { connection: 'close' } : { allow: API_ALLOWED, connection: 'close' }).end();
      },
    );
  });
}

const CLIENT_ERROR_ANSWERS: Record<string, string> = {
  HPE_HEADER_OVERFLOW: 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};
const BAD_REQUEST = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const answeredSockets = new WeakSet<Duplex>();

/**
 * Node's own answer to what its parser cannot read (400, 431, 408), given only once the answer in
 * flight on that connection, if any, has gone out. Other socket errors (the peer reset) close it
 * as Node would.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (answeredSockets.has(socket)) return; // the parser reports every later chunk again
  answeredSockets.add(socket);
  const parseError = typeof error.code === 'string' && (error.code.startsWith('HPE_') || error.code === 'ERR_HTTP_REQUEST_TIMEOUT');
  const answerAndClose = () => {
    if (parseError && socket.writable) socket.end(CLIENT_ERROR_ANSWERS[error.code ?? ''] ?? BAD_REQUEST);
    // Whatever the peer still sends is not read; a peer that never closes is cut off.
    setTimeout(() => socket.destroy(), 2_000).unref();
  };
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (!parseError || !socket.writable || !inFlight || inFlight.writableFinished) {
    if (!parseError) return void socket.destroy();
    return answerAndClose();
  }
  let once = false;
  const afterInFlight = () => {
    if (once) return;
    once = true;
    answerAndClose();
  };
  inFlight.once('finish', afterInFlight);
  inFlight.once('close', afterInFlight);
}

let installed = false;

/**
 * Refuses what is refused here before any 'request' listener of this process's HTTP servers (Next's)
 * sees it, and answers unreadable requests after the answer in flight. Called once at start-up
 * (instrumentation.ts).
 */
export function refuseUnhandledRequests(): void {
  if (installed) return;
  installed = true;
  // Loaded at run time: instrumentation.ts is also bundled for the Edge runtime, which has no node:http.
  const { Server: HttpServer } = process.getBuiltinModule('node:http') as typeof import('node:http');
  const emit = HttpServer.prototype.emit;
  HttpServer.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (isRequestTargetTooLong(request.url) || isRefusedHere(request.method, request.url ?? '/')) {
        refuse(request, response);
        return true;
      }
    }
    // Only when nobody else listens: then Node would have answered and closed at once.
    if (event === 'clientError' && this.listenerCount('clientError') === 0) {
      const [error, socket] = args as [NodeJS.ErrnoException, Duplex];
      answerClientError(error, socket);
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

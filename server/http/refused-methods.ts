// Methods the Fetch standard forbids (TRACE, TRACK, CONNECT): Next.js builds a `Request` for every
// page and route, and `new Request()` throws on these, so Next answered them with a bare 500 before
// any code of ours ran (found by bench/bad-input.ts). They are answered 405 here, ahead of Next's
// own request listener: the API's JSON problem under /api, the refusal page in the visitor's
// language elsewhere.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { renderMethodNotAllowed } from '../notices/render/notice-document';
import { DEFAULT_LANGUAGE } from '../i18n/languages';
import { ApiProblem, problemResponse, requestedLanguage } from './problem';
import { documentContentSecurityPolicy } from './security-headers';

const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);
const ALLOWED = 'GET, HEAD, POST';

export function isForbiddenMethod(method: string | undefined): boolean {
  return FORBIDDEN_METHODS.has((method ?? '').toUpperCase());
}

/** The 405 a forbidden method gets: status, headers and body. */
export async function refusedMethodAnswer(url: string, headers: Headers): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const path = url.split('?')[0] ?? '/';
  const firstSegment = path.split('/')[1];
  const language = requestedLanguage(headers, firstSegment) ?? DEFAULT_LANGUAGE;
  if (path.startsWith('/api/') || path.startsWith('/.well-known/')) {
    const response = problemResponse(new ApiProblem(405, 'method_not_allowed', {}, { allow: ALLOWED }), language);
    return { status: 405, headers: { 'content-type': response.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store', allow: ALLOWED }, body: await response.text() };
  }
  const page = renderMethodNotAllowed(language);
  return {
    status: 405,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', allow: ALLOWED, 'content-security-policy': documentContentSecurityPolicy(page) },
    body: page,
  };
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && name === 'accept-language') headers.set(name, value.slice(0, 1000));
  }
  return headers;
}

let installed = false;

/**
 * Answers forbidden methods before any 'request' listener of this process's HTTP servers (Next's)
 * sees them. Called once at start-up (instrumentation.ts).
 */
export function refuseForbiddenMethods(): void {
  if (installed) return;
  installed = true;
  // Loaded at run time: instrumentation.ts is also bundled for the Edge runtime, which has no node:http.
  const { Server: HttpServer } = process.getBuiltinModule('node:http') as typeof import('node:http');
  const emit = HttpServer.prototype.emit;
  HttpServer.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (isForbiddenMethod(request.method)) {
        void refusedMethodAnswer(request.url ?? '/', headersOf(request)).then((answer) => {
          response.writeHead(answer.status, answer.headers);
          response.end(answer.body);
        }, () => {
          response.writeHead(405, { allow: ALLOWED }).end();
        });
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

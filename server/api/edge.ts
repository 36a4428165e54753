// What every REST response has in common: a request id (the caller's, when it sent a sane one),
// `cache-control: no-store` unless the handler chose otherwise, client errors as JSON problems in
// the caller's language, and anything unexpected as a 500 whose log line carries the request id.
import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { DomainError } from '../errors';
import { ApiProblem, apiTranslator, isApiLanguage, languageFromRequest, problem, problemResponse, translateFieldErrors, type ApiLanguage } from '../http/problem';
import type { RateLimitPolicy } from '../http/rate-limit';
import type { ApiDeps } from './deps';

export interface ApiRequestContext {
  url: URL;
  requestId: string;
  /** Language of messages in error bodies; a handler may refine it once it has read the body. */
  language: ApiLanguage;
  /** ?lang= when it names a supported language. */
  explicitLanguage?: ApiLanguage;
}

// Anything else (too long, control characters) could smuggle text into logs and headers.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(headers: Headers): string {
  const incoming = headers.get('x-request-id');
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Error details safe to log. Prisma's messages can quote the query's arguments (report text,
 * contacts), so for its errors only the name, code and stack frames are kept.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 12).join('\n');
  const fromPrisma = error.name.startsWith('PrismaClient') || 'clientVersion' in error;
  return { name: error.name, code: typeof code === 'string' ? code : undefined, message: fromPrisma ? undefined : error.message.slice(0, 300), stack: frames };
}

export async function handleApiRequest(request: Request, deps: Pick<ApiDeps, 'log'>, handler: (context: ApiRequestContext) => Promise<Response>): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang');
  const context: ApiRequestContext = {
    url,
    requestId,
    language: languageFromRequest(request.headers, lang),
    explicitLanguage: isApiLanguage(lang) ? lang : undefined,
  };
  let response: Response;
  try {
    response = await handler(context);
  } catch (error) {
    if (error instanceof ApiProblem) response = problemResponse(error, context.language);
    // Domain functions validate their own input too; whatever gets that far is still the caller's error.
    else if (error instanceof ZodError) response = problemResponse(new ApiProblem(400, 'validation', { fieldErrors: translateFieldErrors(error, context.language) }), context.language);
    else if (error instanceof DomainError && error.code === 'NOT_FOUND') response = problemResponse(new ApiProblem(404, 'not_found'), context.language);
    else {
      deps.log.error({ requestId, method: request.method, path: url.pathname, err: loggableError(error) }, 'api request failed');
      response = problem(500, 'internal', apiTranslator(context.language)('api.internal'), { requestId });
    }
  }
  response.headers.set('x-request-id', requestId);
  if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
  return response;
}

/** 429 with Retry-After when the caller has used up the policy's budget. */
export async function enforceRateLimit(deps: Pick<ApiDeps, 'consumeRateLimit'>, policy: RateLimitPolicy, headers: Headers): Promise<void> {
  const decision = await deps.consumeRateLimit(policy, headers);
  if (!decision.allowed) throw new ApiProblem(429, 'rate_limited', {}, { 'retry-after': String(decision.retryAfterSeconds) });
}

/** Query parameters are text; an absent or empty one means "not given", anything else must be a number. */
export function numberParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  return value ? Number(value) : undefined;
}

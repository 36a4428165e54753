// JSON error bodies of the public API: a stable machine code, a human message in the caller's
// language (Accept-Language), and per-field messages for validation errors.
import type { ZodError } from 'zod';
import { isLanguage, type Language } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';

/** The language the caller asked for (explicit choice first, then Accept-Language), if any. */
export function requestedLanguage(headers: Headers, explicit?: string | null): Language | undefined {
  if (isLanguage(explicit)) return explicit;
  const accepted = (headers.get('accept-language') ?? '').toLowerCase();
  for (const part of accepted.split(',')) {
    const tag = part.trim().slice(0, 2);
    if (isLanguage(tag)) return tag;
  }
  return undefined;
}

export function languageFromRequest(headers: Headers, explicit?: string | null): Language {
  return requestedLanguage(headers, explicit) ?? 'en';
}

export type FieldErrors = Record<string, string[]>;

/** Translated `errors.<key>` message; unknown keys fall back to the generic "not valid". */
export function translateErrorKey(key: string, language: Language): string {
  const t = translatorFor(language);
  const path = `errors.${key}` as 'errors.invalid';
  return t.has(path) ? t(path) : t('errors.invalid');
}

/**
 * Zod issues → { field: [translated message] }; zod messages are keys under `errors` in messages/*.json.
 * `fieldNames` renames schema fields to what the caller sent (e.g. regionCode → region).
 */
export function translateFieldErrors(error: ZodError, language: Language, fieldNames: Record<string, string> = {}): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.map(String).join('.') : '_';
    const field = fieldNames[path] ?? path;
    const message = translateErrorKey(issue.message, language);
    const messages = (fields[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return fields;
}

export function problem(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}): Response {
  return Response.json({ error: code, message, ...extra }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/** Machine codes of the API's error bodies, with the message each carries. */
const PROBLEM_MESSAGES = {
  validation: 'api.validation',
  bad_request: 'api.badRequest',
  invalid_json: 'api.invalidJson',
  invalid_multipart: 'api.invalidMultipart',
  too_large: 'api.tooLarge',
  unsupported_media_type: 'api.unsupportedMediaType',
  method_not_allowed: 'api.methodNotAllowed',
  uri_too_long: 'api.uriTooLong',
  rate_limited: 'api.rateLimited',
  not_found: 'api.notFound',
  conflict: 'api.conflict',
  unauthorized: 'api.unauthorized',
  forbidden: 'api.forbidden',
  internal: 'api.internal',
  unavailable: 'api.unavailable',
} as const;
export type ProblemCode = keyof typeof PROBLEM_MESSAGES;
export const PROBLEM_CODES = Object.keys(PROBLEM_MESSAGES) as ProblemCode[];

/**
 * An error as HTTP answers it, thrown by a handler from any depth or made by the edge from a
 * domain error (`cause`); the edge turns it into the response, with the message in the language
 * known by then (which may come from the request body).
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly extra: Record<string, unknown> = {},
    readonly headers: HeadersInit = {},
    cause?: unknown,
  ) {
    super(`${status} ${code}`, { cause });
    this.name = 'ApiProblem';
  }
}

export function problemResponse(error: ApiProblem, language: Language): Response {
  const t = translatorFor(language);
  // A 415 from an endpoint that reads JSON alone (`accept` in its body) says so, not "JSON or multipart".
  const message = error.code === 'unsupported_media_type' && error.extra.accept === 'application/json' ? t('api.unsupportedMediaTypeJson') : t(PROBLEM_MESSAGES[error.code]);
  return problem(error.status, error.code, message, error.extra, error.headers);
}

export function validationProblem(fieldErrors: FieldErrors): ApiProblem {
  return new ApiProblem(400, 'validation', { fieldErrors });
}

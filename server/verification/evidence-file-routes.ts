// The HTTP edge of evidence files, kept out of app/ so the route files stay one call each.
// Errors come back as { error: <verification.errors key>, message: <translated> }.
import { createTranslator } from 'next-intl';
import en from '../../messages/en.json';
import kk from '../../messages/kk.json';
import ru from '../../messages/ru.json';
import type { Db } from '../db/client';
import { DomainError, type DomainErrorCode } from '../errors';
import { requestedLanguage, type ApiLanguage } from '../http/problem';
import { BodyTooLargeError, readBodyWithLimit } from '../http/read-body';
import { hasRole, MODERATION_ROLES, STAFF_ROLES, type Actor } from '../policy';
import { attachEvidenceFile, MAX_EVIDENCE_FILE_BYTES, PDF_MIME_TYPE } from './attach-evidence-file';
import { readEvidenceFile } from './read-evidence-file';

const catalogs = { en, kk, ru } as const;
// Room for the multipart boundaries and headers around the one file.
const UPLOAD_BODY_LIMIT_BYTES = MAX_EVIDENCE_FILE_BYTES + 64 * 1024;
const STATUS: Record<DomainErrorCode, number> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

function errorResponse(request: Request, status: number, key: string): Response {
  const language: ApiLanguage = requestedLanguage(request.headers, new URL(request.url).searchParams.get('lang')) ?? 'en';
  const t = createTranslator({ locale: language, messages: catalogs[language], namespace: 'verification.errors' });
  const message = t.has(key as 'generic') ? t(key as 'generic') : t('generic');
  return Response.json({ error: key, message }, { status, headers: { 'cache-control': 'no-store' } });
}

function domainErrorResponse(request: Request, error: unknown): Response {
  if (error instanceof DomainError) return errorResponse(request, STATUS[error.code], error.code === 'BAD_REQUEST' || error.code === 'CONFLICT' ? error.message : error.code);
  throw error;
}

/** POST multipart with one `file` part: moderators covering the evidence's rumour. */
export async function handleEvidenceFileUpload(request: Request, db: Db, actor: Actor | null, evidenceId: string): Promise<Response> {
  if (!actor) return errorResponse(request, 401, 'FORBIDDEN');
  if (!hasRole(actor, MODERATION_ROLES)) return errorResponse(request, 403, 'FORBIDDEN');
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'multipart/form-data') return errorResponse(request, 415, 'fileMissing');
  let form: FormData;
  try {
    const body = await readBodyWithLimit(request, UPLOAD_BODY_LIMIT_BYTES);
    form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
  } catch (error) {
    if (error instanceof BodyTooLargeError) return errorResponse(request, 413, 'fileTooLarge');
    return errorResponse(request, 400, 'fileMissing');
  }
  const part = form.get('file');
  if (part === null || typeof part === 'string') return errorResponse(request, 400, 'fileMissing');
  try {
    const stored = await attachEvidenceFile(db, actor, { evidenceId, bytes: new Uint8Array(await part.arrayBuffer()) });
    return Response.json(stored, { status: 201, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return domainErrorResponse(request, error);
  }
}

/** GET one file: staff covering the evidence's rumour. PDFs are downloaded, never rendered inline. */
export async function handleEvidenceFileDownload(request: Request, db: Db, actor: Actor | null, evidenceId: string, fileId: string): Promise<Response> {
  if (!actor) return errorResponse(request, 401, 'FORBIDDEN');
  if (!hasRole(actor, STAFF_ROLES)) return errorResponse(request, 403, 'FORBIDDEN');
  try {
    const file = await readEvidenceFile(db, actor, { evidenceId, fileId });
    const headers: Record<string, string> = {
      'content-type': file.mimeType,
      'content-length': String(file.byteSize),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      // Even if a browser were talked into rendering it as a page, it runs nothing and loads nothing.
      'content-security-policy': "default-src 'none'; sandbox",
    };
    if (file.mimeType === PDF_MIME_TYPE) headers['content-disposition'] = `attachment; filename="evidence-${file.id}.pdf"`;
    return new Response(new Uint8Array(file.data), { status: 200, headers });
  } catch (error) {
    return domainErrorResponse(request, error);
  }
}

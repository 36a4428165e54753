// POST /api/admin/evidence/<id>/files (one photo or PDF, multipart) and GET …/files/<fileId>, for
// the moderators and admins who may open the evidence's rumour (field verifiers may not). Errors come back as { error: <verification.errors key>,
// message: <translated> }, which the evidence panel shows beside the form.
import { requireStaffActor } from '../auth/current-actor';
import { DomainError } from '../errors';
import { ApiProblem, type ProblemCode } from '../http/problem';
import { readBodyWithLimit } from '../http/read-body';
import { MODERATION_ROLES } from '../policy';
import { attachEvidenceFile, MAX_EVIDENCE_FILE_BYTES, PDF_MIME_TYPE, type EvidenceFileRejection } from '../verification/attach-evidence-file';
import { readEvidenceFile } from '../verification/read-evidence-file';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest, type ProblemRenderer } from './edge';
import { translatorFor } from '../i18n/translator';
import { UPLOADED_FILE_HEADERS } from '../http/security-headers';

// Room for the multipart boundaries and headers around the one file.
const UPLOAD_BODY_LIMIT_BYTES = MAX_EVIDENCE_FILE_BYTES + 64 * 1024;

const REASON_BY_PROBLEM: Partial<Record<ProblemCode, string>> = { unauthorized: 'FORBIDDEN', forbidden: 'FORBIDDEN', not_found: 'NOT_FOUND', too_large: 'fileTooLarge', rate_limited: 'rateLimited' };

/** A refusal the panel can explain: its reason is a `verification.errors` key. */
function refused(status: number, code: ProblemCode, reason: EvidenceFileRejection): ApiProblem {
  return new ApiProblem(status, code, { reason });
}

const evidenceProblem: ProblemRenderer = (problem, context) => {
  const cause = problem.cause;
  const reason =
    cause instanceof DomainError && (cause.code === 'BAD_REQUEST' || cause.code === 'CONFLICT')
      ? cause.message
      : typeof problem.extra.reason === 'string'
        ? problem.extra.reason
        : (REASON_BY_PROBLEM[problem.code] ?? 'generic');
  const t = translatorFor(context.language);
  const key = `verification.errors.${reason}` as 'verification.errors.generic';
  return Response.json({ error: reason, message: t.has(key) ? t(key) : t('verification.errors.generic') }, { status: problem.status });
};

/** POST multipart with one `file` part: moderators covering the evidence's rumour. */
export function handleEvidenceFileUpload(request: Request, deps: ApiDeps, { id: evidenceId }: { id: string }): Promise<Response> {
  return handleApiRequest(
    request,
    deps,
    async () => {
      const actor = await requireStaffActor(deps.db, await deps.session(), MODERATION_ROLES);
      await enforceRateLimit(deps, 'staff.write', { staff: actor.id });
      const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (mediaType !== 'multipart/form-data') throw refused(415, 'unsupported_media_type', 'fileMissing');
      const body = await readBodyWithLimit(request, UPLOAD_BODY_LIMIT_BYTES);
      const form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type')! } }).formData().catch(() => {
        throw refused(400, 'invalid_multipart', 'fileMissing');
      });
      const part = form.get('file');
      if (part === null || typeof part === 'string') throw refused(400, 'invalid_multipart', 'fileMissing');
      const stored = await attachEvidenceFile(deps.db, actor, { evidenceId, bytes: new Uint8Array(await part.arrayBuffer()) });
      return Response.json(stored, { status: 201 });
    },
    evidenceProblem,
  );
}

/** GET one file: moderators covering the evidence's rumour, as for the rumour itself. PDFs are downloaded, never rendered inline. */
export function handleEvidenceFileDownload(request: Request, deps: ApiDeps, { id: evidenceId, fileId }: { id: string; fileId: string }): Promise<Response> {
  return handleApiRequest(
    request,
    deps,
    async () => {
      const actor = await requireStaffActor(deps.db, await deps.session(), MODERATION_ROLES);
      const file = await readEvidenceFile(deps.db, actor, { evidenceId, fileId });
      const headers: Record<string, string> = {
        'content-type': file.mimeType,
        'content-length': String(file.byteSize),
        'cache-control': 'private, no-store',
        ...UPLOADED_FILE_HEADERS,
      };
      if (file.mimeType === PDF_MIME_TYPE) headers['content-disposition'] = `attachment; filename="evidence-${file.id}.pdf"`;
      return new Response(new Uint8Array(file.data), { status: 200, headers });
    },
    evidenceProblem,
  );
}

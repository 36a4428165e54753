// POST /api/admin/tasks/<id>/answer — a field verifier's answer with up to three photos (multipart:
// an `answer` JSON part and `photos` file parts), sent by the task page or, after a phone was
// offline, by its outbox with the same idempotency key (a resend returns 200 and the first answer).
// PUT on the same path corrects the answer within ten minutes (a `correction` JSON part, new
// `photos`). Only the task's assignee; errors come back as { error: <key>, message: <translated> }
// so the page shows why next to what the verifier typed.
import { ZodError } from 'zod';
import { requireStaffActor } from '../auth/current-actor';
import { DomainError } from '../errors';
import { ApiProblem, type ProblemCode } from '../http/problem';
import { readBodyWithLimit } from '../http/read-body';
import { translatorFor } from '../i18n/translator';
import { MAX_EVIDENCE_FILE_BYTES } from '../verification/attach-evidence-file';
import { answerVerification } from '../verification/answer-verification';
import { correctVerificationAnswer } from '../verification/correct-verification-answer';
import { MAX_ANSWER_PHOTOS } from '../verification/schema';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest, type ProblemRenderer } from './edge';

// One more photo than allowed still fits, so that "too many photos" is said as such, not as "too big".
const BODY_LIMIT_BYTES = (MAX_ANSWER_PHOTOS + 1) * MAX_EVIDENCE_FILE_BYTES + 64 * 1024;

const REASON_BY_PROBLEM: Partial<Record<ProblemCode, string>> = { unauthorized: 'FORBIDDEN', forbidden: 'FORBIDDEN', not_found: 'NOT_FOUND', too_large: 'photoTooLarge', rate_limited: 'rateLimited' };

const answerProblem: ProblemRenderer = (problem, context) => {
  const cause = problem.cause;
  const t = translatorFor(context.language);
  let reason: string;
  if (cause instanceof ZodError) reason = cause.issues[0]?.message ?? 'generic';
  else if (cause instanceof DomainError) reason = cause.message;
  else if (typeof problem.extra.reason === 'string') reason = problem.extra.reason;
  else reason = REASON_BY_PROBLEM[problem.code] ?? 'generic';
  // Validation keys live under `verification.validation`, refusals under `verification.errors`.
  const key = [`verification.errors.${reason}`, `verification.validation.${reason}`].find((candidate) => t.has(candidate as 'verification.errors.generic'));
  const message = key ? t(key as 'verification.errors.generic') : t('verification.errors.generic');
  return Response.json({ error: key ? reason : 'generic', message }, { status: problem.status });
};

async function readAnswerForm(request: Request, jsonField: string): Promise<{ json: Record<string, unknown>; photos: Uint8Array[] }> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'multipart/form-data') throw new ApiProblem(415, 'unsupported_media_type', { reason: 'generic' });
  const body = await readBodyWithLimit(request, BODY_LIMIT_BYTES);
  const form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type')! } }).formData().catch(() => {
    throw new ApiProblem(400, 'invalid_multipart', { reason: 'generic' });
  });
  const raw = form.get(jsonField);
  let json: unknown;
  try {
    json = typeof raw === 'string' ? JSON.parse(raw) : null;
  } catch {
    json = null;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ApiProblem(400, 'validation', { reason: 'generic' });
  const photos = await Promise.all(form.getAll('photos').filter((part): part is File => typeof part !== 'string').map(async (part) => new Uint8Array(await part.arrayBuffer())));
  return { json: json as Record<string, unknown>, photos };
}

/** Signed-in staff, the staff write limit, then the form's answer and photos for `use`. */
function handleAnswerForm(request: Request, deps: ApiDeps, part: 'answer' | 'correction', use: (actor: Awaited<ReturnType<typeof requireStaffActor>>, input: Record<string, unknown>) => Promise<Response>): Promise<Response> {
  return handleApiRequest(
    request,
    deps,
    async () => {
      const actor = await requireStaffActor(deps.db, await deps.session());
      await enforceRateLimit(deps, 'staff.write', { staff: actor.id });
      const { json, photos } = await readAnswerForm(request, part);
      return use(actor, { ...json, photos });
    },
    answerProblem,
  );
}

/** POST: the assignee answers (201), or resends an answer already stored under its clientId (200). */
export function handleTaskAnswer(request: Request, deps: ApiDeps, { id }: { id: string }): Promise<Response> {
  return handleAnswerForm(request, deps, 'answer', async (actor, input) => {
    const answered = await answerVerification(deps.db, actor, { ...input, id } as Parameters<typeof answerVerification>[2]);
    return Response.json(answered, { status: answered.replayed ? 200 : 201 });
  });
}

/** PUT: the assignee corrects their answer within the window. */
export function handleTaskAnswerCorrection(request: Request, deps: ApiDeps, { id }: { id: string }): Promise<Response> {
  return handleAnswerForm(request, deps, 'correction', async (actor, input) =>
    Response.json(await correctVerificationAnswer(deps.db, actor, { ...input, id } as Parameters<typeof correctVerificationAnswer>[2]), { status: 200 }),
  );
}

// POST /api/admin/tasks/<id>/answer: a field verifier's answer from a phone, multipart so that up to
// three photos travel with it in one request (one transaction: the answer never arrives without its
// photos, nor the photos twice). Fields: answer, note?, lat? + lng? ("I am at the place"), photo × ≤3.
// Errors come back as { error: <verification.errors key>, message: <translated> }, like evidence files.
import { requireStaffActor } from '../auth/current-actor';
import { ApiProblem } from '../http/problem';
import { readBodyWithLimit } from '../http/read-body';
import { STAFF_ROLES } from '../policy';
import { MAX_EVIDENCE_FILE_BYTES } from '../verification/attach-evidence-file';
import { answerVerification } from '../verification/answer-verification';
import { MAX_ANSWER_PHOTOS } from '../verification/schema';
import type { ApiDeps } from './deps';
import { enforceRateLimit, handleApiRequest } from './edge';
import { evidenceProblem } from './evidence-files';

// Room for the note, the multipart boundaries and headers around the photos.
const ANSWER_BODY_LIMIT_BYTES = MAX_ANSWER_PHOTOS * MAX_EVIDENCE_FILE_BYTES + 64 * 1024;

const text = (form: FormData, name: string): string | undefined => {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/** Only the task's assignee may answer (checked by the use case); any staff member may try. */
export function handleFieldAnswer(request: Request, deps: ApiDeps, { id }: { id: string }): Promise<Response> {
  return handleApiRequest(
    request,
    deps,
    async () => {
      const actor = await requireStaffActor(deps.db, await deps.session(), STAFF_ROLES);
      await enforceRateLimit(deps, 'staff.write', { staff: actor.id });
      const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (mediaType !== 'multipart/form-data') throw new ApiProblem(415, 'unsupported_media_type', { reason: 'generic' });
      const body = await readBodyWithLimit(request, ANSWER_BODY_LIMIT_BYTES);
      const form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type')! } }).formData().catch(() => {
        throw new ApiProblem(400, 'invalid_multipart', { reason: 'generic' });
      });
      const files = form.getAll('photo').filter((part): part is File => typeof part !== 'string' && part.size > 0);
      const lat = text(form, 'lat');
      const lng = text(form, 'lng');
      const photos = await Promise.all(files.slice(0, MAX_ANSWER_PHOTOS + 1).map(async (file) => new Uint8Array(await file.arrayBuffer())));
      const answered = await answerVerification(
        deps.db,
        actor,
        { id, answer: (text(form, 'answer') ?? '') as 'CONFIRMS', note: text(form, 'note'), atPlace: lat !== undefined || lng !== undefined ? { lat: lat ?? '', lng: lng ?? '' } : undefined },
        photos,
      );
      return Response.json(answered, { status: 201 });
    },
    evidenceProblem,
  );
}

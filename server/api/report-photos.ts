// GET /<locale>/admin/rumors/<id>/photos/<fileId>: a reporter's photo, for whoever may open its
// rumour — moderators and admins of the rumour's regions; a field verifier may not, even in the
// region (photos can show a reporter's face or home). Private: never kept by shared caches;
// outside the actor's regions it reads as missing.
import { z } from 'zod';
import { requireStaffActor } from '../auth/current-actor';
import { DomainError } from '../errors';
import { ApiProblem } from '../http/problem';
import { MODERATION_ROLES } from '../policy';
import { readReportPhoto } from '../rumors/read-report-photo';
import type { ApiDeps } from './deps';
import { handleApiRequest } from './edge';
import { UPLOADED_FILE_HEADERS } from '../http/security-headers';

export function handleReportPhotoGet(request: Request, deps: ApiDeps, { id: rumorId, fileId }: { id: string; fileId: string }): Promise<Response> {
  return handleApiRequest(request, deps, async () => {
    const actor = await requireStaffActor(deps.db, await deps.session(), MODERATION_ROLES);
    if (!z.uuid().safeParse(rumorId).success || !z.uuid().safeParse(fileId).success) throw new ApiProblem(404, 'not_found');
    const photo = await readReportPhoto(deps.db, actor, rumorId, fileId).catch((error: unknown) => {
      // Forbidden is answered as missing: the answer does not confirm the photo exists.
      if (error instanceof DomainError && error.code === 'FORBIDDEN') throw new ApiProblem(404, 'not_found');
      throw error;
    });
    return new Response(new Uint8Array(photo.data), {
      headers: { 'content-type': photo.mimeType, 'cache-control': 'private, max-age=3600', 'content-disposition': 'inline', ...UPLOADED_FILE_HEADERS },
    });
  });
}

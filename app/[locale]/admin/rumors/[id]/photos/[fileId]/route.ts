// A report's photo for staff who work on its rumour. Private: never cached by shared caches,
// never served to anyone outside the rumour's regions.
import { getServerSession } from 'next-auth';
import { authOptions } from '@/server/auth/options';
import { db } from '@/server/db/client';
import { DomainError } from '@/server/errors';
import { readReportPhoto } from '@/server/rumors/read-report-photo';
import { loadActor } from '@/server/staff/load-actor';

export const dynamic = 'force-dynamic';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string; fileId: string }> }) {
  const { id, fileId } = await params;
  const session = await getServerSession(authOptions);
  const actor = session?.user?.id ? await loadActor(db(), session.user.id) : null;
  if (!actor) return new Response('Unauthorized', { status: 401, headers: { 'cache-control': 'private, no-store' } });
  if (!UUID.test(id) || !UUID.test(fileId)) return new Response('Not found', { status: 404 });
  try {
    const photo = await readReportPhoto(db(), actor, id, fileId);
    return new Response(new Uint8Array(photo.data), {
      headers: {
        'content-type': photo.mimeType,
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
        'content-disposition': 'inline',
      },
    });
  } catch (error) {
    // A photo outside the actor's regions is reported as missing, not as forbidden.
    if (error instanceof DomainError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return new Response('Not found', { status: 404, headers: { 'cache-control': 'private, no-store' } });
    throw error;
  }
}

import { getServerSession } from 'next-auth';
import { authOptions } from '@/server/auth/options';
import { db } from '@/server/db/client';
import { loadActor } from '@/server/staff/load-actor';
import { handleEvidenceFileDownload } from '@/server/verification/evidence-file-routes';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { id, fileId } = await params;
  const session = await getServerSession(authOptions);
  const actor = session?.user?.id ? await loadActor(db(), session.user.id) : null;
  return handleEvidenceFileDownload(request, db(), actor, id, fileId);
}

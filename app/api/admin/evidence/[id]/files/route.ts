import { getServerSession } from 'next-auth';
import { authOptions } from '@/server/auth/options';
import { db } from '@/server/db/client';
import { loadActor } from '@/server/staff/load-actor';
import { handleEvidenceFileUpload } from '@/server/verification/evidence-file-routes';

export const runtime = 'nodejs'; // sharp re-encodes uploaded images
export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getServerSession(authOptions);
  const actor = session?.user?.id ? await loadActor(db(), session.user.id) : null;
  return handleEvidenceFileUpload(request, db(), actor, id);
}

import { getServerSession } from 'next-auth';
import { productionApiDeps } from '@/server/api/deps';
import { handleStaffExport } from '@/server/api/staff-exports';
import { authOptions } from '@/server/auth/options';
import { loadActor } from '@/server/staff/load-actor';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const deps = productionApiDeps();
  const session = await getServerSession(authOptions);
  const actor = session?.user?.id ? await loadActor(deps.db, session.user.id) : null;
  return handleStaffExport(request, (await params).file, deps, actor);
}

// Shared by the notice pages: who may open them and what the editor starts with.
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { authOptions } from '@/server/auth/options';
import { db } from '@/server/db/client';
import { DomainError } from '@/server/errors';
import { getNoticeForEditing } from '@/server/notices/get-notice-for-editing';
import type { GetNoticeForEditingInput } from '@/server/notices/schema';
import { hasRole, MODERATION_ROLES } from '@/server/policy';
import { loadActor } from '@/server/staff/load-actor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function loadNoticeEditorPage(locale: string, path: string, input: GetNoticeForEditingInput) {
  const session = await getServerSession(authOptions);
  const actor = session?.user?.id ? await loadActor(db(), session.user.id) : null;
  if (!actor) redirect(`/${locale}/signin?callbackUrl=${encodeURIComponent(path)}`);
  const id = 'noticeId' in input ? input.noticeId : input.rumorId;
  if (!hasRole(actor, MODERATION_ROLES) || !UUID.test(id)) notFound();
  // Outside the actor's regions reads as "not found": the page does not confirm the notice exists.
  return getNoticeForEditing(db(), actor, input).catch((error: unknown) => {
    if (error instanceof DomainError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  });
}

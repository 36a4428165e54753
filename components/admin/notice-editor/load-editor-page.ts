// Shared by the notice pages: who may open them and what the editor starts with.
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/server/auth/current-actor';
import { db } from '@/server/db/client';
import { DomainError } from '@/server/errors';
import { getNoticeForEditing } from '@/server/notices/get-notice-for-editing';
import type { GetNoticeForEditingInput } from '@/server/notices/schema';
import { MODERATION_ROLES } from '@/server/policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `path` is the page's address after the locale, where sign-in comes back to. */
export async function loadNoticeEditorPage(locale: string, path: string, input: GetNoticeForEditingInput) {
  const actor = await requireStaffPage(locale, path, { roles: MODERATION_ROLES, otherwise: 'notFound' });
  const id = 'noticeId' in input ? input.noticeId : input.rumorId;
  if (!UUID.test(id)) notFound();
  // Outside the actor's regions reads as "not found": the page does not confirm the notice exists.
  return getNoticeForEditing(db(), actor, input).catch((error: unknown) => {
    if (error instanceof DomainError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) notFound();
    throw error;
  });
}

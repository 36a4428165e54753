// A staff member's own notifications. Read through the rumour's regions as they are now: a
// notification about a rumour that has since left the member's regions is not shown (nor counted).
import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { rumorScopeFilter, type Actor } from '../policy';
import { NOTIFICATION_WORDS_SELECT } from './kinds';
import { listNotificationsInput, NOTIFICATIONS_PAGE, type ListNotificationsInput } from './schema';

function visibleTo(actor: Actor): Prisma.StaffNotificationWhereInput {
  return { recipientId: actor.id, rumor: rumorScopeFilter(actor) };
}

/** Newest first, a page at a time; each with the rumour's claim and who caused it — no reporter, no contact. */
export async function listNotifications(db: Db, actor: Actor, rawInput: ListNotificationsInput = {}) {
  const input = listNotificationsInput.parse(rawInput);
  const rows = await db.staffNotification.findMany({
    where: { ...visibleTo(actor), ...(input.unread ? { readAt: null } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: NOTIFICATIONS_PAGE + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: { ...NOTIFICATION_WORDS_SELECT, createdAt: true, readAt: true },
  });
  const items = rows.slice(0, NOTIFICATIONS_PAGE);
  return { items, nextCursor: rows.length > NOTIFICATIONS_PAGE ? (items.at(-1)?.id ?? null) : null };
}

/** The header's badge. */
export async function countUnreadNotifications(db: Db, actor: Actor): Promise<number> {
  return db.staffNotification.count({ where: { ...visibleTo(actor), readAt: null } });
}

// Marking one's own notifications read. Personal reading state, like a mail client's: not audited
// (nothing about a rumour changes), but every open tab of the member is told so its badge agrees.
import type { Db } from '../db/client';
import { notifyLiveEvent } from '../live/events';
import type { Actor } from '../policy';
import { markNotificationsReadInput, type MarkNotificationsReadInput } from './schema';

export async function markNotificationsRead(db: Db, actor: Actor, rawInput: MarkNotificationsReadInput) {
  const input = markNotificationsReadInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    // Only the member's own: someone else's id is silently not theirs to mark.
    const { count } = await tx.staffNotification.updateMany({ where: { id: { in: input.ids }, recipientId: actor.id, readAt: null }, data: { readAt: new Date() } });
    if (count > 0) await notifyLiveEvent(tx, { type: 'notifications.changed', userId: actor.id });
    return { marked: count };
  });
}

export async function markAllNotificationsRead(db: Db, actor: Actor) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.staffNotification.updateMany({ where: { recipientId: actor.id, readAt: null }, data: { readAt: new Date() } });
    if (count > 0) await notifyLiveEvent(tx, { type: 'notifications.changed', userId: actor.id });
    return { marked: count };
  });
}

// Staff notifications outside the app: each member chooses per kind (StaffNotificationPreference;
// no row means in-app only). The message goes through the delivery engine (server/delivery: leases,
// retries with backoff, one Delivery per notification and channel — a unique index — so never
// twice). In the member's quiet hours it waits until they end, unless the kind is critical.
import type { DbTx } from '../db/client';
import { kazakhstanMinuteOfDay } from '../i18n/format';
import type { NotificationKind } from './kinds';

/** Kinds that reach a member even in their quiet hours: a rumour that became critical, a deadline already missed. */
export const CRITICAL_KINDS: ReadonlySet<NotificationKind> = new Set(['RUMOR_CRITICAL', 'RUMOR_OVERDUE', 'TASK_OVERDUE', 'TASK_UNANSWERED']);

const MINUTES_PER_DAY = 24 * 60;

/**
 * When a non-critical message may go out: `now`, or the end of the quiet hours `now` falls in.
 * `start` may be after `end` (22:00–07:00 spans midnight); equal means no quiet hours.
 */
export function afterQuietHours(now: Date, start: number | null, end: number | null): Date {
  if (start === null || end === null || start === end) return now;
  const minute = kazakhstanMinuteOfDay(now);
  const inQuiet = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inQuiet) return now;
  const wait = (end - minute + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const at = new Date(now.getTime() + wait * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}

export async function deliverOutsideApp(tx: DbTx, notification: { id: string; kind: NotificationKind; recipientId: string }, now = new Date()): Promise<void> {
  const preference = await tx.staffNotificationPreference.findUnique({
    where: { userId_kind: { userId: notification.recipientId, kind: notification.kind } },
    select: { channel: true, user: { select: { quietHoursStart: true, quietHoursEnd: true } } },
  });
  if (!preference) return;
  const sendAt = CRITICAL_KINDS.has(notification.kind) ? now : afterQuietHours(now, preference.user.quietHoursStart, preference.user.quietHoursEnd);
  await tx.delivery.createMany({
    data: [{ staffNotificationId: notification.id, kind: 'NOTICE', channel: preference.channel, nextAttemptAt: sendAt }],
    skipDuplicates: true,
  });
}

// The one writer of staff notifications. Use cases call it inside their own transaction, so a
// notification exists exactly when the change it tells about was committed. Whom to tell is
// decided by the caller; whether they may be told is decided here, at write time: only active
// staff who may open what the notification leads to — the rumour's regions as they are now.
import type { DbTx } from '../db/client';
import type { Role } from '../db/generated/enums';
import { notifyLiveEvent } from '../live/events';
import { coversRegions, MODERATION_ROLES } from '../policy';
import type { NotificationKind } from './kinds';
import { deliverOutsideApp } from './outside-app';

/** Who may receive each kind: those who can open the page it leads to (notificationPath). */
const RECIPIENT_ROLES: Record<NotificationKind, readonly Role[]> = {
  ASSIGNED: MODERATION_ROLES,
  MENTIONED: MODERATION_ROLES,
  APPROVAL_REQUESTED: MODERATION_ROLES,
  VERDICT_APPROVED: MODERATION_ROLES,
  VERDICT_RETURNED: MODERATION_ROLES,
  VERIFICATION_REQUESTED: ['VERIFIER'],
  VERIFICATION_ANSWERED: MODERATION_ROLES,
  REPORT_JOINED: MODERATION_ROLES,
  RUMOR_CRITICAL: MODERATION_ROLES,
  RUMOR_DEADLINE_NEAR: MODERATION_ROLES,
  RUMOR_OVERDUE: MODERATION_ROLES,
  TASK_OVERDUE: ['VERIFIER'],
  TASK_UNANSWERED: MODERATION_ROLES,
};

/**
 * Kinds that stand for "more of the same" while unread: a surge of reports on my rumour is one
 * notification whose count grows, not one per report.
 */
const AGGREGATED: ReadonlySet<NotificationKind> = new Set(['REPORT_JOINED']);

export interface StaffNotice {
  kind: NotificationKind;
  rumorId: string;
  recipientIds: readonly (string | null | undefined)[];
  /** Who caused it (never told about their own action); null for no one. */
  actorId: string | null;
  verificationRequestId?: string | null;
  /** For aggregated kinds: how many events this stands for. */
  count?: number;
}

/** Writes the notifications and tells each recipient's open browsers; returns who was notified. */
export async function notifyStaff(tx: DbTx, notice: StaffNotice): Promise<string[]> {
  const wanted = [...new Set(notice.recipientIds.filter((id): id is string => !!id && id !== notice.actorId))];
  if (wanted.length === 0) return [];
  const rumor = await tx.rumor.findUnique({ where: { id: notice.rumorId }, select: { regionCodes: true } });
  if (!rumor) return [];
  const candidates = await tx.user.findMany({
    where: { id: { in: wanted }, active: true, role: { in: [...RECIPIENT_ROLES[notice.kind]] } },
    select: { id: true, role: true, regionCodes: true, nationalQueue: true },
  });
  const recipients = candidates.filter((user) => coversRegions(user, rumor.regionCodes)).map((user) => user.id);
  const count = notice.count ?? 1;
  const notified: string[] = [];
  for (const recipientId of recipients) {
    const unread = AGGREGATED.has(notice.kind)
      ? await tx.staffNotification.findFirst({ where: { recipientId, kind: notice.kind, rumorId: notice.rumorId, readAt: null }, select: { id: true } })
      : null;
    if (unread) {
      await tx.staffNotification.update({ where: { id: unread.id }, data: { count: { increment: count }, createdAt: new Date(), actorId: notice.actorId } });
    } else {
      const created = await tx.staffNotification.create({
        data: { recipientId, kind: notice.kind, rumorId: notice.rumorId, verificationRequestId: notice.verificationRequestId ?? null, actorId: notice.actorId, count },
        select: { id: true },
      });
      // Besides the app, where the member asked for it (e-mail …), through the delivery engine.
      await deliverOutsideApp(tx, { id: created.id, kind: notice.kind, recipientId });
    }
    notified.push(recipientId);
    await notifyLiveEvent(tx, { type: 'notifications.changed', userId: recipientId });
  }
  return notified;
}

/** The moderators of a rumour's regions (the national queue's for none); the admins when a region has none. */
export async function regionModerators(tx: DbTx, regionCodes: string[]): Promise<string[]> {
  const moderators = await tx.user.findMany({
    where: { active: true, role: 'MODERATOR', ...(regionCodes.length ? { regionCodes: { hasSome: regionCodes } } : { nationalQueue: true }) },
    select: { id: true },
  });
  if (moderators.length > 0) return moderators.map((m) => m.id);
  return (await tx.user.findMany({ where: { active: true, role: 'ADMIN' }, select: { id: true } })).map((a) => a.id);
}

/**
 * Everyone who may give a verdict on the rumour its second approval: its regions' moderators and
 * the admins, but never its drafter (four eyes).
 */
export async function eligibleApprovers(tx: DbTx, rumor: { regionCodes: string[] }, drafterId: string): Promise<string[]> {
  const staff = await tx.user.findMany({
    where: {
      active: true,
      id: { not: drafterId },
      OR: [{ role: 'ADMIN' }, { role: 'MODERATOR', ...(rumor.regionCodes.length ? { regionCodes: { hasSome: rumor.regionCodes } } : { nationalQueue: true }) }],
    },
    select: { id: true, role: true, regionCodes: true, nationalQueue: true },
  });
  return staff.filter((user) => coversRegions(user, rumor.regionCodes)).map((user) => user.id);
}

/**
 * A request for approval that someone has answered is no longer waiting for the others: their
 * "awaits your approval" notifications are marked read.
 */
export async function settleApprovalRequests(tx: DbTx, rumorId: string): Promise<void> {
  const open = await tx.staffNotification.findMany({ where: { rumorId, kind: 'APPROVAL_REQUESTED', readAt: null }, select: { id: true, recipientId: true } });
  if (open.length === 0) return;
  await tx.staffNotification.updateMany({ where: { id: { in: open.map((n) => n.id) } }, data: { readAt: new Date() } });
  for (const recipientId of new Set(open.map((n) => n.recipientId))) await notifyLiveEvent(tx, { type: 'notifications.changed', userId: recipientId });
}

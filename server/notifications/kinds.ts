// The kinds of staff notification and where each one leads. Pure: the browser's notification
// centre and the server share it.
import type { StaffNotificationKind } from '../db/generated/enums';

export const NOTIFICATION_KINDS = [
  'ASSIGNED',
  'MENTIONED',
  'APPROVAL_REQUESTED',
  'VERDICT_APPROVED',
  'VERDICT_RETURNED',
  'VERIFICATION_REQUESTED',
  'VERIFICATION_ANSWERED',
  'REPORT_JOINED',
  'RUMOR_CRITICAL',
  'RUMOR_DEADLINE_NEAR',
  'RUMOR_OVERDUE',
  'TASK_OVERDUE',
  'TASK_UNANSWERED',
] as const satisfies readonly StaffNotificationKind[];
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification says, wherever it is shown or sent: its kind, who caused it, how many, the claim and what it links to. */
export const NOTIFICATION_WORDS_SELECT = {
  id: true,
  kind: true,
  rumorId: true,
  verificationRequestId: true,
  count: true,
  actor: { select: { name: true } },
  rumor: { select: { claim: true } },
} as const;

/**
 * The page a notification opens, under /{locale}: a field verifier's question opens their task
 * (they cannot open the rumour page); everything else opens the rumour, at the part it is about.
 */
export function notificationPath(notification: { kind: NotificationKind; rumorId: string; verificationRequestId: string | null }): string {
  switch (notification.kind) {
    case 'VERIFICATION_REQUESTED':
    case 'TASK_OVERDUE':
      return notification.verificationRequestId ? `/admin/tasks#task-${notification.verificationRequestId}` : '/admin/tasks';
    default:
      return `/admin/rumors/${notification.rumorId}`;
  }
}

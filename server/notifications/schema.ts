import { z } from 'zod';
import { parseTypedClock } from '../i18n/format';
import { pushSubscriptionJson } from '../subscriptions/schema';
import { NOTIFICATION_KINDS } from './kinds';

export const NOTIFICATIONS_PAGE = 30;

export const listNotificationsInput = z.object({
  /** Only the unread ones. */
  unread: z.boolean().default(false),
  /**
   * The id of the last notification of the previous page. Null for the first page: that is how the
   * open centre refetches its server-rendered first page when a notification arrives (it used to
   * be refused, and the open list showed "could not load" instead of the new notification).
   */
  cursor: z.uuid().nullish(),
});
export type ListNotificationsInput = z.input<typeof listNotificationsInput>;

export const markNotificationsReadInput = z.object({ ids: z.array(z.uuid()).min(1).max(100) });
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadInput>;

/** Where a kind of notification goes besides the in-app centre. */
export const notificationChannelValues = ['IN_APP', 'EMAIL', 'WEB_PUSH', 'TELEGRAM'] as const;
export type NotificationChannelChoice = (typeof notificationChannelValues)[number];

/** One end of quiet hours as typed ("22:00", "7:30"; Almaty time), or null for none: an empty field is none. */
const clock = z
  .string({ error: 'timeInvalid' })
  .nullable()
  .transform((value, context) => {
    if (value === null || value.trim() === '') return null;
    const time = parseTypedClock(value);
    if (time) return time;
    context.addIssue({ code: 'custom', message: 'timeInvalid' });
    return z.NEVER;
  });

export const notificationSettingsInput = z
  .object({
    channels: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.enum(notificationChannelValues)),
    quietHoursStart: clock.nullable(),
    quietHoursEnd: clock.nullable(),
  })
  .refine((input) => (input.quietHoursStart === null) === (input.quietHoursEnd === null), { path: ['quietHoursEnd'], message: 'quietHoursBoth' });
export type NotificationSettingsInput = z.input<typeof notificationSettingsInput>;

/** This browser's PushManager subscription (PushSubscription.toJSON()). */
export const enableStaffPushInput = pushSubscriptionJson;
export type EnableStaffPushInput = z.input<typeof enableStaffPushInput>;

export const disableStaffPushInput = z.object({ endpoint: z.string().max(2000) });
export type DisableStaffPushInput = z.input<typeof disableStaffPushInput>;

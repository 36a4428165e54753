import { z } from 'zod';

export const NOTIFICATIONS_PAGE = 30;

export const listNotificationsInput = z.object({
  /** Only the unread ones. */
  unread: z.boolean().default(false),
  /** The id of the last notification of the previous page. */
  cursor: z.uuid().optional(),
});
export type ListNotificationsInput = z.input<typeof listNotificationsInput>;

export const markNotificationsReadInput = z.object({ ids: z.array(z.uuid()).min(1).max(100) });
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadInput>;

import { router, staffProcedure } from '../trpc/init';
import { countUnreadNotifications, listNotifications } from './list-notifications';
import { markAllNotificationsRead, markNotificationsRead } from './mark-read';
import { listNotificationsInput, markNotificationsReadInput, notificationSettingsInput } from './schema';
import { getNotificationSettings, updateNotificationSettings } from './settings';

export const notificationsRouter = router({
  list: staffProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  unreadCount: staffProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.actor)),
  markRead: staffProcedure.input(markNotificationsReadInput).mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.actor, input)),
  markAllRead: staffProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor)),
  settings: staffProcedure.query(({ ctx }) => getNotificationSettings(ctx.db, ctx.actor)),
  updateSettings: staffProcedure.input(notificationSettingsInput).mutation(({ ctx, input }) => updateNotificationSettings(ctx.db, ctx.actor, input)),
});

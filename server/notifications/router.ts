import { router, staffProcedure } from '../trpc/init';
import { countUnreadNotifications, listNotifications } from './list-notifications';
import { markAllNotificationsRead, markNotificationsRead } from './mark-read';
import { disableStaffPushInput, enableStaffPushInput, listNotificationsInput, markNotificationsReadInput, notificationSettingsInput } from './schema';
import { getNotificationSettings, updateNotificationSettings } from './settings';
import { disableStaffPush, enableStaffPush } from './staff-push';
import { getTelegramLink, startTelegramLink, unlinkTelegram } from './staff-telegram';

export const notificationsRouter = router({
  list: staffProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  unreadCount: staffProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.actor)),
  markRead: staffProcedure.input(markNotificationsReadInput).mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.actor, input)),
  markAllRead: staffProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor)),
  settings: staffProcedure.query(({ ctx }) => getNotificationSettings(ctx.db, ctx.actor)),
  updateSettings: staffProcedure.input(notificationSettingsInput).mutation(({ ctx, input }) => updateNotificationSettings(ctx.db, ctx.actor, input)),
  enablePush: staffProcedure.input(enableStaffPushInput).mutation(({ ctx, input }) => enableStaffPush(ctx.db, ctx.actor, input)),
  disablePush: staffProcedure.input(disableStaffPushInput).mutation(({ ctx, input }) => disableStaffPush(ctx.db, ctx.actor, input)),
  telegram: staffProcedure.query(({ ctx }) => getTelegramLink(ctx.db, ctx.actor)),
  startTelegramLink: staffProcedure.mutation(({ ctx }) => startTelegramLink(ctx.db, ctx.actor)),
  unlinkTelegram: staffProcedure.mutation(({ ctx }) => unlinkTelegram(ctx.db, ctx.actor)),
});

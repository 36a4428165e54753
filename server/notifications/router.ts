import { router, staffProcedure } from '../trpc/init';
import { countUnreadNotifications, listNotifications } from './list-notifications';
import { markAllNotificationsRead, markNotificationsRead } from './mark-read';
import { listNotificationsInput, markNotificationsReadInput } from './schema';

export const notificationsRouter = router({
  list: staffProcedure.input(listNotificationsInput).query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input)),
  unreadCount: staffProcedure.query(({ ctx }) => countUnreadNotifications(ctx.db, ctx.actor)),
  markRead: staffProcedure.input(markNotificationsReadInput).mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.actor, input)),
  markAllRead: staffProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor)),
});

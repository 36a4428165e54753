import { moderatorProcedure, router } from '../trpc/init';
import { getRumorForStaff } from './get-rumor';
import { listInboxRumors } from './list-inbox';
import { listInboxInput, rumorIdInput } from './schema';

export const rumorsRouter = router({
  inbox: moderatorProcedure.input(listInboxInput).query(({ ctx, input }) => listInboxRumors(ctx.db, ctx.actor, input)),
  byId: moderatorProcedure.input(rumorIdInput).query(({ ctx, input }) => getRumorForStaff(ctx.db, ctx.actor, input.id)),
});

import { moderatorProcedure, router, staffProcedure } from '../trpc/init';
import { listAssignableModerators } from './list-colleagues';
import { assignableModeratorsInput } from './schema';

export const staffRouter = router({
  me: staffProcedure.query(({ ctx }) => ctx.actor),
  assignableModerators: moderatorProcedure.input(assignableModeratorsInput).query(({ ctx, input }) => listAssignableModerators(ctx.db, ctx.actor, input)),
});

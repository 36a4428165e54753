import { moderatorProcedure, router } from '../trpc/init';
import { listAssignableModerators } from './list-colleagues';
import { assignableModeratorsInput } from './schema';

export const staffRouter = router({
  assignableModerators: moderatorProcedure.input(assignableModeratorsInput).query(({ ctx, input }) => listAssignableModerators(ctx.db, ctx.actor, input)),
});

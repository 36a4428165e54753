import { adminProcedure, router } from '../trpc/init';
import { addSettlement } from './add-settlement';
import { addSettlementInput } from './schema';

export const settlementsRouter = router({
  add: adminProcedure.input(addSettlementInput).mutation(({ ctx, input }) => addSettlement(ctx.db, ctx.actor, input)),
});

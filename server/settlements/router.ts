import { publicProcedure, router } from '../trpc/init';
import { searchSettlementsInput } from './schema';
import { searchSettlements } from './search-settlements';

export const settlementsRouter = router({
  search: publicProcedure.input(searchSettlementsInput).query(({ ctx, input }) => searchSettlements(ctx.db, input)),
});

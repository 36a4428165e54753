import { publicProcedure, router } from '../trpc/init';
import { listRegions } from './list-regions';

export const regionsRouter = router({
  list: publicProcedure.query(({ ctx }) => listRegions(ctx.db)),
});

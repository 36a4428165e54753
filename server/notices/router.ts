import { publicProcedure, router } from '../trpc/init';
import { listLatestNotices } from './list-latest';
import { latestNoticesInput } from './schema';

export const noticesRouter = router({
  latest: publicProcedure.input(latestNoticesInput).query(({ ctx, input }) => listLatestNotices(ctx.db, input)),
});

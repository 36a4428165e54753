import { publicProcedure, router } from '../trpc/init';
import { listLatestNotices } from './list-latest';
import { latestNoticesInput, searchNoticesInput } from './schema';
import { searchPublishedNotices } from './search-notices';

export const noticesRouter = router({
  latest: publicProcedure.input(latestNoticesInput).query(({ ctx, input }) => listLatestNotices(ctx.db, input)),
  search: publicProcedure.input(searchNoticesInput).query(({ ctx, input }) => searchPublishedNotices(ctx.db, input)),
});

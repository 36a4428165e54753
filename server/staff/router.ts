import { router, staffProcedure } from '../trpc/init';

export const staffRouter = router({
  me: staffProcedure.query(({ ctx }) => ctx.actor),
});

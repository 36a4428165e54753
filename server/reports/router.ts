import { hotlineProcedure, router } from '../trpc/init';
import { enterReportOnBehalf } from './enter-report-on-behalf';
import { hotlineReportInput } from './schema';

export const reportsRouter = router({
  enterOnBehalf: hotlineProcedure.input(hotlineReportInput).mutation(({ ctx, input }) => enterReportOnBehalf(ctx.db, ctx.actor, input)),
});

import { moderatorProcedure, router } from '../trpc/init';
import { getDashboardSummary } from './get-dashboard-summary';
import { dashboardSummaryInput } from './schema';

export const dashboardRouter = router({
  summary: moderatorProcedure.input(dashboardSummaryInput).query(({ ctx }) => getDashboardSummary(ctx.db, ctx.actor)),
});

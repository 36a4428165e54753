import { adminProcedure, router } from '../trpc/init';
import { draftTransparencyReport } from './draft-report';
import { listTransparencyReports } from './list-reports';
import { publishTransparencyReport } from './publish-report';
import { saveTransparencyNarrative } from './save-narrative';
import { publishReportInput, quarterInput, saveNarrativeInput } from './schema';

export const transparencyRouter = router({
  list: adminProcedure.query(({ ctx }) => listTransparencyReports(ctx.db, ctx.actor)),
  draft: adminProcedure.input(quarterInput).mutation(({ ctx, input }) => draftTransparencyReport(ctx.db, ctx.actor, input)),
  saveNarrative: adminProcedure.input(saveNarrativeInput).mutation(({ ctx, input }) => saveTransparencyNarrative(ctx.db, ctx.actor, input)),
  publish: adminProcedure.input(publishReportInput).mutation(({ ctx, input }) => publishTransparencyReport(ctx.db, ctx.actor, input)),
});

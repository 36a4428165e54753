import { adminProcedure, router } from '../trpc/init';
import { addRiskTerm } from './add-risk-term';
import { listPrioritySettings } from './list-priority-settings';
import { removeRiskTerm } from './remove-risk-term';
import { addRiskTermInput, prioritySettingsInput, removeRiskTermInput, updateDeadlinesInput, updatePublicChannelsInput, updateRegionRiskInput } from './schema';
import { updatePublicChannels } from './update-public-channels';
import { retentionDaysInput } from '../privacy/retention';
import { updateRetentionDays } from '../privacy/retention-settings';
import { updateDeadlines } from './update-deadlines';
import { updateRegionRisk } from './update-region-risk';

export const settingsRouter = router({
  priority: adminProcedure.input(prioritySettingsInput).query(({ ctx, input }) => listPrioritySettings(ctx.db, ctx.actor, input)),
  addRiskTerm: adminProcedure.input(addRiskTermInput).mutation(({ ctx, input }) => addRiskTerm(ctx.db, ctx.actor, input)),
  removeRiskTerm: adminProcedure.input(removeRiskTermInput).mutation(({ ctx, input }) => removeRiskTerm(ctx.db, ctx.actor, input)),
  updateDeadlines: adminProcedure.input(updateDeadlinesInput).mutation(({ ctx, input }) => updateDeadlines(ctx.db, ctx.actor, input)),
  updateRegionRisk: adminProcedure.input(updateRegionRiskInput).mutation(({ ctx, input }) => updateRegionRisk(ctx.db, ctx.actor, input)),
  updatePublicChannels: adminProcedure.input(updatePublicChannelsInput).mutation(({ ctx, input }) => updatePublicChannels(ctx.db, ctx.actor, input)),
  updateRetention: adminProcedure.input(retentionDaysInput).mutation(({ ctx, input }) => updateRetentionDays(ctx.db, ctx.actor, input)),
});

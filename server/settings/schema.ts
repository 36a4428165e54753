// The one definition of every priority-settings input: the admin forms and the tRPC procedures
// share these. Error messages are keys under `settings.validation` in messages/*.json.
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

export const PRIORITY_LEVELS = ['CRITICAL', 'HIGH', 'NORMAL', 'LOW'] as const;
/** Thirty days: a longer deadline is no deadline. */
export const MAX_DEADLINE_HOURS = 720;

export const addRiskTermInput = z.object({
  term: z.string().trim().min(3, 'termTooShort').max(100, 'termTooLong'),
  language: z.enum(LANGUAGES, { error: 'languageInvalid' }),
  weight: z.number({ error: 'weightInvalid' }).min(0.5, 'weightInvalid').max(3, 'weightInvalid'),
});
export type AddRiskTermInput = z.input<typeof addRiskTermInput>;

export const removeRiskTermInput = z.object({ id: z.uuid() });
export type RemoveRiskTermInput = z.input<typeof removeRiskTermInput>;

const deadlineHours = z.number({ error: 'hoursInvalid' }).int('hoursInvalid').min(1, 'hoursInvalid').max(MAX_DEADLINE_HOURS, 'hoursInvalid');
export const updateDeadlinesInput = z
  .object({ CRITICAL: deadlineHours, HIGH: deadlineHours, NORMAL: deadlineHours, LOW: deadlineHours })
  // A more urgent level never gets more time than a less urgent one.
  .refine((d) => d.CRITICAL <= d.HIGH && d.HIGH <= d.NORMAL && d.NORMAL <= d.LOW, { error: 'deadlinesOrder', path: ['LOW'] });
export type UpdateDeadlinesInput = z.input<typeof updateDeadlinesInput>;

export const updateRegionRiskInput = z.object({
  code: z.string().regex(/^KZ-[0-9A-Z]{2,3}$/, 'regionInvalid'),
  riskLevel: z.number({ error: 'riskLevelInvalid' }).int('riskLevelInvalid').min(0, 'riskLevelInvalid').max(3, 'riskLevelInvalid'),
  requiresApproval: z.boolean(),
});
export type UpdateRegionRiskInput = z.input<typeof updateRegionRiskInput>;

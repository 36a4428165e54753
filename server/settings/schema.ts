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

/** Risk terms per page of the settings page: a working list is a few dozen; the bad-input bench's 10,000 took 250 ms a load. */
export const RISK_TERMS_PAGE_SIZE = 100;
/** Which risk terms the settings page shows: those containing `termSearch` (as typed or spelt any way), a page at a time. */
export const prioritySettingsInput = z
  .object({
    termSearch: z.string().trim().max(100).optional(),
    termPage: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .optional();
export type PrioritySettingsInput = z.input<typeof prioritySettingsInput>;

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

/** A number people can text: a full number ("+7 701 234 56 78") or an operator's short number ("1414"). */
const publicSmsNumber = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s()-]/g, ''))
  .pipe(z.string().regex(/^\+?[0-9]{3,15}$/, 'smsNumberInvalid'));

export const updatePublicChannelsInput = z.object({
  smsNumbers: z.array(publicSmsNumber).max(5, 'tooManySmsNumbers'),
  // Null or empty: none (the deployer's bot, if any). Parsing its own output again gives the same.
  telegramBot: z
    .string()
    .nullable()
    .transform((value) => (value ?? '').trim().replace(/^@/, ''))
    .pipe(z.union([z.literal(''), z.string().regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, 'telegramBotInvalid')]))
    .transform((value) => (value === '' ? null : value)),
});
export type UpdatePublicChannelsInput = z.input<typeof updatePublicChannelsInput>;

/** The settings form: numbers typed one per line, read into the list the server takes. */
export const publicChannelsForm = z.object({
  smsNumbers: z.string().transform((text, ctx) => {
    const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    const parsed = updatePublicChannelsInput.shape.smsNumbers.safeParse(lines);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'smsNumberInvalid' });
      return z.NEVER;
    }
    return parsed.data;
  }),
  telegramBot: updatePublicChannelsInput.shape.telegramBot,
});

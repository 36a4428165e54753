// The one definition of a citizen's report: validates the web form (react-hook-form), the tRPC
// procedure and POST /api/v1/reports. Messages are translation keys under `report.errors`.
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { typedDateTime } from '../i18n/typed-date-time';
import { REGION_CODES } from '../regions/codes';
import { HEARD_VIA_VALUES, REPORT_TEXT_MAX, REPORT_TEXT_MIN } from './constants';

export { CONTACT_KINDS, HEARD_VIA_VALUES, REPORT_TEXT_MAX, REPORT_TEXT_MIN } from './constants';

/** Clock skew a phone may have before "when did you hear it" counts as the future. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

export const reportContactSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('PHONE'), value: z.string().trim().regex(/^\+?[0-9][0-9 ()-]{5,18}[0-9]$/, 'contactPhoneInvalid') }),
    z.object({ kind: z.literal('EMAIL'), value: z.string().trim().max(254, 'contactEmailInvalid').pipe(z.email('contactEmailInvalid')) }),
    z.object({ kind: z.literal('TELEGRAM'), value: z.string().trim().regex(/^@?[A-Za-z][A-Za-z0-9_]{4,31}$/, 'contactTelegramInvalid') }),
  ],
  { error: 'contactKindInvalid' },
);
export type ReportContact = z.infer<typeof reportContactSchema>;

export const reportInputSchema = z
  .object({
    /** Client-chosen idempotency key: the same report retried is stored once. */
    clientId: z.uuid({ error: 'clientIdInvalid' }),
    text: z
      .string({ error: 'textRequired' })
      .trim()
      .min(1, 'textRequired')
      .min(REPORT_TEXT_MIN, 'textTooShort')
      .max(REPORT_TEXT_MAX, 'textTooLong'),
    regionCode: z.enum(REGION_CODES, { error: 'regionInvalid' }).optional(),
    /** A settlement chosen from the type-ahead. */
    settlementId: z.uuid({ error: 'settlementInvalid' }).optional(),
    /** What the citizen typed as the place when they chose nothing from the list. */
    settlement: z.string().trim().max(120, 'settlementTooLong').optional(),
    lat: z.number({ error: 'locationInvalid' }).min(-90, 'locationInvalid').max(90, 'locationInvalid').optional(),
    lng: z.number({ error: 'locationInvalid' }).min(-180, 'locationInvalid').max(180, 'locationInvalid').optional(),
    heardVia: z.enum(HEARD_VIA_VALUES, { error: 'heardViaInvalid' }).optional(),
    /** Typed as the citizen's language writes it ("31.03.2026 14:30", Kazakhstan time), or ISO 8601. */
    heardAt: typedDateTime('heardAtInvalid')
      .refine((date) => !date || date.getTime() <= Date.now() + FUTURE_TOLERANCE_MS, 'heardAtFuture')
      .refine((date) => !date || date.getTime() > Date.UTC(2000, 0, 1), 'heardAtInvalid')
      .optional(),
    language: z.enum(LANGUAGES, { error: 'languageInvalid' }).optional(),
    /** Only when the citizen wants the answer. */
    contact: reportContactSchema.optional(),
    /** "Yes, this is what I heard": the slug of the published notice the citizen recognised. */
    confirmedNoticeSlug: z.string().trim().regex(/^[a-z0-9-]{1,200}$/, 'noticeInvalid').optional(),
  })
  .refine((value) => (value.lat === undefined) === (value.lng === undefined), { message: 'locationInvalid', path: ['lat'] });

export type ReportInput = z.input<typeof reportInputSchema>;
export type ParsedReportInput = z.output<typeof reportInputSchema>;

export const trackingCodeInput = z.object({ trackingCode: z.string().trim().min(1).max(20) });

/** How a report reached the hotline. */
export const HOTLINE_CHANNELS = ['PHONE', 'IN_PERSON'] as const;

/** A report a hotline operator enters on the reporter's behalf: the citizens' report and how it came in. */
export const hotlineReportInput = reportInputSchema.extend({
  channel: z.enum(HOTLINE_CHANNELS, { error: 'channelInvalid' }),
  /** The operator's page language, for the titles of notices that already answer the claim. */
  displayLanguage: z.enum(LANGUAGES).optional(),
});
export type HotlineReportInput = z.input<typeof hotlineReportInput>;

// Inputs of the exports — open data about published notices, and staff exports of rumours and
// reports. One definition each, shared by the route handlers, the OpenAPI document and the domain functions.
import { z } from 'zod';
import { Verdict } from '../db/generated/enums';
import { LANGUAGES } from '../i18n/languages';
import { REGION_CODES } from '../regions/codes';

const language = z.enum(LANGUAGES, { error: 'languageInvalid' });
const regionCode = z.enum(REGION_CODES, { error: 'regionInvalid' });

/** A calendar day, YYYY-MM-DD, read as a day in Kazakhstan (UTC+5). */
export const calendarDay = z
  .string({ error: 'dayInvalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dayInvalid')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00+05:00`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'dayInvalid');

/** Filters of every notice export: region, verdict and a range of first-publication days. */
export const noticeExportInput = z
  .object({
    language,
    regionCode: regionCode.optional(),
    verdict: z.enum(Verdict, { error: 'verdictInvalid' }).optional(),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { message: 'dayRangeInvalid', path: ['to'] });
export type NoticeExportInput = z.input<typeof noticeExportInput>;

export const NOTICE_EXPORT_FILES = ['notices.csv', 'notices.json', 'notices.geojson', 'notices.hxl.csv', 'claim-reviews.json'] as const;
export type NoticeExportFile = (typeof NOTICE_EXPORT_FILES)[number];

/** Staff exports of rumours and reports: the actor's regions, a range of days. */
export const staffExportInput = z
  .object({
    regionCode: regionCode.optional(),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { message: 'dayRangeInvalid', path: ['to'] });
export type StaffExportInput = z.input<typeof staffExportInput>;

export const STAFF_EXPORT_FILES = ['rumors.csv', 'rumors.geojson', 'reports.csv', 'reports.geojson'] as const;
export type StaffExportFile = (typeof STAFF_EXPORT_FILES)[number];

const KZ_OFFSET = '+05:00';

/** [start, end) instants of a range of Kazakhstan days; either end may be open. */
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = new Date(`${from}T00:00:00${KZ_OFFSET}`);
  if (to) range.lt = new Date(new Date(`${to}T00:00:00${KZ_OFFSET}`).getTime() + 86_400_000);
  return range;
}

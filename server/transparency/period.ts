// Reporting periods: calendar quarters or any range of days, always as days in Kazakhstan (UTC+5,
// the country's single time zone since 2024), so a quarter ends at midnight in Almaty, not in London.
import { z } from 'zod';
import { calendarDay, dayRange } from '../exports/schema';
import { kazakhstanDay as kzDay } from '../i18n/format';

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  to: string;
  /** "2026-Q1" when the period is exactly a calendar quarter. */
  quarter: string | null;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function quarterPeriod(year: number, quarter: number): Period {
  const startMonth = (quarter - 1) * 3;
  const from = new Date(Date.UTC(year, startMonth, 1));
  const to = new Date(Date.UTC(year, startMonth + 3, 0));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), quarter: `${year}-Q${quarter}` };
}

export function parseQuarter(value: string): Period | null {
  const match = QUARTER.exec(value);
  return match ? quarterPeriod(Number(match[1]), Number(match[2])) : null;
}

/** The quarter a moment falls in (Kazakhstan time). */
export function quarterContaining(at: Date): Period {
  const day = kzDay(at);
  return quarterPeriod(Number(day.slice(0, 4)), Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1);
}

/** The last quarter that has ended by `at`. */
export function previousQuarter(at: Date): Period {
  const current = quarterContaining(at);
  const [year, quarter] = [Number(current.quarter!.slice(0, 4)), Number(current.quarter!.slice(6))];
  return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
}

/** The quarters an admin may draft at `at`, newest first: the current one (for a preview) and the `ended` before it. */
export function draftableQuarters(at: Date, ended = 11): string[] {
  const quarters = [quarterContaining(at)];
  while (quarters.length <= ended) quarters.push(previousQuarter(new Date(`${quarters.at(-1)!.from}T00:00:00+05:00`)));
  return quarters.map((period) => period.quarter!);
}

/** A range of days; the quarter's name when the range is one. */
export function dayPeriod(from: string, to: string): Period {
  const quarter = quarterContaining(new Date(`${from}T00:00:00+05:00`));
  return { from, to, quarter: quarter.from === from && quarter.to === to ? quarter.quarter : null };
}

/** [start, end) instants of a period. */
export function periodInstants(period: Pick<Period, 'from' | 'to'>): { start: Date; end: Date } {
  const range = dayRange(period.from, period.to);
  return { start: range.gte!, end: range.lt! };
}

/** Longest range of days a live report covers: the database does the counting, so keep it bounded. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** ?quarter=2026-Q1, or ?from=&to= days. */
export const transparencyPeriodInput = z
  .object({
    quarter: z.string().regex(QUARTER, 'quarterInvalid').optional(),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
  })
  .refine((input) => Boolean(input.quarter) !== Boolean(input.from && input.to) && !(input.quarter && (input.from || input.to)), { message: 'periodRequired', path: ['from'] })
  .refine((input) => !input.from || !input.to || input.from <= input.to, { message: 'dayRangeInvalid', path: ['to'] })
  .refine((input) => !input.from || !input.to || (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 < MAX_PERIOD_DAYS, { message: 'periodTooLong', path: ['to'] })
  .transform((input): Period => (input.quarter ? parseQuarter(input.quarter)! : dayPeriod(input.from!, input.to!)));
export type TransparencyPeriodInput = z.input<typeof transparencyPeriodInput>;

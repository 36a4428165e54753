// The browser's check of date fields typed in the language's own way of writing dates (31.03.2026,
// 31/03/2026; server/i18n/format.ts reads them), for the filter forms that check before they send:
// the zod message keys are the shared errors.dateInvalid and errors.dayRangeInvalid.
import { z } from 'zod';
import { parseNumericDay } from '@/server/i18n/format';

/** A date field's text: empty, or a day of the calendar. */
export const typedDay = z.string().refine((value) => value.trim() === '' || parseNumericDay(value) !== null, 'dateInvalid');

/** Whether a range of two typed days is in order (true while either is empty or no day: that is typedDay's to say). */
export function typedDaysInOrder(from: string, to: string): boolean {
  const [start, end] = [parseNumericDay(from), parseNumericDay(to)];
  return !start || !end || start <= end;
}

// A date-and-time field of a use case's schema, as people type it in their language ("31.03.2026
// 14:30", read by parseNumericDateTime in Kazakhstan's time), as the JSON API sends it (ISO 8601)
// or as a Date (tRPC). The same schema checks the form in the browser and the input on the server.
import { z } from 'zod';
import { parseNumericDateTime } from './format';

/** The moment typed, or undefined when nothing was; `message` is the zod key for anything that is no moment. */
export function typedDateTime(message: string) {
  return z.union([z.date(), z.string()], { error: message }).transform((value, context): Date | undefined => {
    if (typeof value === 'string' && value.trim() === '') return undefined;
    const at = typeof value === 'string' ? parseNumericDateTime(value) : value;
    if (at && !Number.isNaN(at.getTime())) return at;
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
}

/** A date-and-time field that must be filled in. */
export function requiredTypedDateTime(message: string) {
  return typedDateTime(message).pipe(z.date({ error: message }));
}

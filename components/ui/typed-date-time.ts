// A date-and-time field typed as the reader's language writes it ("31.03.2026 14:30"; the use case's
// schema reads it with server/i18n/typed-date-time.ts): a datetime-local picker shows the browser's own
// format instead — mm/dd/yyyy and AM/PM in headless Chromium's Kazakh, as on many phones.
import { formatTypedDateTime } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';

/** The input's attributes; `pattern` is common.dateTimePattern in the page's language. */
export function dateTimeFieldProps(pattern: string) {
  return { type: 'text', autoComplete: 'off', maxLength: 40, placeholder: pattern } as const;
}

/** A moment as the field shows it, to start a form with. */
export function dateTimeFieldValue(date: Date, language: Language): string {
  return formatTypedDateTime(date, language);
}

'use client';

// Dates and times in client components: the same text on the server and in every browser, with
// or without the browser's Kazakh locale data (server/i18n/dates.ts). Relative times use the
// `time` messages, which AdminIntlProvider ships to every admin page.
import { useLocale, useNow, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { formatClockTime, formatNumericDate, formatNumericDateTime, elapsedTimeParts, relativeTimeParts, type RelativeTimeUnit } from '@/server/i18n/format';

type DateLike = Date | string | number;

export function useDates() {
  const language = useLocale();
  // The provider's "now" (the moment the page was rendered), so server and browser agree on the
  // first render; then it moves on every half minute, so "2 minutes ago" on a page left open for an
  // hour (staff views update live, without reloads) does not stay "2 minutes ago".
  const now = useNow({ updateInterval: 30_000 });
  const t = useTranslations('time');
  return useMemo(() => {
    const say = (parts: 'now' | { unit: RelativeTimeUnit; count: number; past: boolean }) => {
      if (parts === 'now') return t('now');
      return parts.past ? t(`ago.${parts.unit}`, { count: parts.count }) : t(`in.${parts.unit}`, { count: parts.count });
    };
    return {
      /** "05.12.2026, 14:03" (en: "05/12/2026, 14:03"), Almaty time. */
      dateTime: (date: DateLike, options?: { seconds?: boolean }) => formatNumericDateTime(new Date(date), language, options),
      /** "05.12.2026" (en: "05/12/2026"). */
      date: (date: DateLike) => formatNumericDate(new Date(date), language),
      /** "14:03". */
      clock: (date: DateLike) => formatClockTime(new Date(date)),
      /** "6 минут бұрын", "через 2 часа", "in 3 days", "now" — for moments either side of now (deadlines). */
      relative: (date: DateLike) => say(relativeTimeParts(new Date(date), now)),
      /**
       * The same for something that has already happened (a comment, a notification, a sighting):
       * never "in 16 seconds" when it arrived live after the page's "now" or from a server whose
       * clock is a little ahead of this one.
       */
      since: (date: DateLike) => say(elapsedTimeParts(new Date(date), now)),
    };
  }, [language, now, t]);
}

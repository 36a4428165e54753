'use client';

// Dates and times in client components: the same text on the server and in every browser, with
// or without the browser's Kazakh locale data (server/i18n/dates.ts). Relative times use the
// `time` messages, which AdminIntlProvider ships to every admin page.
import { useLocale, useNow, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { formatClockTime, formatNumericDate, formatNumericDateTime, relativeTimeParts } from '@/server/i18n/format';

type DateLike = Date | string | number;

export function useDates() {
  const language = useLocale();
  // The provider's "now" (the moment the page was rendered), so server and browser agree.
  const now = useNow();
  const t = useTranslations('time');
  return useMemo(
    () => ({
      /** "05.12.2026, 14:03" (en: "05/12/2026, 14:03"), Almaty time. */
      dateTime: (date: DateLike, options?: { seconds?: boolean }) => formatNumericDateTime(new Date(date), language, options),
      /** "05.12.2026" (en: "05/12/2026"). */
      date: (date: DateLike) => formatNumericDate(new Date(date), language),
      /** "14:03". */
      clock: (date: DateLike) => formatClockTime(new Date(date)),
      /** "6 минут бұрын", "через 2 часа", "in 3 days", "now". */
      relative: (date: DateLike) => {
        const parts = relativeTimeParts(new Date(date), now);
        if (parts === 'now') return t('now');
        return parts.past ? t(`ago.${parts.unit}`, { count: parts.count }) : t(`in.${parts.unit}`, { count: parts.count });
      },
    }),
    [language, now, t],
  );
}

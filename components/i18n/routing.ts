import { defineRouting } from 'next-intl/routing';

export const locales = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  // Kazakh is the state language; visitors whose browser prefers Russian or English get those.
  defaultLocale: 'kk',
  localePrefix: 'always',
});

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

'use client';

// The one NextIntlClientProvider every page uses (the locale layout, AdminIntlProvider, sign-in).
// Importing this module puts Kazakh's digit grouping back into Intl.NumberFormat where the browser has
// no Kazakh data, before next-intl makes the formatters that print an ICU message's `#`.
import { NextIntlClientProvider } from 'next-intl';
import type { ComponentProps } from 'react';
import { installKazakhNumberSigns } from '@/server/i18n/format';

installKazakhNumberSigns();

export function IntlClientProvider(props: ComponentProps<typeof NextIntlClientProvider>) {
  return <NextIntlClientProvider {...props} />;
}

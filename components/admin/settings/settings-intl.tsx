import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** The settings forms need the `settings` namespace besides what the admin layout hands down. */
export async function SettingsIntlProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider timeZone="Asia/Almaty" locale={locale} messages={{ common: messages.common, priority: messages.priority, settings: messages.settings }}>
      {children}
    </NextIntlClientProvider>
  );
}

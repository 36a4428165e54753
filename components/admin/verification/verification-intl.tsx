import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/**
 * The admin layout hands its client components a few namespaces only; the verification panels,
 * the source registry and the task list also need `verification`. Wrap them in this.
 */
export async function VerificationIntlProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider timeZone="Asia/Almaty" locale={locale} messages={{ common: messages.common, admin: messages.admin, status: messages.status, verification: messages.verification, noticeEditor: messages.noticeEditor }}>
      {children}
    </NextIntlClientProvider>
  );
}

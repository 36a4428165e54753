import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** The editor's client components need `noticeEditor` and the verdict names besides the admin layout's namespaces. */
export async function NoticeEditorIntlProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider
      locale={locale}
      timeZone="Asia/Almaty"
      now={new Date()}
      messages={{ common: messages.common, admin: messages.admin, status: messages.status, verdict: messages.verdict, noticeEditor: messages.noticeEditor }}
    >
      {children}
    </NextIntlClientProvider>
  );
}

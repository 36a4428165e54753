// The one way an admin page hands its client components their words: the namespaces they use plus
// the shared ones, in the page's language, with the time zone and the "now" every date and relative
// time is formatted against (so server and browser render the same text). Only what is named here
// ships to the browser, not the whole catalogue.
import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { TIME_ZONE } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';

/** Every admin client component may use these: the chrome, statuses, priorities, the shared field errors and relative times. */
const SHARED = ['common', 'time', 'admin', 'status', 'priority', 'roles', 'validation', 'errors'] as const;

type Messages = { [key: string]: string | Messages };

/** Copies `path` ('settings', or a part such as 'telegramBot.admin') from `from` into `into`. */
function pick(from: Messages, into: Messages, path: string): void {
  const [head, ...rest] = path.split('.');
  const value = from[head!];
  if (value === undefined) return;
  if (rest.length === 0 || typeof value === 'string') into[head!] = value;
  else pick(value, (into[head!] ??= {}) as Messages, rest.join('.'));
}

/** `namespaces` may name a part of a big namespace ('telegramBot.admin'), so only that part ships. */
export async function AdminIntlProvider({ locale, namespaces = [], children }: { locale: Language; namespaces?: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages({ locale })) as Messages;
  const picked: Messages = {};
  for (const name of [...SHARED, ...namespaces]) pick(messages, picked, name);
  return (
    <IntlClientProvider locale={locale} timeZone={TIME_ZONE} now={new Date()} messages={picked as never}>
      {children}
    </IntlClientProvider>
  );
}

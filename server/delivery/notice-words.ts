// Words of outgoing messages (mails, push titles) in the recipient's language, from the same
// messages/*.json the pages use.
import type { Role, Verdict } from '../db/generated/enums';
import type { Language } from '../i18n/languages';
import { messagesFor, type Messages } from '../i18n/translator';

export type DeliveryMessageKey = keyof Messages['delivery'];

export function verdictWords(verdict: Verdict, language: Language): string {
  return messagesFor(language).verdict[verdict];
}

export function roleWords(role: Role, language: Language): string {
  return messagesFor(language).roles[role];
}

/** Plain `{name}` placeholders (no ICU): the values are a notice's own texts, inserted as they are. */
export function deliveryText(language: Language, key: DeliveryMessageKey, values: Record<string, string | number> = {}): string {
  const template: string = messagesFor(language).delivery[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

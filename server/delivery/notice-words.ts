// Words of outgoing messages (mails, push titles) in the recipient's language, from the same
// messages/*.json the pages use.
import en from '../../messages/en.json';
import kk from '../../messages/kk.json';
import ru from '../../messages/ru.json';
import type { Language, Role, Verdict } from '../db/generated/enums';

const messages = { kk, ru, en } as const;
export type DeliveryMessageKey = keyof (typeof en)['delivery'];

export function verdictWords(verdict: Verdict, language: Language): string {
  return messages[language].verdict[verdict];
}

export function roleWords(role: Role, language: Language): string {
  return messages[language].roles[role];
}

export function deliveryText(language: Language, key: DeliveryMessageKey, values: Record<string, string | number> = {}): string {
  const template: string = messages[language].delivery[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

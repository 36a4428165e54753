// Translations outside next-intl's request scope — API errors, SMS and Telegram replies, e-mails,
// HTML and image routes, notice templates — from the same messages/*.json with the same ICU
// formatting as the pages. The one server module that imports the catalogues.
import { createTranslator, type _Translator, type NamespaceKeys, type NestedKeyOf } from 'next-intl';
import en from '../../messages/en.json';
import kk from '../../messages/kk.json';
import ru from '../../messages/ru.json';
import { TIME_ZONE } from './format';
import type { Language } from './languages';

export type Messages = typeof en;
export type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const CATALOGUES: Record<Language, Messages> = { kk, ru, en };

/** The whole catalogue of one language (for next-intl providers and tests). */
export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}

/** `t(key, values)` over one language's whole catalogue, or scoped to a namespace ("smsReplies", "verdict" …). */
export type Translator<Namespace extends MessageNamespace = never> = _Translator<Messages, Namespace>;

export function translatorFor<Namespace extends MessageNamespace = never>(language: Language, namespace?: Namespace): Translator<Namespace> {
  return createTranslator<Messages, Namespace>({ locale: language, messages: CATALOGUES[language], namespace, timeZone: TIME_ZONE });
}

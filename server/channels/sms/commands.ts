// What an SMS says: a command that manages the sender's SMS subscription, or a rumour.
//
// The rule (a rumour may start with any word, so commands are recognised narrowly): a message is a
// command only when its FIRST word is a command keyword (kk/ru/en, Cyrillic or Latin, any case)
// AND the rest of the message fits that command exactly —
//   HELP / STOP                      nothing else (punctuation allowed)
//   LANG <kk|ru|en>                  one language word
//   SUB <region>                     region codes ("KZ-47", "47") or ONE region's name / former name
//   STATUS <tracking code>           a well-formed tracking code
//   CODE <verification code>         a notice's verification code (is a forwarded notice genuine?)
// Anything else — "Стоп, говорят мост закроют", "SUB something unknown and long" — is a report.
// Exception: SUB followed by a short unknown place (≤ 3 words) is answered "region not found",
// because that is almost certainly a typo of a command, not a rumour.
import { normalizeTrackingCode, toMatchKey } from '../../text';
import { CODE_LENGTH, extractVerificationCode } from '../../signing/verification-code';
import type { Language } from '../../i18n/languages';

export type SmsCommand =
  | { kind: 'help'; language: Language }
  | { kind: 'stop'; language: Language }
  | { kind: 'lang'; language: Language; chosen: Language }
  | { kind: 'subscribe'; language: Language; regionCodes: string[] }
  | { kind: 'subscribeUnknownRegion'; language: Language; query: string }
  | { kind: 'status'; language: Language; trackingCode: string }
  | { kind: 'verify'; language: Language; verificationCode: string };

type CommandKind = 'help' | 'stop' | 'lang' | 'subscribe' | 'status' | 'verify';

/** Keyword → command and the language it is written in (the reply's language when the sender chose none). */
const KEYWORDS: Record<string, { kind: CommandKind; language: Language }> = {
  HELP: { kind: 'help', language: 'en' },
  '?': { kind: 'help', language: 'en' },
  ПОМОЩЬ: { kind: 'help', language: 'ru' },
  СПРАВКА: { kind: 'help', language: 'ru' },
  КӨМЕК: { kind: 'help', language: 'kk' },
  KÖMEK: { kind: 'help', language: 'kk' },
  KOMEK: { kind: 'help', language: 'kk' },
  STOP: { kind: 'stop', language: 'en' },
  UNSUBSCRIBE: { kind: 'stop', language: 'en' },
  UNSUB: { kind: 'stop', language: 'en' },
  СТОП: { kind: 'stop', language: 'ru' },
  ОТПИСКА: { kind: 'stop', language: 'ru' },
  ТОҚТАТУ: { kind: 'stop', language: 'kk' },
  TOQTATU: { kind: 'stop', language: 'kk' },
  TOKTATU: { kind: 'stop', language: 'kk' },
  LANG: { kind: 'lang', language: 'en' },
  LANGUAGE: { kind: 'lang', language: 'en' },
  ЯЗЫК: { kind: 'lang', language: 'ru' },
  ТІЛ: { kind: 'lang', language: 'kk' },
  TIL: { kind: 'lang', language: 'kk' },
  SUB: { kind: 'subscribe', language: 'en' },
  SUBSCRIBE: { kind: 'subscribe', language: 'en' },
  ПОДПИСКА: { kind: 'subscribe', language: 'ru' },
  ПОДПИСАТЬСЯ: { kind: 'subscribe', language: 'ru' },
  ЖАЗЫЛУ: { kind: 'subscribe', language: 'kk' },
  JAZYLU: { kind: 'subscribe', language: 'kk' },
  ZHAZYLU: { kind: 'subscribe', language: 'kk' },
  STATUS: { kind: 'status', language: 'en' },
  СТАТУС: { kind: 'status', language: 'ru' },
  КҮЙ: { kind: 'status', language: 'kk' },
  KÜI: { kind: 'status', language: 'kk' },
  KUI: { kind: 'status', language: 'kk' },
  CODE: { kind: 'verify', language: 'en' },
  VERIFY: { kind: 'verify', language: 'en' },
  КОД: { kind: 'verify', language: 'ru' },
  ПРОВЕРИТЬ: { kind: 'verify', language: 'ru' },
  ТЕКСЕРУ: { kind: 'verify', language: 'kk' },
  TEKSERU: { kind: 'verify', language: 'kk' },
};

const LANGUAGE_WORDS: Record<string, Language> = {
  KK: 'kk', KAZ: 'kk', QAZ: 'kk', ҚАЗ: 'kk', КАЗ: 'kk', ҚАЗАҚША: 'kk', КАЗАХСКИЙ: 'kk', KAZAKH: 'kk', QAZAQSHA: 'kk', КК: 'kk',
  RU: 'ru', RUS: 'ru', РУС: 'ru', РУ: 'ru', РУССКИЙ: 'ru', ОРЫСША: 'ru', RUSSIAN: 'ru',
  EN: 'en', ENG: 'en', АНГЛ: 'en', ENGLISH: 'en', АҒЫЛШЫНША: 'en', АНГЛИЙСКИЙ: 'en',
};

export interface RegionNames {
  code: string;
  names: string[];
}

const TRAILING_PUNCTUATION = /[\s.!,;:]+$/u;

function words(text: string): string[] {
  return text.normalize('NFKC').replace(TRAILING_PUNCTUATION, '').trim().split(/[\s,;]+/u).filter(Boolean);
}

/** Region codes in the argument ("KZ-47 KZ-61", "47"), or null when any word is not a code. */
function regionCodesIn(args: string[], regions: RegionNames[]): string[] | null {
  const known = new Set(regions.map((r) => r.code));
  const codes: string[] = [];
  for (const arg of args) {
    const upper = arg.toUpperCase().replace(/^КZ|^КЗ/u, 'KZ');
    const code = /^\d{2}$/.test(upper) ? `KZ-${upper}` : /^KZ-?\d{2}$/.test(upper) ? `KZ-${upper.slice(-2)}` : null;
    if (!code || !known.has(code)) return null;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

const GENERIC_WORDS = new Set(['oblysy', 'oblys', 'oblast', 'oblastj', 'region', 'city', 'qalasy', 'kalasy', 'gorod', 'g']);

function significantKey(text: string): string {
  return toMatchKey(text)
    .split(' ')
    .filter((w) => w && !GENERIC_WORDS.has(w))
    .join(' ');
}

/** The one region whose name, former name or name stem matches; null when none or several do. */
export function findRegionByName(query: string, regions: RegionNames[]): string | null {
  const key = significantKey(query);
  if (key.length < 3) return null;
  const exact = regions.filter((r) => r.names.some((n) => significantKey(n) === key));
  if (exact.length === 1) return exact[0]!.code;
  if (exact.length > 1) return null;
  // "Мангистау" for "Мангистауская область": a name whose first word starts with the query's stem.
  const stem = key.slice(0, Math.max(4, key.length - 2));
  const prefixed = regions.filter((r) => r.names.some((n) => significantKey(n).split(' ')[0]?.startsWith(stem)));
  return prefixed.length === 1 ? prefixed[0]!.code : null;
}

export function parseSmsCommand(text: string, regions: RegionNames[]): SmsCommand | null {
  const parts = words(text);
  const first = parts[0]?.toUpperCase();
  if (!first) return null;
  const keyword = KEYWORDS[first];
  if (!keyword) return null;
  const args = parts.slice(1);
  const { language } = keyword;
  switch (keyword.kind) {
    case 'help':
    case 'stop':
      return args.length === 0 ? { kind: keyword.kind, language } : null;
    case 'lang': {
      const chosen = args.length === 1 ? LANGUAGE_WORDS[args[0]!.toUpperCase()] : undefined;
      return chosen ? { kind: 'lang', language, chosen } : null;
    }
    case 'status': {
      const code = args.length >= 1 && args.length <= 2 ? normalizeTrackingCode(args.join('')) : null;
      return code ? { kind: 'status', language, trackingCode: code } : null;
    }
    case 'verify': {
      // Exactly one code, as printed ("ABCDE-FGHJK") or typed ("abcde fghjk"), and nothing else.
      const typed = args.join('').replace(/-/g, '');
      const code = args.length >= 1 && args.length <= 2 && typed.length === CODE_LENGTH ? extractVerificationCode(typed) : null;
      return code ? { kind: 'verify', language, verificationCode: code } : null;
    }
    case 'subscribe': {
      if (args.length === 0) return null;
      const codes = regionCodesIn(args, regions);
      if (codes?.length) return { kind: 'subscribe', language, regionCodes: codes };
      const byName = findRegionByName(args.join(' '), regions);
      if (byName) return { kind: 'subscribe', language, regionCodes: [byName] };
      return args.length <= 3 ? { kind: 'subscribeUnknownRegion', language, query: args.join(' ').slice(0, 40) } : null;
    }
  }
}

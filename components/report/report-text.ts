// The report form's strings without next-intl's client runtime (its provider, hooks and ICU
// message parser are ~10 KB of gzipped JavaScript on a page with a 150 KB budget). The server page
// hands over the raw messages of the namespaces the form uses; this formats the little ICU they
// contain: `{name}` arguments and `{n, plural, …}` with `#`.
// report-text.test.ts checks it against next-intl's own formatter for every message in kk/ru/en.
import { formatNumber } from '@/server/i18n/format';
import type { Language } from '@/server/i18n/languages';

export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** The namespaces of messages/<locale>.json that the report form shows. */
export const REPORT_NAMESPACES = ['report', 'errors', 'verdict', 'share', 'common'] as const;
export type ReportMessages = Record<(typeof REPORT_NAMESPACES)[number], MessageTree>;

export type MessageValues = Record<string, string | number>;

export interface ReportText {
  /** The message at a dotted key ("report.submit"), formatted; the key itself if it is missing. */
  (key: string, values?: MessageValues): string;
  has(key: string): boolean;
}

export function pickReportMessages(all: Record<string, unknown>): ReportMessages {
  return Object.fromEntries(REPORT_NAMESPACES.map((ns) => [ns, all[ns] ?? {}])) as ReportMessages;
}

export function createReportText(messages: ReportMessages, locale: Language): ReportText {
  const lookup = (key: string): string | undefined => {
    let node: string | MessageTree | undefined = messages as unknown as MessageTree;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  const text = ((key: string, values: MessageValues = {}) => {
    const template = lookup(key);
    return template === undefined ? key : formatMessage(template, values, locale);
  }) as ReportText;
  text.has = (key) => lookup(key) !== undefined;
  return text;
}

/** `{name}`, or `{n, plural, one {# item} other {# items}}` whose forms may hold `#` and `{name}`. */
const PART = /\{(\w+), *plural, *((?:[^{}]|\{(?:[^{}]|\{\w+\})*\})*)\}|\{(\w+)\}/g;
const PLURAL_FORM = /(=?\w+) *\{((?:[^{}]|\{\w+\})*)\}/g;

/** Just the ICU these messages use: `{name}` arguments and `{n, plural, …}` with `#` (no select, no
 *  '' quoting — the test compares every message with next-intl, so a new construct fails there). */
export function formatMessage(template: string, values: MessageValues, locale: Language): string {
  const argument = (name: string) => (values[name] === undefined ? `{${name}}` : String(values[name]));
  return template.replace(PART, (_, pluralOf: string | undefined, body: string, name: string) => {
    if (!pluralOf) return argument(name);
    const n = Number(values[pluralOf]);
    const forms = Object.fromEntries(Array.from(body.matchAll(PLURAL_FORM), (m) => [m[1], m[2]]));
    const form: string = forms[`=${n}`] ?? forms[new Intl.PluralRules(locale).select(n)] ?? forms.other ?? '';
    return form.replace(/#|\{(\w+)\}/g, (match, inner?: string) => (inner ? argument(inner) : formatNumber(locale, n)));
  });
}

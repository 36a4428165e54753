// The report form's strings without next-intl's client runtime (its provider, hooks and ICU
// message parser are ~10 KB of gzipped JavaScript on a page with a 150 KB budget). The server page
// hands over the raw messages of the namespaces the form uses; this formats the little ICU they
// contain: `{name}` arguments, `{n, plural, …}` / `{x, select, …}` with `#`, and '' quoting.
// report-text.test.ts checks it against next-intl's own formatter for every message in kk/ru/en.

export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** The namespaces of messages/<locale>.json that the report form shows. */
export const REPORT_NAMESPACES = ['report', 'errors', 'verdict'] as const;
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

export function createReportText(messages: ReportMessages, locale: string): ReportText {
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

/** Index just past the `}` that closes the `{` at `open`. */
function closingBrace(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    const c = template[i];
    if (c === "'" && /[{}]/.test(template[i + 1] ?? '')) {
      i = template.indexOf("'", i + 1);
      if (i < 0) break;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return template.length;
}

/** `one {…} few {…} other {…}` → { one: '…', … } */
function options(body: string): Record<string, string> {
  const result: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{', i);
    if (open < 0) break;
    const end = closingBrace(body, open);
    result[body.slice(i, open).trim()] = body.slice(open + 1, end - 1);
    i = end;
  }
  return result;
}

export function formatMessage(template: string, values: MessageValues, locale: string, pound?: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === "'") {
      const next = template[i + 1];
      if (next === "'") {
        out += "'";
        i++;
      } else if (next === '{' || next === '}' || (next === '#' && pound !== undefined)) {
        // Quoted literal up to the next single apostrophe ('' inside it is one apostrophe).
        let j = i + 1;
        for (; j < template.length; j++) {
          if (template[j] === "'" && template[j + 1] === "'") {
            out += "'";
            j++;
          } else if (template[j] === "'") break;
          else out += template[j];
        }
        i = j;
      } else out += c;
    } else if (c === '#' && pound !== undefined) out += pound;
    else if (c === '{') {
      const end = closingBrace(template, i);
      const [name = '', type, ...rest] = template.slice(i + 1, end - 1).split(',');
      const key = name.trim();
      const value = values[key];
      if (type === undefined) out += value === undefined ? `{${key}}` : String(value);
      else {
        const choices = options(rest.join(','));
        if (type.trim() === 'plural') {
          const n = Number(value);
          const chosen = choices[`=${n}`] ?? choices[new Intl.PluralRules(locale).select(n)] ?? choices.other ?? '';
          out += formatMessage(chosen, values, locale, new Intl.NumberFormat(locale).format(n));
        } else out += formatMessage(choices[String(value)] ?? choices.other ?? '', values, locale, pound);
      }
      i = end - 1;
    } else out += c;
  }
  return out;
}

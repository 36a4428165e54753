// A tiny escaping HTML template for the pages rendered outside React's client runtime (notice page,
// poster): every interpolated value is escaped unless it is already SafeHtml. Arrays are joined.
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function stringify(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(stringify).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += stringify(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Marks already-safe markup (sanitised Markdown, server-made SVG, JSON escaped for <script>). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

// Notice bodies are Markdown written by moderators. markdown-it runs with `html: false`, so raw
// HTML in the source is shown as text; sanitize-html then keeps only an allow-list of tags,
// attributes and link schemes — a second wall in case a Markdown feature (or a future plugin)
// lets markup through. Event handlers, <script>, javascript:/data: links never survive.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote', 'h2', 'h3', 'h4', 'code', 'pre', 'hr'],
  allowedAttributes: { a: ['href'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The page already has the claim as its <h1>; headings in a body start one level lower.
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer' } }),
  },
};
SANITIZE_OPTIONS.allowedAttributes = { ...(SANITIZE_OPTIONS.allowedAttributes as Record<string, string[]>), a: ['href', 'rel'] };

/** Safe HTML for a notice body (untrusted Markdown in, allow-listed HTML out). */
export function renderNoticeMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS);
}

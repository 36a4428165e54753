// The notice body is stored as Markdown. Until a sanitising Markdown renderer lands, it is shown as
// plain text: paragraphs split on blank lines, single line breaks kept, and **bold** kept as bold
// because moderators use it for lead-ins. Everything goes through React's text escaping, so no
// markup in the body can reach the page as HTML.
import type { ReactNode } from 'react';

const HEADING_MARK = /^#{1,6}\s+/;

function inline(text: string, keyPrefix: string): ReactNode[] {
  // Odd-indexed parts sit between a pair of ** markers.
  return text.split(/\*\*(.+?)\*\*/g).map((part, i) => (i % 2 === 1 ? <strong key={`${keyPrefix}-${i}`}>{part}</strong> : part));
}

export function splitParagraphs(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function NoticeBody({ markdown, className, lang }: { markdown: string; className?: string; lang?: string }) {
  return (
    <div className={className} lang={lang}>
      {splitParagraphs(markdown).map((paragraph, p) => {
        const isHeading = HEADING_MARK.test(paragraph);
        const lines = paragraph.replace(HEADING_MARK, '').split('\n');
        const content = lines.flatMap((line, l) => [...(l > 0 ? [<br key={`br-${l}`} />] : []), ...inline(line, `${p}-${l}`)]);
        return <p key={p}>{isHeading ? <strong>{content}</strong> : content}</p>;
      })}
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { renderNoticeMarkdown } from './render-markdown';

describe('rendering a notice body written in Markdown', () => {
  it('keeps the formatting moderators use', () => {
    const out = renderNoticeMarkdown('## Что известно\n\n**Акимат** сообщил:\n\n- порт работает\n- [заявление](https://gov.kz/a)');
    expect(out).toContain('<h2>Что известно</h2>');
    expect(out).toContain('<strong>Акимат</strong>');
    expect(out).toContain('<li>порт работает</li>');
    expect(out).toContain('<a href="https://gov.kz/a" rel="nofollow noopener noreferrer">заявление</a>');
  });

  it('shows raw HTML as text and never lets <script> run', () => {
    const out = renderNoticeMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(2)"> <b onclick="x()">b</b>');
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/<b[ >]/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops javascript:, data: and vbscript: links, in any letter case or encoding', () => {
    const payloads = [
      '[click](javascript:alert(1))',
      '[click](JaVaScRiPt:alert(1))',
      '[click](javascript&#58;alert(1))',
      '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[click](vbscript:msgbox(1))',
      '<javascript:alert(1)>',
      '![x](javascript:alert(1))',
    ];
    for (const payload of payloads) {
      const out = renderNoticeMarkdown(payload);
      expect(out, payload).not.toMatch(/href="\s*(javascript|data|vbscript)/i);
      expect(out, payload).not.toMatch(/<img/i);
    }
  });

  it('strips event-handler attributes even if a tag got through', () => {
    // Not reachable through markdown-it with html:false; checks the sanitiser wall on its own terms.
    const out = renderNoticeMarkdown('[a](https://x.kz "t\\" onmouseover=\\"alert(1)")');
    expect(out).not.toMatch(/onmouseover=/i);
    expect(out).not.toMatch(/ title=/);
  });
});

// The two Content-Security-Policies: per-request nonces for App Router pages, hashes for the
// standalone (cached) documents — neither lets an injected inline script run.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentContentSecurityPolicy, newNonce, pageContentSecurityPolicy, withSecureCookies } from './security-headers';

function directive(policy: string, name: string): string {
  return (
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.split(' ')[0] === name) ?? ''
  );
}

const hash = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

describe('page policy', () => {
  it('allows scripts only by this response’s nonce, never inline or eval in production', () => {
    const nonce = newNonce();
    const policy = pageContentSecurityPolicy(nonce);
    const scripts = directive(policy, 'script-src');
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'none'");
    expect(pageContentSecurityPolicy(nonce, { development: true })).toContain("'unsafe-eval'");
  });

  it('gives every response a different nonce', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('document policy', () => {
  const html = `<html><head><style>body{margin:0}</style><script type="application/ld+json">{"a":1}</script></head>
<body><script src="/live-notice.js" defer></script><script>(function(){window.ok=1})();</script></body></html>`;

  it('lists the hash of each inline script and style the document has, and no others', () => {
    const policy = documentContentSecurityPolicy(html);
    const scripts = directive(policy, 'script-src');
    expect(scripts).toContain(hash('(function(){window.ok=1})();'));
    expect(scripts).toContain(hash('{"a":1}'));
    expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
    expect(scripts.match(/sha256-/g)).toHaveLength(2);
    expect(directive(policy, 'style-src-elem')).toContain(hash('body{margin:0}'));
  });

  it('is the same for the same document (a cached page keeps a matching header)', () => {
    expect(documentContentSecurityPolicy(html)).toBe(documentContentSecurityPolicy(html));
    expect(documentContentSecurityPolicy(html.replace('ok=1', 'ok=2'))).not.toBe(documentContentSecurityPolicy(html));
  });
});

describe('session cookies behind HTTPS', () => {
  const signedIn = () => {
    const headers = new Headers();
    headers.append('set-cookie', 'next-auth.session-token=abc; Path=/; HttpOnly; SameSite=Lax');
    headers.append('set-cookie', '__Secure-next-auth.callback-url=x; Path=/; Secure; SameSite=Lax');
    return new Response('{}', { status: 200, headers });
  };

  it('marks every cookie Secure when the client came over HTTPS, keeping names and attributes', () => {
    const cookies = withSecureCookies(signedIn(), true).headers.getSetCookie();
    expect(cookies).toEqual(['next-auth.session-token=abc; Path=/; HttpOnly; SameSite=Lax; Secure', '__Secure-next-auth.callback-url=x; Path=/; Secure; SameSite=Lax']);
  });

  it('leaves plain-http responses as they are (the browser would drop a Secure cookie there)', () => {
    expect(withSecureCookies(signedIn(), false).headers.getSetCookie()[0]).not.toMatch(/Secure/);
  });
});

// The proxy (proxy.ts) must never catch a real file — the service worker, the manifest, the notice
// pages' live script, the keys, the icons — while it sends made-up addresses with an extension
// (/wp-login.php) to the localised not-found page.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
// Next reads the matcher from proxy.ts's source at build time (it must be literal there), and
// importing proxy.ts outside Next fails: read the literals the same way. Each is "/" followed by
// one regular expression group.
const proxySource = readFileSync(path.join(root, 'proxy.ts'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
const matcherSource = /matcher:\s*\[([\s\S]*?)\]\s*,?\s*\}/.exec(proxySource)![1]!;
const matchers = Array.from(matcherSource.matchAll(/'((?:[^'\\]|\\.)*)'/g), (m) => new RegExp(`^${m[1]!.replace(/\\\\/g, '\\')}$`));
const caught = (address: string) => matchers.some((m) => m.test(address));

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}

describe('proxy matcher', () => {
  it('leaves every public file and every dotted route at the top of app/ alone', () => {
    const routes = readdirSync(path.join(root, 'app'))
      .filter((name) => name.includes('.') && !name.startsWith('.') && !/\.(tsx?|css)$/.test(name))
      .map((name) => `/${name}`);
    const served = [...filesUnder(path.join(root, 'public')), ...routes, '/robots.txt', '/sitemap.xml', '/manifest.webmanifest', '/serwist/sw.js', '/.well-known/raspa-keys.json', '/_next/static/chunks/app.js', '/api/v1/feeds/ru/rss.xml'];
    expect(served).toContain('/live-notice.js');
    for (const address of served) expect(caught(address), address).toBe(false);
  });

  it('catches pages and made-up addresses with an extension outside any language', () => {
    for (const address of ['/', '/ru', '/kk/report', '/wp-login.php', '/.env', '/old/page.html', '/index.php']) expect(caught(address), address).toBe(true);
    // Under a language the pages answer themselves (the notice page's card.png must stay cacheable).
    expect(caught('/ru/notices/some-slug/card.png')).toBe(false);
    // The plain forms' endpoints check their own origin (server/api/page-forms.ts); their pages are caught.
    for (const address of ['/ru/report/send', '/kk/privacy/forget', '/en/check/search', '/ru/report/start']) expect(caught(address), address).toBe(false);
    for (const address of ['/ru/report/sender', '/ru/privacy', '/en/report']) expect(caught(address), address).toBe(true);
    // Any address with a percent sign, so that one that does not decode gets a 404, not a 500.
    for (const address of ['/ru/notices/%C3%28', '/api/v1/reports/%C3%28', '/%C3%28']) expect(caught(address), address).toBe(true);
  });
});

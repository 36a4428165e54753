// First-load weight of public pages, as a phone on a slow connection downloads them: the HTML
// plus every script and stylesheet it references, gzip-compressed (what Next serves).
//   npx tsx bench/page-weight.ts [baseUrl] [/ru/report /kk/report …]
// Prints per-page JS (gzipped) and total; the report page's JS budget is 150 KB gzipped, the notice
// page's whole budget (HTML + CSS + JS) 60 KB — the notice page inlines its CSS and script in the HTML.
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const baseUrl = args[0]?.startsWith('http') ? args.shift()! : 'http://127.0.0.1:3000';
const pages = args.length ? args : ['/ru/report', '/kk/report', '/ru', '/ru/check', '/ru/notices/seifullina-forensic-examination-2016-demo', '/kk/notices/seifullina-forensic-examination-2016-demo/poster'];

async function gzippedSize(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return gzipSync(Buffer.from(await response.arrayBuffer()), { level: 6 }).byteLength;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const page of pages) {
  const html = await (await fetch(baseUrl + page)).text();
  // noModule scripts are legacy polyfills that modern browsers never download.
  const scripts = [...new Set([...html.matchAll(/<script([^>]+)>/g)].filter((m) => !/noModule/i.test(m[1]!)).map((m) => /src="([^"]+\.js[^"]*)"/.exec(m[1]!)?.[1]).filter((src): src is string => Boolean(src)))];
  const styles = [...new Set([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!))];
  let js = 0;
  for (const src of scripts) js += await gzippedSize(new URL(src, baseUrl).toString());
  let css = 0;
  for (const href of styles) css += await gzippedSize(new URL(href, baseUrl).toString());
  const htmlSize = gzipSync(Buffer.from(html), { level: 6 }).byteLength;
  console.log(`${page.padEnd(16).slice(0, 60)} JS ${kb(js).padStart(9)} (${scripts.length} files)  CSS ${kb(css).padStart(8)}  HTML ${kb(htmlSize).padStart(8)}  total ${kb(js + css + htmlSize)}`);
}

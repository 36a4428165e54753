// Phone and desktop screenshots of pages, for looking at what we build:
//   npx tsx scripts/screenshots.mts [baseUrl] /ru /kk/signin …   (PNGs in screenshots/)
// Staff pages: set SCREENSHOT_EMAIL and SCREENSHOT_PASSWORD to sign in first.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const baseUrl = args[0]?.startsWith('http') ? args.shift()! : 'http://localhost:3000';
const pages = args.length ? args : ['/kk', '/ru', '/en'];
const outDir = path.resolve('screenshots');
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const [device, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]] as const) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (process.env.SCREENSHOT_EMAIL) {
    await page.goto(`${baseUrl}/en/signin`);
    await page.locator('#email').fill(process.env.SCREENSHOT_EMAIL);
    await page.locator('#password').fill(process.env.SCREENSHOT_PASSWORD ?? '');
    await page.locator('form button[type=submit]').click();
    await page.waitForURL(/\/admin/);
  }
  for (const pathname of pages) {
    await page.goto(baseUrl + pathname, { waitUntil: 'networkidle' });
    const file = path.join(outDir, `${device}${pathname.replace(/[/?=&]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await context.close();
}
await browser.close();

// Screenshots of the built page at desktop and phone width, for the README and for review.
// Usage: node tests/e2e/screenshot.mjs [outdir]
import { serve } from '../../scripts/serve.mjs';
import { launch, openApp } from './browser.mjs';
import { resolve } from 'node:path';

const out = process.argv[2] ?? 'docs';
const server = await serve(resolve('dist'), 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 780 }]]) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  await openApp(page, url);
  await page.selectOption('#city', 'quanzhou');
  await page.selectOption('#county', 'yongchun');
  await page.click('#next');
  await page.selectOption('#tier', 'little_giant');
  await page.fill('#rec-provincial', '2024-03-01');
  await page.fill('#rec-little_giant', '2024-06-15');
  await page.fill('#eval-date', '2025-06-01');
  await page.locator('li.line details').first().evaluate((d) => { d.open = true; });
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.screenshot({ path: `${out}/screenshot-${name}.png`, fullPage: name === 'phone' });
  await context.close();
}
await browser.close();
server.close();

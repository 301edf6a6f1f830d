// Screenshots of the portfolio page's two views (examples/portfolio-50.csv loaded, on
// 2026-03-01; and a compare link: a 永春 firm as 专精特新 against the same firm as 小巨人) at
// 360 and 1280 px, 中文 and English, into target/shots-portfolio/ (or $SHOTS).
//   node tests/e2e/screenshot-portfolio.mjs        (serves dist/, the release build)
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './browser.mjs';
import { compareFragment, loadFile, openPortfolio } from './portfolio-page.mjs';
import { serve } from '../../scripts/serve.mjs';

const out = process.env.SHOTS ?? 'target/shots-portfolio';
mkdirSync(out, { recursive: true });
const server = await serve(resolve(process.env.DIST ?? 'dist'), 0);
const env = { origin: `http://127.0.0.1:${server.address().port}`, browser: await launch() };
const link = compareFragment(
  'v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01', '永春甲公司（专精特新）',
  'v1;c=quanzhou;k=yongchun;t=little_giant;r=provincial:2024-03-01,little_giant:2024-06-15;d=2025-06-01', '永春甲公司（小巨人）');
try {
  for (const width of [360, 1280]) {
    for (const lang of ['zh', 'en']) {
      const viewport = { width, height: 900 };
      const p = await openPortfolio(env, { viewport, lang });
      await p.page.fill('#eval-date', '2026-03-01');
      await loadFile(p.page, 'portfolio-50.csv', readFileSync('examples/portfolio-50.csv'));
      await p.page.screenshot({ path: `${out}/portfolio-${lang}-${width}.png`, fullPage: width > 400 });
      await p.page.evaluate(() => document.querySelector('#firms')?.scrollIntoView());
      await p.page.screenshot({ path: `${out}/portfolio-table-${lang}-${width}.png` });
      await p.page.evaluate(() => document.querySelector('#firms tr[data-row="14"]')?.scrollIntoView());
      await p.page.screenshot({ path: `${out}/portfolio-errors-${lang}-${width}.png` });
      await p.context.close();
      const c = await openPortfolio(env, { viewport, lang, fragment: link });
      await c.page.waitForSelector('#compare-lines');
      await c.page.screenshot({ path: `${out}/compare-${lang}-${width}.png`, fullPage: true });
      await c.page.evaluate(() => document.querySelector('tr[data-entry="yc-first-little-giant"]')?.scrollIntoView());
      await c.page.screenshot({ path: `${out}/compare-lines-${lang}-${width}.png` });
      await c.page.emulateMedia({ media: 'print' });
      if (width > 400) await c.page.screenshot({ path: `${out}/compare-print-${lang}.png`, fullPage: true });
      await c.context.close();
    }
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await env.browser.close();
  server.close();
}

// Screenshots of the client bar and its menu, the printed handout, and a shared link opened at
// 360 px with the sticky total while answering, 中文 and English, at 360 and 1280 px, on
// 2026-12-01, for review (issue 19, items 1 and 3).
// Usage: node tests/e2e/screenshot-clients.mjs [outdir]   (default target/shots-clients)
import { serve } from '../../scripts/serve.mjs';
import { announcePrint, launch, openApp } from './browser.mjs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

const out = process.argv[2] ?? 'target/shots-clients';
await mkdir(out, { recursive: true });
const day = process.env.SCREENSHOT_DAY ?? '2026-12-01';
const server = await serve(resolve(process.env.DIST ?? 'dist'), 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const link = '#v1;c=quanzhou;k=yongchun;t=little_giant;r=provincial:2024-03-01,little_giant:2024-06-15;p=1;a=park_first_year_kwh:3000000;d=2025-06-01';
const browser = await launch();
for (const lang of ['zh', 'en']) {
  for (const width of [360, 1280]) {
    const viewport = { width, height: width === 360 ? 780 : 1000 };
    const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
    await context.addInitScript((fixed) => {
      const Real = Date;
      window.Date = class extends Real {
        constructor(...a) { super(...(a.length ? a : [fixed])); }
        static now() { return fixed; }
      };
    }, new Date(`${day}T12:00:00`).getTime());
    const page = await context.newPage();
    // A shared link: opens on its result.
    await openApp(page, url + link);
    if (lang === 'en') await page.click('#lang');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/link-${lang}-${width}.png` });
    // Answering with the total in view.
    await page.click('#bar-questions').catch(() => {});
    await page.evaluate(() => window.scrollBy(0, 300));
    await page.screenshot({ path: `${out}/answering-${lang}-${width}.png` });
    // The client bar and its menu: the client named, a scenario, a new client.
    await page.fill('#client-name', lang === 'zh' ? '永春某公司' : 'Yongchun Widgets Ltd');
    await page.click('.client-menu summary');
    await page.click('#client-duplicate');
    await page.click('#client-new');
    if (!(await page.locator('.client-menu[open]').count())) await page.click('.client-menu summary');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${out}/menu-${lang}-${width}.png` });
    // The printed handout of the first client.
    await page.click('.client-list button.switch:not([disabled])');
    await announcePrint(page);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${out}/print-${lang}-${width}.png`, fullPage: true });
    await context.close();
  }
}
await browser.close();
server.close();

// Screenshots of a 晋江 (泉州) 专精特新 firm on 2026-12-01, at 360 px and 1280 px, 中文 and
// English, for review (issue 19.6): 晋江 has no text of its own in the catalogue, so the result
// opens with the no_local_text notice, then the city's and the province's lines.
// Usage: node tests/e2e/screenshot-jinjiang.mjs [outdir]   (writes screenshot-jinjiang-{zh,en}-{360,1280}.png)
import { serve } from '../../scripts/serve.mjs';
import { launch, openApp } from './browser.mjs';
import { resolve } from 'node:path';

const out = process.argv[2] ?? 'docs';
const day = process.env.SCREENSHOT_DAY ?? '2026-12-01';
const server = await serve(resolve(process.env.DIST ?? 'dist'), 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
for (const lang of ['zh', 'en']) {
  for (const width of [360, 1280]) {
    const viewport = { width, height: width === 360 ? 780 : 1400 };
    const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
    await context.addInitScript((fixed) => {
      const Real = Date;
      window.Date = class extends Real {
        constructor(...a) { super(...(a.length ? a : [fixed])); }
        static now() { return fixed; }
      };
    }, new Date(`${day}T12:00:00`).getTime());
    const page = await context.newPage();
    await openApp(page, url);
    await page.selectOption('#city', 'quanzhou');
    await page.selectOption('#county', 'jinjiang');
    await page.click('#next');
    await page.selectOption('#tier', 'provincial');
    await page.click('#next');
    if (lang === 'en') await page.click('#lang');
    await page.waitForSelector('.time-notice.no-local-text');
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    if (width === 360) {
      // The result, from its heading: the notice first.
      await page.locator('.results').screenshot({ path: `${out}/screenshot-jinjiang-${lang}-${width}.png` });
    } else {
      await page.screenshot({ path: `${out}/screenshot-jinjiang-${lang}-${width}.png` });
    }
    await context.close();
  }
}
await browser.close();
server.close();

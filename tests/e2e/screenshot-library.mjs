// Screenshots of the policy library's own page (library/) at 360 and 1280 px, 中文 and English,
// reached from the calculator's 政策库 link with a Xiamen Little Giant's answers, an entry open;
// and the calculator's tab row with the link. Into target/shots-libsplit/ (or $SHOTS).
//   node tests/e2e/screenshot-library.mjs        (serves dist/, the release build)
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { appReady, launch } from './browser.mjs';
import { serve } from '../../scripts/serve.mjs';

const out = process.env.SHOTS ?? 'target/shots-libsplit';
mkdirSync(out, { recursive: true });
const server = await serve(resolve(process.env.DIST ?? 'dist'), 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const fragment = 'v1;c=xiamen;k=siming;t=little_giant;r=little_giant:2024-06-15;d=2025-09-01';
try {
  for (const width of [360, 1280]) {
    for (const lang of ['zh', 'en']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${origin}/#${fragment}`);
      await appReady(page);
      if (lang === 'en') await page.click('#lang');
      await page.locator('.tabs').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/calculator-tabs-${lang}-${width}.png` });
      await page.click('a.tab#to-library');
      await page.waitForSelector('.library .count');
      await page.screenshot({ path: `${out}/library-${lang}-${width}.png` });
      await page.selectOption('#lib-place', 'xiamen');
      await page.fill('#lib-search', lang === 'zh' ? '专利质押' : '质押');
      await page.locator('li.entry summary').first().click();
      await page.screenshot({ path: `${out}/library-entry-${lang}-${width}.png`, fullPage: true });
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

// Screenshots of the import's words (issue 17, item 12), at 360 px and 1280 px, 中文 and
// English, for review: the confirmation of an imported bare profile, and a refused file.
// Usage: node tests/e2e/screenshot-import.mjs [outdir]   (writes import-{ok,refused}-{zh,en}-{360,1280}.png)
import { serve } from '../../scripts/serve.mjs';
import { launch, openApp } from './browser.mjs';
import { resolve, join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';

const out = process.argv[2] ?? 'target/shots-import';
await mkdir(out, { recursive: true });
const server = await serve(resolve(process.env.DIST ?? 'dist'), 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const broken = join(out, 'refused.json');
await writeFile(broken, JSON.stringify({ share: '', profile: { city: 'quanzhou', county: 'yongchun', tier: 'giant', amounts: { rd_spend: '1e5' } } }));

for (const lang of ['zh', 'en']) {
  for (const width of [360, 1280]) {
    const viewport = { width, height: width === 360 ? 780 : 1000 };
    const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    await openApp(page, url);
    if (lang === 'en') await page.click('#lang');
    const shot = async (name, file, start) => {
      await page.setInputFiles('#import-json', file);
      await page.waitForFunction((s) => document.querySelector('.share .status')?.textContent.startsWith(s), start);
      await page.locator('.share').scrollIntoViewIfNeeded();
      await page.locator('.share').screenshot({ path: `${out}/import-${name}-${lang}-${width}.png` });
    };
    await shot('ok', resolve('examples/full-profile.json'), lang === 'zh' ? '已导入' : 'Imported');
    await shot('refused', broken, lang === 'zh' ? '无法读取' : 'Could not');
    await context.close();
  }
}
await browser.close();
server.close();

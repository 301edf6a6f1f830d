// Screenshots for review of issue 17's items 6, 11, 12: the undo after "应用到答案", the import
// confirmation (IMPORT=1, on a build that has it), and the notice of a new release, at 360 and
// 1280 px, 中文 and English.
// Usage: node tests/e2e/screenshot-history.mjs [outdir]
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { launch, openApp, reloadApp } from './browser.mjs';

const out = process.argv[2] ?? 'target/shots-history';
const dir = await mkdtemp(join(tmpdir(), 'srdi-shots-'));
await cp(resolve(process.env.DIST ?? 'dist'), dir, { recursive: true });
const server = await serve(dir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const B = '#v1;c=xiamen;k=siming;t=little_giant_reserve;r=little_giant_reserve:2025-01-10;d=2025-06-01';
const sizes = [['360', { width: 360, height: 780 }], ['1280', { width: 1280, height: 900 }]];
for (const [w, viewport] of sizes) {
  for (const lang of ['zh', 'en']) {
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    await openApp(page, url + B);
    if (lang === 'en') await page.click('#lang');
    await page.locator('.what-if li').first().locator('button.edit').click();
    await page.waitForSelector('#undo');
    await page.locator('.what-if').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/undo-${w}-${lang}.png` });
    if (process.env.IMPORT) {
      // The import in the page (commit ca9c6b4, reverted for size): its confirmation.
      await page.setInputFiles('#import-json', resolve('examples/yongchun-little-giant.json'));
      await page.waitForFunction(() => /^(已导入|Imported)/.test(document.querySelector('.share .status')?.textContent ?? ''));
      await page.locator('.share .status').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${out}/import-${w}-${lang}.png` });
    }
    await context.close();
  }
}
// The notice of a new release: release A open, B published (index.html changed), opened again.
const html = await readFile(join(dir, 'index.html'), 'utf8');
for (const [w, viewport] of sizes) {
  for (const lang of ['zh', 'en']) {
    await writeFile(join(dir, 'index.html'), html);
    execFileSync(process.execPath, ['scripts/make-sw.mjs', dir]);
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await openApp(page, url + B);
    if (lang === 'en') await page.click('#lang');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await writeFile(join(dir, 'index.html'), html.replace('<title>', `<title>${w}${lang} `));
    execFileSync(process.execPath, ['scripts/make-sw.mjs', dir]);
    await reloadApp(page);
    await page.waitForSelector('#update button', { timeout: 20_000 });
    await page.screenshot({ path: `${out}/update-${w}-${lang}.png` });
    await context.close();
  }
}
await browser.close();
server.close();
await rm(dir, { recursive: true, force: true });
console.log(`screenshots in ${out}`);

// Screenshots of the fields issue 17 changed, at 360 px and 1280 px, 中文 and English, for
// review: a half-typed rent with the unfinished-answers list, an impossible recognition date,
// a loan with no purpose yet and a rate that reads as a fraction (with its question), and the
// share panel refusing an export.
// Usage: node tests/e2e/screenshot-inputs.mjs [outdir]   (writes inputs-{what}-{zh,en}-{360,1280}.png)
import { serve } from '../../scripts/serve.mjs';
import { launch, openApp } from './browser.mjs';
import { resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';

const out = process.argv[2] ?? 'target/shots-inputs';
await mkdir(out, { recursive: true });
const server = await serve(resolve(process.env.DIST ?? 'dist'), 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();

async function retype(page, selector, text) {
  await page.click(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.locator(selector).pressSequentially(text);
}

for (const lang of ['zh', 'en']) {
  for (const width of [360, 1280]) {
    const viewport = { width, height: width === 360 ? 780 : 1000 };
    const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    await openApp(page, url);
    if (lang === 'en') await page.click('#lang');
    await page.selectOption('#city', 'quanzhou');
    await page.selectOption('#county', 'yongchun');
    await page.click('#next');
    await page.selectOption('#tier', 'provincial');
    await retype(page, '#rec-provincial', '2024-03-01');
    await page.keyboard.press('Tab');
    await retype(page, '#rec-provincial', '2024-02-30');
    const shot = async (name, selector) => {
      await page.evaluate(() => document.activeElement?.blur());
      await page.locator(selector).screenshot({ path: `${out}/inputs-${name}-${lang}-${width}.png` });
    };
    await shot('date', '.questionnaire');
    await retype(page, '#rec-provincial', '2024-03-01');
    await page.click('#next');
    await page.selectOption('#park', 'srdi_park');
    await retype(page, '#q-park_rent_per_year', '1000000');
    await page.keyboard.press('Tab');
    await retype(page, '#q-park_rent_per_year', '2.4e6');
    await shot('rent', '.questionnaire');
    await shot('result', '.results');
    await page.click('#export-csv');
    await shot('share', '.share');
    await retype(page, '#q-park_rent_per_year', '1000000');
    for (let i = 0; i < 6 && !(await page.locator('#add-loan').count()); i++) await page.click('#next');
    await page.click('#add-loan');
    await retype(page, '#loan-0-principal', '1000000');
    await retype(page, '#loan-0-rate', '0.036');
    await shot('loan', '.questionnaire');
    if (width === 1280) await page.screenshot({ path: `${out}/inputs-page-${lang}-${width}.png`, fullPage: false });
    await context.close();
  }
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);

// Screenshots of the built page at desktop and phone width, in Chinese and English, for the
// README and for review: the 永春 firm of docs/readings/time-model.md A on 2026-12-01 (its
// county's text ended on 2025-12-31), answered through the form, the park step open with its
// date fields, the rent line opened to its standing, event date, formula and clause.
// Usage: node tests/e2e/screenshot.mjs [outdir]
import { serve } from '../../scripts/serve.mjs';
import { launch, openApp } from './browser.mjs';
import { resolve } from 'node:path';

const out = process.argv[2] ?? 'docs';
const day = process.env.SCREENSHOT_DAY ?? '2026-12-01';
const server = await serve(resolve(process.env.DIST ?? 'dist'), 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const shots = [
  ['desktop', 'zh', { width: 1280, height: 1700 }, ['screenshot-desktop.png', 'screenshot-time-desktop-zh.png']],
  ['desktop', 'en', { width: 1280, height: 1700 }, ['screenshot-time-desktop-en.png']],
  ['phone', 'zh', { width: 360, height: 780 }, ['screenshot-phone.png', 'screenshot-time-phone-zh.png']],
  ['phone', 'en', { width: 360, height: 780 }, ['screenshot-time-phone-en.png']],
];
for (const [kind, lang, viewport, files] of shots) {
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
  await page.selectOption('#county', 'yongchun');
  await page.click('#next');
  await page.selectOption('#tier', 'little_giant');
  await page.fill('#rec-provincial', '2024-03-01');
  await page.fill('#rec-little_giant', '2025-06-10');
  await page.click('#next');
  await page.selectOption('#park', 'srdi_park');
  await page.fill('#q-park_rent_per_year', '2,400,000');
  await page.fill('#q-park_rent_months', '12');
  await page.fill('#d-park_rent_start', '2025-01-01');
  await page.fill('#q-park_first_year_kwh', '2,600,000');
  await page.fill('#d-park_move_in', '2025-01-01');
  if (lang === 'en') await page.click('#lang');
  await page.locator('li.line[data-entry="yc-park-rent"] summary').click();
  await page.locator('li.line[data-entry="yc-park-rent"] dl').waitFor();
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  for (const f of files) await page.screenshot({ path: `${out}/${f}`, fullPage: kind === 'phone' });
  await context.close();
}
await browser.close();
server.close();

// Pre-renders the page's first screen into dist/index.html, so that a first visit sees its
// result as soon as the HTML has arrived instead of after the wasm has been fetched, compiled
// and started (docs/performance.md, start-up).
//
//   node scripts/prerender.mjs DIST SPAN_JSON
//
// SPAN_JSON is the engine's steady span of the build day (`srdi --steady-span`:
// {"from": …, "until": …}). The page is the app itself: the release build in dist/ is opened in
// Debian's Chromium with the clock on that day, the app renders its first screen for a first
// visit (no answers, Chinese), and that DOM is written into <main id="app">, with www/prerender.js
// (minified) after it and the span stamped on <main>. Left out, because the first screen does
// not paint them: print-only sections and the inside of closed <details> (the app brings them).
// Run after the glue is final and before the CSP, the service worker and the .gz twins.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify } from 'terser';
import { launch } from '../tests/e2e/browser.mjs';
import { serve } from './serve.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const span = JSON.parse(process.argv[3] ?? 'null');
const fail = (m) => { console.error(`prerender: ${m}`); process.exit(1); };
if (!span || !('from' in span) || !('until' in span)) fail('the second argument must be the steady span as JSON: {"from": …, "until": …}');
const day = /^\d{4}-\d{2}-\d{2}$/;
for (const k of ['from', 'until']) if (span[k] !== null && !day.test(span[k])) fail(`span.${k} ${span[k]} is not a date`);
// The build day: inside the span by construction (the CLI was asked for that day's span).
// SRDI_BUILD_DATE=YYYY-MM-DD builds as of another day (scripts/build.sh): Chromium's clock is
// then set to that day.
const buildDate = process.env.SRDI_BUILD_DATE;
if (buildDate && !day.test(buildDate)) fail(`SRDI_BUILD_DATE ${buildDate} is not a date (YYYY-MM-DD)`);
const now = buildDate ? new Date(`${buildDate}T12:00:00`) : new Date();
const two = (n) => String(n).padStart(2, '0');
const today = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
if ((span.from && today < span.from) || (span.until && today >= span.until)) fail(`today ${today} is outside the span ${JSON.stringify(span)}`);

const htmlPath = join(dist, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const mount = html.match(/<main id="?app"?><\/main>/);
if (!mount) fail(`${htmlPath} has no empty <main id="app"></main>`);

const server = await serve(dist, 0);
const browser = await launch();
let screen;
try {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Noon of the build day, so that the app's "today" is the day the span is for.
  await page.clock.setFixedTime(new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12));
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', () => { window.__started = true; }, { once: true }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.__started === true, null, { timeout: 30_000 });
  await page.waitForSelector('#app #total-exact');
  if (errors.length) fail(`the page failed: ${errors.join('; ')}`);
  screen = await page.evaluate((today) => {
    const app = document.getElementById('app').cloneNode(true);
    for (const e of app.querySelectorAll('.print-only')) e.remove();
    for (const d of app.querySelectorAll('details:not([open])')) {
      for (const n of [...d.childNodes]) if (n.nodeName !== 'SUMMARY') n.remove();
    }
    // <time> holds the visitor's day (rewritten by www/prerender.js), <time data-fixed> a day
    // of the catalogue (the rules' review date), which may be the build day and stays.
    const times = [...app.querySelectorAll('time')].filter((t) => t.textContent === today).length;
    return { html: app.innerHTML, times, value: document.getElementById('total-exact').textContent };
  }, today);
  await context.close();
} finally {
  await browser.close();
  server.close();
}

// Nothing of this machine or this day may be baked in, but the dates www/prerender.js rewrites
// and the fixed days of the catalogue.
const dates = screen.html.split(today).length - 1;
if (dates !== screen.times) fail(`the first screen shows ${today} ${dates} times, ${screen.times} of them in <time>: only <time> is rewritten to the visitor's day`);
if (/127\.0\.0\.1|localhost/.test(screen.html)) fail('the first screen contains the build server\'s address');
if (/<script/i.test(screen.html)) fail('the first screen contains a script');

const boot = await minify(readFileSync(new URL('../www/prerender.js', import.meta.url), 'utf8'), { compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!boot.code) fail('terser produced nothing for www/prerender.js');
const attr = (k) => (span[k] ? ` data-${k}=${span[k]}` : '');
html = html.replace(mount[0], () => `<main id=app${attr('from')}${attr('until')}>${screen.html}</main><script>${boot.code}</script>`);
writeFileSync(htmlPath, html);
console.log(`${htmlPath}: first screen pre-rendered (${Buffer.byteLength(screen.html)} bytes, total ${screen.value}), shown ${span.from ?? '…'} to ${span.until ?? '…'} (exclusive)`);

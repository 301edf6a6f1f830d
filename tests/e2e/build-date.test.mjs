// End-to-end: the pre-rendered first screen stays right across 2027-01-01, when every text in
// the catalogue has ended (issue 15). A build made as of 2027-01-02 (SRDI_BUILD_DATE, read by
// scripts/build.sh and scripts/prerender.mjs) must pre-render exactly what the app renders for a
// first visit on that day, and show no count of days (the pre-render is shown on every day of
// its span).
//
// Building the whole page again costs minutes, and nothing in the wasm depends on the day: only
// the steps of scripts/build.sh that read the build day are done again, once, on a copy of the
// release build in its own directory — the steady span from the CLI for that day, the
// pre-render with SRDI_BUILD_DATE (Chromium's clock on that day), and the .gz twins. (The
// pre-render's inline start script is the same, so the CSP pinned by the build still holds.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appReady, servedPage } from './browser.mjs';

const DAY = '2027-01-02';
const src = resolve(process.env.DIST ?? 'dist');
const dir = resolve('target/e2e-dist-2027-01-02');

// Before the server starts (servedPage's `before` runs after this one).
before(() => {
  rmSync(dir, { recursive: true, force: true });
  cpSync(src, dir, { recursive: true });
  const file = `${dir}/index.html`;
  const html = readFileSync(file, 'utf8');
  const built = html.replace(/<main id=app[^>]*>[\s\S]*<\/main><script>[\s\S]*?<\/script>/, '<main id="app"></main>');
  assert.notEqual(built, html, 'the release build has no pre-rendered first screen to redo');
  writeFileSync(file, built);
  const span = execFileSync('cargo', ['run', '-q', '--locked', '-p', 'srdi-cli', '--', '--steady-span', '--date', DAY], { encoding: 'utf8' }).trim();
  const env = { ...process.env, SRDI_BUILD_DATE: DAY };
  execFileSync('node', ['scripts/prerender.mjs', dir, span], { env, stdio: 'inherit' });
  execFileSync('node', ['scripts/precompress.mjs', dir], { stdio: 'inherit' });
});

const env = servedPage(before, after, dir);

/** A page on `day` at noon whose wasm is held back until `release()`. */
async function heldPage(day) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript((fixed) => {
    const Real = Date;
    window.Date = class extends Real {
      constructor(...a) { super(...(a.length ? a : [fixed])); }
      static now() { return fixed; }
    };
  }, new Date(`${day}T12:00:00`).getTime());
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return { page, context, release };
}

const screen = (page) => page.evaluate(() => {
  const app = document.getElementById('app');
  return {
    children: app.children.length,
    inert: app.inert,
    text: app.innerText,
    total: document.getElementById('total-exact')?.textContent ?? null,
    evaluated: document.getElementById('evaluated-on')?.textContent ?? null,
  };
});

test(`a build made as of ${DAY} stamps a span that holds that day`, () => {
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  const from = html.match(/<main id=app[^>]* data-from=(\d{4}-\d\d-\d\d)/)?.[1] ?? null;
  const until = html.match(/<main id=app[^>]* data-until=(\d{4}-\d\d-\d\d)/)?.[1] ?? null;
  assert.ok(!from || from <= DAY, `from ${from}`);
  assert.ok(!until || DAY < until, `until ${until}`);
  // Every text has ended by then: nothing the first screen shows changes on a later day.
  assert.ok(from && from >= '2027-01-01', `from ${from}: every text has ended on 2027-01-01, the span of ${DAY} cannot start before`);
});

test(`the first screen of a build made as of ${DAY} is what the app renders on ${DAY}`, async () => {
  const { page, context, release } = await heldPage(DAY);
  await page.goto(`${env.origin}/`, { waitUntil: 'domcontentloaded' });
  const pre = await screen(page);
  assert.ok(pre.children > 0, 'the pre-rendered first screen is not shown on the day it was built for');
  assert.equal(pre.inert, true);
  assert.equal(pre.total, '0 元');
  assert.equal(pre.evaluated, DAY);
  // No count of days on a screen shown on every day of its span.
  assert.doesNotMatch(pre.text, /还剩|天后|days? left/);
  release();
  await appReady(page);
  const app = await screen(page);
  assert.equal(app.inert, false);
  assert.equal(app.text, pre.text, 'the app renders another first screen than the pre-render');
  // The page is live on that day: a 厦门 小巨人 first recognised 2025-04-20 sees its awards as
  // earned under a text that ended on 2026-12-31 (docs/readings/time-model.md B), not 0.
  await page.selectOption('#city', 'xiamen');
  await page.selectOption('#county', 'siming');
  await page.click('#next');
  await page.selectOption('#tier', 'little_giant');
  await page.fill('#rec-little_giant', '2025-04-20');
  await page.waitForFunction(() => document.querySelector('#total-ended')?.textContent === '1,000,000 元');
  await context.close();
});

// Launches Debian's Chromium (never a downloaded build) through playwright-core, headless, with
// the flags this machine needs: no sandbox as root, and no background traffic to Google.
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions', '--metrics-recording-only', '--lang=zh-CN',
    ],
  });
}

/**
 * Waits until the app has started: the pre-rendered first screen (scripts/prerender.mjs) is on
 * the page before that, inert, and is replaced when the app starts; www/prerender.js sets the
 * `app-ready` mark then.
 */
export async function appReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 20_000 });
}

/** Opens the page at `url` and waits until the app has started. */
export async function openApp(page, url, options = {}) {
  const response = await page.goto(url, options);
  await appReady(page);
  return response;
}

/**
 * Watches what the page asks for that reaches the network once `watch.on` is set (after load):
 * every response the service worker did not answer, and every failed request (blob: and data:
 * URLs are the page's own bytes in memory). The page's rule: after load, `watch.reached` stays
 * empty.
 */
export function watchNetwork(page) {
  const watch = { on: false, reached: [] };
  const inMemory = (url) => /^(blob|data):/.test(url);
  page.on('response', (r) => { if (watch.on && !r.fromServiceWorker() && !inMemory(r.url())) watch.reached.push(r.url()); });
  page.on('requestfailed', (r) => { if (watch.on && !inMemory(r.url())) watch.reached.push(`failed: ${r.url()}`); });
  return watch;
}

/**
 * Announces a print as the browser does before it lays the page out for one (Ctrl+P, its menu):
 * the page then builds every line's details and the handout (src/print.rs). Emulating print
 * media alone does not fire it.
 */
export async function announcePrint(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
}

/** Reloads the page and waits until the app has started again. */
export async function reloadApp(page) {
  await page.reload();
  await appReady(page);
}

/**
 * Serves `dir` (the release build by default, or the directory named by $DIST) and launches
 * the browser for one test file; returns an object whose `origin` and `browser` are set once the file's `before` hook ran.
 */
export function servedPage(before, after, dir = process.env.DIST ?? 'dist') {
  const env = { origin: '', browser: null, server: null };
  before(async () => {
    const { serve } = await import('../../scripts/serve.mjs');
    const { resolve } = await import('node:path');
    env.server = await serve(resolve(dir), 0);
    env.origin = `http://127.0.0.1:${env.server.address().port}`;
    env.browser = await launch();
  });
  after(async () => { await env.browser?.close(); env.server?.close(); });
  return env;
}

/**
 * Answers the first two steps for a firm in 永春县: place, then tier, the evaluation date (if
 * given) and the dates of first recognition ({ tier: 'YYYY-MM-DD' }).
 */
export async function answerYongchun(page, tier, recognitions = {}, evalDate = null) {
  await page.selectOption('#city', 'quanzhou');
  await page.selectOption('#county', 'yongchun');
  await page.click('#next');
  await page.selectOption('#tier', tier);
  if (evalDate) await page.fill('#eval-date', evalDate);
  for (const [t, date] of Object.entries(recognitions)) await page.fill(`#rec-${t}`, date);
}

/**
 * The share-link fragment (without `#`) of a profile, in the documented version-1 format of
 * engine/src/share.rs: `v1` then `;`-separated parts — `c` city, `k` county, `t` tier,
 * `r` recognitions (`tier:date,…`), `p` park (`1`), `a` amounts (`quantity:value,…`), `f` facts,
 * `l` loans (`purpose:principal:rate:months:start[:o]|…`, the rate as a fraction), `d` evaluation
 * date, `lpr` LPR override. Takes the profile JSON form of examples/*.json.
 */
export function shareFragment(p) {
  const parts = ['v1'];
  const push = (k, v) => { if (v) parts.push(`${k}=${v}`); };
  push('c', p.city);
  push('k', p.county);
  push('t', p.tier);
  push('r', Object.entries(p.recognitions ?? {}).map(([t, d]) => `${t}:${d}`).join(','));
  push('p', p.park === 'srdi_park' ? '1' : '');
  push('a', Object.entries(p.amounts ?? {}).map(([q, v]) => `${q}:${v}`).join(','));
  push('f', (p.facts ?? []).join(','));
  push('l', (p.loans ?? []).map((l) => [l.purpose, l.principal, l.annual_rate, l.term_months, l.start]
    .concat(l.other_provincial_discount ? ['o'] : []).join(':')).join('|'));
  push('d', p.evaluation_date);
  push('lpr', p.lpr_override);
  return parts.join(';');
}

/**
 * Answers the whole questionnaire through the form, as a person would: place, tier, dates,
 * then every later step in turn (park, amounts as typed, yes/no facts, loans), pressing
 * "下一步" until the last step. `typed` maps a quantity to the text to type (e.g. '120万');
 * otherwise the profile's plain number is typed. Loan rates are typed in percent.
 */
export async function answerByForm(page, p, typed = {}) {
  await page.selectOption('#city', p.city);
  if (p.county) await page.selectOption('#county', p.county);
  await page.click('#next');
  await page.selectOption('#tier', p.tier);
  if (p.evaluation_date) await page.fill('#eval-date', p.evaluation_date);
  for (const [t, date] of Object.entries(p.recognitions ?? {})) await page.fill(`#rec-${t}`, date);
  const done = new Set();
  for (let step = 0; step < 10; step++) {
    if (p.park === 'srdi_park' && await page.locator('#park').count()) await page.selectOption('#park', 'srdi_park');
    for (const [q, v] of Object.entries(p.amounts ?? {})) {
      const field = page.locator(`#q-${q}`);
      if (await field.count()) { await field.fill(typed[q] ?? v); done.add(q); }
    }
    for (const f of p.facts ?? []) {
      const box = page.locator(`#f-${f}`);
      if (await box.count()) { await box.check(); done.add(f); }
    }
    if (await page.locator('#add-loan').count()) {
      for (const [i, l] of (p.loans ?? []).entries()) {
        if (await page.locator(`#loan-${i}-principal`).count() === 0) await page.click('#add-loan');
        await page.selectOption(`#loan-${i}-purpose`, l.purpose);
        await page.fill(`#loan-${i}-principal`, l.principal);
        await page.fill(`#loan-${i}-rate`, String(Number((Number(l.annual_rate) * 100).toFixed(6))));
        await page.fill(`#loan-${i}-term`, String(l.term_months));
        await page.fill(`#loan-${i}-start`, l.start);
        if (l.other_provincial_discount) await page.check(`#loan-${i}-other`);
        done.add(`loan-${i}`);
      }
    }
    if (await page.isDisabled('#next')) break;
    await page.click('#next');
  }
  return done;
}

// Helpers of the portfolio page's end-to-end tests (portfolio.test.mjs, compare.test.mjs) and
// its benchmark: open the page, record its requests, load a file, run axe-core.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 780 };

/**
 * Opens portfolio/ (at `fragment`, if given) in a new context, in `lang` ('zh' or 'en', the
 * calculator's saved choice), and records every request, marking those made after load.
 */
export async function openPortfolio(env, { fragment = '', viewport = DESKTOP, lang = 'zh', bypassCSP = false } = {}) {
  const context = await env.browser.newContext({ viewport, locale: 'zh-CN', bypassCSP, acceptDownloads: true });
  if (lang === 'en') await context.addInitScript(() => localStorage.setItem('srdi-calculator.lang', 'en'));
  const page = await context.newPage();
  const requests = [];
  const state = { loaded: false };
  page.on('request', (r) => requests.push({ url: r.url(), afterLoad: state.loaded }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${env.origin}/portfolio/${fragment ? `#${fragment}` : ''}`, { waitUntil: 'networkidle' });
  await page.waitForSelector('body[data-ready]');
  state.loaded = true;
  return { page, context, requests, errors };
}

/** Loads a file into the page as a person would (the file input) and waits for the table. */
export async function loadFile(page, name, buffer, mimeType = 'text/csv') {
  await page.setInputFiles('#file', { name, mimeType, buffer });
  // This file's result (each load in a test has a name of its own), not the previous one's.
  await page.waitForFunction((n) => document.querySelector(`#status[data-state="done"]`)?.dataset.file === n
    || document.querySelector('#file-error')?.dataset.file === n, name, { timeout: 60_000 });
}

/** Every request was to the page's own origin, and none after load. */
export function assertNoRequestAfterLoad(env, requests) {
  assert.ok(requests.length > 0);
  for (const r of requests) assert.ok(r.url.startsWith(env.origin + '/'), `foreign request ${r.url}`);
  assert.deepEqual(requests.filter((r) => r.afterLoad).map((r) => r.url), []);
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is (the context needs bypassCSP). */
export async function axe(page, where) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  }
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The compare link of the calculator's clients: `#compare&a=…&an=…&b=…&bn=…`. */
export function compareFragment(a, an, b, bn) {
  const e = encodeURIComponent;
  return `compare&a=${e(a)}&an=${e(an)}&b=${e(b)}&bn=${e(bn)}`;
}

let gbkTable = null;
/** `text` encoded in GBK, as WPS and older Excel save a CSV on a Chinese Windows (the table is
 *  built by decoding every two-byte GBK sequence with Node's own TextDecoder). */
export function gbk(text) {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = dec.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out = [];
  for (const ch of text) {
    if (ch.codePointAt(0) < 0x80) out.push(ch.codePointAt(0));
    else {
      const b = gbkTable.get(ch);
      if (!b) throw new Error(`no GBK code for ${ch}`);
      out.push(...b);
    }
  }
  return Buffer.from(out);
}

// End-to-end: the three pages of the release build (the calculator, library/, portfolio/) carry
// the same head from one source — www/crash.js and www/base.css inlined by Trunk into each, and
// the Content-Security-Policy written by scripts/csp.mjs into each — so a change to the
// calculator's crash notice, shared style or CSP reaches all three. In the browser: each page
// loads under its CSP with no violation and no request after load, and shows the crash notice,
// styled, when its WebAssembly stops.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { servedPage } from './browser.mjs';

const PAGES = { calculator: '', library: 'library/', portfolio: 'portfolio/' };
const dist = process.env.DIST ?? 'dist';
const html = (path) => readFileSync(`${dist}/${path}index.html`, 'utf8');
const sha = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const csp = (page) => page.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]*)">/)[1];
const inlineScripts = (page) => [...page.matchAll(/<script((?:\s+[^>]*)?)>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\bsrc\s*=/.test(m[1])).map((m) => m[2]);
const styles = (page) => [...page.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
const CRASH_WORDS = '页面出现了意外错误';

test('the three built pages carry one CSP, one crash notice and one shared stylesheet', () => {
  const pages = Object.fromEntries(Object.entries(PAGES).map(([name, path]) => [name, html(path)]));
  // The policy, with the per-page hashes of inline scripts and styles set aside, is the same.
  const policies = Object.values(pages).map((p) => csp(p).replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, ''));
  assert.equal(new Set(policies).size, 1, policies.join('\n'));
  assert.match(policies[0], /default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src; .*connect-src 'self'/);
  // The crash notice: one script, the same bytes on every page, first of the inline scripts
  // (listening before the wasm starts), and pinned by that page's CSP.
  const crash = Object.entries(pages).map(([name, p]) => {
    const scripts = inlineScripts(p);
    const found = scripts.filter((s) => s.includes(CRASH_WORDS));
    assert.equal(found.length, 1, `${name}: one crash notice`);
    assert.equal(scripts.indexOf(found[0]), 0, `${name}: the crash notice is the first inline script`);
    assert.ok(csp(p).includes(sha(found[0])), `${name}: its CSP pins the crash notice`);
    return found[0];
  });
  assert.equal(new Set(crash).size, 1, 'the same crash notice on the three pages');
  // www/base.css: the first <style> of each page, the same bytes, pinned by each CSP.
  const base = Object.entries(pages).map(([name, p]) => {
    const first = styles(p)[0];
    assert.match(first, /\.panic\b/, `${name}: the shared stylesheet comes first and styles the notice`);
    assert.ok(csp(p).includes(sha(first)), `${name}: its CSP pins the shared stylesheet`);
    return first;
  });
  assert.equal(new Set(base).size, 1, 'the same shared stylesheet on the three pages');
});

const env = servedPage(before, after);

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name}: no CSP violation, no request after load, and the crash notice when the wasm stops`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const requests = [];
    const violations = [];
    let loaded = false;
    page.on('request', (r) => requests.push({ url: r.url(), afterLoad: loaded }));
    page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
    await page.goto(`${env.origin}/${path}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('main')?.children.length > 0 && !document.querySelector('main[inert]'));
    loaded = true;
    assert.deepEqual(violations, []);
    // What the loader does when the wasm cannot start; a trap later goes the same way.
    await page.evaluate(() => dispatchEvent(new CustomEvent('srdi-failed', { detail: new Error('test') })));
    const banner = page.locator('.panic[role="alert"]');
    await banner.waitFor();
    assert.match(await banner.textContent(), /页面出现了意外错误.*重新加载 \/ Reload/s);
    // Styled by the shared stylesheet: sticky at the top, on its own colour.
    const look = await banner.evaluate((el) => { const s = getComputedStyle(el); return [s.position, s.backgroundColor]; });
    assert.deepEqual(look, ['sticky', 'rgb(255, 244, 229)']);
    assert.deepEqual(requests.filter((r) => r.afterLoad).map((r) => r.url), []);
    for (const r of requests) assert.ok(r.url.startsWith(`${env.origin}/${path}`), `request outside ${path || 'the calculator'}: ${r.url}`);
    await context.close();
  });
}

// End-to-end: the first screen pre-rendered into index.html (scripts/prerender.mjs,
// www/prerender.js). A first visit sees the app's own first result before the wasm has arrived,
// cannot use it until the app starts, and then sees the same screen from the app; whenever the
// pre-render would not be the app's first screen (answers in the link, answers or English kept
// on this device, a day outside the span it was built for), it is not shown at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appReady, servedPage } from './browser.mjs';

const env = servedPage(before, after);
const built = readFileSync(`${process.env.DIST ?? 'dist'}/index.html`, 'utf8');
const stamp = (k) => built.match(new RegExp(`<main id=app[^>]* data-${k}=(\\d{4}-\\d{2}-\\d{2})`))?.[1] ?? null;
const span = { from: stamp('from'), until: stamp('until') };

/** A day of the span that is not today (when there is one), at noon local time. */
function dayInSpan() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const day = span.from && span.from !== today ? span.from : today;
  return { day, at: new Date(`${day}T12:00:00`) };
}

/**
 * A new page whose wasm is held back until `release()`, so that what the HTML alone shows can
 * be looked at; every Content-Security-Policy violation is recorded.
 */
async function heldPage({ clock = null, storage = {} } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(({ items, fixed }) => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    // The visitor's clock on another day: "now" only (Playwright's page.clock would also stand
    // in for `performance`, whose marks are looked at here).
    if (fixed !== null) {
      const Real = Date;
      window.Date = class extends Real {
        constructor(...a) { super(...(a.length ? a : [fixed])); }
        static now() { return fixed; }
      };
    }
  }, { items: storage, fixed: clock ? clock.getTime() : null });
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return { page, context, release };
}

const state = (page) => page.evaluate(() => {
  const app = document.getElementById('app');
  return {
    inert: app.inert,
    busy: app.getAttribute('aria-busy'),
    children: app.children.length,
    headers: app.querySelectorAll('header').length,
    total: document.getElementById('total-exact')?.textContent ?? null,
    time: document.getElementById('evaluated-on')?.textContent ?? null,
    text: app.innerText,
    marks: performance.getEntriesByType('mark').map((m) => m.name),
    violations: window.__violations,
  };
});

test('the build stamped the span of days the first screen holds for', () => {
  // The engine's steady span of the build day (engine/tests/steady_span.rs), never empty.
  assert.ok(span.from || span.until, 'no data-from / data-until on <main id=app>');
  if (span.from && span.until) assert.ok(span.from < span.until);
});

test('a first visit sees the result before the wasm arrives, then the same screen from the app', async () => {
  const { day, at } = dayInSpan();
  const { page, context, release } = await heldPage({ clock: at });
  await page.goto(`${env.origin}/`, { waitUntil: 'domcontentloaded' });
  const pre = await state(page);
  // The app's first screen for no answers: a total of 0 元 (no place, no tier: nothing is
  // payable), on the visitor's day, not the build's.
  assert.equal(pre.total, '0 元');
  assert.equal(pre.time, day);
  assert.match(pre.text, /测算结果/);
  assert.match(pre.text, /所在设区市/);
  // The three dates, and no count of days (the screen is shown on every day of its span).
  assert.match(pre.text, /规则核对日.*评估日.*生成日/s);
  assert.doesNotMatch(pre.text, /还剩/);
  // Not usable until the app starts, and said to be busy.
  assert.equal(pre.inert, true);
  assert.equal(pre.busy, 'true');
  assert.deepEqual(pre.marks, ['first-result']);
  // Not even the keyboard reaches it: inert (without it, Tab would land on its first button).
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.getElementById('app').contains(document.activeElement)), false);

  release();
  await appReady(page);
  const app = await state(page);
  assert.equal(app.inert, false);
  assert.equal(app.busy, null);
  assert.equal(app.headers, 1, 'the pre-render was replaced, not added to');
  assert.deepEqual(app.marks, ['first-result', 'app-ready']);
  // What the screen shows is the same text, line for line.
  assert.equal(app.text, pre.text);
  assert.deepEqual(app.violations, []);
  // And the app is the live one: it answers.
  await page.selectOption('#city', 'quanzhou');
  await page.waitForSelector('#county', { timeout: 5_000 });
  await context.close();
});

for (const [name, options, url] of [
  ['answers in the link', {}, '#v1;c=xiamen;t=srdi'],
  ['English kept on this device', { storage: { 'srdi-calculator.lang': 'en' } }, ''],
  ['answers kept on this device', { storage: { 'srdi-calculator.answers': 'v1;c=xiamen' } }, ''],
  ['clients kept on this device', { storage: { 'srdi-calculator.clients': '{"format":"srdi-clients","clients":[{"name":"甲","share":"v1;c=xiamen"}]}' } }, ''],
  ['a day after the span', { clock: span.until ? new Date(`${span.until}T12:00:00`) : null }, ''],
  ['a day before the span', { clock: span.from ? new Date(new Date(`${span.from}T12:00:00`).getTime() - 86_400_000) : null }, ''],
]) {
  test(`the pre-render is not shown with ${name}`, { skip: name.startsWith('a day') && !options.clock && 'the span is open on that side' }, async () => {
    const { page, context, release } = await heldPage(options);
    await page.goto(`${env.origin}/${url}`, { waitUntil: 'domcontentloaded' });
    const pre = await state(page);
    assert.equal(pre.children, 0, 'the pre-rendered screen is still there');
    assert.deepEqual(pre.marks, []);
    release();
    await appReady(page);
    const app = await state(page);
    assert.equal(app.inert, false);
    assert.deepEqual(app.marks, ['first-result', 'app-ready']);
    assert.ok(app.total !== null);
    assert.deepEqual(app.violations, []);
    if (name.startsWith('English')) assert.match(app.text, /SRDI Support Calculator/);
    await context.close();
  });
}

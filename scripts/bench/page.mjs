// The browser half of the benchmark: the release page in Debian's headless Chromium.
//
//   node scripts/bench/page.mjs [DIST]        (DIST defaults to dist, the release build)
//
// Measures, prints a table and one PASS/FAIL line per budget, and writes every figure to
// target/bench/page.json:
//   1. start-up: navigation start → the `first-result` mark (www/prerender.js: when a result is
//      first in the page, pre-rendered or from the app), and → `app-ready` (the app has started
//      and answers input), over cold loads (a new browser context each: empty HTTP and code
//      caches), interleaved with a blank static page served by the same server; the phases of
//      the page's load (resource timing);
//   2. input → DOM: with the full profile (examples/full-profile.json, through its share link),
//      an `input` event on an amount field until the new total is in the DOM;
//   3. the engine in wasm, with 1 to 100 loans: the evaluation alone (evaluateRepeatedly of the
//      JS API, dist/api/), and calculate(), which also converts the profile and report;
//   4. memory: wasm linear memory + JS heap after load and after 1,000 recalculations.
// The share link of the full profile comes from the CLI (`cargo run -p srdi-cli`, a native build
// into target/). Exit status: 0 all budgets pass, 1 a budget fails, 2 the bench could not run.
import { execFileSync } from 'node:child_process';
import { cp, copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../tests/e2e/browser.mjs';
import { serve } from '../serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const dist = resolve(process.argv[2] ?? 'dist');
const out = join(repo, 'target/bench/page.json');

// Budgets (the performance issue, docs/performance.md).
const BUDGET = { firstResultMs: 300, ratioToBlank: 2, inputP95Ms: 16, memoryGrowthPct: 5 };
// Sizes and bounds: every loop stops at its count or its time, whichever comes first.
const STARTUP = { loads: 21, min: 20, warmup: 2, maxMs: 70_000, timeoutMs: 15_000 };
const INPUT = { warmup: 20, edits: 300, min: 200, maxMs: 30_000, timeoutMs: 2_000 };
const ENGINE = { warmup: 200, iterations: 2_000, maxMs: 8_000 };
const MEMORY = { edits: 1_000, maxMs: 60_000 };
const WATCHDOG_MS = 240_000;
// The amount edited: the rent of park premises (永政办规〔2024〕1号 四、（二）2: 20% of the
// rent, at most 500,000 元). In the full profile the rent (1,200,000 元 → 240,000 元) is below
// the cap and beats the park-loan discount of its not-both group, so every edit of 100 元 moves
// the total by 20 元. Values: FROM + 100 × (i + 1).
const FIELD = 'q-park_rent_per_year';
const FROM = 1_000_000;
const TOTAL = 'total-exact';
const BLANK = '__bench_blank.html';

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 1000} s, stopping`);
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();

// ---------------------------------------------------------------- statistics and printing

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile. */
function pct(xs, p) {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : x);

const figures = {};
function fig(name, value, digits = 1) {
  figures[name] = round(value, digits);
  console.log(`${name.padEnd(52)} ${figures[name]}`);
}
const budgets = [];
function budget(name, value, limit, ok, note = '') {
  const pass = ok && Number.isFinite(value) && value <= limit;
  budgets.push({ name, value: round(value, 2), limit, pass, note });
}

// ---------------------------------------------------------------- in-page functions

/** Init script of every measured page: when Trunk's loader has started the app, keep the time
 *  and the wasm exports' memory; and note when WebAssembly.instantiateStreaming is called and
 *  settles (the compile + instantiate phase, for the start-up split). */
function initScript() {
  const b = (window.__bench = { started: null, memory: null, instStart: null, instEnd: null });
  addEventListener('TrunkApplicationStarted', (e) => {
    b.started = performance.now();
    b.memory = e.detail && e.detail.wasm ? e.detail.wasm.memory : null;
  }, { once: true });
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    if (typeof orig !== 'function') continue;
    WebAssembly[name] = function (...args) {
      if (b.instStart === null) b.instStart = performance.now();
      return orig.apply(this, args).then((r) => {
        if (b.instEnd === null) b.instEnd = performance.now();
        return r;
      });
    };
  }
}

/** Navigation and resource timing of a loaded page, all relative to navigation start. */
function collectTimings() {
  const nav = performance.getEntriesByType('navigation')[0];
  const mark = performance.getEntriesByName('first-result')[0];
  const b = window.__bench ?? {};
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const ready = performance.getEntriesByName('app-ready')[0];
  return {
    first_result: mark.startTime,
    app_ready: ready ? ready.startTime : null,
    fcp: fcp ? fcp.startTime : null,
    html_end: nav.responseEnd,
    dom_interactive: nav.domInteractive,
    app_started: b.started ?? null,
    inst_start: b.instStart ?? null,
    inst_end: b.instEnd ?? null,
    resources: performance.getEntriesByType('resource').map((r) => ({
      path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize,
    })),
  };
}

/** Runs `n` edits of the amount field `field`, each timed from just before the `input` event
 *  is dispatched to the moment the text of #`total` differs from its text before the edit:
 *  either right after dispatch (the DOM was updated synchronously) or when a MutationObserver
 *  on the body sees the change (updated in a microtask or later). An edit whose total does not
 *  change within `timeoutMs` is counted as a timeout, not as a sample. Between edits, as
 *  between a person's keystrokes, the page renders a frame (not timed): each edit starts in a
 *  task of its own, with style and layout done. */
async function editLoop({ field, total, from, n, offset, maxMs, timeoutMs }) {
  const input = document.getElementById(field);
  if (!input) return { error: `no #${field}` };
  const text = () => document.getElementById(total)?.textContent ?? null;
  const nextFrame = () => new Promise((ok) => {
    let gone = false;
    const go = () => { if (!gone) { gone = true; setTimeout(ok, 0); } };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });
  const samples = [];
  let sync = 0, observed = 0, timeouts = 0, value = null, i = 0;
  const t0 = performance.now();
  for (; i < n && performance.now() - t0 < maxMs; i++) {
    await nextFrame();
    const before = text();
    value = from + 100 * (offset + i + 1);
    input.value = String(value);
    const r = await new Promise((done) => {
      let start = 0, settled = false, timer = 0;
      const finish = (how) => {
        const end = performance.now();
        if (settled) return;
        settled = true;
        mo.disconnect();
        clearTimeout(timer);
        done({ ms: end - start, how });
      };
      const mo = new MutationObserver(() => { if (text() !== before) finish('observer'); });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true });
      timer = setTimeout(() => finish('timeout'), timeoutMs);
      start = performance.now();
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      if (text() !== before) finish('sync');
    });
    if (r.how === 'timeout') timeouts++;
    else samples.push(r.ms);
    if (r.how === 'sync') sync++;
    if (r.how === 'observer') observed++;
  }
  return { samples, sync, observed, timeouts, edits: i, last_value: value, total: text(), ms: performance.now() - t0 };
}

/** In the blank page: times the page's wasm compile, and calculate() of the JS API. */
async function engineBench({ pageWasm, profiles, checks, warmup, iterations, maxMs }) {
  const result = { compile_ms: [], variants: {}, checks: [] };
  // Compile the page's module (a custom section with a unique name makes each copy new bytes,
  // so no compiled-module cache can answer).
  const bytes = new Uint8Array(await (await fetch(pageWasm)).arrayBuffer());
  for (let k = 0; k < 3; k++) {
    const name = new TextEncoder().encode(`bench${k}-${Math.random()}`);
    const section = new Uint8Array([0, name.length + 1, name.length, ...name]);
    const copy = new Uint8Array(bytes.length + section.length);
    copy.set(bytes);
    copy.set(section, bytes.length);
    const t = performance.now();
    await WebAssembly.compile(copy);
    result.compile_ms.push(performance.now() - t);
  }
  result.wasm_bytes = bytes.length;
  const api = await import('/api/srdi_api.js');
  await api.default();
  // The timer's resolution here (Chromium coarsens it outside cross-origin isolation).
  let resolution = Infinity;
  for (let k = 0, a = performance.now(); k < 100_000 && resolution > 0.001; k++) {
    const b = performance.now();
    if (b > a) { resolution = Math.min(resolution, b - a); a = b; }
  }
  result.timer_resolution_ms = resolution;
  for (const c of checks) {
    result.checks.push({ ...c, api_total: api.calculate(c.profile).totals.all.exact, profile: undefined });
  }
  for (const [name, profile] of Object.entries(profiles)) {
    const report = api.calculate(profile);
    const v = { loans: profile.loans.length, lines: report.lines.length, total: report.totals.all.exact };
    const start = performance.now();
    let w = 0;
    for (; w < warmup && performance.now() - start < maxMs / 4; w++) api.calculate(profile);
    v.warmup = w;
    // Calls are timed in batches long enough for the timer: ≥ 50 × its resolution.
    const p0 = performance.now();
    for (let k = 0; k < 20; k++) api.calculate(profile);
    const per = (performance.now() - p0) / 20;
    const batch = Math.max(1, Math.ceil((50 * Math.max(resolution, 0.005)) / Math.max(per, 1e-4)));
    const perCall = [];
    let done = 0, spent = 0;
    const t0 = performance.now();
    while (done < iterations && performance.now() - t0 < maxMs) {
      const n = Math.min(batch, iterations - done);
      const a = performance.now();
      for (let k = 0; k < n; k++) api.calculate(profile);
      const dt = performance.now() - a;
      perCall.push(dt / n);
      spent += dt;
      done += n;
    }
    Object.assign(v, { iterations: done, batch, mean_us: (spent / done) * 1000, median_us: 0 });
    perCall.sort((a, b) => a - b);
    const m = perCall.length >> 1;
    v.median_us = (perCall.length % 2 ? perCall[m] : (perCall[m - 1] + perCall[m]) / 2) * 1000;
    // The evaluation alone, inside the wasm (evaluateRepeatedly: no conversion of the report):
    // batches of n evaluations in one call, n long enough for the timer.
    const total = api.evaluateRepeatedly(profile, 1);
    if (total !== v.total) throw new Error(`evaluateRepeatedly gives ${total}, calculate ${v.total}`);
    const q0 = performance.now();
    api.evaluateRepeatedly(profile, 200);
    const one = Math.max((performance.now() - q0) / 200, 1e-4);
    const n = Math.max(1, Math.ceil((50 * Math.max(resolution, 0.005)) / one));
    const perEval = [];
    let evals = 0;
    const e0 = performance.now();
    while (evals < iterations * 10 && performance.now() - e0 < maxMs) {
      const a = performance.now();
      api.evaluateRepeatedly(profile, n);
      perEval.push((performance.now() - a) / n);
      evals += n;
    }
    perEval.sort((a, b) => a - b);
    const k = perEval.length >> 1;
    Object.assign(v, {
      evaluations: evals, evaluation_batch: n,
      evaluation_median_us: (perEval.length % 2 ? perEval[k] : (perEval[k - 1] + perEval[k]) / 2) * 1000,
    });
    result.variants[name] = v;
  }
  return result;
}

// ---------------------------------------------------------------- the run

const digits = (s) => (s ?? '').replace(/[^\d.]/g, '').replace(/\.0*$/, '').replace(/(\.\d*?)0+$/, '$1');
const sameMoney = (pageText, decimal) => Number(digits(pageText)) === Number(decimal);

async function main() {
  const loadStart = loadavg().map((x) => round(x, 2));
  const t00 = Date.now();
  if (!(await stat(join(dist, 'index.html')).catch(() => null))) throw new Error(`${dist}/index.html not found: build first (bash scripts/build.sh)`);
  const files = await readdir(dist);
  const pageWasm = files.find((f) => f.endsWith('_bg.wasm'));
  if (!pageWasm) throw new Error(`no *_bg.wasm in ${dist}`);
  if (!(await stat(join(dist, 'api/srdi_api.js')).catch(() => null))) throw new Error(`${dist}/api/srdi_api.js not found`);

  // The full profile and its share link, from the CLI (the same codec as the page).
  const profile = JSON.parse(await readFile(join(repo, 'examples/full-profile.json'), 'utf8'));
  const exported = JSON.parse(execFileSync('cargo', ['run', '-q', '--locked', '-p', 'srdi-cli', '--', 'examples/full-profile.json'],
    { cwd: repo, encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'inherit'] }));
  const share = exported.share;
  const cliTotal = exported.report.totals.all.exact;

  // One server for the page and the blank page: a copy of the build with blank.html added.
  const tmp = await mkdtemp(join(tmpdir(), 'srdi-bench-'));
  const site = join(tmp, 'site');
  await cp(dist, site, { recursive: true });
  await copyFile(join(here, 'blank.html'), join(site, BLANK));
  const server = await serve(site, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  const cpu = (await readFile('/proc/cpuinfo', 'utf8')).match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown';
  const env = {
    date: new Date().toISOString(), dist, chromium: browser.version(), cpu, cores: cpus().length,
    loadavg_at_start: loadStart, node: process.version,
  };
  console.log(`Chromium ${env.chromium}`);
  console.log(`CPU ${cpu} × ${env.cores} (load average ${env.loadavg_at_start.join(' ')})`);
  console.log(`dist ${dist}`);
  console.log('');
  const raw = {};
  const notes = [];
  const seconds = { setup: round((Date.now() - t00) / 1000, 1) };
  let mark = Date.now();
  const lap = (name) => { seconds[name] = round((Date.now() - mark) / 1000, 1); mark = Date.now(); };

  const newPage = async (context) => {
    await context.addInitScript(initScript);
    return context.newPage();
  };
  const newContext = () => browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });

  try {
    // ---------------------------------------------------------- 1. start-up
    const kinds = { page: `${origin}/`, blank: `${origin}/${BLANK}`, full: `${origin}/#${share}` };
    const loads = { page: [], blank: [], full: [] };
    const failed = { page: [], blank: [], full: [] };
    const coldLoad = async (url) => {
      const context = await newContext();
      try {
        const page = await newPage(context);
        await page.goto(url, { waitUntil: 'commit', timeout: STARTUP.timeoutMs });
        await page.waitForFunction(() => performance.getEntriesByName('first-result').length > 0, null, { timeout: STARTUP.timeoutMs });
        // The page's app has started too (the blank page has no app).
        if (url !== kinds.blank) await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: STARTUP.timeoutMs });
        // The first contentful paint, for information (the blank page's mark comes before it).
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 3_000 }).catch(() => {});
        return await page.evaluate(collectTimings);
      } finally {
        await context.close();
      }
    };
    const t0 = Date.now();
    for (let i = 0; i < STARTUP.warmup; i++) for (const k of Object.keys(kinds)) await coldLoad(kinds[k]).catch(() => {});
    for (let i = 0; i < STARTUP.loads && Date.now() - t0 < STARTUP.maxMs; i++) {
      // Alternate the order, so that neither page always follows the other; the full profile
      // (no budget, for information) every other time.
      const order = i % 2 ? ['blank', 'page'] : ['page', 'full', 'blank'];
      for (const k of order) {
        // A load that never shows its first result is counted, and fails the budgets.
        try { loads[k].push(await coldLoad(kinds[k])); } catch (e) { failed[k].push(String(e.message).split('\n')[0]); }
      }
    }
    raw.startup = { ...loads, failed };
    const first = (k) => loads[k].map((l) => l.first_result);
    console.log('# 1. start-up: navigation start → first-result mark, cold loads (new context each)');
    fig('startup.loads', loads.page.length, 0);
    fig('startup.loads_full_profile', loads.full.length, 0);
    for (const [k, label] of [['page', 'first_result'], ['blank', 'blank.first_result'], ['full', 'full_profile.first_result']]) {
      fig(`startup.${label}.median_ms`, median(first(k)));
      fig(`startup.${label}.min_ms`, Math.min(...first(k)));
      fig(`startup.${label}.p95_ms`, pct(first(k), 95));
    }
    const ratio = median(first('page')) / median(first('blank'));
    fig('startup.ratio_page_to_blank', ratio, 2);
    // For information: when the app answers input (the pre-rendered first screen is inert until
    // then), with no answers and with the full profile in the link.
    for (const [k, label] of [['page', 'app_ready'], ['full', 'full_profile.app_ready']]) {
      const ready = loads[k].map((l) => l.app_ready).filter((x) => x !== null);
      fig(`startup.${label}.median_ms`, median(ready));
      fig(`startup.${label}.p95_ms`, pct(ready, 95));
    }
    // For information: the first contentful paint, the same moment for both pages (the
    // frame's presentation time, later than either mark, which both come during parsing).
    const fcp = (k) => loads[k].map((l) => l.fcp).filter((x) => x !== null);
    fig('startup.fcp.median_ms', median(fcp('page')));
    fig('startup.blank.fcp.median_ms', median(fcp('blank')));
    fig('startup.ratio_fcp_page_to_blank', median(fcp('page')) / median(fcp('blank')), 2);
    // Where the page's time goes: medians of each phase's end, from navigation start.
    const phase = (k, f) => median(loads[k].map(f).filter((x) => x !== null && x !== undefined));
    const res = (re, field) => (l) => l.resources.find((r) => re.test(r.path))?.[field] ?? null;
    const wasmRe = /_bg\.wasm$/;
    const glueRe = /\/srdi-calculator-[^/]*\.js$/;
    console.log('  phases of the page (median ms from navigation start):');
    fig('startup.phase.html_response_end_ms', phase('page', (l) => l.html_end));
    fig('startup.phase.first_result_ms', phase('page', (l) => l.first_result));
    fig('startup.phase.glue_js_end_ms', phase('page', res(glueRe, 'end')));
    fig('startup.phase.wasm_fetch_start_ms', phase('page', res(wasmRe, 'start')));
    fig('startup.phase.wasm_fetch_end_ms', phase('page', res(wasmRe, 'end')));
    fig('startup.phase.instantiate_start_ms', phase('page', (l) => l.inst_start));
    fig('startup.phase.compiled_instantiated_ms', phase('page', (l) => l.inst_end));
    fig('startup.phase.app_started_ms', phase('page', (l) => l.app_started));
    fig('startup.phase.blank_html_response_end_ms', phase('blank', (l) => l.html_end));
    console.log('  the same as durations (medians of per-load differences):');
    const span = (f, g) => median(loads.page.map((l) => (f(l) ?? NaN) - (g(l) ?? NaN)).filter(Number.isFinite));
    fig('startup.span.html_ms', median(loads.page.map((l) => l.html_end)));
    fig('startup.span.html_to_first_result_ms', span((l) => l.first_result, (l) => l.html_end));
    fig('startup.span.html_to_wasm_fetch_end_ms', span(res(wasmRe, 'end'), (l) => l.html_end));
    fig('startup.span.wasm_download_ms', span(res(wasmRe, 'end'), res(wasmRe, 'start')));
    fig('startup.span.wasm_fetch_end_to_instantiated_ms', span((l) => l.inst_end, res(wasmRe, 'end')));
    fig('startup.span.instantiated_to_app_started_ms', span((l) => l.app_started, (l) => l.inst_end));
    fig('startup.span.first_result_to_app_started_ms', span((l) => l.app_started, (l) => l.first_result));
    fig('startup.failed_loads', failed.page.length + failed.blank.length + failed.full.length, 0);
    const enough = loads.page.length >= STARTUP.min && loads.blank.length >= STARTUP.min && failed.page.length + failed.blank.length === 0;
    if (!enough) notes.push(`start-up: ${loads.page.length} page and ${loads.blank.length} blank loads in ${STARTUP.maxMs / 1000} s (at least ${STARTUP.min} needed), ${failed.page.length + failed.blank.length} failed: ${[...failed.page, ...failed.blank].slice(0, 2).join('; ')}`);
    budget(`startup.first_result.median_ms ≤ ${BUDGET.firstResultMs}`, median(first('page')), BUDGET.firstResultMs, enough);
    budget(`startup.ratio_page_to_blank ≤ ${BUDGET.ratioToBlank}`, ratio, BUDGET.ratioToBlank, enough);
    lap('startup');
    console.log('');

    // ---------------------------------------------------------- 2. input → DOM
    /** Opens the full profile from its share link and goes to the step that asks FIELD. */
    const openFull = async (context) => {
      const page = await newPage(context);
      await page.goto(kinds.full, { waitUntil: 'load', timeout: STARTUP.timeoutMs });
      await page.waitForSelector(`#${TOTAL}`, { timeout: STARTUP.timeoutMs });
      const shown = await page.textContent(`#${TOTAL}`);
      if (!sameMoney(shown, cliTotal)) throw new Error(`the page shows ${shown} for the full profile, the CLI ${cliTotal}`);
      for (let k = 0; k < 8 && !(await page.$(`#${FIELD}`)); k++) await page.click('#next');
      await page.waitForSelector(`#${FIELD}`, { timeout: 5_000 });
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
      return page;
    };
    const withRent = (value) => ({ ...profile, amounts: { ...profile.amounts, [FIELD.replace(/^q-/, '')]: String(value) } });
    const checks = [];
    console.log(`# 2. input → total in the DOM, full profile (#${FIELD} edited, #${TOTAL} watched)`);
    {
      const context = await newContext();
      try {
        const page = await openFull(context);
        const common = { field: FIELD, total: TOTAL, from: FROM, timeoutMs: INPUT.timeoutMs };
        const warm = await page.evaluate(editLoop, { ...common, n: INPUT.warmup, offset: 0, maxMs: INPUT.maxMs / 4 });
        if (warm.error) throw new Error(warm.error);
        const r = await page.evaluate(editLoop, { ...common, n: INPUT.edits, offset: INPUT.warmup, maxMs: INPUT.maxMs });
        raw.input = r;
        checks.push({ what: 'input', value: r.last_value, page_total: r.total, profile: withRent(r.last_value) });
        fig('input_to_dom.edits', r.samples.length, 0);
        fig('input_to_dom.median_ms', median(r.samples), 2);
        fig('input_to_dom.p95_ms', pct(r.samples, 95), 2);
        fig('input_to_dom.max_ms', Math.max(...r.samples), 2);
        fig('input_to_dom.updated_synchronously', r.sync, 0);
        fig('input_to_dom.updated_after_dispatch', r.observed, 0);
        fig('input_to_dom.timeouts', r.timeouts, 0);
        const ok = r.samples.length >= INPUT.min && r.timeouts === 0;
        if (!ok) notes.push(`input → DOM: ${r.samples.length} edits, ${r.timeouts} without a new total within ${INPUT.timeoutMs} ms`);
        budget(`input_to_dom.p95_ms ≤ ${BUDGET.inputP95Ms}`, pct(r.samples, 95), BUDGET.inputP95Ms, ok);
      } finally {
        await context.close();
      }
    }
    lap('input');
    console.log('');

    // ---------------------------------------------------------- 4. memory (before 3: its page
    // check uses the JS API)
    console.log(`# 4. memory: after load and after ${MEMORY.edits} recalculations (input edits as in 2)`);
    {
      const context = await newContext();
      try {
        const page = await openFull(context);
        const cdp = await context.newCDPSession(page);
        const measure = async () => {
          await page.waitForTimeout(200);
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const heap = await cdp.send('Runtime.getHeapUsage');
          const wasm = await page.evaluate(() => window.__bench?.memory?.buffer?.byteLength ?? null);
          if (!wasm) throw new Error('the wasm memory was not captured (TrunkApplicationStarted without detail.wasm.memory?)');
          return { wasm_bytes: wasm, js_heap_used_bytes: heap.usedSize, js_heap_total_bytes: heap.totalSize };
        };
        const before = await measure();
        const r = await page.evaluate(editLoop, { field: FIELD, total: TOTAL, from: FROM, n: MEMORY.edits, offset: 0, maxMs: MEMORY.maxMs, timeoutMs: INPUT.timeoutMs });
        const after = await measure();
        raw.memory = { before, after, edits: r.edits, timeouts: r.timeouts, samples: r.samples };
        checks.push({ what: 'memory', value: r.last_value, page_total: r.total, profile: withRent(r.last_value) });
        const kb = (b) => b / 1024;
        const sumBefore = before.wasm_bytes + before.js_heap_used_bytes;
        const sumAfter = after.wasm_bytes + after.js_heap_used_bytes;
        const growth = (a, b) => ((b - a) / a) * 100;
        fig('memory.after_load.wasm_kib', kb(before.wasm_bytes));
        fig('memory.after_load.js_heap_used_kib', kb(before.js_heap_used_bytes));
        fig('memory.after_load.sum_kib', kb(sumBefore));
        fig('memory.after_edits.edits', r.edits - r.timeouts, 0);
        fig('memory.after_edits.wasm_kib', kb(after.wasm_bytes));
        fig('memory.after_edits.js_heap_used_kib', kb(after.js_heap_used_bytes));
        fig('memory.after_edits.sum_kib', kb(sumAfter));
        fig('memory.growth.wasm_pct', growth(before.wasm_bytes, after.wasm_bytes), 2);
        fig('memory.growth.js_heap_pct', growth(before.js_heap_used_bytes, after.js_heap_used_bytes), 2);
        fig('memory.growth.sum_pct', growth(sumBefore, sumAfter), 2);
        fig('memory.edits.median_ms', median(r.samples), 2);
        fig('memory.edits.p95_ms', pct(r.samples, 95), 2);
        const ok = r.edits === MEMORY.edits && r.timeouts === 0;
        if (!ok) notes.push(`memory: ${r.edits} edits (${r.timeouts} timeouts) of ${MEMORY.edits}`);
        budget(`memory.growth.sum_pct ≤ ${BUDGET.memoryGrowthPct}`, growth(sumBefore, sumAfter), BUDGET.memoryGrowthPct, ok);
      } finally {
        await context.close();
      }
    }
    lap('memory');
    console.log('');

    // ---------------------------------------------------------- 3. the engine in wasm
    console.log('# 3. the engine in wasm (dist/api/srdi_api.js): evaluateRepeatedly(profile, n) and calculate(profile)');
    {
      const loans = (n) => Array.from({ length: n }, (_, i) => ({
        ...profile.loans[i % profile.loans.length],
        principal: String(1_000_000 + 10_000 * i),
      }));
      const profiles = {
        full: profile,
        loans_1: { ...profile, loans: loans(1) },
        loans_10: { ...profile, loans: loans(10) },
        loans_100: { ...profile, loans: loans(100) },
      };
      const context = await newContext();
      try {
        const page = await context.newPage();
        await page.goto(`${origin}/${BLANK}`, { timeout: STARTUP.timeoutMs });
        const r = await page.evaluate(engineBench, {
          pageWasm: `/${pageWasm}`, profiles, checks, warmup: ENGINE.warmup, iterations: ENGINE.iterations, maxMs: ENGINE.maxMs,
        });
        raw.engine = r;
        fig('engine.timer_resolution_us', r.timer_resolution_ms * 1000, 1);
        for (const [name, v] of Object.entries(r.variants)) {
          console.log(`  ${name}: ${v.loans} loans, ${v.lines} lines, total ${v.total} 元, ${v.iterations} calls after ${v.warmup} warm-up, batches of ${v.batch}`);
          fig(`engine.${name}.calculate.mean_us`, v.mean_us);
          fig(`engine.${name}.calculate.median_us`, v.median_us);
          console.log(`  ${name}, the evaluation alone in wasm: ${v.evaluations} evaluations in batches of ${v.evaluation_batch}`);
          fig(`engine.${name}.evaluation.median_us`, v.evaluation_median_us);
          if (v.iterations < ENGINE.iterations) notes.push(`engine ${name}: ${v.iterations} of ${ENGINE.iterations} calls in ${ENGINE.maxMs / 1000} s`);
        }
        fig('engine.page_wasm_compile_ms', median(r.compile_ms));
        // The page's totals after the edits are the engine's for the same answers.
        for (const c of r.checks) {
          const ok = sameMoney(c.page_total, c.api_total);
          console.log(`  check ${c.what}: rent ${c.value} → page ${c.page_total}, API ${c.api_total} 元 ${ok ? 'agree' : 'DISAGREE'}`);
          if (!ok) {
            notes.push(`${c.what}: the page's total ${c.page_total} is not the engine's ${c.api_total} after the edits`);
            for (const b of budgets) if (b.name.startsWith(c.what === 'input' ? 'input_to_dom' : 'memory')) b.pass = false;
          }
        }
        if (!sameMoney(await Promise.resolve(r.variants.full.total), cliTotal)) {
          notes.push(`engine: the JS API gives ${r.variants.full.total} for the full profile, the CLI ${cliTotal}`);
        }
      } finally {
        await context.close();
      }
    }
    lap('engine');
    console.log('');
  } finally {
    await browser.close();
    server.close();
    await rm(tmp, { recursive: true, force: true });
  }

  env.loadavg_at_end = loadavg().map((x) => round(x, 2));
  env.seconds = seconds;
  console.log(`sections (s): ${Object.entries(seconds).map(([k, v]) => `${k} ${v}`).join(', ')}; load average at the end ${env.loadavg_at_end.join(' ')}`);
  // Before the run, the load is other processes': on this few cores they compete with the page.
  if (env.loadavg_at_start[0] > env.cores / 2) notes.push(`the 1-minute load average was ${env.loadavg_at_start[0]} on ${env.cores} cores before the run: other processes competed for the CPU, so the times are inflated`);
  console.log('# budgets');
  for (const b of budgets) console.log(`${b.pass ? 'PASS' : 'FAIL'} ${b.name}: ${b.value}`);
  for (const n of notes) console.log(`note: ${n}`);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify({ env, budgets, figures, notes, raw }, null, 1) + '\n');
  console.log(`figures written to ${out}`);
  return budgets.every((b) => b.pass) ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exitCode = 2;
});

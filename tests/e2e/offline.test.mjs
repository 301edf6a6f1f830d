// Offline after the first visit (service worker), a new release replacing the cached one, and
// answers kept on the device only when asked, with a working "forget".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { answerYongchun, launch, openApp, reloadApp, watchNetwork } from './browser.mjs';

let server, browser, origin, dir;
/** Every answer of the server: path, status, body bytes. */
const sent = [];
before(async () => {
  // A copy of the release, so that the test can publish a "new release" into it.
  dir = await mkdtemp(join(tmpdir(), 'srdi-dist-'));
  await cp(resolve('dist'), dir, { recursive: true });
  server = await serve(dir, 0, (path, status, bytes) => sent.push({ path, status, bytes }));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); await rm(dir, { recursive: true, force: true }); });

test('after the first visit the page opens and computes offline; a new release replaces the cache', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  sent.length = 0;
  await openApp(page, `${origin}/`);
  await page.waitForSelector('#total-exact');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const first = await page.evaluate(() => caches.keys());
  assert.equal(first.filter((k) => k.startsWith('srdi-')).length, 1);
  // The first visit, the service worker's precache included, downloads the calculator's wasm
  // and its glue once (they are immutable: the precache gets them from the browser's cache) and the page
  // once (the precache revalidates it: 304).
  const bodies = (re) => sent.filter((r) => re.test(r.path) && r.status === 200).length;
  assert.equal(bodies(/^\/srdi-calculator-[0-9a-f]+_bg\.wasm$/), 1, JSON.stringify(sent));
  // …and the exports' module once, by the worker, for the offline copy (scripts/make-sw.mjs).
  assert.equal(bodies(/^\/api\/srdi_api_bg\.wasm$/), 1, JSON.stringify(sent));
  assert.equal(bodies(/^\/api\/srdi_api\.js$/), 1, JSON.stringify(sent));
  assert.equal(bodies(/-[0-9a-f]{8,16}\.js$/), 1, JSON.stringify(sent));
  assert.equal(bodies(/^\/(index\.html)?$/), 1, JSON.stringify(sent));

  await context.setOffline(true);
  // Offline, the page opens at either of its addresses.
  await openApp(page, `${origin}/index.html`);
  await reloadApp(page);
  await page.waitForSelector('#total-exact');
  await answerYongchun(page, 'innovative', { innovative: '2024-05-01' }, '2025-06-01');
  // 永政办规〔2024〕1号 四、（一）: 创新型 1万, computed with the network off.
  await page.waitForFunction(() => document.querySelector('#total-exact')?.textContent === '10,000 元');
  await context.setOffline(false);

  // Publish a new release: a changed sw.js (new cache name). The old cache is deleted.
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  const next = sw.replace(/(const CACHE\s*=\s*)["']srdi-[0-9a-f]+["']/, "$1'srdi-nextrelease'");
  assert.notEqual(next, sw, 'no cache name found in sw.js');
  await writeFile(join(dir, 'sw.js'), next);
  // The build's precompressed twin would still be served for it: a release rewrites both.
  await rm(join(dir, 'sw.js.gz'), { force: true });
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
    // The new release waits (www/update.js offers it; tests/e2e/update.test.mjs clicks the
    // offer): what the click does, it does.
    await new Promise((ok) => { const w = () => (reg.waiting ? ok() : setTimeout(w, 50)); w(); });
    reg.waiting.postMessage('activate');
    await new Promise((ok) => {
      const done = () => reg.active?.scriptURL && caches.keys().then((k) => k.includes('srdi-nextrelease') && k.length === 1 ? ok() : setTimeout(done, 100));
      done();
    });
  });
  assert.deepEqual((await page.evaluate(() => caches.keys())).filter((k) => k.startsWith('srdi-')), ['srdi-nextrelease']);
  await context.close();
});

test('answers are kept on the device only when asked, and forgotten on request', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await openApp(page, `${origin}/`);
  await page.selectOption('#city', 'xiamen');
  assert.equal(await page.evaluate(() => localStorage.getItem('srdi-calculator.answers')), null, 'saved by default');
  await page.check('#keep-local');
  await openApp(page, `${origin}/`); // no fragment
  await reloadApp(page);
  await page.waitForSelector('#total-exact');
  await page.click('button:has-text("所在地")');
  assert.equal(await page.inputValue('#city'), 'xiamen');
  await page.click('#forget');
  assert.equal(await page.evaluate(() => localStorage.getItem('srdi-calculator.answers')), null);
  await openApp(page, `${origin}/?fresh`);
  await page.waitForSelector('#city');
  assert.equal(await page.inputValue('#city'), '');
  await context.close();
});

test('the exports\' module is in the offline copy: offline right after the first visit, before any export, the page exports and imports, and nothing after load reaches the network', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const network = watchNetwork(page);
  sent.length = 0;
  await openApp(page, `${origin}/#v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01`);
  await page.waitForSelector('#total-exact');
  network.on = true;
  // The worker's copy of the first visit holds the module (scripts/make-sw.mjs): the page itself
  // never asked for it.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const kept = await page.evaluate(async () => (await (await caches.open((await caches.keys()).find((k) => k.startsWith('srdi-')))).keys()).map((r) => new URL(r.url).pathname));
  assert.ok(kept.includes('/api/srdi_api.js') && kept.includes('/api/srdi_api_bg.wasm'), JSON.stringify(kept));
  // And the clauses the details quote (src/clauses.rs), read by the page from that copy.
  assert.ok(kept.some((p) => /^\/api\/clauses-[0-9a-f]{16}\.json$/.test(p)), JSON.stringify(kept));
  for (const r of sent.filter((x) => x.path.startsWith('/api/'))) assert.ok(!/yongchun|quanzhou|[?#]/.test(r.path), `a request carries answers: ${r.path}`);
  // Offline before any export: the first export still writes its file.
  await context.setOffline(true);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  // 永政办规〔2024〕1号 四、（一）: 省级 "10 万元的叠加奖励" from the county.
  assert.match(await readFile(await csv.path(), 'utf8'), /"100000"/);
  // A new tab, offline: the JSON export and its import.
  const offline = await context.newPage();
  await openApp(offline, `${origin}/#v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01`);
  await offline.waitForSelector('#total-exact');
  // Offline, an opened line quotes its clause: 永政办规〔2024〕1号 四、（一）, verbatim.
  await offline.click('li.line[data-entry="yc-first-provincial"] summary');
  await offline.waitForFunction(() => document.querySelector('li.line[data-entry="yc-first-provincial"] blockquote')?.textContent.includes('在省级奖励基础上，县财政分别给予每家一次性 50 万元、10 万元的叠加奖励'));
  const [json] = await Promise.all([offline.waitForEvent('download'), offline.click('#export-json')]);
  const path = await json.path();
  const doc = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(Number(doc.report.totals.county.exact), 100000);
  const empty = await context.newPage();
  await openApp(empty, `${origin}/`);
  await empty.setInputFiles('#import-json', path);
  await empty.waitForFunction(() => document.querySelector('#total-exact')?.textContent === '100,000 元');
  assert.deepEqual(network.reached, [], 'after load, requests that reached the network');
  await context.close();
});

// A browser that refuses service workers has no offline copy: it fetches the module from the
// page's own api/ on the first export (www/api.js), and offline before that it says so.
test('without a service worker, offline before any export: the export says it could not load its module, and nothing is downloaded', async () => {
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await openApp(page, `${origin}/#v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01`);
  await page.waitForSelector('#total-exact');
  await context.setOffline(true);
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await page.click('#export-csv');
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.includes('导出模块'));
  assert.equal(downloaded, false);
  // Back online, the next click exports.
  await context.setOffline(false);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.match(await readFile(await csv.path(), 'utf8'), /"100000"/);
  await context.close();
});

// The clauses' file could not be read (here: refused; in life, offline in a browser without a
// service worker): an opened line says so beside its source, and opening a line again, once the
// file can be read, quotes the clause.
test('clauses that could not be read: the line says so, and opening it again once they can be read quotes the clause', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/api/clauses-*.json*', (r) => r.abort());
  await openApp(page, `${origin}/#v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01`);
  const line = 'li.line[data-entry="yc-first-provincial"]';
  await page.click(`${line} summary`);
  await page.waitForFunction((l) => document.querySelector(`${l} .clause-missing`)?.textContent.includes('原文未能载入'), line);
  assert.match(await page.textContent(`${line} .citation`), /永政办规〔2024〕1号 四、（一）/, 'the source is still named');
  await page.unroute('**/api/clauses-*.json*');
  await page.click(`${line} summary`);
  await page.click(`${line} summary`);
  await page.waitForFunction((l) => document.querySelector(`${l} blockquote`)?.textContent.includes('10 万元的叠加奖励'), line);
  assert.equal(await page.locator(`${line} .clause-missing`).count(), 0);
  await context.close();
});

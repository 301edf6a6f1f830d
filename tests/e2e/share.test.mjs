// Share link, print, export and import: answers travel in the URL fragment or in files the
// browser makes itself; after load nothing the page asks for reaches the network (the exports'
// module comes from the service worker's copy of the first visit).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { announcePrint, answerYongchun, openApp, servedPage, watchNetwork } from './browser.mjs';

const env = servedPage(before, after);

async function fill(page) {
  await answerYongchun(page, 'little_giant', { provincial: '2024-03-01', little_giant: '2024-06-15' }, '2025-06-01');
  await page.click('#next');
  await page.selectOption('#park', 'srdi_park');
  await page.fill('#q-park_first_year_kwh', '300万');
  // 永政办规〔2024〕1号: 500,000 + 100,000 + 3,000,000 kWh × 0.05 = 150,000 → 750,000 county.
  await page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('750,000 元'));
}

test('share link, print, CSV and JSON export and import; after load, nothing reaches the network', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const after = [];
  const network = watchNetwork(page);
  let loaded = false;
  page.on('request', (r) => { if (loaded) after.push(r.url()); });
  await openApp(page, `${env.origin}/`);
  await page.waitForSelector('#total-exact');
  loaded = network.on = true;
  await fill(page);

  // The link carries the answers after '#', and so does the address bar.
  const link = await page.inputValue('#share-url');
  assert.ok(link.startsWith(`${env.origin}/#v1;`), link);
  assert.ok(page.url().includes('#v1;c=quanzhou;k=yongchun'), page.url());
  const county = await page.textContent('.level-county h3');

  // CSV: BOM, quoted Chinese, the county lines.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csvText = await readFile(await csv.path(), 'utf8');
  assert.ok(csvText.startsWith('\ufeff'));
  assert.match(csvText, /"首次认定国家专精特新“小巨人”企业叠加奖励","500000"/);

  // JSON: the same document as the command line; import restores the answers.
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const jsonPath = await json.path();
  const doc = JSON.parse(await readFile(jsonPath, 'utf8'));
  assert.equal(doc.profile.county, 'yongchun');
  assert.equal(doc.report.totals.county.exact, '750000.00');
  assert.ok(doc.share.startsWith('v1;'));

  // Print: the answers appear, the controls go, every line is printed open, on A4. The browser
  // announces a print with `beforeprint` (src/print.rs builds every line's details then).
  await announcePrint(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.answers'), true);
  assert.equal(await page.isVisible('.questionnaire'), false);
  assert.equal(await page.isVisible('li.line[data-entry="yc-first-little-giant"] .formula'), true);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000);
  await page.emulateMedia({ media: 'screen' });

  // A fresh page opened on the link restores every answer and the result.
  const other = await context.newPage();
  await openApp(other, link);
  await other.waitForSelector('#total-exact');
  assert.equal(await other.textContent('.level-county h3'), county);
  await other.click('button:has-text("园区与厂房")');
  assert.equal(await other.inputValue('#q-park_first_year_kwh'), '3000000');

  // Import into an empty page.
  const third = await context.newPage();
  await openApp(third, `${env.origin}/`);
  await third.setInputFiles('#import-json', jsonPath);
  await third.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('750,000 元'));

  assert.deepEqual(after.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && !u.startsWith(env.origin)), []);
  // After load the page asks only for its own exports' module (api/, on the first export or
  // import: www/api.js), under its plain name, and the clauses' file beside it (src/clauses.rs),
  // and the service worker answers them from the copy it made on the first visit: nothing the
  // page asks for after load reaches the network.
  const own = after.filter((u) => u.startsWith(env.origin) && !u.startsWith(`${env.origin}/#`));
  assert.ok(own.length > 0, 'the exports\' module was loaded');
  for (const u of own) assert.match(u, /\/api\/(srdi_api(_bg\.wasm|\.js)|clauses-[0-9a-f]{16}\.json)$/, 'requests after load');
  assert.deepEqual(network.reached, [], 'answered by the network, not the worker');
  await context.close();
});

test('a damaged link keeps what it can and says what it could not read', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await openApp(page, `${env.origin}/#v1;c=quanzhou;k=yongchun;t=giant;a=park_rent_per_year:3x;zz`);
  await page.waitForSelector('#total-exact');
  const notice = await page.textContent('.notice');
  assert.match(notice, /t=giant/);
  assert.match(notice, /park_rent_per_year:3x/);
  await page.click('button:has-text("所在地")');
  assert.equal(await page.inputValue('#city'), 'quanzhou');
  assert.equal(await page.inputValue('#county'), 'yongchun');
  await context.close();
});

test('the share panel\'s status is not left in the old language after a language switch', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await openApp(page, `${env.origin}/#v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01`);
  await page.waitForSelector('#total-exact');
  await page.click('#forget');
  await page.waitForFunction(() => document.querySelector('.share .status')?.textContent.trim().length > 0);
  assert.match(await page.textContent('.share .status'), /[\u4e00-\u9fff]/);
  await page.click('#lang');
  await page.waitForSelector('h1:has-text("SRDI")');
  assert.equal((await page.textContent('.share .status')).trim(), '');
  await context.close();
});

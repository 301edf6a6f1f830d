// Clients on the device (issue 19, items 1 and 3; issue 17, item 4): a consultant's clients,
// each with a name, switched, duplicated as a scenario, renamed and deleted; a new client starts
// from nothing (nothing of the previous one in the page, the link or an export); kept in the
// browser only when asked, forgotten on request; exported and imported as one file; the
// handout (exports, print) names the client and carries every answer and the link; a shared
// link opens on its result with the total in view, on a phone too; a kept text that cannot all
// be read is said and kept until seen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { announcePrint, answerYongchun, openApp, reloadApp, servedPage } from './browser.mjs';

const env = servedPage(before, after);
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

async function open(viewport = DESKTOP, path = '/', options = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport, locale: 'zh-CN', ...options });
  const page = await context.newPage();
  page.on('dialog', (d) => d.accept());
  await openApp(page, `${env.origin}${path}`);
  await page.waitForSelector('#total-exact');
  return { page, context };
}

/** The browser's today, as the page dates its files. */
const today = (page) => page.evaluate(() => {
  const d = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
});

/**
 * Client A, typed as a person would: a 永春 小巨人 in the park, first-year power typed as
 * "300万", a loan. 永政办规〔2024〕1号 四、（一） 500,000 + 100,000, 四、（二）3 3,000,000 kWh ×
 * 0.05 = 150,000 → 750,000 元 from the county.
 */
async function fillA(page) {
  await page.fill('#client-name', '永春某公司');
  await answerYongchun(page, 'little_giant', { provincial: '2024-03-01', little_giant: '2024-06-15' }, '2025-06-01');
  await page.click('#next');
  await page.selectOption('#park', 'srdi_park');
  await page.fill('#q-park_first_year_kwh', '300万');
  await page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('750,000 元'));
}

async function openMenu(page) {
  if (!(await page.locator('.client-menu[open]').count())) await page.click('.client-menu summary');
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

const fragment = (url) => url.slice(url.indexOf('#') + 1);

test('a new client starts from nothing: nothing of the previous one in the page, the link or an export', async () => {
  const { page, context } = await open();
  await fillA(page);
  const linkA = await page.inputValue('#share-url');
  assert.match(linkA, /park_first_year_kwh:3000000/);
  const csvA = await download(page, '#export-csv');
  assert.equal(csvA.name, `专精特新测算_永春某公司_${await today(page)}.csv`);
  assert.match(csvA.text, /"客户","永春某公司"/);

  await openMenu(page);
  await page.click('#client-new');
  assert.equal(await page.inputValue('#client-name'), '客户 2');
  // The page: no place, a total of 0, the first step.
  assert.equal(await page.inputValue('#city'), '');
  assert.equal(await page.textContent('#total-exact'), '0 元');
  // The link and the address bar: no answer at all.
  const link = await page.inputValue('#share-url');
  assert.match(fragment(link), /^v1;m=\d{4}-\d\d-\d\d;rv=\d{4}-\d\d-\d\d$/, link);
  assert.ok(!page.url().includes('#'), page.url());
  // The exports: none of A's answers or name.
  const csv = await download(page, '#export-csv');
  assert.equal(csv.name, `专精特新测算_客户_2_${await today(page)}.csv`);
  for (const a of ['永春', '3,000,000', '小巨人企业的日期', '永春某公司', '2024-06-15']) assert.ok(!csv.text.includes(a), a);
  assert.match(csv.text, /"所在地","—"/);
  const json = JSON.parse((await download(page, '#export-json')).text);
  assert.equal(json.client, '客户 2');
  assert.deepEqual([json.profile.city, json.profile.tier, json.profile.loans, json.profile.amounts, json.profile.recognitions],
    [null, null, [], {}, {}]);
  assert.equal(json.link, link);
  // The same place again: every field of the new client is empty (no typed text survives).
  await answerYongchun(page, 'little_giant');
  assert.equal(await page.inputValue('#rec-little_giant'), '');
  assert.equal(await page.inputValue('#eval-date'), await today(page), 'today, not A\'s 2025-06-01');
  await page.click('#next');
  assert.equal(await page.inputValue('#q-park_first_year_kwh'), '');

  // Back to A: every answer as it was.
  await openMenu(page);
  await page.click('.client-list button.switch:has-text("永春某公司")');
  assert.equal(await page.inputValue('#client-name'), '永春某公司');
  await page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('750,000 元'));
  assert.equal(fragment(await page.inputValue('#share-url')), fragment(linkA));
  await context.close();
});

test('duplicate keeps the answers as a scenario; rename; delete; the compare link carries both', async () => {
  const { page, context } = await open();
  await fillA(page);
  const a = fragment(await page.inputValue('#share-url'));
  await openMenu(page);
  await page.click('#client-duplicate');
  assert.equal(await page.inputValue('#client-name'), '永春某公司（方案2）');
  assert.equal(fragment(await page.inputValue('#share-url')), a, 'the scenario has the same answers');
  // The scenario moves out of the park: 四、（二）3 goes, 600,000 元 from the county remain.
  await page.selectOption('#park', 'none');
  await page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('600,000 元'));
  const b = fragment(await page.inputValue('#share-url'));
  assert.notEqual(a, b);
  await page.fill('#client-name', '方案乙');
  await openMenu(page);
  assert.deepEqual(await page.locator('.client-list li').allTextContents(), ['永春某公司与当前客户并排比较', '方案乙（当前）']);
  // Side by side: the portfolio page's fragment carries both share fragments and names.
  const href = await page.getAttribute('.client-list a.compare', 'href');
  assert.ok(href.startsWith('portfolio/#compare&'), href);
  const q = Object.fromEntries(href.slice(href.indexOf('#compare&') + 9).split('&').map((kv) => kv.split('=')));
  assert.deepEqual(Object.keys(q), ['a', 'an', 'b', 'bn']);
  assert.equal(decodeURIComponent(q.a), b, 'the client shown');
  assert.equal(decodeURIComponent(q.an), '方案乙');
  assert.equal(decodeURIComponent(q.b).replace(/;m=.*$/, ''), a.replace(/;m=.*$/, ''), 'the other client');
  assert.equal(decodeURIComponent(q.bn), '永春某公司');
  // A's answers are untouched by the scenario's change.
  await page.click('.client-list button.switch:not([disabled])');
  await page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('750,000 元'));
  // Delete A (confirmed): the scenario is shown, alone.
  await openMenu(page);
  await page.click('#client-delete');
  assert.equal(await page.inputValue('#client-name'), '方案乙');
  await page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('600,000 元'));
  assert.equal(await page.locator('.client-list li').count(), 1);
  // Deleting the last client leaves one empty client.
  await page.click('#client-delete');
  assert.equal(await page.inputValue('#client-name'), '客户 1');
  assert.equal(await page.inputValue('#city'), '');
  await context.close();
});

test('a link pasted into the tab never writes over a client with answers; Back and Forward cross clients', async () => {
  const A = 'v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01';
  const B = 'v1;c=xiamen;k=siming;t=little_giant_reserve;r=little_giant_reserve:2025-01-10;d=2025-06-01';
  const { page, context } = await open(DESKTOP, `/#${A}`);
  assert.equal(await page.inputValue('#client-name'), '客户 1');
  // Pasted into the address bar (the page is not reloaded): a client of its own.
  await page.goto(`${env.origin}/#${B}`);
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('c=xiamen'));
  assert.equal(await page.inputValue('#client-name'), '客户 2');
  await openMenu(page);
  assert.deepEqual(await page.locator('.client-list li button.switch').allTextContents(), ['客户 1', '客户 2']);
  // Back: client 1 with A's answers; Forward: client 2 with B's. Nothing written over.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('c=quanzhou'));
  assert.equal(await page.inputValue('#client-name'), '客户 1');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('c=xiamen'));
  assert.equal(await page.inputValue('#client-name'), '客户 2');
  // A new client, then a link pasted into it: the empty client takes the link's answers.
  await openMenu(page);
  await page.click('#client-new');
  assert.equal(await page.inputValue('#client-name'), '客户 3');
  await page.goto(`${env.origin}/#${A.replace('2025-06-01', '2025-07-01')}`);
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('d=2025-07-01'));
  assert.equal(await page.inputValue('#client-name'), '客户 3');
  await openMenu(page);
  assert.equal(await page.locator('.client-list li').count(), 3);
  await context.close();
});

test('clients are kept in the browser only when asked, and all forgotten on request', async () => {
  const { page, context } = await open();
  const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'srdi-calculator.lang').sort());
  await fillA(page);
  await openMenu(page);
  await page.click('#client-new');
  await page.fill('#client-name', '厦门某公司');
  await page.selectOption('#city', 'xiamen');
  assert.deepEqual(await stored(), [], 'nothing kept unless asked');
  await page.check('#keep-local');
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('srdi-calculator.clients')));
  assert.equal(kept.format, 'srdi-clients');
  assert.deepEqual(kept.clients.map((c) => c.name), ['永春某公司', '厦门某公司']);
  // The device keeps each client's name and share text (the clients file without the profiles).
  assert.match(kept.clients[1].share, /^v1;c=xiamen/);
  // A new visit without a link: the kept clients, the first shown.
  await openApp(page, `${env.origin}/?again`);
  assert.equal(await page.inputValue('#client-name'), '永春某公司');
  await openMenu(page);
  assert.equal(await page.locator('.client-list li').count(), 2);
  // A reload keeps the link in the address bar: still the same two clients, not a third.
  await page.click('.client-list button.switch:not([disabled])');
  await reloadApp(page);
  assert.equal(await page.inputValue('#client-name'), '厦门某公司');
  await openMenu(page);
  assert.equal(await page.locator('.client-list li').count(), 2);
  await page.click('#forget');
  assert.deepEqual(await stored(), []);
  assert.equal(await page.isChecked('#keep-local'), false);
  await openApp(page, `${env.origin}/?fresh`);
  assert.equal(await page.inputValue('#client-name'), '客户 1');
  assert.equal(await page.inputValue('#city'), '');
  await context.close();
});

test('the clients file: export all, import all (a round trip)', async () => {
  const { page, context } = await open();
  await fillA(page);
  await openMenu(page);
  await page.click('#client-duplicate');
  await page.selectOption('#park', 'none');
  await page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('600,000 元'));
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#clients-export')]);
  assert.equal(file.suggestedFilename(), `专精特新客户_${await today(page)}.json`);
  const path = await file.path();
  const doc = JSON.parse(await readFile(path, 'utf8'));
  assert.deepEqual(doc.clients.map((c) => c.name), ['永春某公司', '永春某公司（方案2）']);
  assert.equal(doc.clients[0].profile.amounts.park_first_year_kwh, '3000000');
  assert.equal(doc.clients[1].profile.park, 'none');

  const fresh = await open();
  await openMenu(fresh.page);
  await fresh.page.setInputFiles('#clients-import', path);
  await fresh.page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('750,000 元'));
  assert.equal(await fresh.page.inputValue('#client-name'), '永春某公司');
  // The empty client of the fresh page gave way.
  assert.deepEqual((await fresh.page.locator('.client-list li').allTextContents()).map((t) => t.split(/（当前）|与当前/)[0]),
    ['永春某公司', '永春某公司（方案2）']);
  await fresh.page.click('.client-list button.switch:not([disabled])');
  await fresh.page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('600,000 元'));
  // A file that is not a clients file: said, and nothing changes.
  await openMenu(fresh.page);
  await fresh.page.setInputFiles('#clients-import', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"no":1}') });
  await fresh.page.waitForSelector('.notice');
  assert.match(await fresh.page.textContent('.notice'), /无法读取该文件/);
  assert.equal(await fresh.page.inputValue('#client-name'), '永春某公司（方案2）');
  await fresh.context.close();
  await context.close();
});

test('kept answers with a damaged part: what was left out is said, and the kept text stays until seen', async () => {
  const { page, context } = await open();
  const damaged = JSON.stringify({
    format: 'srdi-clients',
    clients: [{ name: '甲公司', share: 'v1;c=quanzhou;k=yongchun;t=giant;a=park_rent_per_year:3x,park_first_year_kwh:3000000' }],
  });
  await page.evaluate((t) => localStorage.setItem('srdi-calculator.clients', t), damaged);
  await openApp(page, `${env.origin}/?kept`);
  const notice = await page.textContent('.notice');
  assert.match(notice, /本设备上保存的客户答案中有部分内容无法读取/);
  assert.match(notice, /甲公司: t=giant/);
  assert.match(notice, /甲公司: park_rent_per_year:3x/);
  assert.equal(await page.inputValue('#client-name'), '甲公司');
  // What could be read is shown; an edit does not write over the kept text while unseen.
  await page.click('button:has-text("所在地")');
  assert.equal(await page.inputValue('#county'), 'yongchun');
  await page.fill('#client-name', '甲公司（改）');
  assert.equal(await page.evaluate(() => localStorage.getItem('srdi-calculator.clients')), damaged);
  // Seen: the clients are kept again, as they are now.
  await page.click('.notice button');
  await page.waitForFunction(() => localStorage.getItem('srdi-calculator.clients') !== null && !localStorage.getItem('srdi-calculator.clients').includes('giant'));
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('srdi-calculator.clients')));
  assert.equal(kept.clients[0].name, '甲公司（改）');
  assert.match(kept.clients[0].share, /park_first_year_kwh:3000000/);
  await context.close();
});

test('the handout: print shows the client, every answer, the dates, the catalogue version and the link; no what-if', async () => {
  const { page, context } = await open();
  await fillA(page);
  const link = await page.inputValue('#share-url');
  const json = JSON.parse((await download(page, '#export-json')).text);
  assert.equal(json.client, '永春某公司');
  assert.equal(json.link, link);
  assert.equal(json.profile.amounts.park_first_year_kwh, '3000000');
  const csv = (await download(page, '#export-csv')).text;
  for (const row of ['"企业填写的信息"', '"所在地","泉州市 永春县"', '"首次认定为国家专精特新“小巨人”企业的日期","2024-06-15"',
    `"分享链接","${link}"`, '"评估日","2025-06-01"']) assert.ok(csv.includes(row), row);
  await announcePrint(page);
  await page.emulateMedia({ media: 'print' });
  const sheet = await page.textContent('.answers');
  for (const s of ['客户：永春某公司', '泉州市 永春县', '2024-06-15', '3,000,000 千瓦时', '目录版本', link]) assert.ok(sheet.includes(s), s);
  assert.equal(await page.isVisible('.results .dates'), true);
  for (const hidden of ['.what-if', '.client-bar', '.total-bar', '.share']) assert.equal(await page.isVisible(hidden), false, hidden);
  await context.close();
});

test('the same firm in another place stays in the what-if panel: not in the next steps, the print or the exports', async () => {
  // A 晋江 provincial SRDI firm: 晋江 has no text of its own, other places pay more.
  const { page, context } = await open(DESKTOP, '/#v1;c=quanzhou;k=jinjiang;t=provincial;r=provincial:2024-03-01;d=2025-06-01');
  assert.match(await page.textContent('.what-if'), /同一企业位于/);
  const csv = (await download(page, '#export-csv')).text;
  const json = (await download(page, '#export-json')).text;
  for (const t of [csv, json]) assert.ok(!t.includes('同一企业位于'));
  await announcePrint(page);
  // The printed next steps (built when a print is coming) leave it out too.
  assert.ok(!(await page.textContent('.next-steps.print-only')).includes('同一企业位于'));
  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await page.evaluate(() => document.body.innerText)).includes('同一企业位于'), 'printed');
  await context.close();
});

test('a shared link opens on its result at 360 px: the total in view, the questions one tap away, the total kept in view while answering', async () => {
  const { page, context } = await open(PHONE, '/#v1;c=quanzhou;k=yongchun;t=little_giant;r=provincial:2024-03-01,little_giant:2024-06-15;p=1;a=park_first_year_kwh:3000000;d=2025-06-01');
  const inView = (sel) => page.evaluate((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  }, sel);
  await page.waitForFunction(() => document.activeElement?.id === 'results-title');
  assert.equal(await inView('#total-exact'), true, 'the result total');
  assert.equal(await inView('#bar-total'), true, 'the sticky total');
  // 永政办规〔2024〕1号: 750,000 county + the city and province lines: the bar shows the same total.
  assert.equal(await page.textContent('#bar-total'), await page.textContent('#total-exact'));
  await page.click('#bar-questions');
  await page.waitForFunction(() => document.activeElement?.closest('.questionnaire'));
  assert.equal(await inView('#bar-total'), true, 'the total while answering');
  // Answering further down the questions: the total follows.
  const before = await page.textContent('#bar-total');
  await page.click('#next');
  await page.selectOption('#park', 'none');
  await page.waitForFunction((b) => document.querySelector('#bar-total').textContent !== b, before);
  assert.equal(await inView('#bar-total'), true);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'no horizontal scrolling');
  await context.close();
});

async function axe(page, where) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  }
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map((v) => `${where}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [name, viewport] of [['desktop', DESKTOP], ['phone 360 px', PHONE]]) {
  for (const lang of ['zh', 'en']) {
    test(`axe-core: the client bar and its menu, ${name}, ${lang === 'zh' ? '中文' : 'English'}`, async () => {
      const { page, context } = await open(viewport, '/', { bypassCSP: true });
      if (lang === 'en') await page.click('#lang');
      await page.fill('#client-name', 'Acme');
      await openMenu(page);
      await page.click('#client-duplicate');
      await openMenu(page);
      const problems = await axe(page, 'client menu open');
      assert.deepEqual(problems, [], 'axe violations');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'horizontal scrolling');
      await context.close();
    });
  }
}

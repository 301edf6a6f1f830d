// Issue 17 (items 1, 2, 7, 8, 9, 13): nothing the user typed is lost or changed behind their
// back. On the release build, typed as a person types (key by key), in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { answerYongchun, openApp, servedPage, shareFragment } from './browser.mjs';

const env = servedPage(before, after);

async function open(viewport = { width: 1280, height: 900 }, url = '/', extra = {}) {
  // bypassCSP: only so that the test can inject axe-core; the page itself runs under its CSP.
  const context = await env.browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true, bypassCSP: true, ...extra });
  const page = await context.newPage();
  await openApp(page, `${env.origin}${url}`);
  await page.waitForSelector('#total-exact');
  return { page, context };
}

async function axe(page, where) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  }
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const problems = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(problems, [], `axe violations on ${where}`);
}

/** Replaces a field's text by typing `text` key by key, as a person does. */
async function retype(page, selector, text) {
  await page.click(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.locator(selector).pressSequentially(text);
}

/** A 永春 provincial SRDI firm (first recognised 2024-03-01) in the park, on its park step. */
async function yongchunPark(page) {
  await answerYongchun(page, 'provincial', { provincial: '2024-03-01' }, '2025-06-01');
  await page.click('#next');
  await page.selectOption('#park', 'srdi_park');
}

/** Presses 下一步 until the loans step is shown. */
async function toLoans(page) {
  for (let i = 0; i < 6 && !(await page.locator('#add-loan').count()); i++) await page.click('#next');
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id);

test('a half-typed number never reaches the total, the link or an export (17.1)', async () => {
  const { page, context } = await open();
  await yongchunPark(page);
  // 永政办规〔2024〕1号 四、（二）2: 1,000,000 × 12/12 × 20% = 200,000 (under the 500,000 cap).
  await retype(page, '#q-park_rent_per_year', '1000000');
  await retype(page, '#q-park_rent_months', '12');
  await retype(page, '#d-park_rent_start', '2025-01-01');
  await page.keyboard.press('Tab');
  const rent = page.locator('li.line[data-entry="yc-park-rent"] summary');
  await page.waitForFunction(() => document.querySelector('li.line[data-entry="yc-park-rent"] summary')?.textContent.includes('200,000 元'));
  const total = await page.textContent('#total-exact');
  const link = await page.inputValue('#share-url');
  assert.match(link, /park_rent_per_year:1000000/);

  for (const typed of ['2.4e6', '1e30', '240w', '2.4百万']) {
    await retype(page, '#q-park_rent_per_year', typed);
    assert.equal(await page.inputValue('#q-park_rent_per_year'), typed, 'what was typed stays');
    assert.ok(await page.isVisible('#q-park_rent_per_year-error'), typed);
    // The result, the link and the address bar keep the rent the field had before this edit.
    assert.equal(await page.textContent('#total-exact'), total, typed);
    assert.match(await rent.textContent(), /200,000 元/, typed);
    assert.equal(await page.inputValue('#share-url'), link, typed);
    assert.match(page.url(), /park_rent_per_year:1000000/, typed);
    // The result and the share panel name the unfinished field.
    assert.match(await page.textContent('.results .pending'), /园区产业用房年租金/);
    assert.match(await page.textContent('.share .pending'), /园区产业用房年租金/);
  }
  // Leaving the field does not commit what does not parse.
  await page.keyboard.press('Tab');
  assert.match(page.url(), /park_rent_per_year:1000000/);

  // CSV, JSON and the copy button refuse, saying why; nothing is downloaded.
  let downloads = 0;
  page.on('download', () => { downloads++; });
  for (const button of ['#export-csv', '#export-json', '#copy-link']) {
    await page.click(button);
    assert.match(await page.textContent('.share .status'), /未填完或有误.*未导出/, button);
  }
  await page.waitForTimeout(300);
  assert.equal(downloads, 0);

  // The name in the share panel goes to the field.
  await page.click('.share .pending button');
  assert.equal(await activeId(page), 'q-park_rent_per_year');

  // Finished, the new value counts: 2,400,000 × 20% = 480,000, capped at 500,000: 480,000.
  await retype(page, '#q-park_rent_per_year', '240万');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('li.line[data-entry="yc-park-rent"] summary')?.textContent.includes('480,000 元'));
  assert.match(await page.inputValue('#share-url'), /park_rent_per_year:2400000/);
  assert.equal(await page.locator('.pending').count(), 0);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.ok(csv);
  await context.close();
});

test('an impossible date says so beside the field; the previous date keeps counting (17.2)', async () => {
  const { page, context } = await open();
  await answerYongchun(page, 'provincial', {}, '2025-06-01');
  await retype(page, '#rec-provincial', '2024-03-01');
  await page.keyboard.press('Tab');
  const line = 'li.line[data-entry="yc-first-provincial"]';
  await page.waitForSelector(line);
  const total = await page.textContent('#total-exact');
  for (const [typed, message] of [['2024-02-30', /没有这一天/], ['02/30/2024', /日期格式/], ['2024-02-3x', /日期格式/]]) {
    await retype(page, '#rec-provincial', typed);
    assert.equal(await page.inputValue('#rec-provincial'), typed);
    assert.match(await page.textContent('#rec-provincial-error'), message, typed);
    // 永政办规〔2024〕1号 四、（一）: the 100,000 of a first provincial recognition stays.
    assert.match(await page.textContent(`${line} summary`), /100,000 元/, typed);
    assert.equal(await page.textContent('#total-exact'), total, typed);
  }
  // The evaluation date too.
  await retype(page, '#eval-date', '2025-13-01');
  assert.match(await page.textContent('#eval-date-error'), /没有这一天/);
  assert.equal(await page.textContent('#evaluated-on'), '2025-06-01');
  await context.close();
});

test('the tier select keeps the focus on ArrowDown; 下一步 and 上一步 move it to the new step (17.9)', async () => {
  const { page, context } = await open();
  await page.selectOption('#city', 'quanzhou');
  await page.selectOption('#county', 'yongchun');
  await page.click('#next');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'LEGEND');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '梯度培育层级');
  await page.focus('#tier');
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowDown');
    assert.equal(await activeId(page), 'tier', `ArrowDown ${i + 1}`);
  }
  assert.notEqual(await page.inputValue('#tier'), '');
  await page.keyboard.press('ArrowUp');
  assert.equal(await activeId(page), 'tier');
  // Keyboard only: Tab to 下一步, Enter; the focus is at the top of the new step.
  await page.focus('#next');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '园区与厂房');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'park');
  await page.click('#back');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '梯度培育层级');
  await context.close();
});

test('a loan: no purpose until chosen, the rate names 36 %, asks about 0.036 and echoes (17.7, 17.8)', async () => {
  const { page, context } = await open();
  await yongchunPark(page);
  await toLoans(page);
  await page.click('#add-loan');
  assert.equal(await page.inputValue('#loan-0-purpose'), '');
  assert.match(await page.textContent('#loan-0-purpose-help'), /请选择用途/);
  await retype(page, '#loan-0-principal', '1000000');
  await retype(page, '#loan-0-rate', '3.6');
  await retype(page, '#loan-0-start', '2025-01-10');
  await page.keyboard.press('Tab');
  // Filled in, but no purpose: counted nowhere, and the result says why.
  assert.match(await page.textContent('.results .pending'), /贷款 1 未计入测算.*未选用途/);
  assert.equal(await page.locator('li.line[data-entry="yc-park-loan-interest"]').count(), 0);
  await page.selectOption('#loan-0-purpose', 'park_premises');
  // 永政办规〔2024〕1号 四、（二）1: 1,000,000 × 1% × 12/12 = 10,000 (not both with the rent:
  // no rent here).
  await page.waitForFunction(() => document.querySelector('li.line[data-entry="yc-park-loan-interest"] summary')?.textContent.includes('10,000 元'));
  assert.equal(await page.locator('.pending').count(), 0);
  assert.match(await page.textContent('#loan-0-rate-help'), /^= 3\.6%/);

  await retype(page, '#loan-0-rate', '36.1');
  // The page renders after the last keystroke: wait for the message of the whole value.
  await page.waitForFunction(() => document.querySelector('#loan-0-rate-error')?.textContent.includes('36'), null, { timeout: 5000 });
  const error = await page.textContent('#loan-0-rate-error');
  assert.match(error, /36%/);
  assert.doesNotMatch(error, /不能超过 0/);
  await retype(page, '#loan-0-rate', '0.036');
  // The page renders after the last keystroke: wait for it rather than read a keystroke early.
  await page.waitForFunction(() => document.querySelector('#loan-0-rate-help')?.textContent.startsWith('= 0.036%'), null, { timeout: 5000 });
  assert.match(await page.textContent('#loan-0-rate-help'), /^= 0\.036%/);
  assert.match(await page.textContent('.hint'), /是否应为 3\.6%/);
  await page.click('#loan-0-rate-fix');
  assert.equal(await page.inputValue('#loan-0-rate'), '3.6');
  assert.equal(await page.locator('.hint').count(), 0);
  assert.match(await page.inputValue('#share-url'), /park_premises:1000000:0\.036:12:2025-01-10/);
  await context.close();
});

test('a link with 10,000 loans opens quickly with 50, says so, and the loans step stays responsive (17.13)', async () => {
  const loans = Array.from({ length: 10_000 }, (_, i) => ({ purpose: 'park_premises', principal: String(1000 + i), annual_rate: '0.036', term_months: 12, start: '2025-01-10' }));
  const fragment = shareFragment({ city: 'quanzhou', county: 'yongchun', tier: 'provincial', park: 'srdi_park', loans });
  const started = Date.now();
  const { page, context } = await open(undefined, `/#${fragment}`);
  assert.ok(Date.now() - started < 10_000, `opened in ${Date.now() - started} ms`);
  assert.match(await page.textContent('.notice'), /loans\[50\.\.\] \(9950\)/);
  await toLoans(page);
  await page.waitForSelector('#loan-49-principal');
  assert.equal(await page.locator('fieldset.loan').count(), 50);
  assert.ok(await page.isDisabled('#add-loan'));
  assert.match(await page.textContent('#loans-max'), /最多 50 笔贷款/);
  // An edit in the loans step answers within a frame or two, not seconds.
  const t0 = Date.now();
  await page.fill('#loan-0-principal', '2000');
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('l=park_premises:2000:'));
  assert.ok(Date.now() - t0 < 1000, `edit took ${Date.now() - t0} ms`);
  await context.close();
});

for (const [name, viewport] of [['phone', { width: 360, height: 780 }], ['desktop', { width: 1280, height: 900 }]]) {
  test(`the changed fields pass axe in 中文 and English (${name})`, async () => {
    const { page, context } = await open(viewport);
    await yongchunPark(page);
    await retype(page, '#q-park_rent_per_year', '2.4e6');
    await toLoans(page);
    await page.click('#add-loan');
    await retype(page, '#loan-0-rate', '0.036');
    for (const lang of ['中文', 'English']) {
      await axe(page, `the loans step, a half-typed rent and a rate hint (${name}, ${lang})`);
      await page.click('#lang');
    }
    await context.close();
  });
}

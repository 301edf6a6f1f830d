// End-to-end: the release build served on localhost, opened in Debian's headless Chromium,
// filled in as a person would (select, type, tab), checked on screen; and every request the page
// makes is recorded: only its own files, and nothing at all after load.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { answerYongchun, appReady, openApp, reloadApp, servedPage } from './browser.mjs';

const env = servedPage(before, after);

/** Opens the page and records every request, marking those made after the first result. */
async function open(viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const requests = [];
  let loaded = false;
  page.on('request', (r) => requests.push({ url: r.url(), afterLoad: loaded }));
  await openApp(page, `${env.origin}/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#total-exact');
  loaded = true;
  return { page, requests, context };
}

test('a Yongchun Little Giant sees the county awards with formula and citation', async () => {
  const { page, requests, context } = await open();
  await page.selectOption('#city', { label: '泉州市' });
  await page.selectOption('#county', { label: '永春县' });
  await page.click('#next');
  await page.selectOption('#tier', 'little_giant');
  // Type the dates as a person would, in the browser's date picker field.
  await page.fill('#eval-date', '2025-06-01');
  await page.fill('#rec-provincial', '2024-03-01');
  await page.fill('#rec-little_giant', '2024-06-15');

  // 永政办规〔2024〕1号 四、（一）: 500,000 (小巨人) + 100,000 (省级) from the county.
  await page.waitForFunction(() => document.querySelector('#total-exact')?.textContent === '600,000 元');
  const line = page.locator('li.line[data-entry="yc-first-little-giant"]');
  await line.locator('summary').click();
  // The details are built when the line is opened (src/components/results.rs).
  await line.locator('dl').waitFor();
  const text = await line.textContent();
  assert.match(text, /500,000 元/);
  assert.match(text, /永政办规〔2024〕1号 四、（一）/);
  assert.match(text, /在省级奖励基础上，县财政分别给予每家一次性/);
  assert.match(text, /2024-01-23 至 2025-12-31/);
  assert.match(await page.locator('.level-county h3').textContent(), /县（区）级/);

  // Only the page's own files were requested, and nothing after the first result.
  assert.ok(requests.length > 0);
  for (const r of requests) assert.ok(r.url.startsWith(env.origin + '/'), `foreign request ${r.url}`);
  assert.deepEqual(requests.filter((r) => r.afterLoad).map((r) => r.url), []);
  await context.close();
});

test('the form is operable by keyboard alone, in order', async () => {
  const { page, context } = await open();
  const active = () => page.evaluate(() => document.activeElement?.id);
  const tabTo = async (id) => {
    // The result column (tabs, notices with their buttons, lines) lies between "next" and the
    // top of the page again: enough presses to go round.
    for (let i = 0; i < 60 && (await active()) !== id; i++) await page.keyboard.press('Tab');
    assert.equal(await active(), id, `could not reach #${id} with Tab`);
  };
  await tabTo('city');
  await page.keyboard.press('ArrowDown'); // first city: 泉州市
  await page.waitForSelector('#county');
  await tabTo('county');
  await tabTo('next');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#tier');
  await tabTo('tier');
  // The focused element is visibly outlined.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await context.close();
});

test('a line earned under a text that has since ended is shown and summed apart, not counted as claimable', async () => {
  const { page, context } = await open();
  // 永政办规〔2024〕1号 四、（一）: 创新型 1万, first recognised 2024-05-01, inside 2024-01-23 … 2025-12-31;
  // on 2026-01-01 the text has ended: earned, to confirm, not claimable now.
  await answerYongchun(page, 'innovative', { innovative: '2024-05-01' }, '2026-01-01');
  const line = page.locator('li.line[data-entry="yc-first-innovative"]');
  await line.waitFor();
  assert.match(await line.locator('summary .standing').textContent(), /已享有·文件已到期/);
  assert.equal(await page.locator('#total-exact').textContent(), '0 元');
  assert.equal(await page.locator('#total-ended').textContent(), '10,000 元');
  await context.close();
});

test('the phone layout has no horizontal scrolling', async () => {
  const { page, context } = await open({ width: 360, height: 780 });
  await answerYongchun(page, 'provincial', { provincial: '2024-03-01' });
  await page.locator('li.line summary').first().click();
  await page.locator('li.line dl').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await context.close();
});

test('English is one click away and remembered on this device', async () => {
  const { page, context } = await open();
  await answerYongchun(page, 'provincial', { provincial: '2024-03-01' }, '2025-06-01');
  await page.click('#lang');
  assert.equal(await page.textContent('h1'), 'SRDI Support Calculator');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // The answers survive the switch; the line has its English gloss, the clause stays Chinese.
  assert.equal(await page.inputValue('#rec-provincial'), '2024-03-01');
  await page.click('li.line[data-entry="yc-first-provincial"] summary');
  await page.waitForSelector('li.line[data-entry="yc-first-provincial"] blockquote');
  const line = await page.textContent('li.line[data-entry="yc-first-provincial"]');
  assert.match(line, /Top-up award for a first recognition as provincial SRDI SME/);
  assert.match(line, /县财政分别给予每家一次性/);
  await reloadApp(page);
  await page.waitForSelector('#total-exact');
  assert.equal(await page.textContent('h1'), 'SRDI Support Calculator');
  await page.click('#lang');
  assert.equal(await page.textContent('h1'), '专精特新惠企计算器');
  await context.close();
});

test('what if: the next tier shows its gain and applies with one click', async () => {
  const { page, context } = await open();
  await answerYongchun(page, 'provincial', { provincial: '2024-03-01' }, '2025-06-01');
  // 永政办规〔2024〕1号 四、（一）: a first 小巨人 recognition adds 500,000 from the county.
  const scenario = page.locator('.scenario', { hasText: '升级为国家专精特新“小巨人”企业' });
  assert.match(await scenario.textContent(), /\+500,000 元/);
  await scenario.locator('button').click();
  await page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('600,000 元'));
  assert.equal(await page.inputValue('#tier'), 'little_giant');
  assert.equal(await page.inputValue('#rec-little_giant'), '2025-06-01');
  await context.close();
});

test('the JS API example page embeds the engine from the site\'s own files', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${env.origin}/embed-example.html`);
  // 永政办规〔2024〕1号 四、（一）: first 省级 recognition on 2024-03-01 → 100,000 元, claimable on
  // 2025-06-01 (the text runs to 2025-12-31): nothing earned under an ended text, nothing planned.
  await page.waitForFunction(() => document.getElementById('claimable')?.textContent === '100,000 元');
  assert.equal(await page.textContent('#ended'), '0 元');
  assert.equal(await page.textContent('#planned'), '0 元');
  assert.match(await page.textContent('#lines'), /yc-first-provincial \[claimable\]: 100000 \(定额 100,000 元\)/);
  for (const u of requests) assert.ok(u.startsWith(env.origin + '/'), `foreign request ${u}`);
  await context.close();
});

test('next steps group claimable lines by department; the policy library filters and searches', async () => {
  const { page, context } = await open();
  await answerYongchun(page, 'provincial', { provincial: '2024-06-15' }, '2025-06-01');
  await page.click('.tab:has-text("办理指引")');
  const dept = page.locator('.dept', { hasText: '县（区）级 · 县工信商务局' });
  const award = await dept.locator('li[data-entry="yc-first-provincial"]').textContent();
  assert.match(award, /100,000 元/);
  assert.match(award, /一次性/);
  assert.match(award, /首次认定为省级专精特新中小企业：2024-06-15/);
  // A what-if change names the lines it would unlock.
  assert.match(await page.textContent('.unlocks'), /首次认定国家专精特新“小巨人”企业叠加奖励/);

  // 政策库 is a page of its own (library/), reached by a link that carries the answers.
  await openLibrary(page, 'a.tab:has-text("政策库")');
  const count = async () => Number((await page.textContent('.library .count')).match(/\d+/)[0]);
  const all = await count();
  assert.ok(all >= 60, `only ${all} entries`);
  await page.selectOption('#lib-place', 'xiamen');
  const xiamen = await count();
  assert.ok(xiamen < all && xiamen > 10);
  await page.selectOption('#lib-status', 'draft');
  assert.equal(await count(), 0, 'no draft applies in Xiamen');
  await page.selectOption('#lib-place', '');
  assert.ok((await count()) > 10, 'the Sanming draft');
  await page.selectOption('#lib-status', '');
  // Search: a clause word, full-width letters, symbols, a very long string — a list or "no match".
  await page.fill('#lib-search', '质押');
  assert.ok((await count()) >= 1);
  await page.fill('#lib-search', 'ＬＰＲ');
  assert.ok((await count()) >= 0);
  // What a person types (issue 19.6): terms in any order, a phrase split where the text splits
  // it, amounts by value — "专利质押" finds "利用专利、商标进行质押融资", "50万" finds "50万元".
  for (const [text, id] of [['专利质押', 'xm-ip-pledge-discount'], ['质押 专利', 'xm-ip-pledge-discount'],
    ['50万', 'yc-park-rent'], ['500,000', 'yc-park-rent']]) {
    await page.fill('#lib-search', text);
    assert.ok(await page.isVisible(`li.entry[data-entry="${id}"]`), `${text} finds ${id}`);
  }
  for (const text of ['%$#@!*(){}[]', 'x'.repeat(5000), '　', '<script>']) {
    await page.fill('#lib-search', text);
    const n = await count();
    if (n === 0) assert.ok(await page.isVisible('.library .empty'));
  }
  await page.fill('#lib-search', '');
  // The button goes to the first question that decides the entry.
  await page.selectOption('#lib-place', 'yongchun');
  const rent = page.locator('li.entry[data-entry="yc-park-rent"]');
  await rent.locator('summary').click();
  await rent.locator('button').click();
  // Back on the calculator (same answers), on the step that asks it, its first question focused.
  await page.waitForURL((u) => !u.pathname.includes('/library/'));
  await appReady(page);
  await page.waitForSelector('#park');
  await page.waitForFunction(() => document.activeElement === document.querySelector('.questionnaire fieldset :is(input, select)'));
  assert.match(await page.textContent('#total-exact'), /\d/, 'the answers came back with the link');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('srdi-calculator.ask')), null, 'the step is read once');
  await context.close();
});

/** Follows the link `selector` from the calculator to the library page and waits for it. */
async function openLibrary(page, selector) {
  await Promise.all([page.waitForURL(/\/library\//), page.click(selector)]);
  await page.waitForSelector('.library .count');
}

test('the library page asks only for its own files, and nothing after load', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const requests = [];
  let loaded = false;
  page.on('request', (r) => requests.push({ url: r.url(), afterLoad: loaded }));
  await page.goto(`${env.origin}/library/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.library .count');
  loaded = true;
  // Filters, a search, an entry opened, the language switched: all in the page.
  await page.selectOption('#lib-place', 'xiamen');
  await page.fill('#lib-search', '质押');
  await page.locator('li.entry summary').first().click();
  await page.click('#lang');
  await page.waitForSelector('h1:has-text("Policy library")');
  assert.ok(requests.length > 0);
  for (const r of requests) assert.ok(r.url.startsWith(env.origin + '/library/'), `request outside library/: ${r.url}`);
  assert.deepEqual(requests.filter((r) => r.afterLoad).map((r) => r.url), []);
  await context.close();
});

test('the Content-Security-Policy blocks a request to another origin injected into the page', async () => {
  const { page, context } = await open();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  const outcome = await page.evaluate(async () => {
    const seen = new Promise((ok) => document.addEventListener('securitypolicyviolation', (e) => ok(e.violatedDirective), { once: true }));
    const fetched = fetch('https://example.com/collect?x=1').then(() => 'sent', () => 'blocked');
    return { fetched: await fetched, directive: await seen };
  });
  assert.equal(outcome.fetched, 'blocked');
  assert.equal(outcome.directive, 'connect-src');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'/);
  await context.close();
});

test('if the wasm stops, a banner offers a reload that keeps the answers', async () => {
  const { page, context } = await open();
  await answerYongchun(page, 'provincial');
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /yongchun/);
  // What a panic becomes in the release build (a trap), thrown where a handler would throw it.
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const banner = page.locator('.panic[role="alert"]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Your answers are kept in the link/);
  const href = await banner.locator('a.reload').getAttribute('href');
  assert.ok(href.includes('?reload=') && href.endsWith(hash), href);
  // An ordinary script error is not the wasm stopping: still one banner, no second.
  await page.evaluate(() => setTimeout(() => { throw new Error('other'); }));
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('again'); }));
  await page.waitForTimeout(50);
  assert.equal(await page.locator('.panic').count(), 1);
  await context.close();
});

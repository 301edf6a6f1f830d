// End-to-end walk through every step a Yongchun SRDI firm in the park sees, with axe-core
// checking each step for accessibility violations (WCAG 2 A and AA).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { openApp, servedPage } from './browser.mjs';

const env = servedPage(before, after);

async function axe(page, where) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: resolve('node_modules/axe-core/axe.min.js') });
  }
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const problems = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(problems, [], `axe violations on ${where}`);
}

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 780 }]]) {
  test(`walk-through of a Yongchun park firm (${name})`, async () => {
    // bypassCSP: only so that the test can inject axe-core; the page itself runs under its CSP.
    const context = await env.browser.newContext({ viewport, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    const afterLoad = [];
    let loaded = false;
    page.on('request', (r) => { if (loaded) afterLoad.push(r.url()); });
    await openApp(page, `${env.origin}/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#total-exact');
    loaded = true;
    await axe(page, 'the first step');

    await page.selectOption('#city', 'quanzhou');
    await page.selectOption('#county', 'yongchun');
    await page.click('#next');
    await page.selectOption('#tier', 'provincial');
    await page.fill('#eval-date', '2025-06-01');
    await page.fill('#rec-provincial', '2024-03-01');
    await axe(page, 'the tier step');
    await page.click('#next');

    // 园区与厂房: the park question, rent, months, first-year kWh.
    await page.selectOption('#park', 'srdi_park');
    await page.fill('#q-park_rent_per_year', '300万');
    await page.fill('#q-park_rent_months', '12');
    await page.fill('#q-park_first_year_kwh', '2,000,000');
    await axe(page, 'the park step');
    // 永政办规〔2024〕1号 四、（二）2: 3,000,000 × 20% = 600,000 → cap 500,000;
    // 四、（二）3: 2,000,000 kWh × 0.05 = 100,000; 四、（一）: 100,000. County: 700,000.
    await page.waitForFunction(() => document.querySelector('.level-county h3')?.textContent.includes('700,000 元'));
    // What was typed stays as typed; the parsed value is echoed with separators.
    assert.equal(await page.inputValue('#q-park_rent_per_year'), '300万');
    assert.match(await page.textContent('#q-park_rent_per_year-help'), /3,000,000 元/);

    // A bad amount: message beside the field, typed text kept, last result kept.
    await page.fill('#q-park_first_year_kwh', '两百万');
    assert.match(await page.textContent('#q-park_first_year_kwh-error'), /请输入数字/);
    assert.equal(await page.inputValue('#q-park_first_year_kwh'), '两百万');
    assert.ok(await page.isVisible('.stale'));
    await axe(page, 'a field in error');
    await page.fill('#q-park_first_year_kwh', '2000000');

    // The R&D step follows; its questions come from the provincial and Quanzhou texts.
    await page.click('#next');
    await page.waitForSelector('#q-rd_spend');
    await axe(page, 'the R&D step');
    // Loans: the park-premises loan loses to the rent subsidy (不重复享受).
    await page.click('.progress button:has-text("贷款")');
    await page.click('#add-loan');
    await page.selectOption('#loan-0-purpose', 'park_premises');
    await page.fill('#loan-0-principal', '10,000,000');
    await page.fill('#loan-0-rate', '3.8');
    await page.fill('#loan-0-term', '24');
    await page.fill('#loan-0-start', '2024-07-01');
    await axe(page, 'the loans step');
    await page.locator('details.excluded summary').click();
    const excluded = await page.textContent('li[data-entry="yc-park-loan-interest"]');
    assert.match(excluded, /不重复享受/);
    assert.match(excluded, /100,000 元/);

    // Every answer stays when going back and forward.
    await page.click('.progress button:has-text("园区与厂房")');
    assert.equal(await page.inputValue('#q-park_rent_per_year'), '300万');
    await page.click('#next');
    await page.click('#next');
    assert.equal(await page.inputValue('#loan-0-principal'), '10,000,000');
    await page.click('button.link'); // remove the loan
    assert.equal(await page.locator('#loan-0-principal').count(), 0);

    // The remaining steps pass the accessibility check too.
    await page.click('.progress button:has-text("股权融资与上市")');
    await page.waitForSelector('#q-equity_transformation_fund');
    await axe(page, 'the equity step');
    await page.click('.progress button:has-text("其他项目")');
    await axe(page, 'the other-projects step');
    await page.click('#lang');
    await axe(page, 'the English page');
    await page.click('#lang');

    // The result: a chart before the numbers, totals announced politely.
    assert.equal(await page.locator('.chart svg').count(), 1);
    assert.equal(await page.getAttribute('.grand-total', 'aria-live'), 'polite');
    assert.equal(await page.textContent('#total-exact'), '700,000 元');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'horizontal scrolling');
    await page.screenshot({ path: `target/walkthrough-${name}.png`, fullPage: true });
    // The whole walk-through made no request after load.
    assert.deepEqual(afterLoad, []);
    await context.close();
  });
}

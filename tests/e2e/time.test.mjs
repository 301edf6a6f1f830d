// End-to-end: the time model on the page (issue 15). Each line is judged by its own event date;
// on the evaluation date it is claimable, earned under a text that has since ended (summed
// apart, to confirm with the departments the text names), planned, or a draft. The expected
// amounts are those of the independent reading of the texts, docs/readings/time-model.md (A, B),
// not what the page happens to show.
//
// The visitor's clock is set to 2026-12-01 (the day the issue was filed on), so that "today"
// is the day the expected standings are for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, servedPage } from './browser.mjs';

const env = servedPage(before, after);
const TODAY = '2026-12-01';

/** A page whose clock says `day` at noon (only `Date`: `performance` stays real). */
async function pageOn(day = TODAY, viewport = { width: 1280, height: 900 }, locale = 'zh-CN', extra = {}) {
  const context = await env.browser.newContext({ viewport, locale, serviceWorkers: 'block', ...extra });
  await context.addInitScript((fixed) => {
    const Real = Date;
    window.Date = class extends Real {
      constructor(...a) { super(...(a.length ? a : [fixed])); }
      static now() { return fixed; }
    };
  }, new Date(`${day}T12:00:00`).getTime());
  const page = await context.newPage();
  return { page, context };
}

const text = (page, sel) => page.locator(sel).first().textContent();

/**
 * The 永春 firm of docs/readings/time-model.md A, answered through the form as a person would:
 * 泉州/永春, 小巨人, provincial SRDI first recognised 2024-03-01, little giant 2025-06-10, in the
 * 专精特新 park, rent 2,400,000 元 a year for 12 months from 2025-01-01, moved in 2025-01-01 with
 * 2,600,000 kWh in the first year. The evaluation date is left at today.
 */
async function yongchunFirm(page, { rentStart = '2025-01-01', moveIn = '2025-01-01' } = {}) {
  await openApp(page, `${env.origin}/`);
  await page.selectOption('#city', 'quanzhou');
  await page.selectOption('#county', 'yongchun');
  await page.click('#next');
  await page.selectOption('#tier', 'little_giant');
  await page.fill('#rec-provincial', '2024-03-01');
  await page.fill('#rec-little_giant', '2025-06-10');
  await page.click('#next');
  await page.selectOption('#park', 'srdi_park');
  await page.fill('#q-park_rent_per_year', '2,400,000');
  await page.fill('#q-park_rent_months', '12');
  if (rentStart) await page.fill('#d-park_rent_start', rentStart);
  await page.fill('#q-park_first_year_kwh', '2,600,000');
  if (moveIn) await page.fill('#d-park_move_in', moveIn);
}

test('the 永春 firm on 2026-12-01 sees 1,210,000 earned under 永政办规〔2024〕1号 (ended 2025-12-31), 0 claimable from the county', async () => {
  const { page, context } = await pageOn();
  await yongchunFirm(page);
  // A: 500,000 + 100,000 + 480,000 + 130,000, each inside 2024-01-23 … 2025-12-31.
  await page.waitForFunction(() => document.querySelector('#total-ended')?.textContent === '1,210,000 元');
  assert.equal(await text(page, '#evaluated-on'), TODAY);
  // Claimable now: nothing quantified (the county's text has ended, the province pays this
  // firm no quantified line without a loan).
  assert.equal(await text(page, '#total-exact'), '0 元');
  // The county pays nothing claimable now; what it owes is earned, to confirm.
  const county = await text(page, '.level-county h3');
  assert.match(county, /现可申领 0 元/);
  assert.match(county, /已享有·待确认 1,210,000 元/);
  // The sentence that says whom to ask, beside the totals.
  assert.match(await text(page, '.grand-total'), /请向该文件所列责任单位确认/);
  // The notice at the top names the text and its end.
  assert.match(await text(page, '.time-notices'), /永政办规〔2024〕1号 已于 2025-12-31 到期：以下按其有效期内事项计为已享有，请向责任单位确认/);
  for (const [id, amount] of [['yc-first-little-giant', '500,000 元'], ['yc-first-provincial', '100,000 元'], ['yc-park-rent', '480,000 元'], ['yc-park-electricity', '130,000 元']]) {
    const line = page.locator(`li.line[data-entry="${id}"]`);
    assert.equal(await line.locator('summary .amount').textContent(), amount, id);
    // The standing in words beside the amount.
    assert.equal(await line.locator('summary .standing').textContent(), '已享有·文件已到期', id);
    assert.match(await line.getAttribute('class'), /standing-ended/);
    assert.doesNotMatch(await line.getAttribute('class'), /not-counted/, `${id} is summed, apart`);
    await line.locator('summary').click();
    const details = await line.locator('dl').textContent();
    // Its text ended on 2025-12-31; the departments the entry names are the ones to ask.
    assert.match(details, /文件已于 2025-12-31 到期；能否兑现请向县工信商务局、财政局确认/, id);
    assert.match(details, /事项日期 20\d\d-\d\d-\d\d/, id);
  }
  // The three dates, always there near the total.
  const dates = await text(page, '.dates');
  assert.match(dates, /规则核对日：\d{4}-\d\d-\d\d/);
  assert.match(dates, /评估日：2026-12-01/);
  assert.match(dates, /生成日：2026-12-01/);
  await context.close();
});

test('the 永春 firm in English: standings and totals in words', async () => {
  const { page, context } = await pageOn();
  await yongchunFirm(page);
  await page.waitForFunction(() => document.querySelector('#total-ended')?.textContent === '1,210,000 元');
  await page.click('#lang');
  assert.match(await text(page, '.total-ended .label'), /Earned, text ended/);
  assert.match(await text(page, 'li.line[data-entry="yc-park-rent"] summary .standing'), /earned, text ended/);
  assert.match(await text(page, '.time-notices'), /永政办规〔2024〕1号 ended on 2025-12-31/);
  assert.match(await text(page, '.dates'), /Evaluated as of: 2026-12-01/);
  await context.close();
});

test('the 永春 firm at 360 px: the sticky bar shows the 1,210,000 earned to confirm beside the 0 claimable, in both languages', async () => {
  // (CSP bypassed only so that axe-core can be added to the page.)
  const { page, context } = await pageOn(TODAY, { width: 360, height: 740 }, 'zh-CN', { bypassCSP: true });
  await yongchunFirm(page);
  // A: nothing quantified is claimable now; 1,210,000 was earned under 永政办规〔2024〕1号 (ended
  // 2025-12-31). A lone "0 元" in the bar would read as "nothing" to the firm's finance manager.
  await page.waitForFunction(() => document.querySelector('#bar-ended')?.textContent === '1,210,000 元');
  assert.equal(await text(page, '#bar-total'), '0 元');
  assert.match(await text(page, '.bar-ended .label'), /^已享有·待确认$/);
  assert.equal(await page.locator('#bar-planned').count(), 0, 'nothing planned');
  const bar = () => page.evaluate(() => {
    const r = document.querySelector('.total-bar').getBoundingClientRect();
    const fig = [...document.querySelectorAll('.total-bar .bar-total, .total-bar button')].map((e) => e.getBoundingClientRect());
    return { top: r.top, height: r.height, oneRow: fig.every((f) => Math.abs(f.top - fig[0].top) < 30), scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth };
  });
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') {
      await page.click('#lang');
      await page.waitForFunction(() => document.querySelector('.bar-ended .label')?.textContent === 'Earned (to confirm)');
    }
    // "明细" goes down to the lines; the bar stays at the top of the screen.
    await page.click('#bar-details');
    await page.waitForFunction(() => Math.abs(document.querySelector('.total-bar').getBoundingClientRect().top) < 1);
    const b = await bar();
    assert.ok(b.oneRow && b.height < 60, `${lang}: the figures and the two buttons fit on one row (${JSON.stringify(b)})`);
    assert.equal(b.scroll, 0, `${lang}: no horizontal scrolling`);
    if (lang === 'zh') await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const axe = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), [], `${lang}: axe-core`);
  }
  await context.close();
});

test('a date not given is said to be assumed, with a link to the step that asks it', async () => {
  const { page, context } = await pageOn();
  // The same firm on 2025-06-01 without the rent period's first day: the evaluation date
  // stands in for it (inside the window), and the line says so.
  await yongchunFirm(page, { rentStart: null });
  await page.click('.progress button:has-text("梯度培育层级")');
  await page.fill('#eval-date', '2025-06-01');
  const rent = page.locator('li.line[data-entry="yc-park-rent"]');
  await rent.locator('summary').click();
  assert.match(await rent.locator('.event-sentence').textContent(), /未填租金补贴期起始日，暂按评估日 2025-06-01 判断/);
  await rent.locator('button.enter-date').click();
  await page.waitForSelector('#d-park_rent_start');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent), '园区与厂房');

  // On 2026-12-01 the assumed date falls after the window: the line is excluded, and its link
  // leads to the step with the date field (not to a step that cannot fix it).
  await page.click('.progress button:has-text("梯度培育层级")');
  await page.fill('#eval-date', TODAY);
  await page.locator('details.excluded summary').click();
  const excluded = page.locator('details.excluded li[data-entry="yc-park-rent"]');
  assert.match(await excluded.textContent(), /未填租金补贴期起始日/);
  await excluded.locator('button.enter-date').click();
  await page.waitForSelector('#d-park_rent_start');
  await page.fill('#d-park_rent_start', '2025-01-01');
  await page.waitForFunction(() => document.querySelector('#total-ended')?.textContent === '1,210,000 元');
  await context.close();
});

test('an impossible occasion date shows its message beside the field and the total stays', async () => {
  const { page, context } = await pageOn();
  await yongchunFirm(page);
  await page.waitForFunction(() => document.querySelector('#total-ended')?.textContent === '1,210,000 元');
  // The user leaves the field: 2025-01-01 is committed, and counts while the next edit does
  // not parse (issue 17.1: a value typed within the same edit never does).
  await page.keyboard.press('Tab');
  await page.fill('#d-park_move_in', '2025-02-30');
  assert.match(await text(page, '#d-park_move_in-error'), /没有这一天/);
  assert.equal(await page.inputValue('#d-park_move_in'), '2025-02-30');
  assert.equal(await page.getAttribute('#d-park_move_in', 'aria-invalid'), 'true');
  assert.ok(await page.isVisible('.stale'));
  assert.equal(await text(page, '#total-ended'), '1,210,000 元');
  assert.equal(await text(page, '#total-exact'), '0 元');
  // Fixed, the message goes and the result is live again.
  await page.fill('#d-park_move_in', '2025年1月1日');
  assert.equal(await page.locator('#d-park_move_in-error').count(), 0);
  assert.equal(await page.locator('.stale').count(), 0);
  await context.close();
});

const xiamen = `#v1;c=xiamen;k=siming;t=little_giant;r=little_giant:2025-04-20`;

test('a 厦门 小巨人 first recognised 2025-04-20, on 2026-12-01: 1,000,000 claimable and the notice that 厦府办规〔2024〕11号 ends on 2026-12-31', async () => {
  const { page, context } = await pageOn();
  await openApp(page, `${env.origin}/${xiamen}`);
  // B: 厦府办规〔2024〕11号 二、（一）2, 500,000 from the city and 500,000 from the district.
  await page.waitForFunction(() => document.querySelector('#total-exact')?.textContent === '1,000,000 元');
  assert.match(await text(page, '.time-notices'), /厦府办规〔2024〕11号 将于 2026-12-31 到期，请在此之前申报/);
  assert.equal(await page.locator('#total-ended').count(), 0, 'no earned-under-ended row when there is none');
  assert.equal(await page.locator('#bar-ended').count(), 0, 'nor a figure for it in the sticky bar');
  assert.equal(await page.locator('#total-up-to').count(), 0, 'no "up to 0" row');
  assert.doesNotMatch(await text(page, '.grand-total'), /最高可得 0 元|≤0 元/);
  // The day count is in the line's details (not on the first screen).
  const line = page.locator('.level-city li.line').first();
  await line.locator('summary').click();
  assert.match(await line.locator('.standing-sentence').textContent(), /文件有效至 2026-12-31，还剩 30 天/);
  await context.close();
});

test('"按 2026-12-31 查看" shows the result as of that day, and "回到今天" comes back', async () => {
  const { page, context } = await pageOn();
  await openApp(page, `${env.origin}/${xiamen}`);
  await page.waitForFunction(() => document.querySelector('#total-exact')?.textContent === '1,000,000 元');
  assert.equal(await page.locator('#back-to-today').count(), 0, 'no way back when already on today');
  await page.click('.time-notices button:has-text("按 2026-12-31 查看")');
  await page.waitForFunction(() => document.querySelector('#evaluated-on')?.textContent === '2026-12-31');
  // The last day of the window: still claimable; the evaluation date field follows.
  assert.equal(await text(page, '#total-exact'), '1,000,000 元');
  assert.equal(await page.inputValue('#eval-date'), '2026-12-31');
  assert.match(await text(page, '.as-of'), /正在按 2026-12-31 查看结果/);
  await page.click('#back-to-today');
  await page.waitForFunction(() => document.querySelector('#evaluated-on')?.textContent === '2026-12-01');
  assert.equal(await page.locator('#back-to-today').count(), 0);
  assert.equal(await page.inputValue('#eval-date'), TODAY);

  // The 永春 firm: as of the last day of its county's text, everything was claimable.
  const other = await context.newPage();
  await yongchunFirm(other);
  await other.waitForFunction(() => document.querySelector('#total-ended')?.textContent === '1,210,000 元');
  await other.click('.time-notices button:has-text("按 2025-12-31 查看")');
  await other.waitForFunction(() => document.querySelector('#total-exact')?.textContent === '1,210,000 元');
  assert.equal(await other.locator('#total-ended').count(), 0);
  await other.click('#back-to-today');
  await other.waitForFunction(() => document.querySelector('#total-ended')?.textContent === '1,210,000 元');
  await context.close();
});

test('after 2026-12-31 a 厦门 firm sees what it earned, not 0, and that every text of its place has ended', async () => {
  const { page, context } = await pageOn('2027-01-15');
  await openApp(page, `${env.origin}/${xiamen}`);
  // B on 2027-01-15: earned under an ended text 1,000,000; claimable 0.
  await page.waitForFunction(() => document.querySelector('#total-ended')?.textContent === '1,000,000 元');
  assert.equal(await text(page, '#total-exact'), '0 元');
  assert.match(await text(page, '.time-notices'), /均已到期/);
  await context.close();
});

test('the share link carries the day it was made and the rules\' review date, shown when opened', async () => {
  const { page, context } = await pageOn();
  await openApp(page, `${env.origin}/${xiamen}`);
  const link = await page.inputValue('#share-url');
  assert.match(link, /;m=2026-12-01;rv=\d{4}-\d\d-\d\d/);
  const reviewed = link.match(/;rv=(\d{4}-\d\d-\d\d)/)[1];
  const later = await pageOn('2027-02-01');
  await openApp(later.page, link);
  await later.page.waitForSelector('.stamp');
  assert.equal(await text(later.page, '.stamp'), `链接生成于 2026-12-01（规则核对日 ${reviewed}）`);
  assert.equal(await text(later.page, '#evaluated-on'), '2027-02-01');
  await later.context.close();
  await context.close();
});

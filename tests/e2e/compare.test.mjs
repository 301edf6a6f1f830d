// End-to-end: two firms side by side on the portfolio page (portfolio/#compare&a=…&an=…&b=…&bn=…,
// the link format the calculator's clients use), on the release build: the same entries aligned,
// the differences marked with hand-worked amounts, totals per standing and level, printable;
// two rows of a loaded portfolio compared the same way; no request after load; axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { servedPage } from './browser.mjs';
import { DESKTOP, PHONE, assertNoRequestAfterLoad, axe, compareFragment, loadFile, openPortfolio } from './portfolio-page.mjs';

const env = servedPage(before, after);

// The same 永春 firm, first recognised as a provincial 专精特新 SME on 2024-03-01, evaluated on
// 2025-06-01: A as it is, B had it also been first recognised as a national 小巨人 on 2024-06-15.
const SRDI = 'v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01';
const GIANT = 'v1;c=quanzhou;k=yongchun;t=little_giant;r=provincial:2024-03-01,little_giant:2024-06-15;d=2025-06-01';
const LINK = compareFragment(SRDI, '永春甲公司（专精特新）', GIANT, '永春甲公司（小巨人）');

const cells = (row) => row.locator('td').allTextContents();

test('a compare link: a 永春 小巨人 against the same firm as 专精特新, hand-worked', async () => {
  const { page, context, requests, errors } = await openPortfolio(env, { fragment: LINK });
  await page.waitForSelector('#compare-lines');
  assert.match(await page.textContent('#name-a'), /永春甲公司（专精特新）/);
  assert.match(await page.textContent('#name-b'), /永春甲公司（小巨人）/);
  assert.match(await page.textContent('#name-a'), /评估日 2025-06-01/);

  // 永政办规〔2024〕1号 四、（一）: "对首次认定的国家专精特新“小巨人”企业、省级专精特新中小企业，在省级
  // 奖励基础上，县财政分别给予每家一次性 50 万元、10 万元的叠加奖励": both get the 100,000 for the
  // provincial recognition (2024-03-01, inside the text's window 2024-01-23 … 2025-12-31); only B
  // gets the 500,000 for the 小巨人 (2024-06-15): B − A = +500,000 元, marked.
  const giant = page.locator('tr[data-entry="yc-first-little-giant"]');
  assert.match(await giant.getAttribute('class'), /differs/);
  const [mark, title, a, b, delta] = await cells(giant);
  assert.match(mark, /≠/);
  assert.match(title, /永政办规〔2024〕1号 四、（一）/);
  assert.match(a, /^—/);
  assert.match(b, /^500,000 元可申领$/);
  assert.equal(delta, '+500,000 元');
  const provincial = page.locator('tr[data-entry="yc-first-provincial"]');
  assert.equal(await provincial.getAttribute('class'), null);
  const [mark2, , a2, b2, delta2] = await cells(provincial);
  assert.equal(mark2, '');
  assert.match(a2, /^100,000 元可申领$/);
  assert.match(b2, /^100,000 元可申领$/);
  assert.equal(delta2, '');
  // 同文 （五）: "推荐符合条件的专精特新“小巨人”企业…参评省、市高层次人才自主认定" — for B only, no amount.
  const talent = page.locator('tr[data-entry="yc-talent-self-recognition"]');
  assert.match(await talent.getAttribute('class'), /differs/);
  assert.match((await cells(talent))[3], /未定额/);
  // Those two rows, and only they, differ.
  assert.equal(await page.textContent('#differences'), '共 2 行有差异。');
  assert.equal(await page.locator('#compare-lines tr.differs').count(), 2);

  // Totals: claimable now at county level, 100,000 against 600,000 (and one more line without an
  // amount for B); the city and the province the same for both.
  const total = async (standing, level) => {
    const row = page.locator('#compare-totals tbody tr', { hasText: standing }).filter({ hasText: level });
    return cells(row.first());
  };
  const [m, , , ta, tb] = await total('现可申领', '县（区）级');
  assert.match(m, /≠/);
  assert.match(ta, /^100,000 元 \+ \d+ 项未定额$/);
  assert.match(tb, /^600,000 元 \+ \d+ 项未定额$/);
  const [ma, ...rest] = await total('现可申领', '省级');
  assert.equal(ma, '');
  assert.equal(rest[2], rest[3]);

  // Only the rows that differ, on request.
  await page.check('#only-diff');
  assert.equal(await page.locator('#compare-lines tbody tr').count(), 2);

  // Printable: the controls are not printed, the tables are.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#print'), false);
  assert.equal(await page.isVisible('#compare-lines'), true);
  await page.emulateMedia({ media: 'screen' });

  assertNoRequestAfterLoad(env, requests);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the same link in English', async () => {
  const { page, context } = await openPortfolio(env, { fragment: LINK, lang: 'en' });
  await page.waitForSelector('#compare-lines');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const [, , a, b, delta] = await cells(page.locator('tr[data-entry="yc-first-little-giant"]'));
  assert.match(a, /^—/);
  assert.match(b, /^500,000 yuanclaimable$/);
  assert.equal(delta, '+500,000 yuan');
  assert.equal(await page.textContent('#differences'), '2 rows differ.');
  await context.close();
});

test('a damaged part of a compare link is named, the rest is compared', async () => {
  const bad = compareFragment(`${SRDI};zz=1`, 'A', GIANT, 'B');
  const { page, context } = await openPortfolio(env, { fragment: bad });
  await page.waitForSelector('#compare-lines');
  assert.match(await page.textContent('main'), /A 的链接中有无法读取的部分，已忽略：zz=1/);
  assert.equal(await page.textContent('#differences'), '共 2 行有差异。');
  await context.close();
});

test('two rows of a loaded portfolio, compared side by side', async () => {
  const csv = [
    '企业名称,城市,区县,层级,专精特新中小企业首次认定日,小巨人首次认定日,评估日',
    '永春甲公司,泉州市,永春县,专精特新中小企业,2024-03-01,,2025-06-01',
    '永春乙公司,泉州市,永春县,小巨人,2024-03-01,2024-06-15,2025-06-01',
  ].join('\r\n');
  const { page, context, requests } = await openPortfolio(env);
  await loadFile(page, 'two.csv', Buffer.from(csv, 'utf8'));
  assert.equal(await page.isDisabled('#compare'), true);
  await page.check('tr[data-row="2"] input[type=checkbox]');
  await page.check('tr[data-row="3"] input[type=checkbox]');
  await page.click('#compare');
  await page.waitForSelector('#compare-lines');
  assert.match(page.url(), /#compare&a=v1%3B/);
  assert.match(await page.textContent('#name-a'), /永春甲公司/);
  assert.match(await page.textContent('#name-b'), /永春乙公司/);
  assert.equal((await cells(page.locator('tr[data-entry="yc-first-little-giant"]')))[4], '+500,000 元');
  // Back to the portfolio, still loaded.
  await page.click('#back');
  await page.waitForSelector('#firms');
  assert.equal(await page.locator('#firms tbody tr').count(), 2);
  assertNoRequestAfterLoad(env, requests);
  await context.close();
});

for (const [name, viewport] of [['desktop', DESKTOP], ['phone 360 px', PHONE]]) {
  for (const lang of ['zh', 'en']) {
    test(`axe-core: the comparison, ${name}, ${lang === 'zh' ? '中文' : 'English'}`, async () => {
      const { page, context } = await openPortfolio(env, { fragment: LINK, viewport, lang, bypassCSP: true });
      await page.waitForSelector('#compare-lines');
      assert.deepEqual(await axe(page, 'comparison'), []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'horizontal scrolling of the page (tables scroll in their own box)');
      await context.close();
    });
  }
}

// Nothing the user typed is lost, or changed behind their back (issue 17, items 5 and 6):
// a link pasted into the open tab is followed (and Back and Forward through it), an applied
// what-if can be undone and stepped back from with the browser's Back, so can a step of the
// questionnaire.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axe } from './axe.mjs';
import { openApp, servedPage } from './browser.mjs';

const env = servedPage(before, after);
const A = 'v1;c=quanzhou;k=yongchun;t=provincial;r=provincial:2024-03-01;d=2025-06-01';
const B = 'v1;c=xiamen;k=siming;t=little_giant_reserve;r=little_giant_reserve:2025-01-10;d=2025-06-01';
const share = (page) => page.inputValue('#share-url');

test('a link pasted into the open tab is followed, and Back and Forward through it', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await openApp(page, `${env.origin}/#${A}`);
  await page.evaluate(() => { window.sameDocument = true; });
  // Pasted into the address bar: only the fragment differs, the page is not reloaded.
  await page.goto(`${env.origin}/#${B};zz=1`);
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('c=xiamen'));
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'the page was reloaded');
  // What the link's decoder dropped is said.
  assert.match(await page.textContent('.notice'), /zz=1/);
  // The next edit writes onto the new link's answers, never the old ones.
  await page.fill('#eval-date', '2025-07-01');
  await page.waitForFunction(() => location.hash.includes('d=2025-07-01'));
  assert.match(page.url(), /c=xiamen;k=siming;t=little_giant_reserve/);
  assert.doesNotMatch(page.url(), /quanzhou/);
  // Back: the first link's answers; Forward: the pasted one's.
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('c=quanzhou'));
  assert.match(await share(page), /k=yongchun;t=provincial/);
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('c=xiamen'));
  assert.equal(await page.evaluate(() => window.sameDocument), true);
  await context.close();
});

test('"应用到答案" can be undone, and Back steps back through applied changes and steps', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await openApp(page, `${env.origin}/#${B}`);
  const apply = page.locator('.what-if li', { hasText: '国家专精特新“小巨人”企业' }).locator('button:has-text("应用到答案")');
  // Undo: the 后备 firm gets its tier back.
  await apply.click();
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('t=little_giant;'));
  await page.click('#undo');
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('t=little_giant_reserve'));
  assert.equal(await page.locator('#undo').count(), 0, 'the undo stays after undoing');
  assert.equal(await page.inputValue('#tier'), 'little_giant_reserve');
  // Back: the same.
  await apply.click();
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('t=little_giant;'));
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#share-url')?.value.includes('t=little_giant_reserve'));
  assert.equal(await page.inputValue('#tier'), 'little_giant_reserve');
  await context.close();
});

test('Back steps back through the steps, and from the first step leaves the page', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto('about:blank');
  await openApp(page, `${env.origin}/`);
  await page.selectOption('#city', 'quanzhou');
  await page.selectOption('#county', 'yongchun');
  // Typing makes no entry of its own: one Next, one Back to the place step.
  await page.click('#next');
  await page.waitForSelector('#tier');
  await page.selectOption('#tier', 'provincial');
  await page.waitForFunction(() => location.hash.includes('t=provincial'));
  await page.goBack();
  await page.waitForSelector('#city');
  assert.equal(await page.inputValue('#city'), 'quanzhou');
  assert.equal(await page.inputValue('#county'), 'yongchun');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('#tier')?.value === 'provincial');
  await page.goBack();
  await page.waitForSelector('#city');
  await page.goBack();
  assert.equal(page.url(), 'about:blank');
  await context.close();
});

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone 360 px', { width: 360, height: 780 }]]) {
  for (const lang of ['zh', 'en']) {
    test(`axe-core: the undo of an applied what-if, ${name}, ${lang === 'zh' ? '中文' : 'English'}`, async () => {
      // bypassCSP only to inject axe-core.
      const context = await env.browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      await openApp(page, `${env.origin}/#${B}`);
      if (lang === 'en') await page.click('#lang');
      await page.locator('.what-if li button.edit').first().click();
      await page.waitForSelector('#undo');
      assert.deepEqual(await axe(page, 'undo'), []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'horizontal scrolling');
      await context.close();
    });
  }
}

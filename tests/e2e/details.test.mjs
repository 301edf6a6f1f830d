// A line's details (its standing, event date, formula, citation, clause and window) are built
// when the line is opened, and for every line when a print is coming (src/print.rs): a link
// with every answer then opens with far fewer elements to make on a phone (issue 19, the
// phone-like figure in docs/performance.md), and the printout still shows every line whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { announcePrint, openApp, servedPage, shareFragment } from './browser.mjs';

const env = servedPage(before, after);

/** The page opened on the full profile (examples/full-profile.json): many lines at every level. */
async function full() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const profile = JSON.parse(await readFile('examples/full-profile.json', 'utf8'));
  await openApp(page, `${env.origin}/#${shareFragment(profile)}`);
  await page.waitForSelector('li.line');
  return { page, context };
}

const count = (page, selector) => page.locator(selector).count();
/** Waits until every one of the `lines` lines has its details built. */
const allDrawn = (page, lines) => page.waitForFunction((n) => document.querySelectorAll('li.line .formula').length === n, lines);

test('closed lines carry no details; opening one builds its own, closing it takes them away, and it stays open across a change', async () => {
  const { page, context } = await full();
  const lines = await count(page, 'li.line');
  assert.ok(lines >= 10, `${lines} lines`);
  assert.equal(await count(page, 'li.line dl'), 0);
  const first = page.locator('li.line').first();
  const id = await first.getAttribute('data-entry');
  await first.locator('summary').click();
  await first.locator('dl .formula').waitFor();
  assert.equal(await count(page, 'li.line dl'), 1);
  assert.match(await first.locator('.citation').textContent(), /〔20\d\d〕/);
  // The clause, read from its own file once the page has started (src/clauses.rs).
  await first.locator('blockquote').waitFor();
  assert.ok((await first.locator('blockquote').textContent()).length > 10);
  // The language switch re-renders every line: the opened one stays open, the others closed.
  await page.click('#lang');
  await page.waitForSelector('h1:has-text("SRDI")');
  assert.equal(await page.locator(`li.line[data-entry="${id}"] details`).evaluate((d) => d.open), true);
  assert.equal(await count(page, 'li.line dl'), 1);
  await page.locator(`li.line[data-entry="${id}"] summary`).click();
  await page.waitForFunction(() => document.querySelectorAll('li.line dl').length === 0);
  await context.close();
});

test('a print draws every line whole: the print button and the browser\'s own print', async () => {
  // The page's print button: every detail is in the page when the print dialog opens.
  {
    const { page, context } = await full();
    const lines = await count(page, 'li.line');
    await page.evaluate(() => { window.print = () => { window.__printed = document.querySelectorAll('li.line .formula').length; }; });
    await page.click('#print');
    await page.waitForFunction(() => window.__printed !== undefined);
    assert.equal(await page.evaluate(() => window.__printed), lines);
    await context.close();
  }
  // The browser's print (Ctrl+P, its menu) announces itself with `beforeprint`; in print media
  // every line is shown whole, the closed ones too, and back on screen they are closed as they
  // were: nothing opened under the user.
  {
    const { page, context } = await full();
    const lines = await count(page, 'li.line');
    await announcePrint(page);
    await allDrawn(page, lines);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('.level:last-of-type li.line:last-child .formula'), true);
    assert.equal(await page.isVisible('.level:last-of-type li.line:last-child blockquote'), true);
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('li.line details[open]').count(), 0);
    assert.equal(await page.isVisible('li.line .formula'), false);
    // The print over (`afterprint`), the details are taken away again: the page is as light as
    // before it.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForFunction(() => document.querySelectorAll('li.line .formula').length === 0);
    await context.close();
  }
});

test('the keyboard opens and closes a line: Enter and Space on its summary', async () => {
  const { page, context } = await full();
  const summary = page.locator('li.line summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.locator('li.line dl').first().waitFor();
  assert.equal(await page.locator('li.line details').first().evaluate((d) => d.open), true);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelectorAll('li.line dl').length === 0);
  assert.equal(await page.locator('li.line details').first().evaluate((d) => d.open), false);
  await context.close();
});

test('the browser\'s own print path: a PDF printed straight away has every line whole, as one printed after the details were built', async () => {
  // Chromium's print (here its print-to-PDF) fires `beforeprint` and lays the page out after
  // the page has answered it: the two PDFs have the same pages.
  const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const straight = await full();
  const lines = await count(straight.page, 'li.line');
  const direct = await straight.page.pdf({ format: 'A4' });
  await straight.context.close();
  const built = await full();
  await announcePrint(built.page);
  await allDrawn(built.page, lines);
  const after = await built.page.pdf({ format: 'A4' });
  await built.context.close();
  assert.ok(pages(after) > 3, `${pages(after)} pages`);
  assert.equal(pages(direct), pages(after));
});

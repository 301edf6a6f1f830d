// A new release is offered, never forced and never silent (issue 17, item 11): a user of
// release A opens the page again after release B was published (only index.html changed, and
// with it sw.js's version); the page stays A, and says "有新版本 — 重新载入"; a click brings B,
// with the answers (they are in the URL fragment).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { axe } from './axe.mjs';
import { launch, openApp, appReady, reloadApp } from './browser.mjs';

let server, browser, origin, dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srdi-update-'));
  await cp(resolve(process.env.DIST ?? 'dist'), dir, { recursive: true });
  server = await serve(dir, 0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); await rm(dir, { recursive: true, force: true }); });

const LINK = '#v1;c=xiamen;k=siming;t=provincial';

test('a waiting new release is offered with a notice; the click reloads into it, answers kept', async () => {
  // bypassCSP only to inject axe-core for the notice's accessibility check.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await openApp(page, `${origin}/${LINK}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const titleA = await page.title();
  // The first install offers nothing.
  assert.equal(await page.locator('#update').count(), 0);
  const cacheA = await page.evaluate(() => caches.keys());

  // Release B: index.html alone changed; the build's service-worker step gives sw.js a new
  // version from it.
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, 'index.html'), html.replace('<title>', '<title>B · '));
  execFileSync(process.execPath, ['scripts/make-sw.mjs', dir]);

  // The user opens the page again: the browser finds B, which waits; the page is still A.
  await reloadApp(page);
  const button = await page.waitForSelector('#update button', { timeout: 20_000 });
  assert.equal(await button.textContent(), '有新版本 — 重新载入 / A new version is available — reload');
  assert.equal(await page.title(), titleA);
  // The notice passes axe-core at desktop and phone width, in both languages.
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
    await page.setViewportSize(viewport);
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') await page.click('#lang');
      assert.deepEqual(await axe(page, `update notice ${viewport.width} ${lang}`), []);
      if (lang === 'en') await page.click('#lang');
    }
  }
  // B's files are cached beside A's, which still serve the page.
  assert.ok((await page.evaluate(() => caches.keys())).includes(cacheA[0]));

  // The click: B takes over, the page reloads into it, with the same answers.
  await Promise.all([page.waitForEvent('load'), button.click()]);
  await appReady(page);
  assert.equal(await page.title(), `B · ${titleA}`);
  assert.ok(page.url().endsWith(LINK), page.url());
  assert.match(await page.inputValue('#share-url'), /c=xiamen;k=siming;t=provincial/);
  const cacheB = await page.evaluate(() => caches.keys());
  assert.equal(cacheB.length, 1);
  assert.notDeepEqual(cacheB, cacheA);
  assert.equal(await page.locator('#update').count(), 0);
  await context.close();
});

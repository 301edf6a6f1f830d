// Subresource Integrity holds in Chromium (issue 17, item 10): the loader's fetch of the wasm
// carries the wasm's integrity value (scripts/sri.mjs), so a wasm changed after the build is
// refused, and the crash notice (www/crash.js) says so, instead of the changed program running.
// Tested with a copy of the release whose wasm has one text changed, bytes for bytes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { launch } from './browser.mjs';

// The page's title in the wasm's data, and a text of the same UTF-8 length put in its place.
const ORIGINAL = Buffer.from('惠企计算器');
const TAMPERED = Buffer.from('已被篡改了');
let server, browser, origin, dir;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srdi-sri-'));
  await cp(resolve(process.env.DIST ?? 'dist'), dir, { recursive: true });
  const wasm = (await readdir(dir)).find((f) => f.endsWith('_bg.wasm'));
  const bytes = await readFile(join(dir, wasm));
  let n = 0;
  for (let i = bytes.indexOf(ORIGINAL); i >= 0; i = bytes.indexOf(ORIGINAL, i + 1)) { TAMPERED.copy(bytes, i); n++; }
  assert.ok(n > 0, 'the title is not in the wasm: nothing to tamper with');
  await writeFile(join(dir, wasm), bytes);
  // The build's twins of the genuine wasm go too, as an attacker who rewrites a file would.
  for (const t of ['.br', '.gz']) await rm(join(dir, wasm + t), { force: true });
  server = await serve(dir, 0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); await rm(dir, { recursive: true, force: true }); });

test('a tampered wasm is refused and the crash notice is shown, not the altered text', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/#v1;c=quanzhou;k=yongchun`);
  const notice = await page.waitForSelector('.panic[role=alert]', { timeout: 20_000 });
  assert.match(await notice.textContent(), /重新加载 \/ Reload/);
  // The reload link keeps the answers (the fragment).
  assert.match(await page.getAttribute('.panic a.reload', 'href'), /#v1;c=quanzhou;k=yongchun$/);
  // Give a program that did start the time to render, then check it never did.
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('app-ready').length), 0, 'the app started');
  assert.ok(!(await page.content()).includes(TAMPERED.toString()), 'the tampered text is on the page');
  await page.close();
});

test('a tampered glue is refused (its modulepreload integrity) and the crash notice is shown', async () => {
  const glueDir = await mkdtemp(join(tmpdir(), 'srdi-sri-glue-'));
  await cp(resolve(process.env.DIST ?? 'dist'), glueDir, { recursive: true });
  const glue = (await readdir(glueDir)).find((f) => /-[0-9a-f]{8,16}\.js$/.test(f));
  await writeFile(join(glueDir, glue), `${await readFile(join(glueDir, glue), 'utf8')}\nconsole.log('tampered glue ran');`);
  for (const t of ['.br', '.gz']) await rm(join(glueDir, glue + t), { force: true });
  const glueServer = await serve(glueDir, 0);
  try {
    const page = await browser.newPage();
    const ran = [];
    page.on('console', (m) => { if (m.text().includes('tampered glue ran')) ran.push(m.text()); });
    await page.goto(`http://127.0.0.1:${glueServer.address().port}/#v1;c=quanzhou`);
    await page.waitForSelector('.panic[role=alert]', { timeout: 20_000 });
    assert.deepEqual(ran, []);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('app-ready').length), 0);
    await page.close();
  } finally {
    glueServer.close();
    await rm(glueDir, { recursive: true, force: true });
  }
});

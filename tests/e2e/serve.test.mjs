// scripts/serve.mjs, the server of the README's serve command and of the other end-to-end tests,
// run as its own process on a free port against a temporary folder: it serves nothing outside
// its root (a sibling folder whose name starts with the root's included), and sends the `.br`
// twin to browsers that accept br, else the `.gz` twin to those that accept gzip, else the file,
// always with `Vary: Accept-Encoding`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

const script = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
const glue = 'app-0123456789abcdef.js'; // a content-hashed name, as Trunk writes them
const page = '<!doctype html><title>page</title>' + '<p>专精特新 '.repeat(200);
const js = 'export function run() { return "专精特新惠企计算器"; }\n'.repeat(100);
let tmp, dist, server, port;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'srdi-serve-'));
  dist = join(tmp, 'dist');
  await mkdir(dist);
  // A sibling folder whose name starts with the served folder's: the old prefix test let
  // /..%2fdistX/secret.txt through.
  await mkdir(join(tmp, 'distX'));
  await writeFile(join(tmp, 'distX', 'secret.txt'), 'secret');
  await writeFile(join(tmp, 'secret.txt'), 'secret');
  for (const [name, text] of [['index.html', page], [glue, js]]) {
    await writeFile(join(dist, name), text);
    await writeFile(join(dist, name + '.br'), brotliCompressSync(text));
    await writeFile(join(dist, name + '.gz'), gzipSync(text));
  }
  await writeFile(join(dist, 'plain.txt'), 'no twins');
  server = spawn(process.execPath, [script, dist, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  server.stdout.setEncoding('utf8');
  while (!/:(\d+)\//.test(out)) {
    const [chunk] = await Promise.race([once(server.stdout, 'data'), once(server, 'exit').then(() => { throw new Error(`serve.mjs exited: ${out}`); })]);
    out += chunk;
  }
  port = Number(out.match(/127\.0\.0\.1:(\d+)\//)[1]);
});
after(async () => { server?.kill(); await rm(tmp, { recursive: true, force: true }); });

/** GET `path` exactly as written (no normalisation of dot segments or escapes). */
function get(path, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('nothing outside the served folder is served', async () => {
  for (const path of ['/..%2fdistX/secret.txt', '/..%2FdistX%2Fsecret.txt', '/%2e%2e%2fdistX/secret.txt',
    '/..%2fsecret.txt', '/..%5csecret.txt', '/../distX/secret.txt', '/%2e%2e/distX/secret.txt', '/distX/secret.txt']) {
    const r = await get(path);
    assert.ok([403, 404].includes(r.status), `${path}: ${r.status}`);
    assert.ok(!r.body.toString().includes('secret'), `${path} sent the secret`);
  }
  // The root itself and what is under it still are.
  assert.equal((await get('/')).status, 200);
  assert.equal((await get('/plain.txt')).status, 200);
});

test('br to browsers that accept it, else gzip, else the file; always Vary: Accept-Encoding', async () => {
  const cases = [
    ['gzip, deflate, br, zstd', 'br'], // a current Chromium
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['identity', undefined],
    [undefined, undefined],
  ];
  const decode = { br: brotliDecompressSync, gzip: gunzipSync, undefined: (b) => b };
  const etags = new Map();
  for (const [path, text] of [['/', page], ['/index.html', page], [`/${glue}`, js]]) {
    for (const [accept, coding] of cases) {
      const r = await get(path, accept === undefined ? {} : { 'Accept-Encoding': accept });
      const what = `${path} with Accept-Encoding ${accept}`;
      assert.equal(r.status, 200, what);
      assert.equal(r.headers['content-encoding'], coding, what);
      assert.equal(r.headers.vary, 'Accept-Encoding', what);
      assert.equal(decode[coding](r.body).toString(), text, what);
      if (coding) assert.ok(r.body.length < Buffer.byteLength(text), `${what}: not compressed`);
      // Each representation has its own ETag, so a cache never answers one coding with another.
      const known = etags.get(`${path} ${coding}`);
      if (known) assert.equal(r.headers.etag, known, what); else etags.set(`${path} ${coding}`, r.headers.etag);
    }
  }
  assert.equal(new Set([undefined, 'gzip', 'br'].map((c) => etags.get(`/ ${c}`))).size, 3);
  // The other headers are kept: the content-hashed glue is immutable, the page revalidated by
  // its ETag (304), and a file without twins is sent as it is.
  const g = await get(`/${glue}`, { 'Accept-Encoding': 'br' });
  assert.equal(g.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(g.headers['content-type'], 'text/javascript; charset=utf-8');
  const p = await get('/', { 'Accept-Encoding': 'br' });
  assert.equal(p.headers['cache-control'], 'no-cache');
  const again = await get('/', { 'Accept-Encoding': 'br', 'If-None-Match': p.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.headers.vary, 'Accept-Encoding');
  const plain = await get('/plain.txt', { 'Accept-Encoding': 'gzip, br' });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString(), 'no twins');
});

test('a twin left stale by a rewritten file is not sent', async () => {
  const next = js.replace('run', 'next');
  await writeFile(join(dist, glue), next);
  const r = await get(`/${glue}`, { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(r.headers['content-encoding'], undefined);
  assert.equal(r.body.toString(), next);
  // A fresh .br twin is sent again; the stale .gz still is not.
  await writeFile(join(dist, glue + '.br'), brotliCompressSync(next));
  assert.equal((await get(`/${glue}`, { 'Accept-Encoding': 'br' })).headers['content-encoding'], 'br');
  assert.equal((await get(`/${glue}`, { 'Accept-Encoding': 'gzip' })).headers['content-encoding'], undefined);
});

// The headers a host should send (README, hosting): framing forbidden by a header, since the
// page's own CSP is a meta tag and a meta tag cannot carry frame-ancestors; no MIME sniffing;
// no Referer. On every answer: a file, a 304, a refusal and a miss.
test('every answer carries the security headers a host should send', async () => {
  const ok = await get('/', { 'Accept-Encoding': 'br' });
  const answers = [
    ['/', ok],
    ['/ (304)', await get('/', { 'Accept-Encoding': 'br', 'If-None-Match': ok.headers.etag })],
    [`/${glue}`, await get(`/${glue}`)],
    ['/..%2fdistX/secret.txt', await get('/..%2fdistX/secret.txt')],
    ['/missing.txt', await get('/missing.txt')],
  ];
  assert.deepEqual(answers.map(([, r]) => r.status), [200, 304, 200, 403, 404]);
  for (const [what, r] of answers) {
    assert.equal(r.headers['content-security-policy'], "frame-ancestors 'none'", what);
    assert.equal(r.headers['x-frame-options'], 'DENY', what);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', what);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', what);
  }
});

test('a page of another origin cannot frame the served page (frame-ancestors as a header)', async () => {
  const { launch } = await import('./browser.mjs');
  const { createServer } = await import('node:http');
  // Another origin (another port) whose page frames the served one.
  const framer = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(`<!doctype html><iframe id="f" src="http://127.0.0.1:${port}/"></iframe>`);
  });
  await new Promise((ok) => framer.listen(0, '127.0.0.1', ok));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const blocked = page.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 10_000 });
    await page.goto(`http://127.0.0.1:${framer.address().port}/`);
    await blocked;
    // The frame holds no page of ours: its document never got the served title.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const title = await frame?.title().catch(() => '');
    assert.notEqual(title, 'page');
  } finally {
    await browser.close();
    framer.close();
  }
});

// Trunk writes the content hash in hex without its leading zeros: a 15-digit name is as
// immutable as a 16-digit one.
test('a content-hashed name with fewer than 16 hex digits is immutable too', async () => {
  const { hashed } = await import('../../scripts/serve.mjs');
  for (const name of ['srdi-calculator-598767615f7a761_bg.wasm', 'srdi-calculator-598767615f7a761.js', `x-${'a'.repeat(16)}.js`]) {
    assert.ok(hashed.test(name), name);
  }
  for (const name of ['index.html', 'sw.js', 'embed-example.html', 'srdi-calculator.js']) assert.ok(!hashed.test(name), name);
});

// A tiny static file server for dist/ on localhost, with no dependencies. Used by the README's
// serve command and by the end-to-end tests. Usage: node scripts/serve.mjs [dir] [port]
// Port 0 picks a free port; the address is printed on the first line of stdout. Sends a file's
// precompressed twin (scripts/precompress.mjs) as a production server would (nginx's
// brotli_static and gzip_static): `.br` to browsers that accept br, else `.gz` to those that
// accept gzip, else the file itself, always with `Vary: Accept-Encoding`. A twin that no longer
// decodes to its file (the file was rewritten after the build) is never sent. And the caching
// headers a host of the page should send: files whose name carries their content hash (the wasm
// and its glue) are immutable, so the service worker's precache of the first visit is answered
// from the browser's cache instead of downloading them a second time; every other file is
// revalidated (no-cache) against its ETag, answered by 304 when unchanged. Nothing outside `dir`
// is ever served (403). Every answer carries the security headers a host should send
// (`security` below; the README's hosting paragraph): the index.html's own CSP is a meta tag,
// which cannot forbid framing, so `frame-ancestors 'none'` travels as a header.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, resolve, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

// Trunk names the glue and the wasm <name>-<their content hash in hex>: 16 digits, fewer when the
// hash starts with zeros (it is written without them: a build of 2026-12-02 was named
// srdi-calculator-598767615f7a761_bg.wasm, and got no-cache).
export const hashed = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|json)$/;

/**
 * The headers every answer carries, as a host of the page should send them: a policy header
 * that forbids framing the page (clickjacking; `frame-ancestors` is ignored in a meta tag, and
 * X-Frame-Options for browsers that predate it), no MIME sniffing (the wasm is only ever run as
 * application/wasm), and no Referer (the fragment is never sent anyway; the path need not be).
 * The header policy adds to the page's own meta policy (scripts/csp.mjs): a browser enforces both.
 */
export const security = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The codings an Accept-Encoding header accepts (those listed without q=0, or under `*`). */
function accepts(header = '') {
  const q = new Map(header.split(',').map((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const qv = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return [coding.trim(), qv ? Number(qv.slice(2)) : 1];
  }));
  return (coding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
}

// The precompressed twins, best first, with the coding they are sent under.
const twins = [
  { ext: '.br', coding: 'br', decode: brotliDecompressSync },
  { ext: '.gz', coding: 'gzip', decode: gunzipSync },
];
// Twins found to decode to their file, by path, with the sizes and times of both when checked:
// each is checked once, not on every request.
const checked = new Map();

/** The bytes of `file`'s twin `ext`, if it exists and decodes to the file as it is now. */
async function twin(file, ext, decode) {
  const [f, t] = await Promise.all([stat(file), stat(file + ext)]).catch(() => []);
  if (!t) return null;
  const body = await readFile(file + ext);
  const key = `${f.size} ${f.mtimeMs} ${t.size} ${t.mtimeMs}`;
  if (checked.get(file + ext) !== key) {
    let same = false;
    try { same = decode(body).equals(await readFile(file)); } catch { /* not a valid twin */ }
    if (!same) return null;
    checked.set(file + ext, key);
  }
  return body;
}

/** Serves `dir` on `p`; `onResponse(path, status, bytes)`, if given, is told of every answer. */
export function serve(dir = root, p = port, onResponse = null) {
  const base = resolve(dir);
  const inside = base.endsWith(sep) ? base : base + sep;
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = resolve(join(base, path));
      // The root itself or below it: a bare prefix test would let /..%2fdistX/ reach a sibling
      // folder whose name starts with the root's.
      if (file !== base && !file.startsWith(inside)) { res.writeHead(403, security).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const ok = accepts(req.headers['accept-encoding']);
      let body = null, coding = null;
      for (const t of twins) {
        if (!ok(t.coding)) continue;
        body = await twin(file, t.ext, t.decode);
        if (body) { coding = t.coding; break; }
      }
      body ??= await readFile(file);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const headers = {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': hashed.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'ETag': etag,
        ...security,
        'Vary': 'Accept-Encoding',
        ...(coding ? { 'Content-Encoding': coding } : {}),
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        onResponse?.(path, 304, 0);
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
      onResponse?.(path, 200, body.length);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', ...security }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(p, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve();
  console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}/  (Ctrl-C to stop)`);
}

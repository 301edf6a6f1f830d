// A tiny static file server for dist/ on localhost, with no dependencies. Used by the README's
// serve command and by the end-to-end tests. Usage: node scripts/serve.mjs [dir] [port]
// Port 0 picks a free port; the address is printed on the first line of stdout. Sends a file's
// precompressed `.gz` twin to browsers that accept gzip, as a production server would, and the
// caching headers a host of the page should send: files whose name carries their content hash
// (the wasm and its glue) are immutable, so the service worker's precache of the first visit is
// answered from the browser's cache instead of downloading them a second time; every other file
// is revalidated (no-cache) against its ETag, answered by 304 when unchanged.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, normalize, resolve } from 'node:path';

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

// Trunk names the glue and the wasm <name>-<16 hex digits of their content hash>.
const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm)$/;

/** Serves `dir` on `p`; `onResponse(path, status, bytes)`, if given, is told of every answer. */
export function serve(dir = root, p = port, onResponse = null) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      // The precompressed file (scripts/precompress.mjs) when the browser accepts gzip.
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
        ? await readFile(file + '.gz').catch(() => null) : null;
      const body = gzip ?? await readFile(file);
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const headers = {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': hashed.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'ETag': etag,
        'X-Content-Type-Options': 'nosniff',
        'Vary': 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
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
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(p, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve();
  console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}/  (Ctrl-C to stop)`);
}

// Writes `<file>.gz` beside every text and wasm file of the release build, compressed with
// Zopfli: gzip format that any browser decodes, about 5% smaller than gzip -9. scripts/serve.mjs
// sends the .gz to a browser that accepts gzip (as nginx's gzip_static does), so these are the
// bytes a visitor really downloads. Usage: node scripts/precompress.mjs [dist]
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import zopfli from '@gfx/zopfli';

const dist = process.argv[2] ?? 'dist';
const compressible = /\.(html|js|mjs|css|wasm|json|webmanifest|svg|ts)$/;
const files = [];
const walk = (d) => readdirSync(d).forEach((f) => {
  const p = join(d, f);
  if (statSync(p).isDirectory()) walk(p); else if (compressible.test(p)) files.push(p);
});
walk(dist);
for (const f of files) {
  const raw = readFileSync(f);
  const gz = await zopfli.gzipAsync(raw, { numiterations: 15 });
  // A broken encoder would break the page: check the round trip before writing.
  if (!gunzipSync(gz).equals(raw)) throw new Error(`zopfli round trip failed for ${f}`);
  writeFileSync(f + '.gz', gz);
}
console.log(`precompressed ${files.length} files (zopfli)`);

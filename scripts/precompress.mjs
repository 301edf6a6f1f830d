// Writes two precompressed twins beside every text and wasm file of the release build, so that
// these are the bytes a visitor really downloads (scripts/serve.mjs sends them as nginx's
// brotli_static and gzip_static do):
// - `<file>.br`: brotli at its maximum quality (11), text or generic mode by kind, with the
//   file's size as a hint; what every current browser accepts and gets;
// - `<file>.gz`: Zopfli, the gzip format any browser or host decodes, about 5% smaller than
//   gzip -9; for hosts without brotli.
// Both are built with no dependency beyond Zopfli (brotli is Node's own zlib), and each is
// decoded again and compared with its file before it is written.
// Two encoder settings found on the release build of 2026-12-01 (docs/performance.md, "First
// load after the clients and inputs work"), the same formats: Zopfli may split the deflate
// stream into up to 60 blocks instead of 15 (the wasm 0.3 KB smaller, the build a minute
// longer), and brotli is also tried with 64 KB input blocks (lgblock 16), the smaller kept
// (the wasm 0.2 KB smaller).
// Usage: node scripts/precompress.mjs [dist]
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import zopfli from '@gfx/zopfli';
import { COMPRESSIBLE, brotli } from './sizes.mjs';

const dist = process.argv[2] ?? 'dist';
const files = [];
const walk = (d) => readdirSync(d).forEach((f) => {
  const p = join(d, f);
  if (statSync(p).isDirectory()) walk(p); else if (COMPRESSIBLE.test(p)) files.push(p);
});
walk(dist);

/** `brotli(raw, file)` with input blocks of 2^16 bytes. */
function brotliSmallBlocks(raw, file) {
  return brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [constants.BROTLI_PARAM_LGBLOCK]: 16,
    },
  });
}

for (const f of files) {
  const raw = readFileSync(f);
  const gz = await zopfli.gzipAsync(raw, { numiterations: 15, blocksplittingmax: 60 });
  const br = [brotli(raw, f), brotliSmallBlocks(raw, f)].reduce((a, b) => (b.length < a.length ? b : a));
  // A broken encoder would break the page: check each round trip before writing.
  if (!gunzipSync(gz).equals(raw)) throw new Error(`zopfli round trip failed for ${f}`);
  if (!brotliDecompressSync(br).equals(raw)) throw new Error(`brotli round trip failed for ${f}`);
  writeFileSync(f + '.gz', gz);
  writeFileSync(f + '.br', br);
}
console.log(`precompressed ${files.length} files (brotli 11, zopfli)`);

// Prints raw, gzip and brotli sizes of every file in dist/ and their total.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
// --first-load: only what index.html loads (not the JS API or the example beside it).
const firstLoad = process.argv.includes('--first-load');
const files = [];
const walk = (d) => readdirSync(d).forEach((f) => {
  const p = join(d, f);
  statSync(p).isDirectory() ? walk(p) : files.push(p);
});
walk(dir);
// A precompressed twin is what the server sends for its file: it is counted in the gzip column.
files.splice(0, files.length, ...files.filter((f) => !f.endsWith('.gz')));
if (firstLoad) {
  const skip = (f) => f.includes('/api/') || f.endsWith('embed-example.html');
  files.splice(0, files.length, ...files.filter((f) => !skip(f)));
}
export function sizes(paths) {
  return paths.map((p) => {
    const b = readFileSync(p);
    const gz = existsSync(p + '.gz') ? statSync(p + '.gz').size : gzipSync(b, { level: 9 }).length;
    return { file: p, raw: b.length, gzip: gz,
      brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
}
const rows = sizes(files.sort());
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log('file'.padEnd(56) + '     raw'.padStart(11) + '    gzip'.padStart(11) + '  brotli'.padStart(11));
for (const r of rows) console.log(r.file.padEnd(56) + kb(r.raw) + kb(r.gzip) + kb(r.brotli));
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log('total'.padEnd(56) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));

// Raw, gzip and brotli sizes of the files of a build, and their total.
//   node scripts/sizes.mjs [dist] [--first-load] [--budget KB]
// --first-load: only what index.html loads (not the JS API or the example beside it).
// --budget [KB]: also print PASS/FAIL for the total gzip size (default: the first-load budget,
// FIRST_LOAD_BUDGET_KB), and exit 1 on FAIL.
// The gzip column is what the server sends: the Zopfli `.gz` twin where the build made one
// (scripts/precompress.mjs), else gzip -9.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** The files of `dir`; with `firstLoad`, only those the page itself loads. */
export function files(dir, firstLoad = false) {
  const all = [];
  const walk = (d) => readdirSync(d).forEach((f) => {
    const p = join(d, f);
    statSync(p).isDirectory() ? walk(p) : all.push(p);
  });
  walk(dir);
  // A precompressed twin is counted in the gzip column of its file, not as a file of its own.
  return all
    .filter((f) => !f.endsWith('.gz'))
    .filter((f) => !firstLoad || !(f.includes('/api/') || f.endsWith('embed-example.html')))
    .sort();
}

export function sizes(paths) {
  return paths.map((p) => {
    const b = readFileSync(p);
    const gz = existsSync(p + '.gz') ? statSync(p + '.gz').size : gzipSync(b, { level: 9 }).length;
    return { file: p, raw: b.length, gzip: gz,
      brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
}

export function total(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
}

/** The first-load budget of the performance issue: 150 KB gzip, catalogue and clauses included. */
export const FIRST_LOAD_BUDGET_KB = 150;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && !/^\d/.test(a)) ?? 'dist';
  const budgetAt = args.indexOf('--budget');
  // `--budget` alone: the first-load budget below.
  const given = Number(args[budgetAt + 1]);
  const budget = budgetAt < 0 ? null : Number.isFinite(given) ? given : FIRST_LOAD_BUDGET_KB;
  const rows = sizes(files(dir, args.includes('--first-load')));
  const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
  console.log('file'.padEnd(56) + '     raw'.padStart(11) + '    gzip'.padStart(11) + '  brotli'.padStart(11));
  for (const r of rows) console.log(r.file.padEnd(56) + kb(r.raw) + kb(r.gzip) + kb(r.brotli));
  const t = total(rows);
  console.log('total'.padEnd(56) + kb(t.raw) + kb(t.gzip) + kb(t.brotli));
  if (budget !== null) {
    const pass = t.gzip / 1024 <= budget;
    console.log(`${pass ? 'PASS' : 'FAIL'} size.first_load.gzip_kb ≤ ${budget}: ${(t.gzip / 1024).toFixed(1)}`);
    if (!pass) process.exitCode = 1;
  }
}

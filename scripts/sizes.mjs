// Raw, gzip and brotli sizes of the files of a build, and their totals.
//   node scripts/sizes.mjs [dist] [--first-load] [--budget]
// --first-load: only what index.html loads (not the JS API, the example, the portfolio page or
// the policy library's page beside it).
// --library: the policy library's page (dist/library): with --budget, its own budget
// (LIBRARY_BUDGET_KB brotli, docs/performance.md).
// --portfolio: the portfolio page's directory (dist/portfolio): with --budget, its own budget
// (PORTFOLIO_BUDGET_KB brotli, docs/performance.md) instead of the calculator's.
// --budget: also print PASS/FAIL for both first-load budgets, brotli (FIRST_LOAD_BUDGET_KB, what
// a current browser receives) and gzip (FIRST_LOAD_GZIP_BUDGET_KB, a host without brotli), and
// exit 1 if either fails.
// The gzip and brotli columns are what the server sends: the precompressed `.gz` (Zopfli) and
// `.br` (brotli 11) twins where the build made them (scripts/precompress.mjs), else gzip -9 and
// the same brotli settings computed here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** The files the build precompresses (scripts/precompress.mjs): text and wasm, not images. */
export const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|webmanifest|svg|ts)$/;

/** A precompressed twin of a file, counted in its file's row, never as a file of its own. */
export const TWIN = /\.(gz|br)$/;

/** Brotli as the build writes it: quality 11, generic mode for the wasm, text mode for the rest. */
export function brotli(raw, file) {
  return brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
}

/** The files of `dir`; with `firstLoad`, only those the page itself loads. */
export function files(dir, firstLoad = false) {
  const all = [];
  const walk = (d) => readdirSync(d).forEach((f) => {
    const p = join(d, f);
    statSync(p).isDirectory() ? walk(p) : all.push(p);
  });
  walk(dir);
  return all
    .filter((f) => !TWIN.test(f))
    .filter((f) => !firstLoad || !(f.includes('/api/') || f.includes('/portfolio/') || f.includes('/library/') || f.endsWith('embed-example.html')))
    .sort();
}

export function sizes(paths) {
  return paths.map((p) => {
    const b = readFileSync(p);
    const twin = (ext) => (existsSync(p + ext) ? statSync(p + ext).size : null);
    return { file: p, raw: b.length,
      gzip: twin('.gz') ?? gzipSync(b, { level: 9 }).length,
      brotli: twin('.br') ?? brotli(b, p).length };
  });
}

export function total(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
}

/** The first-load budget: 150 KB as a current browser receives it (the brotli twins),
 *  the catalogue included. The clauses the line details quote are not in it: the page reads
 *  them from api/clauses-*.json once it has started (src/clauses.rs). */
export const FIRST_LOAD_BUDGET_KB = 150;
/** The first load from a host that sends only gzip (the Zopfli twins): the brief's 165 KB. */
export const FIRST_LOAD_GZIP_BUDGET_KB = 165;

/** The portfolio page (dist/portfolio/, everything it loads: page, script, wasm with the
 *  engine, the catalogue and the .xlsx reader), as a current browser receives it (brotli). It
 *  is opened by consultants and offices for a list of firms, not on a phone's first visit, so
 *  it is allowed more than the calculator; docs/performance.md. */
export const PORTFOLIO_BUDGET_KB = 350;

/** The policy library's page (dist/library/: page, glue, its wasm with the engine, catalogue,
 *  clauses and search), brotli. Opened for browsing the catalogue, not on the calculator's
 *  first visit; 83.6 KB when it was split off (2026-12-02), held at 100 (docs/performance.md). */
export const LIBRARY_BUDGET_KB = 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const rows = sizes(files(dir, args.includes('--first-load')));
  const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
  console.log('file'.padEnd(56) + '     raw'.padStart(11) + '    gzip'.padStart(11) + '  brotli'.padStart(11));
  for (const r of rows) console.log(r.file.padEnd(56) + kb(r.raw) + kb(r.gzip) + kb(r.brotli));
  const t = total(rows);
  console.log('total'.padEnd(56) + kb(t.raw) + kb(t.gzip) + kb(t.brotli));
  if (args.includes('--budget') && args.includes('--portfolio')) {
    const pass = t.brotli / 1024 <= PORTFOLIO_BUDGET_KB;
    console.log(`${pass ? 'PASS' : 'FAIL'} size.portfolio.brotli_kb ≤ ${PORTFOLIO_BUDGET_KB}: ${(t.brotli / 1024).toFixed(1)}`);
    if (!pass) process.exitCode = 1;
  } else if (args.includes('--budget') && args.includes('--library')) {
    const pass = t.brotli / 1024 <= LIBRARY_BUDGET_KB;
    console.log(`${pass ? 'PASS' : 'FAIL'} size.library.brotli_kb ≤ ${LIBRARY_BUDGET_KB}: ${(t.brotli / 1024).toFixed(1)}`);
    if (!pass) process.exitCode = 1;
  } else if (args.includes('--budget')) {
    for (const [name, bytes, budget] of [['brotli', t.brotli, FIRST_LOAD_BUDGET_KB], ['gzip', t.gzip, FIRST_LOAD_GZIP_BUDGET_KB]]) {
      const pass = bytes / 1024 <= budget;
      console.log(`${pass ? 'PASS' : 'FAIL'} size.first_load.${name}_kb ≤ ${budget}: ${(bytes / 1024).toFixed(1)}`);
      if (!pass) process.exitCode = 1;
    }
  }
}

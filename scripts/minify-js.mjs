// Minifies the page's wasm-bindgen glue (dist/<name>.js) with terser, in place, and re-pins its
// Subresource Integrity hash in dist/index.html. Trunk's own minifier gives up on the glue's
// `export default`, leaving it as written. Run after scripts/minify-imports.mjs, before the CSP,
// service-worker and precompression steps. Usage: node scripts/minify-js.mjs [dist]
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { repin } from './sri.mjs';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
const glue = readdirSync(dist).filter((f) => f.endsWith('.js') && readdirSync(dist).includes(f.replace(/\.js$/, '_bg.wasm')));
if (glue.length !== 1) throw new Error(`expected one wasm-bindgen glue in ${dist}, found ${glue.join(', ')}`);
const path = join(dist, glue[0]);
const before = readFileSync(path);
// The exports are the page's API to its loader and to the wasm: keep their names (module scope
// is never mangled at the top level of an ES module by default; `module: true` allows the rest).
const out = await minify(before.toString('utf8'), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!out.code) throw new Error(`terser produced nothing for ${path}`);
const after = Buffer.from(out.code, 'utf8');
writeFileSync(path, after);
for (const t of ['.gz', '.br']) rmSync(path + t, { force: true });
const htmlPath = join(dist, 'index.html');
const html = readFileSync(htmlPath, 'utf8');
const { html: pinnedHtml, pinned } = repin(html, [[glue[0], before, after]]);
if (!pinned.length) throw new Error(`index.html pins no integrity hash for ${glue[0]}`);
writeFileSync(htmlPath, pinnedHtml);
console.log(`minified ${glue[0]}: ${before.length} -> ${after.length} bytes`);

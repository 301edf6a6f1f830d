// Writes dist/sw.js from scripts/sw.template.js: the list of the page's files and a version
// derived from their contents, so each release gets a fresh cache. Minified (terser): it is part
// of the first visit's transfer.
import { minify } from 'terser';
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const files = [];
const walk = (d) => readdirSync(d).forEach((f) => {
  const p = join(d, f);
  if (statSync(p).isDirectory()) walk(p); else files.push(p);
});
walk(dist);
// The page's own files, not their .gz and .br twins (the server picks one by the browser's
// Accept-Encoding), nor the JS API's types and example, nor the portfolio page (portfolio/, its
// own wasm) or the policy library's page (library/, its own wasm), which the page never loads:
// precaching them would add hundreds of KB to every first visit of the calculator. The JS API's
// module and wasm are listed: the page writes its exports and reads an import with them
// (www/api.js), and with this copy it does so offline and without a request after load. They
// are fetched once the page has loaded, after its first load (docs/performance.md).
/** A file's path inside dist, with '/' on every platform. */
const rel = (f) => relative(dist, f).split('\\').join('/');
// So is the clauses' file beside it (src/clauses.rs), which the page reads once it has started.
const clauses = files.map(rel).filter((f) => /^api\/clauses-[0-9a-f]{16}\.json$/.test(f));
if (clauses.length !== 1) throw new Error(`make-sw: expected one api/clauses-*.json in ${dist}, found ${clauses.length}`);
const api = ['api/srdi_api.js', 'api/srdi_api_bg.wasm', ...clauses];
const own = files
  .filter((f) => !f.endsWith('sw.js') && !/\.(gz|br)$/.test(f))
  .filter((f) => api.includes(rel(f)) || (!/^(api|portfolio|library)\b/.test(rel(f)) && !f.endsWith('embed-example.html')))
  .sort();
for (const f of api) if (!own.some((o) => rel(o) === f)) throw new Error(`make-sw: ${f} is missing from ${dist}`);
const hash = createHash('sha256');
for (const f of own) hash.update(f).update(readFileSync(f));
// The page as "./" only (sw.template.js answers index.html with it): listing both would download
// it twice on the first visit.
const list = ['./', ...own.filter((f) => rel(f) !== 'index.html').map((f) => './' + rel(f))];
const sw = readFileSync('scripts/sw.template.js', 'utf8')
  .replace('__VERSION__', hash.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(list, null, 2));
const min = await minify(sw, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
if (!min.code) throw new Error('terser produced nothing for sw.js');
writeFileSync(join(dist, 'sw.js'), min.code);
console.log(`dist/sw.js: ${list.length} files cached`);

// Writes dist/sw.js from scripts/sw.template.js: the list of the page's files and a version
// derived from their contents, so each release gets a fresh cache.
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
// The page's own files, not their .gz twins (the server picks those), nor the JS API and its
// example, which the page never loads: precaching them would add 100 KB to every first visit.
const own = files
  .filter((f) => !f.endsWith('sw.js') && !f.endsWith('.gz'))
  .filter((f) => !relative(dist, f).startsWith('api') && !f.endsWith('embed-example.html'))
  .sort();
const hash = createHash('sha256');
for (const f of own) hash.update(f).update(readFileSync(f));
const list = ['./', ...own.map((f) => './' + relative(dist, f).split('\\').join('/'))];
const sw = readFileSync('scripts/sw.template.js', 'utf8')
  .replace('__VERSION__', hash.digest('hex').slice(0, 16))
  .replace('__FILES__', JSON.stringify(list, null, 2));
writeFileSync(join(dist, 'sw.js'), sw);
console.log(`dist/sw.js: ${list.length} files cached`);

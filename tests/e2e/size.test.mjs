// The size budgets of the first load, on the release build (dist/, or $DIST): everything the
// page's first load transfers, the catalogue included (inside the wasm), compressed as the
// server sends it: at most 150 KB as a current browser receives it (the brotli .br twins) and
// at most 165 KB from a host that sends only gzip (the Zopfli .gz twins). The clauses the line
// details quote are read after the page has started, from api/ (src/clauses.rs), and are not
// part of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPRESSIBLE, files, sizes, total, FIRST_LOAD_BUDGET_KB, FIRST_LOAD_GZIP_BUDGET_KB, LIBRARY_BUDGET_KB } from '../../scripts/sizes.mjs';

const dir = process.env.DIST ?? 'dist';
const rows = () => sizes(files(dir, true));
const list = (rs, key) => rs.map((r) => `  ${r.file} ${(r[key] / 1024).toFixed(1)} KB`).join('\n');

test('the first load is all there, each compressible file with its .br and .gz twins, each smaller than the file', () => {
  const rs = rows();
  // The page's own files are all there: the page (with its stylesheet and first screen
  // inlined), the glue and the wasm.
  for (const kind of [/index\.html$/, /_bg\.wasm$/, /\.js$/]) {
    assert.ok(rs.some((r) => kind.test(r.file)), `no ${kind} in ${dir}`);
  }
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(page, /<style>[\s\S]{1000,}?<\/style>/, 'the stylesheet is not inlined in index.html');
  assert.match(page, /id="?total-exact"?/, 'the first screen is not pre-rendered in index.html');
  // Every compressible file has both twins, so the figures are what is really sent.
  const compressible = rs.filter((r) => COMPRESSIBLE.test(r.file));
  assert.ok(compressible.length >= 3);
  for (const r of compressible) {
    for (const ext of ['.br', '.gz']) assert.ok(existsSync(r.file + ext), `${r.file}${ext} missing`);
    assert.ok(r.brotli < r.raw, `${r.file}.br (${r.brotli} B) not smaller than the file (${r.raw} B)`);
    assert.ok(r.gzip < r.raw, `${r.file}.gz (${r.gzip} B) not smaller than the file (${r.raw} B)`);
  }
});

test(`the first load is at most ${FIRST_LOAD_BUDGET_KB} KB brotli`, () => {
  const rs = rows();
  const kb = total(rs).brotli / 1024;
  assert.ok(kb <= FIRST_LOAD_BUDGET_KB, `first load ${kb.toFixed(1)} KB brotli > ${FIRST_LOAD_BUDGET_KB} KB:\n${list(rs, 'brotli')}`);
});

test(`the first load is at most ${FIRST_LOAD_GZIP_BUDGET_KB} KB gzip`, () => {
  const rs = rows();
  const kb = total(rs).gzip / 1024;
  assert.ok(kb <= FIRST_LOAD_GZIP_BUDGET_KB, `first load ${kb.toFixed(1)} KB gzip > ${FIRST_LOAD_GZIP_BUDGET_KB} KB:\n${list(rs, 'gzip')}`);
});

test(`the policy library's page is its own: outside the first load and the precache, at most ${LIBRARY_BUDGET_KB} KB brotli`, () => {
  const lib = join(dir, 'library');
  assert.ok(existsSync(join(lib, 'index.html')), `no ${lib}/index.html`);
  assert.deepEqual(rows().filter((r) => r.file.includes('/library/')).map((r) => r.file), [], 'library/ counted in the first load');
  assert.doesNotMatch(readFileSync(join(dir, 'sw.js'), 'utf8'), /library\//, 'sw.js precaches library/');
  const rs = sizes(files(lib));
  assert.ok(rs.some((r) => /_bg\.wasm$/.test(r.file)), 'the library page has its own wasm');
  const kb = total(rs).brotli / 1024;
  assert.ok(kb <= LIBRARY_BUDGET_KB, `library page ${kb.toFixed(1)} KB brotli > ${LIBRARY_BUDGET_KB} KB:\n${list(rs, 'brotli')}`);
});

// The clauses stay out of the first load: a page that called the engine's `Entry::clause()`
// would link every clause into its wasm again, silently. They are in the file the page reads
// once it has started, whole and verbatim.
test('the page\'s wasm carries no clause; api/clauses-*.json has every one', () => {
  const wasm = readdirSync(dir).find((f) => /_bg\.wasm$/.test(f));
  const bytes = readFileSync(join(dir, wasm));
  const file = readdirSync(join(dir, 'api')).find((f) => /^clauses-[0-9a-f]{16}\.json$/.test(f));
  assert.ok(file, 'no api/clauses-*.json');
  const clauses = JSON.parse(readFileSync(join(dir, 'api', file), 'utf8'));
  assert.ok(Object.keys(clauses).length >= 100, `${Object.keys(clauses).length} clauses`);
  // 永政办规〔2024〕1号 四、（一）, as the source text has it.
  assert.match(clauses['yc-first-provincial'], /在省级奖励基础上，县财政分别给予每家一次性 50 万元、10 万元的叠加奖励/);
  for (const [id, text] of Object.entries(clauses)) {
    // A title may repeat a clause's first words; no clause is in the wasm whole.
    assert.equal(bytes.includes(Buffer.from(text)), false, `the clause of ${id} is in ${wasm}`);
  }
});

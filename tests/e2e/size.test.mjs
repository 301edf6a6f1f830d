// The size budget of the performance issue, on the release build (dist/, or $DIST): everything
// the page's first load transfers, compressed as the server sends it (the Zopfli .gz twins),
// catalogue and clause texts included (they are inside the wasm), at most 150 KB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { files, sizes, total, FIRST_LOAD_BUDGET_KB } from '../../scripts/sizes.mjs';

const dir = process.env.DIST ?? 'dist';

test(`the first load is at most ${FIRST_LOAD_BUDGET_KB} KB gzip`, () => {
  const rows = sizes(files(dir, true));
  // The page's own files are all there: the page (with its stylesheet and first screen
  // inlined), the glue and the wasm.
  for (const kind of [/index\.html$/, /_bg\.wasm$/, /\.js$/]) {
    assert.ok(rows.some((r) => kind.test(r.file)), `no ${kind} in ${dir}`);
  }
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(page, /<style>[\s\S]{1000,}?<\/style>/, 'the stylesheet is not inlined in index.html');
  assert.match(page, /id="?total-exact"?/, 'the first screen is not pre-rendered in index.html');
  // Every compressible file has its .gz twin, so the figure is what is really sent.
  for (const r of rows) if (/\.(html|js|css|wasm)$/.test(r.file)) assert.ok(r.gzip < r.raw, `${r.file} not compressed`);
  const kb = total(rows).gzip / 1024;
  assert.ok(kb <= FIRST_LOAD_BUDGET_KB, `first load ${kb.toFixed(1)} KB gzip > ${FIRST_LOAD_BUDGET_KB} KB:\n` +
    rows.map((r) => `  ${r.file} ${(r.gzip / 1024).toFixed(1)} KB`).join('\n'));
});

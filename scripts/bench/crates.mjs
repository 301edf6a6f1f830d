// The page's wasm by crate: reads `twiggy top --format csv` of a build that kept its names
// (scripts/bench.sh makes one) and sums each item's own size under the crate that defines it.
// Generic code is counted under the crate of the generic, except Yew's lifecycle of one of our
// components, into which the component's body is inlined (counted as srdi_calculator); the data
// section (catalogue, texts, tables) is one row.
//   node scripts/bench/crates.mjs twiggy.csv [json-out]
import { readFileSync, writeFileSync } from 'node:fs';

const [csvPath, jsonOut] = process.argv.slice(2);
const lines = readFileSync(csvPath, 'utf8').trim().split('\n').slice(1);
// Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent — names may be quoted.
const rows = lines.map((l) => {
  const m = l.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  return { name: m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), size: Number(m[2]) };
});
const bytes = new Map();
let total = 0;
for (const { name, size } of rows) {
  if (/subsection"?$/.test(name) || name.startsWith('custom section')) continue; // names, not shipped
  total += size;
  let key;
  if (name.startsWith('data segment')) key = '[data: catalogue, texts, tables]';
  // A component's body is inlined into Yew's lifecycle for it: counted as the page's own code.
  else if (/CompStateInner<srdi_calculator\[/.test(name)) key = 'srdi_calculator';
  else key = name.match(/([a-z_][a-z0-9_]*)\[[0-9a-f]+\]/)?.[1] ?? '[other: glue, tables, imports]';
  bytes.set(key, (bytes.get(key) ?? 0) + size);
}
const ranked = [...bytes].sort((a, b) => b[1] - a[1]);
console.log(`wasm by crate (${(total / 1024).toFixed(1)} KB after wasm-opt, names removed):`);
for (const [crate, n] of ranked.slice(0, 16)) {
  console.log(`  ${crate.padEnd(36)}${(n / 1024).toFixed(1).padStart(7)} KB ${(100 * n / total).toFixed(1).padStart(5)} %`);
}
const rest = ranked.slice(16).reduce((s, [, n]) => s + n, 0);
console.log(`  ${'(the rest)'.padEnd(36)}${(rest / 1024).toFixed(1).padStart(7)} KB ${(100 * rest / total).toFixed(1).padStart(5)} %`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ total, crates: Object.fromEntries(ranked) }, null, 1) + '\n');

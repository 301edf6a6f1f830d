// `srdi batch` natively: a 100,000-row template (the good rows of examples/portfolio-50.csv,
// repeated) read, evaluated on every core and written as CSV; the budget is at least 100,000
// firms a second (issue 19), wall clock of the whole command (start, read, evaluate, write).
//   node scripts/bench/batch.mjs [path/to/srdi] [runs]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const bin = process.argv[2] ?? 'target/release/srdi';
const runs = Number(process.argv[3] ?? 5);
const FIRMS = 100_000;
const BUDGET = 100_000;
mkdirSync('target/bench', { recursive: true });
const lines = readFileSync('examples/portfolio-50.csv', 'utf8').split('\r\n').filter((l) => l !== '');
const [header, ...rows] = lines;
const good = rows.filter((l) => !l.includes('错例'));
const body = Array.from({ length: FIRMS }, (_, i) => good[i % good.length]);
const input = 'target/bench/portfolio-100000.csv';
writeFileSync(input, [header, ...body, ''].join('\r\n'));
const rates = [];
for (let i = 0; i < runs; i++) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(bin, ['batch', '--date', '2026-03-01', '--out', 'target/bench/portfolio-100000.out.csv', input], { encoding: 'utf8' });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) { console.log(`  run ${i + 1}: exit ${r.status}\n${r.stderr}`); process.exit(2); }
  rates.push(FIRMS / s);
  console.log(`  run ${i + 1}: ${s.toFixed(3)} s, ${Math.round(FIRMS / s).toLocaleString('en')} firms/s`);
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(`  ${FIRMS.toLocaleString('en')} firms (${good.length} rows of examples/portfolio-50.csv repeated), ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const pass = median >= BUDGET;
console.log(`${pass ? 'PASS' : 'FAIL'} batch.firms_per_s ≥ ${BUDGET}: ${Math.round(median)}`);
process.exitCode = pass ? 0 : 1;

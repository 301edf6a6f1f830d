// The engine's figures from criterion (cargo bench -p srdi-engine --bench evaluate): the median
// time of each benchmark, and the budget for a full profile natively (at most 20 µs).
//   node scripts/bench/engine.mjs [target/criterion]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'target/criterion';
const BUDGET_US = 20;
const benches = [
  ['engine_full_profile/evaluate', 'full profile (every field, 5 loans)'],
  ['engine_loans/1', '1 loan'],
  ['engine_loans/10', '10 loans'],
  ['engine_loans/50', '50 loans'],
  ['engine_catalogue_x10/x1', 'catalogue as it is (77 entries)'],
  ['engine_catalogue_x10/x10', 'catalogue repeated 10× (770 entries)'],
];
const us = {};
for (const [id, label] of benches) {
  const file = join(dir, id, 'new/estimates.json');
  if (!existsSync(file)) { console.log(`  ${label}: no result (${file})`); continue; }
  const e = JSON.parse(readFileSync(file, 'utf8'));
  us[id] = e.median.point_estimate / 1000;
  const [lo, hi] = [e.median.confidence_interval.lower_bound / 1000, e.median.confidence_interval.upper_bound / 1000];
  console.log(`  ${label.padEnd(40)} median ${us[id].toFixed(2).padStart(8)} µs  (95% CI ${lo.toFixed(2)}–${hi.toFixed(2)})`);
}
const full = us['engine_full_profile/evaluate'];
const pass = full !== undefined && full <= BUDGET_US;
console.log(`${pass ? 'PASS' : 'FAIL'} engine.full_profile.median_us ≤ ${BUDGET_US}: ${full?.toFixed(2) ?? 'missing'}`);
process.exitCode = pass ? 0 : 1;

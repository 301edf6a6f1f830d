#!/usr/bin/env bash
# The benchmark command (README): measures the release page and the engine and prints PASS/FAIL
# for every budget of docs/performance.md. Installs what it needs first (scripts/setup.sh).
#   1. transfer size of the first load (raw, gzip as served, brotli) and the wasm by crate (twiggy);
#   2-5. in headless Chromium: start-up against a blank page, input → updated totals, the engine
#        in wasm, memory after 1,000 recalculations (scripts/bench/page.mjs);
#   4, 6. natively: criterion, a full profile, 1/10/100 loans, the catalogue ×10;
#   7. natively: `srdi batch` on 100,000 firms (scripts/bench/batch.mjs), at least 100,000 a second.
#   8. the portfolio page (dist/portfolio/): 1,000 firms from a spreadsheet ≤ 1 s, and 10,000
#      (scripts/bench/portfolio.mjs).
#   10. the calculator on a phone-like profile: cold loads at 360 px with the CPU 4× slower and
#      Lighthouse's slow 4G (DevTools throttling), interactive ≤ 2.5 s (scripts/bench/phone.mjs).
# SKIP_BUILD=1 measures the dist/ already there. Exits non-zero if any budget fails.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh bench || exit 2
source scripts/env.sh
mkdir -p target/bench
status=0
step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  step "release build"
  SKIP_SETUP=1 bash scripts/build.sh > target/bench/build.log 2>&1 || { tail -30 target/bench/build.log; exit 2; }
fi

step "1. transfer size of the first load"
node scripts/sizes.mjs dist --first-load --budget || status=1
echo "The portfolio page (its own budget):"
node scripts/sizes.mjs dist/portfolio --portfolio --budget || status=1
# The same wasm with its names kept, for twiggy: wasm-bindgen and wasm-opt as Trunk runs them.
names=target/bench/names
rm -rf "$names" && mkdir -p "$names"
wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$names" --out-name srdi-calculator target/size/calculator.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$names/srdi-calculator_bg.wasm" -o "$names/opt.wasm"
twiggy top -n 100000 --format csv "$names/opt.wasm" > "$names/twiggy.csv"
node scripts/bench/crates.mjs "$names/twiggy.csv" target/bench/crates.json

step "4, 6. the engine natively (criterion)"
cargo bench --locked -p srdi-engine --bench evaluate > target/bench/criterion.log 2>&1 || { tail -30 target/bench/criterion.log; exit 2; }
node scripts/bench/engine.mjs target/criterion || status=1

step "7. srdi batch natively: 100,000 firms"
cargo build --locked --profile batch -p srdi-cli > target/bench/batch-build.log 2>&1 || { tail -30 target/bench/batch-build.log; exit 2; }
node scripts/bench/batch.mjs target/batch/srdi || status=1

step "2-5. the page in headless Chromium"
node scripts/bench/page.mjs dist || status=1

step "8. the portfolio page in headless Chromium: 1,000 and 10,000 firms"
node scripts/bench/portfolio.mjs dist || status=1

step "10. the calculator on a phone: 4× slower CPU, slow 4G, cold loads"
node scripts/bench/phone.mjs dist || status=1

echo
if [ $status = 0 ]; then echo "bench: every budget PASS"; else echo "bench: a budget FAILED (see above)"; fi
exit $status

#!/usr/bin/env bash
# Runs every test: formatting, lints, the engine natively, the engine and components as wasm in
# headless Chromium, then the release build end to end in headless Chromium. Installs what it
# needs first (scripts/setup.sh). Exits non-zero on the first failure; prints each runner's
# summary line at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
source scripts/env.sh
summary=$(mktemp)
trap 'echo; echo "== summary =="; cat "$summary"' EXIT
step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }
# Runs a command, shows its output, keeps its summary lines (matched by $2).
run() {
  local name=$1 pattern=$2; shift 2
  local log; log=$(mktemp)
  step "$name"
  if "$@" 2>&1 | tee "$log"; then status=ok; else status=FAILED; fi
  # Empty harnesses (doc-tests, wasm-only files built natively) print "0 passed": left out.
  { echo "$name: $status"; grep -E "$pattern" "$log" | grep -v ' 0 passed; 0 failed' | sed 's/^/    /' || true; } >> "$summary"
  [ "$status" = ok ] || exit 1
}

run "cargo fmt --check" '^Diff' cargo fmt --all --check
run "cargo clippy (all targets, -D warnings)" '^(warning|error)' cargo clippy --workspace --all-targets --locked -- -D warnings
run "cargo clippy (wasm32: page, JS API, wasm tests)" '^(warning|error)' cargo clippy --locked -p srdi-calculator -p srdi-js --target wasm32-unknown-unknown --all-targets -- -D warnings
run "cargo deny check licenses (offline)" '^(error|warning|licenses)' cargo deny --offline check licenses
run "cargo test (native: engine, catalogue, CLI)" '^test result' cargo test --workspace --locked
# The wasm tests run through wasm-pack, as a Rust developer expects (`wasm-pack test --headless
# --chrome`): it finds the wasm-bindgen CLI of the lock's version and Debian's chromedriver on
# PATH (scripts/env.sh), so it downloads nothing.
run "wasm-pack test: engine and components in headless Chromium" '^test result' \
  wasm-pack test --headless --chrome . --locked --test wasm_engine --test wasm_components
run "wasm-pack test: JS API in headless Chromium" '^test result' \
  wasm-pack test --headless --chrome bindings/js --locked --test api
run "fuzzing, bounded (scripts/fuzz.sh)" '^fuzz ' env FUZZ_SECONDS="${FUZZ_SECONDS:-20}" bash scripts/fuzz.sh
run "release build (trunk, wasm-opt)" '^total' env SKIP_SETUP=1 bash scripts/build.sh
run "end-to-end (release build in headless Chromium)" '^# (tests|pass|fail)' node --test tests/e2e/*.test.mjs

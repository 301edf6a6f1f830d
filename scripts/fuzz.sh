#!/usr/bin/env bash
# Fuzzes the profile JSON reader + evaluation and the share-link decoder, each for
# FUZZ_SECONDS (20 in the test command; run longer by hand, e.g. FUZZ_SECONDS=3600).
# New inputs collect in fuzz/corpus/ (not committed); fuzz/seeds/ holds the committed seeds and
# every input that ever found a problem, which also run as regression tests.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${FUZZ_SECONDS:-20}
# cargo-fuzz passes nightly-only flags; the stable toolchain accepts them with this switch.
export RUSTC_BOOTSTRAP=1
for target in profile_json share_link; do
  mkdir -p "fuzz/corpus/$target"
  echo "fuzzing $target for ${secs}s"
  log=$(mktemp)
  status=0
  cargo fuzz run --fuzz-dir fuzz --sanitizer none "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" \
    -- -max_total_time="$secs" > "$log" 2>&1 || status=$?
  grep -E "^#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs|panicked|SUMMARY" "$log" || tail -5 "$log"
  # A crash leaves an artifact and makes cargo fuzz exit non-zero.
  if [ "$status" != 0 ] || ls "fuzz/artifacts/$target"/crash-* >/dev/null 2>&1; then
    echo "fuzz $target: FAILED (see fuzz/artifacts/$target)"; exit 1
  fi
  echo "fuzz $target: ok"
done

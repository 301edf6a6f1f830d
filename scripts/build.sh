#!/usr/bin/env bash
# Builds the release page into dist/ and prints the size of everything the page transfers.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh build
source scripts/env.sh
rm -rf dist
# The days on which the first screen pre-rendered below is the app's (scripts/prerender.mjs),
# from the engine: a native build of the CLI, before the wasm-only settings below.
# SRDI_BUILD_DATE=YYYY-MM-DD builds as of another day (tests/e2e/build-date.test.mjs): the span
# and the pre-render (scripts/prerender.mjs reads it too) are then that day's.
build_date=${SRDI_BUILD_DATE:-$(date +%F)}
span=$(cargo run -q --locked -p srdi-cli -- --steady-span --date "$build_date")
# The clauses the page's line details quote, kept out of its wasm (src/clauses.rs): written by
# the native CLI here, copied beside the JS API below.
clauses=$(mktemp -d)
trap 'rm -rf "$clauses"' EXIT
cargo run -q --locked -p srdi-cli -- --write-clauses "$clauses" >/dev/null
# Size (docs/performance.md): std is recompiled with the release profile (opt-level "z") and
# its `optimize_for_size` choices, a panic is compiled to a trap (no panic message or its
# formatting in the bundle: 17 KB gzip), panic locations and `Debug` formatting are left out
# (the page never shows either). These are unstable options of this stable rustc, unlocked with
# RUSTC_BOOTSTRAP for this build only; www/crash.js shows the notice when the wasm stops. A
# target dir of its own keeps the test builds' cache intact.
export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size CARGO_TARGET_DIR=target/size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
trunk build --release --offline
# The calculator's wasm before wasm-bindgen, kept for the bench's twiggy (scripts/bench.sh): the
# library page's build below writes the same file name.
cp target/size/wasm32-unknown-unknown/release/srdi-calculator.wasm target/size/calculator.wasm
# Short names for the wasm's imports from its glue, in both files (3.5 KB of the first load).
node scripts/minify-imports.mjs dist
# The glue minified by terser (Trunk's minifier stops at its `export default`).
node scripts/minify-js.mjs dist
node scripts/minify-inline.mjs dist/index.html
# The loader's fetch of the wasm carries the wasm's integrity value (Trunk pins it only on a
# preload that Chromium does not check): a tampered wasm is refused (tests/e2e/sri.test.mjs).
node scripts/sri.mjs dist/index.html
# The policy library's own page (library/, docs/performance.md "The policy library on its own
# page"): the same crate with the `library-page` feature, by a second Trunk run into
# dist/library/, then the same import names, glue minification and wasm integrity pin as the
# calculator's. Not pre-rendered, not precached by the service worker, not in the first load.
trunk build --release --offline=true --dist dist/library library/index.html
node scripts/minify-imports.mjs dist/library
node scripts/minify-js.mjs dist/library
node scripts/minify-inline.mjs dist/library/index.html
node scripts/sri.mjs dist/library/index.html
node scripts/csp.mjs dist/library/index.html
# The JS API for other pages: the engine alone (no Yew), in dist/api/, not part of the page's
# load. Its error messages name the problem with `Debug`, so it keeps Debug formatting (and so
# its own target dir).
CARGO_TARGET_DIR=target/size-api CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
  cargo build --release --locked -p srdi-js --lib --target wasm32-unknown-unknown
wasm-bindgen --target web --out-dir dist/api --out-name srdi_api target/size-api/wasm32-unknown-unknown/release/srdi_js.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue dist/api/srdi_api_bg.wasm -o dist/api/srdi_api_bg.wasm
cp "$clauses"/clauses-*.json dist/api/
# The portfolio page (portfolio/): many firms from a spreadsheet, and two firms side by side.
# Its own HTML, script and wasm (srdi-portfolio, the same engine) in dist/portfolio/: the
# calculator never loads them and its service worker does not precache them, so the
# calculator's first load is untouched; the page has its own budget (docs/performance.md).
# Its HTML first, by Trunk (the crash notice and the shared stylesheet inlined from www/, as on
# the calculator's and the library's pages; app.js and text.js copied), since Trunk replaces
# the folder it builds into. The wasm with the calculator's size settings (same target dir:
# std and the engine are reused).
trunk build --release --offline=true --dist dist/portfolio portfolio/www/index.html
cargo build --release --locked -p srdi-portfolio --lib --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir dist/portfolio --out-name portfolio target/size/wasm32-unknown-unknown/release/srdi_portfolio.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue dist/portfolio/portfolio_bg.wasm -o dist/portfolio/portfolio_bg.wasm
node scripts/minify-inline.mjs dist/portfolio/index.html
node scripts/csp.mjs dist/portfolio/index.html
# The first screen of a first visit, rendered by the app in Chromium, into index.html.
node scripts/prerender.mjs dist "$span"
# The Content-Security-Policy, pinned to this build's inline scripts.
node scripts/csp.mjs dist/index.html
# The service worker last, so that it lists every file of this release.
node scripts/make-sw.mjs dist
# Last of all, once every file is final: the .gz twins the server sends (Zopfli).
node scripts/precompress.mjs dist
echo "The page's first load:"
node scripts/sizes.mjs dist --first-load --budget || true
echo "The portfolio page (its own budget):"
node scripts/sizes.mjs dist/portfolio --portfolio --budget || true
echo "The policy library page (its own budget):"
node scripts/sizes.mjs dist/library --library --budget || true
echo "Served beside it (JS API, example):"
node scripts/sizes.mjs dist/api

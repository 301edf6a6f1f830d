#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already present at the right
# version, so that a second run takes seconds. Usage: scripts/setup.sh [build|test|bench]
#   build: Rust wasm target, trunk, wasm-bindgen-cli (exactly the crate's version), npm tools,
#          Debian's chromium (the build pre-renders the first screen in it)
#   test:  all of the above, plus cargo-fuzz, cargo-deny, wasm-pack, chromium-driver
#   bench: build's tools, twiggy
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-test}
TRUNK_VERSION=0.21.14
DENY_VERSION=0.20.2
WASM_PACK_VERSION=0.13.1
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v cargo >/dev/null; then
  say "installing Rust (rustup, stable)"
  curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# rust-src: the release build recompiles std for size (scripts/build.sh).
for c in clippy rustfmt rust-src; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done
# The release build recompiles std offline (trunk --offline), so std's own dependencies must be
# in cargo's cache: fetched once from its lock file (a no-op when they are there).
RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
# Every crate of Cargo.lock, for every platform, before any offline step: `cargo deny --offline`
# reads the whole graph (`cargo metadata`), including crates no Linux build ever downloads
# (windows-sys, crunchy…), and `trunk build --offline` needs the wasm32 ones. A fresh machine's
# empty registry failed the licence check here (issue 18). The fuzz crate has a lock of its own.
# Both are no-ops when the crates are already in cargo's cache.
say "fetching every crate of Cargo.lock (all platforms) and fuzz/Cargo.lock"
cargo fetch --locked --quiet
cargo fetch --locked --quiet --manifest-path fuzz/Cargo.toml

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 5-9 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# The CLI must equal the wasm-bindgen crate version in Cargo.lock exactly.
WBG=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG" ]; then
  say "installing wasm-bindgen-cli $WBG (about 2 minutes, once)"
  # Without --locked: with it the install fails on this toolchain.
  cargo install wasm-bindgen-cli --version "$WBG" --force
fi

if [ "$what" = bench ]; then
  [ "$(twiggy --version 2>/dev/null)" = "twiggy-opt 0.8.0" ] || { say "installing twiggy 0.8.0"; cargo install --locked twiggy --version 0.8.0; }
fi

if [ "$what" = test ]; then
  # Fuzzing and the licence check (cargo-deny, offline).
  [ "$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz 0.13.2" ] || { say "installing cargo-fuzz 0.13.2"; cargo install --locked cargo-fuzz --version 0.13.2; }
  [ "$(cargo deny --version 2>/dev/null)" = "cargo-deny $DENY_VERSION" ] || { say "installing cargo-deny $DENY_VERSION"; cargo install --locked cargo-deny --version "$DENY_VERSION"; }
  # wasm-pack, for `wasm-pack test --headless --chrome` (README): it finds the wasm-bindgen CLI
  # above on PATH at the lock's version and Debian's chromedriver, so it downloads nothing.
  [ "$(wasm-pack --version 2>/dev/null)" = "wasm-pack $WASM_PACK_VERSION" ] || { say "installing wasm-pack $WASM_PACK_VERSION"; cargo install --locked wasm-pack --version "$WASM_PACK_VERSION"; }
fi

# npm tools (binaryen's wasm-opt, playwright-core, axe-core), reinstalled only when the lock changes.
stamp=node_modules/.lock-sha
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$(sha256sum package-lock.json | cut -d' ' -f1)" ]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  sha256sum package-lock.json | cut -d' ' -f1 > "$stamp"
fi

# Debian's Chromium for every use: the build pre-renders the first screen in it
# (scripts/prerender.mjs); the tests and the benchmark drive it; ChromeDriver only for the tests.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ "$what" != test ] || [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# A CJK font so that screenshots and the browser's layout of Chinese text are real.
# (grep reads the whole list: with -q it would stop early, fc-list would die of SIGPIPE, and
# pipefail would report the font missing and reinstall it on every run.)
fc-list 2>/dev/null | grep -i 'wqy\|noto.*cjk' >/dev/null || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
say "ready"

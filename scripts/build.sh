#!/usr/bin/env bash
# Builds the release page into dist/ and prints the size of everything the page transfers.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh build
source scripts/env.sh
rm -rf dist
trunk build --release --offline
node scripts/sizes.mjs dist

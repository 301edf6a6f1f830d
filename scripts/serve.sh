#!/usr/bin/env bash
# Builds the release page and serves it on localhost. Usage: scripts/serve.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node scripts/serve.mjs dist "${1:-8080}"

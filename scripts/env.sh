# Sourced by the scripts: tool paths and test-runner settings.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# Keep Chromium off the network it cannot reach.
export WASM_BINDGEN_TEST_TIMEOUT=120

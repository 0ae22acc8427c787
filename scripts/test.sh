#!/usr/bin/env bash
# Sets up everything, then runs every check and test: formatting, clippy on
# both targets, native tests (core against the gold files, CLI, freshness of
# the bundled corpus), the release build with its sizes, and the browser tests
# against that build in headless Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
scripts/setup.sh

echo "== format"
cargo fmt --all -- --check
echo "== clippy (native, all targets)"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== clippy (wasm32)"
cargo clippy -p report-explorer -p import-worker --target wasm32-unknown-unknown --locked -- -D warnings
echo "== native tests"
cargo test --workspace --locked
echo "== release build"
scripts/build.sh
echo "== the page's wasm carries neither the gazetteer nor the encoding tables"
node scripts/check-page-wasm.mjs dist
echo "== browser tests"
node --test --test-concurrency=1 tests/browser/

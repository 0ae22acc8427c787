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

# The release build runs beside clippy and the native tests: its last steps
# (the page's whole-program optimisation, wasm-opt) use one core, and the
# debug test binaries' single long tests leave the other idle, so together
# they take minutes less than one after the other. Its output is shown once
# it is done; if anything fails, it is stopped.
release_log="$root/target/release-build.log"
mkdir -p "$root/target"
# Its own process group (setsid), so stopping it stops trunk and cargo too.
setsid scripts/build.sh >"$release_log" 2>&1 &
release_pid=$!
trap 'kill -- -"$release_pid" 2>/dev/null || true' EXIT

echo "== clippy (native, all targets)"
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== clippy (wasm32)"
cargo clippy -p report-explorer -p import-worker --target wasm32-unknown-unknown --locked -- -D warnings
echo "== native tests"
cargo test --workspace --locked
echo "== release build"
if ! wait "$release_pid"; then
  cat "$release_log"
  echo "release build failed" >&2
  exit 1
fi
trap - EXIT
cat "$release_log"
echo "== the page's wasm carries neither the gazetteer nor the encoding tables, its first module not the later views' texts"
node scripts/check-page-wasm.mjs dist
echo "== browser tests"
# A failing test must not hold the run open: each test is given at most ten
# minutes, and the runner exits once every test has ended, whatever handles
# (a server, a browser) a failed test left behind.
node --test --test-concurrency=1 --test-timeout=600000 --test-force-exit tests/browser/

#!/usr/bin/env bash
# Search engines compared in Chromium (issues 9 and 22): our search
# (report-core as wasm, crates/search-bench: the scan, and the gram index as
# "ours-index"), FlexSearch (CJK and default) and a plain
# indexOf scan, on the paragraphs of the seeds and of synthetic corpora of
# 100 and 1,000 reports. Prints figures; see docs/benchmarks.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
scripts/setup.sh >/dev/null
# setup.sh runs npm ci only when its own tools are missing; FlexSearch is a
# devDependency only this benchmark uses.
[ -d node_modules/flexsearch ] || npm ci --no-audit --no-fund
mkdir -p target/bench/engines

# Our search built as the app is (.cargo/config.toml: wasm SIMD on; the
# app's release profile and wasm-opt -Oz), so the figures are the app's;
# then without SIMD, as the app was before, to show what SIMD changes.
wasm_build() { # out-dir, cargo target dir, then extra environment for cargo
  local out="$1" target="$2"
  shift 2
  env CARGO_TARGET_DIR="$target" "$@" cargo build -q --release --target wasm32-unknown-unknown -p search-bench
  wasm-bindgen --target web --out-dir "$out" "$target/wasm32-unknown-unknown/release/search_bench.wasm"
  wasm-opt -Oz --enable-simd "$out/search_bench_bg.wasm" -o "$out/search_bench_bg.wasm"
}
wasm_build target/bench/search-bench target
# The bench also folds the ground truth in node with this module.
echo '{"type": "module"}' > target/bench/search-bench/package.json
# RUSTFLAGS replaces the config's flags; a target dir of its own keeps the
# app's build cache.
wasm_build target/bench/search-bench-scalar target/bench/scalar-target RUSTFLAGS="-C target-feature=-simd128"

cargo build -q --release -p report-cli
for n in 100 1000; do
  target/release/report-cli synth data/corpus.json "$n" > "target/bench/engines/corpus-$n.json"
done
node tests/bench/engines-bench.mjs 5=data/corpus.json 100=target/bench/engines/corpus-100.json 1000=target/bench/engines/corpus-1000.json

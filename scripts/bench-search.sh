#!/usr/bin/env bash
# Search benchmark in Chromium at 5 (the seeds), 100 and 1,000 reports
# (synthetic, made by report-cli synth). Prints figures; see docs/benchmarks.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
scripts/setup.sh >/dev/null
scripts/build.sh >/dev/null
mkdir -p target/bench
cargo build -q --release -p report-cli
for n in 100 1000; do
  target/release/report-cli synth data/corpus.json "$n" > "target/bench/corpus-$n.json"
done
node tests/bench/search-bench.mjs 5=data/corpus.json 100=target/bench/corpus-100.json 1000=target/bench/corpus-1000.json

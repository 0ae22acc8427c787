#!/usr/bin/env bash
# Sharded corpus benchmark in Chromium: 10,000 synthetic reports (about 100 M
# characters) laid out by `report-cli split --shards` and served on loopback:
# catalogue interactive, first results from a cold cache, later queries, peak
# memory. Making and splitting the corpus takes minutes: it is kept in
# target/bench and made again only when missing. Prints figures; see
# docs/benchmarks.md.
source "$(dirname "${BASH_SOURCE[0]}")/bench-prepare.sh"
n=${1:-10000}
[ -s "target/bench/corpus-$n.json" ] || synth_corpus "$n"
# The catalogue is written last, so its presence means the split finished.
if [ ! -s "target/bench/shards-$n/corpus.json" ]; then
  step "laying out $n reports for a static host (report-cli split --shards; minutes)"
  rm -rf "target/bench/shards-$n"
  target/release/report-cli split "target/bench/corpus-$n.json" "target/bench/shards-$n" --shards
fi
step "the benchmark (node tests/bench/shards-bench.mjs target/bench/shards-$n; minutes)"
node tests/bench/shards-bench.mjs "target/bench/shards-$n"

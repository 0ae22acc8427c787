#!/usr/bin/env bash
# Load benchmark in Chromium: the bundled corpus against a plain HTML page of
# the same text, and 1,000 synthetic reports loaded whole and in parts of
# 100 (facet click, opening a report, comparison). Prints figures; see
# docs/benchmarks.md.
source "$(dirname "${BASH_SOURCE[0]}")/bench-prepare.sh"
synth_corpus 1000
rm -rf target/bench/parts-1000
target/release/report-cli split target/bench/corpus-1000.json target/bench/parts-1000 --per-part 100 2>/dev/null
node tests/bench/load-bench.mjs data/corpus.json 1000 target/bench/corpus-1000.json target/bench/parts-1000

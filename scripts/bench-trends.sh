#!/usr/bin/env bash
# Trends benchmark in Chromium at 5 (the seeds), 100 and 1,000 reports
# (synthetic, made by report-cli synth): keystroke to the chart and table
# drawn. Prints figures; see docs/benchmarks.md.
source "$(dirname "${BASH_SOURCE[0]}")/bench-prepare.sh"
for n in 100 1000; do synth_corpus "$n"; done
node tests/bench/trends-bench.mjs 5=data/corpus.json 100=target/bench/corpus-100.json 1000=target/bench/corpus-1000.json

# Sourced by the browser benchmarks: the pinned tools, the release page in
# dist/, the release CLI, and `synth_corpus N` for a synthetic corpus of N
# reports in target/bench/corpus-N.json (made once per run).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
scripts/setup.sh >/dev/null
scripts/build.sh >/dev/null
mkdir -p target/bench
cargo build -q --release -p report-cli
synth_corpus() {
  target/release/report-cli synth data/corpus.json "$1" > "target/bench/corpus-$1.json"
}

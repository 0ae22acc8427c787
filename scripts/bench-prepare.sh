# Sourced by the browser benchmarks: the pinned tools, the release page in
# dist/, the release CLI, and `synth_corpus N` for a synthetic corpus of N
# reports in target/bench/corpus-N.json (made once per run).
#
# Each step says on stderr what it is doing, and a step that fails says
# which command and how: the builds and the corpus take minutes with no
# output of their own, and a command killed by the kernel (out of memory,
# on a machine shared with other builds) prints nothing, so a run looked
# as if it had stopped after its last line.
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
bench_name="${0##*/}"
step() { echo "$bench_name: $*" >&2; }
failed() {
  local status=$1 command=$2 why=""
  [ "$status" -gt 128 ] && why=" (killed by signal $((status - 128)); out of memory?)"
  step "\`$command\` failed with status $status$why"
}
trap 'failed $? "$BASH_COMMAND"' ERR
step "tools (scripts/setup.sh)"
scripts/setup.sh >/dev/null
step "the release page (scripts/build.sh)"
scripts/build.sh >/dev/null
mkdir -p target/bench
step "the release CLI (cargo build --release -p report-cli)"
cargo build -q --release -p report-cli
# Written aside and renamed when whole: a run stopped half-way must not
# leave a truncated corpus that later runs take as made.
synth_corpus() {
  step "making $1 synthetic reports (minutes at 10,000)"
  target/release/report-cli synth data/corpus.json "$1" > "target/bench/corpus-$1.json.partial"
  mv "target/bench/corpus-$1.json.partial" "target/bench/corpus-$1.json"
}

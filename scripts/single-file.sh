#!/usr/bin/env bash
# One self-contained HTML file that works opened from disk (file://):
# target/single/report-explorer.html. Prints its size.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
scripts/build.sh >/dev/null
node scripts/single-file.mjs dist target/single/report-explorer.html

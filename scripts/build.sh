#!/usr/bin/env bash
# Release build of the app into dist/, then its sizes (raw and gzip).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
trunk build --release
node scripts/sizes.mjs dist data/corpus.json

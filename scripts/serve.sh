#!/usr/bin/env bash
# Sets up everything, then builds and serves the app with the bundled corpus.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
scripts/setup.sh
port="${PORT:-8080}"
echo
echo "Report Explorer: http://127.0.0.1:$port/  (Ctrl-C stops it)"
exec trunk serve --release --port "$port"

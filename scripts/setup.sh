#!/usr/bin/env bash
# Installs every tool the project needs, skipping what is already present at
# the pinned version. Idempotent: safe to run before every build or test run.
# Pinned versions live in scripts/versions.env so nothing can drift apart.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=versions.env
source "$root/scripts/versions.env"
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n== setup: %s\n' "$*"; }

step "rust target wasm32-unknown-unknown, clippy, rustfmt"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

step "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  # Not --locked: the crate's own lockfile names a version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

step "wasm-split-cli $WASM_SPLIT_VERSION"
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

step "chromium, chromedriver, CJK font"
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need_apt+=(fonts-wqy-microhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  apt_prefix=()
  [ "$(id -u)" -eq 0 ] || apt_prefix=(sudo)
  "${apt_prefix[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_prefix[@]}" apt-get install -y -qq "${need_apt[@]}"
fi

step "npm tools (binaryen wasm-opt $BINARYEN_VERSION, playwright-core, sass, terser, axe-core)"
(
  cd "$root"
  # node_modules is installed from package-lock.json; a stamp of the lock
  # it was installed from tells whether it is still what the lock pins.
  lock_stamp="node_modules/.report-explorer-lock"
  installed_binaryen="$(node -p "require('./node_modules/binaryen/package.json').version" 2>/dev/null || true)"
  if [ "$installed_binaryen" != "$BINARYEN_VERSION" ] || ! cmp -s package-lock.json "$lock_stamp"; then
    npm ci --no-audit --no-fund
    cp package-lock.json "$lock_stamp"
  fi
)
echo
echo "setup: done"

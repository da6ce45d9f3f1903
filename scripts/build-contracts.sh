#!/usr/bin/env bash
# Rebuilds every committed .wasm from the .wat beside it (WABT's wat2wasm; Debian package "wabt").
# The tests check that each .wasm is exactly what this script produces.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wat2wasm >/dev/null || { echo "wat2wasm not found: apt-get install wabt" >&2; exit 1; }
find "$ROOT/examples" "$ROOT/vm/src/test/resources/contracts" "$ROOT/cli/src/main/resources" "$ROOT/cli/src/test/resources" -name '*.wat' | sort | while read -r wat; do
  wat2wasm "$wat" -o "${wat%.wat}.wasm"
  echo "built ${wat%.wat}.wasm"
done

#!/usr/bin/env bash
# Regenerates the export golden files after a deliberate change to the default template or the
# pipeline; review the result with `git diff tests/data/export/golden`.
# Usage: tests/data/export/update-golden.sh [build-dir]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
build="${1:-$root/build}"
cmake --build "$build" --target exporting_exportgolden
cd "$build"
GALLEY_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen ./tests/exporting_exportgolden
git -C "$root" status --short tests/data/export/golden

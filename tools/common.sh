# Shared by run.sh, test.sh and bench.sh: install what is missing, configure and build (Release).
# shellcheck shell=bash
set -euo pipefail
GALLEY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GALLEY_BUILD="${GALLEY_BUILD:-$GALLEY_ROOT/build}"

galley_setup() {
    "$GALLEY_ROOT/tools/deps.sh"
    if [[ ! -f "$GALLEY_BUILD/CMakeCache.txt" ]]; then
        cmake -S "$GALLEY_ROOT" -B "$GALLEY_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release
    fi
    cmake --build "$GALLEY_BUILD" --parallel "$(nproc)" "$@"
}

# WebEngine refuses to start as root without this; harmless otherwise.
export QTWEBENGINE_DISABLE_SANDBOX=1

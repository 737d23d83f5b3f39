#!/bin/sh
# Regenerates the sanitizer's golden files (x.html -> x.canonical.html) from the current code,
# through the test itself (GALLEY_UPDATE_GOLDEN=1). Read the diff before committing it:
#     git diff -- tests/data/html
# Usage: tests/data/html/update-golden.sh [BUILD_DIR]      (default: ./build)
set -eu
source_dir=$(cd "$(dirname "$0")/../../.." && pwd)
build_dir=${1:-"$source_dir/build"}
cmake --build "$build_dir" --target document_sanitizer
GALLEY_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build_dir/tests/document_sanitizer" fixtures
git -C "$source_dir" status --short -- tests/data/html || true

#!/usr/bin/env bash
# Installs what is missing, builds Galley (Release) with its tests, runs the whole suite with ctest.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
galley_setup
cd "$GALLEY_BUILD"
exec ctest --output-on-failure --parallel "$(nproc)" "$@"

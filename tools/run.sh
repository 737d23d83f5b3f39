#!/usr/bin/env bash
# Installs what is missing, builds Galley (Release) and starts it on the demo newsroom.
# Extra arguments go to galley (for example: tools/run.sh --lang zh_CN, or --db FILE).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
galley_setup --target galley
exec "$GALLEY_BUILD/bin/galley" "$@"

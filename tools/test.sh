#!/usr/bin/env bash
# Installs what is missing, builds Galley (Release) with its tests, runs the whole suite with ctest.
# The tests get a throw-away PostgreSQL cluster (tools/pg-sandbox.sh) in a fresh temporary folder,
# stopped and removed on exit whatever the outcome: GALLEY_TEST_PG_URI (admin URI over the Unix
# socket), GALLEY_TEST_PG_PORT, GALLEY_TEST_PG_DIR. With GALLEY_TEST_PG_URI already set, the tests
# use that server and none is started. The exit status is ctest's.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
galley_setup

if [[ -n "${GALLEY_TEST_PG_URI:-}" ]]; then
    echo "galley: PostgreSQL tests use the server in GALLEY_TEST_PG_URI; no test cluster started."
else
    GALLEY_TEST_PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/galley-pg.XXXXXX")"
    trap '"$GALLEY_ROOT/tools/pg-sandbox.sh" stop "$GALLEY_TEST_PG_DIR" || true' EXIT
    trap 'exit 129' HUP
    trap 'exit 130' INT
    trap 'exit 143' TERM
    GALLEY_TEST_PG_URI="$("$GALLEY_ROOT/tools/pg-sandbox.sh" start "$GALLEY_TEST_PG_DIR")"
    GALLEY_TEST_PG_PORT="$(<"$GALLEY_TEST_PG_DIR/port")"
    export GALLEY_TEST_PG_URI GALLEY_TEST_PG_PORT GALLEY_TEST_PG_DIR
    echo "galley: PostgreSQL test cluster at $GALLEY_TEST_PG_DIR (port $GALLEY_TEST_PG_PORT)"
fi

cd "$GALLEY_BUILD"
status=0
ctest --output-on-failure --parallel "$(nproc)" "$@" || status=$?
exit "$status"

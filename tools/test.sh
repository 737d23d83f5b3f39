#!/usr/bin/env bash
# Installs what is missing, builds Galley (Release) with its tests, runs the whole suite with ctest.
# The tests get a throw-away PostgreSQL cluster (tools/pg-sandbox.sh) in a fresh temporary folder,
# stopped and removed on exit whatever the outcome: GALLEY_TEST_PG_URI (admin URI over the Unix
# socket), GALLEY_TEST_PG_PORT, GALLEY_TEST_PG_DIR. With GALLEY_TEST_PG_URI already set, the tests
# use that server and none is started. The exit status is ctest's.
#
# --sanitize: the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer instead
# (clang-14, build-fuzz/ or $GALLEY_FUZZ_BUILD: the folder tools/fuzz.sh fuzzes in; see
# tools/common.sh). Any sanitizer report fails its test. --fuzz-seconds N (with --sanitize): then
# runs every fuzz target for N seconds (tools/fuzz.sh); the exit status is the first failure's.
# Other arguments go to ctest.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
sanitize=0
fuzz_seconds=
ctest_args=()
while (($#)); do
    case "$1" in
        --sanitize) sanitize=1; shift ;;
        --fuzz-seconds) fuzz_seconds="${2:?--fuzz-seconds needs a number}"; shift 2 ;;
        *) ctest_args+=("$1"); shift ;;
    esac
done
if [[ -n "$fuzz_seconds" && $sanitize -eq 0 ]]; then
    echo "test.sh: --fuzz-seconds goes with --sanitize (the fuzz targets are built in the sanitized folder)" >&2
    exit 2
fi
started=$SECONDS
if ((sanitize)); then
    galley_setup_sanitized
    GALLEY_BUILD="$GALLEY_FUZZ_BUILD"
else
    galley_setup
fi
echo "test.sh: packages and build took $((SECONDS - started)) s"

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
started=$SECONDS
ctest --output-on-failure --parallel "$(nproc)" "${ctest_args[@]}" || status=$?
echo "test.sh: the suite took $((SECONDS - started)) s"
if [[ -n "$fuzz_seconds" ]]; then
    "$GALLEY_ROOT/tools/fuzz.sh" --seconds "$fuzz_seconds" || { ((status)) || status=$?; }
fi
exit "$status"

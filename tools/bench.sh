#!/usr/bin/env bash
# Installs what is missing, builds galley-bench (Release) and runs it: generates the synthetic
# newsrooms once (cached in ~/.cache/galley-bench, or --cache DIR), measures every budgeted path,
# prints the table and appends one JSON line per measurement to build/bench-results.jsonl.
# Default size: --articles 100000 (and --list-articles 1000000); other arguments pass through,
# e.g. tools/bench.sh --articles 10000 --repeat 3. See galley-bench --help.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
started=$SECONDS
galley_setup --target galley-bench
echo "bench.sh: packages and Release build took $((SECONDS - started)) s" >&2
bench="$GALLEY_BUILD/bin/galley-bench"
[[ -x "$bench" ]] || bench="$GALLEY_BUILD/tests/benchmarks/galley-bench"

args=("$@")
have() { local a; for a in "${args[@]}"; do [[ "$a" == "$1" || "$a" == "$1="* ]] && return 0; done; return 1; }
have --articles || args=(--articles 100000 "${args[@]}")
have --out || args+=(--out "$GALLEY_BUILD/bench-results.jsonl")

# The widgets are measured offscreen unless a display is there; WebEngine without a GPU.
[[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]] || export QT_QPA_PLATFORM=offscreen
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
export LC_ALL=C.UTF-8

# The team newsroom rows run on a private, throw-away PostgreSQL (as the tests do), unless
# --team-server URI names one.
if ! have --team-server; then
    pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/galley-bench-pg.XXXXXX")"
    trap '"$GALLEY_ROOT/tools/pg-sandbox.sh" stop "$pg_dir" || true' EXIT
    args+=(--team-server "$("$GALLEY_ROOT/tools/pg-sandbox.sh" start "$pg_dir")")
fi
measured=$SECONDS
status=0
"$bench" "${args[@]}" || status=$?
echo "bench.sh: galley-bench took $((SECONDS - measured)) s; $((SECONDS - started)) s in all" >&2
exit "$status"

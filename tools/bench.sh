#!/usr/bin/env bash
# Installs what is missing, builds galley-bench (Release) and runs it: generates the synthetic
# newsrooms once (cached in ~/.cache/galley-bench, or --cache DIR), measures every budgeted path,
# prints the table and appends one JSON line per measurement to build/bench-results.jsonl.
# Default size: --articles 100000 (and --list-articles 1000000); other arguments pass through,
# e.g. tools/bench.sh --articles 10000 --repeat 3. See galley-bench --help.
# --readme: also puts the run's table (with its measured conditions) into README.md between the
# galley-bench markers (tools/readme-table.py), when galley-bench exits 0: every planned row
# measured, none broken. Otherwise README.md is left as it was.
# --gui-peers: only the measurement from outside (tools/gui-peers.py): Galley and ghostwriter
# under a private Xvfb, keys through XTEST, the screen through DAMAGE, then Galley's start on a
# dropped page cache; its other arguments (--runs, --cold-runs, --display, --out, --screenshots
# ...) go to tools/gui-peers.py. With --readme, its tables go into README.md between the
# gui-peers markers when every run measured.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
for arg in "$@"; do
    if [[ "$arg" == --gui-peers ]]; then
        "$GALLEY_ROOT/tools/deps.sh" gui-peers
        galley_setup --target galley
        peers=()
        readme=0
        for a in "$@"; do
            case "$a" in
            --gui-peers) ;;
            --readme) readme=1 ;;
            *) peers+=("$a") ;;
            esac
        done
        (( readme )) || exec /usr/bin/python3 "$GALLEY_ROOT/tools/gui-peers.py" --galley "$GALLEY_BUILD/bin/galley" "${peers[@]}"
        table="$(mktemp "${TMPDIR:-/tmp}/gui-peers-table.XXXXXX")"
        trap 'rm -f "$table"' EXIT
        status=0
        /usr/bin/python3 "$GALLEY_ROOT/tools/gui-peers.py" --galley "$GALLEY_BUILD/bin/galley" "${peers[@]}" \
            --markdown "$table" || status=$?
        if (( status != 0 )); then
            echo "bench.sh: gui-peers exited with $status (a run failed): README.md left as it was" >&2
        elif python3 "$GALLEY_ROOT/tools/readme-table.py" "$GALLEY_ROOT/README.md" "$table" gui-peers; then
            echo "bench.sh: README.md's gui-peers table is this run's" >&2
        else
            status=1
        fi
        exit "$status"
    fi
done
started=$SECONDS
galley_setup --target galley-bench
echo "bench.sh: packages and Release build took $((SECONDS - started)) s" >&2
bench="$GALLEY_BUILD/bin/galley-bench"
[[ -x "$bench" ]] || bench="$GALLEY_BUILD/tests/benchmarks/galley-bench"

args=()
readme=0
for arg in "$@"; do
    if [[ "$arg" == --readme ]]; then readme=1; else args+=("$arg"); fi
done
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
if (( readme )); then
    have --markdown && { echo "bench.sh: --readme writes its own --markdown file; give one or the other" >&2; exit 2; }
    table="$(mktemp "${TMPDIR:-/tmp}/galley-bench-table.XXXXXX")"
    trap 'rm -f "$table"; [[ -n "${pg_dir:-}" ]] && "$GALLEY_ROOT/tools/pg-sandbox.sh" stop "$pg_dir" || true' EXIT
    args+=(--markdown "$table")
fi
measured=$SECONDS
status=0
"$bench" "${args[@]}" || status=$?
echo "bench.sh: galley-bench took $((SECONDS - measured)) s; $((SECONDS - started)) s in all" >&2
if (( readme )); then
    if (( status != 0 )); then
        echo "bench.sh: galley-bench exited with $status (a planned row missing or broken): README.md left as it was" >&2
    elif python3 "$GALLEY_ROOT/tools/readme-table.py" "$GALLEY_ROOT/README.md" "$table"; then
        echo "bench.sh: README.md's table is this run's" >&2
    else
        status=1
    fi
fi
exit "$status"

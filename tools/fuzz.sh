#!/usr/bin/env bash
# tools/fuzz.sh [--seconds N] [TARGET...]: builds the libFuzzer targets of tests/fuzz (clang-14,
# ASan + UBSan + libFuzzer, in build-fuzz/ or $GALLEY_FUZZ_BUILD; see tools/common.sh) and runs
# each for N seconds (default 60), all targets when none is named (tools/fuzz.sh --list names
# them). Each target keeps the corpus it grows in <build>/fuzz/corpus/<target>/ and starts from
# it and its seeds (tests/data, tests/fuzz/seeds). A crash, a sanitizer report, a broken
# invariant, a hang (over 25 s on one input) or running out of memory stops that target and
# copies the input into tests/data/fuzz-regressions/<target>/, which the ctest test
# fuzz_<target> replays in every build from then on: commit it with the fix. Every run is
# logged (date, target, seconds, runs, outcome) in <build>/fuzz/runs.tsv. Exit status 1 when any
# target failed. --no-build runs the targets as last built (e.g. a long run while editing).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds=60
targets=()
list=0
build=1
while (($#)); do
    case "$1" in
        --seconds) seconds="${2:?--seconds needs a number}"; shift 2 ;;
        --seconds=*) seconds="${1#--seconds=}"; shift ;;
        --list) list=1; shift ;;
        --no-build) build=0; shift ;;
        -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { echo "fuzz.sh: --seconds needs a whole number above 0, not '$seconds'" >&2; exit 2; }

known="$(sed -n 's/^[[:space:]]*galley_add_fuzz_target(\([a-z0-9]*\).*/\1/p' "$GALLEY_ROOT/tests/fuzz/CMakeLists.txt")"
if ((list)); then echo "$known"; exit 0; fi
((${#targets[@]})) || mapfile -t targets <<<"$known"
for target in "${targets[@]}"; do
    grep -qx "$target" <<<"$known" || { echo "fuzz.sh: no fuzz target '$target'; the targets are:" $known >&2; exit 2; }
done

if ((build)); then
    galley_setup_sanitized --target "${targets[@]/#/galley-fuzz-}"
else
    galley_sanitizer_environment
fi
fuzzdir="$GALLEY_FUZZ_BUILD/fuzz"
log="$fuzzdir/runs.tsv"
[[ -f "$log" ]] || printf 'date\ttarget\tseconds\truns\toutcome\n' >"$log"

failed=()
for target in "${targets[@]}"; do
    corpus="$fuzzdir/corpus/$target"
    artifacts="$(mktemp -d "${TMPDIR:-/tmp}/galley-fuzz-$target.XXXXXX")"
    mkdir -p "$corpus"
    # libFuzzer reads folders; single seed files go into one of their own.
    seeds=("$artifacts/seed-files")
    mkdir -p "$artifacts/seed-files"
    while IFS= read -r seed; do
        if [[ -d "$seed" ]]; then seeds+=("$seed"); elif [[ -f "$seed" ]]; then cp "$seed" "$artifacts/seed-files/"; fi
    done < <(grep -v '^$' "$fuzzdir/$target.seeds")
    [[ -d "$GALLEY_ROOT/tests/data/fuzz-regressions/$target" ]] && seeds+=("$GALLEY_ROOT/tests/data/fuzz-regressions/$target")
    echo "fuzz.sh: $target for $seconds s (corpus $corpus)"
    started=$SECONDS
    status=0
    "$fuzzdir/galley-fuzz-$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" "${seeds[@]}" >"$artifacts/output.txt" 2>&1 || status=$?
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$artifacts/output.txt" | tail -1)"
    outcome=ok
    shopt -s nullglob
    found=("$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/slow-unit-*)
    shopt -u nullglob
    if ((status == 72 && ${#found[@]} == 0)); then
        outcome="interrupted"
        failed+=("$target")
    elif ((status != 0 || ${#found[@]})); then
        outcome="failed (exit $status)"
        failed+=("$target")
        grep -E 'invariant broken|ERROR: |runtime error|SUMMARY' "$artifacts/output.txt" | head -5 >&2 || true
        ((${#found[@]} == 0)) || mkdir -p "$GALLEY_ROOT/tests/data/fuzz-regressions/$target"
        for input in "${found[@]}"; do
            cp "$input" "$GALLEY_ROOT/tests/data/fuzz-regressions/$target/"
            echo "fuzz.sh: $target: saved tests/data/fuzz-regressions/$target/$(basename "$input")" >&2
        done
        cp "$artifacts/output.txt" "$fuzzdir/$target-last-failure.txt"
        echo "fuzz.sh: $target: libFuzzer's output is in $fuzzdir/$target-last-failure.txt" >&2
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$((SECONDS - started))" "${runs:-0}" "$outcome" >>"$log"
    echo "fuzz.sh: $target: $((SECONDS - started)) s, ${runs:-0} inputs, $outcome"
    rm -rf "$artifacts"
done

if ((${#failed[@]})); then
    echo "fuzz.sh: failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets ran $seconds s each without a failure"

#!/usr/bin/env bash
# The kill -9 soak (issue #15): starts the real galley on a newsroom, drives it, kills it with
# SIGKILL at a random moment, and checks what it left. Repeated --kills times (default 1,000).
#
#   tools/soak.sh [--kills N] [--seed S] [--max-ms MS] [--dir DIR] [--no-build]
#
# Each run starts, side by side on one newsroom file:
#   - the galley window under a private Xvfb, typed into with xdotool as a person would (real
#     key events): words in the article's text, Ctrl+S now and then;
#   - galley commands one after another: annotate, transition, revise, and exports (html and
#     site) into a folder exports keep going back to and into a new one;
# and kills all of them with SIGKILL after a random 0.2 s to --max-ms (default 5,000 ms), which
# lands anywhere from start-up and the first paint to the middle of a save or an export.
#
# An operation counts as acknowledged when it reported success: a command that exited 0, a
# word the recovery journal or the newsroom showed, a save the newsroom showed. The drivers
# write each one to a side file (fsynced) before going on. After the kill galley-soak-check
# (tests/soak/soakcheck.cpp) checks PRAGMA integrity_check and FTS5's integrity-check of both
# full-text indexes, that every acknowledged operation is in the newsroom (a typed word in the
# newsroom or in the recovery journal the next start offers), and that every visible file in
# the export folders is a page Galley wrote whole; then an export into each folder, not killed,
# must succeed. Text a kill left in the recovery journal is offered by the next start, and the
# driver answers Recover. The figures go to stdout as one JSON line at the end (runs.jsonl in the
# work folder has each run's); the exit status is 1 when any database was corrupt, any
# acknowledged operation lost, any page half-written or any export after a kill refused.
#
# --no-build uses the build in GALLEY_BUILD (default build/) as it is (ctest's soak_kill50).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

kills=1000
seed=$RANDOM
max_ms=5000
work=""
build=1
while [[ $# -gt 0 ]]; do
    case "$1" in
        --kills) kills="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --max-ms) max_ms="$2"; shift 2 ;;
        --dir) work="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        -h|--help) sed -n '2,27p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "soak.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ "$kills" =~ ^[0-9]+$ && "$max_ms" =~ ^[0-9]+$ && "$seed" =~ ^[0-9]+$ && "$max_ms" -ge 200 ]] \
    || { echo "soak.sh: --kills, --seed and --max-ms (at least 200) take whole numbers" >&2; exit 2; }

if [[ $build == 1 ]]; then
    galley_setup --target galley galley-soak-check
fi
galley="$GALLEY_BUILD/bin/galley"
check="$GALLEY_BUILD/tests/galley-soak-check"
for program in "$galley" "$check"; do
    [[ -x "$program" ]] || { echo "soak.sh: $program is missing (build it, or leave out --no-build)" >&2; exit 1; }
done
for tool in Xvfb xdotool sqlite3 python3; do
    command -v "$tool" >/dev/null || { echo "soak.sh: $tool is missing (tools/deps.sh installs it)" >&2; exit 1; }
done

if [[ -z "$work" ]]; then
    work="$(mktemp -d "${TMPDIR:-/tmp}/galley-soak.XXXXXX")"
    keep_work=0
else
    [[ ! -e "$work/newsroom.galley" ]] || { echo "soak.sh: $work holds an earlier soak; name a new or empty folder" >&2; exit 2; }
    mkdir -p "$work"
    keep_work=1
fi
work="$(cd "$work" && pwd)"
xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    # The work folder stays when something failed (or --dir named it): it holds the evidence.
    if [[ $keep_work == 0 && ${failed:-1} == 0 ]]; then rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A private X server on a free display.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp -noreset -ardelay 30000 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s "$work/display" ]] && break; sleep 0.1; done
[[ -s "$work/display" ]] || { echo "soak.sh: Xvfb did not start (see $work/xvfb.log)" >&2; exit 1; }
export DISPLAY=":$(<"$work/display")"

# A home of its own: settings, the recovery journal, nothing of the user's touched.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home" LC_ALL=C.UTF-8
unset QT_QPA_PLATFORM # the window is on the X server above, where xdotool reaches it
mkdir -p "$XDG_CONFIG_HOME/Galley" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
journal="$XDG_DATA_HOME/Galley/Galley/journal"
db="$work/newsroom.galley"
acks="$work/acks.tsv"            # every run's acknowledged operations, checked after every kill
typed="$work/typed.tsv"          # typed words the newsroom or the journal must hold (since the journal was last empty)
typed_all="$work/typed-all.tsv"  # every typed word acknowledged (for the figures)
offers="$work/offers.tsv"        # runs whose start offered the journal's text and got Recover
shared_export="$work/export-shared"
: >"$acks"; : >"$typed_all"; : >"$offers"

data="$GALLEY_ROOT/tests/data"
"$galley" import --db "$db" "$data/import/plain-no-markers.txt" "$data/review/astral.txt" \
    "$data/import/story.md" "$data/import/story.html" "$data/wire-nmg-cadres-2025-03-18.txt" >"$work/import.jsonl"
[[ $(wc -l <"$work/import.jsonl") == 5 ]] || { echo "soak.sh: the newsroom could not be made" >&2; exit 1; }
mapfile -t ids < <(sqlite3 "$db" "SELECT id FROM articles ORDER BY id")
typed_article=${ids[0]}     # the window's article (English, so xdotool types plain keys)
annotated_article=${ids[1]} # galley annotate: a passage of it
moved_article=${ids[2]}     # galley transition: draft <-> in review
revised_article=${ids[3]}   # galley revise: its text replaced each time
quote="$(sqlite3 "$db" "SELECT substr(body_text, 1, 4) FROM articles WHERE id = $annotated_article")"
typed_uuid="$(sqlite3 "$db" "SELECT uuid FROM articles WHERE id = $typed_article")"
# The window reopens the article it had open and signs with a name of its own (no name bar).
cat >"$XDG_CONFIG_HOME/Galley/Galley.conf" <<EOF
[user]
name=Soak
role=editor

[window]
lastArticle=$typed_article
EOF

# Appends one acknowledged operation and forces it to the disk before the driver goes on.
ack() {
    local file="$1"; shift
    printf '%s\t%s\t%s\n' "$@" >>"$file"
    sync "$file"
}

stored_text_has() { # article marker: the committed text holds it (a reader's view, as any other process)
    [[ "$(sqlite3 -readonly "$db" "SELECT instr(body_text, '$2') > 0 FROM articles WHERE id = $1" 2>/dev/null)" == 1 ]]
}

wait_for() { # tenths of a second, then a command that must succeed
    local tenths="$1"; shift
    for _ in $(seq "$tenths"); do "$@" && return 0; sleep 0.1; done
    return 1
}

# The window's driver: real key and mouse events through the X server.
drive_window() {
    local run="$1" window="" geometry="" word WIDTH=0 HEIGHT=0
    # The window is up once it is mapped under its title and stays (Qt may replace the first
    # native window it makes while setting up).
    for _ in $(seq 150); do
        window="$(xdotool search --onlyvisible --name 'Galley$' 2>/dev/null | tail -1)"
        if [[ -n "$window" ]]; then
            sleep 0.3
            geometry="$(xdotool getwindowgeometry --shell "$window" 2>/dev/null)" && break
        fi
        sleep 0.1
    done
    [[ -n "$geometry" ]] || return 0
    # Text the last run left in the recovery journal is offered as the window opens the article:
    # the driver answers Recover (the default button) as a person would, and the words come back
    # into the editor (the typed words of that run stay acknowledged until a save stores them).
    if [[ -f "$journal/$typed_uuid.json" ]]; then
        local box=""
        for _ in $(seq 30); do
            box="$(xdotool search --onlyvisible --name '^Recover Unsaved Changes$' 2>/dev/null | tail -1)"
            [[ -n "$box" ]] && break
            sleep 0.1
        done
        if [[ -n "$box" ]] && xdotool mousemove --window "$box" 20 20 key Return 2>/dev/null; then
            printf '%s\n' "$run" >>"$offers"
            sleep 0.2
        fi
    fi
    # Without a window manager the keyboard follows the pointer: a click in the article's text
    # (62% across, two thirds down the window) gives it the focus, Ctrl+End goes after its last word.
    eval "$geometry"
    xdotool mousemove --window "$window" $((WIDTH * 62 / 100)) $((HEIGHT * 2 / 3)) click 1 key ctrl+End 2>/dev/null || return 0
    for word in $(seq 1 200); do
        local marker="r${run}w${word}x"
        xdotool type --delay 8 " $marker" 2>/dev/null || return 0
        if (( word % 3 == 0 )); then
            xdotool key ctrl+s 2>/dev/null || return 0
            wait_for 30 stored_text_has "$typed_article" "$marker" && ack "$acks" saved "$typed_article" "$marker"
        else
            wait_for 30 grep -qF "$marker" "$journal/$typed_uuid.json" 2>/dev/null \
                && ack "$typed" typed "$typed_article" "$marker" && ack "$typed_all" typed "$typed_article" "$marker"
        fi
    done
}

# The commands' driver: one galley command after another, each acknowledged when it exits 0.
drive_commands() {
    local run="$1" step=0 state=draft
    local fresh_export="$work/export-$run"
    while :; do
        step=$((step + 1))
        local marker="r${run}c${step}x"
        case $((RANDOM % 5)) in
            0)  "$galley" annotate --db "$db" --id "$annotated_article" --quote "$quote" --text "$marker" \
                    --author Soak >/dev/null 2>>"$work/commands.log" && ack "$acks" annotated "$annotated_article" "$marker" ;;
            1)  local to=in_review; [[ $state == in_review ]] && to=draft
                if "$galley" transition --db "$db" --id "$moved_article" --to "$to" --role editor --author Soak \
                        --note "$marker" >/dev/null 2>>"$work/commands.log"; then
                    state=$to; ack "$acks" transitioned "$moved_article" "$marker"
                else
                    [[ $state == draft ]] && state=in_review || state=draft # a kill may have moved it
                fi ;;
            2)  printf 'Revised copy %s\n\nThe council met again and %s was the word.\n' "$marker" "$marker" >"$work/revise-$run.txt"
                "$galley" revise --db "$db" --id "$revised_article" --from "$work/revise-$run.txt" --author Soak \
                    --note "$marker" >/dev/null 2>>"$work/commands.log" && ack "$acks" revised "$revised_article" "$marker" ;;
            3)  "$galley" export --db "$db" --all --format html --out "$shared_export" >/dev/null 2>>"$work/commands.log" ;;
            4)  "$galley" export --db "$db" --all --format site --out "$fresh_export" >/dev/null 2>>"$work/commands.log" ;;
        esac
    done
}

ms_to_seconds() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

RANDOM=$seed
failed=0
journal_left=0
echo "soak.sh: $kills kills, seed $seed, kill after 200..$max_ms ms; work folder $work"
start_time=$(date +%s)
for run in $(seq 1 "$kills"); do
    # A journal left by the last kill is offered at this start; until then its words stay due.
    [[ -n "$(ls -A "$journal" 2>/dev/null)" ]] || : >"$typed"
    delay=$((200 + (RANDOM * 32768 + RANDOM) % (max_ms - 199)))
    setsid "$galley" --db "$db" >>"$work/window.log" 2>&1 </dev/null &
    window_pid=$!
    setsid bash -c "$(declare -f ack wait_for stored_text_has drive_commands); $(declare -p galley db acks work shared_export annotated_article moved_article revised_article quote); drive_commands $run" </dev/null &
    commands_pid=$!
    setsid bash -c "$(declare -f ack wait_for stored_text_has drive_window); $(declare -p db acks typed typed_all offers journal typed_article typed_uuid); drive_window $run" </dev/null 2>/dev/null &
    driver_pid=$!
    sleep "$(ms_to_seconds "$delay")"
    kill -KILL -- "-$window_pid" "-$commands_pid" "-$driver_pid" 2>/dev/null || true
    wait "$window_pid" "$commands_pid" "$driver_pid" 2>/dev/null || true

    exports=("--export" "$shared_export")
    [[ -d "$work/export-$run" ]] && exports+=("--export" "$work/export-$run")
    result="$("$check" --db "$db" --journal "$journal" --acks "$acks" --acks "$typed" "${exports[@]}" 2>>"$work/check.log")" \
        || { failed=1; echo "soak.sh: run $run (killed after $delay ms): $result" >&2; }
    # The next export into each folder picks up what the killed one left, and must succeed.
    follow_up=ok
    for folder in "$shared_export" "$work/export-$run"; do
        [[ -d "$folder" ]] || continue
        format=html; [[ $folder == "$shared_export" ]] || format=site
        if ! "$galley" export --db "$db" --all --format "$format" --out "$folder" >/dev/null 2>"$work/follow-up.err"; then
            failed=1
            follow_up="$(head -1 "$work/follow-up.err")"
            echo "soak.sh: run $run: the export after the kill failed: $follow_up" >&2
        fi
    done
    rm -rf "$work/export-$run"
    printf '{"run":%d,"killed_after_ms":%d,"check":%s,"follow_up_export":%s}\n' "$run" "$delay" "${result:-null}" \
        "$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$follow_up")" >>"$work/runs.jsonl"
    [[ -n "$(ls -A "$journal" 2>/dev/null)" ]] && journal_left=$((journal_left + 1))
    if (( run % 50 == 0 )); then
        echo "soak.sh: $run of $kills runs, $(( $(date +%s) - start_time )) s"
    fi
done

python3 - "$work/runs.jsonl" "$acks" "$(( $(date +%s) - start_time ))" "$seed" "$typed_all" \
    "$journal_left" "$(wc -l <"$offers")" <<'EOF'
import json, sys
runs = [json.loads(line) for line in open(sys.argv[1])]
checks = [r["check"] or {} for r in runs]
kinds = {}
for name in (sys.argv[2], sys.argv[5]):
    for line in open(name):
        if line.endswith("\n"):
            kind = line.split("\t")[0]
            kinds[kind] = kinds.get(kind, 0) + 1
acks = sum(n for k, n in kinds.items() if k != "typed")
typed = kinds.get("typed", 0)
print(json.dumps({
    "runs": len(runs),
    "kills": len(runs),
    "seconds": int(sys.argv[3]),
    "seed": int(sys.argv[4]),
    "corrupt_databases": sum(1 for c in checks if c.get("corrupt") or not c),
    "acknowledged_operations": acks + typed,
    "acknowledged_by_kind": kinds,
    # The acknowledged operations are checked after every later kill too: a loss counts once.
    "lost_acknowledged_operations": len({lost for c in checks for lost in c.get("lost", [])}),
    "recovered_journal_entries": sum(c.get("recovered_journal", 0) for c in checks),
    "kills_leaving_a_journal": int(sys.argv[6]),
    "journal_offered_and_recovered_at_next_start": int(sys.argv[7]),
    "half_written_pages": sum(len(c.get("half_written", [])) for c in checks),
    "failed_follow_up_exports": sum(1 for r in runs if r["follow_up_export"] != "ok"),
}))
EOF
exit "$failed"

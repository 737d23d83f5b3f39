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

# The sanitized build (issue 15; preset "fuzz"): clang-14 with AddressSanitizer and
# UndefinedBehaviorSanitizer, and the libFuzzer targets of tests/fuzz, in a folder of its own.
# Used by tools/fuzz.sh and tools/test.sh --sanitize; arguments go to cmake --build.
GALLEY_FUZZ_BUILD="${GALLEY_FUZZ_BUILD:-$GALLEY_ROOT/build-fuzz}"

galley_setup_sanitized() {
    "$GALLEY_ROOT/tools/deps.sh"
    if [[ ! -f "$GALLEY_FUZZ_BUILD/CMakeCache.txt" ]]; then
        cmake -S "$GALLEY_ROOT" -B "$GALLEY_FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
            -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 -DGALLEY_FUZZ=ON
    fi
    cmake --build "$GALLEY_FUZZ_BUILD" --parallel "$(nproc)" "$@"
    galley_sanitizer_environment
}

# Every report fails the run: ASan and LeakSanitizer exit non-zero, UBSan halts on its first
# report. Suppressions (tools/sanitizers/) name third-party code only, each with its reason.
# new_delete_type_mismatch=0: Chromium inside QtWebEngineCore deletes objects through a base
# type smaller than what it allocated (88 bytes freed as 24, in every process that starts a
# web engine: the preview, PDF export); ASan cannot limit that check to one library, and
# Galley's own code cannot do it unseen: -Werror=delete-non-virtual-dtor (CMakeLists.txt).
galley_sanitizer_environment() {
    local supp="$GALLEY_ROOT/tools/sanitizers"
    export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0:new_delete_type_mismatch=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
}

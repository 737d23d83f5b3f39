#!/usr/bin/env bash
# Screenshots for the README and the AppStream metadata: Galley's window on the demo newsroom, on
# a 1366 × 768 screen (a common laptop) under Xvfb, first start, in English and in Chinese, saved
# as docs/screenshots/galley-en.png and galley-zh_CN.png (64 colours, so they stay small).
# Each run starts with fresh settings and data; the user's name is set, so no first-start bar
# covers the editor. As root, Galley runs with a private, empty /home (a mount namespace of its
# own), so that the status bar shows the newsroom where a user's would be; otherwise under /tmp.
# GALLEY_SCREENSHOT_DISPLAY chooses the X display (default :99). Needs Xvfb, xdotool, ImageMagick.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
galley_setup --target galley

display="${GALLEY_SCREENSHOT_DISPLAY:-:99}"
out="$GALLEY_ROOT/docs/screenshots"
mkdir -p "$out"
work="$(mktemp -d "${TMPDIR:-/tmp}/galley-screenshots.XXXXXX")"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
galley=""
cleanup() {
    if [[ -n "$galley" ]]; then kill "$galley" 2>/dev/null; wait "$galley" 2>/dev/null; fi
    kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY="$display" LC_ALL=C.UTF-8
for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

private_home=false
if [[ $(id -u) -eq 0 ]] && unshare --mount --propagation private true 2>/dev/null; then
    private_home=true
fi

for lang in en zh_CN; do
    if [[ "$lang" == zh_CN ]]; then name="陈思远"; else name="Chen Siyuan"; fi
    settings="$(printf '[user]\nname=%s\nrole=editor\n' "$name")"
    # The settings file is written where Galley looks for it (XDG_CONFIG_HOME/Galley/Galley.conf).
    start='mkdir -p "$HOME/.config/Galley" && printf "%s\n" "$SETTINGS" >"$HOME/.config/Galley/Galley.conf" && exec "$GALLEY" --lang "$LANGUAGE"'
    if $private_home; then
        SETTINGS="$settings" GALLEY="$GALLEY_BUILD/bin/galley" LANGUAGE="$lang" HOME=/home/chen \
            unshare --mount --propagation private sh -c "mount -t tmpfs galley-home /home && $start" \
            >"$work/galley-$lang.log" 2>&1 &
    else
        SETTINGS="$settings" GALLEY="$GALLEY_BUILD/bin/galley" LANGUAGE="$lang" HOME="$work/home-$lang" \
            XDG_CONFIG_HOME="$work/home-$lang/.config" XDG_DATA_HOME="$work/home-$lang/.local/share" \
            sh -c "$start" >"$work/galley-$lang.log" 2>&1 &
    fi
    galley=$!
    # The window, then time for the demo newsroom, the article and the preview to be drawn.
    window=""
    for _ in $(seq 300); do
        if ! kill -0 "$galley" 2>/dev/null; then
            cat "$work/galley-$lang.log" >&2
            echo "galley: Galley ($lang) ended before its window showed." >&2
            exit 1
        fi
        window="$(xdotool search --onlyvisible --name 'Galley$' 2>/dev/null | head -1)" && [[ -n "$window" ]] && break
        sleep 0.1
    done
    [[ -n "$window" ]] || { echo "galley: no Galley window after 30 s ($lang)." >&2; exit 1; }
    sleep 8
    # Asked again: Qt makes the window anew when the preview's web view first shows in it.
    window="$(xdotool search --onlyvisible --name 'Galley$' | head -1)"
    timeout 60 import -window "$window" -colors 64 -strip "png8:$out/galley-$lang.png"
    kill "$galley"
    wait "$galley" || true
    galley=""
    echo "galley: $out/galley-$lang.png ($(identify -format '%w × %h' "$out/galley-$lang.png"), $(du -h "$out/galley-$lang.png" | cut -f1))"
done

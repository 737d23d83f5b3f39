#!/usr/bin/python3
"""Galley and ghostwriter measured from outside, in the same run (issue 17).

tools/bench.sh --gui-peers runs this. Under a private Xvfb (1920x1080, a fresh server per run) it
starts Galley (a newsroom holding one 100,000-character article, imported with `galley import`)
and ghostwriter (the same text as a Markdown file), alternately, N runs each. Keys are injected
with XTEST and the screen is watched with DAMAGE (raw rectangles on the root window, so every
flush of either program is seen, whatever window it draws into). Per run it measures:

  launch -> window   exec to the MapNotify of the program's top-level window (_NET_WM_PID)
  key -> editor      key press to the first flush that changed the editor region (median, p95)
  key -> preview     key press to the first flush that changed the preview region (median)
  burst -> settled   the last of 50 keys to the last flush that changed the preview (then
                     1.5 s without a change)
  PSS                sum of Pss in /proc/*/smaps_rollup over the whole process tree

Both programs flush their whole window (their web view is composed into it), so the DAMAGE
rectangles say when a frame reached the screen, not where it changed: after each flush the
editor and the preview regions are grabbed (GetImage) and compared with their last grab. The
regions come from one calibration key before the measured ones: the window grabbed before the
key, at its first flush and once still; the changed columns form runs, the editor is the run
that holds the caret (seen blinking before the key), the preview the nearest run right of it.
The caret is put into the middle of the text with each program's own find (Ctrl+F, a marker
word in the middle paragraph, Return, Escape, Right). Both windows get the same place and size.
Uses Debian's python3-xlib; no window manager (windows are found by _NET_WM_PID).
"""

import argparse
import json
import os
import random
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, XK, display as xdisplay
from Xlib.ext import damage, xtest  # noqa: F401  (registers the extensions)

MARKER = "Zqxmidpoint"
QUIET = 1.5          # seconds without a change that count as settled


def log(*parts):
    print("gui-peers:", *parts, file=sys.stderr, flush=True)


def make_text(length=100_000):
    """Deterministic English prose in paragraphs, a heading, the marker in the middle paragraph."""
    rng = random.Random(17)
    words = ("the council said on monday that the new budget would fund schools roads and "
             "a harbour while critics warned of delays in paperwork permits and contracts "
             "reporters asked officials whether residents had been consulted before the vote "
             "which passed narrowly after a long debate about taxes water housing and transport").split()
    paragraphs = []
    total = len("# Peer benchmark\n\n")
    while total < length:
        sentences = []
        for _ in range(rng.randint(4, 7)):
            sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 18)))
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    middle = paragraphs[len(paragraphs) // 2].split(" ")
    middle.insert(len(middle) // 2, MARKER)
    paragraphs[len(paragraphs) // 2] = " ".join(middle)
    text = "# Peer benchmark\n\n" + "\n\n".join(paragraphs) + "\n"
    return text[:length - 1].rstrip() + "\n" if len(text) > length else text


def process_tree(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


def pss_mib(pid):
    total = 0
    for p in process_tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024.0


def has_renderer(pid):
    """A web renderer runs: a process started with --type=renderer, or a child of a zygote
    (Qt 5's renderers are forked from it and keep its command line)."""
    command = {}
    for p in process_tree(pid):
        try:
            with open(f"/proc/{p}/cmdline", "rb") as f:
                command[p] = f.read()
            with open(f"/proc/{p}/stat") as f:
                parent = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if b"--type=renderer" in command[p] or b"--type=zygote" in command.get(parent, b""):
            return True
    return False


def percentile(values, q):
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


class Screen:
    """One X connection: XTEST for input, raw DAMAGE rectangles of the root for output."""

    def __init__(self, name):
        self.d = xdisplay.Display(name)
        for ext in ("XTEST", "DAMAGE"):
            if not self.d.has_extension(ext):
                raise SystemExit(f"gui-peers: the X server {name} has no {ext} extension")
        self.d.damage_query_version()
        self.root = self.d.screen().root
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self.root.damage_create(damage.DamageReportRawRectangles)
        # python-xlib registers a copy of the event class: events are told apart by their code.
        self.damage_notify = self.d.query_extension("DAMAGE").first_event + damage.DamageNotifyCode
        self.net_wm_pid = self.d.intern_atom("_NET_WM_PID")
        self.d.sync()
        self.events = []   # (time, kind, payload)

    def pump(self, timeout):
        """Reads what arrives for `timeout` seconds, stamping each event on arrival."""
        end = time.monotonic() + timeout
        while True:
            while self.d.pending_events():
                e = self.d.next_event()
                now = time.monotonic()
                if e.type == X.MapNotify:
                    self.events.append((now, "map", e.window))
                elif e.type == self.damage_notify:
                    a = e.area
                    self.events.append((now, "damage", (a.x, a.y, a.width, a.height)))
            left = end - time.monotonic()
            if left <= 0:
                return
            select.select([self.d.fileno()], [], [], min(left, 0.05))

    def key(self, keysym, modifiers=()):
        codes = [self.d.keysym_to_keycode(XK.string_to_keysym(m)) for m in modifiers]
        code = self.d.keysym_to_keycode(XK.string_to_keysym(keysym))
        for c in codes:
            xtest.fake_input(self.d, X.KeyPress, c)
        xtest.fake_input(self.d, X.KeyPress, code)
        xtest.fake_input(self.d, X.KeyRelease, code)
        for c in reversed(codes):
            xtest.fake_input(self.d, X.KeyRelease, c)
        self.d.flush()
        return time.monotonic()

    def type_text(self, text):
        for ch in text:
            self.key(ch, ("Shift_L",) if ch.isupper() else ())
            self.pump(0.03)

    def window_pid(self, window):
        try:
            prop = window.get_full_property(self.net_wm_pid, X.AnyPropertyType)
            attrs = window.get_attributes()
            geometry = window.get_geometry()
        except Exception:  # the window went away
            return None, None
        if prop is None or attrs.override_redirect or geometry.width < 300 or geometry.height < 200:
            return None, None
        return prop.value[0], geometry

    def top_window(self, pid):
        """The largest viewable top-level window of the process tree of `pid` (Qt can replace
        its first window as the web view comes in)."""
        best = None
        tree = set(process_tree(pid))
        for w in self.root.query_tree().children:
            try:
                if w.get_attributes().map_state != X.IsViewable:
                    continue
            except Exception:
                continue
            owner, g = self.window_pid(w)
            if owner in tree and (best is None or g.width * g.height > best[1].width * best[1].height):
                best = (w, g)
        return best


BLOCK = 8            # pixels per column block when comparing two grabs


def changed_blocks(a, b, width, height, bpp=4):
    """The column blocks (of BLOCK pixels) where two grabs of the same area differ."""
    stride = width * bpp
    step = BLOCK * bpp
    blocks = set()
    for row in range(height):
        ra = a[row * stride:(row + 1) * stride]
        rb = b[row * stride:(row + 1) * stride]
        if ra == rb:
            continue
        for x in range(0, stride, step):
            if ra[x:x + step] != rb[x:x + step]:
                blocks.add(x // step)
    return blocks


def is_blink(blocks):
    """A change confined to two neighbouring blocks: the caret blinking, not a repaint."""
    return bool(blocks) and max(blocks) - min(blocks) <= 1


class Area:
    """A rectangle of the screen grabbed with GetImage and compared with its last grab."""

    def __init__(self, screen, x, y, width, height):
        self.screen, self.x, self.y, self.width, self.height = screen, x, y, width, height
        self.last = self.grab()
        self.caret = None   # the column block where the caret was last seen blinking

    def grab(self):
        return self.screen.root.get_image(self.x, self.y, self.width, self.height, X.ZPixmap, 0xffffffff).data

    def changed(self, ignore_blink=False):
        now = self.grab()
        if now == self.last:
            return False
        previous, self.last = self.last, now
        if not ignore_blink:
            return True
        blocks = changed_blocks(previous, now, self.width, self.height)
        if is_blink(blocks):
            self.caret = min(blocks)
            return False
        return True


def wait_stable(screen, area, limit, also=lambda: True):
    """Grabs `area` four times a second until `also()` holds and nothing but the caret changed
    in it for QUIET seconds. Returns False on a timeout."""
    deadline = time.monotonic() + limit
    last_change = time.monotonic()
    while time.monotonic() < deadline:
        screen.pump(0.25)
        if area.changed(ignore_blink=True):
            last_change = time.monotonic()
        elif also() and time.monotonic() - last_change >= QUIET:
            return True
    return False


def column_runs(before, after, width, top, bottom):
    """The column blocks where two grabs differ (rows `top` to `bottom`), in runs of blocks
    at most two blocks apart: [first block, last block, changed cells]."""
    stride, step = width * 4, BLOCK * 4
    weight = {}
    for row in range(top, bottom):
        ra, rb = before[row * stride:(row + 1) * stride], after[row * stride:(row + 1) * stride]
        if ra == rb:
            continue
        for x in range(0, stride, step):
            if ra[x:x + step] != rb[x:x + step]:
                weight[x // step] = weight.get(x // step, 0) + 1
    runs = []
    for block in sorted(weight):
        if runs and block - runs[-1][1] <= 2:
            runs[-1][1] = block
            runs[-1][2] += weight[block]
        else:
            runs.append([block, block, weight[block]])
    return runs


def find_regions(before, first, settled, caret, width, height, top, bottom):
    """Editor and preview columns from three grabs of the window around one key: before it, at
    its first flush, and once still again. The editor is the run of columns, changed by the
    end, that holds the caret (the column block seen blinking before the key; without one, the
    run with the most changed cells at the first flush); the preview the nearest run right of
    it (with at least a tenth as many changed cells: not a scroll bar)."""
    early = column_runs(before, first, width, top, bottom)
    late = column_runs(before, settled, width, top, bottom)
    start = [caret, caret] if caret is not None else max(early, key=lambda r: r[2]) if early else None
    editor = next((r for r in late if start and r[0] <= start[1] and r[1] >= start[0]), None)
    right = [r for r in late if editor and r[0] > editor[1] and r[2] >= editor[2] // 10]
    if not right:
        log(f"caret in block {caret}; changed column runs (first block, last block, changed "
            f"cells) at the first flush: {early}, at the end: {late}")
        return None
    preview = right[0]
    return [(r[0] * BLOCK, (r[1] + 1) * BLOCK) for r in (editor, preview)], \
        [(r[0] * BLOCK, (r[1] + 1) * BLOCK, r[2]) for r in late]


class Peer:
    def __init__(self, name, prepare):
        self.name, self.prepare = name, prepare


GEOMETRY = (96, 54, 1728, 972)   # Galley's own first size on 1920x1080; ghostwriter is given it


class Session:
    """A private Xvfb (1920x1080, args.display) and a connection to it; the program launched
    there is stopped (its whole process group) with the server when the block ends."""

    def __init__(self, args):
        self.args, self.xvfb, self.screen, self.app = args, None, None, None

    def __enter__(self):
        self.xvfb = subprocess.Popen(["Xvfb", self.args.display, "-screen", "0", "1920x1080x24", "-nolisten",
                                      "tcp", "-noreset"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                self.screen = Screen(self.args.display)
                return self
            except Exception:
                time.sleep(0.05)
        self.__exit__(None, None, None)
        raise SystemExit(f"gui-peers: Xvfb did not start on {self.args.display}")

    def launch(self, peer, run_dir, before=lambda: None):
        """Starts `peer` on this display (output to run_dir/app.log), `before()` just before the
        exec. Returns the time of the exec and what `before()` returned."""
        argv, env = peer.prepare(run_dir)
        env["DISPLAY"] = self.args.display
        logf = open(os.path.join(run_dir, "app.log"), "wb")
        done = before()
        launched = time.monotonic()
        self.app = subprocess.Popen(argv, env=env, stdout=logf, stderr=logf, start_new_session=True)
        return launched, done

    def __exit__(self, *exc):
        app = self.app
        if app is not None and app.poll() is None:
            try:
                os.killpg(app.pid, signal.SIGTERM)
                app.wait(10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(app.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                app.wait()
        self.xvfb.terminate()
        self.xvfb.wait()
        return False


def run_once(peer, args, run_dir, index):
    with Session(args) as session:
        screen = session.screen
        launched, _ = session.launch(peer, run_dir)
        app = session.app
        mapped = None
        deadline = launched + 60
        while mapped is None and time.monotonic() < deadline:
            screen.pump(0.02)
            for t, kind, w in screen.events:
                if kind == "map":
                    pid, g = screen.window_pid(w)
                    if pid is not None and pid in process_tree(app.pid):
                        mapped = t
                        break
        if mapped is None:
            raise RuntimeError(f"{peer.name}: no window in 60 s (see {run_dir}/app.log)")
        result = {"program": peer.name, "run": index, "launch_ms": (mapped - launched) * 1000}
        # Both windows get the same place and size (no window manager: the program's own choice
        # stands otherwise, 800x500 for a ghostwriter without saved settings).
        screen.pump(0.5)
        found = screen.top_window(app.pid)
        if found is None:
            raise RuntimeError(f"{peer.name}: its window went away")
        window = found[0]
        x, y, width, height = GEOMETRY
        window.configure(x=x, y=y, width=width, height=height)
        screen.d.sync()
        whole = Area(screen, x, y, width, height)
        # Loaded: a web renderer is up and nothing but the caret changed for QUIET seconds.
        if not wait_stable(screen, whole, args.settle, lambda: has_renderer(app.pid)):
            subprocess.run(["import", "-display", args.display, "-window", "root",
                            os.path.join(run_dir, "unsettled.png")], check=False)
            raise RuntimeError(f"{peer.name}: still drawing {args.settle} s after its window was shown")
        # Qt replaces a top-level window whose surface changes (a web view composed by OpenGL
        # comes in): the one found before may be gone. Take the one showing now, placed alike.
        for _ in range(3):
            found = screen.top_window(app.pid)
            if found is None:
                raise RuntimeError(f"{peer.name}: its window went away")
            if found[0].id == window.id:
                break
            window = found[0]
            window.configure(x=x, y=y, width=width, height=height)
            screen.d.sync()
            if not wait_stable(screen, whole, args.settle):
                raise RuntimeError(f"{peer.name}: still drawing {args.settle} s after its window was replaced")
        window.set_input_focus(X.RevertToParent, X.CurrentTime)
        screen.d.flush()
        screen.pump(0.3)
        # The caret into the middle of the text: find the marker, close the find bar, Right.
        screen.key("f", ("Control_L",))
        screen.pump(0.5)
        screen.type_text(MARKER)
        screen.key("Return")
        screen.pump(0.5)
        screen.key("Escape")
        screen.pump(0.3)
        screen.key("Right")
        if not wait_stable(screen, whole, 30):
            raise RuntimeError(f"{peer.name}: still drawing 30 s after the caret moved")
        if args.screenshots:
            subprocess.run(["import", "-display", args.display, "-window", "root",
                            os.path.join(run_dir, "before.png")], check=False)
        # Calibration: one key; what changed in the window, in two runs of columns.
        # The window grabbed once it is still again (the preview has followed the key; a later
        # change right of the preview, such as Galley's autosave in its history list, is not
        # taken: the preview is the nearest run right of the editor).
        before = whole.grab()
        seen = len(screen.events)
        t_key = screen.key("k")
        while time.monotonic() - t_key < 5 and not any(k == "damage" for _, k, _ in screen.events[seen:]):
            screen.pump(0.002)
        screen.pump(0.005)
        first = whole.grab()
        wait_stable(screen, whole, 30)
        found = find_regions(before, first, whole.last, whole.caret, width, height, 80, height - 60)
        if found is None or args.screenshots:
            subprocess.run(["import", "-display", args.display, "-window", "root",
                            os.path.join(run_dir, "calibration.png")], check=False)
        if found is None:
            raise RuntimeError(f"{peer.name}: a key did not change both an editor and a preview "
                               f"(see {run_dir}/calibration.png)")
        ((e0, e1), (p0, p1)), result["changed_runs"] = found
        result["editor_columns"] = [x + e0, x + e1]
        result["preview_columns"] = [x + p0, x + p1]
        editor = Area(screen, x + e0, y + 80, e1 - e0, height - 120)
        preview = Area(screen, x + p0, y + 80, p1 - p0, height - 120)
        # The burst: 50 keys, 200 ms apart, letters into the middle of the text. After each
        # flush (a DAMAGE event), both regions are grabbed and compared with their last grab.
        letters = "abcdefghijklmnopqrstuvwxyz"
        keys, editor_at, preview_at = [], [], []

        def watch(until):
            while time.monotonic() < until:
                seen = len(screen.events)
                screen.pump(min(0.01, max(0.0, until - time.monotonic())))
                flushes = [t for t, kind, _ in screen.events[seen:] if kind == "damage"]
                if not flushes:
                    continue
                screen.pump(0.002)       # the rest of this flush's rectangles
                if editor.changed():
                    editor_at.append(flushes[0])
                if preview.changed():
                    preview_at.append(flushes[0])

        watch(time.monotonic() + 0.3)
        editor_at.clear()
        preview_at.clear()
        for i in range(args.keys):
            keys.append(screen.key(letters[i % 26]))
            watch(keys[-1] + args.interval)
        quiet_until = time.monotonic() + QUIET
        while time.monotonic() < quiet_until and time.monotonic() - keys[-1] < 30:
            count = len(preview_at)
            watch(time.monotonic() + 0.1)
            if len(preview_at) != count:
                quiet_until = time.monotonic() + QUIET
        if args.verbose:
            log("keys", [round((t - keys[0]) * 1000) for t in keys], "editor changed",
                [round((t - keys[0]) * 1000) for t in editor_at], "preview changed",
                [round((t - keys[0]) * 1000) for t in preview_at])
        editor_ms, preview_ms = [], []
        for i, t in enumerate(keys):
            end = keys[i + 1] if i + 1 < len(keys) else float("inf")
            ed = next((d for d in editor_at if t <= d < end), None)
            pv = next((d for d in preview_at if t <= d < end), None)
            if ed is not None:
                editor_ms.append((ed - t) * 1000)
            if pv is not None:
                preview_ms.append((pv - t) * 1000)
        after_last = [d for d in preview_at if d >= keys[-1]]
        result.update({
            "keys": len(keys),
            "editor_repaints": len(editor_ms),
            "preview_updates": len(preview_ms),
            "key_editor_median_ms": statistics.median(editor_ms) if editor_ms else None,
            "key_editor_p95_ms": percentile(editor_ms, 0.95) if editor_ms else None,
            "key_preview_median_ms": statistics.median(preview_ms) if preview_ms else None,
            "burst_settled_ms": (after_last[-1] - keys[-1]) * 1000 if after_last else None,
            "pss_mib": pss_mib(app.pid),
        })
        if args.screenshots:
            subprocess.run(["import", "-display", args.display, "-window", "root",
                            os.path.join(run_dir, "after.png")], check=False)
        return result


def base_env(run_dir):
    env = dict(os.environ)
    for var in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SESSION_MANAGER", "DBUS_SESSION_BUS_ADDRESS"):
        env.pop(var, None)
    home = os.path.join(run_dir, "home")
    for sub in ("config", "data", "cache", "runtime"):
        os.makedirs(os.path.join(home, sub), mode=0o700, exist_ok=True)
    env.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, "config"),
                "XDG_DATA_HOME": os.path.join(home, "data"), "XDG_CACHE_HOME": os.path.join(home, "cache"),
                "XDG_RUNTIME_DIR": os.path.join(home, "runtime"), "LC_ALL": "C.UTF-8",
                "QTWEBENGINE_DISABLE_SANDBOX": "1", "NO_AT_BRIDGE": "1",
                "QTWEBENGINE_CHROMIUM_FLAGS": env.get("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")})
    return env


def drop_page_cache():
    """Writes dirty pages out and drops the page cache (root only). True when it was dropped."""
    os.sync()
    try:
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError as error:
        log(f"the page cache was not dropped ({error.strerror}): this start is warm")
        return False


def cold_once(peer, args, run_dir, index, preview_columns):
    """One start of `peer` on a dropped page cache (the newsroom copied and Xvfb up first, so
    that only the program's own files are read cold): exec -> its window's first flush (Galley
    paints the open article in its first frame), and exec -> the preview region (the columns
    the warm runs found, at the same place and size) first showing the page, i.e. differing from
    the first frame in at least half of its column blocks."""
    with Session(args) as session:
        screen = session.screen
        launched, cold = session.launch(peer, run_dir, before=drop_page_cache)
        app = session.app
        mapped = drawn = shown = None
        x, y, width, height = GEOMETRY
        preview = None
        deadline = launched + 60
        while shown is None and time.monotonic() < deadline:
            seen = len(screen.events)
            screen.pump(0.01)
            for t, kind, payload in screen.events[seen:]:
                if kind == "map" and mapped is None:
                    pid, g = screen.window_pid(payload)
                    if pid is not None and pid in process_tree(app.pid):
                        mapped = t
                        if (g.x, g.y, g.width, g.height) != GEOMETRY:
                            raise RuntimeError(f"{peer.name}: its window is at {g.x},{g.y} {g.width}x{g.height}, "
                                               f"not where the warm runs found the preview")
                elif kind == "damage" and mapped is not None and drawn is None:
                    # The program's first frame, not the server clearing the new window: the
                    # strip under the title holds more than one colour (menus, tool bar).
                    screen.pump(0.002)
                    strip = Area(screen, x, y, width, 60).last
                    if len(set(strip[i:i + 4] for i in range(0, len(strip), 4 * 7))) > 2:
                        drawn = t
                    break
            if drawn is None:
                continue
            screen.pump(0.002)
            if preview is None:
                preview = Area(screen, preview_columns[0], y + 80, preview_columns[1] - preview_columns[0],
                               height - 120)
                first = preview.last
                continue
            now = preview.grab()
            blocks = changed_blocks(first, now, preview.width, preview.height)
            if len(blocks) * BLOCK * 2 >= preview.width:
                shown = time.monotonic()
        if shown is None:
            subprocess.run(["import", "-display", args.display, "-window", "root",
                            os.path.join(run_dir, "cold.png")], check=False)
            raise RuntimeError(f"{peer.name}: no window with a preview 60 s after a cold start "
                               f"(see {run_dir}/cold.png, {run_dir}/app.log)")
        return {"program": peer.name, "run": index, "cold": cold,
                "cold_window_ms": (drawn - launched) * 1000, "cold_preview_ms": (shown - launched) * 1000}


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--galley", required=True, help="the galley executable")
    parser.add_argument("--ghostwriter", default=shutil.which("ghostwriter") or "/usr/bin/ghostwriter")
    parser.add_argument("--display", default=":90", help="display number for the private Xvfb")
    parser.add_argument("--runs", type=int, default=3, help="runs of each program (alternating)")
    parser.add_argument("--keys", type=int, default=50, help="keys in the measured burst")
    parser.add_argument("--settle", type=float, default=60, help="seconds a program may take to load")
    parser.add_argument("--only", choices=("Galley", "ghostwriter"), help="run one program only")
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between keys")
    parser.add_argument("--work", help="keep the run folders here (default: a temporary folder)")
    parser.add_argument("--out", help="append one JSON line per run to this file")
    parser.add_argument("--screenshots", action="store_true", help="root window before/after each burst")
    parser.add_argument("--markdown", help="also write the tables to this file (tools/bench.sh --readme)")
    parser.add_argument("--cold-runs", type=int, default=3,
                        help="starts of Galley on a dropped page cache after the warm runs (0: none)")
    parser.add_argument("--verbose", action="store_true", help="print every key's and change's time")
    args = parser.parse_args()
    for program in (args.galley, args.ghostwriter):
        if not os.access(program, os.X_OK):
            raise SystemExit(f"gui-peers: {program} is not an executable")

    work = args.work or tempfile.mkdtemp(prefix="galley-gui-peers.")
    os.makedirs(work, exist_ok=True)
    text_path = os.path.join(work, "peer-text.md")
    with open(text_path, "w", encoding="utf-8") as f:
        f.write(make_text())
    newsroom = os.path.join(work, "peer.galley")
    if os.path.exists(newsroom):
        os.remove(newsroom)
    env = base_env(os.path.join(work, "import"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    imported = subprocess.run([args.galley, "import", "--db", newsroom, text_path], env=env,
                              capture_output=True, text=True)
    if imported.returncode != 0:
        raise SystemExit(f"gui-peers: galley import of {text_path} failed: {imported.stderr.strip()}")
    log(f"{len(make_text())} characters of text; newsroom {newsroom}")

    def galley(run_dir):
        env = base_env(run_dir)
        conf = os.path.join(env["XDG_CONFIG_HOME"], "Galley")
        os.makedirs(conf, exist_ok=True)
        with open(os.path.join(conf, "Galley.conf"), "w") as f:
            f.write("[user]\nname=Bench\nrole=editor\n")
        db = os.path.join(run_dir, "peer.galley")
        shutil.copy(newsroom, db)
        return [args.galley, "--db", db], env

    def ghostwriter(run_dir):
        env = base_env(run_dir)
        conf = os.path.join(env["XDG_CONFIG_HOME"], "ghostwriter")
        os.makedirs(conf, exist_ok=True)
        with open(os.path.join(conf, "ghostwriter.conf"), "w") as f:
            f.write("[Preview]\nhtmlPreviewOpen=true\n[Session]\nrestoreSession=false\n")
        md = os.path.join(run_dir, "peer-text.md")
        shutil.copy(text_path, md)
        return [args.ghostwriter, md], env

    peers = [Peer("Galley", galley), Peer("ghostwriter", ghostwriter)]
    results = []
    failed = 0

    def measure(what, folder, run):
        """One run in a fresh folder of `work`: its result kept (and logged, and appended to
        --out), or its failure counted."""
        nonlocal failed
        run_dir = os.path.join(work, folder)
        shutil.rmtree(run_dir, ignore_errors=True)
        os.makedirs(run_dir)
        try:
            r = run(run_dir)
        except RuntimeError as error:
            log(f"{what}: {error}")
            failed += 1
            return
        log(json.dumps(r))
        results.append(r)
        if args.out:
            with open(args.out, "a") as f:
                f.write(json.dumps(r) + "\n")

    for index in range(args.runs):
        for peer in peers:
            if not args.only or peer.name == args.only:
                measure(f"run {index + 1}", f"{peer.name}-{index + 1}",
                        lambda run_dir: run_once(peer, args, run_dir, index + 1))
    galley_runs = [r for r in results if r["program"] == "Galley"]
    if args.cold_runs and galley_runs:
        # The preview's place from the warm runs (the window is at the same place and size).
        columns = sorted(tuple(r["preview_columns"]) for r in galley_runs)[len(galley_runs) // 2]
        for index in range(args.cold_runs):
            measure(f"cold start {index + 1}", f"Galley-cold-{index + 1}",
                    lambda run_dir: cold_once(peers[0], args, run_dir, index + 1, columns))
    elif args.cold_runs:
        log("no cold start: no warm run of Galley found where its preview is")
        failed += 1
    print_table(results, args)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


def table_lines(results, args):
    """The run's conditions and tables, as printed and as tools/bench.sh --readme puts them into
    the README. Galley's budgets (issue 17) are judged on the median of its runs."""
    rows = [("launch -> window mapped", "launch_ms", "ms", None),
            ("key -> editor repaint, median", "key_editor_median_ms", "ms", 10),
            ("key -> editor repaint, p95", "key_editor_p95_ms", "ms", 16),
            ("key -> preview changed, median", "key_preview_median_ms", "ms", 35),
            (f"burst of {args.keys} keys -> preview settled", "burst_settled_ms", "ms", None),
            ("whole process tree, PSS", "pss_mib", "MiB", None)]
    load = os.getloadavg()
    lines = [f"gui-peers run of {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: Xvfb 1920x1080, "
             f"{args.keys} keys {int(args.interval * 1000)} ms apart, {args.runs} runs each, alternating; "
             f"{os.cpu_count()} logical CPUs, load average {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} "
             f"at the end.", "",
             "| path, from outside | Galley (median of runs; range) | ghostwriter (median of runs; range) "
             "| ratio Galley / ghostwriter | Galley's budget | result |",
             "|---|---|---|---|---|---|"]
    for label, key, unit, budget in rows:
        cells, medians = [], []
        for name in ("Galley", "ghostwriter"):
            values = [r[key] for r in results if r["program"] == name and r.get(key) is not None]
            if not values:
                cells.append("not measured")
                medians.append(None)
                continue
            m = statistics.median(values)
            medians.append(m)
            cells.append(f"{m:.1f} {unit} ({min(values):.1f}-{max(values):.1f})")
        ratio = f"{medians[0] / medians[1]:.2f}" if None not in medians and medians[1] else "-"
        limit = f"< {budget} {unit}" if budget else "-"
        verdict = "-" if not budget else "FAIL" if medians[0] is None or medians[0] >= budget else "ok"
        lines.append(f"| {label} | {cells[0]} | {cells[1]} | {ratio} | {limit} | {verdict} |")
    cold = [r for r in results if "cold_window_ms" in r]
    if cold:
        state = ("page cache dropped before each (echo 3 > /proc/sys/vm/drop_caches)" if all(r["cold"] for r in cold)
                 else "WARM: the page cache could not be dropped (not root)")
        lines += ["", f"Galley's first start from outside, {len(cold)} runs, {state}:", "",
                  "| path, from outside | Galley (median of runs; range) | budget | result |",
                  "|---|---|---|---|"]
        for label, key, budget in (("exec -> window drawn", "cold_window_ms", 800),
                                   ("exec -> first preview", "cold_preview_ms", 1500)):
            values = [r[key] for r in cold]
            m = statistics.median(values)
            verdict = "FAIL" if m >= budget else "ok" if all(r["cold"] for r in cold) else "warm"
            lines.append(f"| {label} | {m:.0f} ms ({min(values):.0f}-{max(values):.0f}) | < {budget} ms | {verdict} |")
    return lines


def print_table(results, args):
    lines = table_lines(results, args)
    print("\n".join(lines))
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    sys.exit(main())

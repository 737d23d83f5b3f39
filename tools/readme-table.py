#!/usr/bin/env python3
"""Puts galley-bench's Markdown table into the README, between its two markers.

Usage: readme-table.py README TABLE [NAME]

NAME is the table's: "galley-bench" (the default; tools/bench.sh --readme) or "gui-peers"
(tools/bench.sh --gui-peers --readme, tools/gui-peers.py --markdown), each with its own markers.

Everything between the begin and the end marker is replaced by TABLE (galley-bench --markdown's
output, a line of measured run conditions and the table); the rest of README stays byte for
byte. The README is replaced atomically (a new file renamed over it), and left alone on any
error: each marker must be there exactly once, the begin before the end, and TABLE must be a
table. Exit status 0 when written, 1 with one line on stderr otherwise.
"""
import os
import sys
import tempfile

MARKERS = {
    "galley-bench": ("<!-- galley-bench table begin: tools/bench.sh --readme writes what follows; do not edit by hand -->",
                     "<!-- galley-bench table end -->", "\n| path |"),
    "gui-peers": ("<!-- gui-peers table begin: tools/bench.sh --gui-peers --readme writes what follows; do not edit by hand -->",
                  "<!-- gui-peers table end -->", "\n| path, from outside |"),
}


def fail(message):
    print(f"readme-table: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) not in (3, 4) or (len(sys.argv) == 4 and sys.argv[3] not in MARKERS):
        fail(f"usage: readme-table.py README TABLE [{'|'.join(MARKERS)}]")
    readme_path, table_path = sys.argv[1:3]
    table_name = sys.argv[3] if len(sys.argv) == 4 else "galley-bench"
    begin, end, header = MARKERS[table_name]
    try:
        with open(readme_path, encoding="utf-8", newline="") as f:
            readme = f.read()
        with open(table_path, encoding="utf-8", newline="") as f:
            table = f.read()
    except (OSError, UnicodeDecodeError) as error:
        fail(f"cannot read {getattr(error, 'filename', None) or readme_path}: {error}")
    for marker, which in ((begin, "begin"), (end, "end")):
        count = readme.count(marker)
        if count != 1:
            fail(f"{readme_path}: the {which} marker is there {count} times, not once: {marker}")
    start = readme.index(begin) + len(begin)
    stop = readme.index(end)
    if stop < start:
        fail(f"{readme_path}: the end marker comes before the begin marker")
    if header not in "\n" + table or "|---|" not in table:
        fail(f"{table_path}: holds no {table_name} table")
    updated = readme[:start] + "\n" + table.rstrip("\n") + "\n" + readme[stop:]
    directory = os.path.dirname(os.path.abspath(readme_path))
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=directory,
                                         prefix=".readme-table.", delete=False) as f:
            f.write(updated)
            temporary = f.name
        os.chmod(temporary, os.stat(readme_path).st_mode & 0o7777)
        os.replace(temporary, readme_path)
    except OSError as error:
        try:
            os.unlink(temporary)
        except (OSError, NameError):
            pass
        fail(f"cannot write {readme_path}: {error}")


if __name__ == "__main__":
    main()

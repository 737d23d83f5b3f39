#!/usr/bin/env bash
# Installs the Debian packages listed in tools/packages.txt that are not installed yet.
# Runs apt-get as root, or through sudo; says what it installs. Fast when nothing is missing.
# A line "GROUP: package" belongs to an optional group, installed only when GROUP is named:
# tools/deps.sh gui-peers (what tools/bench.sh --gui-peers needs).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
wanted=()
while read -r line; do
    line="${line//[[:space:]]/}"
    [[ -z "$line" || "$line" == \#* ]] && continue
    if [[ "$line" == *:* ]]; then
        group="${line%%:*}"
        for asked in "$@"; do
            [[ "$asked" == "$group" ]] && wanted+=("${line#*:}")
        done
    else
        wanted+=("$line")
    fi
done < "$here/packages.txt"
missing=()
for pkg in "${wanted[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "galley: all ${#wanted[@]} Debian packages are installed."
    exit 0
fi
if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "galley: these Debian packages are missing and I am neither root nor have sudo: ${missing[*]}" >&2
    exit 1
fi
echo "galley: installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "galley: packages installed."

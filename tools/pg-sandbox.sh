#!/usr/bin/env bash
# A private, throw-away PostgreSQL 15 cluster for tests and developers. Touches nothing outside DIR
# (not the Debian system cluster 15/main, nothing in /etc).
#   tools/pg-sandbox.sh start DIR    creates DIR and a cluster in DIR/data, starts it, prints its admin URI
#   tools/pg-sandbox.sh stop DIR     stops it (immediate shutdown) and removes DIR; fine when already gone
#   tools/pg-sandbox.sh status DIR   exit 0 and prints the admin URI when running, exit 3 when not
# The server listens on a Unix socket in DIR (trusted: no password) and on 127.0.0.1:PORT, a free port
# in 54320..54999 (scram-sha-256). Superuser galley_admin, with a random password in DIR/password.
# DIR and the socket are its owner's only (0700): another local user cannot reach the superuser.
# DIR holds data/, log (server log), initdb.log, port, uri:
#   postgresql://galley_admin@/postgres?host=DIR&port=PORT
# stdout carries only that URI (start, status); messages go to stderr.
# Running as root, the server runs as the OS user postgres: initdb and pg_ctl refuse to run as root.
set -euo pipefail

pg_bin="${GALLEY_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
admin_user=galley_admin
admin_password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
locale="${GALLEY_PG_LOCALE:-C.UTF-8}"
marker=.galley-pg-sandbox
first_port=54320
last_port=54999

die() {
    echo "galley: $*" >&2
    exit 1
}

usage() {
    echo "usage: $(basename "$0") start|stop|status DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
command="$1"
dir_arg="$2"
[[ -n "$dir_arg" ]] || usage

# initdb and pg_ctl refuse to run as root: as root they run as the OS user postgres.
if [[ $(id -u) -eq 0 ]]; then
    as_owner=(runuser -u postgres --)
else
    as_owner=()
fi

need_binaries() {
    local tool
    for tool in initdb pg_ctl psql; do
        [[ -x "$pg_bin/$tool" ]] ||
            die "$pg_bin/$tool is missing: install postgresql-15 (or run tools/deps.sh)."
    done
    command -v python3 >/dev/null 2>&1 || die "python3 is missing: run tools/deps.sh."
    if [[ ${#as_owner[@]} -gt 0 ]]; then
        command -v runuser >/dev/null 2>&1 || die "runuser is missing (Debian package util-linux)."
        id -u postgres >/dev/null 2>&1 ||
            die "the OS user postgres is missing: install postgresql-15 (or run tools/deps.sh)."
    fi
}

# Runs a command inside DIR, as its owner (postgres when we are root).
in_dir() {
    (cd "$dir" && "${as_owner[@]}" "$@")
}

is_running() {
    [[ -f "$dir/data/PG_VERSION" && -x "$pg_bin/pg_ctl" ]] &&
        in_dir "$pg_bin/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

# Only a folder this script made (or an empty one) is ever taken over or removed.
is_sandbox() {
    [[ -f "$dir/$marker" || -z "$(ls -A "$dir")" ]]
}

# The first loopback TCP port from $1 up (wrapping around in $first_port..$last_port) that nothing holds.
free_port() {
    python3 - "$1" "$first_port" "$last_port" <<'EOF'
import socket, sys
start, first, last = (int(a) for a in sys.argv[1:4])
for i in range(last - first + 1):
    port = first + (start - first + i) % (last - first + 1)
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    sys.exit(0)
sys.exit(1)
EOF
}

show_log() {
    [[ -f "$1" ]] && tail -n 15 "$1" | sed 's/^/    /' >&2
    return 0
}

cmd_start() {
    need_binaries
    # The path goes unquoted into pg_ctl's shell command line and into the URI.
    local safe='^[A-Za-z0-9/._-]+$'
    [[ "$dir_arg" =~ $safe ]] || die "$dir_arg: use a folder path of letters, digits and / . _ - only."
    mkdir -p -- "$dir_arg"
    dir="$(cd -- "$dir_arg" && pwd -P)"
    [[ "$dir" =~ $safe ]] || die "$dir: use a folder path of letters, digits and / . _ - only."
    # A Unix socket path ("$dir/.s.PGSQL.$port") has at most 107 bytes.
    [[ $((${#dir} + 15)) -le 107 ]] || die "$dir: path too long for a Unix socket; use a shorter one."
    is_sandbox || die "$dir is not empty and not a PostgreSQL sandbox; not using it."
    if is_running; then
        echo "galley: the PostgreSQL sandbox in $dir is already running." >&2
        cat "$dir/uri"
        return 0
    fi
    [[ ! -e "$dir/data" ]] ||
        die "$dir holds a stopped cluster; run '$0 stop $dir' first."

    touch "$dir/$marker"
    chmod 700 "$dir"
    if [[ ${#as_owner[@]} -gt 0 ]]; then
        chown postgres:postgres "$dir"
        "${as_owner[@]}" test -w "$dir" -a -x "$dir" ||
            die "the OS user postgres cannot write to $dir (is a parent folder private?); use one under /tmp."
    fi

    # --no-sync, and fsync=off below: a throw-away cluster never has to survive a crash.
    (umask 077 && printf '%s\n' "$admin_password" >"$dir/pwfile")
    [[ ${#as_owner[@]} -eq 0 ]] || chown postgres:postgres "$dir/pwfile"
    local status=0
    in_dir "$pg_bin/initdb" -D "$dir/data" -E UTF8 --locale="$locale" -U "$admin_user" \
        --pwfile="$dir/pwfile" --auth-local=trust --auth-host=scram-sha-256 --no-sync \
        >"$dir/initdb.log" 2>&1 || status=$?
    rm -f "$dir/pwfile"
    (umask 077 && printf '%s\n' "$admin_password" >"$dir/password")
    if [[ $status -ne 0 ]]; then
        echo "galley: initdb failed in $dir/data (exit $status):" >&2
        show_log "$dir/initdb.log"
        exit 1
    fi

    # The search starts at a random port so that sandboxes started together rarely collide; when
    # another one takes the port between the check and the bind, try the next one.
    local port=$((first_port + RANDOM % (last_port - first_port + 1) - 1)) attempt started=0
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port="$(free_port $((port + 1)))" || die "no free TCP port in $first_port..$last_port on 127.0.0.1."
        if in_dir "$pg_bin/pg_ctl" start -w -t 60 -D "$dir/data" -l "$dir/log" \
            -o "-k $dir -c unix_socket_permissions=0700 -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            >/dev/null 2>&1; then
            started=1
            break
        fi
        grep -q 'Address already in use' "$dir/log" 2>/dev/null || break
        echo "galley: port $port was taken meanwhile; trying another (attempt $attempt)." >&2
    done
    if [[ $started -ne 1 ]]; then
        echo "galley: the PostgreSQL sandbox in $dir did not start; its log says:" >&2
        show_log "$dir/log"
        exit 1
    fi

    local uri="postgresql://$admin_user@/postgres?host=$dir&port=$port"
    echo "$port" >"$dir/port"
    echo "$uri" >"$dir/uri"
    # pg_trgm is a trusted extension (any database owner may create it); in template1 it is
    # simply there in every database created afterwards.
    if ! "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 "postgresql://$admin_user@/template1?host=$dir&port=$port" \
        -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm' >/dev/null; then
        in_dir "$pg_bin/pg_ctl" stop -D "$dir/data" -m immediate >/dev/null 2>&1 || true
        die "could not create the extension pg_trgm in template1 (the server is stopped again)."
    fi
    echo "$uri"
}

cmd_stop() {
    if [[ ! -e "$dir_arg" ]]; then
        echo "galley: no PostgreSQL sandbox in $dir_arg; nothing to stop." >&2
        return 0
    fi
    [[ -d "$dir_arg" ]] || die "$dir_arg is not a folder."
    dir="$(cd -- "$dir_arg" && pwd -P)"
    if [[ "$dir" == / ]] || ! is_sandbox; then
        die "$dir is not a PostgreSQL sandbox (no $marker in it); not removing it."
    fi
    local what=removed
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        need_binaries
        if is_running; then
            in_dir "$pg_bin/pg_ctl" stop -D "$dir/data" -m immediate -w -t 60 >/dev/null 2>&1 ||
                die "pg_ctl could not stop the PostgreSQL sandbox in $dir; not removing it."
            what="stopped and removed"
        fi
    fi
    rm -rf -- "$dir"
    echo "galley: PostgreSQL sandbox in $dir $what." >&2
}

cmd_status() {
    if [[ -d "$dir_arg" ]]; then
        dir="$(cd -- "$dir_arg" && pwd -P)"
        if [[ -f "$dir/$marker" && -f "$dir/uri" ]] && { [[ ${#as_owner[@]} -eq 0 ]] || id -u postgres >/dev/null 2>&1; } &&
            is_running; then
            cat "$dir/uri"
            return 0
        fi
    fi
    echo "galley: no PostgreSQL sandbox is running in $dir_arg." >&2
    exit 3
}

case "$command" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    *) usage ;;
esac

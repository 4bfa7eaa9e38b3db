#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, in a folder of its own:
#
#   bash scripts/pg-server.sh start <folder> [--durable]   prints the server's URL on stdout
#                                              (a folder holding a stopped server: starts that one again)
#   bash scripts/pg-server.sh restart <folder> fast|immediate   restarts it (immediate: as after a crash)
#   bash scripts/pg-server.sh stop <folder> [--keep]   stops it and removes the folder (--keep: keeps it)
#   bash scripts/pg-server.sh find             prints the folder holding initdb and pg_ctl
#
# Any PostgreSQL from 11 (what actionlog supports) will do; the newest installed is used.
# The server listens on a Unix socket in <folder> only (no TCP port, so parallel runs never
# clash), trusts local connections (nothing else can reach it), and does not flush to disk:
# it holds test data and is thrown away. With --durable it flushes as a real server does, so
# that what it committed survives an immediate restart (the stress run's crash), and keeps
# more in memory (1 GB of shared buffers): the bench's server, as a council's would be.
# PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (Debian's
# packages make one) or else as `nobody`.
# Used by .ci/run and, where ACTIONLOG_TEST_PG is not set, by tests/pg/server.ts.
set -euo pipefail

# The newest installed version's programs: Debian keeps them in /usr/lib/postgresql/<version>/bin,
# and other systems put them on the PATH. ACTIONLOG_PG_BIN names the folder instead.
find_bin() {
  local dir
  if [ -n "${ACTIONLOG_PG_BIN:-}" ]; then
    [ -x "$ACTIONLOG_PG_BIN/initdb" ] && [ -x "$ACTIONLOG_PG_BIN/pg_ctl" ] && echo "$ACTIONLOG_PG_BIN" && return 0
    return 1
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  return 1
}

# Runs a command as the server's user: this one, or as root an unprivileged one.
as_server_user() {
  if [ "$(id -u)" != 0 ]; then "$@"; return; fi
  if command -v runuser >/dev/null; then runuser -u "$server_user" -- "$@"; return; fi
  su -s /bin/sh "$server_user" -c "$(printf '%q ' "$@")"
}

server_user=$(id -un)
if [ "$(id -u)" = 0 ]; then
  if id postgres >/dev/null 2>&1; then server_user=postgres; else server_user=nobody; fi
fi

command=${1:-}
folder=${2:-}
case "$command" in
  find)
    find_bin || { echo "no PostgreSQL server programs (initdb, pg_ctl) found${ACTIONLOG_PG_BIN:+ in $ACTIONLOG_PG_BIN}" >&2; exit 1; }
    ;;
  start)
    [ -n "$folder" ] || { echo "usage: $0 start <folder>" >&2; exit 2; }
    bin=$(find_bin) || { echo "no PostgreSQL server programs (initdb, pg_ctl) found${ACTIONLOG_PG_BIN:+ in $ACTIONLOG_PG_BIN}" >&2; exit 1; }
    mkdir -p "$folder"
    folder=$(cd "$folder" && pwd)
    # A Unix socket's path must fit in 107 bytes.
    if [ ${#folder} -gt 80 ]; then echo "folder path too long for a socket: $folder" >&2; exit 1; fi
    [ "$(id -u)" = 0 ] && chown "$server_user" "$folder"
    if [ ! -f "$folder/data/PG_VERSION" ]; then
      as_server_user "$bin/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync \
        >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
    fi
    if as_server_user "$bin/pg_ctl" -D "$folder/data" status >/dev/null 2>&1; then
      echo "postgresql://postgres@localhost/postgres?host=$folder"
      exit 0
    fi
    options="-c listen_addresses='' -c unix_socket_directories='$folder' -c max_connections=200"
    if [ "${3:-}" = --durable ]; then options+=" -c shared_buffers=1GB"
    else options+=" -c shared_buffers=64MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
    as_server_user "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 -o "$options" start >/dev/null \
      || { cat "$folder/server.log" >&2; exit 1; }
    echo "postgresql://postgres@localhost/postgres?host=$folder"
    ;;
  restart)
    mode=${3:-}
    [ -n "$folder" ] && { [ "$mode" = fast ] || [ "$mode" = immediate ]; } || { echo "usage: $0 restart <folder> fast|immediate" >&2; exit 2; }
    bin=$(find_bin)
    as_server_user "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -m "$mode" -w -t 60 restart >/dev/null \
      || { tail -n 20 "$folder/server.log" >&2; exit 1; }
    ;;
  stop)
    [ -n "$folder" ] || { echo "usage: $0 stop <folder>" >&2; exit 2; }
    if [ "${3:-}" = --keep ]; then
      bin=$(find_bin) && as_server_user "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true
      exit 0
    fi
    if [ -f "$folder/data/postmaster.pid" ] && bin=$(find_bin); then
      as_server_user "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start <folder> [--durable] | restart <folder> fast|immediate | stop <folder> | find" >&2
    exit 2
    ;;
esac

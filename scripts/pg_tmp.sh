#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's tests (used by .ci/run and tests/store/conftest.py).
#   scripts/pg_tmp.sh start DIR   initdb into DIR, start on a unix socket there, print the URL
#   scripts/pg_tmp.sh stop DIR    stop it and remove DIR
# As root, the server runs as the 'postgres' user (PostgreSQL refuses to run as root).
set -euo pipefail
action=$1 dir=$2
bindir=$(dirname "$(command -v pg_ctl 2>/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1)")
[ -x "$bindir/pg_ctl" ] || { echo "pg_tmp: no PostgreSQL binaries (pg_ctl) found" >&2; exit 2; }
as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}
case $action in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "'$bindir/initdb' -D '$dir/data' -A trust -U postgres >'$dir/initdb.log' 2>&1"
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-k '$dir' -c listen_addresses='' -c fsync=off\" start >/dev/null"
    echo "postgresql://postgres@/postgres?host=$dir"
    ;;
  stop)
    as_owner "'$bindir/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null" || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL cluster on 127.0.0.1 for the ledger's PostgreSQL tests.
#   eval "$(bash scripts/postgres.sh start)"   -> exports FOLLOWUP_TEST_POSTGRES
#   bash scripts/postgres.sh stop
# Uses Debian's postgresql package (installed by scripts/prerequisites.sh). Prints nothing to eval when it cannot start.
set -uo pipefail
port=${FOLLOWUP_PG_PORT:-55439}
dir=${FOLLOWUP_PG_DIR:-/tmp/followup-pg-$port}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

run_as_db_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "${1:-start}" in
  start)
    if [ -z "$bin" ]; then
      echo "echo 'PostgreSQL is not installed: its tests will be skipped' >&2"
      exit 0
    fi
    if [ -f "$dir/postmaster.pid" ]; then
      run_as_db_user "$bin/pg_ctl" -D "$dir" stop -m fast >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    if ! run_as_db_user "$bin/initdb" -D "$dir" -A trust -U followup --no-sync >"$dir.init.log" 2>&1; then
      echo "echo 'PostgreSQL initdb failed (see $dir.init.log): its tests will be skipped' >&2"
      exit 0
    fi
    if ! run_as_db_user "$bin/pg_ctl" -D "$dir" -w -t 60 -l "$dir/server.log" \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null 2>&1; then
      echo "echo 'PostgreSQL did not start (see $dir/server.log): its tests will be skipped' >&2"
      exit 0
    fi
    echo "export FOLLOWUP_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=followup;Database=followup_test;Pooling=false'"
    ;;
  stop)
    [ -n "$bin" ] && [ -d "$dir" ] && run_as_db_user "$bin/pg_ctl" -D "$dir" stop -m fast >/dev/null 2>&1
    rm -rf "$dir" "$dir.init.log"
    ;;
esac

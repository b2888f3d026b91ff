#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for local development and prints
# the export line for HAVEN_TEST_DATABASE_URL. Stop it with: scripts/pg-dev.sh stop
set -euo pipefail
DIR=/tmp/haven-dev-pg
PORT=${PGPORT:-55432}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ "${1:-}" = stop ]; then
  su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $DIR/data -m fast stop" || true
  rm -rf "$DIR"; exit 0
fi
mkdir -p "$DIR" && chown postgres "$DIR"
[ -d "$DIR/data" ] || su postgres -s /bin/sh -c "$PGBIN/initdb -D $DIR/data -A trust -U postgres --no-sync" >/dev/null
su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $DIR/data -l $DIR/log -w -o '-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR' start" >/dev/null
echo "export HAVEN_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/postgres"

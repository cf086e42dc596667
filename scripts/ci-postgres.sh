#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster (Debian's postgresql-15 package) for CI's external-server
# test run. `.ci/run` starts it, exports the URL and stops it at exit.
#
#   scripts/ci-postgres.sh [start]   initdb a fresh temp dir, start on 127.0.0.1:<free port>,
#                                    create the roles kakehashi_ci (LOGIN CREATEDB, no superuser:
#                                    owns the test databases) and kakehashi_ci_app (LOGIN only: the
#                                    app's connections, subject to row-level security) and print
#                                    exactly three lines on stdout:
#                                      TEST_EXTERNAL_DATABASE_URL=postgres://kakehashi_ci:PW@127.0.0.1:PORT/postgres
#                                      TEST_EXTERNAL_APP_DATABASE_URL=postgres://kakehashi_ci_app:PW@127.0.0.1:PORT/postgres
#                                      CI_PG_DATA=/tmp/kakehashi-ci-pg.XXXXXX
#   scripts/ci-postgres.sh stop DIR  stop the cluster in DIR (a CI_PG_DATA) and delete DIR.
#                                    Safe to repeat; refuses directories it did not create.
#
# Every start makes a new cluster in a new directory, so running it twice never clobbers
# anything. Progress and errors go to stderr; stdout carries only the lines above.
set -euo pipefail

PG_BIN=${CI_PG_BIN:-/usr/lib/postgresql/15/bin} # full path: /usr/local/bin/pg_ctl may be another version
OS_USER=postgres
ROLE=kakehashi_ci
# The app's own role: row access only, subject to row-level security (as in production).
APP_ROLE=kakehashi_ci_app
MARKER=.kakehashi-ci-postgres # marks a directory this script made (stop deletes only those)
dir= # the cluster's temp dir while starting (global: the EXIT trap cleans it up on failure)

log() { echo "[ci-postgres] $*" >&2; }
die() { echo "[ci-postgres] ERROR: $*" >&2; exit 1; }

# Commands that touch the cluster run as the cluster's OS user: `postgres` when we are root
# (PostgreSQL refuses to run as root), otherwise the invoking user.
as_owner() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u "$OS_USER" -- "$@"
  else
    "$@"
  fi
}

check_binaries() {
  local b
  for b in initdb pg_ctl postgres psql; do
    [[ -x "$PG_BIN/$b" ]] || die "$PG_BIN/$b not found: install Debian's postgresql-15 (apt-get install -y --no-install-recommends postgresql-15)"
  done
  local version
  version=$("$PG_BIN/postgres" --version) || die "$PG_BIN/postgres --version failed"
  [[ "$version" =~ \ 15\. ]] || die "expected PostgreSQL 15 in $PG_BIN, found: $version"
  log "using $version ($PG_BIN)"
}

ensure_os_user() {
  [[ $EUID -eq 0 ]] || return 0
  if ! id -u "$OS_USER" >/dev/null 2>&1; then
    log "creating system user $OS_USER"
    useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql \
      --shell /usr/sbin/nologin "$OS_USER" || die "could not create the system user $OS_USER"
  fi
  command -v runuser >/dev/null || die "runuser (util-linux) not found: cannot run PostgreSQL as $OS_USER"
}

free_port() {
  node -e '
    const s = require("node:net").createServer();
    s.on("error", (e) => { console.error(e.message); process.exit(1); });
    s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => console.log(port)); });
  '
}

random_password() {
  # 32 hex characters: nothing to escape in a URL, a connection string or SQL.
  od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

pg_stop_dir() {
  local dir=$1
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    log "stopping the cluster in $dir"
    if ! as_owner "$PG_BIN/pg_ctl" stop -D "$dir/data" -m fast -w -t 60 >&2; then
      log "fast shutdown failed; trying immediate"
      as_owner "$PG_BIN/pg_ctl" stop -D "$dir/data" -m immediate -w -t 30 >&2 || true
    fi
  fi
}

cmd_stop() {
  local dir=${1:-}
  [[ -n "$dir" ]] || die "usage: $0 stop DIR (the CI_PG_DATA printed by start)"
  if [[ ! -e "$dir" ]]; then
    log "$dir does not exist: nothing to stop"
    return 0
  fi
  [[ -f "$dir/$MARKER" ]] || die "$dir was not created by $0 (no $MARKER): refusing to stop or delete it"
  pg_stop_dir "$dir"
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    local pid
    pid=$(head -n1 "$dir/data/postmaster.pid")
    if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
      die "postmaster $pid of $dir is still running; left $dir in place (log: $dir/postgres.log)"
    fi
  fi
  rm -rf -- "$dir"
  log "stopped and removed $dir"
}

cmd_start() {
  check_binaries
  ensure_os_user
  command -v node >/dev/null || die "node not found (needed to pick a free port)"

  local base=${TMPDIR:-/tmp}
  dir=$(mktemp -d "$base/kakehashi-ci-pg.XXXXXX") || die "could not create a temp dir in $base"
  touch "$dir/$MARKER"
  # On any failure from here on: show the server log, stop what was started, delete the dir.
  trap 'status=$?; if [[ $status -ne 0 ]]; then
          if [[ -s "$dir/postgres.log" ]]; then log "server log ($dir/postgres.log):"; tail -n 40 "$dir/postgres.log" >&2; fi
          pg_stop_dir "$dir"; rm -rf -- "$dir"; log "start failed; removed $dir"
        fi' EXIT

  chmod 700 "$dir"
  if [[ $EUID -eq 0 ]]; then
    chown "$OS_USER:" "$dir"
    as_owner test -w "$dir" || die "user $OS_USER cannot write to $dir (is a parent of $base not traversable? set TMPDIR=/tmp)"
  fi
  local data="$dir/data"
  # Unix sockets live in $dir: the socket path must stay under ~107 bytes.
  (( ${#dir} < 90 )) || die "temp dir path too long for a unix socket: $dir (set TMPDIR=/tmp)"

  log "initdb into $data"
  as_owner "$PG_BIN/initdb" --pgdata="$data" --username="$(as_owner id -un)" \
    --auth-local=peer --auth-host=scram-sha-256 --encoding=UTF8 --locale=C --no-instructions \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }

  # Only 127.0.0.1 over TCP (scram-sha-256); the superuser is reachable only through the
  # unix socket in $dir (peer), since it has no password.
  as_owner tee "$data/pg_hba.conf" >/dev/null <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 peer
host    all       all   127.0.0.1/32  scram-sha-256
EOF

  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port) || die "could not find a free TCP port"
    [[ "$port" =~ ^[0-9]+$ ]] || die "could not find a free TCP port (got '$port')"
    as_owner tee "$data/postgresql.auto.conf" >/dev/null <<EOF
# Written by scripts/ci-postgres.sh
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
password_encryption = 'scram-sha-256'
max_connections = 200
fsync = on
logging_collector = off
EOF
    log "starting PostgreSQL on 127.0.0.1:$port (attempt $attempt)"
    if as_owner "$PG_BIN/pg_ctl" start -D "$data" -l "$dir/postgres.log" -w -t 60 >/dev/null 2>&1; then
      break
    fi
    if grep -qE 'could not bind|Address already in use' "$dir/postgres.log" 2>/dev/null && (( attempt < 5 )); then
      log "port $port was taken meanwhile; picking another"
      continue
    fi
    die "pg_ctl start failed"
  done

  local password app_password
  password=$(random_password)
  app_password=$(random_password)
  [[ ${#password} -eq 32 && ${#app_password} -eq 32 ]] || die "could not generate a password"
  log "creating role $ROLE (LOGIN CREATEDB, not a superuser)"
  # The password goes through stdin, not argv.
  if ! as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -d postgres >&2 <<EOF
CREATE ROLE $ROLE LOGIN CREATEDB NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD '$password';
CREATE ROLE $APP_ROLE LOGIN NOCREATEDB NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT PASSWORD '$app_password';
-- DROP DATABASE ... WITH (FORCE) of a test database ends the app role's last connections.
GRANT pg_signal_backend TO $ROLE;
EOF
  then
    die "could not create the role $ROLE"
  fi

  # Prove the URL works before handing it out: TCP, scram-sha-256, not a superuser.
  local check
  check=$(PGPASSWORD=$password PGCONNECT_TIMEOUT=10 "$PG_BIN/psql" -X -At -v ON_ERROR_STOP=1 \
    "host=127.0.0.1 port=$port dbname=postgres user=$ROLE sslmode=disable" \
    -c "SELECT rolsuper::text || ',' || rolcreatedb::text FROM pg_roles WHERE rolname = current_user" 2>&1) \
    || die "cannot connect as $ROLE to 127.0.0.1:$port: $check"
  [[ "$check" == "false,true" ]] || die "unexpected attributes of $ROLE (superuser,createdb): $check"

  trap - EXIT
  log "ready: PostgreSQL 15 on 127.0.0.1:$port, data in $dir (stop: $0 stop $dir)"
  echo "TEST_EXTERNAL_DATABASE_URL=postgres://$ROLE:$password@127.0.0.1:$port/postgres"
  echo "TEST_EXTERNAL_APP_DATABASE_URL=postgres://$APP_ROLE:$app_password@127.0.0.1:$port/postgres"
  echo "CI_PG_DATA=$dir"
}

case "${1:-start}" in
  start) [[ $# -le 1 ]] || die "usage: $0 [start] | $0 stop DIR"; cmd_start ;;
  stop) shift; [[ $# -eq 1 ]] || die "usage: $0 stop DIR"; cmd_stop "$1" ;;
  -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$1' (usage: $0 [start] | $0 stop DIR)" ;;
esac

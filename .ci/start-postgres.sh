#!/usr/bin/env bash
# Starts a local PostgreSQL for the store's tests and prints the URL to use (alone, on stdout):
#   export OUTTURN_TEST_PG=$(bash .ci/start-postgres.sh)
# Installs Debian's postgresql only when it is missing. Idempotent: when the cluster already runs
# and the role and database exist, it only prints the URL. Run as root (no systemd needed).
set -euo pipefail

ROLE="${OUTTURN_PG_ROLE:-outturn}"
PASSWORD="${OUTTURN_PG_PASSWORD:-outturn}"
DATABASE="${OUTTURN_PG_DATABASE:-outturn}"

say() { echo "start-postgres: $*" >&2; }

newest_version() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(newest_version)" ]; then
  say "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2 && apt-get install -y postgresql >&2
fi

VERSION="$(newest_version)"
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  say "creating cluster $VERSION/main"
  pg_createcluster "$VERSION" main >&2
fi

if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" && $4 ~ /^online/ { found = 1 } END { exit !found }'; then
  say "starting cluster $VERSION/main"
  pg_ctlcluster "$VERSION" main start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $3 }')"

as_postgres() { runuser -u postgres -- psql --port "$PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }

for _ in $(seq 1 50); do
  if as_postgres -c "select 1" >/dev/null 2>&1; then break; fi
  sleep 0.2
done

# The role may create databases: each test run makes its own and drops it afterwards.
if [ "$(as_postgres -c "select 1 from pg_roles where rolname = '$ROLE'")" != "1" ]; then
  say "creating role $ROLE"
  as_postgres -c "create role \"$ROLE\" login createdb password '$PASSWORD'"
else
  as_postgres -c "alter role \"$ROLE\" login createdb password '$PASSWORD'"
fi
if [ "$(as_postgres -c "select 1 from pg_database where datname = '$DATABASE'")" != "1" ]; then
  say "creating database $DATABASE"
  as_postgres -c "create database \"$DATABASE\" owner \"$ROLE\""
fi

echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"

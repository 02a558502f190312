#!/usr/bin/env bash
# Runs COMMAND... with a throw-away PostgreSQL server: installs PostgreSQL from Debian's packages when
# missing (scripts/setup.sh), creates a cluster in a temporary directory, starts it on a free local
# port (and a Unix socket in that directory), exports SHEQU_TEST_POSTGRES_URL for the command, and
# always stops and removes the cluster afterwards. The command's exit status is this script's.
#
#   scripts/with-postgres.sh swift test --filter StoreConformance
#   scripts/with-postgres.sh sh -c '.build/release/shequ init --store "$SHEQU_TEST_POSTGRES_URL"'
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ "$#" -gt 0 ] || { echo "usage: $0 COMMAND [ARGUMENT...]" >&2; exit 2; }

SHEQU_WITH_POSTGRES=1 bash "$here/setup.sh"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "with-postgres: no PostgreSQL server binaries under /usr/lib/postgresql" >&2; exit 2; }

cluster="$(mktemp -d "${TMPDIR:-/tmp}/shequ-postgres.XXXXXX")"
# PostgreSQL refuses to run as root: run the server as the `postgres` system user the package creates.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres: "$cluster"
    as_owner=(runuser -u postgres --)
fi

port=""
for candidate in $(seq 54329 54429); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port="$candidate"; break; fi
done
[ -n "$port" ] || { echo "with-postgres: no free port in 54329-54429" >&2; exit 2; }

stop() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$cluster"
}
trap stop EXIT
trap 'exit 130' INT TERM

"${as_owner[@]}" "$bin/initdb" -D "$cluster/data" -U shequ --auth=trust -E UTF8 --no-locale >"$cluster/initdb.log" 2>&1 \
    || { cat "$cluster/initdb.log" >&2; exit 1; }
# Commits wait for the WAL write but not its flush (like SQLite's synchronous=NORMAL in WAL mode).
"${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c synchronous_commit=off -c max_connections=200 -c shared_buffers=256MB" \
    start >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }
"$bin/createdb" -h 127.0.0.1 -p "$port" -U shequ shequ

export SHEQU_TEST_POSTGRES_URL="postgres://shequ@127.0.0.1:$port/shequ?sslmode=disable"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $SHEQU_TEST_POSTGRES_URL" >&2
status=0
"$@" || status=$?
exit "$status"

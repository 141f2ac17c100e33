# Starts a throwaway PostgreSQL cluster for the tests and exports HANKEVAHTI_TEST_POSTGRES.
# Sourced by scripts/test.sh; the cluster is stopped and deleted when that shell exits.
pg_bin=""
for v in 15 16 17 14 13; do
  if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then pg_bin="/usr/lib/postgresql/$v/bin"; break; fi
done
if [ -z "$pg_bin" ] && command -v initdb >/dev/null 2>&1; then pg_bin="$(dirname "$(command -v initdb)")"; fi
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL server binaries not found: install them with 'apt-get install postgresql' (Debian) and run again." >&2
  exit 1
fi

pg_dir="$(mktemp -d /tmp/hankevahti-pg.XXXXXX)"
pg_port="${HANKEVAHTI_TEST_PG_PORT:-$((20000 + RANDOM % 20000))}"
as_pg=()
if [ "$(id -u)" = "0" ]; then
  # initdb refuses to run as root; Debian's postgresql package creates the postgres user.
  chown postgres "$pg_dir"
  as_pg=(runuser -u postgres --)
fi

"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U hankevahti --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { echo "initdb failed, see $pg_dir/initdb.log:" >&2; cat "$pg_dir/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { echo "PostgreSQL did not start, see $pg_dir/server.log:" >&2; cat "$pg_dir/server.log" >&2; exit 1; }

stop_throwaway_pg() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_throwaway_pg EXIT

export HANKEVAHTI_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=hankevahti;Database=postgres"
echo "Throwaway PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port" >&2

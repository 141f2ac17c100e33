#!/usr/bin/env bash
# Portfolio benchmark at national scale (issue 17): the programme and region pages and the API's project list of a
# demo portfolio (docs/demo-portfolio.md) served by the real app, on SQLite and on PostgreSQL. Prints the generator's
# time and the database's size, then per page the first (cold) request and p50/p95 of BENCH_REQUESTS sequential warm
# requests, with a static file of the same app as the peer and the load average at the time.
# Target (the issue's): p95 < 200 ms warm on both databases. Every portfolio view and a drill-down must answer 200.
# Exit code 0 when the targets are met, 2 when one is missed, 1 on a failure.
#
#   bash bench/portfolio-web.sh                        # 1 000 projects, fresh databases
#   BENCH_PROJECTS=10000 BENCH_KEEP=/tmp/hv10000 bash bench/portfolio-web.sh
#
# BENCH_KEEP=DIR keeps the SQLite database in DIR and reuses it when it is there (generating 10 000 projects takes
# many minutes). BENCH_POSTGRES="Host=...;Database=..." uses that PostgreSQL database as it is (already generated);
# without it a throwaway cluster is started (scripts/pg-throwaway.sh) and the portfolio generated into it.
# BENCH_DATABASES="sqlite postgres" (default) chooses which to run.
set -euo pipefail
cd "$(dirname "$0")/.."

projects="${BENCH_PROJECTS:-1000}"
requests="${BENCH_REQUESTS:-40}"
port="${BENCH_PORT:-5183}"
databases="${BENCH_DATABASES:-sqlite postgres}"
as_of="2026-12-07"

# BENCH_CLI=path/Hankevahti.Cli.dll uses a CLI built already (e.g. `dotnet build src/Hankevahti.Cli -c Release -o DIR`).
if [ -n "${BENCH_CLI:-}" ]; then
  cli=(dotnet "$BENCH_CLI")
else
  dotnet build src/Hankevahti.Cli -c Release -v q --nologo >/dev/null
  cli=(dotnet src/Hankevahti.Cli/bin/Release/net10.0/Hankevahti.Cli.dll)
fi

work="$(mktemp -d /tmp/hankevahti-portfolio-web.XXXXXX)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }

# generate LABEL [env...]: the demo portfolio into the database the environment names; prints wall time.
generate() {
  local label="$1"; shift
  local start; start="$(now)"
  env "$@" "${cli[@]}" demo portfolio --projects "$projects" --seed 1 --as-of "$as_of" >"$work/generate-$label.log" 2>&1 \
    || { echo "generating on $label failed:" >&2; tail -5 "$work/generate-$label.log" >&2; exit 1; }
  awk -v s="$start" -v e="$(now)" -v l="$(load)" -v n="$projects" -v db="$label" \
    'BEGIN { printf "generator %-10s %6d projects in %7.1f s (load %s)\n", db, n, e - s, l }'
  tail -2 "$work/generate-$label.log" | sed 's/^/  /'
}

# time_one URL: one request's seconds, failing on anything but 200.
time_one() {
  local out code t
  out="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$1")"
  code="${out% *}"; t="${out#* }"
  [ "$code" = 200 ] || { echo "$1 answered $code" >&2; exit 1; }
  echo "$t"
}

status=0
# measure LABEL: the pages of the app now serving, with the figures printed under LABEL.
measure() {
  local label="$1" base="http://127.0.0.1:$port"
  declare -A url=(
    [static]="$base/static/site.css"
    [programmes]="$base/portfolio/programmes"
    [regions]="$base/portfolio/regions"
    [api-projects]="$base/api/projects?page=3&pageSize=50"
  )
  echo "pages on $label ($requests sequential requests each after warming up; ms)"
  printf '  %-14s %9s %9s %9s %9s %s\n' page cold p50 p95 vs_static load
  local static50=""
  for key in static programmes regions api-projects; do
    local cold; cold="$(time_one "${url[$key]}")"
    for _ in 1 2 3; do time_one "${url[$key]}" >/dev/null; done
    : >"$work/times"
    for _ in $(seq 1 "$requests"); do time_one "${url[$key]}" >>"$work/times"; done
    local p50 p95
    p50="$(sort -n "$work/times" | awk '{ a[NR] = $1 } END { printf "%.1f", a[int((NR + 1) * 0.50)] * 1000 }')"
    p95="$(sort -n "$work/times" | awk '{ a[NR] = $1 } END { i = int(NR * 0.95 + 0.999); printf "%.1f", a[i] * 1000 }')"
    [ -n "$static50" ] || static50="$p50"
    printf '  %-14s %9.1f %9s %9s %9s %s\n' "$key" "$(awk -v c="$cold" 'BEGIN { print c * 1000 }')" "$p50" "$p95" \
      "$(awk -v a="$p50" -v b="$static50" 'BEGIN { printf "%.1fx", a / b }')" "$(load)"
    if [ "$key" != static ]; then
      if awk -v p="$p95" 'BEGIN { exit !(p < 200) }'; then :; else echo "  target $key on $label: MISSED (p95 $p95 ms, want < 200 ms)"; status=2; fi
    fi
  done
  # Every view answers at this scale (once each, warm: they share the facts the pages above read).
  for path in /portfolio /portfolio/organisations /portfolio/years "/portfolio/projects?view=programmes&group=rrf&figure=budget" \
    "/portfolio/programmes?format=csv"; do
    printf '  answers %-58s %8.1f ms\n' "$path" "$(awk -v c="$(time_one "$base$path")" 'BEGIN { print c * 1000 }')"
  done
}

# serve_and_measure LABEL [env...]
serve_and_measure() {
  local label="$1"; shift
  env "$@" "${cli[@]}" serve --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning >"$work/serve-$label.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/static/site.css" >/dev/null 2>&1 && break; sleep 0.5; done
  measure "$label"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

echo "portfolio web benchmark: $projects projects (seed 1, as of $as_of); $(nproc) cores; load $(load)"

if [[ " $databases " == *" sqlite "* ]]; then
  data="${BENCH_KEEP:-$work/sqlite}"
  if [ -f "$data/hankevahti.db" ]; then
    echo "generator sqlite     reusing $data"
  else
    generate sqlite HANKEVAHTI_DATA="$data"
  fi
  echo "database  sqlite     $(du -cb "$data"/hankevahti.db* | awk 'END { printf "%.1f MiB", $1 / 1048576 }')"
  serve_and_measure sqlite HANKEVAHTI_DATA="$data"
fi

if [[ " $databases " == *" postgres "* ]]; then
  pg="${BENCH_POSTGRES:-}"
  if [ -z "$pg" ]; then
    # shellcheck source=../scripts/pg-throwaway.sh
    source scripts/pg-throwaway.sh
    pg="$(sed 's/Database=postgres/Database=hv_portfolio/' <<<"$HANKEVAHTI_TEST_POSTGRES")"
    psql "host=127.0.0.1 port=$pg_port user=hankevahti dbname=postgres" -qc "CREATE DATABASE hv_portfolio" >/dev/null
    generate postgres ConnectionStrings__Postgres="$pg"
  else
    echo "generator postgres   reusing $(sed -E 's/Password=[^;]*;?//' <<<"$pg")"
  fi
  size="$(psql "$(awk -F';' '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); k = tolower(kv[2] == "" ? "" : kv[1]); v = kv[2];
      if (k == "host") printf "host=%s ", v; if (k == "port") printf "port=%s ", v; if (k == "username") printf "user=%s ", v; if (k == "database") printf "dbname=%s ", v } }' <<<"$pg")" \
      -tAc "SELECT pg_database_size(current_database())")"
  echo "database  postgres   $(awk -v b="$size" 'BEGIN { printf "%.1f MiB", b / 1048576 }')"
  serve_and_measure postgres ConnectionStrings__Postgres="$pg"
fi

[ "$status" = 0 ] && echo "target: met (p95 < 200 ms for every page on every database)"
exit "$status"

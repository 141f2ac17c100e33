#!/usr/bin/env bash
# Web benchmark: loads the overview and the whole-plan page of the largest seed plan with wrk
# (32 connections, 20 s each by default) and, in the same run, a static file served by the same app,
# and prints req/s, p50 and p99 and each page's req/s as a share of the static file's.
# Targets (the issue's, on the 2-core machine): the whole-plan page p99 < 50 ms and >= 500 req/s.
# Exit code 0 when the targets are met, 2 when one is missed, 1 on a failure.
#
#   bash bench/web.sh                 # BENCH_SECONDS=20 BENCH_CONNECTIONS=32 by default
#   BENCH_SECONDS=5 bash bench/web.sh
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${BENCH_SECONDS:-20}"
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-2}"
port="${BENCH_PORT:-5181}"

command -v wrk >/dev/null 2>&1 || { echo "wrk is needed: sudo apt-get install wrk" >&2; exit 1; }

seeds="${HANKEVAHTI_SEEDS:-}"
if [ -z "$seeds" ]; then
  for dir in ../shared/seeds ../../shared/seeds ../../../shared/seeds; do
    [ -d "$dir" ] && { seeds="$dir"; break; }
  done
fi
[ -n "$seeds" ] && [ -d "$seeds" ] || { echo "no seed plans found: set HANKEVAHTI_SEEDS to ../shared/seeds" >&2; exit 1; }
largest="$(ls -S "$seeds"/*.txt | head -1)"

dotnet build src/Hankevahti.Cli -c Release -v q --nologo >/dev/null
cli=(dotnet src/Hankevahti.Cli/bin/Release/net10.0/Hankevahti.Cli.dll)

data="$(mktemp -d /tmp/hankevahti-bench.XXXXXX)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

export HANKEVAHTI_DATA="$data"
saved="$("${cli[@]}" import "$largest" --save 2>&1 | grep "stored as project" || true)"
id="$(sed -nE 's/.*stored as project ([0-9]+).*/\1/p' <<<"$saved")"
[ -n "$id" ] || { echo "import failed: $saved" >&2; exit 1; }

"${cli[@]}" serve --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning >"$data/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$base/static/site.css" >/dev/null 2>&1 && break; sleep 0.2; done

declare -A url=(
  [static]="$base/static/site.css"
  [overview]="$base/projects/$id"
  [plan]="$base/projects/$id${BENCH_PLAN_SUFFIX-/plan}"
)
# Warm up: the first request of a plan version reads and checks it; JIT the page code too.
for name in static overview plan; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "${url[$name]}")"
  [ "$code" = 200 ] || { echo "${url[$name]} answered $code" >&2; exit 1; }
  wrk -t"$threads" -c"$connections" -d3s "${url[$name]}" >/dev/null
done

# wrk prints latencies as 812.00us, 3.21ms or 1.02s: all in milliseconds here.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

declare -A rps p50 p99 bytes timeouts
for name in static overview plan; do
  out="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "${url[$name]}")"
  rps[$name]="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")"
  p50[$name]="$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")"
  p99[$name]="$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")"
  # A page that answered with an error would be measured fast and wrong.
  errors="$(grep -E 'Non-2xx' <<<"$out" || true)"
  [ -z "$errors" ] || { echo "$name: $errors" >&2; exit 1; }
  timeouts[$name]="$(sed -nE 's/.*timeout ([0-9]+).*/\1/p' <<<"$out")"
  bytes[$name]="$(curl -s "${url[$name]}" | wc -c)"
done

echo "web benchmark: $(basename "$largest") as project $id; wrk -t$threads -c$connections -d${seconds}s; $(nproc) cores"
printf '%-9s %-32s %9s %9s %9s %9s %9s %10s\n' page url bytes req/s p50_ms p99_ms timeouts vs_static
for name in static overview plan; do
  ratio="$(awk -v a="${rps[$name]}" -v b="${rps[static]}" 'BEGIN { printf "%.3f", a / b }')"
  printf '%-9s %-32s %9s %9s %9s %9s %9s %10s\n' "$name" "${url[$name]#$base}" "${bytes[$name]}" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}" "${timeouts[$name]:-0}" "$ratio"
done

status=0
for name in overview plan; do
  if awk -v p="${p99[$name]}" -v r="${rps[$name]}" 'BEGIN { exit !(p < 50 && r >= 500) }'; then
    echo "target $name: met (p99 ${p99[$name]} ms < 50 ms, ${rps[$name]} req/s >= 500)"
  else
    echo "target $name: MISSED (p99 ${p99[$name]} ms, want < 50 ms; ${rps[$name]} req/s, want >= 500)"
    status=2
  fi
done
exit "$status"

#!/usr/bin/env bash
# Coverage-guided fuzzing of the document readers and the importer with AFL++ and SharpFuzz.
#   bash bench/fuzz.sh TARGET SECONDS        TARGET: text or docx
# Builds bench/Hankevahti.Fuzz, instruments Hankevahti.dll with the sharpfuzz tool (.config/dotnet-tools.json),
# runs afl-fuzz for SECONDS on the seeds plus the regression corpus, prints the figures on lines of their
# own, and copies what it found (crashes, hangs, a few small new-coverage inputs) into the regression
# corpus, tests/Hankevahti.Tests/Fixtures/fuzz-corpus/TARGET/, which FuzzCorpusTests replays.
# Env: FUZZ_WORK (scratch folder, default /tmp/hankevahti-fuzz), FUZZ_TIMEOUT_MS (one input's limit before
# it counts as a hang, default 2000), FUZZ_KEEP_QUEUE (new-coverage inputs kept per run, default 5; 0 keeps
# only crashes and hangs), FUZZ_IN_PROCESS=1 (SharpFuzz's faster in-process server; a hang ends the run).
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-}"
seconds="${2:-}"
if [[ ! "$target" =~ ^(text|docx)$ || ! "$seconds" =~ ^[0-9]+$ || "$seconds" -lt 1 ]]; then
  echo "usage: bash bench/fuzz.sh text|docx SECONDS" >&2
  exit 2
fi
if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "afl-fuzz is missing: install AFL++ with 'apt-get install -y afl++'" >&2
  exit 1
fi

repo="$PWD"
harness="$repo/bench/Hankevahti.Fuzz"
corpus="$repo/tests/Hankevahti.Tests/Fixtures/fuzz-corpus/$target"
work="${FUZZ_WORK:-/tmp/hankevahti-fuzz}/$target"
timeout_ms="${FUZZ_TIMEOUT_MS:-2000}"
keep_queue="${FUZZ_KEEP_QUEUE:-5}"

rm -rf "$work"
mkdir -p "$work/in" "$corpus"

echo "== building and instrumenting" >&2
dotnet tool restore >/dev/null
dotnet publish "$harness" -c Release -o "$work/app" --nologo -v quiet >&2
# Only the project's own code: the harness is not under test, and the framework's assemblies are
# mixed-mode images that SharpFuzz cannot rewrite (the zip and XML parsers count as black boxes).
dotnet sharpfuzz "$work/app/Hankevahti.dll" >&2
app=(dotnet "$work/app/Hankevahti.Fuzz.dll" "$target")

# Seeds: the hand-written ones, one of the docx seeds also as a real zip, and everything found before.
cp "$harness/seeds/$target/"* "$work/in/"
if [ "$target" = docx ]; then
  "${app[@]:0:2}" pack "$harness/seeds/docx/plan.parts" "$work/in/plan-packed.docx"
fi
find "$corpus" -maxdepth 1 -type f -exec cp {} "$work/in/" \;
seeds=$(find "$work/in" -type f | wc -l)

export AFL_SKIP_CPUFREQ=1                        # no access to the CPU governor on a shared machine
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1   # the core_pattern here pipes cores elsewhere
export AFL_SKIP_BIN_CHECK=1                      # the binary is dotnet; the instrumentation is in Hankevahti.dll
export AFL_NO_AFFINITY=1                         # the two cores are shared with others: do not pin one
export AFL_NO_UI=1                               # status lines instead of the full-screen UI
export AFL_FORKSRV_INIT_TMOUT=60000              # .NET start-up plus JIT on a loaded machine
export AFL_SKIP_CRASHES=1                        # a corpus case that still crashes is reported, not fatal

echo "== fuzzing $target for $seconds s ($seeds seeds, timeout ${timeout_ms} ms per input)" >&2
# -V stops after the time given; the outer timeout is only a guard against a fuzzer that does not stop,
# and the log keeps its last megabyte (a fuzzer stuck warning in a loop once wrote gigabytes).
set +e
timeout --kill-after=10 $((seconds + 120)) \
  afl-fuzz -i "$work/in" -o "$work/out" -V "$seconds" -t "$timeout_ms" -m none \
  -x "$harness/dict/$target.dict" -- "${app[@]}" 2>&1 | tail -c 1000000 >"$work/afl.log"
status=${PIPESTATUS[0]}
set -e
stats="$work/out/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  tail -n 30 "$work/afl.log" >&2
  echo "afl-fuzz stopped with $status before writing its statistics (log: $work/afl.log)" >&2
  exit 1
fi

stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
# AFL++ 4 names; AFL++ 3 and AFL 2 called them paths_found, unique_crashes and unique_hangs.
found=$(stat corpus_found); found=${found:-$(stat paths_found)}
crashes=$(stat saved_crashes); crashes=${crashes:-$(stat unique_crashes)}
hangs=$(stat saved_hangs); hangs=${hangs:-$(stat unique_hangs)}
execs=$(stat execs_done)
run_time=$(( $(stat last_update) - $(stat start_time) ))

# Keep what was found under names that do not change between runs, so a case found twice is kept once.
ext() { case "$target" in text) echo txt ;; docx) head -c 2 "$1" | grep -q '^PK' && echo docx || echo parts ;; esac; }
keep() { # kind file
  local name
  name="$1-$(sha1sum "$2" | cut -c1-12).$(ext "$2")"
  [ -e "$corpus/$name" ] || { install -m 644 "$2" "$corpus/$name"; echo "  kept $name" >&2; }
}
for f in "$work/out/default/crashes/"id:* "$work/out/default/hangs/"id:*; do
  [ -e "$f" ] || continue
  case "$f" in */crashes/*) keep crash "$f" ;; *) keep hang "$f" ;; esac
done
if [ "$keep_queue" -gt 0 ]; then
  # The smallest new inputs that reached new code (AFL++ marks them +cov), at most 4 KB each.
  # (Read through a process substitution: head closing the pipe early must not stop the script under pipefail.)
  mapfile -t smallest < <(find "$work/out/default/queue" -maxdepth 1 -type f -name 'id:*+cov*' -size -4k -printf '%s %p\n' \
    | sort -n | head -n "$keep_queue" | cut -d' ' -f2-)
  for f in "${smallest[@]}"; do keep cov "$f"; done
fi

echo "target: $target"
echo "run time: $run_time s"
echo "executions: $execs"
echo "executions/s: $(stat execs_per_sec)"
echo "new cases found: $found"
echo "crashes: $crashes"
echo "hangs: $hangs"
echo "stability: $(stat stability)"
echo "edges found: $(stat edges_found)"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  echo "replay with: dotnet $work/app/Hankevahti.Fuzz.dll replay $target $corpus/*" >&2
fi

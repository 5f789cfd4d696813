#!/usr/bin/env bash
# Article extraction benchmark: quality (score.py on aeb and trafilatura) and speed/memory of our extractor
# against SmartReader, Readability.js+linkedom and HtmlAgilityPack parse-only, all measured in this one run.
#
#   benchmarks/run.sh [--quick]
#
# Env: NEWSFN_BENCH_DIR  bench data (default: ../shared/bench from the repo root, or shared/bench above it)
#      ROUNDS            speed rounds per tool on aeb, interleaved; the median is reported (default 3, --quick: 1)
#      ROUNDS_TRAF       the same on the 519 trafilatura pages (default 1)
#      PASSES, WARMUPS   timed and untimed passes over aeb inside each process (default 3 and 2; trafilatura: 1 and 1
#                        for the slow peers, 3 timed passes for our extractor and the parse, whose single pass takes
#                        only a second or two: too short to time on a busy VM)
#      OUT               where outputs go (default: benchmarks/out, ignored by git)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
ROUNDS_TRAF="${ROUNDS_TRAF:-1}"
PASSES="${PASSES:-3}"
WARMUPS="${WARMUPS:-2}"
[[ "${1:-}" == "--quick" ]] && ROUNDS=1 && PASSES=1 && WARMUPS=1
OUT="${OUT:-$ROOT/benchmarks/out}"

find_bench() {
  if [[ -n "${NEWSFN_BENCH_DIR:-}" ]]; then echo "$NEWSFN_BENCH_DIR"; return; fi
  local d="$ROOT"
  while [[ "$d" != "/" ]]; do
    if [[ -d "$d/../shared/bench/aeb" ]]; then (cd "$d/../shared/bench" && pwd); return; fi
    d="$(dirname "$d")"
  done
  echo "benchmark data not found: put shared/bench beside the repo or set NEWSFN_BENCH_DIR" >&2
  exit 1
}
BENCH="$(find_bench)"
echo "bench data: $BENCH" >&2
mkdir -p "$OUT"

echo "building (Release)..." >&2
dotnet build "$ROOT/src/NewsFunctions.Cli/NewsFunctions.Cli.csproj" -c Release -v q -nologo >&2
dotnet build "$ROOT/benchmarks/NewsFunctions.Benchmarks/NewsFunctions.Benchmarks.csproj" -c Release -v q -nologo >&2
if [[ ! -d "$ROOT/benchmarks/readability/node_modules" ]]; then
  (cd "$ROOT/benchmarks/readability" && npm ci --no-audit --no-fund >&2)
fi
NEWSFN="$ROOT/src/NewsFunctions.Cli/bin/Release/net10.0/newsfn"
PEERS="$ROOT/benchmarks/NewsFunctions.Benchmarks/bin/Release/net10.0/NewsFunctions.Benchmarks"
READABILITY="$ROOT/benchmarks/readability/bench.mjs"

# ---- quality -------------------------------------------------------------------------------------------
for set in aeb trafilatura; do
  rm -rf "$OUT/$set" && mkdir -p "$OUT/$set"
  "$NEWSFN" extract-batch "$BENCH/$set/pages" "$OUT/$set" 2>/dev/null | tail -1 > "$OUT/$set.batch.txt"
  python3 "$BENCH/score.py" all "$BENCH/$set" "$OUT/$set" --worst 15 > "$OUT/$set.score.txt"
  echo "== $set: $(cat "$OUT/$set.batch.txt")"
  cat "$OUT/$set.score.txt"
done

# ---- speed and memory ----------------------------------------------------------------------------------
# Each tool: one process, one thread (the -mt runs: every core), all pages of the set read into memory, an untimed warm-up pass, then a
# timed pass. Rounds are interleaved so that load from other work on the machine hits every tool alike.
# Peak memory is the process's maximum RSS (/usr/bin/time), the same measure for every tool.
measure() { # label command...
  local label="$1"; shift
  local tf; tf="$(mktemp)"
  local line
  line="$(/usr/bin/time -f '%M' -o "$tf" "$@" 2>/dev/null | tail -1)"
  echo "$label $line maxrss_kb=$(tail -1 "$tf")"
  rm -f "$tf"
}

SPEED="$OUT/speed.txt"
: > "$SPEED"
for set in aeb trafilatura; do
  if [[ "$set" == aeb ]]; then rounds="$ROUNDS"; passes="$PASSES"; warmups="$WARMUPS"; else rounds="$ROUNDS_TRAF"; passes=1; warmups=1; fi
  fast_passes="$passes"; [[ "$set" == trafilatura && -z "${1:-}" ]] && fast_passes=3
  for round in $(seq 1 "$rounds"); do
    echo "speed: $set round $round/$rounds" >&2
    measure "set=$set round=$round" "$PEERS" newsfn "$BENCH/$set/pages" "$fast_passes" "$warmups" >> "$SPEED"
    measure "set=$set round=$round" "$PEERS" smartreader "$BENCH/$set/pages" "$passes" "$warmups" >> "$SPEED"
    measure "set=$set round=$round" node "$READABILITY" "$BENCH/$set/pages" "$passes" "$warmups" >> "$SPEED"
    measure "set=$set round=$round" "$PEERS" hap-parse "$BENCH/$set/pages" "$fast_passes" "$warmups" >> "$SPEED"
    measure "set=$set round=$round" "$PEERS" hap-innertext "$BENCH/$set/pages" "$fast_passes" "$warmups" >> "$SPEED"
    # Our extractor and the parse alone on every core, one process each: the like-for-like ceiling for
    # extract-batch on every core.
    measure "set=$set round=$round" "$PEERS" newsfn "$BENCH/$set/pages" "$fast_passes" "$warmups" "$(nproc)" >> "$SPEED"
    measure "set=$set round=$round" "$PEERS" hap-parse "$BENCH/$set/pages" "$fast_passes" "$warmups" "$(nproc)" >> "$SPEED"
    # The CLI itself, end to end (reads and unzips files, extracts, categorizes, summarizes, writes JSON), after its
    # untimed warm-up passes: on one thread (like for like with the tools above) and on every core (how a user runs it).
    for threads in 1 "$(nproc)"; do
      rm -rf "$OUT/cli-$set"
      # As many timed passes as the in-process runners get: one pass over aeb's 88 pages lasts a quarter of a second.
      line="$(/usr/bin/time -f '%M' -o "$OUT/cli.rss" "$NEWSFN" extract-batch "$BENCH/$set/pages" "$OUT/cli-$set" --threads "$threads" --warmup --passes "$fast_passes" 2>/dev/null | tail -1)"
      tool=extract-batch; [[ "$threads" == 1 ]] && tool=extract-batch-1t
      echo "set=$set round=$round tool=$tool $line maxrss_kb=$(tail -1 "$OUT/cli.rss")" >> "$SPEED"
    done
  done
done

python3 "$ROOT/benchmarks/summarize.py" "$SPEED"

# The parse-only ratio once more, measured the steady way: our extraction and HtmlAgilityPack's parse alternate page
# by page in one process, so load from elsewhere on the machine hits both alike (see PairTimes.cs).
for set in aeb trafilatura; do
  echo "speed: $set pair" >&2
  "$PEERS" pair "$BENCH/$set/pages" 5 > "$OUT/pair-$set.txt"
  echo "== $set, one process, page by page: $(tail -1 "$OUT/pair-$set.txt")"
done

#!/usr/bin/env bash
# Builds and runs the enrichment benchmark, then scores it with the shared scorer.
#   benchmarks/enrichment/run.sh [categories|summaries|aeb|sweep|all]
# Data: $NEWSFN_BENCH_DIR, else shared/bench beside the repository (../shared/bench from the repo root).
# Output: $NEWSFN_ENRICH_OUT, else a temp folder (categories.jsonl, summaries.jsonl, summaries-3.jsonl).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
what="${1:-all}"

if [[ -z "${NEWSFN_BENCH_DIR:-}" ]]; then
  for candidate in "$repo/../shared/bench" "$repo/../../shared/bench"; do
    if [[ -d "$candidate" ]]; then NEWSFN_BENCH_DIR="$(cd "$candidate" && pwd)"; break; fi
  done
fi
: "${NEWSFN_BENCH_DIR:?set NEWSFN_BENCH_DIR to the shared/bench folder}"
export NEWSFN_BENCH_DIR
out="${NEWSFN_ENRICH_OUT:-$(mktemp -d -t newsfn-enrich.XXXXXX)}"
mkdir -p "$out"

dotnet build "$here/EnrichmentBench.csproj" -c Release --nologo -v quiet
dotnet "$here/bin/Release/net10.0/EnrichmentBench.dll" "$what" --out "$out"

score="$NEWSFN_BENCH_DIR/score_enrich.py"
if [[ "$what" == "categories" || "$what" == "all" ]]; then
  echo "== score_enrich.py categories"
  python3 "$score" categories "$NEWSFN_BENCH_DIR/categories/bbc.jsonl" "$out/categories.jsonl"
fi
if [[ "$what" == "summaries" || "$what" == "all" ]]; then
  echo "== score_enrich.py summaries (default: feed card)"
  python3 "$score" summaries "$NEWSFN_BENCH_DIR/summaries/bbc.jsonl" "$out/summaries.jsonl"
  echo "== score_enrich.py summaries (three sentences, no length cap)"
  python3 "$score" summaries "$NEWSFN_BENCH_DIR/summaries/bbc.jsonl" "$out/summaries-3.jsonl"
fi
echo "outputs in $out"

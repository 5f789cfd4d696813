#!/usr/bin/env bash
# Runs NewsFunctions locally: Azurite, the demo news sites and the local Functions host, with a first scrape at
# start-up. Ctrl-C stops everything this script started.
set -euo pipefail
cd "$(dirname "$0")/.."

azurite=$(scripts/azurite.sh start)
host_pid=""
cleanup() {
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true
  scripts/azurite.sh stop "$azurite"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# NU1603 (a dependency resolved to a newer patch than asked) is expected from the package feed; keep the output to errors.
dotnet build src/NewsFunctions.LocalHost -c Release --nologo -v quiet -clp:ErrorsOnly | { grep -v 'warning NU1603' || true; }
[ "${PIPESTATUS[0]}" -eq 0 ] || exit 1

cat <<'MSG'

NewsFunctions is starting; the first scrape runs now. Try:
  curl http://localhost:7071/api/feeds/all
  curl "http://localhost:7071/api/feeds/sports?limit=5"
  curl http://localhost:7071/api/articles/<id from a feed>
  curl http://localhost:7071/api/health
Press Ctrl-C to stop.

MSG
dotnet src/NewsFunctions.LocalHost/bin/Release/net10.0/NewsFunctions.LocalHost.dll --demo --scrape-on-start "$@" &
host_pid=$!
wait "$host_pid"

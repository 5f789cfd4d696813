#!/usr/bin/env bash
# Starts Azurite (from this repo's node_modules) unless one already listens on 127.0.0.1:10000-10002.
# Usage: scripts/azurite.sh start   -> prints the PID it started, or "running" when one was already up
#        scripts/azurite.sh stop PID
set -euo pipefail
cd "$(dirname "$0")/.."

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case "${1:-start}" in
  start)
    if port_open 10000 && port_open 10001 && port_open 10002; then
      echo running
      exit 0
    fi
    if [ ! -x node_modules/.bin/azurite ]; then
      echo "Installing Azurite from package-lock.json..." >&2
      npm ci --no-audit --no-fund --loglevel=error >&2
    fi
    mkdir -p .azurite
    # --skipApiVersionCheck: the current Azure SDK sends a storage API version newer than Azurite 3.37 knows.
    nohup node_modules/.bin/azurite --silent --skipApiVersionCheck --loose --location .azurite \
      --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 >.azurite/azurite.log 2>&1 &
    pid=$!
    for _ in $(seq 1 60); do
      if port_open 10000 && port_open 10001 && port_open 10002; then
        echo "$pid"
        exit 0
      fi
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "Azurite exited; see .azurite/azurite.log:" >&2
        cat .azurite/azurite.log >&2
        exit 1
      fi
      sleep 0.5
    done
    echo "Azurite did not open ports 10000-10002 within 30 s; see .azurite/azurite.log" >&2
    exit 1
    ;;
  stop)
    pid="${2:-}"
    if [ -n "$pid" ] && [ "$pid" != running ]; then
      kill "$pid" 2>/dev/null || exit 0
      # Azurite closes its services on SIGTERM but its process can linger; do not leave it behind.
      for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.25; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    ;;
  *)
    echo "usage: scripts/azurite.sh start|stop PID" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# Start UnityPlan in embedded mode: build the web app when it is missing or older than its
# sources, then build and run the server (which starts its own PostgreSQL under ./data).
# Extra arguments go to `unityplan serve`, e.g. `scripts/run.sh --listen 127.0.0.1:9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f web/package.json ] && command -v npm >/dev/null 2>&1; then
  if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/package.json -newer web/dist/index.html -print -quit)" ]; then
    echo "building the web app (web/dist)…"
    [ -d web/node_modules ] || npm ci --prefix web --no-audit --no-fund
    npm --prefix web run build
  fi
fi
exec cargo run --release -p unityplan -- serve "$@"

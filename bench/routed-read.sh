#!/usr/bin/env bash
# Benchmark: routed territory reads (GET /api/v1/t/{territory}/status, round-robin over eight
# territories in all four regions) against an embedded-mode release build, loopback only, at
# fixed rates, three runs each; prints p50/p95/p99 and the server's RSS.
#
#   bench/routed-read.sh [rates...]          (default: 1000 5000)
#
# Environment: DURATION (s, default 20), RUNS (default 3), TARGET_DIR (default target).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${TARGET_DIR:-target}
duration=${DURATION:-20}
runs=${RUNS:-3}
rates=("${@:-1000}")
[ "$#" -eq 0 ] && rates=(1000 5000)

cargo build --release -q -p unityplan -p loadgen --target-dir "$target"
data=$(mktemp -d /tmp/unityplan-bench.XXXXXX)
chmod 755 "$data"   # the embedded cluster runs as an unprivileged user when we are root
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
UNITYPLAN__LOG__LEVEL=warn "$target/release/unityplan" serve --data-dir "$data/data" --listen "127.0.0.1:$port" 2>"$data/serve.log" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
urls=()
for t in dk se de uk us br jp za; do urls+=(--url "http://127.0.0.1:$port/api/v1/t/$t/status"); done
echo "server pid $server, port $port, $(nproc) cores"
for rate in "${rates[@]}"; do
  for run in $(seq 1 "$runs"); do
    echo "--- rate $rate/s, run $run/$runs, ${duration}s"
    "$target/release/loadgen" "${urls[@]}" --rate "$rate" --duration "$duration" --warmup 3 \
      --connections 64 --pid "$server" --json "$data/r-$rate-$run.json"
  done
done

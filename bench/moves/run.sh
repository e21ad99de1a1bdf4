#!/usr/bin/env bash
# Territory-move benchmark: copy throughput (rows/s, MB/s) and the write pause at the fenced
# switch, for a territory of 1 M rows (override with UNITYPLAN_BENCH_MOVE_ROWS), moved between
# two throwaway PostgreSQL clusters under a writer and a reader going through the router.
# Usage: bench/moves/run.sh            (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
export UNITYPLAN_BENCH_MOVE_ROWS="${UNITYPLAN_BENCH_MOVE_ROWS:-1000000}"
cargo test -p unityplan --test it moves::bench_move_1m -- --ignored --nocapture 2>&1 \
    | grep -E "^(setup|switch|BENCH)|test result|panicked"

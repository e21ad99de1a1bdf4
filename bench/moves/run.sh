#!/usr/bin/env bash
# Territory-move benchmark: copy throughput (rows/s, MB/s) and the write pause at the fenced
# switch, for a territory of 1 M rows (override with UNITYPLAN_BENCH_MOVE_ROWS), moved between
# two throwaway PostgreSQL clusters under a writer and a reader going through the router.
# Release build, in its own target directory (override with CARGO_TARGET_DIR) so it does not
# fight over the shared debug target.
# Usage: bench/moves/run.sh            (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
export UNITYPLAN_BENCH_MOVE_ROWS="${UNITYPLAN_BENCH_MOVE_ROWS:-1000000}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target/bench-release}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cargo test --release -p unityplan --test it moves::bench_move_1m -- --ignored --nocapture 2>&1 \
    | grep -E "^(setup|switch|BENCH)|test result|panicked"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

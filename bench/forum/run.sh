#!/usr/bin/env bash
# Forum benchmarks against a throwaway embedded UnityPlan on loopback: topic list and topic
# page reads at fixed rates, and post creation at a fixed rate. Results go to stdout and
# $OUT (default /tmp/forum-bench). Usage: bench/forum/run.sh [release|debug]
# TARGET_DIR (default target) points at another cargo target dir, e.g. a separate release one.
set -euo pipefail
PROFILE=${1:-release}
TARGET_DIR=${TARGET_DIR:-target}
BIN=$TARGET_DIR/$PROFILE/unityplan
LOADGEN=$TARGET_DIR/$PROFILE/loadgen
PORT=${PORT:-18088}
DURATION=${DURATION:-15}
OUT=${OUT:-/tmp/forum-bench}
mkdir -p "$OUT"
DATA=$(mktemp -d /tmp/up-forum-bench.XXXXXX)
chmod 755 "$DATA"
export UNITYPLAN__DATA__DIR=$DATA UNITYPLAN__SERVER__LISTEN=127.0.0.1:$PORT UNITYPLAN__LOG__LEVEL=warn
PASSWORD='violet tractor orbit lantern'
BASE=http://127.0.0.1:$PORT
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; wait "${PID:-}" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

UNITYPLAN_ADMIN_PASSWORD=$PASSWORD $BIN admin create --territory DK --handle bench --email bench@example.test >/dev/null
$BIN serve >"$OUT/server.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"login\":\"bench\",\"password\":\"$PASSWORD\"}" | jq -r .token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || { echo "login failed" >&2; exit 1; }
AUTH="authorization: Bearer $TOKEN"
F=$BASE/api/v1/t/DK/forum
CAT=$(curl -sf -X POST "$F/categories" -H "$AUTH" -H 'content-type: application/json' \
  -d '{"slug":"bench","name":"Bench"}' | jq -r .id)
# 200 topics; the first gets 100 replies (the topic page read).
TOPICS=()
for i in $(seq 1 200); do
  TOPICS+=("$(curl -sf -X POST "$F/topics" -H "$AUTH" -H 'content-type: application/json' \
    -d "{\"category_id\":\"$CAT\",\"title\":\"Benchmark topic $i\",\"body\":\"Some **markdown** body for topic $i with a [link](https://example.org).\"}" | jq -r .topic.id)")
done
for i in $(seq 1 100); do
  curl -sf -o /dev/null -X POST "$F/topics/${TOPICS[0]}/posts" -H "$AUTH" -H 'content-type: application/json' \
    -d "{\"body\":\"Reply $i with *emphasis* and a list:\\n\\n- one\\n- two\"}"
done

run() { # name rate args...
  local name=$1 rate=$2; shift 2
  echo "== $name at $rate/s"
  $LOADGEN --rate "$rate" --duration "$DURATION" --pid "$PID" --json "$OUT/$name-$rate.json" "$@" | tee "$OUT/$name-$rate.txt"
}
for rate in 200 500 1000; do
  run topic-list "$rate" --url "$F/topics?sort=latest&limit=20"
  run topic-page "$rate" --url "$F/topics/${TOPICS[0]}?limit=20"
done
# Post creation: replies round-robin over 20 topics (posts in one topic serialise on its row).
URLS=()
for i in $(seq 1 20); do URLS+=(--url "$F/topics/${TOPICS[$i]}/posts"); done
for rate in 100 200 400; do
  run post-create "$rate" --method POST --header "$AUTH" --header 'content-type: application/json' \
    --body '{"body":"A benchmark reply with **markdown**."}' "${URLS[@]}"
done

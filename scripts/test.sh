#!/usr/bin/env bash
# Runs every UnityPlan test: formatting, lints, Rust unit and integration tests (real
# PostgreSQL clusters, NATS, SMTP started by the tests themselves), and the web app's tests
# when the web app is present. This is the README's test command; .ci/run runs exactly this
# after installing what it needs, with UNITYPLAN_TEST_REQUIRE_ALL=1 so a missing component
# fails instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --quiet -- -D warnings

step "cargo test (unit + integration)"
cargo test --workspace --all-targets --no-fail-fast

if [ -f web/package.json ]; then
  step "web app: typecheck, unit tests, API staleness, build, end-to-end, Lighthouse"
  cargo build --quiet -p unityplan
  UNITYPLAN_BIN="$PWD/target/debug/unityplan" npm --prefix web run test:all
fi

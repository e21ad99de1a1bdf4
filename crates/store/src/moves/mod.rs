//! Territory moves between regional servers with zero downtime, rollback and validation.
//!
//! A move copies one territory's schema from its region's primary (the source) to another
//! region's primary (the target) and then switches the territory over, following the
//! PostgreSQL 15 procedure of REFERENCE.md §1:
//!
//! 1. pre-checks (keys, reachability, versions, slot headroom) when the move is created;
//! 2. `schema`: roles first, then `pg_dump --schema-only -n <schema>` restored with `psql`;
//! 3. `copy`: publication `FOR TABLES IN SCHEMA` on the source, subscription with
//!    `copy_data = true` on the target, until every table is ready;
//! 4. `catch_up`: until the replication lag (marker round trip) is under the limit;
//! 5. `validate`: row counts and `sum(hashtext(t::text))` per primary-key chunk, resumable,
//!    differences recorded per table and key range;
//! 6. `read_shift`: reads go to the target in steps (10 % by default), each gated on lag and
//!    on the error rate of shifted reads; a user who just wrote keeps reading the source;
//! 7. `switch`: one fenced step (lock, marker, validation, sequences, reverse replication,
//!    registry flip with an epoch bump, old copy made read-only) on a time budget — an overrun
//!    rolls back and nothing changes;
//! 8. `monitor`: reverse replication keeps the old copy current, so `reverse` can roll back;
//! 9. `completed` (old schema archived, replication dropped), `cancelled`, `rolled_back`, or
//!    `failed` (visible, restartable).
//!
//! Every state change is written to the move's step log (`control.move_steps`). The workflow
//! state lives in the control plane; [`engine::drive`] continues it from there after any
//! restart.

pub mod engine;
pub mod metrics;
mod pg;
mod repo;

use chrono::{DateTime, Utc};
use kernel::{RegionCode, TerritoryCode};
use serde::{Deserialize, Serialize};

use crate::migrate::{Migration, MigrationSet, Scope};

/// Appends one move event to an external audit log (the identity crate's tamper-evident log),
/// inside the caller's control-plane transaction: `(connection, action, target, detail)`.
pub type AuditFn = for<'c> fn(
    &'c mut sqlx::PgConnection,
    &'c str,
    &'c str,
    serde_json::Value,
) -> futures::future::BoxFuture<'c, kernel::AppResult<()>>;

static AUDIT: std::sync::OnceLock<AuditFn> = std::sync::OnceLock::new();

/// Send every step-log entry to an audit log as well (set once by the binary; the store
/// crate cannot depend on the identity crate, which depends on it).
pub fn set_audit(f: AuditFn) {
    let _ = AUDIT.set(f);
}

pub(crate) fn audit_hook() -> Option<AuditFn> {
    AUDIT.get().copied()
}

pub use engine::{
    advance, cancel, complete, drive, list, pause, purge_archives, restart, resume, reverse, start,
    status, supervise, DriveUntil, MoveTarget,
};

/// Control-plane tables of the move workflow.
pub const MOVE_MIGRATIONS: MigrationSet = MigrationSet {
    domain: "moves",
    scope: Scope::ControlPlane,
    migrations: &[Migration {
        version: 1,
        name: "territory moves, step log, per-table progress, validation differences",
        sql: r#"
CREATE TABLE control.moves (
    id bigserial PRIMARY KEY,
    territory_code text NOT NULL REFERENCES control.territories (code) ON DELETE CASCADE,
    schema_name text NOT NULL,
    source_region text NOT NULL REFERENCES control.regions (code),
    target_region text NOT NULL REFERENCES control.regions (code),
    source_node text NOT NULL,
    target_node text NOT NULL,
    state text NOT NULL CHECK (state IN ('schema', 'copy', 'catch_up', 'validate', 'read_shift',
        'switch', 'monitor', 'completed', 'cancelled', 'rolled_back', 'failed')),
    -- The state a failed move was in when it failed.
    failed_state text,
    paused boolean NOT NULL DEFAULT false,
    request text CHECK (request IN ('advance', 'cancel', 'reverse', 'complete', 'restart')),
    read_percent smallint NOT NULL DEFAULT 0 CHECK (read_percent BETWEEN 0 AND 100),
    options jsonb NOT NULL,
    error text,
    failures integer NOT NULL DEFAULT 0,
    lag_bytes double precision,
    lag_seconds double precision,
    copy_started_at timestamptz,
    copy_finished_at timestamptz,
    read_step_at timestamptz,
    switched_at timestamptz,
    write_pause_ms double precision,
    revoked_role text,
    archive_schema text,
    archive_drop_after timestamptz,
    archive_dropped boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
-- One unfinished move per territory (a failed move blocks until restarted or cancelled).
CREATE UNIQUE INDEX moves_one_open ON control.moves (territory_code)
    WHERE state NOT IN ('completed', 'cancelled', 'rolled_back');
CREATE TRIGGER moves_touch BEFORE UPDATE ON control.moves
    FOR EACH ROW EXECUTE FUNCTION control.touch_updated_at();

CREATE TABLE control.move_steps (
    id bigserial PRIMARY KEY,
    move_id bigint NOT NULL REFERENCES control.moves (id) ON DELETE CASCADE,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    state text NOT NULL,
    event text NOT NULL,
    detail text NOT NULL DEFAULT ''
);
CREATE INDEX move_steps_move ON control.move_steps (move_id, id);

CREATE TABLE control.move_tables (
    move_id bigint NOT NULL REFERENCES control.moves (id) ON DELETE CASCADE,
    table_name text NOT NULL,
    source_rows bigint NOT NULL,
    source_bytes bigint NOT NULL DEFAULT 0,
    copied_rows bigint NOT NULL DEFAULT 0,
    sync_state text NOT NULL DEFAULT 'pending',
    validated_until text[],
    validated_done boolean NOT NULL DEFAULT false,
    validated_rows bigint NOT NULL DEFAULT 0,
    chunks_ok integer NOT NULL DEFAULT 0,
    chunks_bad integer NOT NULL DEFAULT 0,
    PRIMARY KEY (move_id, table_name)
);

CREATE TABLE control.move_differences (
    id bigserial PRIMARY KEY,
    move_id bigint NOT NULL REFERENCES control.moves (id) ON DELETE CASCADE,
    table_name text NOT NULL,
    key_from text[],
    key_to text[],
    source_rows bigint NOT NULL,
    target_rows bigint NOT NULL,
    source_hash bigint NOT NULL,
    target_hash bigint NOT NULL,
    found_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX move_differences_move ON control.move_differences (move_id);
"#,
    }],
};

/// Where a move is in its workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MoveState {
    /// Restoring the schema on the target.
    Schema,
    /// Initial copy through logical replication.
    Copy,
    /// Waiting for the replication lag to fall under the limit.
    CatchUp,
    /// Comparing row counts and hashes in primary-key chunks.
    Validate,
    /// Shifting reads to the target step by step.
    ReadShift,
    /// Switching writes (the fenced step).
    Switch,
    /// Writes on the target; reverse replication keeps the source current for a rollback.
    Monitor,
    /// Done: the territory lives on the target; the old schema is archived.
    Completed,
    /// Cancelled before the switch: the target was cleaned up.
    Cancelled,
    /// Rolled back after the switch: the territory lives on the source again.
    RolledBack,
    /// Stopped by an error; `restart` starts again from the schema copy.
    Failed,
}

impl MoveState {
    /// The database form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Schema => "schema",
            Self::Copy => "copy",
            Self::CatchUp => "catch_up",
            Self::Validate => "validate",
            Self::ReadShift => "read_shift",
            Self::Switch => "switch",
            Self::Monitor => "monitor",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::RolledBack => "rolled_back",
            Self::Failed => "failed",
        }
    }

    /// Parse the database form.
    pub fn parse(raw: &str) -> Option<Self> {
        Some(match raw {
            "schema" => Self::Schema,
            "copy" => Self::Copy,
            "catch_up" => Self::CatchUp,
            "validate" => Self::Validate,
            "read_shift" => Self::ReadShift,
            "switch" => Self::Switch,
            "monitor" => Self::Monitor,
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "rolled_back" => Self::RolledBack,
            "failed" => Self::Failed,
            _ => return None,
        })
    }

    /// True for the end states.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Completed | Self::Cancelled | Self::RolledBack)
    }

    /// True while writes still go to the source (cancel is allowed).
    pub fn before_switch(self) -> bool {
        matches!(
            self,
            Self::Schema
                | Self::Copy
                | Self::CatchUp
                | Self::Validate
                | Self::ReadShift
                | Self::Switch
                | Self::Failed
        )
    }
}

/// Tunables of one move, stored with it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct MoveOptions {
    /// Read share added per read-shift step (percent).
    pub read_step_percent: u8,
    /// Seconds between automatic read-shift steps.
    pub read_step_secs: u64,
    /// Shift reads automatically (else each step waits for `advance`).
    pub auto_read_shift: bool,
    /// Switch writes automatically once all reads are on the target (else wait for `advance`).
    pub auto_switch: bool,
    /// Complete automatically after the monitoring period (else wait for `complete`).
    pub auto_complete: bool,
    /// Replication lag (seconds) allowed for catch-up and each read-shift step.
    pub max_lag_secs: f64,
    /// Share of failed shifted reads allowed for the next read-shift step.
    pub max_error_rate: f64,
    /// Time budget of the fenced write switch (milliseconds); an overrun rolls it back.
    pub switch_budget_ms: u64,
    /// How long the fence waits for the table locks (milliseconds).
    pub lock_timeout_ms: u64,
    /// Seconds of monitoring after the switch before an automatic completion.
    pub monitor_secs: u64,
    /// Hours the old schema is kept (renamed) after completion; 0 drops it at once.
    pub archive_hours: u64,
    /// Rows per validation chunk.
    pub validation_chunk_rows: i64,
    /// Added to each sequence carried over, so the target never reuses a value.
    pub sequence_gap: i64,
    /// Seconds a user who wrote keeps reading from the source during the read shift.
    pub read_your_writes_secs: u64,
}

impl Default for MoveOptions {
    fn default() -> Self {
        Self {
            read_step_percent: 10,
            read_step_secs: 30,
            auto_read_shift: true,
            auto_switch: false,
            auto_complete: false,
            max_lag_secs: 1.0,
            max_error_rate: 0.01,
            switch_budget_ms: 5_000,
            lock_timeout_ms: 2_000,
            monitor_secs: 300,
            archive_hours: 168,
            validation_chunk_rows: 10_000,
            sequence_gap: 1_000,
            read_your_writes_secs: 10,
        }
    }
}

/// Copy and validation progress of one table.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TableProgress {
    /// Table name.
    pub table: String,
    /// Rows on the source when the move started.
    pub source_rows: i64,
    /// Size on the source when the move started (bytes).
    pub source_bytes: i64,
    /// Rows copied so far by the initial copy.
    pub copied_rows: i64,
    /// Copy percentage (0–100).
    pub copy_percent: f64,
    /// Subscription state: pending, init, copying, copied, synced, ready.
    pub sync_state: String,
    /// Rows validated so far.
    pub validated_rows: i64,
    /// Validation finished for this table.
    pub validated: bool,
    /// Chunks that matched.
    pub chunks_ok: i32,
    /// Chunks that differed.
    pub chunks_bad: i32,
}

/// A validation difference: one key range of one table.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Difference {
    /// Table.
    pub table: String,
    /// Exclusive lower bound of the primary key (none: from the start).
    pub key_from: Option<Vec<String>>,
    /// Inclusive upper bound of the primary key (none: to the end).
    pub key_to: Option<Vec<String>>,
    /// Rows in the range on the source.
    pub source_rows: i64,
    /// Rows in the range on the target.
    pub target_rows: i64,
    /// Hash of the range on the source.
    pub source_hash: i64,
    /// Hash of the range on the target.
    pub target_hash: i64,
    /// When it was found.
    pub found_at: DateTime<Utc>,
}

/// One entry of a move's step log.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Step {
    /// When.
    pub at: DateTime<Utc>,
    /// State at the time.
    pub state: String,
    /// What happened.
    pub event: String,
    /// Details.
    pub detail: String,
}

/// Everything an operator needs to watch a move.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MoveStatus {
    /// Move id.
    pub id: i64,
    /// Territory.
    pub territory: TerritoryCode,
    /// Source region.
    pub source_region: RegionCode,
    /// Target region.
    pub target_region: RegionCode,
    /// Source node.
    pub source_node: String,
    /// Target node.
    pub target_node: String,
    /// Workflow state.
    pub state: MoveState,
    /// State a failed move failed in.
    pub failed_state: Option<String>,
    /// Paused by an operator.
    pub paused: bool,
    /// Operator request waiting to be carried out.
    pub request: Option<String>,
    /// Share of reads served by the target (0–100).
    pub read_percent: i16,
    /// Last error.
    pub error: Option<String>,
    /// Consecutive failures of the current step (three fail the move before the switch).
    pub failures: i32,
    /// Replication lag in bytes (slot position behind the current WAL position).
    pub lag_bytes: Option<f64>,
    /// Replication lag in seconds (marker round trip).
    pub lag_seconds: Option<f64>,
    /// Overall copy percentage (rows).
    pub copy_percent: f64,
    /// Rows per second of the initial copy so far.
    pub copy_rows_per_sec: Option<f64>,
    /// Bytes per second of the initial copy so far (estimated from the source size).
    pub copy_bytes_per_sec: Option<f64>,
    /// Estimated seconds until the initial copy finishes.
    pub copy_eta_secs: Option<f64>,
    /// Longest write pause of the switch (milliseconds).
    pub write_pause_ms: Option<f64>,
    /// Options.
    pub options: MoveOptions,
    /// Per-table progress.
    pub tables: Vec<TableProgress>,
    /// Validation differences.
    pub differences: Vec<Difference>,
    /// The most recent step-log entries, oldest first.
    pub steps: Vec<Step>,
    /// Old schema kept after completion.
    pub archive_schema: Option<String>,
    /// When the archived schema is dropped.
    pub archive_drop_after: Option<DateTime<Utc>>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
    /// Copy started.
    pub copy_started_at: Option<DateTime<Utc>>,
    /// Copy finished.
    pub copy_finished_at: Option<DateTime<Utc>>,
    /// Writes switched.
    pub switched_at: Option<DateTime<Utc>>,
    /// Finished.
    pub finished_at: Option<DateTime<Utc>>,
}

//! The move workflow: creation with pre-checks, operator requests, and the driver that carries
//! a move from state to state (resuming from the control plane after any restart).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use kernel::{AppError, AppResult, RegionCode, TerritoryCode};
use secrecy::SecretString;
use sqlx::{Connection, PgConnection, PgPool};

use super::pg::{self, ident, TableInfo, MARKER};
use super::repo::{self, db, ChunkResult, MoveRow};
use super::{metrics, MoveOptions, MoveState, MoveStatus};
use crate::control::TerritoryStatus;
use crate::platform::Platform;
use crate::pools::NodePool;
use crate::process::PgBinaries;

/// Where to move a territory: a region code, or the name of a database node (its region).
#[derive(Debug, Clone)]
pub struct MoveTarget(pub String);

/// How long [`drive`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DriveUntil {
    /// Until the move needs an operator (or ends).
    Idle,
    /// Until the move ends (used by the background supervisor).
    Finished,
}

const LOCK_CLASS: i32 = 0x6d6f_7665; // "move"
const MAX_FAILURES: i32 = 3;

/// Base name of a move's publications, subscriptions and slots. Slots are cluster-wide, so
/// the name carries the move's creation time as well as its id: two control planes (or a
/// test's throwaway databases) sharing a server never collide.
fn base_name(row: &MoveRow) -> String {
    format!(
        "unityplan_move_{}_{}",
        row.id,
        row.created_at.timestamp_micros()
    )
}

fn names(row: &MoveRow) -> (String, String, String, String) {
    let base = base_name(row);
    (
        base.clone(),
        format!("{base}_fwd"),
        format!("{base}_rev"),
        format!("{base}_rev"),
    )
}

fn refused(code: &'static str, message: String) -> AppError {
    AppError::conflict(code, message)
}

fn node_url(platform: &Platform, node: &str) -> Option<SecretString> {
    platform
        .config()
        .regions
        .iter()
        .flat_map(|r| r.nodes.iter())
        .find(|n| n.name == node)
        .map(|n| n.url.clone())
}

fn node(platform: &Platform, region: &RegionCode, name: &str) -> AppResult<Arc<NodePool>> {
    platform
        .router()
        .region(region)
        .and_then(|r| r.nodes().iter().find(|n| n.name() == name).cloned())
        .ok_or_else(|| {
            AppError::conflict(
                "move_node_unknown",
                format!("Database node `{name}` of region {region} is no longer configured."),
            )
        })
}

async fn control(platform: &Platform) -> AppResult<sqlx::pool::PoolConnection<sqlx::Postgres>> {
    Ok(platform.control_conn().await?)
}

fn binaries(platform: &Platform) -> AppResult<PgBinaries> {
    let found = PgBinaries::locate(platform.config().embedded.bin_dir.as_deref())?;
    for tool in ["pg_dump", "psql"] {
        if !found.bin(tool).is_file() {
            return Err(refused(
                "move_tools_missing",
                format!(
                    "{} is missing; moves restore the schema with PostgreSQL's pg_dump and psql \
                     (Debian: `apt-get install postgresql-client`).",
                    found.bin(tool).display()
                ),
            ));
        }
    }
    Ok(found)
}

/// Resolve the target region of a move.
fn resolve_target(platform: &Platform, to: &MoveTarget) -> AppResult<RegionCode> {
    if let Ok(region) = RegionCode::parse(&to.0) {
        if platform.router().region(&region).is_some() {
            return Ok(region);
        }
    }
    for region in platform.router().regions().values() {
        if region.nodes().iter().any(|n| n.name() == to.0) {
            return Ok(region.code().clone());
        }
    }
    Err(AppError::invalid_field(
        "to",
        format!(
            "There is no region or database node `{}`. `unityplan region list` shows them.",
            to.0
        ),
    ))
}

async fn with_timeout<T>(
    what: &str,
    secs: u64,
    fut: impl std::future::Future<Output = AppResult<T>>,
) -> AppResult<T> {
    match tokio::time::timeout(Duration::from_secs(secs), fut).await {
        Ok(result) => result,
        Err(_) => Err(AppError::unavailable(
            "move_target_unreachable",
            format!("{what} did not answer within {secs} s."),
            5,
        )),
    }
}

/// Create a move after its pre-checks: the territory exists and is active; the target region
/// differs, has a reachable primary on another server; both servers run `wal_level = logical`
/// with slot and sender headroom, compatible versions and a superuser connection; every
/// table has a primary key or replica identity; the target has no such schema yet. A refused
/// move changes nothing.
pub async fn start(
    platform: &Platform,
    code: &TerritoryCode,
    to: &MoveTarget,
    options: MoveOptions,
) -> AppResult<MoveStatus> {
    validate_options(&options)?;
    let territory = platform.territory(code).await?;
    if territory.status != TerritoryStatus::Active {
        return Err(refused(
            "move_in_progress",
            format!(
                "Territory {code} is {} — only an active territory can be moved.",
                territory.status.as_str()
            ),
        ));
    }
    let target_region = resolve_target(platform, to)?;
    if target_region == territory.region {
        return Err(AppError::invalid_field(
            "to",
            format!("Territory {code} already lives in region {target_region}."),
        ));
    }
    let router = platform.router();
    let source_region = router
        .region(&territory.region)
        .ok_or_else(|| crate::StoreError::UnknownRegion(territory.region.clone()))?;
    let target = router
        .region(&target_region)
        .ok_or_else(|| crate::StoreError::UnknownRegion(target_region.clone()))?;
    target.check_all().await;
    let target_node = target.primary().cloned().ok_or_else(|| {
        let states: Vec<String> = target
            .nodes()
            .iter()
            .map(|n| {
                format!(
                    "{} {} ({})",
                    n.name(),
                    n.state().as_str(),
                    n.health().last_error.unwrap_or_default()
                )
            })
            .collect();
        AppError::unavailable(
            "move_target_unreachable",
            format!(
                "Region {target_region} has no reachable primary, so nothing was started: {}.",
                states.join("; ")
            ),
            5,
        )
    })?;
    let source_node = source_region
        .primary()
        .cloned()
        .ok_or_else(|| crate::StoreError::RegionUnavailable(territory.region.clone(), 5))?;
    let (source_url, target_url) =
        match (
            node_url(platform, source_node.name()),
            node_url(platform, target_node.name()),
        ) {
            (Some(s), Some(t)) => (s, t),
            _ => return Err(refused(
                "move_same_server",
                "Moves need regional servers from configuration (production mode); in embedded \
                 mode every region lives in one database."
                    .to_owned(),
            )),
        };
    let _ = (source_url, target_url);
    let (source_facts, target_facts) = {
        let sp = source_node.pool().clone();
        let tp = target_node.pool().clone();
        let s = with_timeout("The source server", 5, async move {
            let mut c = sp.acquire().await.map_err(db("connect to the source"))?;
            pg::facts(&mut c).await
        })
        .await?;
        let t = with_timeout("The target server", 5, async move {
            let mut c = tp.acquire().await.map_err(|e| {
                AppError::unavailable(
                    "move_target_unreachable",
                    format!("Cannot connect to the target node {}: {e}", "of the region"),
                    5,
                )
            })?;
            pg::facts(&mut c).await
        })
        .await?;
        (s, t)
    };
    if source_facts.system_id == target_facts.system_id
        && source_facts.database == target_facts.database
    {
        return Err(refused(
            "move_same_server",
            format!(
                "Regions {} and {target_region} use the same database; a move needs another server.",
                territory.region
            ),
        ));
    }
    for (side, f) in [("source", &source_facts), ("target", &target_facts)] {
        if f.wal_level != "logical" {
            return Err(refused(
                "move_wal_level",
                format!("The {side} server runs wal_level = {}; set wal_level = logical and restart it.", f.wal_level),
            ));
        }
        if !f.superuser {
            return Err(refused(
                "move_not_superuser",
                format!("The {side} node's connection role is not a superuser; PostgreSQL 15 subscriptions need one."),
            ));
        }
    }
    // The forward slot plus up to two table-sync slots on the source; the reverse slot on
    // the target.
    if source_facts.free_slots < 3 || source_facts.free_senders < 3 {
        return Err(refused(
            "move_no_slot_headroom",
            format!(
                "The source server has {} free replication slot(s) and {} free WAL sender(s); a move needs 3 of each. Raise max_replication_slots / max_wal_senders.",
                source_facts.free_slots, source_facts.free_senders
            ),
        ));
    }
    if target_facts.free_slots < 1 || target_facts.free_senders < 1 {
        return Err(refused(
            "move_no_slot_headroom",
            "The target server has no free replication slot or WAL sender for the reverse replication.".to_owned(),
        ));
    }
    let tools = binaries(platform)?;
    let dump_major = tools.major_version()?;
    let source_major = u32::try_from(source_facts.version_num / 10_000).unwrap_or(0);
    let target_major = u32::try_from(target_facts.version_num / 10_000).unwrap_or(0);
    if target_major < source_major || dump_major < source_major.max(target_major) {
        return Err(refused(
            "move_version_mismatch",
            format!(
                "Source runs PostgreSQL {source_major}, target {target_major}, pg_dump is {dump_major}; \
                 the target and pg_dump must be at least the source's version."
            ),
        ));
    }
    let schema = territory.schema.clone();
    let mut sconn = source_node
        .pool()
        .acquire()
        .await
        .map_err(db("connect to the source"))?;
    let tables = pg::tables(&mut sconn, &schema).await?;
    let keyless: Vec<&str> = tables
        .iter()
        .filter(|t| !t.replicable())
        .map(|t| t.name.as_str())
        .collect();
    if !keyless.is_empty() {
        return Err(refused(
            "move_table_without_key",
            format!(
                "Territory {code} cannot be moved: table(s) {} have no primary key or replica identity, \
                 so replication could not apply updates and deletes. Add a primary key \
                 (or `ALTER TABLE … REPLICA IDENTITY FULL`) and start the move again.",
                keyless.join(", ")
            ),
        ));
    }
    let mut tconn = target_node
        .pool()
        .acquire()
        .await
        .map_err(db("connect to the target"))?;
    if pg::schema_exists(&mut tconn, &schema).await? {
        return Err(refused(
            "move_target_schema_exists",
            format!(
                "The target server already has a schema {schema} (a leftover?). Inspect and drop it, then start the move again."
            ),
        ));
    }
    drop(tconn);
    let mut counts = Vec::new();
    for t in &tables {
        let (rows, bytes) = pg::count(&mut sconn, &schema, &t.name).await?;
        counts.push((t.name.clone(), rows, bytes));
    }
    drop(sconn);
    let mut conn = control(platform).await?;
    let row = repo::insert(
        &mut conn,
        &repo::NewMove {
            code,
            schema: &schema,
            source_region: &territory.region,
            target_region: &target_region,
            source_node: source_node.name(),
            target_node: target_node.name(),
            options: &options,
        },
        &counts,
    )
    .await?;
    let _ = platform.router().registry().refresh(code).await;
    repo::status(&mut conn, row).await
}

fn validate_options(o: &MoveOptions) -> AppResult<()> {
    if o.read_step_percent == 0 || o.read_step_percent > 100 {
        return Err(AppError::invalid_field("read_step_percent", "Use 1–100."));
    }
    if o.validation_chunk_rows < 1 {
        return Err(AppError::invalid_field(
            "validation_chunk_rows",
            "Use at least 1.",
        ));
    }
    if o.switch_budget_ms < 100 || o.lock_timeout_ms < 10 {
        return Err(AppError::invalid_field(
            "switch_budget_ms",
            "The switch budget must be at least 100 ms and the lock timeout at least 10 ms.",
        ));
    }
    if o.max_lag_secs.is_nan() || o.max_lag_secs <= 0.0 || !(0.0..=1.0).contains(&o.max_error_rate)
    {
        return Err(AppError::invalid_field(
            "max_lag_secs",
            "max_lag_secs must be positive and max_error_rate between 0 and 1.",
        ));
    }
    Ok(())
}

async fn latest(platform: &Platform, code: &TerritoryCode) -> AppResult<MoveRow> {
    let mut conn = control(platform).await?;
    // A missing territory is reported as such, not as "no move".
    platform.territory(code).await?;
    repo::latest(&mut conn, code).await?.ok_or_else(|| {
        AppError::not_found(
            "move_not_found",
            format!("Territory {code} has never been moved. Start with `unityplan territory move {code} --to <region>`."),
        )
    })
}

/// The status of a territory's latest move.
pub async fn status(platform: &Platform, code: &TerritoryCode) -> AppResult<MoveStatus> {
    let row = latest(platform, code).await?;
    let mut conn = control(platform).await?;
    repo::status(&mut conn, row).await
}

/// Every move, newest first.
pub async fn list(platform: &Platform) -> AppResult<Vec<MoveStatus>> {
    let mut conn = control(platform).await?;
    let rows = repo::list(&mut conn).await?;
    let mut out = Vec::new();
    for row in rows {
        out.push(repo::status(&mut conn, row).await?);
    }
    Ok(out)
}

async fn request(
    platform: &Platform,
    code: &TerritoryCode,
    request: &'static str,
    allowed: impl Fn(MoveState) -> bool,
    refusal: &'static str,
    why: &str,
) -> AppResult<MoveStatus> {
    let row = latest(platform, code).await?;
    let state = row.state();
    if !allowed(state) {
        return Err(refused(
            refusal,
            format!("The move of {code} is in state `{}`: {why}", state.as_str()),
        ));
    }
    let mut conn = control(platform).await?;
    repo::set_request(&mut conn, row.id, request).await?;
    repo::log(&mut conn, row.id, state, "requested", request).await?;
    let row = repo::get(&mut conn, row.id).await?;
    repo::status(&mut conn, row).await
}

/// Next read-shift step now (or the write switch at 100 %), or re-validate after differences.
pub async fn advance(platform: &Platform, code: &TerritoryCode) -> AppResult<MoveStatus> {
    request(
        platform,
        code,
        "advance",
        |s| {
            matches!(
                s,
                MoveState::Validate | MoveState::ReadShift | MoveState::CatchUp
            )
        },
        "move_cannot_advance",
        "advance applies during validation, catch-up and the read shift.",
    )
    .await
}

/// Cancel (until writes are switched): the target is cleaned up, the source stays as it was.
pub async fn cancel(platform: &Platform, code: &TerritoryCode) -> AppResult<MoveStatus> {
    request(
        platform,
        code,
        "cancel",
        |s| s.before_switch(),
        "move_cannot_cancel",
        "writes have already switched (use `reverse` to roll back), or the move has ended.",
    )
    .await
}

/// Roll back after the write switch (while monitoring).
pub async fn reverse(platform: &Platform, code: &TerritoryCode) -> AppResult<MoveStatus> {
    request(
        platform,
        code,
        "reverse",
        |s| s == MoveState::Monitor,
        "move_cannot_reverse",
        "reverse applies after the write switch, before completion (use `cancel` before the switch).",
    )
    .await
}

/// Complete after the write switch: drop replication and archive the old schema.
pub async fn complete(platform: &Platform, code: &TerritoryCode) -> AppResult<MoveStatus> {
    request(
        platform,
        code,
        "complete",
        |s| s == MoveState::Monitor,
        "move_cannot_complete",
        "complete applies after the write switch.",
    )
    .await
}

/// Restart a failed move from the schema copy.
pub async fn restart(platform: &Platform, code: &TerritoryCode) -> AppResult<MoveStatus> {
    request(
        platform,
        code,
        "restart",
        |s| s == MoveState::Failed,
        "move_cannot_restart",
        "only a failed move can be restarted.",
    )
    .await
}

async fn set_pause(
    platform: &Platform,
    code: &TerritoryCode,
    paused: bool,
) -> AppResult<MoveStatus> {
    let row = latest(platform, code).await?;
    if row.state().is_terminal() {
        return Err(refused(
            "move_finished",
            format!("The move of {code} has ended ({}).", row.state().as_str()),
        ));
    }
    let mut conn = control(platform).await?;
    repo::set_paused(&mut conn, row.id, paused).await?;
    repo::log(
        &mut conn,
        row.id,
        row.state(),
        if paused { "paused" } else { "resumed" },
        "",
    )
    .await?;
    let row = repo::get(&mut conn, row.id).await?;
    repo::status(&mut conn, row).await
}

/// Pause: the move stays where it is (replication keeps running) until resumed.
pub async fn pause(platform: &Platform, code: &TerritoryCode) -> AppResult<MoveStatus> {
    set_pause(platform, code, true).await
}

/// Resume a paused move.
pub async fn resume(platform: &Platform, code: &TerritoryCode) -> AppResult<MoveStatus> {
    set_pause(platform, code, false).await
}

/// What one step did.
enum Next {
    /// State changed; continue at once.
    Progress,
    /// Work in progress; look again after this.
    Poll(Duration),
    /// Waiting for an operator.
    Idle,
}

struct Ctx<'a> {
    platform: &'a Platform,
    row: MoveRow,
    code: TerritoryCode,
    source: Arc<NodePool>,
    target: Arc<NodePool>,
    opts: MoveOptions,
}

impl Ctx<'_> {
    fn sp(&self) -> &PgPool {
        self.source.pool()
    }
    fn tp(&self) -> &PgPool {
        self.target.pool()
    }
    fn schema(&self) -> &str {
        &self.row.schema_name
    }
    fn url(&self, node: &str) -> AppResult<SecretString> {
        node_url(self.platform, node).ok_or_else(|| {
            refused(
                "move_node_unknown",
                format!("Node `{node}` has no configured URL."),
            )
        })
    }
}

/// Drive a move from the control plane: one driver at a time per move (an advisory lock on
/// the control plane; a crashed driver's lock goes with its connection). Returns the state it
/// left the move in, or `None` when another driver holds the move.
pub async fn drive(
    platform: &Platform,
    id: i64,
    until: DriveUntil,
) -> AppResult<Option<MoveState>> {
    let conn = control(platform).await?;
    // A dedicated connection: dropping it (crash, abort) releases the lock.
    let mut lock = conn.detach();
    let id32 = i32::try_from(id % i64::from(i32::MAX)).unwrap_or(0);
    let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1, $2)")
        .bind(LOCK_CLASS)
        .bind(id32)
        .fetch_one(&mut lock)
        .await
        .map_err(db("lock the move"))?;
    if !locked {
        return Ok(None);
    }
    let result = drive_locked(platform, id, until).await;
    let _ = lock.close().await;
    result.map(Some)
}

async fn drive_locked(platform: &Platform, id: i64, until: DriveUntil) -> AppResult<MoveState> {
    loop {
        let row = {
            let mut conn = control(platform).await?;
            repo::get(&mut conn, id).await?
        };
        let state = row.state();
        {
            let mut conn = control(platform).await?;
            if let Ok(status) = repo::status(&mut conn, row.clone()).await {
                metrics::observe(&status);
            }
        }
        if state.is_terminal() {
            return Ok(state);
        }
        let outcome = step(platform, row.clone()).await;
        match outcome {
            Ok(Next::Progress) => {}
            Ok(Next::Poll(d)) => tokio::time::sleep(d).await,
            Ok(Next::Idle) => match until {
                DriveUntil::Idle => return Ok(state),
                DriveUntil::Finished => tokio::time::sleep(Duration::from_secs(1)).await,
            },
            Err(e) => {
                let message = explain(platform, &row, e.message()).await;
                let mut conn = control(platform).await?;
                let failures = repo::record_error(&mut conn, id, &message).await?;
                repo::log(&mut conn, id, state, "error", &message).await?;
                if failures >= MAX_FAILURES && state.before_switch() && state != MoveState::Failed {
                    repo::fail(&mut conn, id, state, &message).await?;
                    if until == DriveUntil::Idle {
                        return Ok(MoveState::Failed);
                    }
                }
                tokio::time::sleep(Duration::from_millis(1000)).await;
            }
        }
    }
}

/// A step error made readable: when the source or target server does not answer, say so
/// first (e.g. the source region went down mid-move).
async fn explain(platform: &Platform, row: &MoveRow, message: &str) -> String {
    let sides = [
        ("source", row.source(), row.source_node.as_str()),
        ("target", row.target(), row.target_node.as_str()),
    ];
    for (side, region, name) in sides {
        let Ok(region) = region else { continue };
        let Ok(pool) = node(platform, &region, name) else {
            continue;
        };
        let probe = tokio::time::timeout(
            Duration::from_secs(5),
            sqlx::query("SELECT 1").execute(pool.pool()),
        )
        .await;
        if !matches!(probe, Ok(Ok(_))) {
            return format!(
                "the {side} server is unreachable (region {region}, node {name}): {message}"
            );
        }
    }
    message.to_owned()
}

async fn step(platform: &Platform, row: MoveRow) -> AppResult<Next> {
    let state = row.state();
    let code = row.code()?;
    let source = node(platform, &row.source()?, &row.source_node)?;
    let target = node(platform, &row.target()?, &row.target_node)?;
    let opts = row.options.0.clone();
    platform
        .router()
        .registry()
        .set_read_your_writes(Duration::from_secs(opts.read_your_writes_secs));
    let ctx = Ctx {
        platform,
        row,
        code,
        source,
        target,
        opts,
    };
    match ctx.row.request.as_deref() {
        Some("cancel") if state.before_switch() => return cancel_now(&ctx, false).await,
        Some("restart") if state == MoveState::Failed => return cancel_now(&ctx, true).await,
        Some("reverse") if state == MoveState::Monitor => return switch_back(&ctx).await,
        Some("complete") if state == MoveState::Monitor => return complete_now(&ctx).await,
        _ => {}
    }
    if ctx.row.paused {
        return Ok(Next::Idle);
    }
    match state {
        MoveState::Schema => step_schema(&ctx).await,
        MoveState::Copy => step_copy(&ctx).await,
        MoveState::CatchUp => step_catch_up(&ctx).await,
        MoveState::Validate => step_validate(&ctx).await,
        MoveState::ReadShift => step_read_shift(&ctx).await,
        MoveState::Switch => step_switch(&ctx).await,
        MoveState::Monitor => step_monitor(&ctx).await,
        MoveState::Failed => Ok(Next::Idle),
        MoveState::Completed | MoveState::Cancelled | MoveState::RolledBack => Ok(Next::Idle),
    }
}

async fn set_state(ctx: &Ctx<'_>, state: MoveState, detail: &str) -> AppResult<()> {
    let mut conn = control(ctx.platform).await?;
    repo::set_state(&mut conn, ctx.row.id, state, detail).await
}

async fn log(ctx: &Ctx<'_>, event: &str, detail: &str) -> AppResult<()> {
    let mut conn = control(ctx.platform).await?;
    repo::log(&mut conn, ctx.row.id, ctx.row.state(), event, detail).await
}

async fn step_schema(ctx: &Ctx<'_>) -> AppResult<Next> {
    let schema = ctx.schema().to_owned();
    // Change-tracking triggers would be dumped with the schema (a restart after a failure).
    pg::drop_tracking(ctx.sp(), ctx.row.id).await?;
    pg::ensure_marker(ctx.sp(), &schema).await?;
    {
        let mut t = ctx
            .tp()
            .acquire()
            .await
            .map_err(db("connect to the target"))?;
        if pg::schema_exists(&mut t, &schema).await? {
            // Only this move can have created it (the pre-check found none): an interrupted
            // restore. Start it again.
            sqlx::query(&format!("DROP SCHEMA {} CASCADE", ident(&schema)))
                .execute(&mut *t)
                .await
                .map_err(db("drop a half-restored schema"))?;
            log(
                ctx,
                "schema",
                "dropped a half-restored schema on the target",
            )
            .await?;
        }
    }
    let roles = pg::copy_roles(ctx.sp(), ctx.tp(), &schema).await?;
    let tools = binaries(ctx.platform)?;
    let bytes = pg::copy_schema(
        &tools,
        &ctx.url(&ctx.row.source_node)?,
        &ctx.url(&ctx.row.target_node)?,
        &schema,
    )
    .await?;
    set_state(
        ctx,
        MoveState::Copy,
        &format!(
            "schema restored on the target ({bytes} bytes of DDL; roles created: {})",
            if roles.is_empty() {
                "none".to_owned()
            } else {
                roles.join(", ")
            }
        ),
    )
    .await?;
    Ok(Next::Progress)
}

async fn step_copy(ctx: &Ctx<'_>) -> AppResult<Next> {
    let (publication, forward, _, _) = names(&ctx.row);
    let schema = ctx.schema().to_owned();
    pg::create_publication(ctx.sp(), &publication, &schema).await?;
    if ctx.row.copy_started_at.is_none() {
        let mut conn = control(ctx.platform).await?;
        repo::touch(&mut conn, ctx.row.id, "copy_started_at = now()").await?;
    }
    if !pg::subscription_exists(ctx.tp(), &forward).await? {
        pg::create_subscription(
            ctx.tp(),
            &forward,
            &ctx.url(&ctx.row.source_node)?,
            &publication,
            true,
            true,
        )
        .await?;
        log(
            ctx,
            "replication",
            "publication and subscription created; initial copy running",
        )
        .await?;
    }
    let progress = pg::copy_progress(ctx.tp(), &forward).await?;
    let mut conn = control(ctx.platform).await?;
    let tables = repo::tables(&mut conn, ctx.row.id).await?;
    let mut all_ready = !progress.is_empty();
    for (table, state, tuples) in &progress {
        if state != "ready" {
            all_ready = false;
        }
        if let Some(t) = tables.iter().find(|t| &t.table_name == table) {
            let copied = match state.as_str() {
                "copied" | "synced" | "ready" => t.source_rows,
                _ => tuples.unwrap_or(0),
            };
            repo::set_copy(&mut conn, ctx.row.id, table, copied, state).await?;
        }
    }
    if all_ready {
        repo::touch(&mut conn, ctx.row.id, "copy_finished_at = now()").await?;
        repo::set_state(
            &mut conn,
            ctx.row.id,
            MoveState::CatchUp,
            "initial copy finished: every table is ready",
        )
        .await?;
        return Ok(Next::Progress);
    }
    Ok(Next::Poll(Duration::from_millis(300)))
}

/// Lag of the forward replication: bytes behind and the marker round trip.
async fn measure_lag(ctx: &Ctx<'_>, reverse: bool) -> AppResult<(Option<f64>, Option<f64>)> {
    let (_, forward, _, rev_sub) = names(&ctx.row);
    let (publisher, subscriber, slot) = if reverse {
        (ctx.tp(), ctx.sp(), rev_sub)
    } else {
        (ctx.sp(), ctx.tp(), forward)
    };
    let bytes = pg::lag_bytes(publisher, &slot).await?;
    let limit = Duration::from_secs_f64((ctx.opts.max_lag_secs * 10.0).max(5.0));
    let trip = pg::marker_round_trip(publisher, subscriber, ctx.schema(), 0, limit).await?;
    let seconds = Some(trip.map_or(limit.as_secs_f64(), |d| d.as_secs_f64()));
    let mut conn = control(ctx.platform).await?;
    repo::set_lag(&mut conn, ctx.row.id, bytes, seconds).await?;
    Ok((bytes, seconds))
}

async fn step_catch_up(ctx: &Ctx<'_>) -> AppResult<Next> {
    let (_, seconds) = measure_lag(ctx, false).await?;
    if seconds.is_some_and(|s| s <= ctx.opts.max_lag_secs) {
        set_state(
            ctx,
            MoveState::Validate,
            &format!("caught up: lag {:.3} s", seconds.unwrap_or(0.0)),
        )
        .await?;
        return Ok(Next::Progress);
    }
    Ok(Next::Poll(Duration::from_millis(500)))
}

async fn compare_chunk(
    ctx: &Ctx<'_>,
    table: &TableInfo,
    lo: Option<&Vec<String>>,
    hi: Option<&Vec<String>>,
) -> AppResult<((i64, i64), (i64, i64))> {
    let schema = ctx.schema();
    let mut last = ((0, 0), (0, 0));
    for attempt in 0..3 {
        if attempt > 0 {
            // Make sure everything committed on the source is applied, then compare again:
            // a row changed between the two reads is not a difference.
            pg::marker_round_trip(ctx.sp(), ctx.tp(), schema, 0, Duration::from_secs(10)).await?;
        }
        let mut s = ctx
            .sp()
            .acquire()
            .await
            .map_err(db("connect to the source"))?;
        let source = pg::chunk_hash(&mut s, schema, table, lo, hi).await?;
        drop(s);
        let mut t = ctx
            .tp()
            .acquire()
            .await
            .map_err(db("connect to the target"))?;
        let target = pg::chunk_hash(&mut t, schema, table, lo, hi).await?;
        last = (source, target);
        if source == target {
            return Ok(last);
        }
    }
    // A chunk that keeps changing under writes: hold writes to this one table for a moment
    // (SHARE lock, reads continue) so both sides are compared at the same point.
    let mut fence = ctx
        .sp()
        .begin()
        .await
        .map_err(db("connect to the source"))?;
    sqlx::query("SET LOCAL lock_timeout = 1000")
        .execute(&mut *fence)
        .await
        .map_err(db("set the lock timeout"))?;
    let locked = sqlx::query(&format!(
        "LOCK TABLE {}.{} IN SHARE MODE",
        ident(schema),
        ident(&table.name)
    ))
    .execute(&mut *fence)
    .await;
    if locked.is_err() {
        return Ok(last);
    }
    let source = pg::chunk_hash(&mut fence, schema, table, lo, hi).await?;
    pg::marker_round_trip(ctx.sp(), ctx.tp(), schema, 0, Duration::from_secs(10)).await?;
    let mut t = ctx
        .tp()
        .acquire()
        .await
        .map_err(db("connect to the target"))?;
    let target = pg::chunk_hash(&mut t, schema, table, lo, hi).await?;
    let _ = fence.commit().await;
    Ok((source, target))
}

async fn step_validate(ctx: &Ctx<'_>) -> AppResult<Next> {
    let schema = ctx.schema().to_owned();
    let mut conn = control(ctx.platform).await?;
    let tables = repo::tables(&mut conn, ctx.row.id).await?;
    let infos = {
        let mut s = ctx
            .sp()
            .acquire()
            .await
            .map_err(db("connect to the source"))?;
        pg::tables(&mut s, &schema).await?
    };
    // Log changed keys from before the first chunk is compared: the fenced validation then
    // only has to hash what changed since. A table that gets its tracking only now (the
    // tracking was removed behind the move's back) is validated again from the start.
    let created = pg::ensure_tracking(
        ctx.sp(),
        ctx.row.id,
        &schema,
        &infos,
        ctx.opts.lock_timeout_ms,
    )
    .await?;
    if !created.is_empty() {
        let progressed = tables.iter().any(|t| {
            created.contains(&t.table_name) && (t.validated_until.is_some() || t.validated_done)
        });
        if progressed {
            repo::reset_validation(&mut conn, ctx.row.id).await?;
        }
        repo::log(
            &mut conn,
            ctx.row.id,
            MoveState::Validate,
            "tracking",
            &format!(
                "changed keys are logged on the source for: {}{}",
                created.join(", "),
                if progressed {
                    " (validation starts again)"
                } else {
                    ""
                }
            ),
        )
        .await?;
        if progressed {
            return Ok(Next::Progress);
        }
    }
    let started = Instant::now();
    for t in tables.iter().filter(|t| !t.validated_done) {
        let Some(info) = infos.iter().find(|i| i.name == t.table_name) else {
            // The table no longer exists on the source: nothing to compare.
            repo::record_chunk(
                &mut conn,
                ctx.row.id,
                &t.table_name,
                &ChunkResult {
                    lo: None,
                    hi: None,
                    last: true,
                    source: (0, 0),
                    target: (0, 0),
                },
            )
            .await?;
            continue;
        };
        let mut lo = t.validated_until.clone();
        loop {
            let (hi, last) = if info.key.is_empty() {
                (None, true)
            } else {
                match pg::chunk_end(
                    ctx.sp(),
                    &schema,
                    info,
                    lo.as_ref(),
                    ctx.opts.validation_chunk_rows,
                )
                .await?
                {
                    Some(hi) => (Some(hi), false),
                    None => (None, true),
                }
            };
            let (source, target) = compare_chunk(ctx, info, lo.as_ref(), hi.as_ref()).await?;
            let last = last || source.0 < ctx.opts.validation_chunk_rows;
            let chunk = ChunkResult {
                lo: lo.clone(),
                hi: hi.clone(),
                last,
                source,
                target,
            };
            repo::record_chunk(&mut conn, ctx.row.id, &t.table_name, &chunk).await?;
            if last {
                break;
            }
            lo = hi;
            if started.elapsed() > Duration::from_secs(2) {
                // Look at operator requests now and then; progress is saved per chunk.
                return Ok(Next::Poll(Duration::ZERO));
            }
        }
    }
    let tables = repo::tables(&mut conn, ctx.row.id).await?;
    let bad: i32 = tables.iter().map(|t| t.chunks_bad).sum();
    let rows: i64 = tables.iter().map(|t| t.validated_rows).sum();
    if bad == 0 {
        repo::set_state(
            &mut conn,
            ctx.row.id,
            MoveState::ReadShift,
            &format!(
                "validation passed: {rows} rows in {} table(s), counts and hashes equal",
                tables.len()
            ),
        )
        .await?;
        return Ok(Next::Progress);
    }
    if ctx.row.request.as_deref() == Some("advance") {
        repo::clear_request(&mut conn, ctx.row.id).await?;
        repo::reset_validation(&mut conn, ctx.row.id).await?;
        repo::log(
            &mut conn,
            ctx.row.id,
            MoveState::Validate,
            "revalidate",
            "operator asked to validate again",
        )
        .await?;
        return Ok(Next::Progress);
    }
    let message = format!(
        "validation found {bad} differing key range(s); see the differences. `advance` validates again, `cancel` abandons the move."
    );
    if ctx.row.error.as_deref() != Some(message.as_str()) {
        repo::touch(
            &mut conn,
            ctx.row.id,
            &format!("error = {}", pg::literal(&message)),
        )
        .await?;
        repo::log(
            &mut conn,
            ctx.row.id,
            MoveState::Validate,
            "blocked",
            &message,
        )
        .await?;
    }
    Ok(Next::Idle)
}

async fn step_read_shift(ctx: &Ctx<'_>) -> AppResult<Next> {
    let advance = ctx.row.request.as_deref() == Some("advance");
    let mut conn = control(ctx.platform).await?;
    if ctx.row.read_percent >= 100 {
        if ctx.opts.auto_switch || advance {
            repo::clear_request(&mut conn, ctx.row.id).await?;
            repo::set_state(
                &mut conn,
                ctx.row.id,
                MoveState::Switch,
                "all reads on the target; switching writes",
            )
            .await?;
            return Ok(Next::Progress);
        }
        return Ok(Next::Idle);
    }
    let due = advance
        || (ctx.opts.auto_read_shift
            && ctx.row.read_step_at.is_none_or(|at| {
                (Utc::now() - at).num_milliseconds()
                    >= i64::try_from(ctx.opts.read_step_secs * 1000).unwrap_or(i64::MAX)
            }));
    if !due {
        return Ok(if ctx.opts.auto_read_shift {
            Next::Poll(Duration::from_millis(200))
        } else {
            Next::Idle
        });
    }
    // Gates: replication lag, and the error rate of reads already shifted (in this process)
    // plus a probe read on the target.
    let (_, lag) = measure_lag(ctx, false).await?;
    let stats = ctx.platform.router().registry().shift_stats(&ctx.code);
    let ok = stats.ok.load(std::sync::atomic::Ordering::Relaxed);
    let failed = stats.failed.load(std::sync::atomic::Ordering::Relaxed);
    let rate = if ok + failed == 0 {
        0.0
    } else {
        failed as f64 / (ok + failed) as f64
    };
    let probe = sqlx::query(&format!(
        "SELECT 1 FROM {}.{} LIMIT 1",
        ident(ctx.schema()),
        ident(MARKER)
    ))
    .execute(ctx.tp())
    .await;
    let held = if !lag.is_some_and(|l| l <= ctx.opts.max_lag_secs) {
        Some(format!(
            "lag {:.3} s is above {} s",
            lag.unwrap_or(f64::NAN),
            ctx.opts.max_lag_secs
        ))
    } else if rate > ctx.opts.max_error_rate {
        Some(format!(
            "{:.2} % of shifted reads failed (limit {:.2} %)",
            rate * 100.0,
            ctx.opts.max_error_rate * 100.0
        ))
    } else if let Err(e) = probe {
        Some(format!("probe read on the target failed: {e}"))
    } else {
        None
    };
    if let Some(reason) = held {
        let message = format!("read shift held: {reason}");
        if ctx.row.error.as_deref() != Some(message.as_str()) {
            repo::touch(
                &mut conn,
                ctx.row.id,
                &format!("error = {}", pg::literal(&message)),
            )
            .await?;
            repo::log(
                &mut conn,
                ctx.row.id,
                MoveState::ReadShift,
                "held",
                &message,
            )
            .await?;
        }
        return Ok(Next::Poll(Duration::from_millis(500)));
    }
    let next = (i32::from(ctx.row.read_percent) + i32::from(ctx.opts.read_step_percent)).min(100);
    let next = i16::try_from(next).unwrap_or(100);
    repo::clear_request(&mut conn, ctx.row.id).await?;
    repo::touch(&mut conn, ctx.row.id, "error = NULL").await?;
    repo::set_read_percent(&mut conn, ctx.row.id, &ctx.code, next).await?;
    let _ = ctx.platform.router().registry().refresh(&ctx.code).await;
    Ok(Next::Progress)
}

/// Why a fenced switch did not happen; the fence was rolled back and nothing changed.
struct SwitchAbort(String);

async fn step_switch(ctx: &Ctx<'_>) -> AppResult<Next> {
    match switch_forward(ctx).await {
        Ok(_pause_ms) => {
            // flip_registry logged the switch with the state change and refreshed the registry.
            Ok(Next::Progress)
        }
        Err(SwitchAbort(reason)) => {
            let mut conn = control(ctx.platform).await?;
            let failures = repo::record_error(
                &mut conn,
                ctx.row.id,
                &format!("switch rolled back, nothing changed: {reason}"),
            )
            .await?;
            sqlx::query("UPDATE control.moves SET state = 'read_shift', paused = $2 WHERE id = $1")
                .bind(ctx.row.id)
                .bind(failures >= MAX_FAILURES)
                .execute(&mut *conn)
                .await
                .map_err(db("return to the read shift"))?;
            repo::log(
                &mut conn,
                ctx.row.id,
                MoveState::ReadShift,
                "switch_rolled_back",
                &reason,
            )
            .await?;
            if failures >= MAX_FAILURES {
                repo::log(
                    &mut conn,
                    ctx.row.id,
                    MoveState::ReadShift,
                    "paused",
                    "the switch failed three times; resume and advance to try again",
                )
                .await?;
            }
            Ok(Next::Poll(Duration::from_secs(1)))
        }
    }
}

/// How the fenced validation compares a table.
enum Plan {
    /// Count and hash every row.
    Full,
    /// Exact count of every row, and count and hash of the rows with these keys (column by
    /// column): the rows changed since the change tracking started, which was before the
    /// chunked validation found every other row equal.
    Keys(Vec<Vec<String>>),
}

/// What the fenced validation compared.
struct Fenced {
    rows: usize,
    hashed: usize,
    full_tables: usize,
}

impl Fenced {
    fn describe(&self) -> String {
        format!(
            "{} rows counted and {} changed or fully compared rows hashed ({} table(s) hashed in full)",
            self.rows, self.hashed, self.full_tables
        )
    }
}

async fn fenced_hash(
    conn: &mut PgConnection,
    schema: &str,
    table: &TableInfo,
    plan: &Plan,
) -> AppResult<(i64, i64, i64)> {
    match plan {
        Plan::Full => {
            let (rows, hash) = pg::chunk_hash(conn, schema, table, None, None).await?;
            Ok((rows, rows, hash))
        }
        Plan::Keys(keys) => pg::keys_hash(conn, schema, table, keys).await,
    }
}

fn aborted(e: AppError) -> SwitchAbort {
    SwitchAbort(e.message().to_owned())
}

/// Compare both sides inside the fence. With `tracking` (a move id whose change log covers
/// the time since before the chunked validation) only rows changed since are hashed, plus an
/// exact count of every table; otherwise (or for a table without a key or that was
/// truncated) whole tables are counted and hashed.
async fn validate_fenced(
    fence: &mut PgConnection,
    other: &PgPool,
    schema: &str,
    tables: &[TableInfo],
    tracking: Option<i64>,
) -> Result<Fenced, SwitchAbort> {
    let tracked = match tracking {
        Some(id) => pg::tracked(fence, id, schema).await.map_err(aborted)?,
        None => Vec::new(),
    };
    let mut plans = Vec::with_capacity(tables.len());
    for t in tables {
        let logged = if tracked.contains(&t.name) {
            tracking
        } else {
            None
        };
        let keys = match logged {
            Some(id) => pg::changed_keys(fence, id, t).await.map_err(aborted)?,
            None => None,
        };
        plans.push(keys.map_or(Plan::Full, Plan::Keys));
    }
    let plans = Arc::new(plans);
    let other = other.clone();
    let schema_owned = schema.to_owned();
    let tables_owned = tables.to_vec();
    // Both sides at once: the other side's hashes in a task, ours on the fence connection.
    let remote = tokio::spawn({
        let plans = plans.clone();
        async move {
            let mut c = other.acquire().await.map_err(db("connect"))?;
            let mut out = Vec::new();
            for i in 0..tables_owned.len() {
                out.push(fenced_hash(&mut c, &schema_owned, &tables_owned[i], &plans[i]).await?);
            }
            Ok::<_, AppError>(out)
        }
    });
    let mut local = Vec::new();
    for i in 0..tables.len() {
        local.push(
            fenced_hash(fence, schema, &tables[i], &plans[i])
                .await
                .map_err(aborted)?,
        );
    }
    let remote = remote
        .await
        .map_err(|e| SwitchAbort(e.to_string()))?
        .map_err(aborted)?;
    for ((t, l), r) in tables.iter().zip(&local).zip(&remote) {
        if l != r {
            return Err(SwitchAbort(format!(
                "validation inside the fence differs for {}: {} rows vs {} rows; compared rows {} hash {} vs {} hash {}",
                t.name, l.0, r.0, l.1, l.2, r.1, r.2
            )));
        }
    }
    Ok(Fenced {
        rows: local
            .iter()
            .map(|(n, _, _)| usize::try_from(*n).unwrap_or(0))
            .sum(),
        hashed: local
            .iter()
            .map(|(_, n, _)| usize::try_from(*n).unwrap_or(0))
            .sum(),
        full_tables: plans.iter().filter(|p| matches!(p, Plan::Full)).count(),
    })
}

fn over(started: Instant, budget: Duration, what: &str) -> Result<(), SwitchAbort> {
    if started.elapsed() > budget {
        Err(SwitchAbort(format!(
            "time budget of {} ms exceeded ({} ms) {what}",
            budget.as_millis(),
            started.elapsed().as_millis()
        )))
    } else {
        Ok(())
    }
}

/// The fenced write switch from source to target. Everything before the fence commits is
/// undone by a rollback (the forward subscription is never touched before that); after the
/// commit the old copy refuses writes (never loses them) until the registry points at the
/// target, and a failure there re-opens the source.
async fn switch_forward(ctx: &Ctx<'_>) -> Result<f64, SwitchAbort> {
    let abort = |e: AppError| SwitchAbort(e.message().to_owned());
    let (publication, forward, rev_pub, rev_sub) = names(&ctx.row);
    let schema = ctx.schema().to_owned();
    let budget = Duration::from_millis(ctx.opts.switch_budget_ms);
    let tables = {
        let mut s = ctx
            .sp()
            .acquire()
            .await
            .map_err(|e| abort(db("connect to the source")(e)))?;
        pg::tables(&mut s, &schema).await.map_err(abort)?
    };
    let target_url = ctx.url(&ctx.row.target_node).map_err(abort)?;
    let started = Instant::now();
    let mut fence = ctx
        .sp()
        .begin()
        .await
        .map_err(|e| abort(db("open the fence")(e)))?;
    let prepared = async {
        pg::lock_tables(&mut fence, &schema, &tables, ctx.opts.lock_timeout_ms)
            .await
            .map_err(abort)?;
        let remaining = budget.saturating_sub(started.elapsed());
        let seen = pg::marker_round_trip(ctx.sp(), ctx.tp(), &schema, 1, remaining)
            .await
            .map_err(abort)?;
        if seen.is_none() {
            return Err(SwitchAbort(format!(
                "the target did not catch up to the fence marker within the {} ms budget",
                budget.as_millis()
            )));
        }
        let rows = validate_fenced(&mut fence, ctx.tp(), &schema, &tables, Some(ctx.row.id))
            .await?
            .describe();
        let sequences = pg::sequences(&mut fence, &schema).await.map_err(abort)?;
        {
            let mut t = ctx
                .tp()
                .acquire()
                .await
                .map_err(|e| abort(db("connect to the target")(e)))?;
            pg::set_sequences(&mut t, &sequences, ctx.opts.sequence_gap)
                .await
                .map_err(abort)?;
        }
        // Reverse replication, created disabled: it starts only once the forward
        // subscription is gone (PostgreSQL 15 cannot filter origins, so both may not run).
        pg::create_publication(ctx.tp(), &rev_pub, &schema)
            .await
            .map_err(abort)?;
        // A slot left by an earlier attempt whose subscription was dropped without it.
        pg::drop_slots(ctx.tp(), &rev_sub).await.map_err(abort)?;
        pg::create_subscription(ctx.sp(), &rev_sub, &target_url, &rev_pub, false, false)
            .await
            .map_err(abort)?;
        let revoked = pg::fence_read_only(&mut fence, &schema, &tables)
            .await
            .map_err(abort)?;
        over(started, budget, "before the commit")?;
        Ok((rows, revoked))
    }
    .await;
    let (rows, revoked) = match prepared {
        Ok(x) => x,
        Err(reason) => {
            let _ = fence.rollback().await;
            let _ = pg::drop_subscription(ctx.sp(), &rev_sub).await;
            let _ = pg::drop_publication(ctx.tp(), &rev_pub).await;
            let _ = pg::drop_slots(ctx.tp(), &rev_sub).await;
            return Err(reason);
        }
    };
    if let Err(e) = fence.commit().await {
        let _ = pg::drop_subscription(ctx.sp(), &rev_sub).await;
        let _ = pg::drop_publication(ctx.tp(), &rev_pub).await;
        return Err(SwitchAbort(format!("the fence could not commit: {e}")));
    }
    // The source refuses writes now. Turn replication around and point the registry at the
    // target; retried, and if it cannot be done the source is opened again.
    let mut last_error = String::new();
    for _ in 0..10 {
        let turned = async {
            pg::drop_subscription(ctx.tp(), &forward).await?;
            pg::enable_subscription(ctx.sp(), &rev_sub).await?;
            flip_registry(
                ctx,
                &ctx.row.target_region,
                MoveState::Monitor,
                started,
                revoked.as_deref(),
                &rows,
            )
            .await
        }
        .await;
        match turned {
            Ok(pause_ms) => {
                let _ = pg::drop_publication(ctx.sp(), &publication).await;
                // The change log has served; the old copy only takes replicated changes now.
                if let Err(e) = pg::drop_tracking(ctx.sp(), ctx.row.id).await {
                    tracing::warn!(move_id = ctx.row.id, error = %e, "could not drop the change tracking; it is retried at completion");
                }
                return Ok(pause_ms);
            }
            Err(e) => {
                last_error = e.message().to_owned();
                tracing::error!(move_id = ctx.row.id, error = %last_error, "switch committed on the source but could not finish yet; retrying");
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
        }
    }
    // Give up: the forward subscription still exists when dropping it failed; re-open the
    // source so the territory takes writes where the registry points.
    if !pg::subscription_exists(ctx.tp(), &forward)
        .await
        .unwrap_or(true)
    {
        tracing::error!(move_id = ctx.row.id, "forward replication is gone but the registry could not be flipped; the source stays read-only until the driver finishes the switch");
        return Err(SwitchAbort(format!(
            "the switch could not finish ({last_error}); writes are refused until it does"
        )));
    }
    let reopened = async {
        let mut s = ctx
            .sp()
            .begin()
            .await
            .map_err(db("connect to the source"))?;
        pg::unfence(&mut s, &schema, &tables, revoked.as_deref()).await?;
        s.commit().await.map_err(db("re-open the source"))?;
        pg::drop_subscription(ctx.sp(), &rev_sub).await?;
        pg::drop_publication(ctx.tp(), &rev_pub).await
    }
    .await;
    if let Err(e) = reopened {
        return Err(SwitchAbort(format!(
            "the switch could not finish ({last_error}) and re-opening the source failed too: {}",
            e.message()
        )));
    }
    Err(SwitchAbort(format!(
        "the switch could not finish: {last_error}; the source was re-opened"
    )))
}

async fn flip_registry(
    ctx: &Ctx<'_>,
    region: &str,
    state: MoveState,
    started: Instant,
    revoked: Option<&str>,
    validated: &str,
) -> AppResult<f64> {
    let mut conn = control(ctx.platform).await?;
    let mut tx = conn.begin().await.map_err(db("begin"))?;
    let terminal = state.is_terminal();
    sqlx::query(
        "UPDATE control.territories SET region_code = $2, routing_epoch = routing_epoch + 1,
             read_shift_percent = 0, status = CASE WHEN $3 THEN 'active' ELSE status END
          WHERE code = $1",
    )
    .bind(ctx.code.as_str())
    .bind(region)
    .bind(terminal)
    .execute(&mut *tx)
    .await
    .map_err(db("flip the registry"))?;
    let pause_ms = started.elapsed().as_secs_f64() * 1000.0;
    sqlx::query(
        "UPDATE control.moves SET state = $2, error = NULL, failures = 0,
             switched_at = CASE WHEN $2 = 'monitor' THEN now() ELSE switched_at END,
             write_pause_ms = CASE WHEN $2 = 'monitor' THEN $3 ELSE write_pause_ms END,
             revoked_role = CASE WHEN $2 = 'monitor' THEN $4 ELSE revoked_role END,
             read_percent = CASE WHEN $2 = 'monitor' THEN 100 ELSE 0 END,
             finished_at = CASE WHEN $5 THEN now() END
          WHERE id = $1",
    )
    .bind(ctx.row.id)
    .bind(state.as_str())
    .bind(pause_ms)
    .bind(revoked)
    .bind(terminal)
    .execute(&mut *tx)
    .await
    .map_err(db("record the switch"))?;
    repo::log(
        &mut tx,
        ctx.row.id,
        state,
        "state",
        &format!(
            "fenced switch to region {region}: inside the fence {validated}, registry epoch bumped, write pause {pause_ms:.0} ms"
        ),
    )
    .await?;
    if state == MoveState::Monitor {
        // In the same transaction as the state: whoever sees `monitor` also sees the switch.
        repo::log(
            &mut tx,
            ctx.row.id,
            state,
            "switched",
            &format!("writes now go to {region}; write pause {pause_ms:.0} ms"),
        )
        .await?;
    }
    tx.commit().await.map_err(db("commit the switch"))?;
    let _ = ctx.platform.router().registry().refresh(&ctx.code).await;
    Ok(pause_ms)
}

async fn step_monitor(ctx: &Ctx<'_>) -> AppResult<Next> {
    let _ = measure_lag(ctx, true).await?;
    let due = ctx.row.switched_at.is_some_and(|at| {
        (Utc::now() - at).num_seconds() >= i64::try_from(ctx.opts.monitor_secs).unwrap_or(i64::MAX)
    });
    if ctx.opts.auto_complete && due {
        return complete_now(ctx).await;
    }
    Ok(Next::Idle)
}

/// Roll back after the switch: the same fenced procedure from the target back to the source.
/// Before the fence commits a rollback undoes everything; after it the target refuses writes
/// until the registry points at the source again.
async fn switch_back(ctx: &Ctx<'_>) -> AppResult<Next> {
    let (publication, _, rev_pub, rev_sub) = names(&ctx.row);
    let schema = ctx.schema().to_owned();
    let budget = Duration::from_millis(ctx.opts.switch_budget_ms);
    let tables = {
        let mut t = ctx
            .tp()
            .acquire()
            .await
            .map_err(db("connect to the target"))?;
        pg::tables(&mut t, &schema).await?
    };
    let started = Instant::now();
    let mut fence = ctx.tp().begin().await.map_err(db("open the fence"))?;
    let prepared = async {
        let abort = |e: AppError| SwitchAbort(e.message().to_owned());
        pg::lock_tables(&mut fence, &schema, &tables, ctx.opts.lock_timeout_ms)
            .await
            .map_err(abort)?;
        let remaining = budget.saturating_sub(started.elapsed());
        let seen = pg::marker_round_trip(ctx.tp(), ctx.sp(), &schema, 1, remaining)
            .await
            .map_err(abort)?;
        if seen.is_none() {
            return Err(SwitchAbort(
                "the source did not catch up to the fence marker within the budget".into(),
            ));
        }
        let rows = validate_fenced(&mut fence, ctx.sp(), &schema, &tables, None)
            .await?
            .describe();
        let sequences = pg::sequences(&mut fence, &schema).await.map_err(abort)?;
        {
            let mut s = ctx
                .sp()
                .acquire()
                .await
                .map_err(|e| abort(db("connect to the source")(e)))?;
            pg::set_sequences(&mut s, &sequences, ctx.opts.sequence_gap)
                .await
                .map_err(abort)?;
        }
        pg::fence_read_only(&mut fence, &schema, &tables)
            .await
            .map_err(abort)?;
        over(started, budget, "before the commit")?;
        Ok(rows)
    }
    .await;
    let rows = match prepared {
        Ok(rows) => rows,
        Err(SwitchAbort(reason)) => {
            let _ = fence.rollback().await;
            let mut conn = control(ctx.platform).await?;
            repo::record_error(
                &mut conn,
                ctx.row.id,
                &format!("reverse rolled back, nothing changed: {reason}"),
            )
            .await?;
            repo::log(
                &mut conn,
                ctx.row.id,
                MoveState::Monitor,
                "reverse_rolled_back",
                &reason,
            )
            .await?;
            if ctx.row.failures + 1 >= MAX_FAILURES {
                repo::clear_request(&mut conn, ctx.row.id).await?;
            }
            return Ok(Next::Poll(Duration::from_secs(1)));
        }
    };
    fence
        .commit()
        .await
        .map_err(db("commit the reverse fence"))?;
    // The target refuses writes now: stop the reverse replication, re-open the source and
    // point the registry back (retried by the driver until done; nothing is lost meanwhile).
    let mut attempt = 0;
    let pause_ms = loop {
        let finish = async {
            pg::drop_subscription(ctx.sp(), &rev_sub).await?;
            let mut s = ctx
                .sp()
                .begin()
                .await
                .map_err(db("connect to the source"))?;
            pg::unfence(&mut s, &schema, &tables, ctx.row.revoked_role.as_deref()).await?;
            s.commit().await.map_err(db("re-open the source"))?;
            flip_registry(
                ctx,
                &ctx.row.source_region,
                MoveState::RolledBack,
                started,
                None,
                &rows,
            )
            .await
        }
        .await;
        match finish {
            Ok(ms) => break ms,
            Err(e) if attempt < 10 => {
                attempt += 1;
                tracing::error!(move_id = ctx.row.id, error = %e, "rollback committed on the target but could not finish yet; retrying");
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
            Err(e) => return Err(e),
        }
    };
    {
        let mut conn = control(ctx.platform).await?;
        repo::clear_request(&mut conn, ctx.row.id).await?;
        repo::log(
            &mut conn,
            ctx.row.id,
            MoveState::RolledBack,
            "rolled_back",
            &format!(
                "writes back on {}; write pause {pause_ms:.0} ms",
                ctx.row.source_region
            ),
        )
        .await?;
    }
    // Give routers a moment to see the registry change before the copy disappears.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let _ = pg::drop_publication(ctx.tp(), &rev_pub).await;
    let _ = pg::drop_publication(ctx.sp(), &publication).await;
    let _ = pg::drop_tracking(ctx.sp(), ctx.row.id).await;
    let _ = pg::drop_slots(ctx.tp(), &base_name(&ctx.row)).await;
    let _ = pg::simple(
        ctx.tp(),
        &format!("DROP SCHEMA IF EXISTS {} CASCADE", ident(&schema)),
        "drop the target copy",
    )
    .await;
    let _ = pg::simple(
        ctx.sp(),
        &format!("DROP TABLE IF EXISTS {}.{}", ident(&schema), ident(MARKER)),
        "drop the marker table",
    )
    .await;
    Ok(Next::Progress)
}

/// Complete: drop the reverse replication and archive (or drop) the old schema.
async fn complete_now(ctx: &Ctx<'_>) -> AppResult<Next> {
    let (publication, _, rev_pub, rev_sub) = names(&ctx.row);
    let schema = ctx.schema().to_owned();
    pg::drop_subscription(ctx.sp(), &rev_sub).await?;
    pg::drop_publication(ctx.tp(), &rev_pub).await?;
    pg::drop_publication(ctx.sp(), &publication).await?;
    pg::drop_tracking(ctx.sp(), ctx.row.id).await?;
    pg::simple(
        ctx.tp(),
        &format!("DROP TABLE IF EXISTS {}.{}", ident(&schema), ident(MARKER)),
        "drop the marker table",
    )
    .await?;
    let archive = format!("{schema}_moved_{}", ctx.row.id);
    let keep = ctx.opts.archive_hours > 0;
    {
        let mut s = ctx
            .sp()
            .acquire()
            .await
            .map_err(db("connect to the source"))?;
        if pg::schema_exists(&mut s, &schema).await? {
            let sql = if keep {
                format!(
                    "ALTER SCHEMA {} RENAME TO {}",
                    ident(&schema),
                    ident(&archive)
                )
            } else {
                format!("DROP SCHEMA {} CASCADE", ident(&schema))
            };
            sqlx::query(&sql)
                .execute(&mut *s)
                .await
                .map_err(db("archive the old schema"))?;
        }
    }
    let mut conn = control(ctx.platform).await?;
    let mut tx = conn.begin().await.map_err(db("begin"))?;
    sqlx::query(
        "UPDATE control.territories SET status = 'active', read_shift_percent = 0 WHERE code = $1",
    )
    .bind(ctx.code.as_str())
    .execute(&mut *tx)
    .await
    .map_err(db("activate the territory"))?;
    sqlx::query(
        "UPDATE control.moves SET state = 'completed', request = NULL, finished_at = now(),
             archive_schema = $2, archive_drop_after = now() + make_interval(hours => $3),
             archive_dropped = NOT $4
          WHERE id = $1",
    )
    .bind(ctx.row.id)
    .bind(if keep { Some(archive.clone()) } else { None })
    .bind(i32::try_from(ctx.opts.archive_hours).unwrap_or(i32::MAX))
    .bind(keep)
    .execute(&mut *tx)
    .await
    .map_err(db("complete the move"))?;
    repo::log(
        &mut tx,
        ctx.row.id,
        MoveState::Completed,
        "state",
        &if keep {
            format!(
                "completed; old schema kept as {archive} for {} h",
                ctx.opts.archive_hours
            )
        } else {
            "completed; old schema dropped".to_owned()
        },
    )
    .await?;
    tx.commit().await.map_err(db("commit"))?;
    let _ = ctx.platform.router().registry().refresh(&ctx.code).await;
    Ok(Next::Progress)
}

/// Cancel before the switch (or clean up a failed move before restarting it).
async fn cancel_now(ctx: &Ctx<'_>, restart: bool) -> AppResult<Next> {
    let (publication, forward, _, _) = names(&ctx.row);
    let schema = ctx.schema().to_owned();
    let mut conn = control(ctx.platform).await?;
    if ctx.row.read_percent > 0 {
        repo::set_read_percent(&mut conn, ctx.row.id, &ctx.code, 0).await?;
        let _ = ctx.platform.router().registry().refresh(&ctx.code).await;
        // Routers drop the shift on the registry notification; let in-flight reads finish.
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    pg::drop_subscription(ctx.tp(), &forward).await?;
    pg::drop_slots(ctx.sp(), &base_name(&ctx.row)).await?;
    pg::drop_publication(ctx.sp(), &publication).await?;
    pg::drop_tracking(ctx.sp(), ctx.row.id).await?;
    pg::simple(
        ctx.tp(),
        &format!("DROP SCHEMA IF EXISTS {} CASCADE", ident(&schema)),
        "drop the target copy",
    )
    .await?;
    pg::simple(
        ctx.sp(),
        &format!("DROP TABLE IF EXISTS {}.{}", ident(&schema), ident(MARKER)),
        "drop the marker table",
    )
    .await?;
    if restart {
        repo::clear_request(&mut conn, ctx.row.id).await?;
        repo::reset_copy(&mut conn, ctx.row.id).await?;
        repo::reset_validation(&mut conn, ctx.row.id).await?;
        repo::set_state(
            &mut conn,
            ctx.row.id,
            MoveState::Schema,
            "restarted: replication and the target copy were removed; copying again",
        )
        .await?;
        return Ok(Next::Progress);
    }
    let mut tx = conn.begin().await.map_err(db("begin"))?;
    sqlx::query(
        "UPDATE control.territories SET status = 'active', read_shift_percent = 0 WHERE code = $1",
    )
    .bind(ctx.code.as_str())
    .execute(&mut *tx)
    .await
    .map_err(db("activate the territory"))?;
    sqlx::query("UPDATE control.moves SET state = 'cancelled', request = NULL, read_percent = 0, finished_at = now() WHERE id = $1")
        .bind(ctx.row.id)
        .execute(&mut *tx)
        .await
        .map_err(db("cancel the move"))?;
    repo::log(
        &mut tx,
        ctx.row.id,
        MoveState::Cancelled,
        "state",
        "cancelled: replication and the target copy removed; the source is unchanged",
    )
    .await?;
    tx.commit().await.map_err(db("commit"))?;
    let _ = ctx.platform.router().registry().refresh(&ctx.code).await;
    Ok(Next::Progress)
}

/// Drop archived schemas whose keep time has passed.
pub async fn purge_archives(platform: &Platform) -> AppResult<usize> {
    let mut conn = control(platform).await?;
    let due: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, archive_schema, source_region, source_node FROM control.moves
          WHERE state = 'completed' AND archive_schema IS NOT NULL AND NOT archive_dropped
            AND archive_drop_after <= now()",
    )
    .fetch_all(&mut *conn)
    .await
    .map_err(db("list archives"))?;
    let mut dropped = 0;
    for (id, archive, region, node_name) in due {
        let Ok(region) = RegionCode::parse(&region) else {
            continue;
        };
        let Ok(n) = node(platform, &region, &node_name) else {
            continue;
        };
        pg::simple(
            n.pool(),
            &format!("DROP SCHEMA IF EXISTS {} CASCADE", ident(&archive)),
            "drop an archived schema",
        )
        .await?;
        sqlx::query("UPDATE control.moves SET archive_dropped = true WHERE id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await
            .map_err(db("record the archive drop"))?;
        repo::log(
            &mut conn,
            id,
            MoveState::Completed,
            "archive_dropped",
            &archive,
        )
        .await?;
        dropped += 1;
    }
    Ok(dropped)
}

/// Run every unfinished move in the background (started by `serve`): each move is driven by
/// one instance at a time and resumes from the control plane after a restart; metrics of
/// moves driven elsewhere are refreshed from the control plane; expired archives are dropped.
pub async fn supervise(platform: Arc<Platform>) {
    /// Drivers end with the supervisor (aborting it aborts them).
    struct Drivers(HashMap<i64, tokio::task::JoinHandle<()>>);
    impl Drop for Drivers {
        fn drop(&mut self) {
            for handle in self.0.values() {
                handle.abort();
            }
        }
    }
    let mut drivers = Drivers(HashMap::new());
    let running = &mut drivers.0;
    let mut last_purge = Instant::now();
    loop {
        running.retain(|_, h| !h.is_finished());
        let open = async {
            let mut conn = control(&platform).await?;
            repo::open_ids(&mut conn).await
        }
        .await;
        match open {
            Ok(ids) => {
                for (id, _) in ids {
                    if running.contains_key(&id) {
                        continue;
                    }
                    let p = platform.clone();
                    running.insert(
                        id,
                        tokio::spawn(async move {
                            if let Err(e) = drive(&p, id, DriveUntil::Finished).await {
                                tracing::warn!(move_id = id, error = %e, "move driver stopped; retrying");
                            }
                        }),
                    );
                }
            }
            Err(e) => tracing::debug!(error = %e, "cannot list moves (control plane down?)"),
        }
        if let Ok(all) = list(&platform).await {
            let mut seen = std::collections::HashSet::new();
            for status in all {
                if seen.insert(status.territory.clone()) {
                    metrics::observe(&status);
                }
            }
        }
        if last_purge.elapsed() > Duration::from_secs(60) {
            last_purge = Instant::now();
            if let Err(e) = purge_archives(&platform).await {
                tracing::warn!(error = %e, "dropping expired archived schemas failed");
            }
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

//! Control-plane persistence of moves: the move row, its step log, per-table progress and
//! validation differences. Every function takes a control-plane connection.

use chrono::{DateTime, Utc};
use kernel::{AppError, RegionCode, TerritoryCode};
use sqlx::PgConnection;

use super::{Difference, MoveOptions, MoveState, MoveStatus, Step, TableProgress};

/// The persisted move, as the engine uses it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct MoveRow {
    pub id: i64,
    pub territory_code: String,
    pub schema_name: String,
    pub source_region: String,
    pub target_region: String,
    pub source_node: String,
    pub target_node: String,
    pub state: String,
    pub failed_state: Option<String>,
    pub paused: bool,
    pub request: Option<String>,
    pub read_percent: i16,
    pub options: sqlx::types::Json<MoveOptions>,
    pub error: Option<String>,
    pub failures: i32,
    pub lag_bytes: Option<f64>,
    pub lag_seconds: Option<f64>,
    pub copy_started_at: Option<DateTime<Utc>>,
    pub copy_finished_at: Option<DateTime<Utc>>,
    pub read_step_at: Option<DateTime<Utc>>,
    pub switched_at: Option<DateTime<Utc>>,
    pub write_pause_ms: Option<f64>,
    pub revoked_role: Option<String>,
    pub archive_schema: Option<String>,
    pub archive_drop_after: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
}

impl MoveRow {
    pub fn state(&self) -> MoveState {
        MoveState::parse(&self.state).unwrap_or(MoveState::Failed)
    }

    pub fn code(&self) -> Result<TerritoryCode, AppError> {
        TerritoryCode::parse(&self.territory_code)
    }

    pub fn source(&self) -> Result<RegionCode, AppError> {
        RegionCode::parse(&self.source_region)
    }

    pub fn target(&self) -> Result<RegionCode, AppError> {
        RegionCode::parse(&self.target_region)
    }
}

pub(crate) fn db(context: &str) -> impl Fn(sqlx::Error) -> AppError + '_ {
    move |e| {
        AppError::new(
            http::StatusCode::INTERNAL_SERVER_ERROR,
            "move_database_error",
            format!("{context}: {e}"),
        )
    }
}

const COLUMNS: &str =
    "id, territory_code, schema_name, source_region, target_region, source_node, \
    target_node, state, failed_state, paused, request, read_percent, options, error, failures, \
    lag_bytes, lag_seconds, copy_started_at, copy_finished_at, read_step_at, switched_at, \
    write_pause_ms, revoked_role, archive_schema, archive_drop_after, created_at, updated_at, \
    finished_at";

pub(crate) struct NewMove<'a> {
    pub code: &'a TerritoryCode,
    pub schema: &'a str,
    pub source_region: &'a RegionCode,
    pub target_region: &'a RegionCode,
    pub source_node: &'a str,
    pub target_node: &'a str,
    pub options: &'a MoveOptions,
}

/// Insert a move, mark the territory `moving` and log it, in one transaction.
pub(crate) async fn insert(
    conn: &mut PgConnection,
    new: &NewMove<'_>,
    tables: &[(String, i64, i64)],
) -> Result<MoveRow, AppError> {
    use sqlx::Connection;
    let mut tx = conn.begin().await.map_err(db("begin"))?;
    let updated = sqlx::query(
        "UPDATE control.territories SET status = 'moving', read_shift_percent = 0
          WHERE code = $1 AND status = 'active'",
    )
    .bind(new.code.as_str())
    .execute(&mut *tx)
    .await
    .map_err(db("mark the territory moving"))?;
    if updated.rows_affected() != 1 {
        return Err(AppError::conflict(
            "move_in_progress",
            format!(
                "Territory {} is not active (it is being moved, provisioned or is suspended); \
                 `unityplan territory move {} --status` shows a running move.",
                new.code, new.code
            ),
        ));
    }
    let row: Result<MoveRow, sqlx::Error> = sqlx::query_as(&format!(
        "INSERT INTO control.moves (territory_code, schema_name, source_region, target_region,
             source_node, target_node, state, options)
         VALUES ($1, $2, $3, $4, $5, $6, 'schema', $7) RETURNING {COLUMNS}"
    ))
    .bind(new.code.as_str())
    .bind(new.schema)
    .bind(new.source_region.as_str())
    .bind(new.target_region.as_str())
    .bind(new.source_node)
    .bind(new.target_node)
    .bind(sqlx::types::Json(new.options))
    .fetch_one(&mut *tx)
    .await;
    let row = match row {
        Ok(row) => row,
        Err(sqlx::Error::Database(d)) if d.code().as_deref() == Some("23505") => {
            return Err(AppError::conflict(
                "move_in_progress",
                format!("Territory {} already has an unfinished move.", new.code),
            ))
        }
        Err(e) => return Err(db("record the move")(e)),
    };
    for (table, rows, bytes) in tables {
        sqlx::query(
            "INSERT INTO control.move_tables (move_id, table_name, source_rows, source_bytes)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(row.id)
        .bind(table)
        .bind(rows)
        .bind(bytes)
        .execute(&mut *tx)
        .await
        .map_err(db("record the tables"))?;
    }
    log_in(
        &mut tx,
        row.id,
        "schema",
        "started",
        &format!(
            "move of {} from {} ({}) to {} ({}); {} table(s)",
            new.code,
            new.source_region,
            new.source_node,
            new.target_region,
            new.target_node,
            tables.len()
        ),
    )
    .await?;
    tx.commit().await.map_err(db("commit"))?;
    Ok(row)
}

async fn log_in(
    conn: &mut PgConnection,
    id: i64,
    state: &str,
    event: &str,
    detail: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO control.move_steps (move_id, state, event, detail) VALUES ($1, $2, $3, $4)",
    )
    .bind(id)
    .bind(state)
    .bind(event)
    .bind(detail)
    .execute(&mut *conn)
    .await
    .map_err(db("write the step log"))?;
    if let Some(audit) = super::audit_hook() {
        let action = format!("territory_move.{event}");
        let target = format!("move:{id}");
        audit(
            conn,
            &action,
            &target,
            serde_json::json!({"state": state, "detail": detail}),
        )
        .await?;
    }
    Ok(())
}

/// Append to the step log.
pub(crate) async fn log(
    conn: &mut PgConnection,
    id: i64,
    state: MoveState,
    event: &str,
    detail: &str,
) -> Result<(), AppError> {
    tracing::info!(
        move_id = id,
        state = state.as_str(),
        event,
        detail,
        "territory move"
    );
    log_in(conn, id, state.as_str(), event, detail).await
}

/// Load a move.
pub(crate) async fn get(conn: &mut PgConnection, id: i64) -> Result<MoveRow, AppError> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM control.moves WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await
    .map_err(db("load the move"))?
    .ok_or_else(|| AppError::not_found("move_not_found", format!("There is no move {id}.")))
}

/// The latest move of a territory.
pub(crate) async fn latest(
    conn: &mut PgConnection,
    code: &TerritoryCode,
) -> Result<Option<MoveRow>, AppError> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM control.moves WHERE territory_code = $1 ORDER BY id DESC LIMIT 1"
    ))
    .bind(code.as_str())
    .fetch_optional(conn)
    .await
    .map_err(db("load the move"))
}

/// Moves a driver should work on: unfinished ones.
pub(crate) async fn open_ids(conn: &mut PgConnection) -> Result<Vec<(i64, bool)>, AppError> {
    sqlx::query_as(
        "SELECT id, paused AND request IS NULL FROM control.moves
          WHERE state NOT IN ('completed', 'cancelled', 'rolled_back') ORDER BY id",
    )
    .fetch_all(conn)
    .await
    .map_err(db("list moves"))
}

/// All moves, newest first.
pub(crate) async fn list(conn: &mut PgConnection) -> Result<Vec<MoveRow>, AppError> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM control.moves ORDER BY id DESC LIMIT 200"
    ))
    .fetch_all(conn)
    .await
    .map_err(db("list moves"))
}

/// Set the state (and log it).
pub(crate) async fn set_state(
    conn: &mut PgConnection,
    id: i64,
    state: MoveState,
    detail: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE control.moves SET state = $2, failures = 0, error = NULL,
             finished_at = CASE WHEN $2 IN ('completed', 'cancelled', 'rolled_back') THEN now() END
          WHERE id = $1",
    )
    .bind(id)
    .bind(state.as_str())
    .execute(&mut *conn)
    .await
    .map_err(db("update the move state"))?;
    log(conn, id, state, "state", detail).await
}

/// Clear the operator request (after it was carried out or refused).
pub(crate) async fn clear_request(conn: &mut PgConnection, id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE control.moves SET request = NULL WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await
        .map_err(db("clear the request"))?;
    Ok(())
}

/// Record an operator request.
pub(crate) async fn set_request(
    conn: &mut PgConnection,
    id: i64,
    request: &str,
) -> Result<(), AppError> {
    sqlx::query("UPDATE control.moves SET request = $2 WHERE id = $1")
        .bind(id)
        .bind(request)
        .execute(conn)
        .await
        .map_err(db("record the request"))?;
    Ok(())
}

/// Pause or resume.
pub(crate) async fn set_paused(
    conn: &mut PgConnection,
    id: i64,
    paused: bool,
) -> Result<(), AppError> {
    sqlx::query("UPDATE control.moves SET paused = $2 WHERE id = $1")
        .bind(id)
        .bind(paused)
        .execute(conn)
        .await
        .map_err(db("pause or resume"))?;
    Ok(())
}

/// Record a step error; returns the consecutive failure count.
pub(crate) async fn record_error(
    conn: &mut PgConnection,
    id: i64,
    error: &str,
) -> Result<i32, AppError> {
    sqlx::query_scalar(
        "UPDATE control.moves SET error = $2, failures = failures + 1 WHERE id = $1 RETURNING failures",
    )
    .bind(id)
    .bind(error)
    .fetch_one(conn)
    .await
    .map_err(db("record the error"))
}

/// Mark failed, keeping the state it failed in.
pub(crate) async fn fail(
    conn: &mut PgConnection,
    id: i64,
    from: MoveState,
    error: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE control.moves SET state = 'failed', failed_state = $2, error = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(from.as_str())
    .bind(error)
    .execute(&mut *conn)
    .await
    .map_err(db("mark the move failed"))?;
    log(conn, id, MoveState::Failed, "failed", error).await
}

/// Store the measured lag.
pub(crate) async fn set_lag(
    conn: &mut PgConnection,
    id: i64,
    bytes: Option<f64>,
    seconds: Option<f64>,
) -> Result<(), AppError> {
    sqlx::query("UPDATE control.moves SET lag_bytes = $2, lag_seconds = $3 WHERE id = $1")
        .bind(id)
        .bind(bytes)
        .bind(seconds)
        .execute(conn)
        .await
        .map_err(db("store the lag"))?;
    Ok(())
}

/// Run an arbitrary update of the move row (timestamps, counters).
pub(crate) async fn touch(conn: &mut PgConnection, id: i64, set: &str) -> Result<(), AppError> {
    sqlx::query(&format!("UPDATE control.moves SET {set} WHERE id = $1"))
        .bind(id)
        .execute(conn)
        .await
        .map_err(db("update the move"))?;
    Ok(())
}

/// Set the read share on the move and on the registry (which notifies every router).
pub(crate) async fn set_read_percent(
    conn: &mut PgConnection,
    id: i64,
    code: &TerritoryCode,
    percent: i16,
) -> Result<(), AppError> {
    use sqlx::Connection;
    let mut tx = conn.begin().await.map_err(db("begin"))?;
    sqlx::query("UPDATE control.moves SET read_percent = $2, read_step_at = now() WHERE id = $1")
        .bind(id)
        .bind(percent)
        .execute(&mut *tx)
        .await
        .map_err(db("set the read share"))?;
    sqlx::query("UPDATE control.territories SET read_shift_percent = $2 WHERE code = $1")
        .bind(code.as_str())
        .bind(percent)
        .execute(&mut *tx)
        .await
        .map_err(db("set the read share"))?;
    log_in(
        &mut tx,
        id,
        "read_shift",
        "read_share",
        &format!("{percent} % of reads now go to the target"),
    )
    .await?;
    tx.commit().await.map_err(db("commit"))
}

/// Per-table rows.
pub(crate) async fn tables(conn: &mut PgConnection, id: i64) -> Result<Vec<TableRow>, AppError> {
    sqlx::query_as(
        "SELECT table_name, source_rows, source_bytes, copied_rows, sync_state, validated_until,
                validated_done, validated_rows, chunks_ok, chunks_bad
           FROM control.move_tables WHERE move_id = $1 ORDER BY table_name",
    )
    .bind(id)
    .fetch_all(conn)
    .await
    .map_err(db("load table progress"))
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct TableRow {
    pub table_name: String,
    pub source_rows: i64,
    pub source_bytes: i64,
    pub copied_rows: i64,
    pub sync_state: String,
    pub validated_until: Option<Vec<String>>,
    pub validated_done: bool,
    pub validated_rows: i64,
    pub chunks_ok: i32,
    pub chunks_bad: i32,
}

/// Update copy progress of a table.
pub(crate) async fn set_copy(
    conn: &mut PgConnection,
    id: i64,
    table: &str,
    copied: i64,
    state: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE control.move_tables SET copied_rows = $3, sync_state = $4
          WHERE move_id = $1 AND table_name = $2",
    )
    .bind(id)
    .bind(table)
    .bind(copied)
    .bind(state)
    .execute(conn)
    .await
    .map_err(db("store copy progress"))?;
    Ok(())
}

/// Record one validated chunk (and a difference when it did not match).
pub(crate) async fn record_chunk(
    conn: &mut PgConnection,
    id: i64,
    table: &str,
    chunk: &ChunkResult,
) -> Result<(), AppError> {
    use sqlx::Connection;
    let mut tx = conn.begin().await.map_err(db("begin"))?;
    let matched = chunk.source == chunk.target;
    sqlx::query(
        "UPDATE control.move_tables SET validated_until = $3, validated_done = $4,
             validated_rows = validated_rows + $5,
             chunks_ok = chunks_ok + CASE WHEN $6 THEN 1 ELSE 0 END,
             chunks_bad = chunks_bad + CASE WHEN $6 THEN 0 ELSE 1 END
          WHERE move_id = $1 AND table_name = $2",
    )
    .bind(id)
    .bind(table)
    .bind(&chunk.hi)
    .bind(chunk.last)
    .bind(chunk.source.0)
    .bind(matched)
    .execute(&mut *tx)
    .await
    .map_err(db("store validation progress"))?;
    if !matched {
        sqlx::query(
            "INSERT INTO control.move_differences (move_id, table_name, key_from, key_to,
                 source_rows, target_rows, source_hash, target_hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(table)
        .bind(&chunk.lo)
        .bind(&chunk.hi)
        .bind(chunk.source.0)
        .bind(chunk.target.0)
        .bind(chunk.source.1)
        .bind(chunk.target.1)
        .execute(&mut *tx)
        .await
        .map_err(db("store a difference"))?;
        log_in(
            &mut tx,
            id,
            "validate",
            "difference",
            &format!(
                "{table} keys ({:?}, {:?}]: source {} rows hash {}, target {} rows hash {}",
                chunk.lo, chunk.hi, chunk.source.0, chunk.source.1, chunk.target.0, chunk.target.1
            ),
        )
        .await?;
    }
    tx.commit().await.map_err(db("commit"))
}

/// One compared chunk.
#[derive(Debug, Clone)]
pub(crate) struct ChunkResult {
    pub lo: Option<Vec<String>>,
    pub hi: Option<Vec<String>>,
    pub last: bool,
    pub source: (i64, i64),
    pub target: (i64, i64),
}

/// Forget validation results (re-validate from the start).
pub(crate) async fn reset_validation(conn: &mut PgConnection, id: i64) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE control.move_tables SET validated_until = NULL, validated_done = false,
             validated_rows = 0, chunks_ok = 0, chunks_bad = 0 WHERE move_id = $1",
    )
    .bind(id)
    .execute(&mut *conn)
    .await
    .map_err(db("reset validation"))?;
    sqlx::query("DELETE FROM control.move_differences WHERE move_id = $1")
        .bind(id)
        .execute(conn)
        .await
        .map_err(db("reset validation"))?;
    Ok(())
}

/// Reset copy progress (restart).
pub(crate) async fn reset_copy(conn: &mut PgConnection, id: i64) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE control.move_tables SET copied_rows = 0, sync_state = 'pending' WHERE move_id = $1",
    )
    .bind(id)
    .execute(&mut *conn)
    .await
    .map_err(db("reset copy progress"))?;
    touch(
        conn,
        id,
        "copy_started_at = NULL, copy_finished_at = NULL, read_percent = 0, failed_state = NULL",
    )
    .await
}

type DifferenceRecord = (
    String,
    Option<Vec<String>>,
    Option<Vec<String>>,
    i64,
    i64,
    i64,
    i64,
    DateTime<Utc>,
);

/// The full status of a move.
pub(crate) async fn status(conn: &mut PgConnection, row: MoveRow) -> Result<MoveStatus, AppError> {
    let tables = tables(conn, row.id).await?;
    let differences: Vec<DifferenceRecord> = sqlx::query_as(
        "SELECT table_name, key_from, key_to, source_rows, target_rows, source_hash, target_hash,
                found_at FROM control.move_differences WHERE move_id = $1 ORDER BY id LIMIT 100",
    )
    .bind(row.id)
    .fetch_all(&mut *conn)
    .await
    .map_err(db("load differences"))?;
    let mut steps: Vec<(DateTime<Utc>, String, String, String)> = sqlx::query_as(
        "SELECT at, state, event, detail FROM control.move_steps WHERE move_id = $1
          ORDER BY id DESC LIMIT 60",
    )
    .bind(row.id)
    .fetch_all(&mut *conn)
    .await
    .map_err(db("load the step log"))?;
    steps.reverse();
    let total_rows: i64 = tables.iter().map(|t| t.source_rows).sum();
    let total_bytes: i64 = tables.iter().map(|t| t.source_bytes).sum();
    let copied: i64 = tables
        .iter()
        .map(|t| t.copied_rows.min(t.source_rows))
        .sum();
    let copy_percent = if total_rows == 0 {
        if row.copy_finished_at.is_some() {
            100.0
        } else {
            0.0
        }
    } else {
        100.0 * copied as f64 / total_rows as f64
    };
    let elapsed = row.copy_started_at.map(|start| {
        let end = row.copy_finished_at.unwrap_or_else(Utc::now);
        ((end - start).num_milliseconds().max(1) as f64) / 1000.0
    });
    let rate = elapsed.map(|secs| copied as f64 / secs);
    let bytes_rate = match (elapsed, total_rows) {
        (Some(secs), rows) if rows > 0 => {
            Some(total_bytes as f64 * (copied as f64 / rows as f64) / secs)
        }
        _ => None,
    };
    let eta = match (rate, row.copy_finished_at) {
        (_, Some(_)) => Some(0.0),
        (Some(r), None) if r > 0.0 => Some((total_rows - copied).max(0) as f64 / r),
        _ => None,
    };
    Ok(MoveStatus {
        id: row.id,
        territory: row.code()?,
        source_region: row.source()?,
        target_region: row.target()?,
        source_node: row.source_node.clone(),
        target_node: row.target_node.clone(),
        state: row.state(),
        failed_state: row.failed_state.clone(),
        paused: row.paused,
        request: row.request.clone(),
        read_percent: row.read_percent,
        error: row.error.clone(),
        failures: row.failures,
        lag_bytes: row.lag_bytes,
        lag_seconds: row.lag_seconds,
        copy_percent,
        copy_rows_per_sec: rate,
        copy_bytes_per_sec: bytes_rate,
        copy_eta_secs: eta,
        write_pause_ms: row.write_pause_ms,
        options: row.options.0.clone(),
        tables: tables
            .into_iter()
            .map(|t| TableProgress {
                copy_percent: if t.source_rows == 0 {
                    if t.sync_state == "ready" {
                        100.0
                    } else {
                        0.0
                    }
                } else {
                    (100.0 * t.copied_rows.min(t.source_rows) as f64 / t.source_rows as f64)
                        .min(100.0)
                },
                table: t.table_name,
                source_rows: t.source_rows,
                source_bytes: t.source_bytes,
                copied_rows: t.copied_rows,
                sync_state: t.sync_state,
                validated_rows: t.validated_rows,
                validated: t.validated_done,
                chunks_ok: t.chunks_ok,
                chunks_bad: t.chunks_bad,
            })
            .collect(),
        differences: differences
            .into_iter()
            .map(
                |(table, key_from, key_to, sr, tr, sh, th, found_at)| Difference {
                    table,
                    key_from,
                    key_to,
                    source_rows: sr,
                    target_rows: tr,
                    source_hash: sh,
                    target_hash: th,
                    found_at,
                },
            )
            .collect(),
        steps: steps
            .into_iter()
            .map(|(at, state, event, detail)| Step {
                at,
                state,
                event,
                detail,
            })
            .collect(),
        archive_schema: row.archive_schema.clone(),
        archive_drop_after: row.archive_drop_after,
        created_at: row.created_at,
        updated_at: row.updated_at,
        copy_started_at: row.copy_started_at,
        copy_finished_at: row.copy_finished_at,
        switched_at: row.switched_at,
        finished_at: row.finished_at,
    })
}

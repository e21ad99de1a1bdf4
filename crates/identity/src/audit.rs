//! The tamper-evident audit log of security and admin actions (`control.audit_log`).
//!
//! Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). Each row is chained:
//! `row_hash = SHA-256(prev_hash ‖ canonical_json(row))`, with consecutive sequence numbers,
//! and writers are serialised by a transaction-scoped advisory lock so the chain never
//! forks. [`verify`] recomputes the chain and names the first row that does not fit.

use chrono::{DateTime, SecondsFormat, Utc};
use kernel::AppResult;
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::{PgConnection, Row};
use utoipa::ToSchema;
use uuid::Uuid;

/// Advisory-lock key of the audit chain ("audit" in ASCII).
const LOCK_KEY: i64 = 0x0061_7564_6974;

/// One audit entry as stored.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AuditEntry {
    /// Position in the chain, from 1 without gaps.
    pub seq: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// Who (a user id), if anyone.
    pub actor: Option<Uuid>,
    /// What, e.g. `admin.user_locked`.
    pub action: String,
    /// On what, e.g. `user:<id>` or `territory:DK`.
    pub target: String,
    /// Details.
    #[schema(value_type = Object)]
    pub detail: Value,
    /// Hex SHA-256 of this row.
    pub row_hash: String,
}

/// JSON with object keys sorted and no whitespace, so the hash input is stable however the
/// value was built or stored (jsonb reorders keys).
pub fn canonical_json(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let parts: Vec<String> = keys
                .into_iter()
                .map(|k| {
                    format!(
                        "{}:{}",
                        Value::String(k.clone()),
                        canonical_json(&map[k.as_str()])
                    )
                })
                .collect();
            format!("{{{}}}", parts.join(","))
        }
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(canonical_json).collect();
            format!("[{}]", parts.join(","))
        }
        other => other.to_string(),
    }
}

fn row_hash(
    prev: &[u8],
    seq: i64,
    at: &DateTime<Utc>,
    actor: Option<Uuid>,
    action: &str,
    target: &str,
    detail: &Value,
) -> Vec<u8> {
    let row = serde_json::json!({
        "seq": seq,
        "at": at.to_rfc3339_opts(SecondsFormat::Micros, true),
        "actor": actor.map(|a| a.to_string()),
        "action": action,
        "target": target,
        "detail": detail,
    });
    let mut hasher = Sha256::new();
    hasher.update(prev);
    hasher.update(canonical_json(&row).as_bytes());
    hasher.finalize().to_vec()
}

/// Append one entry. Run inside a control-plane transaction: the advisory lock is held until
/// it commits, so concurrent writers queue instead of forking the chain.
pub async fn append(
    conn: &mut PgConnection,
    actor: Option<Uuid>,
    action: &str,
    target: &str,
    detail: Value,
) -> AppResult<i64> {
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(LOCK_KEY)
        .execute(&mut *conn)
        .await?;
    let last: Option<(i64, Vec<u8>)> =
        sqlx::query_as("SELECT seq, row_hash FROM control.audit_log ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *conn)
            .await?;
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, vec![0u8; 32]),
    };
    // Microsecond precision: exactly what timestamptz keeps, so verify recomputes the same.
    let now = Utc::now();
    let at = DateTime::<Utc>::from_timestamp_micros(now.timestamp_micros()).unwrap_or(now);
    let hash = row_hash(&prev, seq, &at, actor, action, target, &detail);
    sqlx::query(
        "INSERT INTO control.audit_log (seq, at, actor, action, target, detail, prev_hash, row_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(seq)
    .bind(at)
    .bind(actor)
    .bind(action)
    .bind(target)
    .bind(&detail)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut *conn)
    .await?;
    Ok(seq)
}

/// Append in its own control-plane transaction.
pub async fn record(
    pool: &sqlx::PgPool,
    actor: Option<Uuid>,
    action: &str,
    target: &str,
    detail: Value,
) -> AppResult<i64> {
    let mut tx = pool.begin().await?;
    let seq = append(&mut tx, actor, action, target, detail).await?;
    tx.commit().await?;
    Ok(seq)
}

/// The most recent entries, newest first.
pub async fn recent(conn: &mut PgConnection, limit: i64) -> AppResult<Vec<AuditEntry>> {
    let rows = sqlx::query(
        "SELECT seq, at, actor, action, target, detail, row_hash FROM control.audit_log
         ORDER BY seq DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(AuditEntry {
                seq: r.try_get("seq")?,
                at: r.try_get("at")?,
                actor: r.try_get("actor")?,
                action: r.try_get("action")?,
                target: r.try_get("target")?,
                detail: r.try_get("detail")?,
                row_hash: hex::encode(r.try_get::<Vec<u8>, _>("row_hash")?),
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// The outcome of a chain verification.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Verification {
    /// True when every row fits the chain.
    pub ok: bool,
    /// Rows checked.
    pub rows: i64,
    /// The first row that does not fit, if any.
    pub first_bad_seq: Option<i64>,
    /// What is wrong with it.
    pub problem: Option<String>,
    /// Hex hash of the last row (the chain head), to compare with an exported copy.
    pub head: Option<String>,
}

/// Recompute the whole chain and report the first row that was edited, inserted or that
/// follows a deleted one.
pub async fn verify(conn: &mut PgConnection) -> AppResult<Verification> {
    use futures::StreamExt;
    let mut rows = sqlx::query(
        "SELECT seq, at, actor, action, target, detail, prev_hash, row_hash
         FROM control.audit_log ORDER BY seq",
    )
    .fetch(conn);
    let mut expected_prev = vec![0u8; 32];
    let mut expected_seq = 1i64;
    let mut checked = 0i64;
    while let Some(row) = rows.next().await {
        let row = row?;
        let seq: i64 = row.try_get("seq")?;
        let at: DateTime<Utc> = row.try_get("at")?;
        let actor: Option<Uuid> = row.try_get("actor")?;
        let action: String = row.try_get("action")?;
        let target: String = row.try_get("target")?;
        let detail: Value = row.try_get("detail")?;
        let prev: Vec<u8> = row.try_get("prev_hash")?;
        let stored: Vec<u8> = row.try_get("row_hash")?;
        let bad = |problem: String| Verification {
            ok: false,
            rows: checked,
            first_bad_seq: Some(seq),
            problem: Some(problem),
            head: None,
        };
        if seq != expected_seq {
            return Ok(bad(format!(
                "row {seq} follows row {}: rows {expected_seq}..{} are missing (deleted)",
                expected_seq - 1,
                seq - 1
            )));
        }
        if prev != expected_prev {
            return Ok(bad(format!(
                "row {seq} does not point at the hash of row {} (the chain was rewritten or a row replaced)",
                seq - 1
            )));
        }
        let recomputed = row_hash(&prev, seq, &at, actor, &action, &target, &detail);
        if recomputed != stored {
            return Ok(bad(format!(
                "row {seq} was edited: its content no longer matches its hash"
            )));
        }
        expected_prev = stored;
        expected_seq += 1;
        checked += 1;
    }
    Ok(Verification {
        ok: true,
        rows: checked,
        first_bad_seq: None,
        problem: None,
        head: (checked > 0).then(|| hex::encode(&expected_prev)),
    })
}

/// The chain head: the last row's sequence number and hex hash (`None` while empty). Export
/// it somewhere the database's operators cannot write, and check it later with
/// [`check_anchor`]: a rewritten chain no longer contains it.
pub async fn head(conn: &mut PgConnection) -> AppResult<Option<(i64, String)>> {
    let row: Option<(i64, Vec<u8>)> =
        sqlx::query_as("SELECT seq, row_hash FROM control.audit_log ORDER BY seq DESC LIMIT 1")
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|(seq, hash)| (seq, hex::encode(hash))))
}

/// Parse an exported head written as `SEQ:HEX`.
pub fn parse_anchor(raw: &str) -> Option<(i64, String)> {
    let (seq, hash) = raw.trim().split_once(':')?;
    let seq: i64 = seq.parse().ok().filter(|s| *s > 0)?;
    let hash = hash.to_ascii_lowercase();
    (hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some((seq, hash))
}

/// Whether an exported head is still part of the chain: row `seq` must exist and carry
/// that hash. Together with [`verify`] (every later row chains onto it) this shows that
/// nothing up to the anchor was rewritten, even by someone who recomputed every hash.
pub async fn check_anchor(
    conn: &mut PgConnection,
    seq: i64,
    hash: &str,
) -> AppResult<Result<(), String>> {
    let stored: Option<Vec<u8>> =
        sqlx::query_scalar("SELECT row_hash FROM control.audit_log WHERE seq = $1")
            .bind(seq)
            .fetch_optional(conn)
            .await?;
    Ok(match stored {
        None => Err(format!(
            "the exported head {seq}:{hash} is missing: row {seq} no longer exists (the chain was cut back)"
        )),
        Some(h) if hex::encode(&h) != hash => Err(format!(
            "the exported head {seq}:{hash} does not match row {seq} (hash {}): the chain was rewritten",
            hex::encode(&h)
        )),
        Some(_) => Ok(()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_json_sorts_keys() {
        let a = serde_json::json!({"b": 1, "a": {"d": [1, "x"], "c": null}});
        assert_eq!(canonical_json(&a), r#"{"a":{"c":null,"d":[1,"x"]},"b":1}"#);
    }

    #[test]
    fn anchors_parse() {
        let hash = "ab".repeat(32);
        assert_eq!(parse_anchor(&format!("7:{hash}")), Some((7, hash.clone())));
        assert_eq!(
            parse_anchor(&format!(" 7:{} ", hash.to_uppercase())),
            Some((7, hash.clone()))
        );
        assert_eq!(parse_anchor(&format!("0:{hash}")), None);
        assert_eq!(parse_anchor("7:abc"), None);
        assert_eq!(parse_anchor(&hash), None);
    }
}

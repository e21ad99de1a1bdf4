//! Outbox SQL. Every function takes a connection whose `search_path` is the territory's
//! schema (a `TerritoryTx`), so nothing here names a schema.

use chrono::{DateTime, Utc};
use kernel::{AppError, TerritoryCode};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::envelope::{valid_token, Envelope, Event};

/// The channel the relay LISTENs on; the payload is the territory code.
pub const NOTIFY_CHANNEL: &str = "unityplan_outbox";

/// Write `event` to the territory's outbox inside the caller's transaction, so the event
/// exists exactly when the change that caused it commits. Returns the event id.
///
/// `conn` must be the connection of a territory transaction (`tx.conn()`) for `territory`.
pub async fn emit<E: Event>(
    conn: &mut PgConnection,
    territory: &TerritoryCode,
    event: &E,
) -> Result<Uuid, AppError> {
    if !valid_token(E::DOMAIN) || !valid_token(E::NAME) {
        // A programming error in the event type; refuse rather than publish a bad subject.
        return Err(AppError::internal(anyhow::anyhow!(
            "event type {}.{} has a domain or name outside [a-z0-9_]",
            E::DOMAIN,
            E::NAME
        )));
    }
    let payload = serde_json::to_value(event).map_err(AppError::internal)?;
    let id = Uuid::now_v7();
    sqlx::query(
        "INSERT INTO outbox (id, domain, name, version, payload) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(E::DOMAIN)
    .bind(E::NAME)
    .bind(i32::from(E::VERSION))
    .bind(payload)
    .execute(&mut *conn)
    .await?;
    // Delivered at commit (and collapsed with other notifications of this transaction);
    // wakes the relay without waiting for its poll.
    sqlx::query("SELECT pg_notify($1, $2)")
        .bind(NOTIFY_CHANNEL)
        .bind(territory.as_str())
        .execute(&mut *conn)
        .await?;
    Ok(id)
}

/// An outbox row waiting to be published.
#[derive(Debug, Clone)]
pub struct Pending {
    /// Relay order.
    pub seq: i64,
    /// The event.
    pub envelope: Envelope,
}

#[derive(sqlx::FromRow)]
struct Row {
    seq: i64,
    id: Uuid,
    domain: String,
    name: String,
    version: i32,
    payload: serde_json::Value,
    occurred_at: DateTime<Utc>,
}

/// The oldest unpublished rows, in relay order.
pub async fn unpublished(
    conn: &mut PgConnection,
    territory: &TerritoryCode,
    limit: i64,
) -> Result<Vec<Pending>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT seq, id, domain, name, version, payload, occurred_at FROM outbox \
         WHERE published_at IS NULL ORDER BY seq LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Pending {
            seq: r.seq,
            envelope: Envelope {
                id: r.id,
                territory: territory.clone(),
                domain: r.domain,
                name: r.name,
                version: r.version,
                occurred_at: r.occurred_at,
                payload: r.payload,
            },
        })
        .collect())
}

/// Mark rows published (after the broker acknowledged them).
pub async fn mark_published(conn: &mut PgConnection, seqs: &[i64]) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE outbox SET published_at = now() WHERE seq = ANY($1) AND published_at IS NULL",
    )
    .bind(seqs)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Delete published rows and processed-id records older than `hours`.
pub async fn prune(conn: &mut PgConnection, hours: u64) -> Result<u64, sqlx::Error> {
    let hours = i64::try_from(hours).unwrap_or(i64::MAX / 3600);
    let a = sqlx::query(
        "DELETE FROM outbox WHERE published_at IS NOT NULL \
         AND published_at < now() - make_interval(hours => $1::int)",
    )
    .bind(hours.min(i64::from(i32::MAX)))
    .execute(&mut *conn)
    .await?;
    let b = sqlx::query(
        "DELETE FROM event_processed WHERE processed_at < now() - make_interval(hours => $1::int)",
    )
    .bind(hours.min(i64::from(i32::MAX)))
    .execute(&mut *conn)
    .await?;
    Ok(a.rows_affected() + b.rows_affected())
}

/// Unpublished row count and age of the oldest, for status and metrics.
pub async fn backlog(conn: &mut PgConnection) -> Result<(i64, Option<f64>), sqlx::Error> {
    sqlx::query_as(
        "SELECT count(*), extract(epoch FROM now() - min(occurred_at))::float8 \
         FROM outbox WHERE published_at IS NULL",
    )
    .fetch_one(&mut *conn)
    .await
}

//! Durable, at-least-once, idempotent consumers.
//!
//! A [`Consumer`] has a durable name, a [`Subscription`] and a [`Handler`]. For each event the
//! runner opens a transaction in the event's territory, records `(consumer, event id)` in
//! `event_processed` (a repeat delivery finds the row and is skipped), runs the handler on the
//! same connection and commits: the handler's own database writes and the processed mark
//! commit together, so database effects happen exactly once. Effects outside the database
//! (a push notification, a chat room) are at-least-once and must tolerate a repeat.
//!
//! A failing handler is retried with exponential backoff; after the configured number of
//! attempts the event is written to `event_dead_letter` (visible to admins, replayable) and
//! the consumer moves on.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use kernel::TerritoryCode;
use serde::Serialize;
use sqlx::PgConnection;
use store::{Access, Platform};
use uuid::Uuid;

use crate::envelope::{valid_token, Envelope, Event};

/// What a handler returns on failure: a message kept in the dead-letter record.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HandlerError(pub String);

impl HandlerError {
    /// A failure with a message.
    pub fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }
}

impl From<sqlx::Error> for HandlerError {
    fn from(e: sqlx::Error) -> Self {
        Self(format!("database: {e}"))
    }
}

impl From<kernel::AppError> for HandlerError {
    fn from(e: kernel::AppError) -> Self {
        Self(format!("{}: {}", e.code(), e.message()))
    }
}

/// A boxed future, so handlers can be stored as trait objects.
pub type HandlerFuture<'a> = Pin<Box<dyn Future<Output = Result<(), HandlerError>> + Send + 'a>>;

/// Handles one event. `conn` is a transaction in the event's territory schema; whatever the
/// handler writes through it commits together with the processed mark.
pub trait Handler: Send + Sync + 'static {
    /// Handle `event`.
    fn handle<'a>(&'a self, conn: &'a mut PgConnection, event: &'a Envelope) -> HandlerFuture<'a>;
}

impl<F> Handler for F
where
    F: for<'a> Fn(&'a mut PgConnection, &'a Envelope) -> HandlerFuture<'a> + Send + Sync + 'static,
{
    fn handle<'a>(&'a self, conn: &'a mut PgConnection, event: &'a Envelope) -> HandlerFuture<'a> {
        self(conn, event)
    }
}

/// Turn a closure into a [`Handler`] (the explicit signature lets Rust infer the closure's
/// lifetimes): `handler_fn(|conn, event| Box::pin(async move { … }))`.
pub fn handler_fn<F>(f: F) -> F
where
    F: for<'a> Fn(&'a mut PgConnection, &'a Envelope) -> HandlerFuture<'a> + Send + Sync + 'static,
{
    f
}

/// Which events a consumer receives (one NATS filter subject).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription(String);

impl Subscription {
    /// Every event of every territory.
    pub fn all() -> Self {
        Self("up.>".to_owned())
    }

    /// Every event of one domain, in every territory.
    pub fn domain(domain: &str) -> Self {
        Self(format!("up.*.{domain}.>"))
    }

    /// One event type, in every territory.
    pub fn event<E: Event>() -> Self {
        Self(format!("up.*.{}.{}", E::DOMAIN, E::NAME))
    }

    /// One event type in one territory.
    pub fn event_in<E: Event>(territory: &TerritoryCode) -> Self {
        Self(crate::envelope::subject(territory, E::DOMAIN, E::NAME))
    }

    /// The NATS filter subject.
    pub fn filter(&self) -> &str {
        &self.0
    }
}

/// A registered consumer.
#[derive(Clone)]
pub struct Consumer {
    pub(crate) name: String,
    pub(crate) subscription: Subscription,
    pub(crate) handler: Arc<dyn Handler>,
}

impl std::fmt::Debug for Consumer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Consumer")
            .field("name", &self.name)
            .field("subscription", &self.subscription)
            .finish_non_exhaustive()
    }
}

impl Consumer {
    /// A consumer with a durable `name` (`[a-z0-9_]`, unique per deployment; it names the
    /// JetStream durable consumer and the processed-id records, so never rename one).
    pub fn new(
        name: &str,
        subscription: Subscription,
        handler: impl Handler,
    ) -> Result<Self, kernel::AppError> {
        if !valid_token(name) || name.len() > 64 {
            return Err(kernel::AppError::internal(anyhow::anyhow!(
                "consumer name `{name}` must be 1–64 characters of [a-z0-9_]"
            )));
        }
        Ok(Self {
            name: name.to_owned(),
            subscription,
            handler: Arc::new(handler),
        })
    }

    /// The durable name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The subscription.
    pub fn subscription(&self) -> &Subscription {
        &self.subscription
    }
}

/// Retry policy of handlers.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts before dead-lettering (at least 1).
    pub max_attempts: u32,
    /// First backoff; doubled after each failure, capped at 30 s.
    pub base: Duration,
}

/// How one delivery ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The handler ran and its writes committed.
    Processed,
    /// Already processed earlier (a repeat delivery); nothing ran.
    Duplicate,
    /// Failed every attempt; recorded as a dead letter.
    DeadLettered,
}

/// The territory database could not be reached to record the outcome: the broker should
/// redeliver later (no ack).
#[derive(Debug, thiserror::Error)]
#[error("cannot record the outcome of event {event}: {reason}")]
pub struct Unrecorded {
    /// The event.
    pub event: Uuid,
    /// Why.
    pub reason: String,
}

/// Run `consumer` on one delivery of `event`, with retries, idempotency and dead-lettering.
pub async fn deliver(
    platform: &Platform,
    consumer: &Consumer,
    event: &Envelope,
    retry: RetryPolicy,
) -> Result<Outcome, Unrecorded> {
    let unrecorded = |reason: String| Unrecorded {
        event: event.id,
        reason,
    };
    let metrics = crate::metrics::global();
    let labels = crate::metrics::EventMetrics::consumer(&consumer.name);
    let mut backoff = retry.base;
    let mut last_error = String::new();
    let attempts = retry.max_attempts.max(1);
    for attempt in 1..=attempts {
        let mut tx = platform
            .router()
            .begin(&event.territory, Access::Write)
            .await
            .map_err(|e| unrecorded(e.to_string()))?;
        let fresh = sqlx::query(
            "INSERT INTO event_processed (consumer, event_id) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
        )
        .bind(&consumer.name)
        .bind(event.id)
        .execute(tx.conn())
        .await
        .map_err(|e| unrecorded(tx.observe(e).to_string()))?
        .rows_affected()
            == 1;
        if !fresh {
            let _ = tx.rollback().await;
            metrics.duplicates.get_or_create(&labels).inc();
            return Ok(Outcome::Duplicate);
        }
        let started = std::time::Instant::now();
        let handled = consumer.handler.handle(tx.conn(), event).await;
        metrics.observe_handler(&consumer.name, started.elapsed());
        match handled {
            Ok(()) => match tx.commit().await {
                Ok(()) => {
                    metrics.processed.get_or_create(&labels).inc();
                    return Ok(Outcome::Processed);
                }
                Err(e) => last_error = format!("commit failed: {e}"),
            },
            Err(e) => {
                last_error = e.0;
                let _ = tx.rollback().await;
            }
        }
        metrics.failed.get_or_create(&labels).inc();
        tracing::warn!(consumer = %consumer.name, event = %event.id, subject = %event.subject(), attempt, error = %last_error, "event handler failed");
        if attempt < attempts {
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(Duration::from_secs(30));
        }
    }
    dead_letter(platform, consumer, event, attempts, &last_error)
        .await
        .map_err(|e| unrecorded(e.to_string()))?;
    metrics.dead_lettered.get_or_create(&labels).inc();
    tracing::error!(consumer = %consumer.name, event = %event.id, subject = %event.subject(), attempts, error = %last_error, "event dead-lettered");
    Ok(Outcome::DeadLettered)
}

async fn dead_letter(
    platform: &Platform,
    consumer: &Consumer,
    event: &Envelope,
    attempts: u32,
    error: &str,
) -> Result<(), store::StoreError> {
    let mut tx = platform
        .router()
        .begin(&event.territory, Access::Write)
        .await?;
    let envelope = serde_json::to_value(event).unwrap_or(serde_json::Value::Null);
    // Marking it processed stops redeliveries from running it again; a replay removes the
    // mark.
    let result = async {
        sqlx::query(
            "INSERT INTO event_dead_letter (id, consumer, event_id, subject, envelope, attempts, last_error) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (consumer, event_id) DO UPDATE SET attempts = event_dead_letter.attempts + EXCLUDED.attempts, \
               last_error = EXCLUDED.last_error, failed_at = now(), replayed_at = NULL",
        )
        .bind(Uuid::now_v7())
        .bind(&consumer.name)
        .bind(event.id)
        .bind(event.subject())
        .bind(envelope)
        .bind(i32::try_from(attempts).unwrap_or(i32::MAX))
        .bind(error)
        .execute(tx.conn())
        .await?;
        sqlx::query(
            "INSERT INTO event_processed (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(&consumer.name)
        .bind(event.id)
        .execute(tx.conn())
        .await
    }
    .await;
    if let Err(e) = result {
        return Err(tx.observe(e));
    }
    tx.commit().await
}

/// A dead-lettered event, as admins see it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct DeadLetter {
    /// Record id.
    pub id: Uuid,
    /// Consumer that failed.
    pub consumer: String,
    /// The event id.
    pub event_id: Uuid,
    /// The event's subject.
    pub subject: String,
    /// The whole event.
    #[schema(value_type = Object)]
    pub envelope: serde_json::Value,
    /// Attempts made.
    pub attempts: i32,
    /// The last error.
    pub last_error: String,
    /// When it was dead-lettered.
    pub failed_at: DateTime<Utc>,
    /// When an admin replayed it (then it is no longer open).
    pub replayed_at: Option<DateTime<Utc>>,
}

/// Open dead letters, newest first, keyset-paginated by `(failed_at, id)`.
pub async fn list_dead_letters(
    conn: &mut PgConnection,
    before: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<DeadLetter>, sqlx::Error> {
    let (at, id) = before.unzip();
    sqlx::query_as(
        "SELECT id, consumer, event_id, subject, envelope, attempts, last_error, failed_at, replayed_at \
         FROM event_dead_letter WHERE replayed_at IS NULL \
         AND ($1::timestamptz IS NULL OR (failed_at, id) < ($1, $2)) \
         ORDER BY failed_at DESC, id DESC LIMIT $3",
    )
    .bind(at)
    .bind(id)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await
}

/// Take a dead letter for replay: mark it replayed, clear the processed mark, return the
/// consumer name and event.
pub async fn take_for_replay(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<(String, serde_json::Value)>, sqlx::Error> {
    let row: Option<(String, Uuid, serde_json::Value)> = sqlx::query_as(
        "UPDATE event_dead_letter SET replayed_at = now() WHERE id = $1 AND replayed_at IS NULL \
         RETURNING consumer, event_id, envelope",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((consumer, event_id, envelope)) = row else {
        return Ok(None);
    };
    sqlx::query("DELETE FROM event_processed WHERE consumer = $1 AND event_id = $2")
        .bind(&consumer)
        .bind(event_id)
        .execute(&mut *conn)
        .await?;
    Ok(Some((consumer, envelope)))
}

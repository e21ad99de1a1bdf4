//! The outbox relay.
//!
//! One relay task per region: the outbox lives in the territory schemas on the region's
//! primary, so the relay of a region holds a session advisory lock **on that primary** (the
//! lock lives and dies with the data it guards; a region that is down does not stall the
//! others; after a failover the lock is taken again on the new primary). Any number of
//! processes may run relays; per region exactly one holds the lock and publishes, the others
//! wait and take over when its connection drops.
//!
//! The active relay LISTENs on [`crate::outbox::NOTIFY_CHANNEL`] (every `emit` notifies at
//! commit with the territory code), so an event is published within milliseconds; a poll
//! every `events.relay_poll_interval_ms` catches anything a lost notification missed. Rows
//! are published a batch at a time in outbox order: every row of the batch is sent without
//! waiting, the broker's acks are awaited together, and the acknowledged rows are marked
//! published in one statement. A crash between the ack and the mark re-publishes
//! those rows on the next run: JetStream drops them by `Nats-Msg-Id` within its duplicate
//! window, and consumers are idempotent anyway.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use kernel::TerritoryCode;
use sqlx::postgres::PgListener;
use sqlx::Connection;
use store::pools::Region;
use store::{Access, Territory, TerritoryStatus};
use tokio::sync::watch;

use crate::outbox::{self, NOTIFY_CHANNEL};
use crate::runtime::Inner;

/// First key of the relay's two-key advisory lock ("UP" + 1); the second is
/// `hashtext(region code)`.
pub const LOCK_CLASS: i32 = 0x5550_0001;

/// How often the relay prunes old published rows.
const PRUNE_EVERY: Duration = Duration::from_secs(600);

#[derive(Debug, thiserror::Error)]
enum RelayError {
    #[error("another process is the active relay of this region")]
    NotLeader,
    #[error("stopped")]
    Stopped,
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl From<sqlx::Error> for RelayError {
    fn from(e: sqlx::Error) -> Self {
        Self::Other(e.into())
    }
}

impl From<store::StoreError> for RelayError {
    fn from(e: store::StoreError) -> Self {
        Self::Other(e.into())
    }
}

/// Run the relay of `region` until `stop` turns true.
pub(crate) async fn run(inner: Arc<Inner>, region: Arc<Region>, mut stop: watch::Receiver<bool>) {
    let poll = inner.poll_interval();
    loop {
        if *stop.borrow() {
            break;
        }
        match lead(&inner, &region, &mut stop).await {
            Ok(()) | Err(RelayError::Stopped) => break,
            Err(RelayError::NotLeader) => {}
            Err(RelayError::Other(e)) => {
                tracing::warn!(region = %region.code(), error = %format!("{e:#}"), "event relay interrupted; retrying");
            }
        }
        inner.set_leading(region.code(), false);
        tokio::select! {
            _ = tokio::time::sleep(poll.max(Duration::from_millis(200))) => {}
            _ = stop.changed() => break,
        }
    }
    inner.set_leading(region.code(), false);
}

/// Territories whose outbox is live: active ones and those being moved.
pub(crate) fn live_territories(platform: &store::Platform) -> Vec<Arc<Territory>> {
    platform
        .router()
        .registry()
        .all()
        .into_iter()
        .filter(|t| matches!(t.status, TerritoryStatus::Active | TerritoryStatus::Moving))
        .collect()
}

fn territories_of(inner: &Inner, region: &Region) -> Vec<Arc<Territory>> {
    live_territories(&inner.platform)
        .into_iter()
        .filter(|t| &t.region == region.code())
        .collect()
}

async fn lead(
    inner: &Arc<Inner>,
    region: &Arc<Region>,
    stop: &mut watch::Receiver<bool>,
) -> Result<(), RelayError> {
    let node = region
        .primary()
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("region {} has no reachable primary", region.code()))?;
    // A dedicated connection (detached from the pool) holds the session lock, so the lock
    // is released exactly when this connection closes.
    let mut lock = node.pool().acquire().await?.detach();
    let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1, hashtext($2))")
        .bind(LOCK_CLASS)
        .bind(region.code().as_str())
        .fetch_one(&mut lock)
        .await?;
    if !got {
        let _ = lock.close().await;
        return Err(RelayError::NotLeader);
    }
    let mut listener = PgListener::connect_with(node.pool()).await?;
    listener.listen(NOTIFY_CHANNEL).await?;
    inner.set_leading(region.code(), true);
    tracing::info!(region = %region.code(), node = node.name(), "event relay active");
    let poll = inner.poll_interval();
    let mut last_prune = Instant::now();
    let mut sweep_all = true;
    let mut dirty: BTreeSet<TerritoryCode> = BTreeSet::new();
    let result = loop {
        if *stop.borrow() {
            break Err(RelayError::Stopped);
        }
        let territories = territories_of(inner, region);
        let mut failed = None;
        for territory in territories
            .iter()
            .filter(|t| sweep_all || dirty.contains(&t.code))
        {
            if let Err(e) = drain(inner, territory.clone()).await {
                crate::metrics::global()
                    .publish_errors
                    .get_or_create(&crate::metrics::EventMetrics::territory(&territory.code))
                    .inc();
                failed = Some(e);
                break;
            }
        }
        dirty.clear();
        sweep_all = false;
        if let Some(e) = failed {
            // The broker or the database is down: the rows stay in the outbox. Keep the lock
            // and try again after a poll interval.
            inner.record_error(&e);
            tracing::debug!(region = %region.code(), error = %format!("{e:#}"), "relay batch failed; events stay in the outbox");
            tokio::select! {
                _ = tokio::time::sleep(poll) => { sweep_all = true; continue; }
                _ = stop.changed() => break Err(RelayError::Stopped),
            }
        }
        if last_prune.elapsed() >= PRUNE_EVERY {
            last_prune = Instant::now();
            for territory in &territories {
                if let Err(e) = prune(inner, territory.clone()).await {
                    tracing::warn!(territory = %territory.code, error = %e, "outbox pruning failed");
                }
            }
        }
        tokio::select! {
            note = listener.recv() => {
                let note = note?;
                let mut note = Some(note);
                while let Some(n) = note {
                    match TerritoryCode::parse(n.payload()) {
                        Ok(code) => { dirty.insert(code); }
                        Err(_) => sweep_all = true,
                    }
                    note = listener.next_buffered();
                }
            }
            _ = tokio::time::sleep(poll) => {
                sweep_all = true;
                // Is the lock connection still alive? If not, leadership is gone.
                sqlx::query("SELECT 1").execute(&mut lock).await?;
            }
            _ = stop.changed() => break Err(RelayError::Stopped),
        }
    };
    let _ = sqlx::query("SELECT pg_advisory_unlock($1, hashtext($2))")
        .bind(LOCK_CLASS)
        .bind(region.code().as_str())
        .execute(&mut lock)
        .await;
    let _ = lock.close().await;
    result
}

/// Publish every unpublished row of one territory, in order.
async fn drain(inner: &Inner, territory: Arc<Territory>) -> anyhow::Result<()> {
    let batch_size = inner.batch_size();
    loop {
        let mut tx = inner
            .platform
            .router()
            .begin_for(territory.clone(), Access::Write)
            .await?;
        let batch = match outbox::unpublished(tx.conn(), &territory.code, batch_size).await {
            Ok(b) => b,
            Err(e) => return Err(tx.observe(e).into()),
        };
        tx.rollback().await?;
        if batch.is_empty() {
            return Ok(());
        }
        let started = Instant::now();
        let (done, failure) = inner.publish_batch(&batch).await;
        let metrics = crate::metrics::global();
        let labels = crate::metrics::EventMetrics::territory(&territory.code);
        if failure.is_none() {
            metrics
                .publish_batch_seconds
                .observe(started.elapsed().as_secs_f64());
        }
        if !done.is_empty() {
            let mut tx = inner
                .platform
                .router()
                .begin_for(territory.clone(), Access::Write)
                .await?;
            if let Err(e) = outbox::mark_published(tx.conn(), &done).await {
                return Err(tx.observe(e).into());
            }
            tx.commit().await?;
            inner.count_published(done.len());
            metrics
                .published
                .get_or_create(&labels)
                .inc_by(u64::try_from(done.len()).unwrap_or(u64::MAX));
        }
        if let Some(e) = failure {
            return Err(e);
        }
        if i64::try_from(batch.len()).unwrap_or(i64::MAX) < batch_size {
            return Ok(());
        }
    }
}

async fn prune(inner: &Inner, territory: Arc<Territory>) -> Result<(), store::StoreError> {
    let mut tx = inner
        .platform
        .router()
        .begin_for(territory, Access::Write)
        .await?;
    if let Err(e) = outbox::prune(tx.conn(), inner.retention_hours()).await {
        return Err(tx.observe(e));
    }
    tx.commit().await
}

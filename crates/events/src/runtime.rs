//! The running backbone: the transport (NATS JetStream or the in-process bus), the relay
//! tasks (one per region) and the consumer tasks.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_nats::jetstream::context::PublishAckFuture;
use async_nats::jetstream::{self, consumer::pull, stream};
use futures::StreamExt;
use kernel::config::EventsConfig;
use kernel::{AppError, RegionCode};
use secrecy::ExposeSecret;
use serde::Serialize;
use store::Platform;
use tokio::sync::{watch, OnceCell};
use tokio::task::JoinHandle;

use crate::consumer::{self, Consumer, Outcome, RetryPolicy};
use crate::envelope::{subject_matches, Envelope};
use crate::outbox::Pending;

/// Where events go.
pub(crate) enum Transport {
    /// NATS JetStream.
    Nats(Box<Nats>),
    /// Straight to this process's consumers.
    InProcess,
}

pub(crate) struct Inner {
    pub(crate) platform: Arc<Platform>,
    config: EventsConfig,
    pub(crate) transport: Transport,
    consumers: Vec<Consumer>,
    leading: Mutex<BTreeMap<RegionCode, bool>>,
    published: AtomicU64,
    last_error: Mutex<Option<String>>,
    started: AtomicBool,
}

impl Inner {
    pub(crate) fn poll_interval(&self) -> Duration {
        Duration::from_millis(self.config.relay_poll_interval_ms)
    }

    pub(crate) fn batch_size(&self) -> i64 {
        i64::from(self.config.relay_batch_size)
    }

    pub(crate) fn retention_hours(&self) -> u64 {
        self.config.retention_hours
    }

    pub(crate) fn set_leading(&self, region: &RegionCode, leading: bool) {
        if let Ok(mut map) = self.leading.lock() {
            map.insert(region.clone(), leading);
        }
    }

    pub(crate) fn count_published(&self, n: usize) {
        self.published
            .fetch_add(u64::try_from(n).unwrap_or(u64::MAX), Ordering::Relaxed);
        if let Ok(mut last) = self.last_error.lock() {
            *last = None;
        }
    }

    pub(crate) fn record_error(&self, e: &anyhow::Error) {
        if let Ok(mut last) = self.last_error.lock() {
            *last = Some(format!("{e:#}"));
        }
    }

    fn retry(&self) -> RetryPolicy {
        RetryPolicy {
            max_attempts: self.config.consumer_max_attempts,
            base: Duration::from_millis(self.config.consumer_retry_base_ms),
        }
    }

    /// The stream, created (or checked) on first use, so a NATS server that is down at
    /// start-up only delays publishing.
    async fn stream(&self) -> anyhow::Result<&stream::Stream> {
        let Transport::Nats(nats) = &self.transport else {
            anyhow::bail!("not using NATS");
        };
        let config = stream::Config {
            name: self.config.stream.clone(),
            subjects: vec!["up.>".to_owned()],
            storage: stream::StorageType::File,
            max_age: Duration::from_secs(self.config.stream_max_age_hours.saturating_mul(3600)),
            duplicate_window: Duration::from_secs(self.config.duplicate_window_secs),
            ..Default::default()
        };
        nats.stream
            .get_or_try_init(|| async {
                nats.js
                    .get_or_create_stream(config)
                    .await
                    .map_err(|e| anyhow::anyhow!("cannot create or open the JetStream stream: {e}"))
            })
            .await
    }

    /// Publish a batch of outbox rows in order and return the `seq` of every row the broker
    /// acknowledged (in-process: every row all matching consumers processed or
    /// dead-lettered), plus the first failure if any.
    ///
    /// With NATS the batch is pipelined: every message is sent without waiting, then the acks
    /// are awaited together (each with `events.publish_timeout_ms`), so a batch costs about one
    /// round trip rather than one per row. One connection keeps the send order, so the stream
    /// stores the rows in outbox order. If some ack fails, the acknowledged rows are still
    /// reported (they are in the stream); the others stay in the outbox and are sent again
    /// (JetStream drops any that did arrive by `Nats-Msg-Id`).
    pub(crate) async fn publish_batch(
        &self,
        batch: &[Pending],
    ) -> (Vec<i64>, Option<anyhow::Error>) {
        match &self.transport {
            Transport::Nats(nats) => {
                if let Err(e) = self.stream().await {
                    return (Vec::new(), Some(e));
                }
                let mut in_flight = Vec::with_capacity(batch.len());
                let mut failure = None;
                for pending in batch {
                    match Self::send(nats, &pending.envelope).await {
                        Ok(ack) => in_flight.push((pending.seq, pending.envelope.id, ack)),
                        Err(e) => {
                            failure = Some(e);
                            break;
                        }
                    }
                }
                let acks = futures::future::join_all(
                    in_flight
                        .into_iter()
                        .map(|(seq, id, ack)| async move { (seq, id, ack.await) }),
                )
                .await;
                let mut done = Vec::with_capacity(acks.len());
                for (seq, id, ack) in acks {
                    match ack {
                        Ok(ack) => {
                            if ack.duplicate {
                                tracing::debug!(event = %id, "JetStream dropped a re-published duplicate");
                            }
                            done.push(seq);
                        }
                        Err(e) => {
                            if failure.is_none() {
                                failure =
                                    Some(anyhow::anyhow!("JetStream publish of {id} failed: {e}"));
                            }
                        }
                    }
                }
                (done, failure)
            }
            Transport::InProcess => {
                let mut done = Vec::with_capacity(batch.len());
                for pending in batch {
                    let event = &pending.envelope;
                    let subject = event.subject();
                    for consumer in self
                        .consumers
                        .iter()
                        .filter(|c| subject_matches(c.subscription.filter(), &subject))
                    {
                        if let Err(e) =
                            consumer::deliver(&self.platform, consumer, event, self.retry()).await
                        {
                            return (done, Some(e.into()));
                        }
                    }
                    done.push(pending.seq);
                }
                (done, None)
            }
        }
    }

    /// Send one event to JetStream without waiting for its ack.
    async fn send(nats: &Nats, event: &Envelope) -> anyhow::Result<PublishAckFuture> {
        let mut headers = async_nats::HeaderMap::new();
        headers.insert(
            async_nats::header::NATS_MESSAGE_ID,
            event.id.to_string().as_str(),
        );
        headers.insert("Up-Event-Version", event.version.to_string().as_str());
        let payload = serde_json::to_vec(event)?;
        nats.js
            .publish_with_headers(event.subject(), headers, payload.into())
            .await
            .map_err(|e| anyhow::anyhow!("JetStream publish failed: {e}"))
    }
}

/// The NATS client, its JetStream context and the stream once opened.
pub(crate) struct Nats {
    client: async_nats::Client,
    js: jetstream::Context,
    stream: OnceCell<stream::Stream>,
}

/// The event backbone of this process. Cheap to clone.
#[derive(Clone)]
pub struct Events {
    inner: Arc<Inner>,
    tasks: Arc<Mutex<Vec<JoinHandle<()>>>>,
    stop: watch::Sender<bool>,
}

impl std::fmt::Debug for Events {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Events")
            .field("mode", &self.mode())
            .field("consumers", &self.inner.consumers)
            .finish_non_exhaustive()
    }
}

/// Relay state of one region in this process.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RelayRegionStatus {
    /// Region code.
    #[schema(value_type = String)]
    pub region: RegionCode,
    /// True when this process holds the region's relay lock and publishes its outboxes.
    pub active: bool,
}

/// What `/readyz` shows about events.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventsStatus {
    /// `nats` or `in_process`.
    pub mode: &'static str,
    /// For `nats`: whether the client is connected right now. Events wait in the outbox
    /// while it is not, so this does not make the process unready.
    pub nats_connected: Option<bool>,
    /// Per region, whether this process runs the active relay.
    pub relay: Vec<RelayRegionStatus>,
    /// Events this process has published since it started.
    pub published: u64,
    /// The last relay error since the last successful publish.
    pub last_error: Option<String>,
    /// Durable consumers running in this process.
    pub consumers: Vec<String>,
}

impl Events {
    /// Set up the backbone (nothing runs until [`Events::start`]). With `events.nats_url`
    /// set, the NATS client connects in the background and keeps reconnecting; otherwise
    /// events go through the in-process bus to `consumers`.
    pub async fn new(
        platform: Arc<Platform>,
        config: &EventsConfig,
        consumers: Vec<Consumer>,
    ) -> Result<Self, AppError> {
        let transport = match &config.nats_url {
            Some(url) => {
                let client = async_nats::ConnectOptions::new()
                    .name("unityplan")
                    .retry_on_initial_connect()
                    .max_reconnects(None)
                    .connection_timeout(Duration::from_secs(2))
                    .reconnect_delay_callback(|attempts| {
                        Duration::from_millis(
                            (u64::try_from(attempts).unwrap_or(u64::MAX))
                                .saturating_mul(100)
                                .min(2000),
                        )
                    })
                    .connect(url.expose_secret())
                    .await
                    .map_err(|e| {
                        AppError::internal(anyhow::anyhow!("cannot set up the NATS client: {e}"))
                    })?;
                let mut js = jetstream::new(client.clone());
                js.set_timeout(Duration::from_millis(config.publish_timeout_ms));
                Transport::Nats(Box::new(Nats {
                    client,
                    js,
                    stream: OnceCell::new(),
                }))
            }
            None => Transport::InProcess,
        };
        let mut names = std::collections::BTreeSet::new();
        for c in &consumers {
            if !names.insert(c.name.clone()) {
                return Err(AppError::internal(anyhow::anyhow!(
                    "two event consumers are named `{}`",
                    c.name
                )));
            }
        }
        let (stop, _) = watch::channel(false);
        Ok(Self {
            inner: Arc::new(Inner {
                platform,
                config: config.clone(),
                transport,
                consumers,
                leading: Mutex::new(BTreeMap::new()),
                published: AtomicU64::new(0),
                last_error: Mutex::new(None),
                started: AtomicBool::new(false),
            }),
            tasks: Arc::new(Mutex::new(Vec::new())),
            stop,
        })
    }

    /// `nats` or `in_process`.
    pub fn mode(&self) -> &'static str {
        match self.inner.transport {
            Transport::Nats(_) => "nats",
            Transport::InProcess => "in_process",
        }
    }

    /// Start the relay (one task per region, when `events.relay` is on) and, with NATS,
    /// one task per consumer. Starting twice does nothing.
    pub fn start(&self) {
        if self.inner.started.swap(true, Ordering::SeqCst) {
            return;
        }
        let mut tasks = Vec::new();
        if self.inner.config.relay {
            for region in self.inner.platform.router().regions().values() {
                self.inner.set_leading(region.code(), false);
                tasks.push(tokio::spawn(crate::relay::run(
                    self.inner.clone(),
                    region.clone(),
                    self.stop.subscribe(),
                )));
            }
        }
        if let Transport::Nats(_) = self.inner.transport {
            for consumer in &self.inner.consumers {
                tasks.push(tokio::spawn(run_jetstream_consumer(
                    self.inner.clone(),
                    consumer.clone(),
                    self.stop.subscribe(),
                )));
            }
        }
        if let Ok(mut all) = self.tasks.lock() {
            all.extend(tasks);
        }
    }

    /// Stop every task and wait for them.
    pub async fn shutdown(&self) {
        let _ = self.stop.send(true);
        let tasks: Vec<_> = match self.tasks.lock() {
            Ok(mut all) => all.drain(..).collect(),
            Err(_) => Vec::new(),
        };
        for task in tasks {
            let _ = tokio::time::timeout(Duration::from_secs(10), task).await;
        }
        if let Transport::Nats(nats) = &self.inner.transport {
            let _ = nats.client.flush().await;
        }
    }

    /// The current state, for `/readyz`.
    pub fn status(&self) -> EventsStatus {
        let nats_connected = match &self.inner.transport {
            Transport::Nats(nats) => Some(matches!(
                nats.client.connection_state(),
                async_nats::connection::State::Connected
            )),
            Transport::InProcess => None,
        };
        let relay = self
            .inner
            .leading
            .lock()
            .map(|m| {
                m.iter()
                    .map(|(region, active)| RelayRegionStatus {
                        region: region.clone(),
                        active: *active,
                    })
                    .collect()
            })
            .unwrap_or_default();
        EventsStatus {
            mode: self.mode(),
            nats_connected,
            relay,
            published: self.inner.published.load(Ordering::Relaxed),
            last_error: self.inner.last_error.lock().ok().and_then(|l| l.clone()),
            consumers: self
                .inner
                .consumers
                .iter()
                .map(|c| c.name.clone())
                .collect(),
        }
    }

    /// Read the outbox backlog and the age of the oldest unpublished row of every active
    /// territory into the `unityplan_events_outbox_*` gauges (call before encoding
    /// `/metrics`). Gives up after 2 s in all (a territory whose database is unreachable keeps
    /// its last value), so a scrape never hangs on a down region.
    pub async fn refresh_metrics(&self) {
        let territories = crate::relay::live_territories(&self.inner.platform);
        let metrics = crate::metrics::global();
        let work = async {
            for territory in territories {
                let labels = crate::metrics::EventMetrics::territory(&territory.code);
                let Ok(mut tx) = self
                    .inner
                    .platform
                    .router()
                    .begin_for(territory.clone(), store::Access::Write)
                    .await
                else {
                    continue;
                };
                let read = crate::outbox::backlog(tx.conn()).await;
                let _ = tx.rollback().await;
                if let Ok((count, oldest)) = read {
                    metrics.backlog.get_or_create(&labels).set(count);
                    metrics
                        .oldest_unpublished_seconds
                        .get_or_create(&labels)
                        .set(oldest.unwrap_or(0.0).max(0.0));
                }
            }
        };
        let _ = tokio::time::timeout(Duration::from_secs(2), work).await;
    }

    /// The platform this backbone serves.
    pub fn platform(&self) -> &Arc<Platform> {
        &self.inner.platform
    }

    /// Run a replayed dead letter through its consumer again, now. With NATS the consumer may
    /// run in another process, so the event is handled here directly, which is the same
    /// idempotent path.
    pub async fn replay(&self, consumer: &str, event: &Envelope) -> Result<bool, AppError> {
        let Some(c) = self.inner.consumers.iter().find(|c| c.name == consumer) else {
            return Ok(false);
        };
        let outcome = consumer::deliver(&self.inner.platform, c, event, self.inner.retry())
            .await
            .map_err(|e| AppError::unavailable("database_unavailable", e.to_string(), 5))?;
        Ok(outcome == Outcome::Processed || outcome == Outcome::Duplicate)
    }
}

impl Events {
    /// Open dead letters of a territory, newest first; `before` is the last item's
    /// `(failed_at, id)` of the previous page.
    pub async fn dead_letters(
        &self,
        territory: &kernel::TerritoryCode,
        before: Option<(chrono::DateTime<chrono::Utc>, uuid::Uuid)>,
        limit: i64,
    ) -> Result<Vec<consumer::DeadLetter>, AppError> {
        let mut tx = self
            .inner
            .platform
            .router()
            .begin(territory, store::Access::Read)
            .await?;
        let rows = match consumer::list_dead_letters(tx.conn(), before, limit).await {
            Ok(rows) => rows,
            Err(e) => return Err(tx.observe(e).into()),
        };
        tx.commit().await?;
        Ok(rows)
    }

    /// Replay a dead letter through its consumer now. The consumer must run in this process
    /// (`409 consumer_not_here` otherwise, and nothing changes).
    pub async fn replay_dead_letter(
        &self,
        territory: &kernel::TerritoryCode,
        id: uuid::Uuid,
    ) -> Result<bool, AppError> {
        let mut tx = self
            .inner
            .platform
            .router()
            .begin(territory, store::Access::Write)
            .await?;
        let taken = match consumer::take_for_replay(tx.conn(), id).await {
            Ok(t) => t,
            Err(e) => return Err(tx.observe(e).into()),
        };
        let Some((name, envelope)) = taken else {
            return Err(AppError::not_found(
                "dead_letter_not_found",
                "There is no open dead letter with that id in this territory.",
            ));
        };
        if !self.inner.consumers.iter().any(|c| c.name == name) {
            let _ = tx.rollback().await;
            return Err(AppError::conflict(
                "consumer_not_here",
                format!("Consumer `{name}` does not run in this process; replay it from a process that runs it."),
            ));
        }
        let event: Envelope = serde_json::from_value(envelope).map_err(AppError::internal)?;
        tx.commit().await?;
        self.replay(&name, &event).await
    }
}

/// Consume one durable JetStream consumer until stopped, re-creating it after errors.
async fn run_jetstream_consumer(
    inner: Arc<Inner>,
    consumer: Consumer,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        match consume(&inner, &consumer, &mut stop).await {
            Ok(()) => return,
            Err(e) => {
                tracing::warn!(consumer = %consumer.name, error = %format!("{e:#}"), "event consumer interrupted; retrying");
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = stop.changed() => return,
        }
    }
}

async fn consume(
    inner: &Inner,
    consumer: &Consumer,
    stop: &mut watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let stream = inner.stream().await?;
    let durable: jetstream::consumer::Consumer<pull::Config> = stream
        .get_or_create_consumer(
            &consumer.name,
            pull::Config {
                durable_name: Some(consumer.name.clone()),
                filter_subject: consumer.subscription.filter().to_owned(),
                ack_policy: jetstream::consumer::AckPolicy::Explicit,
                deliver_policy: jetstream::consumer::DeliverPolicy::All,
                ack_wait: Duration::from_secs(60),
                max_deliver: -1,
                ..Default::default()
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("cannot create durable consumer: {e}"))?;
    let mut messages = durable
        .stream()
        .heartbeat(Duration::from_secs(5))
        .expires(Duration::from_secs(30))
        .messages()
        .await
        .map_err(|e| anyhow::anyhow!("cannot pull messages: {e}"))?;
    loop {
        let message = tokio::select! {
            m = messages.next() => m,
            _ = stop.changed() => return Ok(()),
        };
        let message = match message {
            Some(Ok(m)) => m,
            Some(Err(e)) => anyhow::bail!("message stream failed: {e}"),
            None => anyhow::bail!("message stream ended"),
        };
        let event: Envelope = match serde_json::from_slice(&message.payload) {
            Ok(e) => e,
            Err(e) => {
                // Not ours to understand; stop redelivering it rather than block the consumer.
                tracing::error!(consumer = %consumer.name, subject = %message.subject, error = %e, "undecodable event; terminated");
                let _ = message.ack_with(jetstream::AckKind::Term).await;
                continue;
            }
        };
        // Retry recording (the database is unreachable) in place rather than NAK, so events
        // keep their order; extend the ack deadline meanwhile.
        let mut wait = Duration::from_millis(200);
        loop {
            match consumer::deliver(&inner.platform, consumer, &event, inner.retry()).await {
                Ok(_) => break,
                Err(e) => {
                    tracing::warn!(consumer = %consumer.name, error = %e, "cannot record event outcome; retrying");
                    let _ = message.ack_with(jetstream::AckKind::Progress).await;
                    tokio::select! {
                        _ = tokio::time::sleep(wait) => {}
                        _ = stop.changed() => return Ok(()),
                    }
                    wait = (wait * 2).min(Duration::from_secs(10));
                }
            }
        }
        message
            .ack()
            .await
            .map_err(|e| anyhow::anyhow!("ack failed: {e}"))?;
    }
}

//! One connection pool per database node, grouped by region, with a health task per region
//! that asks every node `pg_is_in_recovery()`. Writes go to whichever node is primary *now*:
//! after a standby is promoted, the next health check routes writes to it; a demoted or
//! restarted node is reconnected by the pool (connections are tested before use).

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use kernel::config::{DatabaseConfig, NodeRole};
use kernel::RegionCode;
use secrecy::{ExposeSecret, SecretString};
use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Postgres, Transaction};
use tokio::sync::Notify;

use crate::error::ErrorKind;
use crate::metrics::{ErrorLabels, NodeLabels, RegionLabels, StateLabels, StoreMetrics};
use crate::StoreError;

/// The observed state of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NodeState {
    /// Not checked yet.
    Unknown,
    /// Accepting writes (`pg_is_in_recovery()` = false).
    Primary,
    /// In recovery: a streaming standby.
    Standby,
    /// Unreachable, or suspect after a connection error.
    Down,
}

impl NodeState {
    /// Label form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unknown => "unknown",
            Self::Primary => "primary",
            Self::Standby => "standby",
            Self::Down => "down",
        }
    }

    fn from_u8(v: u8) -> Self {
        match v {
            1 => Self::Primary,
            2 => Self::Standby,
            3 => Self::Down,
            _ => Self::Unknown,
        }
    }

    fn to_u8(self) -> u8 {
        match self {
            Self::Unknown => 0,
            Self::Primary => 1,
            Self::Standby => 2,
            Self::Down => 3,
        }
    }

    const ALL: [NodeState; 4] = [Self::Unknown, Self::Primary, Self::Standby, Self::Down];
}

/// Health details kept for display.
#[derive(Debug, Clone, Default)]
pub struct NodeHealth {
    /// Replay lag of a standby.
    pub lag_seconds: Option<f64>,
    /// Last error seen.
    pub last_error: Option<String>,
    /// When the node was last checked.
    pub checked_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// One database node and its pool.
pub struct NodePool {
    name: String,
    region: RegionCode,
    configured_role: NodeRole,
    pool: PgPool,
    state: AtomicU8,
    health: Mutex<NodeHealth>,
    labels: NodeLabels,
    metrics: StoreMetrics,
    max_connections: u32,
    options: PgConnectOptions,
}

impl std::fmt::Debug for NodePool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NodePool")
            .field("name", &self.name)
            .field("region", &self.region)
            .field("state", &self.state())
            .finish_non_exhaustive()
    }
}

impl NodePool {
    /// A lazily connecting pool for one node.
    pub fn new(
        name: &str,
        region: &RegionCode,
        configured_role: NodeRole,
        url: &SecretString,
        size: u32,
        db: &DatabaseConfig,
        metrics: &StoreMetrics,
    ) -> Result<Self, StoreError> {
        let options: PgConnectOptions = url.expose_secret().parse().map_err(|e| {
            StoreError::Embedded(format!("node `{name}`: invalid database URL: {e}"))
        })?;
        let options = options.application_name("unityplan");
        let pool = PgPoolOptions::new()
            .max_connections(size)
            .min_connections(0)
            .acquire_timeout(Duration::from_secs(db.acquire_timeout_secs))
            .max_lifetime(Some(Duration::from_secs(db.max_lifetime_secs)))
            .idle_timeout(Some(Duration::from_secs(db.idle_timeout_secs)))
            // Ping only connections that sat idle (as HikariCP does): a busy pool pays no extra
            // round trip per request, and a connection broken by a restart while idle is
            // replaced before use. A connection that breaks while busy fails its request, marks
            // the node suspect and is discarded by the pool.
            .test_before_acquire(false)
            .before_acquire(|conn, meta| {
                Box::pin(async move {
                    if meta.idle_for >= Duration::from_secs(1) {
                        sqlx::Connection::ping(conn).await?;
                    }
                    Ok(true)
                })
            })
            .connect_lazy_with(options.clone());
        let labels = NodeLabels {
            region: region.to_string(),
            node: name.to_owned(),
        };
        metrics.pool_max.get_or_create(&labels).set(i64::from(size));
        // Series exist (at zero) before the first event, so dashboards and alerts see them.
        let _ = metrics.acquires.get_or_create(&labels);
        let _ = metrics.waits.get_or_create(&labels);
        let _ = metrics.acquire_seconds.get_or_create(&labels);
        Ok(Self {
            name: name.to_owned(),
            region: region.clone(),
            configured_role,
            pool,
            state: AtomicU8::new(NodeState::Unknown.to_u8()),
            health: Mutex::new(NodeHealth::default()),
            labels,
            metrics: metrics.clone(),
            max_connections: size,
            options,
        })
    }

    /// Node name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Region code.
    pub fn region(&self) -> &RegionCode {
        &self.region
    }

    /// The role given in configuration.
    pub fn configured_role(&self) -> NodeRole {
        self.configured_role
    }

    /// The observed state.
    pub fn state(&self) -> NodeState {
        NodeState::from_u8(self.state.load(Ordering::Acquire))
    }

    /// Health details.
    pub fn health(&self) -> NodeHealth {
        self.health.lock().map(|h| h.clone()).unwrap_or_default()
    }

    /// The pool (for code that needs the raw pool, e.g. listeners and tests).
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Host, port and database, without credentials.
    pub fn address(&self) -> (String, u16, String) {
        (
            self.options.get_host().to_owned(),
            self.options.get_port(),
            self.options.get_database().unwrap_or("postgres").to_owned(),
        )
    }

    /// Maximum connections.
    pub fn max_connections(&self) -> u32 {
        self.max_connections
    }

    fn set_state(&self, state: NodeState, lag: Option<f64>, error: Option<String>) -> bool {
        let previous = NodeState::from_u8(self.state.swap(state.to_u8(), Ordering::AcqRel));
        if let Ok(mut health) = self.health.lock() {
            health.lag_seconds = lag;
            if error.is_some() || state != NodeState::Down {
                health.last_error = error;
            }
            health.checked_at = Some(chrono::Utc::now());
        }
        for s in NodeState::ALL {
            let labels = StateLabels {
                region: self.labels.region.clone(),
                node: self.name.clone(),
                state: s.as_str().to_owned(),
            };
            self.metrics
                .node_state
                .get_or_create(&labels)
                .set(i64::from(s == state));
        }
        if let Some(lag) = lag {
            self.metrics
                .replication_lag_seconds
                .get_or_create(&self.labels)
                .set(lag);
        }
        previous != state
    }

    /// Begin a transaction whose `search_path` is `schema` — in one round trip (`BEGIN` and
    /// `set_config` sent together) — recording acquire latency, waits and errors.
    pub async fn begin_in(
        &self,
        schema: &str,
    ) -> Result<Transaction<'static, Postgres>, sqlx::Error> {
        // The name is inlined into SQL, so it must be one this crate produced.
        crate::migrate::validate_schema_name(schema)
            .map_err(|e| sqlx::Error::Configuration(e.to_string().into()))?;
        self.timed(self.pool.begin_with(format!(
            "BEGIN; SELECT set_config('search_path', '{schema}, public', true)"
        )))
        .await
    }

    /// Begin a transaction on this node, recording acquire latency, waits and errors.
    pub async fn begin(&self) -> Result<Transaction<'static, Postgres>, sqlx::Error> {
        self.timed(self.pool.begin()).await
    }

    /// A connection outside any transaction, for single-statement reads (each statement is
    /// its own snapshot), recording acquire latency, waits and errors.
    pub async fn acquire(&self) -> Result<PoolConnection<Postgres>, sqlx::Error> {
        self.timed(self.pool.acquire()).await
    }

    async fn timed<T>(
        &self,
        begin: impl std::future::Future<Output = Result<T, sqlx::Error>>,
    ) -> Result<T, sqlx::Error> {
        self.metrics.acquires.get_or_create(&self.labels).inc();
        if self.pool.num_idle() == 0 {
            self.metrics.waits.get_or_create(&self.labels).inc();
        }
        let started = Instant::now();
        let result = begin.await;
        self.metrics
            .acquire_seconds
            .get_or_create(&self.labels)
            .observe(started.elapsed().as_secs_f64());
        if let Err(e) = &result {
            self.record_error(e);
        }
        result
    }

    /// Count an error and return its kind; connection and read-only errors make the node
    /// suspect until the next health check says otherwise.
    pub fn record_error(&self, err: &sqlx::Error) -> ErrorKind {
        let kind = ErrorKind::of(err);
        let labels = ErrorLabels {
            region: self.labels.region.clone(),
            node: self.name.clone(),
            kind: kind.label().to_owned(),
        };
        self.metrics.errors.get_or_create(&labels).inc();
        match kind {
            ErrorKind::Connection => {
                if self.set_state(NodeState::Down, None, Some(err.to_string())) {
                    tracing::warn!(node = %self.name, region = %self.region, error = %err, "node marked down after a connection error");
                }
            }
            ErrorKind::ReadOnly => {
                if self.set_state(NodeState::Standby, None, Some(err.to_string())) {
                    tracing::warn!(node = %self.name, region = %self.region, "node refused a write: treating it as a standby");
                }
            }
            ErrorKind::PoolTimeout | ErrorKind::Other => {}
        }
        kind
    }

    /// Ask the node whether it is in recovery, with its replay lag.
    pub async fn check(&self, timeout: Duration) -> NodeState {
        self.metrics.health_checks.get_or_create(&self.labels).inc();
        let probe = async {
            let mut conn = self.pool.acquire().await?;
            let (in_recovery, lag): (bool, Option<f64>) = sqlx::query_as(
                "SELECT pg_is_in_recovery(),
                        CASE WHEN NOT pg_is_in_recovery() THEN NULL
                             WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0::float8
                             ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 END",
            )
            .fetch_one(&mut *conn)
            .await?;
            Ok::<_, sqlx::Error>((in_recovery, lag))
        };
        let (state, lag, error) = match tokio::time::timeout(timeout, probe).await {
            Ok(Ok((false, _))) => (NodeState::Primary, None, None),
            Ok(Ok((true, lag))) => (NodeState::Standby, lag, None),
            Ok(Err(e)) => {
                let labels = ErrorLabels {
                    region: self.labels.region.clone(),
                    node: self.name.clone(),
                    kind: ErrorKind::of(&e).label().to_owned(),
                };
                self.metrics.errors.get_or_create(&labels).inc();
                (NodeState::Down, None, Some(e.to_string()))
            }
            Err(_) => (
                NodeState::Down,
                None,
                Some(format!("health check timed out after {timeout:?}")),
            ),
        };
        if self.set_state(state, lag, error.clone()) {
            tracing::info!(node = %self.name, region = %self.region, state = state.as_str(), error = ?error, "node state changed");
        }
        state
    }

    /// Refresh the pool gauges (called at scrape time).
    pub fn refresh_gauges(&self) {
        let size = i64::from(self.pool.size());
        let idle = i64::try_from(self.pool.num_idle()).unwrap_or(i64::MAX);
        self.metrics.pool_size.get_or_create(&self.labels).set(size);
        self.metrics.pool_idle.get_or_create(&self.labels).set(idle);
        self.metrics
            .pool_in_use
            .get_or_create(&self.labels)
            .set((size - idle).max(0));
    }

    /// Close the pool.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// A region: its nodes and a way to wake its health task early.
#[derive(Debug)]
pub struct Region {
    code: RegionCode,
    name: String,
    nodes: Vec<Arc<NodePool>>,
    wake: Notify,
    health_interval: Duration,
    read_from_standby: bool,
    max_standby_lag: f64,
    metrics: StoreMetrics,
}

impl Region {
    /// A region with its node pools.
    pub fn new(
        code: RegionCode,
        name: String,
        nodes: Vec<Arc<NodePool>>,
        db: &DatabaseConfig,
        metrics: &StoreMetrics,
    ) -> Self {
        Self {
            code,
            name,
            nodes,
            wake: Notify::new(),
            health_interval: Duration::from_secs(db.health_interval_secs),
            read_from_standby: db.read_from_standby,
            max_standby_lag: db.max_standby_lag_secs,
            metrics: metrics.clone(),
        }
    }

    /// Code.
    pub fn code(&self) -> &RegionCode {
        &self.code
    }

    /// Display name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Nodes.
    pub fn nodes(&self) -> &[Arc<NodePool>] {
        &self.nodes
    }

    /// The node that is primary now. When health checks see two primaries (a split brain
    /// after a failover), the configured primary loses: it is the one that was failed away from.
    pub fn primary(&self) -> Option<&Arc<NodePool>> {
        let mut primaries = self
            .nodes
            .iter()
            .filter(|n| n.state() == NodeState::Primary);
        let first = primaries.next()?;
        match primaries.next() {
            None => Some(first),
            Some(second) => {
                tracing::error!(region = %self.code, a = %first.name(), b = %second.name(), "two nodes report being primary");
                if first.configured_role() == NodeRole::Primary {
                    Some(second)
                } else {
                    Some(first)
                }
            }
        }
    }

    /// The node for read-only work: a healthy standby within the lag limit when reads from
    /// standbys are enabled, else the primary.
    pub fn reader(&self) -> Option<&Arc<NodePool>> {
        if self.read_from_standby {
            let standby = self.nodes.iter().find(|n| {
                n.state() == NodeState::Standby
                    && n.health()
                        .lag_seconds
                        .is_some_and(|lag| lag <= self.max_standby_lag)
            });
            if let Some(node) = standby {
                return Some(node);
            }
        }
        self.primary()
    }

    /// Seconds a client should wait before retrying when the region is unavailable.
    pub fn retry_after_secs(&self) -> u64 {
        self.health_interval.as_secs().max(1)
    }

    /// Ask the health task to check now (after an error made a node suspect).
    pub fn wake_health_check(&self) {
        self.wake.notify_one();
    }

    /// Check every node once, concurrently.
    pub async fn check_all(&self) {
        let timeout = self
            .health_interval
            .min(Duration::from_secs(5))
            .max(Duration::from_secs(1));
        // Futures own their node (no borrowed closure lifetimes), which keeps them `Send`.
        let checks: Vec<_> = self
            .nodes
            .iter()
            .cloned()
            .map(|n| async move { n.check(timeout).await })
            .collect();
        futures::future::join_all(checks).await;
        let available = self.primary().is_some();
        self.metrics
            .region_available
            .get_or_create(&RegionLabels {
                region: self.code.to_string(),
            })
            .set(i64::from(available));
    }

    /// Refresh this region's gauges (called at scrape time, so they match what routing sees).
    pub fn refresh_gauges(&self) {
        for node in &self.nodes {
            node.refresh_gauges();
        }
        self.metrics
            .region_available
            .get_or_create(&RegionLabels {
                region: self.code.to_string(),
            })
            .set(i64::from(self.primary().is_some()));
    }

    /// Run health checks every interval (or sooner when woken) until `stop` resolves.
    pub async fn health_loop(
        self: Arc<Self>,
        on_change: impl Fn(&NodePool) + Send + Sync + 'static,
    ) {
        let mut last: Vec<NodeState> = self.nodes.iter().map(|n| n.state()).collect();
        loop {
            tokio::select! {
                _ = tokio::time::sleep(self.health_interval) => {}
                _ = self.wake.notified() => {
                    // Debounce bursts of errors into one check.
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
            self.check_all().await;
            for (i, node) in self.nodes.iter().enumerate() {
                let now = node.state();
                if last.get(i) != Some(&now) {
                    on_change(node);
                    if let Some(slot) = last.get_mut(i) {
                        *slot = now;
                    }
                }
            }
        }
    }
}

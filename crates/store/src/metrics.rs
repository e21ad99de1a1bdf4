//! Per-node and per-region database metrics, exposed on `/metrics`.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;

/// Labels of a node series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct NodeLabels {
    /// Region code.
    pub region: String,
    /// Node name.
    pub node: String,
}

/// Labels of an error series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ErrorLabels {
    /// Region code.
    pub region: String,
    /// Node name.
    pub node: String,
    /// Error kind: connection, read_only, pool_timeout, other.
    pub kind: String,
}

/// Labels of a node state series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StateLabels {
    /// Region code.
    pub region: String,
    /// Node name.
    pub node: String,
    /// primary, standby, down, unknown.
    pub state: String,
}

/// Labels of a region series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RegionLabels {
    /// Region code.
    pub region: String,
}

fn acquire_histogram() -> Histogram {
    // 50 µs … ~1.6 s
    Histogram::new(exponential_buckets(0.000_05, 2.0, 16))
}

/// The storage layer's metric families.
#[derive(Clone)]
pub struct StoreMetrics {
    /// Maximum pool size.
    pub pool_max: Family<NodeLabels, Gauge>,
    /// Open connections.
    pub pool_size: Family<NodeLabels, Gauge>,
    /// Connections checked out.
    pub pool_in_use: Family<NodeLabels, Gauge>,
    /// Idle connections.
    pub pool_idle: Family<NodeLabels, Gauge>,
    /// Acquires.
    pub acquires: Family<NodeLabels, Counter>,
    /// Acquires that found no idle connection and had to wait or connect.
    pub waits: Family<NodeLabels, Counter>,
    /// Time to acquire a connection and open a transaction.
    pub acquire_seconds: Family<NodeLabels, Histogram, fn() -> Histogram>,
    /// Errors by kind.
    pub errors: Family<ErrorLabels, Counter>,
    /// 1 for the node's current state.
    pub node_state: Family<StateLabels, Gauge>,
    /// Replication lag of standbys.
    pub replication_lag_seconds: Family<NodeLabels, Gauge<f64, AtomicU64>>,
    /// 1 when the region has a reachable primary.
    pub region_available: Family<RegionLabels, Gauge>,
    /// Health checks run.
    pub health_checks: Family<NodeLabels, Counter>,
}

impl StoreMetrics {
    /// New, unregistered families.
    pub fn new() -> Self {
        Self {
            pool_max: Family::default(),
            pool_size: Family::default(),
            pool_in_use: Family::default(),
            pool_idle: Family::default(),
            acquires: Family::default(),
            waits: Family::default(),
            acquire_seconds: Family::new_with_constructor(acquire_histogram),
            errors: Family::default(),
            node_state: Family::default(),
            replication_lag_seconds: Family::default(),
            region_available: Family::default(),
            health_checks: Family::default(),
        }
    }

    /// Register every family under the `unityplan_db` prefix.
    pub fn register(&self, registry: &mut Registry) {
        let r = registry.sub_registry_with_prefix("unityplan_db");
        r.register(
            "pool_max_connections",
            "Maximum connections of the node's pool",
            self.pool_max.clone(),
        );
        r.register(
            "pool_connections",
            "Open connections in the node's pool",
            self.pool_size.clone(),
        );
        r.register(
            "pool_in_use_connections",
            "Connections checked out of the node's pool",
            self.pool_in_use.clone(),
        );
        r.register(
            "pool_idle_connections",
            "Idle connections in the node's pool",
            self.pool_idle.clone(),
        );
        r.register(
            "pool_acquires",
            "Connection acquires",
            self.acquires.clone(),
        );
        r.register(
            "pool_waits",
            "Acquires that found no idle connection",
            self.waits.clone(),
        );
        r.register(
            "pool_acquire_seconds",
            "Time to acquire a pooled connection and begin a transaction",
            self.acquire_seconds.clone(),
        );
        r.register("errors", "Database errors by kind", self.errors.clone());
        r.register(
            "node_state",
            "1 for the node's observed state",
            self.node_state.clone(),
        );
        r.register(
            "node_replication_lag_seconds",
            "Replay lag of a standby in seconds",
            self.replication_lag_seconds.clone(),
        );
        r.register(
            "region_available",
            "1 when the region has a reachable primary",
            self.region_available.clone(),
        );
        r.register(
            "health_checks",
            "Health checks run per node",
            self.health_checks.clone(),
        );
    }
}

impl std::fmt::Debug for StoreMetrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StoreMetrics")
    }
}

impl Default for StoreMetrics {
    fn default() -> Self {
        Self::new()
    }
}

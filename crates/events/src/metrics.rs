//! Prometheus metrics of the event backbone (`unityplan_events_*` on `/metrics`).
//!
//! Process-wide, like the other families of a process: the relay counts what it published and
//! what failed, consumers count outcomes and time their handlers, and the outbox backlog and
//! the age of its oldest unpublished row (the relay lag) are read from the database when
//! `/metrics` is scraped ([`crate::Events::refresh_metrics`]), so any process reports them,
//! not only the one holding the relay lock.

use std::sync::atomic::AtomicU64;
use std::sync::OnceLock;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

/// Labels of a territory series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct TerritoryLabels {
    /// Territory code.
    pub territory: String,
}

/// Labels of a consumer series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ConsumerLabels {
    /// Durable consumer name.
    pub consumer: String,
}

fn seconds_histogram() -> Histogram {
    // 50 µs … ~1.6 s
    Histogram::new(exponential_buckets(0.000_05, 2.0, 16))
}

/// The backbone's metric families.
#[derive(Clone)]
pub struct EventMetrics {
    /// Unpublished outbox rows per territory (read at scrape time).
    pub backlog: Family<TerritoryLabels, Gauge>,
    /// Age of the oldest unpublished row per territory, 0 when none (read at scrape time).
    pub oldest_unpublished_seconds: Family<TerritoryLabels, Gauge<f64, AtomicU64>>,
    /// Rows published (acknowledged by the broker, or handled in-process) per territory.
    pub published: Family<TerritoryLabels, Counter>,
    /// Publish failures (broker unreachable, no ack in time, database errors) per territory.
    pub publish_errors: Family<TerritoryLabels, Counter>,
    /// Time from reading a batch to the broker's last ack.
    pub publish_batch_seconds: Histogram,
    /// Events a consumer's handler processed (committed).
    pub processed: Family<ConsumerLabels, Counter>,
    /// Repeat deliveries skipped because the event was already processed.
    pub duplicates: Family<ConsumerLabels, Counter>,
    /// Handler attempts that failed (each retry counts).
    pub failed: Family<ConsumerLabels, Counter>,
    /// Events that failed every attempt and were dead-lettered.
    pub dead_lettered: Family<ConsumerLabels, Counter>,
    /// Handler run time per attempt.
    pub handler_seconds: Family<ConsumerLabels, Histogram, fn() -> Histogram>,
}

impl EventMetrics {
    fn new() -> Self {
        Self {
            backlog: Family::default(),
            oldest_unpublished_seconds: Family::default(),
            published: Family::default(),
            publish_errors: Family::default(),
            publish_batch_seconds: seconds_histogram(),
            processed: Family::default(),
            duplicates: Family::default(),
            failed: Family::default(),
            dead_lettered: Family::default(),
            handler_seconds: Family::new_with_constructor(seconds_histogram),
        }
    }

    pub(crate) fn territory(code: &kernel::TerritoryCode) -> TerritoryLabels {
        TerritoryLabels {
            territory: code.as_str().to_owned(),
        }
    }

    pub(crate) fn consumer(name: &str) -> ConsumerLabels {
        ConsumerLabels {
            consumer: name.to_owned(),
        }
    }

    pub(crate) fn observe_handler(&self, consumer: &str, took: Duration) {
        self.handler_seconds
            .get_or_create(&Self::consumer(consumer))
            .observe(took.as_secs_f64());
    }
}

impl std::fmt::Debug for EventMetrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EventMetrics")
    }
}

/// The process-wide families.
pub fn global() -> &'static EventMetrics {
    static METRICS: OnceLock<EventMetrics> = OnceLock::new();
    METRICS.get_or_init(EventMetrics::new)
}

/// Register the families under the `unityplan_events` prefix.
pub fn register(registry: &mut Registry) {
    let m = global();
    let r = registry.sub_registry_with_prefix("unityplan_events");
    r.register(
        "outbox_backlog",
        "Unpublished outbox rows per territory",
        m.backlog.clone(),
    );
    r.register(
        "outbox_oldest_unpublished_seconds",
        "Age of the oldest unpublished outbox row per territory (relay lag); 0 when none",
        m.oldest_unpublished_seconds.clone(),
    );
    r.register(
        "published",
        "Outbox rows published per territory",
        m.published.clone(),
    );
    r.register(
        "publish_errors",
        "Failed relay publish attempts per territory",
        m.publish_errors.clone(),
    );
    r.register(
        "publish_batch_seconds",
        "Time to publish one relay batch and receive every ack",
        m.publish_batch_seconds.clone(),
    );
    r.register(
        "consumer_processed",
        "Events processed per consumer",
        m.processed.clone(),
    );
    r.register(
        "consumer_duplicates",
        "Repeat deliveries skipped per consumer",
        m.duplicates.clone(),
    );
    r.register(
        "consumer_failed",
        "Failed handler attempts per consumer",
        m.failed.clone(),
    );
    r.register(
        "consumer_dead_lettered",
        "Events dead-lettered per consumer",
        m.dead_lettered.clone(),
    );
    r.register(
        "consumer_handler_seconds",
        "Handler run time per attempt",
        m.handler_seconds.clone(),
    );
}

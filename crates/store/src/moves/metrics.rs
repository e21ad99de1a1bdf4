//! Move metrics on `/metrics`: copy progress, lag, read share, validation and the switch pause.

use std::sync::atomic::AtomicU64;
use std::sync::OnceLock;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;

use super::{MoveState, MoveStatus};

/// Labels of a move series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct MoveLabels {
    /// Territory code.
    pub territory: String,
}

/// Labels of a move state series.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct MoveStateLabels {
    /// Territory code.
    pub territory: String,
    /// Workflow state.
    pub state: String,
}

type FloatGauge = Gauge<f64, AtomicU64>;

/// The move metric families (one set per process; moves are driven wherever they run).
#[derive(Debug, Default)]
pub struct MoveMetrics {
    copy_percent: Family<MoveLabels, FloatGauge>,
    lag_seconds: Family<MoveLabels, FloatGauge>,
    lag_bytes: Family<MoveLabels, FloatGauge>,
    read_share: Family<MoveLabels, Gauge>,
    validated_rows: Family<MoveLabels, Gauge>,
    differences: Family<MoveLabels, Gauge>,
    write_pause: Family<MoveLabels, FloatGauge>,
    state: Family<MoveStateLabels, Gauge>,
}

/// The process-wide families.
pub fn global() -> &'static MoveMetrics {
    static METRICS: OnceLock<MoveMetrics> = OnceLock::new();
    METRICS.get_or_init(MoveMetrics::default)
}

/// Register the families under `unityplan_move`.
pub fn register(registry: &mut Registry) {
    let m = global();
    let r = registry.sub_registry_with_prefix("unityplan_move");
    r.register(
        "copy_percent",
        "Initial copy progress of a territory move (rows, percent)",
        m.copy_percent.clone(),
    );
    r.register(
        "lag_seconds",
        "Replication lag of a territory move (marker round trip)",
        m.lag_seconds.clone(),
    );
    r.register(
        "lag_bytes",
        "Replication lag of a territory move (WAL bytes behind)",
        m.lag_bytes.clone(),
    );
    r.register(
        "read_share_percent",
        "Share of a moving territory's reads served by the target",
        m.read_share.clone(),
    );
    r.register(
        "validated_rows",
        "Rows validated (count and hash) so far",
        m.validated_rows.clone(),
    );
    r.register(
        "validation_differences",
        "Key ranges that differed between source and target",
        m.differences.clone(),
    );
    r.register(
        "write_pause_seconds",
        "Write pause of the fenced switch",
        m.write_pause.clone(),
    );
    r.register(
        "state",
        "Current state of the latest move of a territory (1 = in this state)",
        m.state.clone(),
    );
}

const STATES: [MoveState; 11] = [
    MoveState::Schema,
    MoveState::Copy,
    MoveState::CatchUp,
    MoveState::Validate,
    MoveState::ReadShift,
    MoveState::Switch,
    MoveState::Monitor,
    MoveState::Completed,
    MoveState::Cancelled,
    MoveState::RolledBack,
    MoveState::Failed,
];

/// Publish a move's status.
pub fn observe(status: &MoveStatus) {
    let m = global();
    let labels = MoveLabels {
        territory: status.territory.to_string(),
    };
    m.copy_percent
        .get_or_create(&labels)
        .set(status.copy_percent);
    m.lag_seconds
        .get_or_create(&labels)
        .set(status.lag_seconds.unwrap_or(0.0));
    m.lag_bytes
        .get_or_create(&labels)
        .set(status.lag_bytes.unwrap_or(0.0));
    m.read_share
        .get_or_create(&labels)
        .set(i64::from(status.read_percent));
    m.validated_rows
        .get_or_create(&labels)
        .set(status.tables.iter().map(|t| t.validated_rows).sum());
    m.differences
        .get_or_create(&labels)
        .set(i64::try_from(status.differences.len()).unwrap_or(i64::MAX));
    m.write_pause
        .get_or_create(&labels)
        .set(status.write_pause_ms.unwrap_or(0.0) / 1000.0);
    for s in STATES {
        m.state
            .get_or_create(&MoveStateLabels {
                territory: labels.territory.clone(),
                state: s.as_str().to_owned(),
            })
            .set(i64::from(s == status.state));
    }
}

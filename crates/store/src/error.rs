//! Storage errors and how they reach clients.

use kernel::{AppError, RegionCode, TerritoryCode};

/// Everything that can go wrong in the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No territory with that code.
    #[error("territory {0} does not exist")]
    TerritoryNotFound(TerritoryCode),
    /// The territory code is taken.
    #[error("territory {0} already exists")]
    TerritoryExists(TerritoryCode),
    /// The territory exists but is not serving (provisioning or suspended).
    #[error("territory {0} is {1}")]
    TerritoryUnavailable(TerritoryCode, &'static str),
    /// Territory migrations are refused while the territory is being moved.
    #[error("territory {0} is being moved; schema changes wait until the move completes")]
    TerritoryMoving(TerritoryCode),
    /// No such region.
    #[error("region {0} does not exist")]
    UnknownRegion(RegionCode),
    /// The region has no reachable primary (or, for reads, no usable node).
    #[error("region {0} has no reachable primary")]
    RegionUnavailable(RegionCode, u64),
    /// The control-plane database cannot be reached.
    #[error("the control-plane database is unreachable: {0}")]
    ControlPlaneUnavailable(String),
    /// Embedded PostgreSQL could not be started.
    #[error("{0}")]
    Embedded(String),
    /// Another UnityPlan owns the data directory.
    #[error("{0}")]
    AlreadyRunning(String),
    /// A migration failed or the catalog is inconsistent.
    #[error("{0}")]
    Migration(String),
    /// A database error.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

impl From<StoreError> for AppError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::TerritoryNotFound(code) => AppError::not_found(
                "territory_not_found",
                format!("There is no territory {code}. GET /api/v1/territories lists the territories."),
            ),
            StoreError::TerritoryExists(code) => {
                AppError::conflict("territory_exists", format!("Territory {code} already exists."))
            }
            StoreError::TerritoryUnavailable(code, status) => AppError::unavailable(
                "territory_unavailable",
                format!("Territory {code} is {status} and cannot serve requests right now."),
                30,
            ),
            StoreError::TerritoryMoving(code) => AppError::conflict(
                "territory_moving",
                format!("Territory {code} is being moved between regions; schema changes are refused until the move completes or is cancelled."),
            ),
            StoreError::UnknownRegion(code) => AppError::invalid_field(
                "region",
                format!("There is no region `{code}`. GET /api/v1/regions lists the regions."),
            ),
            StoreError::RegionUnavailable(code, retry) => AppError::unavailable(
                "region_unavailable",
                format!("The database servers of region {code} are unreachable or have no primary right now. Try again shortly."),
                retry,
            ),
            StoreError::ControlPlaneUnavailable(_) => AppError::unavailable(
                "control_plane_unavailable",
                "The platform's registry database is unreachable right now. Try again shortly.",
                5,
            ),
            other @ (StoreError::Embedded(_) | StoreError::AlreadyRunning(_) | StoreError::Migration(_)) => {
                AppError::internal(other)
            }
            StoreError::Database(e) => AppError::from_database(e),
        }
    }
}

/// How a database error should affect a node's health.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Could not connect, connection lost, or the server is shutting down.
    Connection,
    /// The node is read-only (a standby, or demoted).
    ReadOnly,
    /// No connection became free in time.
    PoolTimeout,
    /// Any other error (constraint, syntax, …): says nothing about the node.
    Other,
}

impl ErrorKind {
    /// Classify an error: SQLSTATE 25006 (read-only), 57P01–57P03 (shutdown) and class 08
    /// (connection) make a node suspect at once.
    pub fn of(err: &sqlx::Error) -> Self {
        match err {
            sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::Protocol(_)
            | sqlx::Error::PoolClosed
            | sqlx::Error::WorkerCrashed => Self::Connection,
            sqlx::Error::PoolTimedOut => Self::PoolTimeout,
            sqlx::Error::Database(db) => match db.code().as_deref() {
                Some("25006") => Self::ReadOnly,
                Some(code) if code.starts_with("08") || code.starts_with("57P") => Self::Connection,
                _ => Self::Other,
            },
            _ => Self::Other,
        }
    }

    /// The metric label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Connection => "connection",
            Self::ReadOnly => "read_only",
            Self::PoolTimeout => "pool_timeout",
            Self::Other => "other",
        }
    }
}

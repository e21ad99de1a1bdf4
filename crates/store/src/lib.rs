//! UnityPlan storage: the embedded PostgreSQL manager, the control plane (regions, nodes,
//! territory registry), one connection pool per database node with health checks and
//! failover, the territory router, and the migration framework.

pub mod control;
pub mod embedded;
pub mod error;
pub mod metrics;
pub mod migrate;
pub mod moves;
pub mod platform;
pub mod pools;
pub mod process;
pub mod router;

pub use control::{NewTerritory, Territory, TerritoryStatus};
pub use error::StoreError;
pub use migrate::{Catalog, Migration, MigrationSet, Scope};
pub use platform::{MigrateEvent, Platform, StartOptions};
pub use router::{Access, TerritoryRead, TerritoryRouter, TerritoryTx};

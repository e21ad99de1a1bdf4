//! UnityPlan: one binary serving the API and the web app, in embedded mode (its own
//! PostgreSQL) or production mode (regional PostgreSQL servers).

pub mod api;
pub mod cli;
pub mod events_api;
pub mod forum_people;
pub mod identity_cli;
pub mod metrics;
pub mod moves_api;
pub mod moves_cli;
pub mod openapi;
pub mod server;
pub mod services;

/// Every migration set of this binary, in dependency order.
pub fn catalog() -> store::Catalog {
    store::Catalog::platform()
        .with(identity::migrations::CONTROL)
        .with(identity::migrations::TERRITORY)
        .with(events::MIGRATIONS)
        .with(forum::MIGRATIONS)
        .with(files::TERRITORY_MIGRATIONS)
        .with(learning::TERRITORY_MIGRATIONS)
        .with(store::moves::MOVE_MIGRATIONS)
}

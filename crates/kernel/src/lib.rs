//! The shared kernel every UnityPlan crate builds on: configuration, the one error type with
//! stable error codes, typed ids and validated newtypes, and telemetry set-up.

pub mod config;
pub mod error;
pub mod ids;
pub mod telemetry;

pub use error::{AppError, AppResult};
pub use ids::{RegionCode, TerritoryCode};

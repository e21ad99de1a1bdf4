//! Integration tests of the composed application: real HTTP against real PostgreSQL
//! clusters started by the testkit. One test binary for the whole app (each file here is a
//! module, not a binary), so the shared cluster and template are built once.

mod support;
pub mod users;

mod cli;
mod config_errors;
mod embedded;
mod failover;
mod forum;
mod events;
mod http_basics;
mod identity;
mod learning;
mod migrations;
mod moves;
mod openapi;
mod regions;

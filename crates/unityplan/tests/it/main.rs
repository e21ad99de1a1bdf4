//! Integration tests of the composed application: real HTTP against real PostgreSQL
//! clusters started by the testkit. One test binary for the whole app (each file here is a
//! module, not a binary), so the shared cluster and template are built once.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
pub mod users;

mod admin_web;
mod cli;
mod config_errors;
mod embedded;
mod events;
mod failover;
mod forum;
mod forum_people;
mod http_basics;
mod identity;
mod learning;
mod migrations;
mod moves;
mod openapi;
mod regions;

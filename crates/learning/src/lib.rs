//! Learning: courses, lessons, interactive video, question bank and assessment engine.

pub mod adaptive;
pub mod engine;
pub mod events;
pub mod gift;
pub mod http;
pub mod interop;
pub mod migrations;
pub mod model;
pub mod moodlexml;
pub mod question;
pub mod render;
pub mod service;

pub use http::routes;
pub use migrations::TERRITORY_MIGRATIONS;
pub use service::Learning;

//! Forums: categories, topics, posts and replies with Markdown rendered and sanitised on
//! output, @mentions, edit history, soft delete, reactions, bookmarks, read state and unread
//! counts, subscriptions, latest/top/hot/unread listings with keyset cursors, full-text
//! search in the territory's language, and moderation (lock, pin, hide, move, merge, slow
//! mode, flag queue, public log, rate limits, new-user limits). New posts, mentions, replies
//! and flags are emitted through the outbox in the same transaction.

pub mod migrations;
pub mod model;
pub mod render;
pub mod repo;
pub mod routes;
pub mod service;

pub use migrations::MIGRATIONS;
pub use routes::routes;
pub use service::{Flagged, Forum, Mentioned, PostCreated, Replied};

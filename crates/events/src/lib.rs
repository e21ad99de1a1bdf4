//! The event backbone. Every state change other domains care about is written to the
//! territory's `outbox` table in the same transaction as the change ([`emit`]). A relay
//! ([`relay`]) publishes outbox rows to NATS JetStream (subject
//! `up.<territory>.<domain>.<event>`, `Nats-Msg-Id` = the event id, so a re-publish after a
//! crash is dropped by the server's de-duplication window) or, without NATS configured, to an
//! in-process bus. Consumers ([`consumer`]) are durable, at-least-once and idempotent: the
//! processed event id is recorded in the event's territory schema in the same transaction as
//! the handler's own writes, failures are retried with backoff and end up as dead-letter
//! records that admins can list and replay ([`api`]).

pub mod consumer;
pub mod envelope;
pub mod metrics;
pub mod outbox;
pub mod relay;
mod runtime;
#[cfg(feature = "testing")]
pub mod testing;

pub use consumer::{handler_fn, Consumer, Handler, HandlerError, HandlerFuture, Subscription};
pub use envelope::{Envelope, Event};
pub use outbox::emit;
pub use runtime::{Events, EventsStatus, RelayRegionStatus};

use store::{Migration, MigrationSet, Scope};

/// The events domain's territory tables: the outbox, processed event ids of consumers, and
/// dead letters.
pub const MIGRATIONS: MigrationSet = MigrationSet {
    domain: "events",
    scope: Scope::Territory,
    migrations: &[Migration {
        version: 1,
        name: "outbox, processed events, dead letters",
        sql: r#"
CREATE TABLE outbox (
    -- Relay order. Emit after the writes that serialise an entity (e.g. the topic row
    -- update), so events about one entity get increasing seq in commit order.
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           uuid        NOT NULL UNIQUE,
    domain       text        NOT NULL,
    name         text        NOT NULL,
    version      integer     NOT NULL,
    payload      jsonb       NOT NULL,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);
-- The relay only ever scans unpublished rows; keep that index tiny.
CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL;

CREATE TABLE event_processed (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX event_processed_at ON event_processed (processed_at);

CREATE TABLE event_dead_letter (
    id          uuid        PRIMARY KEY,
    consumer    text        NOT NULL,
    event_id    uuid        NOT NULL,
    subject     text        NOT NULL,
    envelope    jsonb       NOT NULL,
    attempts    integer     NOT NULL,
    last_error  text        NOT NULL,
    failed_at   timestamptz NOT NULL DEFAULT now(),
    replayed_at timestamptz,
    UNIQUE (consumer, event_id)
);
CREATE INDEX event_dead_letter_open ON event_dead_letter (failed_at DESC) WHERE replayed_at IS NULL;
"#,
    }],
};

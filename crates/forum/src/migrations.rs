//! The forum's territory tables. Counters (post_count, reaction_count) are maintained by the
//! service in the same transaction as the change, never by triggers on hot tables.

use store::{Migration, MigrationSet, Scope};

/// Territory-scoped forum tables.
pub const MIGRATIONS: MigrationSet = MigrationSet {
    domain: "forum",
    scope: Scope::Territory,
    migrations: &[
        Migration {
            version: 1,
            name: "categories, topics, posts, reactions, read state, flags, moderation log",
            sql: r#"
CREATE TABLE forum_category (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    name        text NOT NULL,
    description text NOT NULL DEFAULT '',
    position    integer NOT NULL DEFAULT 0,
    post_role   text NOT NULL DEFAULT 'member' CHECK (post_role IN ('member', 'moderator')),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE forum_topic (
    id             uuid PRIMARY KEY,
    category_id    uuid NOT NULL REFERENCES forum_category(id),
    author_id      uuid NOT NULL,
    title          text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_post_at   timestamptz NOT NULL DEFAULT now(),
    post_count     integer NOT NULL DEFAULT 0,
    reaction_count integer NOT NULL DEFAULT 0,
    hot_rank       double precision NOT NULL DEFAULT 0,
    locked         boolean NOT NULL DEFAULT false,
    pinned         boolean NOT NULL DEFAULT false,
    hidden         boolean NOT NULL DEFAULT false,
    merged_into    uuid REFERENCES forum_topic(id),
    slow_mode_secs integer NOT NULL DEFAULT 0,
    search         tsvector NOT NULL
);
-- One index per listing, matching its keyset order.
CREATE INDEX forum_topic_latest ON forum_topic (last_post_at DESC, id DESC) WHERE NOT hidden AND merged_into IS NULL;
CREATE INDEX forum_topic_hot ON forum_topic (hot_rank DESC, id DESC) WHERE NOT hidden AND merged_into IS NULL;
CREATE INDEX forum_topic_top ON forum_topic (created_at, reaction_count DESC) WHERE NOT hidden AND merged_into IS NULL;
CREATE INDEX forum_topic_category ON forum_topic (category_id, last_post_at DESC, id DESC);
CREATE INDEX forum_topic_search ON forum_topic USING gin (search);

CREATE TABLE forum_post (
    id             uuid PRIMARY KEY,
    topic_id       uuid NOT NULL REFERENCES forum_topic(id),
    number         integer NOT NULL,
    author_id      uuid NOT NULL,
    reply_to       uuid REFERENCES forum_post(id),
    quote_of       uuid REFERENCES forum_post(id),
    body           text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    edited_at      timestamptz,
    revision       integer NOT NULL DEFAULT 1,
    deleted_at     timestamptz,
    hidden         boolean NOT NULL DEFAULT false,
    reaction_count integer NOT NULL DEFAULT 0,
    search         tsvector NOT NULL,
    UNIQUE (topic_id, number)
);
CREATE INDEX forum_post_author ON forum_post (author_id, created_at DESC);
CREATE INDEX forum_post_search ON forum_post USING gin (search);

CREATE TABLE forum_post_revision (
    post_id    uuid NOT NULL REFERENCES forum_post(id),
    revision   integer NOT NULL,
    body       text NOT NULL,
    edited_by  uuid NOT NULL,
    edited_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (post_id, revision)
);

CREATE TABLE forum_mention (
    post_id uuid NOT NULL REFERENCES forum_post(id),
    user_id uuid NOT NULL,
    PRIMARY KEY (post_id, user_id)
);

CREATE TABLE forum_reaction (
    post_id    uuid NOT NULL REFERENCES forum_post(id),
    user_id    uuid NOT NULL,
    emoji      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (post_id, user_id, emoji)
);

CREATE TABLE forum_bookmark (
    user_id    uuid NOT NULL,
    post_id    uuid NOT NULL REFERENCES forum_post(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, post_id)
);

CREATE TABLE forum_read_state (
    user_id          uuid NOT NULL,
    topic_id         uuid NOT NULL REFERENCES forum_topic(id),
    last_read_number integer NOT NULL,
    PRIMARY KEY (user_id, topic_id)
);

CREATE TABLE forum_subscription (
    user_id    uuid NOT NULL,
    topic_id   uuid NOT NULL REFERENCES forum_topic(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, topic_id)
);

CREATE TABLE forum_flag (
    id          uuid PRIMARY KEY,
    post_id     uuid NOT NULL REFERENCES forum_post(id),
    flagger_id  uuid NOT NULL,
    reason      text NOT NULL CHECK (reason IN ('spam', 'abuse', 'off_topic', 'illegal', 'other')),
    note        text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    resolved_by uuid,
    resolution  text,
    UNIQUE (post_id, flagger_id)
);
CREATE INDEX forum_flag_open ON forum_flag (created_at, id) WHERE resolved_at IS NULL;

CREATE TABLE forum_mod_log (
    id           uuid PRIMARY KEY,
    moderator_id uuid NOT NULL,
    action       text NOT NULL,
    topic_id     uuid,
    post_id      uuid,
    reason       text NOT NULL,
    details      jsonb NOT NULL DEFAULT '{}',
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX forum_mod_log_recent ON forum_mod_log (created_at DESC, id DESC);

-- Per-territory forum settings (one row; defaults apply while it is absent).
CREATE TABLE forum_settings (
    singleton              boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    emoji                  text[] NOT NULL,
    posts_per_minute       integer NOT NULL,
    new_user_hours         integer NOT NULL,
    new_user_posts_per_day integer NOT NULL,
    max_post_chars         integer NOT NULL
);
"#,
        },
        Migration {
            version: 2,
            name: "attachments",
            sql: r#"
-- Files a user uploaded for their posts (the bytes and type live in the shared store's
-- file_objects); only the uploader may attach an upload, so no other domain's file (e.g. a
-- learner's answer) can be attached by guessing its hash.
CREATE TABLE forum_upload (
    sha256      text NOT NULL,
    user_id     uuid NOT NULL,
    name        text NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, user_id)
);
CREATE INDEX forum_upload_user ON forum_upload (user_id, uploaded_at DESC);

CREATE TABLE forum_attachment (
    post_id  uuid NOT NULL REFERENCES forum_post(id),
    sha256   text NOT NULL,
    name     text NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (post_id, sha256)
);
CREATE INDEX forum_attachment_file ON forum_attachment (sha256);

ALTER TABLE forum_settings
    ADD COLUMN max_attachment_bytes bigint NOT NULL DEFAULT 10485760,
    ADD COLUMN attachment_types text[] NOT NULL
        DEFAULT '{image/png,image/jpeg,image/gif,image/webp,image/avif,application/pdf,text/plain}';
"#,
        },
        Migration {
            version: 3,
            name: "post client ids",
            sql: r#"
-- A client-generated id per new topic or reply (the web app's offline outbox sends one with
-- every queued post): a retried request finds the post it already made instead of posting
-- twice.
ALTER TABLE forum_post ADD COLUMN client_id uuid;
CREATE UNIQUE INDEX forum_post_client ON forum_post (author_id, client_id) WHERE client_id IS NOT NULL;
"#,
        },
    ],
};

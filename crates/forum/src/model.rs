//! Forum types seen by the API, validated inputs, and cursors.

use chrono::{DateTime, Utc};
use kernel::AppError;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A category.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct Category {
    /// Id.
    pub id: Uuid,
    /// URL slug, unique in the territory.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description (plain text).
    pub description: String,
    /// Sort position (ascending).
    pub position: i32,
    /// Who may start topics and post: `member` or `moderator`.
    pub post_role: String,
    /// Topics in it.
    pub topic_count: i64,
    /// Posts the caller has not read (0 when anonymous).
    pub unread: i64,
}

/// A topic in a listing or at the head of its page.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct Topic {
    /// Id.
    pub id: Uuid,
    /// Category.
    pub category_id: Uuid,
    /// Author.
    pub author_id: Uuid,
    /// Title.
    pub title: String,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last post (bump) time.
    pub last_post_at: DateTime<Utc>,
    /// Posts in it.
    pub post_count: i32,
    /// Reactions on its posts.
    pub reaction_count: i32,
    /// Stored hot rank (refreshed by a background job).
    pub hot_rank: f64,
    /// No new posts.
    pub locked: bool,
    /// Shown first in its category.
    pub pinned: bool,
    /// Hidden by a moderator.
    pub hidden: bool,
    /// Merged into this topic.
    pub merged_into: Option<Uuid>,
    /// Seconds a user must wait between posts in it (0 = off).
    pub slow_mode_secs: i32,
    /// Posts the caller has not read (0 when anonymous).
    pub unread: i32,
}

/// A post as shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Post {
    /// Id.
    pub id: Uuid,
    /// Topic.
    pub topic_id: Uuid,
    /// Position in the topic (1 = opening post).
    pub number: i32,
    /// Author.
    pub author_id: Uuid,
    /// The post this replies to.
    pub reply_to: Option<Uuid>,
    /// The post this quotes.
    pub quote_of: Option<Uuid>,
    /// Markdown source (empty when deleted or hidden).
    pub body: String,
    /// Sanitised HTML rendered from the Markdown.
    pub html: String,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last edit.
    pub edited_at: Option<DateTime<Utc>>,
    /// Revision number (1 = never edited).
    pub revision: i32,
    /// Soft-deleted by its author or a moderator.
    pub deleted: bool,
    /// Hidden by a moderator.
    pub hidden: bool,
    /// Reactions by emoji.
    pub reactions: serde_json::Value,
    /// Users mentioned.
    pub mentions: Vec<Uuid>,
    /// Attached files, in order (empty on deleted or hidden posts except for moderators).
    pub attachments: Vec<PostAttachment>,
}

/// A file attached to a post (or just uploaded for one).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PostAttachment {
    /// SHA-256 of the content: the id to list in a post's `attachments`.
    pub sha256: String,
    /// File name as uploaded.
    pub name: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// Type sniffed from the content.
    pub content_type: String,
    /// Where to download it (`…/forum/attachments/{sha256}`); reference it in Markdown
    /// (`![name](url)`) to show an image inline.
    #[serde(default)]
    pub url: String,
}

/// A stored revision.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct Revision {
    /// Revision number.
    pub revision: i32,
    /// Markdown of that revision.
    pub body: String,
    /// Who wrote it.
    pub edited_by: Uuid,
    /// When.
    pub edited_at: DateTime<Utc>,
}

/// A flag in the moderation queue.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct Flag {
    /// Id.
    pub id: Uuid,
    /// Flagged post.
    pub post_id: Uuid,
    /// Its topic.
    pub topic_id: Uuid,
    /// Who flagged.
    pub flagger_id: Uuid,
    /// `spam`, `abuse`, `off_topic`, `illegal` or `other`.
    pub reason: String,
    /// Free text.
    pub note: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A moderation log entry (public).
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct ModLogEntry {
    /// Id.
    pub id: Uuid,
    /// Moderator.
    pub moderator_id: Uuid,
    /// What was done, e.g. `lock`, `hide_post`, `merge`.
    pub action: String,
    /// Topic concerned.
    pub topic_id: Option<Uuid>,
    /// Post concerned.
    pub post_id: Option<Uuid>,
    /// Why.
    pub reason: String,
    /// Extra facts (e.g. `{"from": …, "to": …}`).
    #[schema(value_type = Object)]
    pub details: serde_json::Value,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A search hit.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct SearchHit {
    /// Post.
    pub post_id: Uuid,
    /// Topic.
    pub topic_id: Uuid,
    /// Topic title.
    pub title: String,
    /// Post number.
    pub number: i32,
    /// Relevance (higher is better).
    pub rank: f32,
    /// HTML snippet: escaped text with `<mark>` around matches.
    pub snippet: String,
}

/// Territory forum settings.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, sqlx::FromRow)]
pub struct Settings {
    /// Reactions allowed.
    pub emoji: Vec<String>,
    /// Posts (topics and replies) one user may make per minute.
    pub posts_per_minute: i32,
    /// Accounts younger than this many hours are new users.
    pub new_user_hours: i32,
    /// Posts a new user may make per day.
    pub new_user_posts_per_day: i32,
    /// Longest post in characters.
    pub max_post_chars: i32,
    /// Largest attachment in bytes (default 10 MiB).
    #[serde(default = "default_max_attachment_bytes")]
    pub max_attachment_bytes: i64,
    /// Accepted attachment types, sniffed from the content: exact (`application/pdf`) or a
    /// family ending in `/` (`image/`). HTML and SVG are never accepted.
    #[serde(default = "default_attachment_types")]
    pub attachment_types: Vec<String>,
}

fn default_max_attachment_bytes() -> i64 {
    10 * 1024 * 1024
}

fn default_attachment_types() -> Vec<String> {
    [
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "image/avif",
        "application/pdf",
        "text/plain",
    ]
    .map(str::to_owned)
    .to_vec()
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            emoji: ["👍", "❤️", "😂", "🎉", "🤔", "👀"]
                .map(str::to_owned)
                .to_vec(),
            posts_per_minute: 10,
            new_user_hours: 24,
            new_user_posts_per_day: 20,
            max_post_chars: 20_000,
            max_attachment_bytes: default_max_attachment_bytes(),
            attachment_types: default_attachment_types(),
        }
    }
}

impl Settings {
    /// Check values an admin sets.
    pub fn validate(&self) -> Result<(), AppError> {
        if self.emoji.is_empty() || self.emoji.len() > 32 {
            return Err(AppError::invalid_field("emoji", "list 1 to 32 emoji"));
        }
        if self
            .emoji
            .iter()
            .any(|e| e.is_empty() || e.chars().count() > 8 || e.chars().any(char::is_alphanumeric))
        {
            return Err(AppError::invalid_field(
                "emoji",
                "each entry must be one emoji (no letters or digits)",
            ));
        }
        if !(1..=1000).contains(&self.posts_per_minute) {
            return Err(AppError::invalid_field(
                "posts_per_minute",
                "must be 1 to 1000",
            ));
        }
        if !(0..=24 * 365).contains(&self.new_user_hours) {
            return Err(AppError::invalid_field(
                "new_user_hours",
                "must be 0 to 8760",
            ));
        }
        if !(1..=100_000).contains(&self.new_user_posts_per_day) {
            return Err(AppError::invalid_field(
                "new_user_posts_per_day",
                "must be 1 to 100000",
            ));
        }
        if !(100..=200_000).contains(&self.max_post_chars) {
            return Err(AppError::invalid_field(
                "max_post_chars",
                "must be 100 to 200000",
            ));
        }
        if !(1024..=1024 * 1024 * 1024).contains(&self.max_attachment_bytes) {
            return Err(AppError::invalid_field(
                "max_attachment_bytes",
                "must be 1024 to 1073741824 (1 GiB)",
            ));
        }
        let type_ok = |t: &String| {
            let mut parts = t.splitn(2, '/');
            let family = parts.next().unwrap_or("");
            let sub = parts.next();
            !family.is_empty()
                && family.bytes().all(|b| b.is_ascii_lowercase())
                && sub.is_some_and(|s| {
                    s.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b"+-.".contains(&b)
                    })
                })
        };
        if self.attachment_types.len() > 64 || !self.attachment_types.iter().all(type_ok) {
            return Err(AppError::invalid_field(
                "attachment_types",
                "list up to 64 media types like `application/pdf` or families like `image/`",
            ));
        }
        Ok(())
    }
}

/// A page of results with the cursor of the next page.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Page<T> {
    /// Items.
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next: Option<String>,
}

impl<T> Page<T> {
    /// A page from up to `limit + 1` fetched rows: the extra row only says that another page
    /// follows, whose cursor is taken from the last row kept.
    pub fn from_rows(rows: Vec<T>, limit: i64, cursor_of: impl Fn(&T) -> Cursor) -> Self {
        let more = i64::try_from(rows.len()).unwrap_or(0) > limit;
        let items: Vec<T> = rows
            .into_iter()
            .take(usize::try_from(limit).unwrap_or(20))
            .collect();
        let next = if more {
            items.last().map(|item| cursor_of(item).encode())
        } else {
            None
        };
        Page { items, next }
    }

    /// The same page with each item converted.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            next: self.next,
        }
    }
}

/// An opaque keyset cursor: the sort key of the last item and its id.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Cursor {
    /// Sort key as text (timestamp, number or rank).
    pub k: String,
    /// Tie-breaker.
    pub id: Uuid,
}

impl Cursor {
    /// Encode for a URL.
    pub fn encode(&self) -> String {
        hex::encode(serde_json::to_vec(self).unwrap_or_default())
    }

    /// Decode a cursor from a query string.
    pub fn decode(raw: &str) -> Result<Self, AppError> {
        hex::decode(raw)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .ok_or_else(|| {
                AppError::bad_request(
                    "invalid_cursor",
                    "`cursor` is not a cursor from a previous page; start without one.",
                )
            })
    }

    /// A cursor after an item keyed by a timestamp.
    pub fn at_time(at: DateTime<Utc>, id: Uuid) -> Self {
        Self {
            k: at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            id,
        }
    }

    /// Decode an optional cursor of a time-keyed listing into `(time, id)` for a keyset query.
    pub fn time_key(raw: Option<&str>) -> Result<Option<(DateTime<Utc>, Uuid)>, AppError> {
        raw.map(|raw| {
            let c = Self::decode(raw)?;
            Ok((c.time()?, c.id))
        })
        .transpose()
    }

    /// The key as a timestamp.
    pub fn time(&self) -> Result<DateTime<Utc>, AppError> {
        DateTime::parse_from_rfc3339(&self.k)
            .map(|t| t.with_timezone(&Utc))
            .map_err(|_| {
                AppError::bad_request("invalid_cursor", "`cursor` does not fit this listing.")
            })
    }

    /// The key as a number.
    pub fn number(&self) -> Result<f64, AppError> {
        self.k.parse().map_err(|_| {
            AppError::bad_request("invalid_cursor", "`cursor` does not fit this listing.")
        })
    }
}

/// Page size from a query: 1–100, default 20.
pub fn page_size(limit: Option<u32>) -> Result<i64, AppError> {
    match limit {
        None => Ok(20),
        Some(n) if (1..=100).contains(&n) => Ok(i64::from(n)),
        Some(_) => Err(AppError::invalid_field("limit", "must be 1 to 100")),
    }
}

/// Parse a UUID path segment.
pub fn parse_id(raw: &str, what: &'static str) -> Result<Uuid, AppError> {
    Uuid::parse_str(raw.trim()).map_err(|_| {
        AppError::not_found(
            what,
            format!("There is no such {}.", what.trim_end_matches("_not_found")),
        )
    })
}

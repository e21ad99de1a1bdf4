//! Forum use cases. Every method opens its own territory transaction, checks permissions and
//! limits, writes, emits events through the outbox in the same transaction, and commits.

use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use identity::{AuthUser, Role};
use kernel::{AppError, AppResult, TerritoryCode};
use serde::{Deserialize, Serialize};
use store::{Access, Platform, TerritoryTx};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::model::{
    page_size, Category, Cursor, Flag, ModLogEntry, Page, Post, PostAttachment, Revision,
    SearchHit, Settings, Topic,
};
use crate::render;
use crate::repo::{self, PostRow, Sort};

/// `forum.post_created`: a topic's opening post or a reply.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PostCreated {
    /// Post.
    pub post_id: Uuid,
    /// Topic.
    pub topic_id: Uuid,
    /// Author.
    pub author_id: Uuid,
    /// Position in the topic.
    pub number: i32,
    /// Topic subscribers (to notify), author excluded.
    pub subscribers: Vec<Uuid>,
}
impl events::Event for PostCreated {
    const DOMAIN: &'static str = "forum";
    const NAME: &'static str = "post_created";
    const VERSION: u16 = 1;
}

/// `forum.mentioned`: a user was @mentioned in a post.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mentioned {
    /// Post.
    pub post_id: Uuid,
    /// Topic.
    pub topic_id: Uuid,
    /// Who was mentioned.
    pub user_id: Uuid,
    /// Who mentioned them.
    pub by: Uuid,
}
impl events::Event for Mentioned {
    const DOMAIN: &'static str = "forum";
    const NAME: &'static str = "mentioned";
    const VERSION: u16 = 1;
}

/// `forum.replied`: someone replied to a user's post.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Replied {
    /// The reply.
    pub post_id: Uuid,
    /// Topic.
    pub topic_id: Uuid,
    /// The post replied to.
    pub reply_to: Uuid,
    /// Its author.
    pub to_user: Uuid,
    /// The replier.
    pub by: Uuid,
}
impl events::Event for Replied {
    const DOMAIN: &'static str = "forum";
    const NAME: &'static str = "replied";
    const VERSION: u16 = 1;
}

/// `forum.flagged`: a post was flagged for moderators.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Flagged {
    /// Flag.
    pub flag_id: Uuid,
    /// Post.
    pub post_id: Uuid,
    /// Topic.
    pub topic_id: Uuid,
    /// Reason code.
    pub reason: String,
    /// Who flagged.
    pub by: Uuid,
}
impl events::Event for Flagged {
    const DOMAIN: &'static str = "forum";
    const NAME: &'static str = "flagged";
    const VERSION: u16 = 1;
}

/// A new category.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewCategory {
    /// URL slug: 2–40 of `[a-z0-9-]`.
    pub slug: String,
    /// Name (1–80 characters).
    pub name: String,
    /// Description.
    #[serde(default)]
    pub description: String,
    /// Sort position.
    #[serde(default)]
    pub position: i32,
    /// `member` (default) or `moderator`.
    #[serde(default)]
    pub post_role: Option<String>,
}

/// A new topic with its opening post.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewTopic {
    /// Category.
    pub category_id: Uuid,
    /// Title (3–200 characters).
    pub title: String,
    /// Markdown body of the opening post.
    pub body: String,
    /// SHA-256 ids of files the author uploaded (`POST …/forum/attachments`), in order; at
    /// most 10.
    #[serde(default)]
    pub attachments: Vec<String>,
    /// A client-generated id (UUID) that makes a retry safe: sending the same request again
    /// returns the topic it already created instead of a second one.
    #[serde(default)]
    pub client_id: Option<Uuid>,
}

/// A reply.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewPost {
    /// Markdown body.
    pub body: String,
    /// The post this answers.
    #[serde(default)]
    pub reply_to: Option<Uuid>,
    /// A post quoted in it.
    #[serde(default)]
    pub quote_of: Option<Uuid>,
    /// SHA-256 ids of files the author uploaded (`POST …/forum/attachments`), in order; at
    /// most 10.
    #[serde(default)]
    pub attachments: Vec<String>,
    /// A client-generated id (UUID) that makes a retry safe: sending the same reply again
    /// returns the post it already made instead of a second one.
    #[serde(default)]
    pub client_id: Option<Uuid>,
}

/// A topic with one page of its posts.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TopicPage {
    /// The topic.
    pub topic: Topic,
    /// Posts in order.
    pub posts: Page<Post>,
    /// What the signed-in caller did here (absent when signed out), so every device shows
    /// the same pressed reactions, bookmarks and follow state.
    pub viewer: Option<ViewerState>,
}

/// The caller's own marks on a topic page.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct ViewerState {
    /// Follows the topic (is notified of replies). Authors follow their topics until they
    /// unfollow.
    pub following: bool,
    /// The caller's reactions on this page's posts: post id → emoji.
    pub reacted: std::collections::BTreeMap<Uuid, Vec<String>>,
    /// This page's posts the caller bookmarked.
    pub bookmarked: Vec<Uuid>,
}

/// A topic moderation action.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum TopicAction {
    /// No new posts.
    Lock,
    /// Allow posts again.
    Unlock,
    /// Show first.
    Pin,
    /// Stop showing first.
    Unpin,
    /// Hide from listings and reads by non-moderators.
    Hide,
    /// Show again.
    Unhide,
    /// Move to another category.
    Move {
        /// Target category.
        category_id: Uuid,
    },
    /// Merge into another topic (its posts follow the target's).
    Merge {
        /// Target topic.
        into: Uuid,
    },
    /// Seconds between one user's posts in this topic (0 turns it off).
    SlowMode {
        /// Seconds (0–86400).
        seconds: i32,
    },
}

impl TopicAction {
    fn name(&self) -> &'static str {
        match self {
            Self::Lock => "lock",
            Self::Unlock => "unlock",
            Self::Pin => "pin",
            Self::Unpin => "unpin",
            Self::Hide => "hide",
            Self::Unhide => "unhide",
            Self::Move { .. } => "move",
            Self::Merge { .. } => "merge",
            Self::SlowMode { .. } => "slow_mode",
        }
    }
}

/// Listing options.
#[derive(Debug, Clone, Default)]
pub struct ListOptions {
    /// `latest` (default), `top`, `hot` or `unread`.
    pub sort: Option<String>,
    /// For `top`: `day`, `week`, `month`, `year` or `all` (default `week`).
    pub period: Option<String>,
    /// Only this category.
    pub category: Option<Uuid>,
    /// Cursor of the previous page.
    pub cursor: Option<String>,
    /// Page size.
    pub limit: Option<u32>,
}

/// The forum service. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Forum {
    platform: Arc<Platform>,
    files: Arc<files::FileStore>,
}

fn validate_body(body: &str, settings: &Settings) -> AppResult<String> {
    let body = body.trim();
    if body.is_empty() {
        return Err(AppError::invalid_field("body", "must not be empty"));
    }
    let max = usize::try_from(settings.max_post_chars).unwrap_or(20_000);
    if body.chars().count() > max {
        return Err(AppError::invalid_field(
            "body",
            format!("must be at most {max} characters"),
        ));
    }
    Ok(body.to_owned())
}

/// Attachment ids of a new post: at most 10 distinct SHA-256 ids.
fn validate_attachments(ids: &[String]) -> AppResult<Vec<String>> {
    if ids.len() > MAX_ATTACHMENTS {
        return Err(AppError::invalid_field(
            "attachments",
            format!("attach at most {MAX_ATTACHMENTS} files to one post"),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(ids.len());
    for raw in ids {
        let id = files::parse_sha256(raw).map_err(|_| {
            AppError::invalid_field(
                "attachments",
                "each entry is the 64-character hexadecimal sha256 returned by the upload",
            )
        })?;
        if out.contains(&id) {
            return Err(AppError::invalid_field(
                "attachments",
                "a file is listed twice",
            ));
        }
        out.push(id);
    }
    Ok(out)
}

/// Longest attachment file name kept (longer names are cut).
const MAX_NAME_CHARS: usize = 200;

/// Most attachments on one post.
const MAX_ATTACHMENTS: usize = 10;

fn validate_title(title: &str) -> AppResult<String> {
    let title = title.trim();
    let n = title.chars().count();
    if !(3..=200).contains(&n) {
        return Err(AppError::invalid_field(
            "title",
            "must be 3 to 200 characters",
        ));
    }
    Ok(title.to_owned())
}

fn validate_reason(reason: &str) -> AppResult<String> {
    let reason = reason.trim();
    if reason.is_empty() || reason.chars().count() > 500 {
        return Err(AppError::invalid_field(
            "reason",
            "say why in 1 to 500 characters (it is shown in the public moderation log)",
        ));
    }
    Ok(reason.to_owned())
}

fn topic_not_found() -> AppError {
    AppError::not_found(
        "topic_not_found",
        "There is no such topic in this territory.",
    )
}

fn post_not_found() -> AppError {
    AppError::not_found("post_not_found", "There is no such post in this territory.")
}

/// Where a forum attachment is downloaded.
pub fn attachment_url(t: &TerritoryCode, sha256: &str) -> String {
    format!("/api/v1/t/{}/forum/attachments/{sha256}", t.lower())
}

/// A post as `viewer_is_moderator` sees it: deleted and hidden posts show neither body nor
/// attachments, except that moderators still see the attachments (to judge them).
fn client_id_reused() -> AppError {
    AppError::conflict(
        "client_id_reused",
        "This client_id was already used for another post of yours; generate a new one for each new post.",
    )
}

fn to_post(row: PostRow, t: &TerritoryCode, viewer_is_moderator: bool) -> Post {
    let gone = row.deleted_at.is_some() || row.hidden;
    let body = if gone { String::new() } else { row.body };
    let attachments = if gone && !viewer_is_moderator {
        Vec::new()
    } else {
        serde_json::from_value::<Vec<PostAttachment>>(row.attachments)
            .unwrap_or_default()
            .into_iter()
            .map(|mut a| {
                a.url = attachment_url(t, &a.sha256);
                a
            })
            .collect()
    };
    Post {
        id: row.id,
        topic_id: row.topic_id,
        number: row.number,
        author_id: row.author_id,
        reply_to: row.reply_to,
        quote_of: row.quote_of,
        html: render::markdown(&body),
        body,
        created_at: row.created_at,
        edited_at: row.edited_at,
        revision: row.revision,
        deleted: row.deleted_at.is_some(),
        hidden: row.hidden,
        reactions: row.reactions,
        mentions: row.mentions,
        attachments,
    }
}

fn account_created(user: &AuthUser) -> Option<DateTime<Utc>> {
    let (secs, nanos) = user.user_id.0.get_timestamp()?.to_unix();
    DateTime::from_timestamp(i64::try_from(secs).ok()?, nanos)
}

fn db(tx: &TerritoryTx, e: sqlx::Error) -> AppError {
    tx.observe(e).into()
}

impl Forum {
    /// A forum service over the platform.
    pub fn new(platform: Arc<Platform>) -> Self {
        let files = Arc::new(files::FileStore::new(&platform.config().data.dir));
        Self { platform, files }
    }

    /// Upload a file for the caller's posts (members): stored once in the shared
    /// content-addressed store, checked against the territory's `max_attachment_bytes` (413
    /// `file_too_large`) and `attachment_types` (415 `file_type_not_allowed`, the type is
    /// sniffed from the content) and recorded as the caller's upload, which they may then
    /// list in a post's `attachments`.
    pub async fn upload_attachment<S, E>(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        name: Option<&str>,
        declared_type: Option<&str>,
        stream: S,
    ) -> AppResult<PostAttachment>
    where
        S: futures::Stream<Item = Result<bytes::Bytes, E>>,
        E: std::fmt::Display,
    {
        user.require(Role::Member, t)?;
        let name: String = name
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .unwrap_or("file")
            .chars()
            .filter(|c| !c.is_control() && *c != '/' && *c != '\\')
            .take(MAX_NAME_CHARS)
            .collect();
        let mut tx = self.tx(t, Access::Write).await?;
        let settings = repo::settings(tx.conn()).await.map_err(|e| db(&tx, e))?;
        let allowed: Vec<&str> = settings
            .attachment_types
            .iter()
            .map(String::as_str)
            .collect();
        let policy = files::Policy::of(
            u64::try_from(settings.max_attachment_bytes).unwrap_or(0),
            &allowed,
        );
        let file = self
            .files
            .put_stream(tx.conn(), stream, declared_type, &policy)
            .await?;
        repo::record_upload(tx.conn(), &file.sha256, user.user_id.0, &name)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(PostAttachment {
            url: attachment_url(t, &file.sha256),
            sha256: file.sha256,
            name,
            size_bytes: file.size_bytes,
            content_type: file.content_type,
        })
    }

    /// Download an attachment: anyone while a visible post carries it; otherwise only its
    /// uploader and moderators (a hidden or deleted post does not expose its files). Served
    /// by the shared file store (type, Range, ETag), cached privately for 5 minutes so that
    /// hiding a post takes effect.
    pub async fn download_attachment(
        &self,
        user: Option<&AuthUser>,
        t: &TerritoryCode,
        sha256: &str,
        headers: &axum::http::HeaderMap,
    ) -> AppResult<axum::response::Response> {
        let sha256 = files::parse_sha256(sha256)?;
        let mut tx = self.tx(t, Access::Read).await?;
        let (visible, known, mine) =
            repo::attachment_visibility(tx.conn(), &sha256, user.map(|u| u.user_id.0))
                .await
                .map_err(|e| db(&tx, e))?;
        let file = self.files.get(tx.conn(), &sha256).await?;
        tx.commit().await?;
        let moderator = user.is_some_and(|u| u.has_role(Role::Moderator, t));
        let allowed = visible || mine || (known && moderator);
        let file = file.filter(|_| allowed).ok_or_else(|| {
            AppError::not_found(
                "attachment_not_found",
                "There is no such attachment on a visible post in this territory.",
            )
        })?;
        let mut response = files::http::serve(&self.files, &file, headers).await?;
        response.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("private, max-age=300"),
        );
        Ok(response)
    }

    async fn tx(&self, t: &TerritoryCode, access: Access) -> AppResult<TerritoryTx> {
        Ok(self.platform.router().begin(t, access).await?)
    }

    async fn search_config(&self, t: &TerritoryCode) -> AppResult<&'static str> {
        let territory = self.platform.router().registry().get(t).await?;
        Ok(render::search_config(&territory.default_language))
    }

    /// The territory's forum settings.
    pub async fn settings(&self, t: &TerritoryCode) -> AppResult<Settings> {
        let mut tx = self.tx(t, Access::Read).await?;
        let s = repo::settings(tx.conn()).await.map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(s)
    }

    /// Replace the settings (territory admins).
    pub async fn set_settings(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        s: Settings,
    ) -> AppResult<Settings> {
        user.require(Role::TerritoryAdmin, t)?;
        s.validate()?;
        let mut tx = self.tx(t, Access::Write).await?;
        repo::set_settings(tx.conn(), &s)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(s)
    }

    /// Create a category (moderators).
    pub async fn create_category(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        new: NewCategory,
    ) -> AppResult<Category> {
        user.require(Role::Moderator, t)?;
        let slug = new.slug.trim().to_owned();
        if !(2..=40).contains(&slug.len())
            || !slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(AppError::invalid_field(
                "slug",
                "use 2 to 40 of a-z, 0-9 and -",
            ));
        }
        let name = new.name.trim().to_owned();
        if name.is_empty() || name.chars().count() > 80 {
            return Err(AppError::invalid_field(
                "name",
                "must be 1 to 80 characters",
            ));
        }
        if new.description.chars().count() > 2000 {
            return Err(AppError::invalid_field(
                "description",
                "must be at most 2000 characters",
            ));
        }
        let role = new.post_role.unwrap_or_else(|| "member".to_owned());
        if role != "member" && role != "moderator" {
            return Err(AppError::invalid_field(
                "post_role",
                "must be member or moderator",
            ));
        }
        let id = Uuid::now_v7();
        let mut tx = self.tx(t, Access::Write).await?;
        repo::insert_category(
            tx.conn(),
            id,
            &slug,
            &name,
            new.description.trim(),
            new.position,
            &role,
        )
        .await
        .map_err(|e| match AppError::from(e) {
            e if e.code() == "conflict" => {
                AppError::conflict("slug_taken", "A category with that slug exists.")
            }
            e => e,
        })?;
        tx.commit().await?;
        Ok(Category {
            id,
            slug,
            name,
            description: new.description.trim().to_owned(),
            position: new.position,
            post_role: role,
            topic_count: 0,
            unread: 0,
        })
    }

    /// Categories with unread counts for the caller.
    pub async fn categories(
        &self,
        user: Option<&AuthUser>,
        t: &TerritoryCode,
    ) -> AppResult<Vec<Category>> {
        let mut tx = self.tx(t, Access::Read).await?;
        let all = repo::categories(tx.conn(), user.map(|u| u.user_id.0))
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(all)
    }

    /// Rate limits, new-user limits and slow mode; moderators are exempt.
    async fn check_limits(
        &self,
        tx: &mut TerritoryTx,
        user: &AuthUser,
        t: &TerritoryCode,
        settings: &Settings,
        topic: Option<&Topic>,
    ) -> AppResult<()> {
        if user.has_role(Role::Moderator, t) {
            return Ok(());
        }
        let me = user.user_id.0;
        let now = Utc::now();
        let (last_minute, _) =
            repo::posts_since(tx.conn(), me, now - chrono::Duration::seconds(60), None)
                .await
                .map_err(|e| db(tx, e))?;
        if last_minute >= i64::from(settings.posts_per_minute) {
            return Err(AppError::rate_limited(60));
        }
        let new_user = account_created(user).is_some_and(|at| {
            now - at < chrono::Duration::hours(i64::from(settings.new_user_hours))
        });
        if new_user {
            let (today, _) =
                repo::posts_since(tx.conn(), me, now - chrono::Duration::hours(24), None)
                    .await
                    .map_err(|e| db(tx, e))?;
            if today >= i64::from(settings.new_user_posts_per_day) {
                return Err(AppError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "new_user_limit",
                    format!(
                        "New accounts may post {} times a day during their first {} hours. Try again later.",
                        settings.new_user_posts_per_day, settings.new_user_hours
                    ),
                ));
            }
        }
        if let Some(topic) = topic.filter(|t| t.slow_mode_secs > 0) {
            let window = chrono::Duration::seconds(i64::from(topic.slow_mode_secs));
            let (_, last) = repo::posts_since(tx.conn(), me, now - window, Some(topic.id))
                .await
                .map_err(|e| db(tx, e))?;
            if let Some(last) = last {
                let wait = (window - (now - last)).num_seconds().max(1);
                return Err(AppError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "slow_mode",
                    format!("This topic is in slow mode: you can post again in {wait} s."),
                ));
            }
        }
        Ok(())
    }

    async fn check_category(
        &self,
        tx: &mut TerritoryTx,
        user: &AuthUser,
        t: &TerritoryCode,
        category: Uuid,
    ) -> AppResult<()> {
        let role = repo::category_role(tx.conn(), category)
            .await
            .map_err(|e| db(tx, e))?
            .ok_or_else(|| {
                AppError::not_found(
                    "category_not_found",
                    "There is no such category in this territory.",
                )
            })?;
        if role == "moderator" {
            user.require(Role::Moderator, t)?;
        }
        Ok(())
    }

    /// Write a post (topic row already locked), resolve mentions, emit events.
    #[allow(clippy::too_many_arguments)]
    async fn write_post(
        &self,
        tx: &mut TerritoryTx,
        t: &TerritoryCode,
        config: &str,
        user: &AuthUser,
        topic: Uuid,
        body: &str,
        reply_to: Option<(Uuid, Uuid)>,
        quote_of: Option<Uuid>,
        attachments: &[String],
        client_id: Option<Uuid>,
    ) -> AppResult<Uuid> {
        let id = Uuid::now_v7();
        let me = user.user_id.0;
        let number = repo::insert_post(
            tx.conn(),
            id,
            topic,
            me,
            reply_to.map(|r| r.0),
            quote_of,
            body,
            config,
            client_id,
        )
        .await
        .map_err(|e| db(tx, e))?;
        let mut mentioned = Vec::new();
        for handle in render::mentions(body, 20) {
            let found = identity::repo::user_by_handle(tx.conn(), &handle)
                .await
                .map_err(|e| db(tx, e))?;
            if let Some(u) = found.filter(|u| u.id != me) {
                mentioned.push(u.id);
            }
        }
        repo::insert_mentions(tx.conn(), id, &mentioned)
            .await
            .map_err(|e| db(tx, e))?;
        if !attachments.is_empty() {
            let attached = repo::attach(tx.conn(), id, me, attachments)
                .await
                .map_err(|e| db(tx, e))?;
            if usize::try_from(attached).unwrap_or(0) != attachments.len() {
                return Err(AppError::invalid_field(
                    "attachments",
                    "lists a file you have not uploaded to this forum; upload it with POST …/forum/attachments first",
                ));
            }
        }
        let subscribers: Vec<Uuid> = repo::subscribers(tx.conn(), topic)
            .await
            .map_err(|e| db(tx, e))?
            .into_iter()
            .filter(|u| *u != me)
            .collect();
        events::emit(
            tx.conn(),
            t,
            &PostCreated {
                post_id: id,
                topic_id: topic,
                author_id: me,
                number,
                subscribers,
            },
        )
        .await?;
        for user_id in mentioned {
            events::emit(
                tx.conn(),
                t,
                &Mentioned {
                    post_id: id,
                    topic_id: topic,
                    user_id,
                    by: me,
                },
            )
            .await?;
        }
        if let Some((reply_to, to_user)) = reply_to.filter(|r| r.1 != me) {
            events::emit(
                tx.conn(),
                t,
                &Replied {
                    post_id: id,
                    topic_id: topic,
                    reply_to,
                    to_user,
                    by: me,
                },
            )
            .await?;
        }
        Ok(id)
    }

    /// Start a topic with its opening post.
    pub async fn create_topic(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        new: NewTopic,
    ) -> AppResult<TopicPage> {
        user.require(Role::Member, t)?;
        let title = validate_title(&new.title)?;
        let config = self.search_config(t).await?;
        let mut tx = self.tx(t, Access::Write).await?;
        if let Some(cid) = new.client_id {
            repo::lock_client_id(tx.conn(), user.user_id.0, cid)
                .await
                .map_err(|e| db(&tx, e))?;
            let done = repo::post_by_client(tx.conn(), user.user_id.0, cid)
                .await
                .map_err(|e| db(&tx, e))?;
            if let Some(post) = done {
                tx.commit().await?;
                if post.number != 1 {
                    return Err(client_id_reused());
                }
                // A retry of a topic already created: the same answer, nothing new.
                return self
                    .topic_page(Some(user), t, post.topic_id, None, None)
                    .await;
            }
        }
        let settings = repo::settings(tx.conn()).await.map_err(|e| db(&tx, e))?;
        let body = validate_body(&new.body, &settings)?;
        self.check_category(&mut tx, user, t, new.category_id)
            .await?;
        self.check_limits(&mut tx, user, t, &settings, None).await?;
        let topic = Uuid::now_v7();
        repo::insert_topic(
            tx.conn(),
            topic,
            new.category_id,
            user.user_id.0,
            &title,
            config,
        )
        .await
        .map_err(|e| db(&tx, e))?;
        let attachments = validate_attachments(&new.attachments)?;
        self.write_post(
            &mut tx,
            t,
            config,
            user,
            topic,
            &body,
            None,
            None,
            &attachments,
            new.client_id,
        )
        .await?;
        repo::mark_read(tx.conn(), user.user_id.0, topic, 1)
            .await
            .map_err(|e| db(&tx, e))?;
        repo::set_subscription(tx.conn(), user.user_id.0, topic, true)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        self.topic_page(Some(user), t, topic, None, None).await
    }

    /// Reply in a topic.
    pub async fn reply(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        topic_id: Uuid,
        new: NewPost,
    ) -> AppResult<Post> {
        user.require(Role::Member, t)?;
        let config = self.search_config(t).await?;
        let mut tx = self.tx(t, Access::Write).await?;
        let settings = repo::settings(tx.conn()).await.map_err(|e| db(&tx, e))?;
        let body = validate_body(&new.body, &settings)?;
        // Locking the topic row serialises posts per topic: numbers and event order follow.
        let topic = repo::topic_for_update(tx.conn(), topic_id)
            .await
            .map_err(|e| db(&tx, e))?
            .filter(|t| !t.hidden)
            .ok_or_else(topic_not_found)?;
        if let Some(cid) = new.client_id {
            // The topic row lock above serialises a retry with the request it repeats.
            let done = repo::post_by_client(tx.conn(), user.user_id.0, cid)
                .await
                .map_err(|e| db(&tx, e))?;
            if let Some(post) = done {
                tx.commit().await?;
                if post.topic_id != topic_id || post.number == 1 {
                    return Err(client_id_reused());
                }
                // A retry of a reply already made (even if the topic was locked since).
                return Ok(to_post(post, t, user.has_role(Role::Moderator, t)));
            }
        }
        if let Some(into) = topic.merged_into {
            return Err(AppError::conflict(
                "topic_merged",
                format!("This topic was merged into {into}; post there."),
            ));
        }
        if topic.locked {
            return Err(AppError::forbidden(
                "topic_locked",
                "This topic is locked: no new posts.",
            ));
        }
        self.check_category(&mut tx, user, t, topic.category_id)
            .await?;
        self.check_limits(&mut tx, user, t, &settings, Some(&topic))
            .await?;
        let reply_to = match new.reply_to {
            Some(id) => {
                let target = repo::post(tx.conn(), id).await.map_err(|e| db(&tx, e))?;
                let target = target.filter(|p| p.topic_id == topic_id).ok_or_else(|| {
                    AppError::invalid_field("reply_to", "is not a post of this topic")
                })?;
                Some((target.id, target.author_id))
            }
            None => None,
        };
        if let Some(q) = new.quote_of {
            let found = repo::post(tx.conn(), q).await.map_err(|e| db(&tx, e))?;
            if found.is_none_or(|p| p.deleted_at.is_some() || p.hidden) {
                return Err(AppError::invalid_field("quote_of", "is not a visible post"));
            }
        }
        let id = self
            .write_post(
                &mut tx,
                t,
                config,
                user,
                topic_id,
                &body,
                reply_to,
                new.quote_of,
                &validate_attachments(&new.attachments)?,
                new.client_id,
            )
            .await?;
        let row = repo::post(tx.conn(), id)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(post_not_found)?;
        repo::mark_read(tx.conn(), user.user_id.0, topic_id, row.number)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(to_post(row, t, user.has_role(Role::Moderator, t)))
    }

    /// A topic and one page of its posts (by post number).
    pub async fn topic_page(
        &self,
        user: Option<&AuthUser>,
        t: &TerritoryCode,
        topic_id: Uuid,
        cursor: Option<String>,
        limit: Option<u32>,
    ) -> AppResult<TopicPage> {
        let limit = page_size(limit)?;
        let after = match cursor {
            Some(c) => Cursor::decode(&c)?.number()? as i32,
            None => 0,
        };
        let moderator = user.is_some_and(|u| u.has_role(Role::Moderator, t));
        let mut tx = self.tx(t, Access::Read).await?;
        let topic = repo::topic(tx.conn(), topic_id, user.map(|u| u.user_id.0))
            .await
            .map_err(|e| db(&tx, e))?
            .filter(|t| !t.hidden || moderator)
            .ok_or_else(topic_not_found)?;
        let rows = repo::posts(tx.conn(), topic_id, after, limit + 1)
            .await
            .map_err(|e| db(&tx, e))?;
        let more = i64::try_from(rows.len()).unwrap_or(0) > limit;
        let items: Vec<Post> = rows
            .into_iter()
            .take(usize::try_from(limit).unwrap_or(20))
            .map(|row| to_post(row, t, moderator))
            .collect();
        let viewer = match user {
            Some(u) => {
                let ids: Vec<Uuid> = items.iter().map(|p| p.id).collect();
                let (following, reactions, bookmarked) =
                    repo::viewer_state(tx.conn(), u.user_id.0, topic_id, &ids)
                        .await
                        .map_err(|e| db(&tx, e))?;
                let mut reacted = std::collections::BTreeMap::<Uuid, Vec<String>>::new();
                for (post, emoji) in reactions {
                    reacted.entry(post).or_default().push(emoji);
                }
                Some(ViewerState {
                    following,
                    reacted,
                    bookmarked,
                })
            }
            None => None,
        };
        tx.commit().await?;
        let next = if more {
            items.last().map(|p| {
                Cursor {
                    k: p.number.to_string(),
                    id: p.id,
                }
                .encode()
            })
        } else {
            None
        };
        Ok(TopicPage {
            topic,
            posts: Page { items, next },
            viewer,
        })
    }

    /// A topic listing.
    pub async fn list(
        &self,
        user: Option<&AuthUser>,
        t: &TerritoryCode,
        o: ListOptions,
    ) -> AppResult<Page<Topic>> {
        let limit = page_size(o.limit)?;
        let sort = match o.sort.as_deref().unwrap_or("latest") {
            "latest" => Sort::Latest,
            "top" => Sort::Top,
            "hot" => Sort::Hot,
            "unread" => Sort::Unread,
            _ => {
                return Err(AppError::invalid_field(
                    "sort",
                    "must be latest, top, hot or unread",
                ))
            }
        };
        if sort == Sort::Unread && user.is_none() {
            return Err(AppError::unauthenticated("Sign in to list unread topics."));
        }
        let since = match (sort, o.period.as_deref().unwrap_or("week")) {
            (Sort::Top, "day") => Some(Utc::now() - chrono::Duration::days(1)),
            (Sort::Top, "week") => Some(Utc::now() - chrono::Duration::weeks(1)),
            (Sort::Top, "month") => Some(Utc::now() - chrono::Duration::days(30)),
            (Sort::Top, "year") => Some(Utc::now() - chrono::Duration::days(365)),
            (Sort::Top, "all") | (_, _)
                if sort != Sort::Top || o.period.as_deref() == Some("all") =>
            {
                None
            }
            _ => {
                return Err(AppError::invalid_field(
                    "period",
                    "must be day, week, month, year or all",
                ))
            }
        };
        let cursor = o.cursor.as_deref().map(Cursor::decode).transpose()?;
        let (after_time, after_num) = match (&cursor, sort) {
            (None, _) => (None, None),
            (Some(c), Sort::Latest | Sort::Unread) => (Some(c.time()?), None),
            (Some(c), _) => (None, Some(c.number()?)),
        };
        let mut tx = self.tx(t, Access::Read).await?;
        let rows = repo::topics(
            tx.conn(),
            user.map(|u| u.user_id.0),
            sort,
            o.category,
            since,
            after_time,
            after_num,
            cursor.as_ref().map(|c| c.id),
            limit + 1,
        )
        .await
        .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        let more = i64::try_from(rows.len()).unwrap_or(0) > limit;
        let items: Vec<Topic> = rows
            .into_iter()
            .take(usize::try_from(limit).unwrap_or(20))
            .collect();
        let next = if more {
            items.last().map(|t| {
                let k = match sort {
                    Sort::Latest | Sort::Unread => t
                        .last_post_at
                        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
                    Sort::Top => f64::from(t.reaction_count + t.post_count).to_string(),
                    Sort::Hot => t.hot_rank.to_string(),
                };
                Cursor { k, id: t.id }.encode()
            })
        } else {
            None
        };
        Ok(Page { items, next })
    }

    async fn own_post(
        &self,
        tx: &mut TerritoryTx,
        user: &AuthUser,
        t: &TerritoryCode,
        post: Uuid,
    ) -> AppResult<PostRow> {
        let row = repo::post(tx.conn(), post)
            .await
            .map_err(|e| db(tx, e))?
            .filter(|p| p.deleted_at.is_none())
            .ok_or_else(post_not_found)?;
        if row.author_id != user.user_id.0 && !user.has_role(Role::Moderator, t) {
            return Err(AppError::forbidden(
                "not_your_post",
                "Only its author or a moderator can change this post.",
            ));
        }
        Ok(row)
    }

    /// Edit a post, keeping the previous text as a revision.
    pub async fn edit(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        post: Uuid,
        body: &str,
    ) -> AppResult<Post> {
        let config = self.search_config(t).await?;
        let mut tx = self.tx(t, Access::Write).await?;
        let settings = repo::settings(tx.conn()).await.map_err(|e| db(&tx, e))?;
        let body = validate_body(body, &settings)?;
        let row = self.own_post(&mut tx, user, t, post).await?;
        let topic = repo::topic_for_update(tx.conn(), row.topic_id)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(topic_not_found)?;
        if topic.locked && !user.has_role(Role::Moderator, t) {
            return Err(AppError::forbidden(
                "topic_locked",
                "This topic is locked: posts cannot be edited.",
            ));
        }
        repo::edit_post(tx.conn(), post, &body, user.user_id.0, config)
            .await
            .map_err(|e| db(&tx, e))?;
        let row = repo::post(tx.conn(), post)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(post_not_found)?;
        tx.commit().await?;
        Ok(to_post(row, t, user.has_role(Role::Moderator, t)))
    }

    /// Revision history of a visible post.
    pub async fn revisions(&self, t: &TerritoryCode, post: Uuid) -> AppResult<Vec<Revision>> {
        let mut tx = self.tx(t, Access::Read).await?;
        let row = repo::post(tx.conn(), post).await.map_err(|e| db(&tx, e))?;
        if row.is_none_or(|p| p.deleted_at.is_some() || p.hidden) {
            return Err(post_not_found());
        }
        let all = repo::revisions(tx.conn(), post)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(all)
    }

    /// Soft-delete a post (its author or a moderator; moderators' deletions are logged).
    pub async fn delete(&self, user: &AuthUser, t: &TerritoryCode, post: Uuid) -> AppResult<()> {
        let mut tx = self.tx(t, Access::Write).await?;
        let row = self.own_post(&mut tx, user, t, post).await?;
        repo::delete_post(tx.conn(), post)
            .await
            .map_err(|e| db(&tx, e))?;
        if row.author_id != user.user_id.0 {
            repo::log(
                tx.conn(),
                user.user_id.0,
                "delete_post",
                Some(row.topic_id),
                Some(post),
                "deleted by a moderator",
                serde_json::json!({}),
            )
            .await
            .map_err(|e| db(&tx, e))?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Add or remove a reaction from the territory's emoji set.
    pub async fn react(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        post: Uuid,
        emoji: &str,
        on: bool,
    ) -> AppResult<Post> {
        user.require(Role::Member, t)?;
        let mut tx = self.tx(t, Access::Write).await?;
        let settings = repo::settings(tx.conn()).await.map_err(|e| db(&tx, e))?;
        if !settings.emoji.iter().any(|e| e == emoji) {
            return Err(AppError::invalid_field(
                "emoji",
                format!("must be one of {}", settings.emoji.join(" ")),
            ));
        }
        let row = repo::post(tx.conn(), post)
            .await
            .map_err(|e| db(&tx, e))?
            .filter(|p| p.deleted_at.is_none() && !p.hidden)
            .ok_or_else(post_not_found)?;
        if on {
            repo::react(tx.conn(), post, row.topic_id, user.user_id.0, emoji)
                .await
                .map_err(|e| db(&tx, e))?;
        } else {
            repo::unreact(tx.conn(), post, row.topic_id, user.user_id.0, emoji)
                .await
                .map_err(|e| db(&tx, e))?;
        }
        let row = repo::post(tx.conn(), post)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(post_not_found)?;
        tx.commit().await?;
        Ok(to_post(row, t, user.has_role(Role::Moderator, t)))
    }

    /// Bookmark a post or remove the bookmark.
    pub async fn bookmark(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        post: Uuid,
        on: bool,
    ) -> AppResult<()> {
        let mut tx = self.tx(t, Access::Write).await?;
        repo::post(tx.conn(), post)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(post_not_found)?;
        repo::set_bookmark(tx.conn(), user.user_id.0, post, on)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(())
    }

    /// The caller's bookmarks, newest first.
    pub async fn bookmarks(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        cursor: Option<String>,
        limit: Option<u32>,
    ) -> AppResult<Page<Post>> {
        let limit = page_size(limit)?;
        let after = Cursor::time_key(cursor.as_deref())?;
        let mut tx = self.tx(t, Access::Read).await?;
        let rows = repo::bookmarks(tx.conn(), user.user_id.0, after, limit + 1)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(
            Page::from_rows(rows, limit, |(p, at)| Cursor::at_time(*at, p.id))
                .map(|(p, _)| to_post(p, t, user.has_role(Role::Moderator, t))),
        )
    }

    /// Mark a topic read up to post `number`.
    pub async fn mark_read(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        topic: Uuid,
        number: i32,
    ) -> AppResult<Topic> {
        if number < 1 {
            return Err(AppError::invalid_field("number", "must be at least 1"));
        }
        let mut tx = self.tx(t, Access::Write).await?;
        let found = repo::topic(tx.conn(), topic, None)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(topic_not_found)?;
        repo::mark_read(
            tx.conn(),
            user.user_id.0,
            topic,
            number.min(found.post_count),
        )
        .await
        .map_err(|e| db(&tx, e))?;
        let topic = repo::topic(tx.conn(), topic, Some(user.user_id.0))
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(topic_not_found)?;
        tx.commit().await?;
        Ok(topic)
    }

    /// Subscribe to a topic or stop.
    pub async fn subscribe(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        topic: Uuid,
        on: bool,
    ) -> AppResult<()> {
        let mut tx = self.tx(t, Access::Write).await?;
        repo::topic(tx.conn(), topic, None)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(topic_not_found)?;
        repo::set_subscription(tx.conn(), user.user_id.0, topic, on)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(())
    }

    /// Full-text search in the territory's language.
    pub async fn search(
        &self,
        t: &TerritoryCode,
        q: &str,
        cursor: Option<String>,
        limit: Option<u32>,
    ) -> AppResult<Page<SearchHit>> {
        let q = q.trim();
        if q.is_empty() || q.chars().count() > 200 {
            return Err(AppError::invalid_field("q", "must be 1 to 200 characters"));
        }
        let limit = page_size(limit)?;
        let after = match cursor {
            Some(c) => {
                let c = Cursor::decode(&c)?;
                Some((c.number()?, c.id))
            }
            None => None,
        };
        let config = self.search_config(t).await?;
        let mut tx = self.tx(t, Access::Read).await?;
        let rows = repo::search(tx.conn(), config, q, after, limit + 1)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        let more = i64::try_from(rows.len()).unwrap_or(0) > limit;
        let mut items: Vec<SearchHit> = rows
            .into_iter()
            .take(usize::try_from(limit).unwrap_or(20))
            .collect();
        for hit in &mut items {
            hit.snippet = render::snippet_html(&hit.snippet);
        }
        let next = if more {
            items.last().map(|h| {
                Cursor {
                    k: f64::from(h.rank).to_string(),
                    id: h.post_id,
                }
                .encode()
            })
        } else {
            None
        };
        Ok(Page { items, next })
    }

    /// Moderate a topic; logged publicly.
    pub async fn moderate_topic(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        topic_id: Uuid,
        action: TopicAction,
        reason: &str,
    ) -> AppResult<Topic> {
        user.require(Role::Moderator, t)?;
        let reason = validate_reason(reason)?;
        let mut tx = self.tx(t, Access::Write).await?;
        let topic = repo::topic_for_update(tx.conn(), topic_id)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(topic_not_found)?;
        let me = user.user_id.0;
        let mut details = serde_json::json!({});
        match &action {
            TopicAction::Lock | TopicAction::Unlock => repo::set_topic_flag(
                tx.conn(),
                topic_id,
                "locked",
                matches!(action, TopicAction::Lock),
            )
            .await
            .map_err(|e| db(&tx, e))?,
            TopicAction::Pin | TopicAction::Unpin => repo::set_topic_flag(
                tx.conn(),
                topic_id,
                "pinned",
                matches!(action, TopicAction::Pin),
            )
            .await
            .map_err(|e| db(&tx, e))?,
            TopicAction::Hide | TopicAction::Unhide => repo::set_topic_flag(
                tx.conn(),
                topic_id,
                "hidden",
                matches!(action, TopicAction::Hide),
            )
            .await
            .map_err(|e| db(&tx, e))?,
            TopicAction::Move { category_id } => {
                repo::category_role(tx.conn(), *category_id)
                    .await
                    .map_err(|e| db(&tx, e))?
                    .ok_or_else(|| {
                        AppError::invalid_field(
                            "category_id",
                            "is not a category of this territory",
                        )
                    })?;
                repo::move_topic(tx.conn(), topic_id, *category_id)
                    .await
                    .map_err(|e| db(&tx, e))?;
                details = serde_json::json!({"from": topic.category_id, "to": category_id});
            }
            TopicAction::Merge { into } => {
                if *into == topic_id {
                    return Err(AppError::invalid_field("into", "must be another topic"));
                }
                if topic.merged_into.is_some() {
                    return Err(AppError::conflict(
                        "topic_merged",
                        "This topic was already merged.",
                    ));
                }
                repo::topic_for_update(tx.conn(), *into)
                    .await
                    .map_err(|e| db(&tx, e))?
                    .filter(|t| t.merged_into.is_none())
                    .ok_or_else(|| {
                        AppError::invalid_field("into", "is not an open topic of this territory")
                    })?;
                repo::merge_topics(tx.conn(), topic_id, *into)
                    .await
                    .map_err(|e| db(&tx, e))?;
                details = serde_json::json!({"into": into, "posts": topic.post_count});
            }
            TopicAction::SlowMode { seconds } => {
                if !(0..=86_400).contains(seconds) {
                    return Err(AppError::invalid_field("seconds", "must be 0 to 86400"));
                }
                repo::set_slow_mode(tx.conn(), topic_id, *seconds)
                    .await
                    .map_err(|e| db(&tx, e))?;
                details = serde_json::json!({"seconds": seconds});
            }
        }
        repo::log(
            tx.conn(),
            me,
            action.name(),
            Some(topic_id),
            None,
            &reason,
            details,
        )
        .await
        .map_err(|e| db(&tx, e))?;
        let topic = repo::topic(tx.conn(), topic_id, Some(me))
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(topic_not_found)?;
        tx.commit().await?;
        Ok(topic)
    }

    /// Hide or show a post; logged publicly.
    pub async fn moderate_post(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        post: Uuid,
        hide: bool,
        reason: &str,
    ) -> AppResult<Post> {
        user.require(Role::Moderator, t)?;
        let reason = validate_reason(reason)?;
        let mut tx = self.tx(t, Access::Write).await?;
        let row = repo::post(tx.conn(), post)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(post_not_found)?;
        repo::set_post_hidden(tx.conn(), post, hide)
            .await
            .map_err(|e| db(&tx, e))?;
        let action = if hide { "hide_post" } else { "unhide_post" };
        repo::log(
            tx.conn(),
            user.user_id.0,
            action,
            Some(row.topic_id),
            Some(post),
            &reason,
            serde_json::json!({}),
        )
        .await
        .map_err(|e| db(&tx, e))?;
        let row = repo::post(tx.conn(), post)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(post_not_found)?;
        tx.commit().await?;
        Ok(to_post(row, t, true))
    }

    /// Flag a post for moderators.
    pub async fn flag(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        post: Uuid,
        reason: &str,
        note: &str,
    ) -> AppResult<Uuid> {
        user.require(Role::Member, t)?;
        if !["spam", "abuse", "off_topic", "illegal", "other"].contains(&reason) {
            return Err(AppError::invalid_field(
                "reason",
                "must be spam, abuse, off_topic, illegal or other",
            ));
        }
        if note.chars().count() > 1000 {
            return Err(AppError::invalid_field(
                "note",
                "must be at most 1000 characters",
            ));
        }
        let mut tx = self.tx(t, Access::Write).await?;
        let row = repo::post(tx.conn(), post)
            .await
            .map_err(|e| db(&tx, e))?
            .filter(|p| p.deleted_at.is_none())
            .ok_or_else(post_not_found)?;
        let id = repo::insert_flag(tx.conn(), post, user.user_id.0, reason, note.trim())
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(|| {
                AppError::conflict("already_flagged", "You have already flagged this post.")
            })?;
        events::emit(
            tx.conn(),
            t,
            &Flagged {
                flag_id: id,
                post_id: post,
                topic_id: row.topic_id,
                reason: reason.to_owned(),
                by: user.user_id.0,
            },
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The open flag queue, oldest first (moderators).
    pub async fn flags(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        cursor: Option<String>,
        limit: Option<u32>,
    ) -> AppResult<Page<Flag>> {
        user.require(Role::Moderator, t)?;
        let limit = page_size(limit)?;
        let after = Cursor::time_key(cursor.as_deref())?;
        let mut tx = self.tx(t, Access::Read).await?;
        let rows = repo::open_flags(tx.conn(), after, limit + 1)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(Page::from_rows(rows, limit, |f: &Flag| {
            Cursor::at_time(f.created_at, f.id)
        }))
    }

    /// Resolve a flag; logged publicly.
    pub async fn resolve_flag(
        &self,
        user: &AuthUser,
        t: &TerritoryCode,
        flag: Uuid,
        resolution: &str,
    ) -> AppResult<()> {
        user.require(Role::Moderator, t)?;
        let resolution = validate_reason(resolution).map_err(|_| {
            AppError::invalid_field("resolution", "say what was decided in 1 to 500 characters")
        })?;
        let mut tx = self.tx(t, Access::Write).await?;
        let post = repo::resolve_flag(tx.conn(), flag, user.user_id.0, &resolution)
            .await
            .map_err(|e| db(&tx, e))?
            .ok_or_else(|| AppError::not_found("flag_not_found", "There is no such open flag."))?;
        repo::log(
            tx.conn(),
            user.user_id.0,
            "resolve_flag",
            None,
            Some(post),
            &resolution,
            serde_json::json!({"flag": flag}),
        )
        .await
        .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(())
    }

    /// The public moderation log, newest first.
    pub async fn mod_log(
        &self,
        t: &TerritoryCode,
        cursor: Option<String>,
        limit: Option<u32>,
    ) -> AppResult<Page<ModLogEntry>> {
        let limit = page_size(limit)?;
        let after = Cursor::time_key(cursor.as_deref())?;
        let mut tx = self.tx(t, Access::Read).await?;
        let rows = repo::mod_log(tx.conn(), after, limit + 1)
            .await
            .map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(Page::from_rows(rows, limit, |e: &ModLogEntry| {
            Cursor::at_time(e.created_at, e.id)
        }))
    }

    /// Recompute stored hot ranks in one territory.
    pub async fn refresh_hot(&self, t: &TerritoryCode) -> AppResult<u64> {
        let mut tx = self.tx(t, Access::Write).await?;
        let n = repo::refresh_hot(tx.conn()).await.map_err(|e| db(&tx, e))?;
        tx.commit().await?;
        Ok(n)
    }

    /// Refresh hot ranks in every territory every `every`, as a background task. Each
    /// territory's refresh is one UPDATE over recently active topics; running it on several
    /// instances at once is harmless (same result), so no lock is taken.
    pub fn spawn_hot_job(&self, every: Duration) -> tokio::task::JoinHandle<()> {
        let forum = self.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                for territory in forum.platform.router().registry().all() {
                    if let Err(e) = forum.refresh_hot(&territory.code).await {
                        tracing::debug!(territory = %territory.code, error = %e.message(), "hot rank refresh skipped");
                    }
                }
            }
        })
    }
}

//! HTTP routes under `/api/v1/t/{territory}/forum/…`. Handlers parse and call the service.

use axum::body::Body;
use axum::extract::{FromRef, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use identity::{AuthUser, Identity, MaybeAuthUser};
use kernel::error::ErrorBody;
use kernel::{AppResult, TerritoryCode};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::model::{
    parse_id, Category, Flag, ModLogEntry, Page, Post, PostAttachment, Revision, SearchHit,
    Settings, Topic,
};
use crate::service::{Forum, ListOptions, NewCategory, NewPost, NewTopic, TopicAction, TopicPage};

/// Every forum route.
pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Forum: FromRef<S>,
    Identity: FromRef<S>,
{
    OpenApiRouter::new()
        .routes(routes!(get_settings, put_settings))
        .routes(routes!(list_categories, create_category))
        .routes(routes!(list_topics, create_topic))
        .routes(routes!(get_topic))
        .routes(routes!(reply))
        .routes(routes!(upload_attachment))
        .routes(routes!(download_attachment))
        .routes(routes!(edit_post, delete_post))
        .routes(routes!(post_revisions))
        .routes(routes!(add_reaction, remove_reaction))
        .routes(routes!(add_bookmark, remove_bookmark))
        .routes(routes!(list_bookmarks))
        .routes(routes!(mark_read))
        .routes(routes!(subscribe, unsubscribe))
        .routes(routes!(search))
        .routes(routes!(moderate_topic))
        .routes(routes!(moderate_post))
        .routes(routes!(flag_post))
        .routes(routes!(list_flags))
        .routes(routes!(resolve_flag))
        .routes(routes!(moderation_log))
}

fn territory(raw: &str) -> AppResult<TerritoryCode> {
    TerritoryCode::parse(raw)
}

/// Cursor pagination.
#[derive(Debug, Deserialize, IntoParams)]
pub struct PageQuery {
    /// `next` of the previous page.
    pub cursor: Option<String>,
    /// Page size, 1–100 (default 20).
    pub limit: Option<u32>,
}

/// Topic listing query.
#[derive(Debug, Deserialize, IntoParams)]
pub struct ListQuery {
    /// `latest` (default), `top`, `hot` or `unread`.
    pub sort: Option<String>,
    /// For `top`: `day`, `week` (default), `month`, `year`, `all`.
    pub period: Option<String>,
    /// Only this category.
    pub category: Option<Uuid>,
    /// `next` of the previous page.
    pub cursor: Option<String>,
    /// Page size, 1–100 (default 20).
    pub limit: Option<u32>,
}

/// Search query.
#[derive(Debug, Deserialize, IntoParams)]
pub struct SearchQuery {
    /// Words; `"quoted phrases"`, `or` and `-excluded` work (websearch syntax).
    pub q: String,
    /// `next` of the previous page.
    pub cursor: Option<String>,
    /// Page size, 1–100 (default 20).
    pub limit: Option<u32>,
}

/// An edit.
#[derive(Debug, Deserialize, ToSchema)]
pub struct EditBody {
    /// New Markdown body.
    pub body: String,
}

/// Read position.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ReadBody {
    /// Highest post number read.
    pub number: i32,
}

/// A topic moderation request.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ModerateTopicBody {
    /// What to do.
    #[serde(flatten)]
    pub action: TopicAction,
    /// Why (public).
    pub reason: String,
}

/// A post moderation request.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ModeratePostBody {
    /// `hide` or `unhide`.
    pub action: String,
    /// Why (public).
    pub reason: String,
}

/// A flag.
#[derive(Debug, Deserialize, ToSchema)]
pub struct FlagBody {
    /// `spam`, `abuse`, `off_topic`, `illegal` or `other`.
    pub reason: String,
    /// Details for moderators.
    #[serde(default)]
    pub note: String,
}

/// A created flag.
#[derive(Debug, serde::Serialize, ToSchema)]
pub struct FlagCreated {
    /// Flag id.
    pub id: Uuid,
}

/// A flag resolution.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ResolveBody {
    /// What was decided (public).
    pub resolution: String,
}

/// Forum settings of a territory.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/settings", tag = "forum",
    params(("territory" = String, Path)), responses((status = 200, body = Settings), (status = 404, body = ErrorBody)))]
async fn get_settings(
    State(forum): State<Forum>,
    Path(t): Path<String>,
) -> AppResult<Json<Settings>> {
    Ok(Json(forum.settings(&territory(&t)?).await?))
}

/// Replace the forum settings (territory admins): emoji set, rate limits, post size.
#[utoipa::path(put, path = "/api/v1/t/{territory}/forum/settings", tag = "forum", request_body = Settings,
    params(("territory" = String, Path)), responses((status = 200, body = Settings), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn put_settings(
    State(forum): State<Forum>,
    user: AuthUser,
    Path(t): Path<String>,
    Json(s): Json<Settings>,
) -> AppResult<Json<Settings>> {
    Ok(Json(forum.set_settings(&user, &territory(&t)?, s).await?))
}

/// Categories in order, with unread counts for a signed-in caller.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/categories", tag = "forum",
    params(("territory" = String, Path)), responses((status = 200, body = [Category]), (status = 404, body = ErrorBody)))]
async fn list_categories(
    State(forum): State<Forum>,
    MaybeAuthUser(user): MaybeAuthUser,
    Path(t): Path<String>,
) -> AppResult<Json<Vec<Category>>> {
    Ok(Json(
        forum.categories(user.as_ref(), &territory(&t)?).await?,
    ))
}

/// Create a category (moderators).
#[utoipa::path(post, path = "/api/v1/t/{territory}/forum/categories", tag = "forum", request_body = NewCategory,
    params(("territory" = String, Path)), responses((status = 201, body = Category), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn create_category(
    State(forum): State<Forum>,
    user: AuthUser,
    Path(t): Path<String>,
    Json(new): Json<NewCategory>,
) -> AppResult<(StatusCode, Json<Category>)> {
    Ok((
        StatusCode::CREATED,
        Json(forum.create_category(&user, &territory(&t)?, new).await?),
    ))
}

/// List topics: latest, top (by period), hot (stored rank) or unread; cursor-paginated.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/topics", tag = "forum",
    params(("territory" = String, Path), ListQuery), responses((status = 200, body = Page<Topic>), (status = 400, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn list_topics(
    State(forum): State<Forum>,
    MaybeAuthUser(user): MaybeAuthUser,
    Path(t): Path<String>,
    Query(q): Query<ListQuery>,
) -> AppResult<Json<Page<Topic>>> {
    let options = ListOptions {
        sort: q.sort,
        period: q.period,
        category: q.category,
        cursor: q.cursor,
        limit: q.limit,
    };
    Ok(Json(
        forum.list(user.as_ref(), &territory(&t)?, options).await?,
    ))
}

/// Start a topic with its opening post.
#[utoipa::path(post, path = "/api/v1/t/{territory}/forum/topics", tag = "forum", request_body = NewTopic,
    params(("territory" = String, Path)), responses((status = 201, body = TopicPage), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
async fn create_topic(
    State(forum): State<Forum>,
    user: AuthUser,
    Path(t): Path<String>,
    Json(new): Json<NewTopic>,
) -> AppResult<(StatusCode, Json<TopicPage>)> {
    Ok((
        StatusCode::CREATED,
        Json(forum.create_topic(&user, &territory(&t)?, new).await?),
    ))
}

/// A topic with one page of posts.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/topics/{topic}", tag = "forum",
    params(("territory" = String, Path), ("topic" = Uuid, Path), PageQuery), responses((status = 200, body = TopicPage), (status = 404, body = ErrorBody)))]
async fn get_topic(
    State(forum): State<Forum>,
    MaybeAuthUser(user): MaybeAuthUser,
    Path((t, topic)): Path<(String, String)>,
    Query(q): Query<PageQuery>,
) -> AppResult<Json<TopicPage>> {
    let topic = parse_id(&topic, "topic_not_found")?;
    Ok(Json(
        forum
            .topic_page(user.as_ref(), &territory(&t)?, topic, q.cursor, q.limit)
            .await?,
    ))
}

/// Reply in a topic (optionally to a post, optionally quoting one).
#[utoipa::path(post, path = "/api/v1/t/{territory}/forum/topics/{topic}/posts", tag = "forum", request_body = NewPost,
    params(("territory" = String, Path), ("topic" = Uuid, Path)), responses((status = 201, body = Post), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
async fn reply(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, topic)): Path<(String, String)>,
    Json(new): Json<NewPost>,
) -> AppResult<(StatusCode, Json<Post>)> {
    let topic = parse_id(&topic, "topic_not_found")?;
    Ok((
        StatusCode::CREATED,
        Json(forum.reply(&user, &territory(&t)?, topic, new).await?),
    ))
}

/// Upload query.
#[derive(Debug, Deserialize, IntoParams)]
pub struct UploadQuery {
    /// File name to show (default `file`).
    pub name: Option<String>,
}

/// Upload a file for your posts (raw body; the type is sniffed from the content and checked
/// against the territory's `attachment_types`, the size against `max_attachment_bytes`).
/// List the returned `sha256` in a post's `attachments`; reference `url` in Markdown
/// (`![name](url)`) to show an image inline.
#[utoipa::path(post, path = "/api/v1/t/{territory}/forum/attachments", tag = "forum",
    params(("territory" = String, Path), UploadQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = PostAttachment), (status = 403, body = ErrorBody), (status = 413, body = ErrorBody),
        (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn upload_attachment(
    State(forum): State<Forum>,
    user: AuthUser,
    Path(t): Path<String>,
    Query(q): Query<UploadQuery>,
    headers: HeaderMap,
    body: Body,
) -> AppResult<(StatusCode, Json<PostAttachment>)> {
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let a = forum
        .upload_attachment(
            &user,
            &territory(&t)?,
            q.name.as_deref(),
            declared.as_deref(),
            body.into_data_stream(),
        )
        .await?;
    Ok((StatusCode::CREATED, Json(a)))
}

/// Download an attachment (type sniffed at upload, `Range` and `If-None-Match` honoured).
/// Files of hidden or deleted posts are served only to their uploader and moderators.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/attachments/{sha256}", tag = "forum",
    params(("territory" = String, Path), ("sha256" = String, Path, description = "SHA-256 of the content")),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 206, description = "The requested byte range", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 304, description = "Not modified"),
        (status = 400, body = ErrorBody), (status = 404, body = ErrorBody), (status = 416, body = ErrorBody)))]
async fn download_attachment(
    State(forum): State<Forum>,
    MaybeAuthUser(user): MaybeAuthUser,
    Path((t, sha256)): Path<(String, String)>,
    headers: HeaderMap,
) -> AppResult<Response> {
    forum
        .download_attachment(user.as_ref(), &territory(&t)?, &sha256, &headers)
        .await
}

/// Edit a post (its author or a moderator); the old text stays in the history.
#[utoipa::path(patch, path = "/api/v1/t/{territory}/forum/posts/{post}", tag = "forum", request_body = EditBody,
    params(("territory" = String, Path), ("post" = Uuid, Path)), responses((status = 200, body = Post), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn edit_post(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, post)): Path<(String, String)>,
    Json(e): Json<EditBody>,
) -> AppResult<Json<Post>> {
    let post = parse_id(&post, "post_not_found")?;
    Ok(Json(
        forum.edit(&user, &territory(&t)?, post, &e.body).await?,
    ))
}

/// Soft-delete a post (its author or a moderator).
#[utoipa::path(delete, path = "/api/v1/t/{territory}/forum/posts/{post}", tag = "forum",
    params(("territory" = String, Path), ("post" = Uuid, Path)), responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn delete_post(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, post)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    let post = parse_id(&post, "post_not_found")?;
    forum.delete(&user, &territory(&t)?, post).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Revision history of a post.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/posts/{post}/revisions", tag = "forum",
    params(("territory" = String, Path), ("post" = Uuid, Path)), responses((status = 200, body = [Revision]), (status = 404, body = ErrorBody)))]
async fn post_revisions(
    State(forum): State<Forum>,
    Path((t, post)): Path<(String, String)>,
) -> AppResult<Json<Vec<Revision>>> {
    let post = parse_id(&post, "post_not_found")?;
    Ok(Json(forum.revisions(&territory(&t)?, post).await?))
}

/// React to a post with one of the territory's emoji.
#[utoipa::path(put, path = "/api/v1/t/{territory}/forum/posts/{post}/reactions/{emoji}", tag = "forum",
    params(("territory" = String, Path), ("post" = Uuid, Path), ("emoji" = String, Path)), responses((status = 200, body = Post), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn add_reaction(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, post, emoji)): Path<(String, String, String)>,
) -> AppResult<Json<Post>> {
    let post = parse_id(&post, "post_not_found")?;
    Ok(Json(
        forum
            .react(&user, &territory(&t)?, post, &emoji, true)
            .await?,
    ))
}

/// Remove a reaction.
#[utoipa::path(delete, path = "/api/v1/t/{territory}/forum/posts/{post}/reactions/{emoji}", tag = "forum",
    params(("territory" = String, Path), ("post" = Uuid, Path), ("emoji" = String, Path)), responses((status = 200, body = Post), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn remove_reaction(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, post, emoji)): Path<(String, String, String)>,
) -> AppResult<Json<Post>> {
    let post = parse_id(&post, "post_not_found")?;
    Ok(Json(
        forum
            .react(&user, &territory(&t)?, post, &emoji, false)
            .await?,
    ))
}

/// Bookmark a post.
#[utoipa::path(put, path = "/api/v1/t/{territory}/forum/posts/{post}/bookmark", tag = "forum",
    params(("territory" = String, Path), ("post" = Uuid, Path)), responses((status = 204), (status = 404, body = ErrorBody)))]
async fn add_bookmark(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, post)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    let post = parse_id(&post, "post_not_found")?;
    forum.bookmark(&user, &territory(&t)?, post, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Remove a bookmark.
#[utoipa::path(delete, path = "/api/v1/t/{territory}/forum/posts/{post}/bookmark", tag = "forum",
    params(("territory" = String, Path), ("post" = Uuid, Path)), responses((status = 204), (status = 404, body = ErrorBody)))]
async fn remove_bookmark(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, post)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    let post = parse_id(&post, "post_not_found")?;
    forum.bookmark(&user, &territory(&t)?, post, false).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The caller's bookmarks, newest first.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/bookmarks", tag = "forum",
    params(("territory" = String, Path), PageQuery), responses((status = 200, body = Page<Post>), (status = 401, body = ErrorBody)))]
async fn list_bookmarks(
    State(forum): State<Forum>,
    user: AuthUser,
    Path(t): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Json<Page<Post>>> {
    Ok(Json(
        forum
            .bookmarks(&user, &territory(&t)?, q.cursor, q.limit)
            .await?,
    ))
}

/// Mark a topic read up to a post number.
#[utoipa::path(post, path = "/api/v1/t/{territory}/forum/topics/{topic}/read", tag = "forum", request_body = ReadBody,
    params(("territory" = String, Path), ("topic" = Uuid, Path)), responses((status = 200, body = Topic), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn mark_read(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, topic)): Path<(String, String)>,
    Json(r): Json<ReadBody>,
) -> AppResult<Json<Topic>> {
    let topic = parse_id(&topic, "topic_not_found")?;
    Ok(Json(
        forum
            .mark_read(&user, &territory(&t)?, topic, r.number)
            .await?,
    ))
}

/// Subscribe to a topic.
#[utoipa::path(put, path = "/api/v1/t/{territory}/forum/topics/{topic}/subscription", tag = "forum",
    params(("territory" = String, Path), ("topic" = Uuid, Path)), responses((status = 204), (status = 404, body = ErrorBody)))]
async fn subscribe(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, topic)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    let topic = parse_id(&topic, "topic_not_found")?;
    forum.subscribe(&user, &territory(&t)?, topic, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Unsubscribe from a topic.
#[utoipa::path(delete, path = "/api/v1/t/{territory}/forum/topics/{topic}/subscription", tag = "forum",
    params(("territory" = String, Path), ("topic" = Uuid, Path)), responses((status = 204), (status = 404, body = ErrorBody)))]
async fn unsubscribe(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, topic)): Path<(String, String)>,
) -> AppResult<StatusCode> {
    let topic = parse_id(&topic, "topic_not_found")?;
    forum
        .subscribe(&user, &territory(&t)?, topic, false)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Full-text search in the territory's language, ranked, with highlighted snippets.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/search", tag = "forum",
    params(("territory" = String, Path), SearchQuery), responses((status = 200, body = Page<SearchHit>), (status = 422, body = ErrorBody)))]
async fn search(
    State(forum): State<Forum>,
    Path(t): Path<String>,
    Query(q): Query<SearchQuery>,
) -> AppResult<Json<Page<SearchHit>>> {
    Ok(Json(
        forum
            .search(&territory(&t)?, &q.q, q.cursor, q.limit)
            .await?,
    ))
}

/// Moderate a topic: lock, unlock, pin, unpin, hide, unhide, move, merge, slow_mode.
#[utoipa::path(post, path = "/api/v1/t/{territory}/forum/topics/{topic}/moderation", tag = "forum", request_body = ModerateTopicBody,
    params(("territory" = String, Path), ("topic" = Uuid, Path)), responses((status = 200, body = Topic), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn moderate_topic(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, topic)): Path<(String, String)>,
    Json(m): Json<ModerateTopicBody>,
) -> AppResult<Json<Topic>> {
    let topic = parse_id(&topic, "topic_not_found")?;
    Ok(Json(
        forum
            .moderate_topic(&user, &territory(&t)?, topic, m.action, &m.reason)
            .await?,
    ))
}

/// Hide or unhide a post (moderators).
#[utoipa::path(post, path = "/api/v1/t/{territory}/forum/posts/{post}/moderation", tag = "forum", request_body = ModeratePostBody,
    params(("territory" = String, Path), ("post" = Uuid, Path)), responses((status = 200, body = Post), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn moderate_post(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, post)): Path<(String, String)>,
    Json(m): Json<ModeratePostBody>,
) -> AppResult<Json<Post>> {
    let post = parse_id(&post, "post_not_found")?;
    let hide = match m.action.as_str() {
        "hide" => true,
        "unhide" => false,
        _ => {
            return Err(kernel::AppError::invalid_field(
                "action",
                "must be hide or unhide",
            ))
        }
    };
    Ok(Json(
        forum
            .moderate_post(&user, &territory(&t)?, post, hide, &m.reason)
            .await?,
    ))
}

/// Flag a post for moderators.
#[utoipa::path(post, path = "/api/v1/t/{territory}/forum/posts/{post}/flags", tag = "forum", request_body = FlagBody,
    params(("territory" = String, Path), ("post" = Uuid, Path)), responses((status = 201, body = FlagCreated), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
async fn flag_post(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, post)): Path<(String, String)>,
    Json(f): Json<FlagBody>,
) -> AppResult<(StatusCode, Json<FlagCreated>)> {
    let post = parse_id(&post, "post_not_found")?;
    let id = forum
        .flag(&user, &territory(&t)?, post, &f.reason, &f.note)
        .await?;
    Ok((StatusCode::CREATED, Json(FlagCreated { id })))
}

/// The open flag queue (moderators), oldest first.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/flags", tag = "forum",
    params(("territory" = String, Path), PageQuery), responses((status = 200, body = Page<Flag>), (status = 403, body = ErrorBody)))]
async fn list_flags(
    State(forum): State<Forum>,
    user: AuthUser,
    Path(t): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Json<Page<Flag>>> {
    Ok(Json(
        forum
            .flags(&user, &territory(&t)?, q.cursor, q.limit)
            .await?,
    ))
}

/// Resolve a flag (moderators).
#[utoipa::path(post, path = "/api/v1/t/{territory}/forum/flags/{flag}/resolve", tag = "forum", request_body = ResolveBody,
    params(("territory" = String, Path), ("flag" = Uuid, Path)), responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
async fn resolve_flag(
    State(forum): State<Forum>,
    user: AuthUser,
    Path((t, flag)): Path<(String, String)>,
    Json(r): Json<ResolveBody>,
) -> AppResult<StatusCode> {
    let flag = parse_id(&flag, "flag_not_found")?;
    forum
        .resolve_flag(&user, &territory(&t)?, flag, &r.resolution)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The public moderation log, newest first.
#[utoipa::path(get, path = "/api/v1/t/{territory}/forum/moderation-log", tag = "forum",
    params(("territory" = String, Path), PageQuery), responses((status = 200, body = Page<ModLogEntry>)))]
async fn moderation_log(
    State(forum): State<Forum>,
    Path(t): Path<String>,
    Query(q): Query<PageQuery>,
) -> AppResult<Json<Page<ModLogEntry>>> {
    Ok(Json(
        forum.mod_log(&territory(&t)?, q.cursor, q.limit).await?,
    ))
}

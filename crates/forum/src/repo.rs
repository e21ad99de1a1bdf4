//! Forum SQL. Every function takes a territory transaction's connection.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::model::{Category, Flag, ModLogEntry, Revision, SearchHit, Settings, Topic};

/// A post row as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PostRow {
    pub id: Uuid,
    pub topic_id: Uuid,
    pub number: i32,
    pub author_id: Uuid,
    pub reply_to: Option<Uuid>,
    pub quote_of: Option<Uuid>,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub edited_at: Option<DateTime<Utc>>,
    pub revision: i32,
    pub deleted_at: Option<DateTime<Utc>>,
    pub hidden: bool,
    pub reactions: serde_json::Value,
    pub mentions: Vec<Uuid>,
    pub attachments: serde_json::Value,
}

const POST_COLUMNS: &str = "p.id, p.topic_id, p.number, p.author_id, p.reply_to, p.quote_of, p.body, \
    p.created_at, p.edited_at, p.revision, p.deleted_at, p.hidden, \
    COALESCE((SELECT jsonb_object_agg(emoji, n) FROM (SELECT emoji, count(*) AS n FROM forum_reaction r \
      WHERE r.post_id = p.id GROUP BY emoji) x), '{}'::jsonb) AS reactions, \
    ARRAY(SELECT user_id FROM forum_mention m WHERE m.post_id = p.id) AS mentions, \
    COALESCE((SELECT jsonb_agg(jsonb_build_object('sha256', a.sha256, 'name', a.name, \
      'size_bytes', f.size_bytes, 'content_type', f.content_type) ORDER BY a.position) \
      FROM forum_attachment a JOIN file_objects f ON f.sha256 = a.sha256 WHERE a.post_id = p.id), \
      '[]'::jsonb) AS attachments";

const TOPIC_COLUMNS: &str =
    "t.id, t.category_id, t.author_id, t.title, t.created_at, t.last_post_at, \
    t.post_count, t.reaction_count, t.hot_rank, t.locked, t.pinned, t.hidden, t.merged_into, \
    t.slow_mode_secs, GREATEST(t.post_count - COALESCE(rs.last_read_number, \
      CASE WHEN $1::uuid IS NULL THEN t.post_count ELSE 0 END), 0) AS unread";

/// Settings, or the defaults.
pub async fn settings(conn: &mut PgConnection) -> Result<Settings, sqlx::Error> {
    let found: Option<Settings> = sqlx::query_as(
        "SELECT emoji, posts_per_minute, new_user_hours, new_user_posts_per_day, max_post_chars, \
         max_attachment_bytes, attachment_types FROM forum_settings",
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(found.unwrap_or_default())
}

/// Replace the settings.
pub async fn set_settings(conn: &mut PgConnection, s: &Settings) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO forum_settings (singleton, emoji, posts_per_minute, new_user_hours, new_user_posts_per_day, max_post_chars, \
         max_attachment_bytes, attachment_types) \
         VALUES (true, $1, $2, $3, $4, $5, $6, $7) ON CONFLICT (singleton) DO UPDATE SET emoji = $1, posts_per_minute = $2, \
         new_user_hours = $3, new_user_posts_per_day = $4, max_post_chars = $5, max_attachment_bytes = $6, \
         attachment_types = $7",
    )
    .bind(&s.emoji)
    .bind(s.posts_per_minute)
    .bind(s.new_user_hours)
    .bind(s.new_user_posts_per_day)
    .bind(s.max_post_chars)
    .bind(s.max_attachment_bytes)
    .bind(&s.attachment_types)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Insert a category.
pub async fn insert_category(
    conn: &mut PgConnection,
    id: Uuid,
    slug: &str,
    name: &str,
    description: &str,
    position: i32,
    post_role: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO forum_category (id, slug, name, description, position, post_role) VALUES ($1,$2,$3,$4,$5,$6)")
        .bind(id).bind(slug).bind(name).bind(description).bind(position).bind(post_role)
        .execute(&mut *conn).await?;
    Ok(())
}

/// Categories in order, with topic counts and the user's unread posts.
pub async fn categories(
    conn: &mut PgConnection,
    user: Option<Uuid>,
) -> Result<Vec<Category>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.slug, c.name, c.description, c.position, c.post_role, \
           (SELECT count(*) FROM forum_topic t WHERE t.category_id = c.id AND NOT t.hidden AND t.merged_into IS NULL) AS topic_count, \
           CASE WHEN $1::uuid IS NULL THEN 0 ELSE (SELECT COALESCE(sum(GREATEST(t.post_count - COALESCE(rs.last_read_number, 0), 0)), 0)::bigint \
             FROM forum_topic t LEFT JOIN forum_read_state rs ON rs.topic_id = t.id AND rs.user_id = $1 \
             WHERE t.category_id = c.id AND NOT t.hidden AND t.merged_into IS NULL) END AS unread \
         FROM forum_category c ORDER BY c.position, c.name",
    )
    .bind(user)
    .fetch_all(&mut *conn)
    .await
}

/// One category's posting role.
pub async fn category_role(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT post_role FROM forum_category WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
}

/// Insert a topic (post_count starts at 0; the first post bumps it).
pub async fn insert_topic(
    conn: &mut PgConnection,
    id: Uuid,
    category: Uuid,
    author: Uuid,
    title: &str,
    config: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO forum_topic (id, category_id, author_id, title, search) \
         VALUES ($1, $2, $3, $4, to_tsvector($5::regconfig, $4))",
    )
    .bind(id)
    .bind(category)
    .bind(author)
    .bind(title)
    .bind(config)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Lock a topic row for a write and return it.
pub async fn topic_for_update(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<Topic>, sqlx::Error> {
    let sql = format!("SELECT {TOPIC_COLUMNS} FROM forum_topic t LEFT JOIN forum_read_state rs ON false WHERE t.id = $2 FOR UPDATE OF t");
    sqlx::query_as(&sql)
        .bind(None::<Uuid>)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
}

/// A topic as a user sees it.
pub async fn topic(
    conn: &mut PgConnection,
    id: Uuid,
    user: Option<Uuid>,
) -> Result<Option<Topic>, sqlx::Error> {
    let sql = format!("SELECT {TOPIC_COLUMNS} FROM forum_topic t LEFT JOIN forum_read_state rs ON rs.topic_id = t.id AND rs.user_id = $1 WHERE t.id = $2");
    sqlx::query_as(&sql)
        .bind(user)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
}

/// Which listing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Sort {
    /// Most recently bumped first.
    Latest,
    /// Most reactions and posts in the period first.
    Top,
    /// Stored hot rank first.
    Hot,
    /// Latest among topics with unread posts.
    Unread,
}

/// One page of a topic listing (keyset: `(key, id) < cursor`).
#[allow(clippy::too_many_arguments)]
pub async fn topics(
    conn: &mut PgConnection,
    user: Option<Uuid>,
    sort: Sort,
    category: Option<Uuid>,
    since: Option<DateTime<Utc>>,
    after_time: Option<DateTime<Utc>>,
    after_num: Option<f64>,
    after_id: Option<Uuid>,
    limit: i64,
) -> Result<Vec<Topic>, sqlx::Error> {
    let (key, order) = match sort {
        Sort::Latest | Sort::Unread => ("t.last_post_at", "t.last_post_at DESC, t.id DESC"),
        Sort::Top => (
            "(t.reaction_count + t.post_count)::float8",
            "(t.reaction_count + t.post_count) DESC, t.id DESC",
        ),
        Sort::Hot => ("t.hot_rank", "t.hot_rank DESC, t.id DESC"),
    };
    let after = match sort {
        Sort::Latest | Sort::Unread => {
            format!("($5::timestamptz IS NULL OR ({key}, t.id) < ($5, $7))")
        }
        _ => format!("($6::float8 IS NULL OR ({key}, t.id) < ($6, $7))"),
    };
    let unread = if sort == Sort::Unread {
        "AND $1::uuid IS NOT NULL AND t.post_count > COALESCE(rs.last_read_number, 0)"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {TOPIC_COLUMNS} FROM forum_topic t \
         LEFT JOIN forum_read_state rs ON rs.topic_id = t.id AND rs.user_id = $1 \
         WHERE NOT t.hidden AND t.merged_into IS NULL \
         AND ($2::uuid IS NULL OR t.category_id = $2) \
         AND ($3::timestamptz IS NULL OR t.created_at >= $3) \
         AND {after} {unread} ORDER BY {order} LIMIT $4"
    );
    sqlx::query_as(&sql)
        .bind(user)
        .bind(category)
        .bind(since)
        .bind(limit)
        .bind(after_time)
        .bind(after_num)
        .bind(after_id)
        .fetch_all(&mut *conn)
        .await
}

/// Insert a post, numbering it after the topic's last, and bump the topic.
#[allow(clippy::too_many_arguments)]
pub async fn insert_post(
    conn: &mut PgConnection,
    id: Uuid,
    topic: Uuid,
    author: Uuid,
    reply_to: Option<Uuid>,
    quote_of: Option<Uuid>,
    body: &str,
    config: &str,
    client_id: Option<Uuid>,
) -> Result<i32, sqlx::Error> {
    let number: i32 = sqlx::query_scalar(
        "UPDATE forum_topic SET post_count = post_count + 1, last_post_at = now() WHERE id = $1 RETURNING post_count",
    )
    .bind(topic)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO forum_post (id, topic_id, number, author_id, reply_to, quote_of, body, search, client_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, to_tsvector($8::regconfig, $7), $9)",
    )
    .bind(id).bind(topic).bind(number).bind(author).bind(reply_to).bind(quote_of).bind(body).bind(config).bind(client_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("INSERT INTO forum_post_revision (post_id, revision, body, edited_by) VALUES ($1, 1, $2, $3)")
        .bind(id).bind(body).bind(author)
        .execute(&mut *conn).await?;
    Ok(number)
}

/// Record mentions.
pub async fn insert_mentions(
    conn: &mut PgConnection,
    post: Uuid,
    users: &[Uuid],
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO forum_mention (post_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING")
        .bind(post).bind(users).execute(&mut *conn).await?;
    Ok(())
}

/// A post.
pub async fn post(conn: &mut PgConnection, id: Uuid) -> Result<Option<PostRow>, sqlx::Error> {
    let sql = format!("SELECT {POST_COLUMNS} FROM forum_post p WHERE p.id = $1");
    sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
}

/// The post `author` made with `client_id` (a retried request), if any.
pub async fn post_by_client(
    conn: &mut PgConnection,
    author: Uuid,
    client_id: Uuid,
) -> Result<Option<PostRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {POST_COLUMNS} FROM forum_post p WHERE p.author_id = $1 AND p.client_id = $2"
    );
    sqlx::query_as(&sql)
        .bind(author)
        .bind(client_id)
        .fetch_optional(&mut *conn)
        .await
}

/// Serialise requests of one author with one client id until the transaction ends.
pub async fn lock_client_id(
    conn: &mut PgConnection,
    author: Uuid,
    client_id: Uuid,
) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('forum-post:' || $1::text || ':' || $2::text, 0))")
        .bind(author)
        .bind(client_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Posts of a topic after `number`, in order.
pub async fn posts(
    conn: &mut PgConnection,
    topic: Uuid,
    after: i32,
    limit: i64,
) -> Result<Vec<PostRow>, sqlx::Error> {
    let sql = format!("SELECT {POST_COLUMNS} FROM forum_post p WHERE p.topic_id = $1 AND p.number > $2 ORDER BY p.number LIMIT $3");
    sqlx::query_as(&sql)
        .bind(topic)
        .bind(after)
        .bind(limit)
        .fetch_all(&mut *conn)
        .await
}

/// Replace a post's body, keeping the old one as a revision.
pub async fn edit_post(
    conn: &mut PgConnection,
    id: Uuid,
    body: &str,
    editor: Uuid,
    config: &str,
) -> Result<i32, sqlx::Error> {
    let revision: i32 = sqlx::query_scalar(
        "UPDATE forum_post SET body = $2, search = to_tsvector($3::regconfig, $2), edited_at = now(), revision = revision + 1 \
         WHERE id = $1 RETURNING revision",
    )
    .bind(id).bind(body).bind(config)
    .fetch_one(&mut *conn).await?;
    sqlx::query("INSERT INTO forum_post_revision (post_id, revision, body, edited_by) VALUES ($1, $2, $3, $4)")
        .bind(id).bind(revision).bind(body).bind(editor)
        .execute(&mut *conn).await?;
    Ok(revision)
}

/// Revisions, oldest first.
pub async fn revisions(conn: &mut PgConnection, id: Uuid) -> Result<Vec<Revision>, sqlx::Error> {
    sqlx::query_as("SELECT revision, body, edited_by, edited_at FROM forum_post_revision WHERE post_id = $1 ORDER BY revision")
        .bind(id).fetch_all(&mut *conn).await
}

/// Soft-delete a post.
pub async fn delete_post(conn: &mut PgConnection, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE forum_post SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Hide or show a post.
pub async fn set_post_hidden(
    conn: &mut PgConnection,
    id: Uuid,
    hidden: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE forum_post SET hidden = $2 WHERE id = $1")
        .bind(id)
        .bind(hidden)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Add a reaction; true when it was new.
pub async fn react(
    conn: &mut PgConnection,
    post: Uuid,
    topic: Uuid,
    user: Uuid,
    emoji: &str,
) -> Result<bool, sqlx::Error> {
    let added = sqlx::query("INSERT INTO forum_reaction (post_id, user_id, emoji) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(post).bind(user).bind(emoji).execute(&mut *conn).await?.rows_affected() == 1;
    if added {
        sqlx::query("UPDATE forum_post SET reaction_count = reaction_count + 1 WHERE id = $1")
            .bind(post)
            .execute(&mut *conn)
            .await?;
        sqlx::query("UPDATE forum_topic SET reaction_count = reaction_count + 1 WHERE id = $1")
            .bind(topic)
            .execute(&mut *conn)
            .await?;
    }
    Ok(added)
}

/// Remove a reaction.
pub async fn unreact(
    conn: &mut PgConnection,
    post: Uuid,
    topic: Uuid,
    user: Uuid,
    emoji: &str,
) -> Result<bool, sqlx::Error> {
    let removed = sqlx::query(
        "DELETE FROM forum_reaction WHERE post_id = $1 AND user_id = $2 AND emoji = $3",
    )
    .bind(post)
    .bind(user)
    .bind(emoji)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if removed {
        sqlx::query("UPDATE forum_post SET reaction_count = reaction_count - 1 WHERE id = $1")
            .bind(post)
            .execute(&mut *conn)
            .await?;
        sqlx::query("UPDATE forum_topic SET reaction_count = reaction_count - 1 WHERE id = $1")
            .bind(topic)
            .execute(&mut *conn)
            .await?;
    }
    Ok(removed)
}

/// Bookmark or un-bookmark.
pub async fn set_bookmark(
    conn: &mut PgConnection,
    user: Uuid,
    post: Uuid,
    on: bool,
) -> Result<(), sqlx::Error> {
    if on {
        sqlx::query(
            "INSERT INTO forum_bookmark (user_id, post_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(user)
        .bind(post)
        .execute(&mut *conn)
        .await?;
    } else {
        sqlx::query("DELETE FROM forum_bookmark WHERE user_id = $1 AND post_id = $2")
            .bind(user)
            .bind(post)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// A user's bookmarks, newest first (keyset on `(created_at, post_id)`).
pub async fn bookmarks(
    conn: &mut PgConnection,
    user: Uuid,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<(PostRow, DateTime<Utc>)>, sqlx::Error> {
    let (at, id) = after.unzip();
    let rows: Vec<(Uuid, DateTime<Utc>)> = sqlx::query_as(
        "SELECT post_id, created_at FROM forum_bookmark WHERE user_id = $1 \
         AND ($2::timestamptz IS NULL OR (created_at, post_id) < ($2, $3)) ORDER BY created_at DESC, post_id DESC LIMIT $4",
    )
    .bind(user).bind(at).bind(id).bind(limit)
    .fetch_all(&mut *conn).await?;
    let mut out = Vec::with_capacity(rows.len());
    for (post_id, at) in rows {
        if let Some(p) = post(conn, post_id).await? {
            out.push((p, at));
        }
    }
    Ok(out)
}

/// Move the read marker forward (never backward).
pub async fn mark_read(
    conn: &mut PgConnection,
    user: Uuid,
    topic: Uuid,
    number: i32,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO forum_read_state (user_id, topic_id, last_read_number) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id, topic_id) DO UPDATE SET last_read_number = GREATEST(forum_read_state.last_read_number, $3)",
    )
    .bind(user).bind(topic).bind(number).execute(&mut *conn).await?;
    Ok(())
}

/// Subscribe or unsubscribe.
pub async fn set_subscription(
    conn: &mut PgConnection,
    user: Uuid,
    topic: Uuid,
    on: bool,
) -> Result<(), sqlx::Error> {
    if on {
        sqlx::query("INSERT INTO forum_subscription (user_id, topic_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(user).bind(topic).execute(&mut *conn).await?;
    } else {
        sqlx::query("DELETE FROM forum_subscription WHERE user_id = $1 AND topic_id = $2")
            .bind(user)
            .bind(topic)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// What one user did on a topic: whether they follow it, and their reactions and
/// bookmarks among `posts`.
pub async fn viewer_state(
    conn: &mut PgConnection,
    user: Uuid,
    topic: Uuid,
    posts: &[Uuid],
) -> Result<(bool, Vec<(Uuid, String)>, Vec<Uuid>), sqlx::Error> {
    let following: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM forum_subscription WHERE user_id = $1 AND topic_id = $2)",
    )
    .bind(user)
    .bind(topic)
    .fetch_one(&mut *conn)
    .await?;
    let reactions: Vec<(Uuid, String)> = sqlx::query_as(
        "SELECT post_id, emoji FROM forum_reaction WHERE user_id = $1 AND post_id = ANY($2) ORDER BY post_id, emoji",
    )
    .bind(user)
    .bind(posts)
    .fetch_all(&mut *conn)
    .await?;
    let bookmarks: Vec<Uuid> = sqlx::query_scalar(
        "SELECT post_id FROM forum_bookmark WHERE user_id = $1 AND post_id = ANY($2) ORDER BY post_id",
    )
    .bind(user)
    .bind(posts)
    .fetch_all(&mut *conn)
    .await?;
    Ok((following, reactions, bookmarks))
}

/// Subscribers of a topic.
pub async fn subscribers(conn: &mut PgConnection, topic: Uuid) -> Result<Vec<Uuid>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT user_id FROM forum_subscription WHERE topic_id = $1 ORDER BY user_id",
    )
    .bind(topic)
    .fetch_all(&mut *conn)
    .await
}

/// Posts by a user since a time (rate limits).
pub async fn posts_since(
    conn: &mut PgConnection,
    user: Uuid,
    since: DateTime<Utc>,
    topic: Option<Uuid>,
) -> Result<(i64, Option<DateTime<Utc>>), sqlx::Error> {
    sqlx::query_as(
        "SELECT count(*), max(created_at) FROM forum_post WHERE author_id = $1 AND created_at >= $2 AND ($3::uuid IS NULL OR topic_id = $3)",
    )
    .bind(user).bind(since).bind(topic).fetch_one(&mut *conn).await
}

/// Set a moderation flag column of a topic.
pub async fn set_topic_flag(
    conn: &mut PgConnection,
    topic: Uuid,
    column: &str,
    value: bool,
) -> Result<(), sqlx::Error> {
    // `column` comes from a fixed list in the service, never from input.
    let sql = format!("UPDATE forum_topic SET {column} = $2 WHERE id = $1");
    sqlx::query(&sql)
        .bind(topic)
        .bind(value)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Move a topic to another category.
pub async fn move_topic(
    conn: &mut PgConnection,
    topic: Uuid,
    category: Uuid,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE forum_topic SET category_id = $2 WHERE id = $1")
        .bind(topic)
        .bind(category)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Set slow mode.
pub async fn set_slow_mode(
    conn: &mut PgConnection,
    topic: Uuid,
    secs: i32,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE forum_topic SET slow_mode_secs = $2 WHERE id = $1")
        .bind(topic)
        .bind(secs)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Merge `from` into `into`: its posts are renumbered after `into`'s, counters move.
pub async fn merge_topics(
    conn: &mut PgConnection,
    from: Uuid,
    into: Uuid,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "WITH base AS (SELECT post_count FROM forum_topic WHERE id = $2), \
              moved AS (SELECT id, row_number() OVER (ORDER BY number) AS rn FROM forum_post WHERE topic_id = $1) \
         UPDATE forum_post p SET topic_id = $2, number = (SELECT post_count FROM base) + moved.rn \
         FROM moved WHERE p.id = moved.id",
    )
    .bind(from).bind(into).execute(&mut *conn).await?;
    sqlx::query(
        "UPDATE forum_topic i SET post_count = i.post_count + f.post_count, reaction_count = i.reaction_count + f.reaction_count, \
         last_post_at = GREATEST(i.last_post_at, f.last_post_at) FROM forum_topic f WHERE i.id = $2 AND f.id = $1",
    )
    .bind(from).bind(into).execute(&mut *conn).await?;
    sqlx::query(
        "UPDATE forum_topic SET merged_into = $2, post_count = 0, reaction_count = 0 WHERE id = $1",
    )
    .bind(from)
    .bind(into)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM forum_read_state WHERE topic_id = $1")
        .bind(from)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Write a moderation log entry.
#[allow(clippy::too_many_arguments)]
pub async fn log(
    conn: &mut PgConnection,
    moderator: Uuid,
    action: &str,
    topic: Option<Uuid>,
    post: Option<Uuid>,
    reason: &str,
    details: serde_json::Value,
) -> Result<Uuid, sqlx::Error> {
    let id = Uuid::now_v7();
    sqlx::query("INSERT INTO forum_mod_log (id, moderator_id, action, topic_id, post_id, reason, details) VALUES ($1,$2,$3,$4,$5,$6,$7)")
        .bind(id).bind(moderator).bind(action).bind(topic).bind(post).bind(reason).bind(details)
        .execute(&mut *conn).await?;
    Ok(id)
}

/// The moderation log, newest first.
pub async fn mod_log(
    conn: &mut PgConnection,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<ModLogEntry>, sqlx::Error> {
    let (at, id) = after.unzip();
    sqlx::query_as(
        "SELECT id, moderator_id, action, topic_id, post_id, reason, details, created_at FROM forum_mod_log \
         WHERE ($1::timestamptz IS NULL OR (created_at, id) < ($1, $2)) ORDER BY created_at DESC, id DESC LIMIT $3",
    )
    .bind(at).bind(id).bind(limit).fetch_all(&mut *conn).await
}

/// File a flag; None when this user already flagged the post.
pub async fn insert_flag(
    conn: &mut PgConnection,
    post: Uuid,
    flagger: Uuid,
    reason: &str,
    note: &str,
) -> Result<Option<Uuid>, sqlx::Error> {
    let id = Uuid::now_v7();
    let done = sqlx::query("INSERT INTO forum_flag (id, post_id, flagger_id, reason, note) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING")
        .bind(id).bind(post).bind(flagger).bind(reason).bind(note).execute(&mut *conn).await?;
    Ok((done.rows_affected() == 1).then_some(id))
}

/// Open flags, oldest first.
pub async fn open_flags(
    conn: &mut PgConnection,
    after: Option<(DateTime<Utc>, Uuid)>,
    limit: i64,
) -> Result<Vec<Flag>, sqlx::Error> {
    let (at, id) = after.unzip();
    sqlx::query_as(
        "SELECT f.id, f.post_id, p.topic_id, f.flagger_id, f.reason, f.note, f.created_at FROM forum_flag f \
         JOIN forum_post p ON p.id = f.post_id WHERE f.resolved_at IS NULL \
         AND ($1::timestamptz IS NULL OR (f.created_at, f.id) > ($1, $2)) ORDER BY f.created_at, f.id LIMIT $3",
    )
    .bind(at).bind(id).bind(limit).fetch_all(&mut *conn).await
}

/// Resolve a flag; returns its post.
pub async fn resolve_flag(
    conn: &mut PgConnection,
    id: Uuid,
    by: Uuid,
    resolution: &str,
) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar("UPDATE forum_flag SET resolved_at = now(), resolved_by = $2, resolution = $3 WHERE id = $1 AND resolved_at IS NULL RETURNING post_id")
        .bind(id).bind(by).bind(resolution).fetch_optional(&mut *conn).await
}

/// Full-text search over visible posts and topic titles, ranked, with snippets.
pub async fn search(
    conn: &mut PgConnection,
    config: &str,
    query: &str,
    after: Option<(f64, Uuid)>,
    limit: i64,
) -> Result<Vec<SearchHit>, sqlx::Error> {
    let (rank, id) = after.unzip();
    sqlx::query_as(
        "WITH q AS (SELECT websearch_to_tsquery($1::regconfig, $2) AS q), \
         hits AS ( \
           SELECT p.id AS post_id, p.topic_id, t.title, p.number, p.body, \
             (ts_rank(p.search, q.q) + CASE WHEN p.number = 1 THEN ts_rank(t.search, q.q) ELSE 0 END)::float4 AS rank \
           FROM forum_post p JOIN forum_topic t ON t.id = p.topic_id, q \
           WHERE (p.search @@ q.q OR (p.number = 1 AND t.search @@ q.q)) \
             AND p.deleted_at IS NULL AND NOT p.hidden AND NOT t.hidden AND t.merged_into IS NULL) \
         SELECT post_id, topic_id, title, number, rank, \
           ts_headline($1::regconfig, body, (SELECT q FROM q), \
             'StartSel=\u{1}, StopSel=\u{2}, MaxFragments=2, MaxWords=20, MinWords=5') AS snippet \
         FROM hits WHERE ($3::float8 IS NULL OR (rank::float8, post_id) < ($3, $4)) \
         ORDER BY rank DESC, post_id DESC LIMIT $5",
    )
    .bind(config).bind(query).bind(rank).bind(id).bind(limit)
    .fetch_all(&mut *conn).await
}

/// Refresh stored hot ranks: score / age^1.8 (Lemmy/Reddit style) for topics bumped in the
/// last week; older topics drop to 0.
pub async fn refresh_hot(conn: &mut PgConnection) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE forum_topic SET hot_rank = CASE WHEN last_post_at > now() - interval '7 days' THEN \
           10000 * log(GREATEST(1, 3 + reaction_count + post_count)) / \
           power(extract(epoch FROM now() - created_at) / 3600 + 2, 1.8) ELSE 0 END \
         WHERE last_post_at > now() - interval '8 days' OR hot_rank <> 0",
    )
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Record that `user` uploaded `sha256` (as `name`) for their posts.
pub async fn record_upload(
    conn: &mut PgConnection,
    sha256: &str,
    user: Uuid,
    name: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO forum_upload (sha256, user_id, name) VALUES ($1, $2, $3) \
         ON CONFLICT (sha256, user_id) DO UPDATE SET name = EXCLUDED.name, uploaded_at = now()",
    )
    .bind(sha256)
    .bind(user)
    .bind(name)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Attach `user`'s uploads to a post in the given order; returns how many were attached
/// (fewer than asked when some hash is not one of the user's uploads).
pub async fn attach(
    conn: &mut PgConnection,
    post: Uuid,
    user: Uuid,
    sha256s: &[String],
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO forum_attachment (post_id, sha256, name, position) \
         SELECT $1, u.sha256, u.name, x.position::int \
         FROM unnest($3::text[]) WITH ORDINALITY AS x(sha256, position) \
         JOIN forum_upload u ON u.sha256 = x.sha256 AND u.user_id = $2",
    )
    .bind(post)
    .bind(user)
    .bind(sha256s)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Who may download a forum file: `(visible, known, mine)` — a visible post in a visible
/// topic carries it; the forum knows it at all (attached or uploaded); `user` uploaded it.
pub async fn attachment_visibility(
    conn: &mut PgConnection,
    sha256: &str,
    user: Option<Uuid>,
) -> Result<(bool, bool, bool), sqlx::Error> {
    sqlx::query_as(
        "SELECT EXISTS (SELECT 1 FROM forum_attachment a JOIN forum_post p ON p.id = a.post_id \
                 JOIN forum_topic t ON t.id = p.topic_id WHERE a.sha256 = $1 \
                 AND p.deleted_at IS NULL AND NOT p.hidden AND NOT t.hidden), \
                EXISTS (SELECT 1 FROM forum_attachment WHERE sha256 = $1) \
                 OR EXISTS (SELECT 1 FROM forum_upload WHERE sha256 = $1), \
                EXISTS (SELECT 1 FROM forum_upload WHERE sha256 = $1 AND user_id = $2)",
    )
    .bind(sha256)
    .bind(user)
    .fetch_one(&mut *conn)
    .await
}

//! SQL of the identity domain. Territory functions run on a [`store::TerritoryTx`]
//! connection (search_path set); `dir_*` functions on the control plane.

use chrono::{DateTime, Utc};
use serde_json::Value;
use sqlx::PgConnection;
use uuid::Uuid;

/// An account row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UserRow {
    /// Id.
    pub id: Uuid,
    /// Handle.
    pub handle: String,
    /// Email.
    pub email: String,
    /// When the email was verified.
    pub email_verified_at: Option<DateTime<Utc>>,
    /// Display name.
    pub display_name: String,
    /// Language tag.
    pub language: String,
    /// PHC string.
    pub password_hash: String,
    /// Set when an admin disabled (locked) the account.
    pub disabled_at: Option<DateTime<Utc>>,
    /// Consecutive failed sign-ins.
    pub failed_logins: i32,
    /// Last failed sign-in.
    pub last_failed_at: Option<DateTime<Utc>>,
    /// Base32 TOTP secret (pending or enabled).
    pub totp_secret: Option<String>,
    /// When TOTP was confirmed.
    pub totp_enabled_at: Option<DateTime<Utc>>,
    /// Last accepted TOTP step.
    pub totp_last_step: Option<i64>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

const USER_COLUMNS: &str = "id, handle, email, email_verified_at, display_name, language, password_hash, disabled_at, failed_logins, last_failed_at, totp_secret, totp_enabled_at, totp_last_step, created_at";

/// Insert a directory row (control plane).
pub async fn dir_insert(
    conn: &mut PgConnection,
    user: Uuid,
    territory: &str,
    handle: &str,
    email_digest: &[u8],
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO control.identity_directory (user_id, territory, handle, email_digest) VALUES ($1, $2, $3, $4)",
    )
    .bind(user)
    .bind(territory)
    .bind(handle)
    .bind(email_digest)
    .execute(conn)
    .await?;
    Ok(())
}

/// Remove a directory row (compensation when the territory insert fails).
pub async fn dir_delete(conn: &mut PgConnection, user: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM control.identity_directory WHERE user_id = $1")
        .bind(user)
        .execute(conn)
        .await?;
    Ok(())
}

/// Which of handle / email digest are taken.
pub async fn dir_taken(
    conn: &mut PgConnection,
    handle: &str,
    email_digest: &[u8],
) -> Result<(bool, bool), sqlx::Error> {
    sqlx::query_as(
        "SELECT EXISTS (SELECT 1 FROM control.identity_directory WHERE handle = $1),
                EXISTS (SELECT 1 FROM control.identity_directory WHERE email_digest = $2)",
    )
    .bind(handle)
    .bind(email_digest)
    .fetch_one(conn)
    .await
}

/// Find (user id, territory) by handle or email digest.
pub async fn dir_find(
    conn: &mut PgConnection,
    handle: Option<&str>,
    email_digest: Option<&[u8]>,
) -> Result<Option<(Uuid, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT user_id, territory FROM control.identity_directory
         WHERE ($1::text IS NOT NULL AND handle = $1) OR ($2::bytea IS NOT NULL AND email_digest = $2)
         LIMIT 1",
    )
    .bind(handle)
    .bind(email_digest)
    .fetch_optional(conn)
    .await
}

/// The territory of a user id.
pub async fn dir_territory(
    conn: &mut PgConnection,
    user: Uuid,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT territory FROM control.identity_directory WHERE user_id = $1")
        .bind(user)
        .fetch_optional(conn)
        .await
}

/// Replace the email digest (after an email change).
pub async fn dir_set_email(
    conn: &mut PgConnection,
    user: Uuid,
    digest: &[u8],
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE control.identity_directory SET email_digest = $2 WHERE user_id = $1")
        .bind(user)
        .bind(digest)
        .execute(conn)
        .await?;
    Ok(())
}

/// Insert an account.
#[allow(clippy::too_many_arguments)]
pub async fn insert_user(
    conn: &mut PgConnection,
    id: Uuid,
    handle: &str,
    email: &str,
    display_name: &str,
    language: &str,
    password_hash: &str,
    verified: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO identity_users (id, handle, email, display_name, language, password_hash, email_verified_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END)",
    )
    .bind(id)
    .bind(handle)
    .bind(email)
    .bind(display_name)
    .bind(language)
    .bind(password_hash)
    .bind(verified)
    .execute(conn)
    .await?;
    Ok(())
}

/// An account by id (locked `FOR UPDATE` when `lock`).
pub async fn user(
    conn: &mut PgConnection,
    id: Uuid,
    lock: bool,
) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {USER_COLUMNS} FROM identity_users WHERE id = $1{}",
        if lock { " FOR UPDATE" } else { "" }
    );
    sqlx::query_as(&sql).bind(id).fetch_optional(conn).await
}

/// An account by handle.
pub async fn user_by_handle(
    conn: &mut PgConnection,
    handle: &str,
) -> Result<Option<UserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM identity_users WHERE handle = $1");
    sqlx::query_as(&sql).bind(handle).fetch_optional(conn).await
}

/// Every account of the territory (bounded).
pub async fn list_users(conn: &mut PgConnection, limit: i64) -> Result<Vec<UserRow>, sqlx::Error> {
    let sql = format!("SELECT {USER_COLUMNS} FROM identity_users ORDER BY handle LIMIT $1");
    sqlx::query_as(&sql).bind(limit).fetch_all(conn).await
}

/// Record a failed sign-in.
pub async fn record_failure(conn: &mut PgConnection, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE identity_users SET failed_logins = failed_logins + 1, last_failed_at = now() WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Clear failures (after a success).
pub async fn clear_failures(conn: &mut PgConnection, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE identity_users SET failed_logins = 0, last_failed_at = NULL WHERE id = $1 AND failed_logins <> 0")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Store a new password hash.
pub async fn set_password(
    conn: &mut PgConnection,
    id: Uuid,
    hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE identity_users SET password_hash = $2 WHERE id = $1")
        .bind(id)
        .bind(hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Mark the email verified.
pub async fn set_verified(conn: &mut PgConnection, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE identity_users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Replace the email (verified by the link that carried it).
pub async fn set_email(conn: &mut PgConnection, id: Uuid, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE identity_users SET email = $2, email_verified_at = now() WHERE id = $1")
        .bind(id)
        .bind(email)
        .execute(conn)
        .await?;
    Ok(())
}

/// Disable or enable an account.
pub async fn set_disabled(
    conn: &mut PgConnection,
    id: Uuid,
    disabled: bool,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE identity_users SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) END,
                failed_logins = CASE WHEN $2 THEN failed_logins ELSE 0 END
         WHERE id = $1",
    )
    .bind(id)
    .bind(disabled)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Set (pending) or clear the TOTP secret.
pub async fn set_totp(
    conn: &mut PgConnection,
    id: Uuid,
    secret: Option<&str>,
    enabled: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE identity_users SET totp_secret = $2, totp_enabled_at = CASE WHEN $3 THEN now() END, totp_last_step = NULL WHERE id = $1",
    )
    .bind(id)
    .bind(secret)
    .bind(enabled)
    .execute(conn)
    .await?;
    Ok(())
}

/// Remember the last TOTP step used, only if it is newer (no replay even under races).
pub async fn use_totp_step(
    conn: &mut PgConnection,
    id: Uuid,
    step: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE identity_users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
    )
    .bind(id)
    .bind(step)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Replace the recovery codes.
pub async fn set_recovery_codes(
    conn: &mut PgConnection,
    id: Uuid,
    hashes: &[Vec<u8>],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM identity_recovery_codes WHERE user_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for h in hashes {
        sqlx::query("INSERT INTO identity_recovery_codes (user_id, code_hash) VALUES ($1, $2)")
            .bind(id)
            .bind(h)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Use a recovery code once; false when unknown or already used.
pub async fn use_recovery_code(
    conn: &mut PgConnection,
    id: Uuid,
    hash: &[u8],
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE identity_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
    )
    .bind(id)
    .bind(hash)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Unused recovery codes left.
pub async fn recovery_codes_left(conn: &mut PgConnection, id: Uuid) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT count(*) FROM identity_recovery_codes WHERE user_id = $1 AND used_at IS NULL",
    )
    .bind(id)
    .fetch_one(conn)
    .await
}

/// A session row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    /// Id.
    pub id: Uuid,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last request.
    pub last_seen_at: DateTime<Utc>,
    /// Absolute expiry.
    pub expires_at: DateTime<Utc>,
    /// Client IP at sign-in.
    pub ip: Option<String>,
    /// User agent at sign-in.
    pub user_agent: Option<String>,
}

/// Insert a session.
pub async fn insert_session(
    conn: &mut PgConnection,
    id: Uuid,
    user: Uuid,
    token_hash: &[u8],
    expires_at: DateTime<Utc>,
    ip: Option<&str>,
    user_agent: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO identity_sessions (id, user_id, token_hash, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(user)
    .bind(token_hash)
    .bind(expires_at)
    .bind(ip)
    .bind(user_agent)
    .execute(conn)
    .await?;
    Ok(())
}

/// Live sessions of a user.
pub async fn sessions(
    conn: &mut PgConnection,
    user: Uuid,
    idle_secs: f64,
) -> Result<Vec<SessionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, created_at, last_seen_at, expires_at, ip, user_agent FROM identity_sessions
         WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
           AND last_seen_at > now() - make_interval(secs => $2)
         ORDER BY created_at DESC",
    )
    .bind(user)
    .bind(idle_secs)
    .fetch_all(conn)
    .await
}

/// Revoke sessions of a user: one (`only`), all but one (`except`), or all.
pub async fn revoke_sessions(
    conn: &mut PgConnection,
    user: Uuid,
    only: Option<Uuid>,
    except: Option<Uuid>,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE identity_sessions SET revoked_at = now()
         WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
           AND ($2::uuid IS NULL OR id = $2) AND ($3::uuid IS NULL OR id <> $3)",
    )
    .bind(user)
    .bind(only)
    .bind(except)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// What authenticating a session or key yields.
#[derive(Debug, sqlx::FromRow)]
pub struct AuthRow {
    /// Session or key id.
    pub credential_id: Uuid,
    /// User.
    pub user_id: Uuid,
    /// Handle.
    pub handle: String,
    /// Display name.
    pub display_name: String,
    /// Language.
    pub language: String,
    /// Grants as `territory:role`.
    pub grants: Vec<String>,
    /// Key scopes (empty for sessions).
    pub scopes: Vec<String>,
    /// Whether the last-seen mark is old enough to refresh.
    pub stale: bool,
}

/// Look up a live session by token hash, with the user and their grants, in one query.
pub async fn auth_session(
    conn: &mut PgConnection,
    hash: &[u8],
    idle_secs: f64,
) -> Result<Option<AuthRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id AS credential_id, u.id AS user_id, u.handle, u.display_name, u.language,
                coalesce((SELECT array_agg(g.territory || ':' || g.role) FROM identity_role_grants g WHERE g.user_id = u.id), '{}') AS grants,
                '{}'::text[] AS scopes,
                s.last_seen_at < now() - interval '60 seconds' AS stale
         FROM identity_sessions s JOIN identity_users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
           AND s.last_seen_at > now() - make_interval(secs => $2) AND u.disabled_at IS NULL",
    )
    .bind(hash)
    .bind(idle_secs)
    .fetch_optional(conn)
    .await
}

/// Refresh a session's last-seen mark (at most once a minute, to keep reads cheap).
pub async fn touch_session(conn: &mut PgConnection, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE identity_sessions SET last_seen_at = now() WHERE id = $1")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Look up a live API key by hash.
pub async fn auth_key(
    conn: &mut PgConnection,
    hash: &[u8],
) -> Result<Option<AuthRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT k.id AS credential_id, u.id AS user_id, u.handle, u.display_name, u.language,
                coalesce((SELECT array_agg(g.territory || ':' || g.role) FROM identity_role_grants g WHERE g.user_id = u.id), '{}') AS grants,
                k.scopes,
                (k.last_used_at IS NULL OR k.last_used_at < now() - interval '60 seconds') AS stale
         FROM identity_api_keys k JOIN identity_users u ON u.id = k.user_id
         WHERE k.token_hash = $1 AND k.revoked_at IS NULL AND k.expires_at > now() AND u.disabled_at IS NULL",
    )
    .bind(hash)
    .fetch_optional(conn)
    .await
}

/// Record key use.
pub async fn touch_key(
    conn: &mut PgConnection,
    id: Uuid,
    ip: Option<&str>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE identity_api_keys SET last_used_at = now(), last_used_ip = $2 WHERE id = $1",
    )
    .bind(id)
    .bind(ip)
    .execute(conn)
    .await?;
    Ok(())
}

/// An API key row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KeyRow {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Displayable prefix.
    pub prefix: String,
    /// Scopes.
    pub scopes: Vec<String>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Expiry.
    pub expires_at: DateTime<Utc>,
    /// Last use.
    pub last_used_at: Option<DateTime<Utc>>,
    /// IP of last use.
    pub last_used_ip: Option<String>,
    /// Revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Insert an API key.
#[allow(clippy::too_many_arguments)]
pub async fn insert_key(
    conn: &mut PgConnection,
    id: Uuid,
    user: Uuid,
    name: &str,
    prefix: &str,
    hash: &[u8],
    scopes: &[String],
    expires_at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO identity_api_keys (id, user_id, name, prefix, token_hash, scopes, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(user)
    .bind(name)
    .bind(prefix)
    .bind(hash)
    .bind(scopes)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// A user's keys.
pub async fn keys(conn: &mut PgConnection, user: Uuid) -> Result<Vec<KeyRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, prefix, scopes, created_at, expires_at, last_used_at, last_used_ip, revoked_at
         FROM identity_api_keys WHERE user_id = $1 ORDER BY created_at DESC",
    )
    .bind(user)
    .fetch_all(conn)
    .await
}

/// Revoke a key of a user.
pub async fn revoke_key(
    conn: &mut PgConnection,
    user: Uuid,
    id: Uuid,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE identity_api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE user_id = $1 AND id = $2",
    )
    .bind(user)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Store a challenge (password verified, second factor pending).
pub async fn insert_challenge(
    conn: &mut PgConnection,
    hash: &[u8],
    user: Uuid,
    expires_at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO identity_challenges (token_hash, user_id, expires_at) VALUES ($1, $2, $3)",
    )
    .bind(hash)
    .bind(user)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// A live challenge's user, counting the attempt (at most 5 per challenge).
pub async fn take_challenge_attempt(
    conn: &mut PgConnection,
    hash: &[u8],
) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE identity_challenges SET attempts = attempts + 1
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() AND attempts < 5
         RETURNING user_id",
    )
    .bind(hash)
    .fetch_optional(conn)
    .await
}

/// Close a challenge after success.
pub async fn close_challenge(conn: &mut PgConnection, hash: &[u8]) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE identity_challenges SET used_at = now() WHERE token_hash = $1")
        .bind(hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Store an email link.
pub async fn insert_link(
    conn: &mut PgConnection,
    hash: &[u8],
    user: Uuid,
    purpose: &str,
    new_email: Option<&str>,
    expires_at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO identity_links (token_hash, user_id, purpose, new_email, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(hash)
    .bind(user)
    .bind(purpose)
    .bind(new_email)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// A live link of `purpose`: (user, new email). Not consumed.
pub async fn find_link(
    conn: &mut PgConnection,
    hash: &[u8],
    purpose: &str,
) -> Result<Option<(Uuid, Option<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT user_id, new_email FROM identity_links
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() FOR UPDATE",
    )
    .bind(hash)
    .bind(purpose)
    .fetch_optional(conn)
    .await
}

/// Consume a link.
pub async fn use_link(conn: &mut PgConnection, hash: &[u8]) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE identity_links SET used_at = now() WHERE token_hash = $1")
        .bind(hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Grant a role (`territory` = `*` for platform-wide).
pub async fn grant(
    conn: &mut PgConnection,
    user: Uuid,
    territory: &str,
    role: &str,
    by: Option<Uuid>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO identity_role_grants (user_id, territory, role, granted_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind(user)
    .bind(territory)
    .bind(role)
    .bind(by)
    .execute(conn)
    .await?;
    Ok(())
}

/// Withdraw a role.
pub async fn ungrant(
    conn: &mut PgConnection,
    user: Uuid,
    territory: &str,
    role: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM identity_role_grants WHERE user_id = $1 AND territory = $2 AND role = $3",
    )
    .bind(user)
    .bind(territory)
    .bind(role)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Grants of a user as `territory:role`.
pub async fn grants(conn: &mut PgConnection, user: Uuid) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT territory || ':' || role FROM identity_role_grants WHERE user_id = $1 ORDER BY 1",
    )
    .bind(user)
    .fetch_all(conn)
    .await
}

/// Append to a user's activity log.
pub async fn activity(
    conn: &mut PgConnection,
    user: Uuid,
    kind: &str,
    ip: Option<&str>,
    user_agent: &str,
    detail: Value,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO identity_activity (user_id, kind, ip, user_agent, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(user)
        .bind(kind)
        .bind(ip)
        .bind(user_agent)
        .bind(detail)
        .execute(conn)
        .await?;
    Ok(())
}

/// An activity row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ActivityRow {
    /// Id.
    pub id: i64,
    /// Kind.
    pub kind: String,
    /// Client IP.
    pub ip: Option<String>,
    /// User agent.
    pub user_agent: Option<String>,
    /// Details.
    pub detail: Value,
    /// When.
    pub at: DateTime<Utc>,
}

/// A user's recent activity.
pub async fn activities(
    conn: &mut PgConnection,
    user: Uuid,
    limit: i64,
) -> Result<Vec<ActivityRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, kind, ip, user_agent, detail, at FROM identity_activity WHERE user_id = $1 ORDER BY id DESC LIMIT $2",
    )
    .bind(user)
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// Remember a (network, client family) for a user; returns (was new, user had any before).
pub async fn remember_network(
    conn: &mut PgConnection,
    user: Uuid,
    network: &str,
    family: &str,
) -> Result<(bool, bool), sqlx::Error> {
    let had_any: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM identity_known_networks WHERE user_id = $1)",
    )
    .bind(user)
    .fetch_one(&mut *conn)
    .await?;
    let inserted = sqlx::query(
        "INSERT INTO identity_known_networks (user_id, network, client_family) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(user)
    .bind(network)
    .bind(family)
    .execute(conn)
    .await?;
    Ok((inserted.rows_affected() == 1, had_any))
}

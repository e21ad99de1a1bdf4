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

/// Check a session token with one statement on a bare connection (`read` is routed to the
/// territory's primary): one round trip per authenticated request, instead of a
/// transaction's three. `stale` says the last-seen mark is over a minute old
/// ([`touch_session`]).
pub async fn check_session(
    read: &mut store::TerritoryRead,
    hash: &[u8],
    idle_secs: f64,
) -> Result<Option<AuthRow>, sqlx::Error> {
    let sql = read.qualify(
        "SELECT s.id AS credential_id, u.id AS user_id, u.handle, u.display_name, u.language,
                coalesce((SELECT array_agg(g.territory || ':' || g.role) FROM {schema}.identity_role_grants g WHERE g.user_id = u.id), '{}') AS grants,
                '{}'::text[] AS scopes,
                s.last_seen_at < now() - interval '60 seconds' AS stale
         FROM {schema}.identity_sessions s JOIN {schema}.identity_users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
           AND s.last_seen_at > now() - make_interval(secs => $2) AND u.disabled_at IS NULL",
    );
    sqlx::query_as(&sql)
        .bind(hash)
        .bind(idle_secs)
        .fetch_optional(read.conn())
        .await
}

/// Refresh a session's last-seen mark (at most once a minute, so most checks only read). A
/// separate statement, so that reads keep working on a territory's old home while a move's
/// write fence is up (the fence refuses every `UPDATE` statement, even one touching no row).
pub async fn touch_session(read: &mut store::TerritoryRead, id: Uuid) -> Result<(), sqlx::Error> {
    let sql =
        read.qualify("UPDATE {schema}.identity_sessions SET last_seen_at = now() WHERE id = $1");
    sqlx::query(&sql).bind(id).execute(read.conn()).await?;
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

// ----- passkeys -----

const PASSKEY_COLUMNS: &str =
    "id, name, sign_count, backup_eligible, backup_state, created_at, last_used_at";

/// A registered passkey (without its key material).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PasskeyRow {
    /// Id.
    pub id: Uuid,
    /// Name the user gave it.
    pub name: String,
    /// Signature counter last seen (0 for authenticators without one).
    pub sign_count: i64,
    /// Whether it may be synced (backed up) by its provider.
    pub backup_eligible: bool,
    /// Whether it is currently backed up.
    pub backup_state: bool,
    /// Registered.
    pub created_at: DateTime<Utc>,
    /// Last used to sign in.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// A passkey to store.
#[derive(Debug)]
pub struct NewPasskey<'a> {
    /// Id.
    pub id: Uuid,
    /// Owner.
    pub user: Uuid,
    /// WebAuthn credential id.
    pub credential_id: &'a [u8],
    /// Name.
    pub name: &'a str,
    /// The library's serialised passkey.
    pub passkey: &'a Value,
    /// Counter.
    pub sign_count: i64,
    /// Backup eligible.
    pub backup_eligible: bool,
    /// Backed up.
    pub backup_state: bool,
}

/// Store a passkey.
pub async fn insert_passkey(
    conn: &mut PgConnection,
    p: &NewPasskey<'_>,
) -> Result<PasskeyRow, sqlx::Error> {
    sqlx::query_as(&format!(
        "INSERT INTO identity_passkeys
            (id, user_id, credential_id, name, passkey, sign_count, backup_eligible, backup_state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING {PASSKEY_COLUMNS}"
    ))
    .bind(p.id)
    .bind(p.user)
    .bind(p.credential_id)
    .bind(p.name)
    .bind(p.passkey)
    .bind(p.sign_count)
    .bind(p.backup_eligible)
    .bind(p.backup_state)
    .fetch_one(conn)
    .await
}

/// A user's passkeys, oldest first.
pub async fn passkeys(conn: &mut PgConnection, user: Uuid) -> Result<Vec<PasskeyRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {PASSKEY_COLUMNS} FROM identity_passkeys WHERE user_id = $1 ORDER BY created_at, id"
    ))
    .bind(user)
    .fetch_all(conn)
    .await
}

/// How many passkeys a user has.
pub async fn passkey_count(conn: &mut PgConnection, user: Uuid) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT count(*) FROM identity_passkeys WHERE user_id = $1")
        .bind(user)
        .fetch_one(conn)
        .await
}

/// The serialised passkeys of a user (for exclusion lists and assertions).
pub async fn passkey_credentials(
    conn: &mut PgConnection,
    user: Uuid,
) -> Result<Vec<Value>, sqlx::Error> {
    sqlx::query_scalar("SELECT passkey FROM identity_passkeys WHERE user_id = $1")
        .bind(user)
        .fetch_all(conn)
        .await
}

/// One passkey of a user by credential id: its row id and serialised form.
pub async fn passkey_by_credential(
    conn: &mut PgConnection,
    user: Uuid,
    credential_id: &[u8],
) -> Result<Option<(Uuid, Value)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, passkey FROM identity_passkeys WHERE user_id = $1 AND credential_id = $2",
    )
    .bind(user)
    .bind(credential_id)
    .fetch_optional(conn)
    .await
}

/// Rename a passkey of a user.
pub async fn rename_passkey(
    conn: &mut PgConnection,
    user: Uuid,
    id: Uuid,
    name: &str,
) -> Result<Option<PasskeyRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "UPDATE identity_passkeys SET name = $3 WHERE user_id = $1 AND id = $2 RETURNING {PASSKEY_COLUMNS}"
    ))
    .bind(user)
    .bind(id)
    .bind(name)
    .fetch_optional(conn)
    .await
}

/// Delete a passkey of a user; false when there was none.
pub async fn delete_passkey(
    conn: &mut PgConnection,
    user: Uuid,
    id: Uuid,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM identity_passkeys WHERE user_id = $1 AND id = $2")
        .bind(user)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Record a successful use: the updated passkey (counter, backup flags) and the time.
pub async fn passkey_used(
    conn: &mut PgConnection,
    id: Uuid,
    passkey: &Value,
    sign_count: i64,
    backup_eligible: bool,
    backup_state: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE identity_passkeys SET passkey = $2, sign_count = $3, backup_eligible = $4,
                backup_state = $5, last_used_at = now()
         WHERE id = $1",
    )
    .bind(id)
    .bind(passkey)
    .bind(sign_count)
    .bind(backup_eligible)
    .bind(backup_state)
    .execute(conn)
    .await?;
    Ok(())
}

/// Keep a registration ceremony's state (and drop the user's expired ones).
pub async fn insert_passkey_ceremony(
    conn: &mut PgConnection,
    hash: &[u8],
    user: Uuid,
    state: &Value,
    expires_at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "DELETE FROM identity_passkey_ceremonies WHERE user_id = $1 AND expires_at < now()",
    )
    .bind(user)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO identity_passkey_ceremonies (token_hash, user_id, state, expires_at)
         VALUES ($1, $2, $3, $4)",
    )
    .bind(hash)
    .bind(user)
    .bind(state)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Take (delete) a registration ceremony of a user; its state when it had not expired.
pub async fn take_passkey_ceremony(
    conn: &mut PgConnection,
    hash: &[u8],
    user: Uuid,
) -> Result<Option<Value>, sqlx::Error> {
    let taken: Option<Option<Value>> = sqlx::query_scalar(
        "DELETE FROM identity_passkey_ceremonies WHERE token_hash = $1 AND user_id = $2
         RETURNING CASE WHEN expires_at > now() THEN state END",
    )
    .bind(hash)
    .bind(user)
    .fetch_optional(conn)
    .await?;
    Ok(taken.flatten())
}

/// Keep a passwordless sign-in ceremony's state in the control plane (and drop expired ones).
pub async fn insert_passkey_login(
    conn: &mut PgConnection,
    hash: &[u8],
    state: &Value,
    expires_at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM control.identity_passkey_logins WHERE expires_at < now()")
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO control.identity_passkey_logins (token_hash, state, expires_at)
         VALUES ($1, $2, $3)",
    )
    .bind(hash)
    .bind(state)
    .bind(expires_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Take (delete) a passwordless sign-in ceremony; its state when it had not expired.
pub async fn take_passkey_login(
    conn: &mut PgConnection,
    hash: &[u8],
) -> Result<Option<Value>, sqlx::Error> {
    let taken: Option<Option<Value>> = sqlx::query_scalar(
        "DELETE FROM control.identity_passkey_logins WHERE token_hash = $1
         RETURNING CASE WHEN expires_at > now() THEN state END",
    )
    .bind(hash)
    .fetch_optional(conn)
    .await?;
    Ok(taken.flatten())
}

/// The user of a live (unused, unexpired, not exhausted) password challenge.
pub async fn live_challenge_user(
    conn: &mut PgConnection,
    hash: &[u8],
) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT user_id FROM identity_challenges
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() AND attempts < 5",
    )
    .bind(hash)
    .fetch_optional(conn)
    .await
}

/// Attach a passkey assertion's state to a password challenge (replacing an earlier one).
pub async fn set_challenge_passkey_state(
    conn: &mut PgConnection,
    hash: &[u8],
    state: &Value,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE identity_challenges SET passkey_state = $2 WHERE token_hash = $1")
        .bind(hash)
        .bind(state)
        .execute(conn)
        .await?;
    Ok(())
}

/// Take (clear) the passkey assertion state of a challenge.
pub async fn take_challenge_passkey_state(
    conn: &mut PgConnection,
    hash: &[u8],
) -> Result<Option<Value>, sqlx::Error> {
    let taken: Option<Option<Value>> = sqlx::query_scalar(
        "UPDATE identity_challenges c SET passkey_state = NULL
         FROM (SELECT token_hash, passkey_state FROM identity_challenges
               WHERE token_hash = $1 FOR UPDATE) old
         WHERE c.token_hash = old.token_hash
         RETURNING old.passkey_state",
    )
    .bind(hash)
    .fetch_optional(conn)
    .await?;
    Ok(taken.flatten())
}

/// Attach a passkey assertion's state to a live password-reset link (replacing an earlier
/// one). False when the link is used, expired or unknown.
pub async fn set_link_passkey_state(
    conn: &mut PgConnection,
    hash: &[u8],
    state: &Value,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE identity_links SET passkey_state = $2
         WHERE token_hash = $1 AND purpose = 'reset_password' AND used_at IS NULL AND expires_at > now()",
    )
    .bind(hash)
    .bind(state)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Take (clear) the passkey assertion state of a reset link.
pub async fn take_link_passkey_state(
    conn: &mut PgConnection,
    hash: &[u8],
) -> Result<Option<Value>, sqlx::Error> {
    let taken: Option<Option<Value>> = sqlx::query_scalar(
        "UPDATE identity_links l SET passkey_state = NULL
         FROM (SELECT token_hash, passkey_state FROM identity_links
               WHERE token_hash = $1 FOR UPDATE) old
         WHERE l.token_hash = old.token_hash
         RETURNING old.passkey_state",
    )
    .bind(hash)
    .fetch_optional(conn)
    .await?;
    Ok(taken.flatten())
}

// ----- failure bursts (control plane) -----

/// Record a failed sign-in of an account (keyed digest) from a network; returns how many
/// distinct accounts failed from that network within the window.
pub async fn record_auth_failure(
    conn: &mut PgConnection,
    network: &str,
    account: &[u8],
    window_secs: f64,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "DELETE FROM control.identity_auth_failures
         WHERE network = $1 AND at < now() - make_interval(secs => $2)",
    )
    .bind(network)
    .bind(window_secs)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO control.identity_auth_failures (network, account_digest) VALUES ($1, $2)
         ON CONFLICT (network, account_digest) DO UPDATE SET at = now()",
    )
    .bind(network)
    .bind(account)
    .execute(&mut *conn)
    .await?;
    sqlx::query_scalar(
        "SELECT count(*) FROM control.identity_auth_failures
         WHERE network = $1 AND account_digest <> '\\x'::bytea",
    )
    .bind(network)
    .fetch_one(conn)
    .await
}

/// Mark a network as flagged for this window; true only for the first caller (any process).
/// The mark is a row with an empty account digest, renewed once its window has passed.
pub async fn flag_failure_burst(
    conn: &mut PgConnection,
    network: &str,
    window_secs: f64,
) -> Result<bool, sqlx::Error> {
    let first: Option<i32> = sqlx::query_scalar(
        "INSERT INTO control.identity_auth_failures (network, account_digest)
         VALUES ($1, '\\x'::bytea)
         ON CONFLICT (network, account_digest) DO UPDATE SET at = now()
            WHERE control.identity_auth_failures.at < now() - make_interval(secs => $2)
         RETURNING 1",
    )
    .bind(network)
    .bind(window_secs)
    .fetch_optional(conn)
    .await?;
    Ok(first.is_some())
}

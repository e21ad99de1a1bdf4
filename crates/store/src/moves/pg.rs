//! What a move does on the database servers: table inventory and pre-checks, schema copy with
//! `pg_dump`/`psql`, publications and subscriptions, progress and lag, chunked validation,
//! sequences and the read-only fence left on a territory's old home.

use std::time::{Duration, Instant};

use kernel::AppError;
use secrecy::{ExposeSecret, SecretString};
use sqlx::{PgConnection, PgPool};

use super::repo::db;
use crate::process::PgBinaries;

/// Name of the marker table a move adds to the territory schema (heartbeat and fence marker).
pub(crate) const MARKER: &str = "_unityplan_move_marker";
/// Name of the trigger and function that keep a territory's old home read-only.
pub(crate) const FENCE: &str = "_unityplan_moved_away";

/// Quote an identifier.
pub(crate) fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Quote a string literal.
pub(crate) fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn tool(message: String) -> AppError {
    AppError::new(
        http::StatusCode::INTERNAL_SERVER_ERROR,
        "move_step_failed",
        message,
    )
}

/// A table of the territory schema.
#[derive(Debug, Clone)]
pub(crate) struct TableInfo {
    pub name: String,
    /// Primary-key columns with their types, in key order (empty: no primary key).
    pub key: Vec<(String, String)>,
    /// `d` default, `f` full, `i` index, `n` nothing.
    pub replica_identity: String,
}

impl TableInfo {
    /// Replication can apply updates and deletes for this table.
    pub fn replicable(&self) -> bool {
        !self.key.is_empty() || self.replica_identity == "f" || self.replica_identity == "i"
    }
}

/// Every table of a schema (except the move's own marker table).
pub(crate) async fn tables(
    conn: &mut PgConnection,
    schema: &str,
) -> Result<Vec<TableInfo>, AppError> {
    let rows: Vec<(String, String, Vec<String>, Vec<String>)> = sqlx::query_as(
        "SELECT c.relname::text, c.relreplident::text,
                coalesce((SELECT array_agg(a.attname::text ORDER BY k.n)
                            FROM pg_index i
                            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                           WHERE i.indrelid = c.oid AND i.indisprimary), '{}'),
                coalesce((SELECT array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY k.n)
                            FROM pg_index i
                            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
                            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                           WHERE i.indrelid = c.oid AND i.indisprimary), '{}')
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
            AND c.relname <> $2
          ORDER BY c.relname",
    )
    .bind(schema)
    .bind(MARKER)
    .fetch_all(conn)
    .await
    .map_err(db("list the territory's tables"))?;
    Ok(rows
        .into_iter()
        .map(|(name, ident, cols, types)| TableInfo {
            name,
            key: cols.into_iter().zip(types).collect(),
            replica_identity: ident,
        })
        .collect())
}

/// Exact row count and size of a table.
pub(crate) async fn count(
    conn: &mut PgConnection,
    schema: &str,
    table: &str,
) -> Result<(i64, i64), AppError> {
    let q = format!(
        "SELECT count(*)::int8, pg_total_relation_size('{}.{}'::regclass)::int8 FROM {}.{}",
        ident(schema).replace('\'', "''"),
        ident(table).replace('\'', "''"),
        ident(schema),
        ident(table)
    );
    sqlx::query_as(&q)
        .fetch_one(conn)
        .await
        .map_err(db("count rows"))
}

/// Facts checked before a move.
#[derive(Debug)]
pub(crate) struct ServerFacts {
    pub version_num: i32,
    pub wal_level: String,
    pub free_slots: i64,
    pub free_senders: i64,
    pub superuser: bool,
    pub system_id: String,
    pub database: String,
}

pub(crate) async fn facts(conn: &mut PgConnection) -> Result<ServerFacts, AppError> {
    let (version_num, wal_level, free_slots, free_senders, superuser, system_id, database): (
        i32,
        String,
        i64,
        i64,
        bool,
        String,
        String,
    ) = sqlx::query_as(
        "SELECT current_setting('server_version_num')::int4,
                current_setting('wal_level'),
                current_setting('max_replication_slots')::int8
                    - (SELECT count(*) FROM pg_replication_slots),
                current_setting('max_wal_senders')::int8
                    - (SELECT count(*) FROM pg_stat_replication),
                (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),
                (SELECT system_identifier::text FROM pg_control_system()),
                current_database()::text",
    )
    .fetch_one(conn)
    .await
    .map_err(db("read server facts"))?;
    Ok(ServerFacts {
        version_num,
        wal_level,
        free_slots,
        free_senders,
        superuser,
        system_id,
        database,
    })
}

/// True when the schema exists.
pub(crate) async fn schema_exists(conn: &mut PgConnection, schema: &str) -> Result<bool, AppError> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)")
        .bind(schema)
        .fetch_one(conn)
        .await
        .map_err(db("look for the schema"))
}

/// Create the marker table on the source (restored to the target with the schema).
pub(crate) async fn ensure_marker(pool: &PgPool, schema: &str) -> Result<(), AppError> {
    let q = format!(
        "CREATE TABLE IF NOT EXISTS {}.{} (id integer PRIMARY KEY, token bigint NOT NULL,
             at timestamptz NOT NULL DEFAULT clock_timestamp())",
        ident(schema),
        ident(MARKER)
    );
    sqlx::query(&q)
        .execute(pool)
        .await
        .map_err(db("create the marker table"))?;
    Ok(())
}

/// Roles owning or granted anything in the schema on the source, created (NOLOGIN) on the
/// target when missing, so the restored schema keeps its owners and grants.
pub(crate) async fn copy_roles(
    source: &PgPool,
    target: &PgPool,
    schema: &str,
) -> Result<Vec<String>, AppError> {
    let roles: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT r.rolname::text FROM pg_roles r WHERE r.oid IN (
             SELECT nspowner FROM pg_namespace WHERE nspname = $1
             UNION SELECT c.relowner FROM pg_class c WHERE c.relnamespace = $1::regnamespace
             UNION SELECT p.proowner FROM pg_proc p WHERE p.pronamespace = $1::regnamespace
             UNION SELECT (aclexplode(c.relacl)).grantee FROM pg_class c
                    WHERE c.relnamespace = $1::regnamespace AND c.relacl IS NOT NULL
             UNION SELECT (aclexplode(n.nspacl)).grantee FROM pg_namespace n
                    WHERE n.nspname = $1 AND n.nspacl IS NOT NULL)",
    )
    .bind(schema)
    .fetch_all(source)
    .await
    .map_err(db("list the schema's roles"))?;
    let mut created = Vec::new();
    for role in roles {
        let exists: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)")
                .bind(&role)
                .fetch_one(target)
                .await
                .map_err(db("look for a role on the target"))?;
        if !exists {
            sqlx::query(&format!("CREATE ROLE {} NOLOGIN", ident(&role)))
                .execute(target)
                .await
                .map_err(db("create a role on the target"))?;
            created.push(role);
        }
    }
    Ok(created)
}

/// `pg_dump --schema-only -n <schema>` from the source, restored with `psql` on the target in
/// one transaction.
pub(crate) async fn copy_schema(
    binaries: &PgBinaries,
    source_url: &SecretString,
    target_url: &SecretString,
    schema: &str,
) -> Result<usize, AppError> {
    let dump = tokio::process::Command::new(binaries.bin("pg_dump"))
        .arg("--schema-only")
        .arg("--no-publications")
        .arg("--no-subscriptions")
        .arg("-n")
        .arg(schema)
        .arg(format!("--dbname={}", source_url.expose_secret()))
        .stdin(std::process::Stdio::null())
        .output()
        .await
        .map_err(|e| {
            tool(format!(
                "cannot run {}: {e}",
                binaries.bin("pg_dump").display()
            ))
        })?;
    if !dump.status.success() {
        return Err(tool(format!(
            "pg_dump of schema {schema} failed: {}",
            String::from_utf8_lossy(&dump.stderr).trim()
        )));
    }
    let size = dump.stdout.len();
    let mut restore = tokio::process::Command::new(binaries.bin("psql"))
        .arg("-X")
        .arg("-q")
        .arg("-v")
        .arg("ON_ERROR_STOP=1")
        .arg("--single-transaction")
        .arg(format!("--dbname={}", target_url.expose_secret()))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| {
            tool(format!(
                "cannot run {}: {e}",
                binaries.bin("psql").display()
            ))
        })?;
    if let Some(mut stdin) = restore.stdin.take() {
        use tokio::io::AsyncWriteExt;
        stdin
            .write_all(&dump.stdout)
            .await
            .map_err(|e| tool(format!("cannot feed the schema to psql: {e}")))?;
    }
    let out = restore
        .wait_with_output()
        .await
        .map_err(|e| tool(format!("psql failed: {e}")))?;
    if !out.status.success() {
        return Err(tool(format!(
            "restoring schema {schema} on the target failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(size)
}

/// Run a statement outside any transaction block (subscriptions need that).
pub(crate) async fn simple(pool: &PgPool, sql: &str, what: &str) -> Result<(), AppError> {
    use sqlx::Executor;
    let mut conn = pool.acquire().await.map_err(db(what))?;
    (&mut *conn)
        .execute(sqlx::raw_sql(sql))
        .await
        .map_err(db(what))?;
    Ok(())
}

pub(crate) async fn publication_exists(pool: &PgPool, name: &str) -> Result<bool, AppError> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = $1)")
        .bind(name)
        .fetch_one(pool)
        .await
        .map_err(db("look for the publication"))
}

pub(crate) async fn subscription_exists(pool: &PgPool, name: &str) -> Result<bool, AppError> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM pg_subscription WHERE subname = $1 AND subdbid =
             (SELECT oid FROM pg_database WHERE datname = current_database()))",
    )
    .bind(name)
    .fetch_one(pool)
    .await
    .map_err(db("look for the subscription"))
}

pub(crate) async fn create_publication(
    pool: &PgPool,
    name: &str,
    schema: &str,
) -> Result<(), AppError> {
    if publication_exists(pool, name).await? {
        return Ok(());
    }
    simple(
        pool,
        &format!(
            "CREATE PUBLICATION {} FOR TABLES IN SCHEMA {}",
            ident(name),
            ident(schema)
        ),
        "create the publication",
    )
    .await
}

pub(crate) async fn drop_publication(pool: &PgPool, name: &str) -> Result<(), AppError> {
    simple(
        pool,
        &format!("DROP PUBLICATION IF EXISTS {}", ident(name)),
        "drop the publication",
    )
    .await
}

/// A subscription on `pool` to `publication` at `conninfo`.
pub(crate) async fn create_subscription(
    pool: &PgPool,
    name: &str,
    conninfo: &SecretString,
    publication: &str,
    copy_data: bool,
    enabled: bool,
) -> Result<(), AppError> {
    if subscription_exists(pool, name).await? {
        return Ok(());
    }
    let sql = format!(
        "CREATE SUBSCRIPTION {} CONNECTION {} PUBLICATION {} WITH (copy_data = {copy_data}, enabled = {enabled})",
        ident(name),
        literal(conninfo.expose_secret()),
        ident(publication)
    );
    simple(pool, &sql, "create the subscription").await
}

/// Start a subscription created disabled.
pub(crate) async fn enable_subscription(pool: &PgPool, name: &str) -> Result<(), AppError> {
    simple(
        pool,
        &format!("ALTER SUBSCRIPTION {} ENABLE", ident(name)),
        "enable the subscription",
    )
    .await
}

/// Drop a subscription and its slot; when the publisher is unreachable, detach the slot first
/// (it is then dropped on the publisher by [`drop_slot`] once it is reachable again).
pub(crate) async fn drop_subscription(pool: &PgPool, name: &str) -> Result<(), AppError> {
    if !subscription_exists(pool, name).await? {
        return Ok(());
    }
    let sub = ident(name);
    let first = simple(
        pool,
        &format!("DROP SUBSCRIPTION IF EXISTS {sub}"),
        "drop the subscription",
    )
    .await;
    if first.is_ok() {
        return Ok(());
    }
    simple(
        pool,
        &format!("ALTER SUBSCRIPTION {sub} DISABLE"),
        "disable the subscription",
    )
    .await?;
    simple(
        pool,
        &format!("ALTER SUBSCRIPTION {sub} SET (slot_name = NONE)"),
        "detach the subscription's slot",
    )
    .await?;
    simple(
        pool,
        &format!("DROP SUBSCRIPTION IF EXISTS {sub}"),
        "drop the subscription",
    )
    .await
}

/// Drop leftover replication slots of a move on a publisher (after a detached drop).
pub(crate) async fn drop_slots(pool: &PgPool, prefix: &str) -> Result<(), AppError> {
    sqlx::query(
        "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots
          WHERE slot_name LIKE $1 || '%' AND NOT active",
    )
    .bind(prefix)
    .execute(pool)
    .await
    .map_err(db("drop leftover replication slots"))?;
    Ok(())
}

/// Per-table sync state and copied rows on the subscriber.
pub(crate) async fn copy_progress(
    pool: &PgPool,
    subscription: &str,
) -> Result<Vec<(String, String, Option<i64>)>, AppError> {
    sqlx::query_as(
        "SELECT c.relname::text,
                CASE sr.srsubstate WHEN 'i' THEN 'init' WHEN 'd' THEN 'copying'
                     WHEN 'f' THEN 'copied' WHEN 's' THEN 'synced' WHEN 'r' THEN 'ready'
                     ELSE sr.srsubstate::text END,
                (SELECT p.tuples_processed FROM pg_stat_progress_copy p WHERE p.relid = c.oid LIMIT 1)
           FROM pg_subscription_rel sr
           JOIN pg_subscription s ON s.oid = sr.srsubid
           JOIN pg_class c ON c.oid = sr.srrelid
          WHERE s.subname = $1",
    )
    .bind(subscription)
    .fetch_all(pool)
    .await
    .map_err(db("read the copy progress"))
}

/// Bytes the subscriber's slot is behind the publisher's current WAL position.
pub(crate) async fn lag_bytes(publisher: &PgPool, slot: &str) -> Result<Option<f64>, AppError> {
    sqlx::query_scalar(
        "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::float8
           FROM pg_replication_slots WHERE slot_name = $1",
    )
    .bind(slot)
    .fetch_optional(publisher)
    .await
    .map_err(db("read the slot position"))
    .map(Option::flatten)
}

/// Commit a fresh marker on the publisher and wait until the subscriber shows it: everything
/// committed on the publisher before is then applied on the subscriber. Returns the wait.
pub(crate) async fn marker_round_trip(
    publisher: &PgPool,
    subscriber: &PgPool,
    schema: &str,
    marker_id: i32,
    timeout: Duration,
) -> Result<Option<Duration>, AppError> {
    let token: i64 = rand::random::<i64>();
    let table = format!("{}.{}", ident(schema), ident(MARKER));
    sqlx::query(&format!(
        "INSERT INTO {table} (id, token, at) VALUES ($1, $2, clock_timestamp())
         ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token, at = EXCLUDED.at"
    ))
    .bind(marker_id)
    .bind(token)
    .execute(publisher)
    .await
    .map_err(db("write the marker"))?;
    let started = Instant::now();
    loop {
        let seen: Option<i64> =
            sqlx::query_scalar(&format!("SELECT token FROM {table} WHERE id = $1"))
                .bind(marker_id)
                .fetch_optional(subscriber)
                .await
                .map_err(db("read the marker on the target"))?;
        if seen == Some(token) {
            return Ok(Some(started.elapsed()));
        }
        if started.elapsed() > timeout {
            return Ok(None);
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Key bounds of a chunk: `$1` lower (exclusive), `$2` upper (inclusive), as text arrays.
fn key_cond(key: &[(String, String)], param: usize, op: &str) -> String {
    let cols: Vec<String> = key.iter().map(|(c, _)| ident(c)).collect();
    let vals: Vec<String> = key
        .iter()
        .enumerate()
        .map(|(i, (_, ty))| format!("(${param}::text[])[{}]::{ty}", i + 1))
        .collect();
    format!("({}) {op} ({})", cols.join(", "), vals.join(", "))
}

/// The upper bound of the chunk after `lo`: the key `rows` rows further, else the last key
/// (new rows after it are covered by the validation repeated inside the fence).
pub(crate) async fn chunk_end(
    pool: &PgPool,
    schema: &str,
    table: &TableInfo,
    lo: Option<&Vec<String>>,
    rows: i64,
) -> Result<Option<Vec<String>>, AppError> {
    let cols: Vec<String> = table.key.iter().map(|(c, _)| ident(c)).collect();
    let texts: Vec<String> = cols.iter().map(|c| format!("{c}::text")).collect();
    let filter = if lo.is_some() {
        format!("WHERE {}", key_cond(&table.key, 1, ">"))
    } else {
        "WHERE $1::text[] IS NULL".to_owned()
    };
    let from = format!("{}.{}", ident(schema), ident(&table.name));
    let q = format!(
        "SELECT ARRAY[{}] FROM {from} {filter} ORDER BY {} OFFSET $2 LIMIT 1",
        texts.join(", "),
        cols.join(", ")
    );
    let found: Option<Vec<String>> = sqlx::query_scalar(&q)
        .bind(lo)
        .bind(rows - 1)
        .fetch_optional(pool)
        .await
        .map_err(db("find a chunk boundary"))?;
    if found.is_some() {
        return Ok(found);
    }
    let desc: Vec<String> = cols.iter().map(|c| format!("{c} DESC")).collect();
    let q = format!(
        "SELECT ARRAY[{}] FROM {from} {filter} ORDER BY {} LIMIT 1",
        texts.join(", "),
        desc.join(", ")
    );
    sqlx::query_scalar(&q)
        .bind(lo)
        .fetch_optional(pool)
        .await
        .map_err(db("find the last key"))
}

/// Row count and content hash of a key range (or the whole table without a key).
pub(crate) async fn chunk_hash(
    conn: &mut PgConnection,
    schema: &str,
    table: &TableInfo,
    lo: Option<&Vec<String>>,
    hi: Option<&Vec<String>>,
) -> Result<(i64, i64), AppError> {
    let mut conds = Vec::new();
    if !table.key.is_empty() {
        if lo.is_some() {
            conds.push(key_cond(&table.key, 1, ">"));
        }
        if hi.is_some() {
            conds.push(key_cond(&table.key, 2, "<="));
        }
    }
    let filter = if conds.is_empty() {
        "WHERE ($1::text[] IS NULL OR true) AND ($2::text[] IS NULL OR true)".to_owned()
    } else {
        // Both parameters must be referenced for their types to be known.
        format!(
            "WHERE {} AND ($1::text[] IS NULL OR true) AND ($2::text[] IS NULL OR true)",
            conds.join(" AND ")
        )
    };
    let q = format!(
        "SELECT count(*)::int8, coalesce(sum(hashtext(t::text)::int8), 0)::int8 FROM {}.{} t {filter}",
        ident(schema),
        ident(&table.name)
    );
    sqlx::query_as(&q)
        .bind(lo)
        .bind(hi)
        .fetch_one(conn)
        .await
        .map_err(db("hash a chunk"))
}

/// Sequences of a schema with their last values (unused sequences are skipped).
pub(crate) async fn sequences(
    conn: &mut PgConnection,
    schema: &str,
) -> Result<Vec<(String, i64)>, AppError> {
    sqlx::query_as(
        "SELECT format('%I.%I', schemaname, sequencename), last_value
           FROM pg_sequences WHERE schemaname = $1 AND last_value IS NOT NULL",
    )
    .bind(schema)
    .fetch_all(conn)
    .await
    .map_err(db("read the sequences"))
}

/// Set sequences on the other side to the carried-over value plus a gap.
pub(crate) async fn set_sequences(
    conn: &mut PgConnection,
    values: &[(String, i64)],
    gap: i64,
) -> Result<(), AppError> {
    for (name, value) in values {
        sqlx::query("SELECT setval($1::regclass, $2)")
            .bind(name)
            .bind(value.saturating_add(gap))
            .execute(&mut *conn)
            .await
            .map_err(db("carry a sequence over"))?;
    }
    Ok(())
}

/// Lock every table (reads continue; writes wait) within the caller's transaction.
pub(crate) async fn lock_tables(
    conn: &mut PgConnection,
    schema: &str,
    tables: &[TableInfo],
    lock_timeout_ms: u64,
) -> Result<(), AppError> {
    sqlx::query(&format!("SET LOCAL lock_timeout = {lock_timeout_ms}"))
        .execute(&mut *conn)
        .await
        .map_err(db("set the lock timeout"))?;
    if tables.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = tables
        .iter()
        .map(|t| format!("{}.{}", ident(schema), ident(&t.name)))
        .collect();
    sqlx::query(&format!("LOCK TABLE {} IN EXCLUSIVE MODE", list.join(", ")))
        .execute(&mut *conn)
        .await
        .map_err(|e| {
            AppError::conflict(
                "move_lock_timeout",
                format!("could not lock the territory's tables within {lock_timeout_ms} ms: {e}"),
            )
        })?;
    Ok(())
}

/// Make a territory copy read-only for the application: a statement trigger on every table
/// raising SQLSTATE UM001 (which the router turns into "retry on the new home"). Replication
/// apply runs with `session_replication_role = replica` and is not affected. When the app's
/// role is not a superuser, its write privileges are revoked as well; the role is returned.
pub(crate) async fn fence_read_only(
    conn: &mut PgConnection,
    schema: &str,
    tables: &[TableInfo],
) -> Result<Option<String>, AppError> {
    let s = ident(schema);
    let f = ident(FENCE);
    sqlx::query(&format!(
        "CREATE OR REPLACE FUNCTION {s}.{f}() RETURNS trigger LANGUAGE plpgsql AS $fence$
         BEGIN
             RAISE EXCEPTION 'territory schema % was moved to another region; retry', TG_TABLE_SCHEMA
                 USING ERRCODE = 'UM001';
         END $fence$"
    ))
    .execute(&mut *conn)
    .await
    .map_err(db("create the read-only fence function"))?;
    for t in tables {
        sqlx::query(&format!(
            "CREATE TRIGGER {f} BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON {s}.{}
                 FOR EACH STATEMENT EXECUTE FUNCTION {s}.{f}()",
            ident(&t.name)
        ))
        .execute(&mut *conn)
        .await
        .map_err(db("create a read-only fence trigger"))?;
    }
    let (role, superuser): (String, bool) = sqlx::query_as(
        "SELECT current_user::text, rolsuper FROM pg_roles WHERE rolname = current_user",
    )
    .fetch_one(&mut *conn)
    .await
    .map_err(db("read the app role"))?;
    if superuser {
        return Ok(None);
    }
    sqlx::query(&format!(
        "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {s} FROM {}",
        ident(&role)
    ))
    .execute(&mut *conn)
    .await
    .map_err(db("revoke writes from the app role"))?;
    Ok(Some(role))
}

/// Undo [`fence_read_only`].
pub(crate) async fn unfence(
    conn: &mut PgConnection,
    schema: &str,
    tables: &[TableInfo],
    revoked: Option<&str>,
) -> Result<(), AppError> {
    let s = ident(schema);
    let f = ident(FENCE);
    for t in tables {
        sqlx::query(&format!(
            "DROP TRIGGER IF EXISTS {f} ON {s}.{}",
            ident(&t.name)
        ))
        .execute(&mut *conn)
        .await
        .map_err(db("drop a read-only fence trigger"))?;
    }
    sqlx::query(&format!("DROP FUNCTION IF EXISTS {s}.{f}()"))
        .execute(&mut *conn)
        .await
        .map_err(db("drop the read-only fence function"))?;
    if let Some(role) = revoked {
        sqlx::query(&format!(
            "GRANT INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {s} TO {}",
            ident(role)
        ))
        .execute(&mut *conn)
        .await
        .map_err(db("grant writes back to the app role"))?;
    }
    Ok(())
}

/// Name of the triggers that log changed keys on the source during a move.
pub(crate) const TRACK: &str = "_unityplan_move_track";

/// Schema (on the source's database, outside the territory schema so it is not replicated)
/// holding a move's change log: the keys of rows inserted, updated or deleted since the
/// tracking started, which is before the chunked validation compares anything. The fenced
/// validation then hashes only those rows (plus exact row counts) instead of whole tables.
pub(crate) fn tracking_schema(move_id: i64) -> String {
    format!("_unityplan_move_{move_id}")
}

/// Install change tracking on every keyed table that does not have it yet; returns the tables
/// it was installed on now. Idempotent; a table's writes wait at most `lock_timeout_ms` for
/// the trigger to be created.
pub(crate) async fn ensure_tracking(
    pool: &PgPool,
    move_id: i64,
    schema: &str,
    tables: &[TableInfo],
    lock_timeout_ms: u64,
) -> Result<Vec<String>, AppError> {
    use sqlx::Executor;
    let have = tracked(
        &mut *pool.acquire().await.map_err(db("connect"))?,
        move_id,
        schema,
    )
    .await?;
    let mut missing: Vec<TableInfo> = Vec::new();
    for t in tables {
        if !t.key.is_empty() && !have.contains(&t.name) {
            missing.push(t.clone());
        }
    }
    if missing.is_empty() {
        return Ok(Vec::new());
    }
    let ts = ident(&tracking_schema(move_id));
    let mut tx = pool.begin().await.map_err(db("connect"))?;
    let sql = format!(
        "SET LOCAL lock_timeout = {lock_timeout_ms};
         CREATE SCHEMA IF NOT EXISTS {ts};
         CREATE TABLE IF NOT EXISTS {ts}.changes (tbl text NOT NULL, key text[]);
         CREATE OR REPLACE FUNCTION {ts}.track() RETURNS trigger LANGUAGE plpgsql
             SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $track$
         DECLARE
             r jsonb;
             o text[];
             n text[];
         BEGIN
             IF TG_OP = 'TRUNCATE' THEN
                 INSERT INTO {ts}.changes (tbl, key) VALUES (TG_TABLE_NAME, NULL);
                 RETURN NULL;
             END IF;
             IF TG_OP <> 'INSERT' THEN
                 r := to_jsonb(OLD);
                 o := ARRAY(SELECT r ->> a FROM unnest(TG_ARGV) WITH ORDINALITY AS u(a, i) ORDER BY i);
                 INSERT INTO {ts}.changes (tbl, key) VALUES (TG_TABLE_NAME, o);
             END IF;
             IF TG_OP <> 'DELETE' THEN
                 r := to_jsonb(NEW);
                 n := ARRAY(SELECT r ->> a FROM unnest(TG_ARGV) WITH ORDINALITY AS u(a, i) ORDER BY i);
                 IF o IS DISTINCT FROM n THEN
                     INSERT INTO {ts}.changes (tbl, key) VALUES (TG_TABLE_NAME, n);
                 END IF;
             END IF;
             RETURN NULL;
         END $track$;"
    );
    (&mut *tx)
        .execute(sqlx::raw_sql(&sql))
        .await
        .map_err(db("create the change log"))?;
    let s = ident(schema);
    let mut created = Vec::new();
    for t in missing {
        let args: Vec<String> = t.key.iter().map(|(c, _)| literal(c)).collect();
        let sql = format!(
            "CREATE OR REPLACE TRIGGER {track} AFTER INSERT OR UPDATE OR DELETE ON {s}.{table}
                 FOR EACH ROW EXECUTE FUNCTION {ts}.track({args});
             CREATE OR REPLACE TRIGGER {track_t} AFTER TRUNCATE ON {s}.{table}
                 FOR EACH STATEMENT EXECUTE FUNCTION {ts}.track();",
            track = ident(TRACK),
            track_t = ident(&format!("{TRACK}_truncate")),
            table = ident(&t.name),
            args = args.join(", "),
        );
        (&mut *tx)
            .execute(sqlx::raw_sql(&sql))
            .await
            .map_err(db("create a change-tracking trigger"))?;
        created.push(t.name.clone());
    }
    tx.commit()
        .await
        .map_err(db("commit the change tracking"))?;
    Ok(created)
}

/// Tables of `schema` whose changes this move's tracking logs.
pub(crate) async fn tracked(
    conn: &mut PgConnection,
    move_id: i64,
    schema: &str,
) -> Result<Vec<String>, AppError> {
    sqlx::query_scalar(
        "SELECT c.relname::text
           FROM pg_trigger g
           JOIN pg_class c ON c.oid = g.tgrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_proc p ON p.oid = g.tgfoid
           JOIN pg_namespace pn ON pn.oid = p.pronamespace
          WHERE n.nspname = $1 AND g.tgname = $2 AND pn.nspname = $3",
    )
    .bind(schema)
    .bind(TRACK)
    .bind(tracking_schema(move_id))
    .fetch_all(conn)
    .await
    .map_err(db("list tracked tables"))
}

/// Remove a move's change tracking (its triggers go with the schema).
pub(crate) async fn drop_tracking(pool: &PgPool, move_id: i64) -> Result<(), AppError> {
    use sqlx::Executor;
    let mut tx = pool.begin().await.map_err(db("connect"))?;
    let sql = format!(
        "SET LOCAL lock_timeout = 5000;
         DROP SCHEMA IF EXISTS {} CASCADE",
        ident(&tracking_schema(move_id))
    );
    (&mut *tx)
        .execute(sqlx::raw_sql(&sql))
        .await
        .map_err(db("drop the change tracking"))?;
    tx.commit().await.map_err(db("commit"))
}

/// Keys changed in a table since tracking started, column by column (`None`: the table was
/// truncated, compare all of it).
pub(crate) async fn changed_keys(
    conn: &mut PgConnection,
    move_id: i64,
    table: &TableInfo,
) -> Result<Option<Vec<Vec<String>>>, AppError> {
    let ts = ident(&tracking_schema(move_id));
    let truncated: Option<bool> = sqlx::query_scalar(&format!(
        "SELECT bool_or(key IS NULL) FROM {ts}.changes WHERE tbl = $1"
    ))
    .bind(&table.name)
    .fetch_one(&mut *conn)
    .await
    .map_err(db("read the change log"))?;
    if truncated == Some(true) {
        return Ok(None);
    }
    let keys: Vec<Vec<String>> = sqlx::query_scalar(&format!(
        "SELECT DISTINCT key FROM {ts}.changes WHERE tbl = $1"
    ))
    .bind(&table.name)
    .fetch_all(&mut *conn)
    .await
    .map_err(db("read the change log"))?;
    let mut columns = vec![Vec::with_capacity(keys.len()); table.key.len()];
    for key in keys {
        if key.len() != table.key.len() {
            return Ok(None);
        }
        for (column, value) in columns.iter_mut().zip(key) {
            column.push(value);
        }
    }
    Ok(Some(columns))
}

/// Exact row count of a whole table, and row count and content hash of the rows with the
/// given keys (column by column, as from [`changed_keys`]).
pub(crate) async fn keys_hash(
    conn: &mut PgConnection,
    schema: &str,
    table: &TableInfo,
    keys: &[Vec<String>],
) -> Result<(i64, i64, i64), AppError> {
    let from = format!("{}.{}", ident(schema), ident(&table.name));
    let cols: Vec<String> = table.key.iter().map(|(c, _)| ident(c)).collect();
    let casts: Vec<String> = table
        .key
        .iter()
        .enumerate()
        .map(|(i, (_, ty))| format!("k{i}::{ty}"))
        .collect();
    let params: Vec<String> = (1..=table.key.len())
        .map(|i| format!("${i}::text[]"))
        .collect();
    let names: Vec<String> = (0..table.key.len()).map(|i| format!("k{i}")).collect();
    let q = format!(
        "SELECT (SELECT count(*) FROM {from})::int8, count(*)::int8,
                coalesce(sum(hashtext(t::text)::int8), 0)::int8
           FROM {from} t
          WHERE ({}) IN (SELECT {} FROM unnest({}) AS k({}))",
        cols.join(", "),
        casts.join(", "),
        params.join(", "),
        names.join(", ")
    );
    let mut query = sqlx::query_as(&q);
    for column in keys {
        query = query.bind(column);
    }
    query
        .fetch_one(conn)
        .await
        .map_err(db("hash the changed rows"))
}

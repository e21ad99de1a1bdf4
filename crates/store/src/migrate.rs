//! Migrations for the control plane and for every territory schema.
//!
//! Each domain owns its sets (`MigrationSet`): one for the control plane, one for territory
//! schemas, or both. Every schema has its own `schema_migrations` table keyed by
//! `(domain, version)`, so versions are per domain and per schema. Each migration runs in its
//! own transaction together with its tracking row, under a per-schema advisory lock: an
//! interruption (crash, kill, failing statement) rolls that migration back and the next run
//! resumes from it; a second run changes nothing.

use sha2::{Digest, Sha256};
use sqlx::{Connection, Executor, PgConnection};

use crate::StoreError;

/// One migration: a version (increasing within its domain), a name and its SQL.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// Version, unique and increasing within the set.
    pub version: i32,
    /// Short name shown in progress output.
    pub name: &'static str,
    /// SQL, possibly several statements. Territory migrations run with `search_path` set to
    /// the territory schema and must not name it.
    pub sql: &'static str,
}

/// Where a set of migrations applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The `control` schema of the control-plane database.
    ControlPlane,
    /// Every territory schema.
    Territory,
}

/// The migrations one domain owns for one scope.
#[derive(Debug, Clone, Copy)]
pub struct MigrationSet {
    /// Owning domain, e.g. `platform`, `identity`.
    pub domain: &'static str,
    /// Control plane or territory.
    pub scope: Scope,
    /// Ordered migrations.
    pub migrations: &'static [Migration],
}

/// All migration sets of the running binary, in dependency order.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    sets: Vec<MigrationSet>,
}

impl Catalog {
    /// The platform's own sets (control plane and territory base).
    pub fn platform() -> Self {
        Self {
            sets: vec![
                crate::control::CONTROL_MIGRATIONS,
                crate::control::TERRITORY_BASE_MIGRATIONS,
            ],
        }
    }

    /// Add a domain's set (after the ones it depends on).
    pub fn with(mut self, set: MigrationSet) -> Self {
        self.sets.push(set);
        self
    }

    /// Sets of one scope, in order.
    pub fn sets(&self, scope: Scope) -> impl Iterator<Item = &MigrationSet> {
        self.sets.iter().filter(move |s| s.scope == scope)
    }

    /// Number of migrations of a scope.
    pub fn count(&self, scope: Scope) -> usize {
        self.sets(scope).map(|s| s.migrations.len()).sum()
    }

    /// Check versions are strictly increasing within each set and domains unique per scope.
    pub fn check(&self) -> Result<(), StoreError> {
        let mut seen = std::collections::BTreeSet::new();
        for set in &self.sets {
            if !seen.insert((set.domain, set.scope == Scope::Territory)) {
                return Err(StoreError::Migration(format!(
                    "domain `{}` registers two sets for one scope",
                    set.domain
                )));
            }
            for pair in set.migrations.windows(2) {
                if pair[1].version <= pair[0].version {
                    return Err(StoreError::Migration(format!(
                        "domain `{}`: migration versions must increase ({} after {})",
                        set.domain, pair[1].version, pair[0].version
                    )));
                }
            }
        }
        Ok(())
    }
}

/// What happened to one schema.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchemaReport {
    /// Migrations applied now, as `domain/version name`.
    pub applied: Vec<String>,
    /// Migrations that were already applied.
    pub already: usize,
}

/// Apply every pending migration of `scope` to `schema`; the report lists what was applied.
pub async fn apply(
    conn: &mut PgConnection,
    catalog: &Catalog,
    scope: Scope,
    schema: &str,
) -> Result<SchemaReport, StoreError> {
    validate_schema_name(schema)?;
    let mut report = SchemaReport::default();
    {
        let mut tx = conn.begin().await?;
        lock(&mut tx, schema).await?;
        let ddl = format!(
            "CREATE SCHEMA IF NOT EXISTS {schema};
             CREATE TABLE IF NOT EXISTS {schema}.schema_migrations (
                 domain text NOT NULL,
                 version integer NOT NULL,
                 name text NOT NULL,
                 checksum text NOT NULL,
                 applied_at timestamptz NOT NULL DEFAULT now(),
                 PRIMARY KEY (domain, version)
             );"
        );
        // `Executor::execute` rather than `RawSql::execute`: the latter's generic signature
        // makes callers' futures fail the `Send` check (higher-ranked lifetime inference).
        (&mut *tx).execute(sqlx::raw_sql(&ddl)).await?;
        tx.commit().await?;
    }
    for set in catalog.sets(scope) {
        for migration in set.migrations {
            let checksum = checksum(migration.sql);
            let mut tx = conn.begin().await?;
            lock(&mut tx, schema).await?;
            let existing: Option<String> = sqlx::query_scalar(&format!(
                "SELECT checksum FROM {schema}.schema_migrations WHERE domain = $1 AND version = $2"
            ))
            .bind(set.domain)
            .bind(migration.version)
            .fetch_optional(&mut *tx)
            .await?;
            match existing {
                Some(found) if found == checksum => {
                    report.already += 1;
                    tx.commit().await?;
                    continue;
                }
                Some(_) => {
                    return Err(StoreError::Migration(format!(
                        "{schema}: migration {}/{} `{}` was changed after it was applied; add a new migration instead of editing it",
                        set.domain, migration.version, migration.name
                    )))
                }
                None => {}
            }
            sqlx::query(&format!(
                "SELECT set_config('search_path', '{schema}, public', true)"
            ))
            .execute(&mut *tx)
            .await?;
            (&mut *tx)
                .execute(sqlx::raw_sql(migration.sql))
                .await
                .map_err(|e| {
                    StoreError::Migration(format!(
                        "{schema}: migration {}/{} `{}` failed and was rolled back: {e}",
                        set.domain, migration.version, migration.name
                    ))
                })?;
            sqlx::query(&format!(
                "INSERT INTO {schema}.schema_migrations (domain, version, name, checksum) VALUES ($1, $2, $3, $4)"
            ))
            .bind(set.domain)
            .bind(migration.version)
            .bind(migration.name)
            .bind(&checksum)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            report.applied.push(format!(
                "{}/{} {}",
                set.domain, migration.version, migration.name
            ));
        }
    }
    Ok(report)
}

/// Migrations applied to a schema, as `(domain, version)`; empty when the schema is new.
pub async fn applied(
    conn: &mut PgConnection,
    schema: &str,
) -> Result<Vec<(String, i32)>, StoreError> {
    validate_schema_name(schema)?;
    let exists: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = 'schema_migrations')",
    )
    .bind(schema)
    .fetch_one(&mut *conn)
    .await?;
    if !exists {
        return Ok(Vec::new());
    }
    let rows: Vec<(String, i32)> =
        sqlx::query_as(&format!("SELECT domain, version FROM {schema}.schema_migrations ORDER BY applied_at, domain, version"))
            .fetch_all(&mut *conn)
            .await?;
    Ok(rows)
}

async fn lock(conn: &mut PgConnection, schema: &str) -> Result<(), StoreError> {
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('unityplan.migrate.' || $1, 0))")
        .bind(schema)
        .execute(conn)
        .await?;
    Ok(())
}

fn checksum(sql: &str) -> String {
    hex::encode(Sha256::digest(sql.as_bytes()))
}

/// Schema names are only ever `control` or `territory_<two letters>`, produced by this crate;
/// anything else is a bug, refused before it reaches SQL.
pub(crate) fn validate_schema_name(schema: &str) -> Result<(), StoreError> {
    let ok = schema == "control"
        || (schema.len() == "territory_xx".len()
            && schema.starts_with("territory_")
            && schema["territory_".len()..]
                .bytes()
                .all(|b| b.is_ascii_lowercase()));
    if ok {
        Ok(())
    } else {
        Err(StoreError::Migration(format!(
            "refusing unexpected schema name `{schema}`"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_names_are_checked() {
        assert!(validate_schema_name("control").is_ok());
        assert!(validate_schema_name("territory_dk").is_ok());
        for bad in [
            "territory_DK",
            "territory_dk; drop",
            "public",
            "territory_d",
            "territory_dnk",
        ] {
            assert!(validate_schema_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn catalog_rejects_decreasing_versions() {
        static BAD: &[Migration] = &[
            Migration {
                version: 2,
                name: "b",
                sql: "",
            },
            Migration {
                version: 1,
                name: "a",
                sql: "",
            },
        ];
        let catalog = Catalog::platform().with(MigrationSet {
            domain: "x",
            scope: Scope::Territory,
            migrations: BAD,
        });
        assert!(catalog.check().is_err());
        assert!(Catalog::platform().check().is_ok());
    }
}

//! The control plane: regions, database nodes and the territory registry, in schema `control`
//! of the control-plane database. Nothing personal lives here.

use chrono::{DateTime, Utc};
use kernel::ids::LanguageTag;
use kernel::{RegionCode, TerritoryCode};
use serde::Serialize;
use sqlx::PgConnection;

use crate::migrate::{Migration, MigrationSet, Scope};
use crate::StoreError;

/// Control-plane migrations of the platform.
pub const CONTROL_MIGRATIONS: MigrationSet = MigrationSet {
    domain: "platform",
    scope: Scope::ControlPlane,
    migrations: &[Migration {
        version: 1,
        name: "regions, nodes, territories",
        sql: r#"
CREATE FUNCTION control.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

CREATE TABLE control.regions (
    code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,15}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER regions_touch BEFORE UPDATE ON control.regions
    FOR EACH ROW EXECUTE FUNCTION control.touch_updated_at();

CREATE TABLE control.db_nodes (
    name text PRIMARY KEY,
    region_code text NOT NULL REFERENCES control.regions (code) ON DELETE CASCADE,
    configured_role text NOT NULL CHECK (configured_role IN ('primary', 'standby')),
    -- Connection settings without the password; the secret stays in configuration.
    host text NOT NULL,
    port integer NOT NULL,
    database text NOT NULL,
    observed_role text NOT NULL DEFAULT 'unknown'
        CHECK (observed_role IN ('primary', 'standby', 'down', 'unknown')),
    replication_lag_seconds double precision,
    last_checked_at timestamptz,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX db_nodes_region ON control.db_nodes (region_code);
CREATE TRIGGER db_nodes_touch BEFORE UPDATE ON control.db_nodes
    FOR EACH ROW EXECUTE FUNCTION control.touch_updated_at();

CREATE TABLE control.territories (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    default_language text NOT NULL,
    region_code text NOT NULL REFERENCES control.regions (code),
    schema_name text NOT NULL UNIQUE CHECK (schema_name ~ '^territory_[a-z]{2}$'),
    status text NOT NULL DEFAULT 'provisioning'
        CHECK (status IN ('provisioning', 'active', 'moving', 'suspended')),
    routing_epoch bigint NOT NULL DEFAULT 1,
    -- Share of reads (0–100) sent to the move target during a territory move.
    read_shift_percent smallint NOT NULL DEFAULT 0 CHECK (read_shift_percent BETWEEN 0 AND 100),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX territories_region ON control.territories (region_code);
CREATE TRIGGER territories_touch BEFORE UPDATE ON control.territories
    FOR EACH ROW EXECUTE FUNCTION control.touch_updated_at();

-- Every registry change wakes the routers of all running instances.
CREATE FUNCTION control.notify_registry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('unityplan_registry', COALESCE(NEW.code, OLD.code));
    RETURN NULL;
END $$;
CREATE TRIGGER territories_notify AFTER INSERT OR UPDATE OR DELETE ON control.territories
    FOR EACH ROW EXECUTE FUNCTION control.notify_registry();

CREATE TABLE control.settings (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
"#,
    }],
};

/// Territory-scoped base migrations of the platform.
pub const TERRITORY_BASE_MIGRATIONS: MigrationSet = MigrationSet {
    domain: "platform",
    scope: Scope::Territory,
    migrations: &[Migration {
        version: 1,
        name: "territory meta",
        sql: r#"
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END $$;

-- One row: facts about this territory's schema, readable through the router.
CREATE TABLE territory_meta (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    code text NOT NULL,
    provisioned_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER territory_meta_touch BEFORE UPDATE ON territory_meta
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
"#,
    }],
};

/// The lifecycle state of a territory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TerritoryStatus {
    /// Schema being created or migrated.
    Provisioning,
    /// Serving requests.
    Active,
    /// Being moved to another regional server.
    Moving,
    /// Switched off by an operator.
    Suspended,
}

impl TerritoryStatus {
    /// The database form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Provisioning => "provisioning",
            Self::Active => "active",
            Self::Moving => "moving",
            Self::Suspended => "suspended",
        }
    }

    fn parse(raw: &str) -> Result<Self, StoreError> {
        Ok(match raw {
            "provisioning" => Self::Provisioning,
            "active" => Self::Active,
            "moving" => Self::Moving,
            "suspended" => Self::Suspended,
            other => {
                return Err(StoreError::Migration(format!(
                    "unknown territory status `{other}` in the registry"
                )))
            }
        })
    }
}

/// A territory as recorded in the registry.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Territory {
    /// Two-letter code.
    pub code: TerritoryCode,
    /// Display name.
    pub name: String,
    /// Default language tag.
    pub default_language: String,
    /// Region serving it.
    pub region: RegionCode,
    /// Schema holding its data on the region's primary.
    #[serde(skip)]
    pub schema: String,
    /// Lifecycle state.
    pub status: TerritoryStatus,
    /// Bumped whenever its routing changes.
    pub routing_epoch: i64,
    /// Created.
    pub created_at: DateTime<Utc>,
}

/// A region as recorded in the control plane.
#[derive(Debug, Clone, Serialize)]
pub struct RegionRow {
    /// Code.
    pub code: RegionCode,
    /// Display name.
    pub name: String,
}

/// A territory to create.
#[derive(Debug, Clone)]
pub struct NewTerritory {
    /// Code.
    pub code: TerritoryCode,
    /// Display name.
    pub name: String,
    /// Default language.
    pub default_language: LanguageTag,
    /// Region to place it in.
    pub region: RegionCode,
}

/// The schema name of a territory; the only place it is formatted.
pub fn schema_name(code: &TerritoryCode) -> String {
    format!("territory_{}", code.lower())
}

type TerritoryRecord = (
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    DateTime<Utc>,
);

fn to_territory(row: TerritoryRecord) -> Result<Territory, StoreError> {
    let (code, name, default_language, region, schema, status, routing_epoch, created_at) = row;
    Ok(Territory {
        code: TerritoryCode::parse(&code)
            .map_err(|e| StoreError::Migration(e.message().to_owned()))?,
        name,
        default_language,
        region: RegionCode::parse(&region)
            .map_err(|e| StoreError::Migration(e.message().to_owned()))?,
        schema,
        status: TerritoryStatus::parse(&status)?,
        routing_epoch,
        created_at,
    })
}

const TERRITORY_COLUMNS: &str =
    "code, name, default_language, region_code, schema_name, status, routing_epoch, created_at";

/// All territories, ordered by code.
pub async fn list_territories(conn: &mut PgConnection) -> Result<Vec<Territory>, StoreError> {
    let rows: Vec<TerritoryRecord> = sqlx::query_as(&format!(
        "SELECT {TERRITORY_COLUMNS} FROM control.territories ORDER BY code"
    ))
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(to_territory).collect()
}

/// One territory.
pub async fn find_territory(
    conn: &mut PgConnection,
    code: &TerritoryCode,
) -> Result<Option<Territory>, StoreError> {
    let row: Option<TerritoryRecord> = sqlx::query_as(&format!(
        "SELECT {TERRITORY_COLUMNS} FROM control.territories WHERE code = $1"
    ))
    .bind(code.as_str())
    .fetch_optional(conn)
    .await?;
    row.map(to_territory).transpose()
}

/// Insert a territory in `provisioning` state.
pub async fn insert_territory(
    conn: &mut PgConnection,
    new: &NewTerritory,
) -> Result<Territory, StoreError> {
    let result: Result<TerritoryRecord, sqlx::Error> = sqlx::query_as(&format!(
        "INSERT INTO control.territories (code, name, default_language, region_code, schema_name)
         VALUES ($1, $2, $3, $4, $5) RETURNING {TERRITORY_COLUMNS}"
    ))
    .bind(new.code.as_str())
    .bind(&new.name)
    .bind(new.default_language.as_str())
    .bind(new.region.as_str())
    .bind(schema_name(&new.code))
    .fetch_one(conn)
    .await;
    match result {
        Ok(row) => to_territory(row),
        Err(sqlx::Error::Database(db)) if db.code().as_deref() == Some("23505") => {
            Err(StoreError::TerritoryExists(new.code.clone()))
        }
        Err(sqlx::Error::Database(db)) if db.code().as_deref() == Some("23503") => {
            Err(StoreError::UnknownRegion(new.region.clone()))
        }
        Err(e) => Err(e.into()),
    }
}

/// Set a territory's status.
pub async fn set_territory_status(
    conn: &mut PgConnection,
    code: &TerritoryCode,
    status: TerritoryStatus,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE control.territories SET status = $2 WHERE code = $1")
        .bind(code.as_str())
        .bind(status.as_str())
        .execute(conn)
        .await?;
    Ok(())
}

/// All regions, ordered by code.
pub async fn list_regions(conn: &mut PgConnection) -> Result<Vec<RegionRow>, StoreError> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT code, name FROM control.regions ORDER BY code")
            .fetch_all(conn)
            .await?;
    rows.into_iter()
        .map(|(code, name)| {
            Ok(RegionRow {
                code: RegionCode::parse(&code)
                    .map_err(|e| StoreError::Migration(e.message().to_owned()))?,
                name,
            })
        })
        .collect()
}

/// True when the region exists.
pub async fn region_exists(conn: &mut PgConnection, code: &RegionCode) -> Result<bool, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM control.regions WHERE code = $1)")
            .bind(code.as_str())
            .fetch_one(conn)
            .await?,
    )
}

/// A node's connection settings, without the password.
#[derive(Debug, Clone)]
pub struct NodeRecord {
    /// Node name.
    pub name: String,
    /// Region.
    pub region: RegionCode,
    /// Configured role.
    pub configured_role: &'static str,
    /// Host.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Database.
    pub database: String,
}

/// Make the control plane's regions and nodes match the configured topology.
pub async fn sync_topology(
    conn: &mut PgConnection,
    regions: &[(RegionCode, String)],
    nodes: &[NodeRecord],
) -> Result<(), StoreError> {
    for (code, name) in regions {
        sqlx::query(
            "INSERT INTO control.regions (code, name) VALUES ($1, $2)
             ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE control.regions.name <> EXCLUDED.name",
        )
        .bind(code.as_str())
        .bind(name)
        .execute(&mut *conn)
        .await?;
    }
    let names: Vec<&str> = nodes.iter().map(|n| n.name.as_str()).collect();
    sqlx::query("DELETE FROM control.db_nodes WHERE NOT (name = ANY($1))")
        .bind(&names)
        .execute(&mut *conn)
        .await?;
    for node in nodes {
        sqlx::query(
            "INSERT INTO control.db_nodes (name, region_code, configured_role, host, port, database)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (name) DO UPDATE SET region_code = EXCLUDED.region_code,
                 configured_role = EXCLUDED.configured_role, host = EXCLUDED.host,
                 port = EXCLUDED.port, database = EXCLUDED.database",
        )
        .bind(&node.name)
        .bind(node.region.as_str())
        .bind(node.configured_role)
        .bind(&node.host)
        .bind(i32::from(node.port))
        .bind(&node.database)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Record a node's observed health (called when it changes).
pub async fn record_node_health(
    conn: &mut PgConnection,
    name: &str,
    observed_role: &str,
    lag_seconds: Option<f64>,
    error: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE control.db_nodes SET observed_role = $2, replication_lag_seconds = $3,
             last_error = $4, last_checked_at = now() WHERE name = $1",
    )
    .bind(name)
    .bind(observed_role)
    .bind(lag_seconds)
    .bind(error)
    .execute(conn)
    .await?;
    Ok(())
}

/// Read a control-plane setting.
pub async fn setting(
    conn: &mut PgConnection,
    key: &str,
) -> Result<Option<serde_json::Value>, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT value FROM control.settings WHERE key = $1")
            .bind(key)
            .fetch_optional(conn)
            .await?,
    )
}

/// Write a control-plane setting.
pub async fn set_setting(
    conn: &mut PgConnection,
    key: &str,
    value: serde_json::Value,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO control.settings (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()",
    )
    .bind(key)
    .bind(value)
    .execute(conn)
    .await?;
    Ok(())
}

/// The roadmap's regions: code, name.
pub const SEED_REGIONS: &[(&str, &str)] = &[
    ("eu", "Europe"),
    ("am", "Americas"),
    ("ap", "Asia-Pacific"),
    ("af", "Africa"),
];

/// The roadmap's territories: code, name, default language, region.
pub const SEED_TERRITORIES: &[(&str, &str, &str, &str)] = &[
    ("DK", "Denmark", "da", "eu"),
    ("NO", "Norway", "nb", "eu"),
    ("SE", "Sweden", "sv", "eu"),
    ("FI", "Finland", "fi", "eu"),
    ("DE", "Germany", "de", "eu"),
    ("UK", "United Kingdom", "en", "eu"),
    ("FR", "France", "fr", "eu"),
    ("US", "United States", "en", "am"),
    ("CA", "Canada", "en", "am"),
    ("MX", "Mexico", "es", "am"),
    ("BR", "Brazil", "pt", "am"),
    ("AU", "Australia", "en", "ap"),
    ("NZ", "New Zealand", "en", "ap"),
    ("JP", "Japan", "ja", "ap"),
    ("SG", "Singapore", "en", "ap"),
    ("ZA", "South Africa", "en", "af"),
    ("KE", "Kenya", "sw", "af"),
    ("NG", "Nigeria", "en", "af"),
    ("GH", "Ghana", "en", "af"),
];

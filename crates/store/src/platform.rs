//! The storage platform: the control plane, regional pools with health tasks, the registry
//! and router, provisioning and migrations — started from configuration in embedded or
//! production mode.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kernel::config::{Config, NodeRole};
use kernel::ids::LanguageTag;
use kernel::{RegionCode, TerritoryCode};
use prometheus_client::registry::Registry as MetricsRegistry;
use secrecy::{ExposeSecret, SecretString};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;
use tokio::task::JoinHandle;

use crate::control::{self, NewTerritory, NodeRecord, Territory, TerritoryStatus};
use crate::embedded::{EmbeddedCluster, Ownership};
use crate::metrics::StoreMetrics;
use crate::migrate::{self, Catalog, Scope};
use crate::pools::{NodePool, NodeState, Region};
use crate::router::{Registry, TerritoryRouter};
use crate::StoreError;

/// How to start.
#[derive(Debug, Clone, Copy)]
pub struct StartOptions {
    /// Embedded data-dir ownership: `Exclusive` for `serve`, `Shared` for CLI commands.
    pub ownership: Ownership,
    /// Apply pending control-plane migrations during start-up (else require them applied).
    pub migrate_control: bool,
    /// Seed (embedded mode) and apply pending territory migrations during start-up.
    pub migrate_territories: bool,
    /// Run health checks and the registry listener in the background.
    pub background: bool,
}

/// Progress of a migration run, for CLI output and logs.
#[derive(Debug, Clone)]
pub enum MigrateEvent {
    /// The roadmap's territories were created (embedded first start).
    Seeded {
        /// Territories created.
        created: usize,
    },
    /// The control plane was brought up to date.
    ControlPlane {
        /// Migrations applied now.
        applied: usize,
    },
    /// A territory is about to be migrated.
    TerritoryStarted {
        /// Territory.
        code: TerritoryCode,
        /// Position (1-based) and total.
        position: (usize, usize),
        /// Pending migrations.
        pending: usize,
    },
    /// One migration was applied to a territory.
    Applied {
        /// Territory.
        code: TerritoryCode,
        /// `domain/version name`.
        migration: String,
    },
    /// A territory is up to date.
    TerritoryDone {
        /// Territory.
        code: TerritoryCode,
        /// Migrations applied now.
        applied: usize,
    },
    /// A territory could not be migrated now.
    TerritoryFailed {
        /// Territory.
        code: TerritoryCode,
        /// Why.
        reason: String,
    },
}

/// The result of a migration run.
#[derive(Debug, Clone, Default)]
pub struct MigrateSummary {
    /// Control-plane migrations applied.
    pub control_applied: usize,
    /// Territory migrations applied, summed.
    pub territory_applied: usize,
    /// Territories that failed, with reasons.
    pub failed: Vec<(TerritoryCode, String)>,
    /// Territories created by the first-start seed.
    pub seeded: usize,
}

/// Readiness of one region.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct RegionReadiness {
    /// Region code.
    pub region: RegionCode,
    /// True when a primary is reachable.
    pub ready: bool,
    /// Node states.
    pub nodes: Vec<NodeSummary>,
}

/// A node as shown to operators.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct NodeSummary {
    /// Node name.
    pub name: String,
    /// Configured role.
    pub configured_role: String,
    /// Observed state.
    pub state: NodeState,
    /// Host.
    pub host: String,
    /// Port.
    pub port: u16,
    /// Standby replay lag.
    pub replication_lag_seconds: Option<f64>,
    /// Last error.
    pub last_error: Option<String>,
    /// Last check.
    pub checked_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Pool size limit.
    pub pool_max: u32,
    /// Open connections.
    pub pool_open: u32,
    /// Idle connections.
    pub pool_idle: u32,
}

/// The running storage platform.
pub struct Platform {
    config: Arc<Config>,
    /// Control-plane migrations applied during start-up, reported by the first `migrate`.
    control_applied_at_start: std::sync::atomic::AtomicUsize,
    control: PgPool,
    router: TerritoryRouter,
    metrics: StoreMetrics,
    catalog: Catalog,
    embedded: Mutex<Option<EmbeddedCluster>>,
    tasks: Mutex<Vec<JoinHandle<()>>>,
}

impl std::fmt::Debug for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Platform")
            .field("regions", &self.router.regions().len())
            .finish_non_exhaustive()
    }
}

struct NodeSpec {
    name: String,
    url: SecretString,
    role: NodeRole,
}

struct RegionSpec {
    code: RegionCode,
    name: String,
    pool_size: u32,
    nodes: Vec<NodeSpec>,
}

impl Platform {
    /// Start from configuration: embedded cluster (when no database is configured), control
    /// plane, topology, pools and first health check, registry, seed and migrations.
    pub async fn start(
        config: Config,
        catalog: Catalog,
        options: StartOptions,
    ) -> Result<Self, StoreError> {
        catalog.check()?;
        let config = Arc::new(config);
        let db = config.database.clone();
        let (embedded, control_url, specs) = if config.is_embedded() {
            let cluster = EmbeddedCluster::start(&config, options.ownership).await?;
            let url = SecretString::from(cluster.url().to_owned());
            let specs = control::SEED_REGIONS
                .iter()
                .map(|(code, name)| {
                    Ok(RegionSpec {
                        code: RegionCode::parse(code)
                            .map_err(|e| StoreError::Migration(e.message().to_owned()))?,
                        name: (*name).to_owned(),
                        pool_size: db.pool_size,
                        nodes: vec![NodeSpec {
                            name: format!("{code}-local"),
                            url: url.clone(),
                            role: NodeRole::Primary,
                        }],
                    })
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            (Some(cluster), url, specs)
        } else {
            let url = db.control_plane_url.clone().ok_or_else(|| {
                StoreError::Migration("database.control_plane_url is not set".into())
            })?;
            let specs = config
                .regions
                .iter()
                .map(|r| RegionSpec {
                    code: r.code.clone(),
                    name: r.name.clone(),
                    pool_size: r.pool_size.unwrap_or(db.pool_size),
                    nodes: r
                        .nodes
                        .iter()
                        .map(|n| NodeSpec {
                            name: n.name.clone(),
                            url: n.url.clone(),
                            role: n.role,
                        })
                        .collect(),
                })
                .collect();
            (None, url, specs)
        };

        let control = connect_control(&control_url, &config).await?;
        let mut control_applied_at_start = 0;
        {
            let mut conn = control
                .acquire()
                .await
                .map_err(|e| StoreError::ControlPlaneUnavailable(e.to_string()))?;
            if options.migrate_control {
                control_applied_at_start =
                    migrate::apply(&mut conn, &catalog, Scope::ControlPlane, "control")
                        .await?
                        .applied
                        .len();
            } else if migrate::applied(&mut conn, "control").await?.is_empty() {
                return Err(StoreError::Migration(
                    "the control plane has not been created yet; run `unityplan migrate` (or `unityplan serve`) first".into(),
                ));
            }
        }

        let metrics = StoreMetrics::new();
        let mut regions = HashMap::new();
        let mut records = Vec::new();
        for spec in &specs {
            let mut nodes = Vec::new();
            for n in &spec.nodes {
                let node = Arc::new(NodePool::new(
                    &n.name,
                    &spec.code,
                    n.role,
                    &n.url,
                    spec.pool_size,
                    &db,
                    &metrics,
                )?);
                let (host, port, database) = node.address();
                records.push(NodeRecord {
                    name: n.name.clone(),
                    region: spec.code.clone(),
                    configured_role: n.role.as_str(),
                    host,
                    port,
                    database,
                });
                nodes.push(node);
            }
            regions.insert(
                spec.code.clone(),
                Arc::new(Region::new(
                    spec.code.clone(),
                    spec.name.clone(),
                    nodes,
                    &db,
                    &metrics,
                )),
            );
        }
        {
            let mut conn = control
                .acquire()
                .await
                .map_err(|e| StoreError::ControlPlaneUnavailable(e.to_string()))?;
            let names: Vec<(RegionCode, String)> = specs
                .iter()
                .map(|s| (s.code.clone(), s.name.clone()))
                .collect();
            control::sync_topology(&mut conn, &names, &records).await?;
        }
        check_regions(regions.values()).await;
        for region in regions.values() {
            if region.primary().is_none() {
                let detail: Vec<String> = region
                    .nodes()
                    .iter()
                    .map(|n| {
                        format!(
                            "{} is {} ({})",
                            n.name(),
                            n.state().as_str(),
                            n.health().last_error.unwrap_or_default()
                        )
                    })
                    .collect();
                tracing::warn!(region = %region.code(), nodes = ?detail, "region has no reachable primary at start-up; its territories answer 503 until one appears");
            }
        }

        let registry = Arc::new(Registry::new(control.clone()));
        registry.refresh_all().await?;
        let router = TerritoryRouter::new(registry.clone(), Arc::new(regions));
        let platform = Self {
            config: config.clone(),
            control_applied_at_start: std::sync::atomic::AtomicUsize::new(control_applied_at_start),
            control,
            router,
            metrics,
            catalog,
            embedded: Mutex::new(embedded),
            tasks: Mutex::new(Vec::new()),
        };

        if options.migrate_territories {
            let summary = platform
                .migrate(|event| {
                    if let MigrateEvent::TerritoryFailed { code, reason } = &event {
                        tracing::error!(territory = %code, reason, "territory migration failed");
                    }
                })
                .await?;
            tracing::info!(
                control_applied = summary.control_applied,
                territory_applied = summary.territory_applied,
                failed = summary.failed.len(),
                "migrations up to date"
            );
        }
        if options.background {
            platform.spawn_background();
        }
        Ok(platform)
    }

    fn spawn_background(&self) {
        let mut tasks = Vec::new();
        for region in self.router.regions().values() {
            let control = self.control.clone();
            let task = tokio::spawn(region.clone().health_loop(move |node| {
                let control = control.clone();
                let name = node.name().to_owned();
                let state = node.state().as_str();
                let health = node.health();
                tokio::spawn(async move {
                    if let Ok(mut conn) = control.acquire().await {
                        let _ = control::record_node_health(
                            &mut conn,
                            &name,
                            state,
                            health.lag_seconds,
                            health.last_error.as_deref(),
                        )
                        .await;
                    }
                });
            }));
            tasks.push(task);
        }
        tasks.push(tokio::spawn(self.router.registry().clone().listen()));
        if let Ok(mut slot) = self.tasks.lock() {
            slot.extend(tasks);
        }
    }

    async fn seed(&self) -> Result<usize, StoreError> {
        let mut conn = self.control_conn().await?;
        if control::setting(&mut conn, "seeded").await?.is_some() {
            return Ok(0);
        }
        drop(conn);
        tracing::info!(
            territories = control::SEED_TERRITORIES.len(),
            "first start: creating the roadmap's regions and territories"
        );
        let mut created = 0;
        for (code, name, language, region) in control::SEED_TERRITORIES {
            let new = NewTerritory {
                code: TerritoryCode::parse(code)
                    .map_err(|e| StoreError::Migration(e.message().to_owned()))?,
                name: (*name).to_owned(),
                default_language: LanguageTag::parse(language)
                    .map_err(|e| StoreError::Migration(e.message().to_owned()))?,
                region: RegionCode::parse(region)
                    .map_err(|e| StoreError::Migration(e.message().to_owned()))?,
            };
            match self.create_territory(&new).await {
                Ok(_) => created += 1,
                Err(StoreError::TerritoryExists(_)) => {}
                Err(e) => return Err(e),
            }
        }
        let mut conn = self.control_conn().await?;
        control::set_setting(
            &mut conn,
            "seeded",
            serde_json::json!({"at": chrono::Utc::now()}),
        )
        .await?;
        Ok(created)
    }

    /// Create a territory: registry row, schema on its region's primary, every territory
    /// migration, then `active`. A crash part-way leaves it `provisioning`; `migrate` finishes it.
    pub async fn create_territory(&self, new: &NewTerritory) -> Result<Territory, StoreError> {
        if self.router.region(&new.region).is_none() {
            return Err(StoreError::UnknownRegion(new.region.clone()));
        }
        let mut conn = self.control_conn().await?;
        if !control::region_exists(&mut conn, &new.region).await? {
            return Err(StoreError::UnknownRegion(new.region.clone()));
        }
        let territory = control::insert_territory(&mut conn, new).await?;
        drop(conn);
        self.provision(&territory).await?;
        self.router
            .registry()
            .refresh(&new.code)
            .await?
            .map(|t| (*t).clone())
            .ok_or_else(|| StoreError::TerritoryNotFound(new.code.clone()))
    }

    async fn provision(&self, territory: &Territory) -> Result<Vec<String>, StoreError> {
        if territory.status == TerritoryStatus::Moving {
            return Err(StoreError::TerritoryMoving(territory.code.clone()));
        }
        let region = self
            .router
            .region(&territory.region)
            .ok_or_else(|| StoreError::UnknownRegion(territory.region.clone()))?;
        let primary = region.primary().ok_or_else(|| {
            StoreError::RegionUnavailable(region.code().clone(), region.retry_after_secs())
        })?;
        let mut conn = primary.pool().acquire().await.map_err(|e| {
            primary.record_error(&e);
            StoreError::RegionUnavailable(region.code().clone(), region.retry_after_secs())
        })?;
        let report = migrate::apply(
            &mut conn,
            &self.catalog,
            Scope::Territory,
            &territory.schema,
        )
        .await?;
        sqlx::query(&format!(
            "INSERT INTO {}.territory_meta (code) VALUES ($1) ON CONFLICT (id) DO NOTHING",
            territory.schema
        ))
        .bind(territory.code.as_str())
        .execute(&mut *conn)
        .await?;
        if territory.status == TerritoryStatus::Provisioning {
            let mut control = self.control_conn().await?;
            control::set_territory_status(&mut control, &territory.code, TerritoryStatus::Active)
                .await?;
            tracing::info!(territory = %territory.code, schema = %territory.schema, region = %territory.region, "territory provisioned");
        }
        Ok(report.applied)
    }

    /// Bring the control plane and every territory up to date, reporting progress. Territories
    /// being moved are refused (schema changes would break replication) and reported.
    pub async fn migrate(
        &self,
        mut progress: impl FnMut(MigrateEvent),
    ) -> Result<MigrateSummary, StoreError> {
        let mut summary = MigrateSummary::default();
        if self.config.is_embedded() && self.config.embedded.seed {
            summary.seeded = self.seed().await?;
            if summary.seeded > 0 {
                progress(MigrateEvent::Seeded {
                    created: summary.seeded,
                });
            }
        }
        let mut conn = self.control_conn().await?;
        let report =
            migrate::apply(&mut conn, &self.catalog, Scope::ControlPlane, "control").await?;
        summary.control_applied = report.applied.len()
            + self
                .control_applied_at_start
                .swap(0, std::sync::atomic::Ordering::Relaxed);
        progress(MigrateEvent::ControlPlane {
            applied: summary.control_applied,
        });
        let territories = control::list_territories(&mut conn).await?;
        drop(conn);
        let total = territories.len();
        let expected = self.catalog.count(Scope::Territory);
        for (i, territory) in territories.iter().enumerate() {
            let code = territory.code.clone();
            if territory.status == TerritoryStatus::Moving {
                let reason = StoreError::TerritoryMoving(code.clone()).to_string();
                progress(MigrateEvent::TerritoryFailed {
                    code: code.clone(),
                    reason: reason.clone(),
                });
                summary.failed.push((code, reason));
                continue;
            }
            let pending = match self.pending_for(territory).await {
                Ok(done) => expected.saturating_sub(done),
                Err(e) => {
                    let reason = e.to_string();
                    progress(MigrateEvent::TerritoryFailed {
                        code: code.clone(),
                        reason: reason.clone(),
                    });
                    summary.failed.push((code, reason));
                    continue;
                }
            };
            progress(MigrateEvent::TerritoryStarted {
                code: code.clone(),
                position: (i + 1, total),
                pending,
            });
            match self.provision(territory).await {
                Ok(applied_now) => {
                    let applied = applied_now.len();
                    for migration in applied_now {
                        progress(MigrateEvent::Applied {
                            code: code.clone(),
                            migration,
                        });
                    }
                    summary.territory_applied += applied;
                    progress(MigrateEvent::TerritoryDone { code, applied });
                }
                Err(e) => {
                    let reason = e.to_string();
                    progress(MigrateEvent::TerritoryFailed {
                        code: code.clone(),
                        reason: reason.clone(),
                    });
                    summary.failed.push((code, reason));
                }
            }
        }
        Ok(summary)
    }

    async fn pending_for(&self, territory: &Territory) -> Result<usize, StoreError> {
        let region = self
            .router
            .region(&territory.region)
            .ok_or_else(|| StoreError::UnknownRegion(territory.region.clone()))?;
        let primary = region.primary().ok_or_else(|| {
            StoreError::RegionUnavailable(region.code().clone(), region.retry_after_secs())
        })?;
        let mut conn = primary.pool().acquire().await?;
        Ok(migrate::applied(&mut conn, &territory.schema).await?.len())
    }

    /// A control-plane connection.
    pub async fn control_conn(
        &self,
    ) -> Result<sqlx::pool::PoolConnection<sqlx::Postgres>, StoreError> {
        self.control
            .acquire()
            .await
            .map_err(|e| StoreError::ControlPlaneUnavailable(e.to_string()))
    }

    /// The control-plane pool (for domains with control-plane tables, e.g. the directory).
    pub fn control_pool(&self) -> &PgPool {
        &self.control
    }

    /// The territory router.
    pub fn router(&self) -> &TerritoryRouter {
        &self.router
    }

    /// The configuration the platform started with.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The migration catalog.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// All territories from the control plane.
    pub async fn territories(&self) -> Result<Vec<Territory>, StoreError> {
        let mut conn = self.control_conn().await?;
        control::list_territories(&mut conn).await
    }

    /// One territory from the registry.
    pub async fn territory(&self, code: &TerritoryCode) -> Result<Territory, StoreError> {
        let mut conn = self.control_conn().await?;
        control::find_territory(&mut conn, code)
            .await?
            .ok_or_else(|| StoreError::TerritoryNotFound(code.clone()))
    }

    /// Whether a region has a reachable primary.
    pub fn region_ready(&self, code: &RegionCode) -> bool {
        self.router
            .region(code)
            .is_some_and(|r| r.primary().is_some())
    }

    /// Every region with its nodes, in code order.
    pub fn regions(&self) -> Vec<RegionReadiness> {
        let mut regions: Vec<_> = self
            .router
            .regions()
            .values()
            .map(|r| RegionReadiness {
                region: r.code().clone(),
                ready: r.primary().is_some(),
                nodes: r.nodes().iter().map(|n| summarize(n)).collect(),
            })
            .collect();
        regions.sort_by(|a, b| a.region.cmp(&b.region));
        regions
    }

    /// The display name of a region.
    pub fn region_name(&self, code: &RegionCode) -> Option<String> {
        self.router.region(code).map(|r| r.name().to_owned())
    }

    /// Run a health check of every node now.
    pub async fn check_health_now(&self) -> Vec<RegionReadiness> {
        check_regions(self.router.regions().values()).await;
        self.regions()
    }

    /// True when the control plane answers within two seconds.
    pub async fn control_plane_ready(&self) -> bool {
        let ping = async {
            let mut conn = self.control.acquire().await?;
            sqlx::query("SELECT 1").execute(&mut *conn).await
        };
        matches!(
            tokio::time::timeout(Duration::from_secs(2), ping).await,
            Ok(Ok(_))
        )
    }

    /// Register the storage metrics.
    pub fn register_metrics(&self, registry: &mut MetricsRegistry) {
        self.metrics.register(registry);
    }

    /// Refresh pool gauges before a scrape.
    pub fn refresh_metrics(&self) {
        for region in self.router.regions().values() {
            region.refresh_gauges();
        }
    }

    /// Stop background tasks, close pools and stop the embedded cluster.
    pub async fn shutdown(&self) {
        if let Ok(mut tasks) = self.tasks.lock() {
            for task in tasks.drain(..) {
                task.abort();
            }
        }
        for region in self.router.regions().values() {
            for node in region.nodes() {
                node.close().await;
            }
        }
        self.control.close().await;
        let cluster = self.embedded.lock().ok().and_then(|mut slot| slot.take());
        if let Some(cluster) = cluster {
            cluster.stop().await;
        }
    }
}

/// Check every node of these regions concurrently. The futures own their region (no borrowed
/// closure lifetimes), which keeps the caller's future `Send`.
async fn check_regions<'a>(regions: impl Iterator<Item = &'a Arc<Region>>) {
    let checks: Vec<_> = regions
        .cloned()
        .map(|r| async move { r.check_all().await })
        .collect();
    futures::future::join_all(checks).await;
}

fn summarize(node: &NodePool) -> NodeSummary {
    let (host, port, _) = node.address();
    let health = node.health();
    let open = node.pool().size();
    let idle = u32::try_from(node.pool().num_idle()).unwrap_or(u32::MAX);
    NodeSummary {
        name: node.name().to_owned(),
        configured_role: node.configured_role().as_str().to_owned(),
        state: node.state(),
        host,
        port,
        replication_lag_seconds: health.lag_seconds,
        last_error: health.last_error,
        checked_at: health.checked_at,
        pool_max: node.max_connections(),
        pool_open: open,
        pool_idle: idle,
    }
}

async fn connect_control(url: &SecretString, config: &Config) -> Result<PgPool, StoreError> {
    let key = if config.is_embedded() {
        "embedded cluster"
    } else {
        "database.control_plane_url"
    };
    let options: PgConnectOptions = url.expose_secret().parse().map_err(|e| {
        StoreError::ControlPlaneUnavailable(format!("`{key}` is not a valid URL: {e}"))
    })?;
    let target = format!(
        "{}:{}/{}",
        options.get_host(),
        options.get_port(),
        options.get_database().unwrap_or("postgres")
    );
    let pool = PgPoolOptions::new()
        .max_connections(config.database.control_plane_pool_size)
        .acquire_timeout(Duration::from_secs(config.database.connect_timeout_secs))
        .max_lifetime(Some(Duration::from_secs(config.database.max_lifetime_secs)))
        .test_before_acquire(true)
        .connect_lazy_with(options.application_name("unityplan-control"));
    let probe = tokio::time::timeout(
        Duration::from_secs(config.database.connect_timeout_secs),
        pool.acquire(),
    )
    .await;
    match probe {
        Ok(Ok(_)) => Ok(pool),
        Ok(Err(e)) => Err(StoreError::ControlPlaneUnavailable(format!(
            "cannot connect to `{key}` ({target}): {e}"
        ))),
        Err(_) => Err(StoreError::ControlPlaneUnavailable(format!(
            "cannot connect to `{key}` ({target}): no answer within {} s",
            config.database.connect_timeout_secs
        ))),
    }
}

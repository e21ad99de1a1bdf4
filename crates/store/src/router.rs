//! The territory router: turns a territory code into a transaction on the right node with
//! `search_path` set to that territory's schema. Domain code never formats schema names.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use kernel::{RegionCode, TerritoryCode};
use sqlx::{PgConnection, PgPool, Postgres, Transaction};

use crate::control::{self, Territory, TerritoryStatus};
use crate::error::ErrorKind;
use crate::pools::{NodePool, Region};
use crate::StoreError;

/// Whether work needs the primary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read-only: may go to a healthy standby when configured.
    Read,
    /// Writes: always the current primary.
    Write,
}

/// A cache of the territory registry, refreshed on change notifications.
#[derive(Debug)]
pub struct Registry {
    control: PgPool,
    cache: RwLock<HashMap<TerritoryCode, Arc<Territory>>>,
}

impl Registry {
    /// An empty cache over the control plane.
    pub fn new(control: PgPool) -> Self {
        Self {
            control,
            cache: RwLock::new(HashMap::new()),
        }
    }

    /// Load every territory.
    pub async fn refresh_all(&self) -> Result<(), StoreError> {
        let mut conn = self.control.acquire().await.map_err(control_unavailable)?;
        let all = control::list_territories(&mut conn).await?;
        let map = all
            .into_iter()
            .map(|t| (t.code.clone(), Arc::new(t)))
            .collect();
        if let Ok(mut cache) = self.cache.write() {
            *cache = map;
        }
        Ok(())
    }

    /// Reload one territory (after a notification, or a miss).
    pub async fn refresh(
        &self,
        code: &TerritoryCode,
    ) -> Result<Option<Arc<Territory>>, StoreError> {
        let mut conn = self.control.acquire().await.map_err(control_unavailable)?;
        let found = control::find_territory(&mut conn, code)
            .await?
            .map(Arc::new);
        if let Ok(mut cache) = self.cache.write() {
            match &found {
                Some(t) => {
                    cache.insert(code.clone(), t.clone());
                }
                None => {
                    cache.remove(code);
                }
            }
        }
        Ok(found)
    }

    /// The registry entry of a territory.
    pub async fn get(&self, code: &TerritoryCode) -> Result<Arc<Territory>, StoreError> {
        let cached = self.cache.read().ok().and_then(|c| c.get(code).cloned());
        match cached {
            Some(t) => Ok(t),
            None => self
                .refresh(code)
                .await?
                .ok_or_else(|| StoreError::TerritoryNotFound(code.clone())),
        }
    }

    /// Every cached territory.
    pub fn all(&self) -> Vec<Arc<Territory>> {
        let mut all: Vec<_> = self
            .cache
            .read()
            .map(|c| c.values().cloned().collect())
            .unwrap_or_default();
        all.sort_by(|a, b| a.code.cmp(&b.code));
        all
    }

    /// Listen for registry changes from any instance and keep the cache current.
    pub async fn listen(self: Arc<Self>) {
        loop {
            match sqlx::postgres::PgListener::connect_with(&self.control).await {
                Ok(mut listener) => {
                    if let Err(e) = listener.listen("unityplan_registry").await {
                        tracing::warn!(error = %e, "cannot LISTEN for registry changes; retrying");
                    } else {
                        // Changes made while we were not listening.
                        let _ = self.refresh_all().await;
                        loop {
                            match listener.recv().await {
                                Ok(note) => match TerritoryCode::parse(note.payload()) {
                                    Ok(code) => {
                                        if let Err(e) = self.refresh(&code).await {
                                            tracing::warn!(error = %e, territory = %code, "registry refresh failed");
                                        }
                                    }
                                    Err(_) => {
                                        let _ = self.refresh_all().await;
                                    }
                                },
                                Err(e) => {
                                    tracing::warn!(error = %e, "registry listener lost its connection; reconnecting");
                                    break;
                                }
                            }
                        }
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "cannot connect the registry listener; retrying")
                }
            }
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        }
    }
}

fn control_unavailable(e: sqlx::Error) -> StoreError {
    StoreError::ControlPlaneUnavailable(e.to_string())
}

/// Routes territory work to the right node.
#[derive(Debug, Clone)]
pub struct TerritoryRouter {
    registry: Arc<Registry>,
    regions: Arc<HashMap<RegionCode, Arc<Region>>>,
}

impl TerritoryRouter {
    /// A router over the registry and the regions' pools.
    pub fn new(registry: Arc<Registry>, regions: Arc<HashMap<RegionCode, Arc<Region>>>) -> Self {
        Self { registry, regions }
    }

    /// The registry.
    pub fn registry(&self) -> &Arc<Registry> {
        &self.registry
    }

    /// Begin a transaction in `code`'s schema on its region's current primary (or a standby
    /// for reads, when configured).
    pub async fn begin(
        &self,
        code: &TerritoryCode,
        access: Access,
    ) -> Result<TerritoryTx, StoreError> {
        let territory = self.registry.get(code).await?;
        match territory.status {
            TerritoryStatus::Active | TerritoryStatus::Moving => {}
            TerritoryStatus::Provisioning => {
                return Err(StoreError::TerritoryUnavailable(
                    code.clone(),
                    "still being provisioned",
                ))
            }
            TerritoryStatus::Suspended => {
                return Err(StoreError::TerritoryUnavailable(code.clone(), "suspended"))
            }
        }
        self.begin_for(territory, access).await
    }

    /// Begin a transaction for a registry entry, whatever its status (provisioning, moves).
    pub async fn begin_for(
        &self,
        territory: Arc<Territory>,
        access: Access,
    ) -> Result<TerritoryTx, StoreError> {
        let region = self
            .regions
            .get(&territory.region)
            .ok_or_else(|| StoreError::RegionUnavailable(territory.region.clone(), 30))?;
        let node = match access {
            Access::Write => region.primary(),
            Access::Read => region.reader(),
        }
        .ok_or_else(|| {
            region.wake_health_check();
            StoreError::RegionUnavailable(region.code().clone(), region.retry_after_secs())
        })?
        .clone();
        let mut tx = node.begin().await.map_err(|e| fail(region, &node, e))?;
        let set = sqlx::query("SELECT set_config('search_path', $1, true)")
            .bind(format!("{}, public", territory.schema))
            .execute(&mut *tx)
            .await;
        if let Err(e) = set {
            return Err(fail(region, &node, e));
        }
        Ok(TerritoryTx {
            tx,
            territory,
            node,
            region: region.clone(),
        })
    }

    /// The region of a territory.
    pub fn region(&self, code: &RegionCode) -> Option<&Arc<Region>> {
        self.regions.get(code)
    }

    /// All regions.
    pub fn regions(&self) -> &HashMap<RegionCode, Arc<Region>> {
        &self.regions
    }
}

fn fail(region: &Region, node: &NodePool, err: sqlx::Error) -> StoreError {
    match node.record_error(&err) {
        ErrorKind::Connection | ErrorKind::ReadOnly | ErrorKind::PoolTimeout => {
            region.wake_health_check();
            tracing::warn!(node = node.name(), region = %region.code(), error = %err, "territory transaction could not start");
            StoreError::RegionUnavailable(region.code().clone(), region.retry_after_secs())
        }
        ErrorKind::Other => StoreError::Database(err),
    }
}

/// A transaction inside one territory's schema.
pub struct TerritoryTx {
    tx: Transaction<'static, Postgres>,
    territory: Arc<Territory>,
    node: Arc<NodePool>,
    region: Arc<Region>,
}

impl std::fmt::Debug for TerritoryTx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TerritoryTx")
            .field("territory", &self.territory.code)
            .field("node", &self.node.name())
            .finish_non_exhaustive()
    }
}

impl TerritoryTx {
    /// The connection, for repository functions.
    pub fn conn(&mut self) -> &mut PgConnection {
        &mut self.tx
    }

    /// The territory.
    pub fn territory(&self) -> &Territory {
        &self.territory
    }

    /// The node this transaction runs on.
    pub fn node_name(&self) -> &str {
        self.node.name()
    }

    /// Commit; connection failures mark the node suspect.
    pub async fn commit(self) -> Result<(), StoreError> {
        let Self {
            tx, node, region, ..
        } = self;
        tx.commit().await.map_err(|e| fail(&region, &node, e))
    }

    /// Roll back explicitly (dropping also rolls back).
    pub async fn rollback(self) -> Result<(), StoreError> {
        self.tx.rollback().await.map_err(StoreError::from)
    }

    /// Classify an error raised inside the transaction so a failing node is noticed at once.
    pub fn observe(&self, err: sqlx::Error) -> StoreError {
        fail(&self.region, &self.node, err)
    }
}

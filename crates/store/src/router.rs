//! The territory router: turns a territory code into a transaction on the right node with
//! `search_path` set to that territory's schema. Domain code never formats schema names.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use kernel::{RegionCode, TerritoryCode};
use sqlx::pool::PoolConnection;
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

/// Read-shift routing of a territory being moved: this share of its reads goes to the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadShift {
    /// Region receiving the shifted reads.
    pub target: RegionCode,
    /// Share of reads (0–100) sent to the target.
    pub percent: u8,
}

/// Outcome counters of reads sent to a move target (the read-shift error-rate gate).
#[derive(Debug, Default)]
pub struct ShiftStats {
    /// Reads served by the target.
    pub ok: AtomicU64,
    /// Reads that failed on the target (and were served by the source instead).
    pub failed: AtomicU64,
}

/// SQLSTATE raised by the read-only fence left on a territory's old home after a move.
pub const MOVED_AWAY_SQLSTATE: &str = "UM001";

/// A cache of the territory registry, refreshed on change notifications.
#[derive(Debug)]
pub struct Registry {
    control: PgPool,
    cache: RwLock<HashMap<TerritoryCode, Arc<Territory>>>,
    shifts: RwLock<HashMap<TerritoryCode, ReadShift>>,
    shift_stats: RwLock<HashMap<TerritoryCode, Arc<ShiftStats>>>,
    recent_writers: Mutex<HashMap<(TerritoryCode, String), Instant>>,
    read_your_writes: RwLock<Duration>,
}

impl Registry {
    /// An empty cache over the control plane.
    pub fn new(control: PgPool) -> Self {
        Self {
            control,
            cache: RwLock::new(HashMap::new()),
            shifts: RwLock::new(HashMap::new()),
            shift_stats: RwLock::new(HashMap::new()),
            recent_writers: Mutex::new(HashMap::new()),
            read_your_writes: RwLock::new(Duration::from_secs(10)),
        }
    }

    /// Load the read shifts of territories being moved. The moves tables are created by the
    /// `moves` migration set; a binary without it simply has no shifts.
    async fn refresh_shifts(&self, conn: &mut PgConnection) -> Result<(), StoreError> {
        let rows: Result<Vec<(String, String, i16)>, sqlx::Error> = sqlx::query_as(
            "SELECT t.code, m.target_region, t.read_shift_percent
               FROM control.territories t
               JOIN control.moves m ON m.territory_code = t.code
              WHERE t.status = 'moving' AND t.read_shift_percent > 0
                AND m.state IN ('read_shift', 'switch')",
        )
        .fetch_all(&mut *conn)
        .await;
        let rows = match rows {
            Ok(rows) => rows,
            Err(sqlx::Error::Database(db)) if db.code().as_deref() == Some("42P01") => Vec::new(),
            Err(e) => return Err(e.into()),
        };
        let mut map = HashMap::new();
        for (code, target, percent) in rows {
            if let (Ok(code), Ok(target)) =
                (TerritoryCode::parse(&code), RegionCode::parse(&target))
            {
                let percent = u8::try_from(percent.clamp(0, 100)).unwrap_or(0);
                map.insert(code, ReadShift { target, percent });
            }
        }
        if let Ok(mut shifts) = self.shifts.write() {
            *shifts = map;
        }
        Ok(())
    }

    /// The read shift of a territory being moved, if any.
    pub fn read_shift(&self, code: &TerritoryCode) -> Option<ReadShift> {
        self.shifts.read().ok().and_then(|s| s.get(code).cloned())
    }

    /// Counters of reads sent to a move target for this territory.
    pub fn shift_stats(&self, code: &TerritoryCode) -> Arc<ShiftStats> {
        if let Some(stats) = self
            .shift_stats
            .read()
            .ok()
            .and_then(|s| s.get(code).cloned())
        {
            return stats;
        }
        match self.shift_stats.write() {
            Ok(mut all) => all.entry(code.clone()).or_default().clone(),
            Err(_) => Arc::new(ShiftStats::default()),
        }
    }

    /// How long a user who wrote keeps reading from a territory's current home during a move.
    pub fn set_read_your_writes(&self, window: Duration) {
        if let Ok(mut w) = self.read_your_writes.write() {
            *w = window;
        }
    }

    fn note_write(&self, code: &TerritoryCode, affinity: &str) {
        if let Ok(mut recent) = self.recent_writers.lock() {
            let now = Instant::now();
            if recent.len() > 10_000 {
                let window = self.ryw_window();
                recent.retain(|_, at| now.duration_since(*at) < window);
            }
            recent.insert((code.clone(), affinity.to_owned()), now);
        }
    }

    fn wrote_recently(&self, code: &TerritoryCode, affinity: &str) -> bool {
        let window = self.ryw_window();
        self.recent_writers.lock().is_ok_and(|recent| {
            recent
                .get(&(code.clone(), affinity.to_owned()))
                .is_some_and(|at| at.elapsed() < window)
        })
    }

    fn ryw_window(&self) -> Duration {
        self.read_your_writes
            .read()
            .map(|w| *w)
            .unwrap_or(Duration::from_secs(10))
    }

    /// Load every territory.
    pub async fn refresh_all(&self) -> Result<(), StoreError> {
        let mut conn = self.control.acquire().await.map_err(control_unavailable)?;
        let all = control::list_territories(&mut conn).await?;
        self.refresh_shifts(&mut conn).await?;
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
        self.refresh_shifts(&mut conn).await?;
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
        self.begin_as(code, access, None).await
    }

    /// Like [`Self::begin`], for a known user or session (`affinity`): during a territory move
    /// a user who just wrote keeps reading from the territory's current home (read-your-writes),
    /// and a user's reads consistently go to one side of the read shift.
    pub async fn begin_as(
        &self,
        code: &TerritoryCode,
        access: Access,
        affinity: Option<&str>,
    ) -> Result<TerritoryTx, StoreError> {
        let routed = self
            .route::<Transaction<'static, Postgres>>(code, access, affinity)
            .await?;
        Ok(TerritoryTx {
            tx: routed.opened,
            at: routed.at,
            access,
            affinity: affinity.map(str::to_owned),
        })
    }

    /// A connection to the node that serves `code`'s reads, outside any transaction, for hot
    /// reads that are a single statement (its own snapshot): one round trip instead of three
    /// (`BEGIN`+`search_path`, the query, the end of the transaction). The statement names
    /// tables through [`TerritoryRead::qualify`], since no `search_path` is set. Routing is the
    /// same as [`Self::begin_as`] with [`Access::Read`].
    pub async fn read_as(
        &self,
        code: &TerritoryCode,
        affinity: Option<&str>,
    ) -> Result<TerritoryRead, StoreError> {
        let routed = self
            .route::<PoolConnection<Postgres>>(code, Access::Read, affinity)
            .await?;
        Ok(TerritoryRead {
            conn: routed.opened,
            at: routed.at,
        })
    }

    /// Like [`Self::read_as`], always on the territory's current primary and never shifted to
    /// a move target: for checks that must see the latest committed state (a session revoked a
    /// moment ago).
    pub async fn read_primary(&self, code: &TerritoryCode) -> Result<TerritoryRead, StoreError> {
        let routed = self
            .route::<PoolConnection<Postgres>>(code, Access::Write, None)
            .await?;
        Ok(TerritoryRead {
            conn: routed.opened,
            at: routed.at,
        })
    }

    async fn route<T: OpenOn>(
        &self,
        code: &TerritoryCode,
        access: Access,
        affinity: Option<&str>,
    ) -> Result<Routed<T>, StoreError> {
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
        if access == Access::Read {
            if let Some(shift) = self.registry.read_shift(code) {
                let recent = affinity.is_some_and(|a| self.registry.wrote_recently(code, a));
                if !recent && shifted(affinity, shift.percent) {
                    let stats = self.registry.shift_stats(code);
                    match self
                        .open::<T>(territory.clone(), &shift.target, access)
                        .await
                    {
                        Ok(routed) => {
                            stats.ok.fetch_add(1, Ordering::Relaxed);
                            return Ok(routed);
                        }
                        Err(e) => {
                            // Reads never fail because of a move: the source still has it all.
                            stats.failed.fetch_add(1, Ordering::Relaxed);
                            tracing::warn!(territory = %code, target = %shift.target, error = %e, "shifted read failed on the move target; served by the source");
                        }
                    }
                }
            }
        }
        let region = territory.region.clone();
        self.open::<T>(territory, &region, access).await
    }

    /// Begin a transaction for a registry entry, whatever its status (provisioning, moves).
    pub async fn begin_for(
        &self,
        territory: Arc<Territory>,
        access: Access,
    ) -> Result<TerritoryTx, StoreError> {
        let region = territory.region.clone();
        self.begin_on(territory, &region, access).await
    }

    /// Begin a transaction in a territory's schema on a given region's node (territory moves
    /// use it for reads shifted to the target and for checks on either side).
    pub async fn begin_on(
        &self,
        territory: Arc<Territory>,
        region: &RegionCode,
        access: Access,
    ) -> Result<TerritoryTx, StoreError> {
        let routed = self
            .open::<Transaction<'static, Postgres>>(territory, region, access)
            .await?;
        Ok(TerritoryTx {
            tx: routed.opened,
            at: routed.at,
            access,
            affinity: None,
        })
    }

    async fn open<T: OpenOn>(
        &self,
        territory: Arc<Territory>,
        region: &RegionCode,
        access: Access,
    ) -> Result<Routed<T>, StoreError> {
        let region = self
            .regions
            .get(region)
            .ok_or_else(|| StoreError::RegionUnavailable(region.clone(), 30))?;
        let node = match access {
            Access::Write => region.primary(),
            Access::Read => region.reader(),
        }
        .ok_or_else(|| {
            region.wake_health_check();
            StoreError::RegionUnavailable(region.code().clone(), region.retry_after_secs())
        })?
        .clone();
        let opened = T::open_on(&node, &territory.schema)
            .await
            .map_err(|e| fail(region, &node, e))?;
        Ok(Routed {
            opened,
            at: Placement {
                territory,
                node,
                region: region.clone(),
                registry: self.registry.clone(),
            },
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

type OpenFuture<'a, T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, sqlx::Error>> + Send + 'a>>;

/// What the router opens on the chosen node: a transaction in the territory's schema, or a
/// bare connection for single-statement reads.
trait OpenOn: Sized + Send {
    fn open_on<'a>(node: &'a NodePool, schema: &'a str) -> OpenFuture<'a, Self>;
}

impl OpenOn for Transaction<'static, Postgres> {
    fn open_on<'a>(node: &'a NodePool, schema: &'a str) -> OpenFuture<'a, Self> {
        Box::pin(node.begin_in(schema))
    }
}

impl OpenOn for PoolConnection<Postgres> {
    fn open_on<'a>(node: &'a NodePool, _schema: &'a str) -> OpenFuture<'a, Self> {
        Box::pin(node.acquire())
    }
}

struct Routed<T> {
    opened: T,
    at: Placement,
}

/// Where a routed transaction or read runs: the registry entry it was routed with and the
/// node and region serving it.
struct Placement {
    territory: Arc<Territory>,
    node: Arc<NodePool>,
    region: Arc<Region>,
    registry: Arc<Registry>,
}

impl Placement {
    fn debug(&self, f: &mut std::fmt::Formatter<'_>, name: &str) -> std::fmt::Result {
        f.debug_struct(name)
            .field("territory", &self.territory.code)
            .field("node", &self.node.name())
            .finish_non_exhaustive()
    }

    fn observe(&self, err: sqlx::Error) -> StoreError {
        moved_or_fail(
            &self.registry,
            &self.territory,
            &self.region,
            &self.node,
            err,
        )
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

/// True when a read of this user (or, without one, this request) goes to the move target.
fn shifted(affinity: Option<&str>, percent: u8) -> bool {
    if percent == 0 {
        return false;
    }
    if percent >= 100 {
        return true;
    }
    let bucket = match affinity {
        // Stable per user, so one user does not flip between the two copies.
        Some(key) => {
            let digest = <sha2::Sha256 as sha2::Digest>::digest(key.as_bytes());
            u16::from_be_bytes([digest[0], digest[1]]) % 100
        }
        None => rand::random::<u16>() % 100,
    };
    bucket < u16::from(percent)
}

/// A transaction inside one territory's schema.
pub struct TerritoryTx {
    tx: Transaction<'static, Postgres>,
    at: Placement,
    access: Access,
    affinity: Option<String>,
}

impl std::fmt::Debug for TerritoryTx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.at.debug(f, "TerritoryTx")
    }
}

impl TerritoryTx {
    /// The connection, for repository functions.
    pub fn conn(&mut self) -> &mut PgConnection {
        &mut self.tx
    }

    /// The territory.
    pub fn territory(&self) -> &Territory {
        &self.at.territory
    }

    /// The node this transaction runs on.
    pub fn node_name(&self) -> &str {
        self.at.node.name()
    }

    /// The routing epoch of the registry entry this transaction was routed with.
    pub fn epoch(&self) -> i64 {
        self.at.territory.routing_epoch
    }

    /// Commit; connection failures mark the node suspect. A committed write of a known user
    /// keeps that user's reads on this territory's home for the read-your-writes window.
    pub async fn commit(self) -> Result<(), StoreError> {
        let Self {
            tx,
            at,
            access,
            affinity,
        } = self;
        match tx.commit().await {
            Ok(()) => {
                if let (Access::Write, Some(key)) = (access, affinity.as_deref()) {
                    at.registry.note_write(&at.territory.code, key);
                }
                Ok(())
            }
            Err(e) => Err(at.observe(e)),
        }
    }

    /// Roll back explicitly (dropping also rolls back).
    pub async fn rollback(self) -> Result<(), StoreError> {
        self.tx.rollback().await.map_err(StoreError::from)
    }

    /// Classify an error raised inside the transaction so a failing node is noticed at once.
    pub fn observe(&self, err: sqlx::Error) -> StoreError {
        self.at.observe(err)
    }
}

/// A connection routed to the node serving a territory's reads, outside any transaction
/// ([`TerritoryRouter::read_as`]). Dropping it returns the connection to the pool.
pub struct TerritoryRead {
    conn: PoolConnection<Postgres>,
    at: Placement,
}

impl std::fmt::Debug for TerritoryRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.at.debug(f, "TerritoryRead")
    }
}

impl TerritoryRead {
    /// The connection, for one statement written with [`Self::qualify`].
    pub fn conn(&mut self) -> &mut PgConnection {
        &mut self.conn
    }

    /// `sql` with every `{schema}` replaced by the territory's schema name (validated when the
    /// territory was registered), e.g. `SELECT … FROM {schema}.territory_meta`.
    pub fn qualify(&self, sql: &str) -> String {
        sql.replace("{schema}", &self.at.territory.schema)
    }

    /// The territory.
    pub fn territory(&self) -> &Territory {
        &self.at.territory
    }

    /// The node serving this read.
    pub fn node_name(&self) -> &str {
        self.at.node.name()
    }

    /// Classify an error of the read so a failing node is noticed at once.
    pub fn observe(&self, err: sqlx::Error) -> StoreError {
        self.at.observe(err)
    }
}

/// A write refused by the read-only fence of a territory's old home means the territory has
/// just been moved: refresh the registry (the next attempt goes to the new home) and tell the
/// client to retry.
fn moved_or_fail(
    registry: &Arc<Registry>,
    territory: &Territory,
    region: &Region,
    node: &NodePool,
    err: sqlx::Error,
) -> StoreError {
    let moved = matches!(&err, sqlx::Error::Database(db) if db.code().as_deref() == Some(MOVED_AWAY_SQLSTATE));
    if moved {
        let registry = registry.clone();
        let code = territory.code.clone();
        tokio::spawn(async move {
            let _ = registry.refresh(&code).await;
        });
        return StoreError::TerritoryUnavailable(
            territory.code.clone(),
            "switching to its new region; retry",
        );
    }
    fail(region, node, err)
}

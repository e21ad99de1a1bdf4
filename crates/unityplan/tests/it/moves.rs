//! Territory moves between two real PostgreSQL clusters (region `eu` on cluster A, which also
//! holds the control plane; region `am` on cluster B), under a writer and a reader going
//! through UnityPlan's territory router.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use kernel::config::{Config, NodeConfig, NodeRole, RegionConfig};
use kernel::{AppError, RegionCode, TerritoryCode};
use secrecy::SecretString;
use sqlx::Connection;
use store::embedded::Ownership;
use store::moves::{self, DriveUntil, MoveOptions, MoveState, MoveTarget};
use store::{Access, NewTerritory, Platform, StartOptions};
use testkit::{ClusterOptions, PgCluster};

const ROWS: i64 = 30_000;

/// Two clusters shared by the move tests, which run one at a time (replication slots and the
/// two CPU cores are shared).
fn clusters() -> Option<&'static (PgCluster, PgCluster)> {
    static PAIR: OnceLock<Option<(PgCluster, PgCluster)>> = OnceLock::new();
    PAIR.get_or_init(|| {
        let a = testkit::dedicated_cluster(ClusterOptions::default())?;
        let b = testkit::dedicated_cluster(ClusterOptions::default())?;
        Some((a, b))
    })
    .as_ref()
}

fn serial() -> &'static tokio::sync::Mutex<()> {
    static LOCK: OnceLock<tokio::sync::Mutex<()>> = OnceLock::new();
    LOCK.get_or_init(|| tokio::sync::Mutex::new(()))
}

struct Env {
    config: Config,
    url_a: String,
    url_b: String,
    _dir: tempfile::TempDir,
}

fn region(code: &str, node: &str, url: &str) -> RegionConfig {
    RegionConfig {
        code: RegionCode::parse(code).unwrap(),
        name: code.to_uppercase(),
        pool_size: Some(10),
        nodes: vec![NodeConfig {
            name: node.to_owned(),
            url: SecretString::from(url.to_owned()),
            role: NodeRole::Primary,
        }],
    }
}

/// Fresh databases on both clusters; territory DK in `eu` (cluster A) with a table of `rows`
/// rows; region `ap` points at a port nobody listens on (an unreachable target).
async fn env(rows: i64) -> Option<Env> {
    let (a, b) = clusters()?;
    let url_a = a.create_database().await.unwrap();
    let url_b = b.create_database().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let dead = format!(
        "postgres://postgres@127.0.0.1:{}/nothing",
        store::process::free_port().unwrap()
    );
    let mut config = crate::support::config_for(&url_a, dir.path());
    config.database.acquire_timeout_secs = 3;
    config.database.connect_timeout_secs = 3;
    config.regions = vec![
        region("eu", "eu-a", &url_a),
        region("am", "am-b", &url_b),
        region("ap", "ap-dead", &dead),
    ];
    let p = start(&config).await;
    p.create_territory(&NewTerritory {
        code: dk(),
        name: "Denmark".into(),
        default_language: kernel::ids::LanguageTag::parse("da").unwrap(),
        region: RegionCode::parse("eu").unwrap(),
    })
    .await
    .unwrap();
    p.shutdown().await;
    seed(&url_a, rows).await;
    Some(Env {
        config,
        url_a,
        url_b,
        _dir: dir,
    })
}

/// The test tables of territory DK: `items` (`rows` rows) and `pairs` (composite key).
async fn seed(url: &str, rows: i64) {
    let mut conn = crate::support::connect(url).await;
    sqlx::raw_sql(&format!(
        "CREATE TABLE territory_dk.items (id bigserial PRIMARY KEY, payload text NOT NULL UNIQUE,
             n integer NOT NULL DEFAULT 0, body text NOT NULL DEFAULT repeat('x', 100));
         INSERT INTO territory_dk.items (payload) SELECT 'seed-' || g FROM generate_series(1, {rows}) g;
         CREATE TABLE territory_dk.pairs (a integer, b text, v text, PRIMARY KEY (a, b));
         INSERT INTO territory_dk.pairs SELECT g % 50, 'k' || g, md5(g::text) FROM generate_series(1, 2000) g;"
    ))
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
}

async fn start(config: &Config) -> Arc<Platform> {
    unityplan::moves_api::audit_move_steps();
    Arc::new(
        Platform::start(
            config.clone(),
            unityplan::catalog(),
            StartOptions {
                ownership: Ownership::Shared,
                migrate_control: true,
                migrate_territories: true,
                background: true,
            },
        )
        .await
        .expect("platform starts"),
    )
}

fn dk() -> TerritoryCode {
    TerritoryCode::parse("DK").unwrap()
}

fn fast_options() -> MoveOptions {
    MoveOptions {
        read_step_percent: 25,
        read_step_secs: 1,
        auto_read_shift: true,
        auto_switch: true,
        auto_complete: false,
        max_lag_secs: 2.0,
        switch_budget_ms: 5_000,
        lock_timeout_ms: 2_000,
        monitor_secs: 3_600,
        archive_hours: 1,
        validation_chunk_rows: 4_000,
        ..MoveOptions::default()
    }
}

async fn wait_for(
    p: &Platform,
    what: &str,
    limit: Duration,
    done: impl Fn(&moves::MoveStatus) -> bool,
) -> moves::MoveStatus {
    let deadline = Instant::now() + limit;
    loop {
        let s = moves::status(p, &dk()).await.expect("status");
        if done(&s) {
            return s;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}; status: state {:?} read {} error {:?}\nsteps: {:#?}",
            s.state,
            s.read_percent,
            s.error,
            s.steps
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Counts and content hashes of the test tables in one database.
async fn fingerprint(url: &str, schema: &str) -> Vec<(i64, i64)> {
    let mut conn = crate::support::connect(url).await;
    let mut out = Vec::new();
    for t in ["items", "pairs"] {
        out.push(
            sqlx::query_as(&format!(
                "SELECT count(*)::int8, coalesce(sum(hashtext(t::text)::int8), 0)::int8 FROM {schema}.{t} t"
            ))
            .fetch_one(&mut conn)
            .await
            .unwrap(),
        );
    }
    conn.close().await.unwrap();
    out
}

async fn schema_exists(url: &str, schema: &str) -> bool {
    let mut conn = crate::support::connect(url).await;
    let e: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)")
            .bind(schema)
            .fetch_one(&mut conn)
            .await
            .unwrap();
    conn.close().await.unwrap();
    e
}

/// A writer and a reader hammering DK through the router.
struct Load {
    stop: Arc<AtomicBool>,
    acked: Arc<Mutex<Vec<String>>>,
    longest_gap_ms: Arc<AtomicU64>,
    write_errors: Arc<AtomicU64>,
    read_errors: Arc<AtomicU64>,
    reads: Arc<AtomicU64>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Load {
    fn start(p: Arc<Platform>) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let acked = Arc::new(Mutex::new(Vec::new()));
        let longest_gap_ms = Arc::new(AtomicU64::new(0));
        let write_errors = Arc::new(AtomicU64::new(0));
        let read_errors = Arc::new(AtomicU64::new(0));
        let reads = Arc::new(AtomicU64::new(0));
        let writer = {
            let (p, stop, acked, gap, errors) = (
                p.clone(),
                stop.clone(),
                acked.clone(),
                longest_gap_ms.clone(),
                write_errors.clone(),
            );
            tokio::spawn(async move {
                let mut seq = 0u64;
                let mut last_ack = Instant::now();
                while !stop.load(Ordering::Relaxed) {
                    seq += 1;
                    let payload = format!("w-{seq}");
                    // Retry the same write until acknowledged: a duplicate would show.
                    loop {
                        let attempt = async {
                            let mut tx = p
                                .router()
                                .begin_as(&dk(), Access::Write, Some("writer"))
                                .await?;
                            sqlx::query("INSERT INTO items (payload) VALUES ($1)")
                                .bind(&payload)
                                .execute(tx.conn())
                                .await
                                .map_err(|e| tx.observe(e))?;
                            if seq.is_multiple_of(4) {
                                sqlx::query("UPDATE items SET n = n + 1 WHERE id = $1")
                                    .bind(i64::try_from(seq % 1000).unwrap() + 1)
                                    .execute(tx.conn())
                                    .await
                                    .map_err(|e| tx.observe(e))?;
                            }
                            tx.commit().await?;
                            Ok::<(), AppError>(())
                        }
                        .await;
                        match attempt {
                            Ok(()) => break,
                            Err(e) if e.code() == "conflict" => {
                                panic!("write {payload} was applied twice: {e}")
                            }
                            Err(_) => {
                                errors.fetch_add(1, Ordering::Relaxed);
                                tokio::time::sleep(Duration::from_millis(5)).await;
                            }
                        }
                    }
                    let g = u64::try_from(last_ack.elapsed().as_millis()).unwrap_or(u64::MAX);
                    gap.fetch_max(g, Ordering::Relaxed);
                    last_ack = Instant::now();
                    acked.lock().unwrap().push(payload);
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
            })
        };
        let reader = {
            let (p, stop, errors, reads) =
                (p.clone(), stop.clone(), read_errors.clone(), reads.clone());
            tokio::spawn(async move {
                let mut i = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    i += 1;
                    let user = format!("reader-{}", i % 17);
                    let attempt = async {
                        let mut tx = p
                            .router()
                            .begin_as(&dk(), Access::Read, Some(&user))
                            .await?;
                        let n: i64 =
                            sqlx::query_scalar("SELECT count(*) FROM items WHERE id <= 100")
                                .fetch_one(tx.conn())
                                .await
                                .map_err(|e| tx.observe(e))?;
                        tx.commit().await?;
                        Ok::<i64, AppError>(n)
                    }
                    .await;
                    match attempt {
                        Ok(100) => {
                            reads.fetch_add(1, Ordering::Relaxed);
                        }
                        other => {
                            eprintln!("read failed: {other:?}");
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    tokio::time::sleep(Duration::from_millis(3)).await;
                }
            })
        };
        Self {
            stop,
            acked,
            longest_gap_ms,
            write_errors,
            read_errors,
            reads,
            tasks: vec![writer, reader],
        }
    }

    async fn stop(self) -> (Vec<String>, u64, u64, u64, u64) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.tasks {
            t.await.expect("load task");
        }
        let acked = self.acked.lock().unwrap().clone();
        (
            acked,
            self.longest_gap_ms.load(Ordering::Relaxed),
            self.write_errors.load(Ordering::Relaxed),
            self.read_errors.load(Ordering::Relaxed),
            self.reads.load(Ordering::Relaxed),
        )
    }
}

/// Every acknowledged write is present exactly once.
async fn check_writes(url: &str, acked: &[String]) {
    let mut conn = crate::support::connect(url).await;
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT payload, count(*) FROM territory_dk.items WHERE payload LIKE 'w-%' GROUP BY payload",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    let found: std::collections::HashMap<String, i64> = rows.into_iter().collect();
    for p in acked {
        assert_eq!(
            found.get(p),
            Some(&1),
            "acknowledged write {p} lost or duplicated"
        );
    }
}

/// Move under load to the switch; returns the platform and the load still running.
async fn move_to_monitor(e: &Env) -> (Arc<Platform>, Load, tokio::task::JoinHandle<()>) {
    let p = start(&e.config).await;
    let load = Load::start(p.clone());
    tokio::time::sleep(Duration::from_millis(500)).await;
    let started = moves::start(&p, &dk(), &MoveTarget("am".into()), fast_options())
        .await
        .expect("move starts");
    assert_eq!(started.state, MoveState::Schema);
    let driver = {
        let p = p.clone();
        tokio::spawn(async move {
            moves::drive(&p, started.id, DriveUntil::Finished)
                .await
                .expect("drive");
        })
    };
    let shifted = wait_for(&p, "the read shift", Duration::from_secs(120), |s| {
        s.read_percent >= 50
    })
    .await;
    assert!(
        shifted
            .tables
            .iter()
            .all(|t| t.validated && t.chunks_bad == 0),
        "{:?}",
        shifted.tables
    );
    assert!(
        shifted.copy_percent >= 100.0 - f64::EPSILON,
        "{}",
        shifted.copy_percent
    );
    let s = wait_for(&p, "the switch", Duration::from_secs(60), |s| {
        s.state == MoveState::Monitor
    })
    .await;
    let t = p.territory(&dk()).await.unwrap();
    assert_eq!(t.region.as_str(), "am");
    assert!(t.routing_epoch >= 2);
    println!(
        "switch: write pause {:.0} ms (engine), copy {:.0} rows/s",
        s.write_pause_ms.unwrap_or(-1.0),
        s.copy_rows_per_sec.unwrap_or(0.0)
    );
    (p, load, driver)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn move_under_load_then_complete() {
    let _serial = serial().lock().await;
    let Some(e) = env(ROWS).await else { return };
    let (p, load, driver) = move_to_monitor(&e).await;
    // Writes now land on the target and flow back to the source by reverse replication.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (acked, gap, write_errors, read_errors, reads) = load.stop().await;
    println!("load: {} acknowledged writes, longest write pause {gap} ms, {write_errors} retried write attempts, {reads} reads, {read_errors} failed reads", acked.len());
    assert!(acked.len() > 100, "the writer made progress");
    assert_eq!(read_errors, 0, "reads never fail");
    assert!(gap < 5_000, "longest write pause {gap} ms");
    check_writes(&e.url_b, &acked).await;
    // Reverse replication has the source current: counts and hashes equal.
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(
        fingerprint(&e.url_a, "territory_dk").await,
        fingerprint(&e.url_b, "territory_dk").await
    );
    // Writes on the old home are refused by the fence.
    let mut conn = crate::support::connect(&e.url_a).await;
    let refused = sqlx::query("INSERT INTO territory_dk.items (payload) VALUES ('stale')")
        .execute(&mut conn)
        .await
        .unwrap_err();
    assert!(refused.to_string().contains("moved"), "{refused}");
    conn.close().await.unwrap();

    moves::complete(&p, &dk()).await.expect("complete");
    let done = wait_for(&p, "completion", Duration::from_secs(30), |s| {
        s.state == MoveState::Completed
    })
    .await;
    driver.await.unwrap();
    assert_eq!(
        done.archive_schema.as_deref(),
        Some(format!("territory_dk_moved_{}", done.id).as_str())
    );
    assert!(!schema_exists(&e.url_a, "territory_dk").await);
    assert!(schema_exists(&e.url_a, &format!("territory_dk_moved_{}", done.id)).await);
    let t = p.territory(&dk()).await.unwrap();
    assert_eq!(
        (t.region.as_str(), t.status),
        ("am", store::TerritoryStatus::Active)
    );
    check_writes(&e.url_b, &acked).await;
    // Every state change is in the step log.
    for event in ["started", "state", "read_share", "switched", "requested"] {
        assert!(
            done.steps.iter().any(|s| s.event == event) || event == "started",
            "no {event} in {:#?}",
            done.steps
        );
    }
    // Every step is in the tamper-evident audit log too.
    let mut a = crate::support::connect(&e.url_a).await;
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM control.audit_log WHERE action LIKE 'territory_move.%'",
    )
    .fetch_one(&mut a)
    .await
    .unwrap();
    assert!(
        audited >= done.steps.len() as i64,
        "{audited} audit entries"
    );
    a.close().await.unwrap();
    // The router now serves DK from cluster B.
    let mut tx = p.router().begin(&dk(), Access::Write).await.unwrap();
    assert_eq!(tx.node_name(), "am-b");
    sqlx::query("INSERT INTO items (payload) VALUES ('after')")
        .execute(tx.conn())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    p.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn rollback_after_switch_under_load() {
    let _serial = serial().lock().await;
    let Some(e) = env(ROWS).await else { return };
    let (p, load, driver) = move_to_monitor(&e).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    moves::reverse(&p, &dk()).await.expect("reverse");
    let back = wait_for(&p, "the rollback", Duration::from_secs(60), |s| {
        s.state == MoveState::RolledBack
    })
    .await;
    driver.await.unwrap();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (acked, gap, write_errors, read_errors, reads) = load.stop().await;
    println!("rollback load: {} acknowledged writes, longest write pause {gap} ms, {write_errors} retried write attempts, {reads} reads, {read_errors} failed reads", acked.len());
    assert_eq!(read_errors, 0, "reads never fail");
    assert!(gap < 5_000, "longest write pause {gap} ms");
    check_writes(&e.url_a, &acked).await;
    let t = p.territory(&dk()).await.unwrap();
    assert_eq!(
        (t.region.as_str(), t.status),
        ("eu", store::TerritoryStatus::Active)
    );
    assert!(t.routing_epoch >= 3);
    assert!(
        !schema_exists(&e.url_b, "territory_dk").await,
        "the target copy is removed"
    );
    assert!(back.steps.iter().any(|s| s.event == "rolled_back"));
    // The source takes writes again (the fence was lifted).
    let mut tx = p.router().begin(&dk(), Access::Write).await.unwrap();
    assert_eq!(tx.node_name(), "eu-a");
    sqlx::query("INSERT INTO items (payload) VALUES ('after-rollback')")
        .execute(tx.conn())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    p.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn cancel_before_switch_leaves_source_untouched() {
    let _serial = serial().lock().await;
    let Some(e) = env(ROWS).await else { return };
    let before = fingerprint(&e.url_a, "territory_dk").await;
    let p = start(&e.config).await;
    let options = MoveOptions {
        auto_switch: false,
        ..fast_options()
    };
    let m = moves::start(&p, &dk(), &MoveTarget("am-b".into()), options)
        .await
        .expect("start by node name");
    assert_eq!(m.target_region.as_str(), "am");
    let driver = {
        let p = p.clone();
        tokio::spawn(async move {
            moves::drive(&p, m.id, DriveUntil::Finished)
                .await
                .expect("drive");
        })
    };
    wait_for(&p, "the read shift", Duration::from_secs(120), |s| {
        s.read_percent >= 25
    })
    .await;
    assert!(schema_exists(&e.url_b, "territory_dk").await);
    // Reverse is refused before the switch, with a clear error.
    let err = moves::reverse(&p, &dk()).await.unwrap_err();
    assert_eq!(err.code(), "move_cannot_reverse");
    moves::cancel(&p, &dk()).await.expect("cancel");
    wait_for(&p, "cancellation", Duration::from_secs(60), |s| {
        s.state == MoveState::Cancelled
    })
    .await;
    driver.await.unwrap();
    assert_eq!(
        fingerprint(&e.url_a, "territory_dk").await,
        before,
        "source untouched"
    );
    assert!(
        !schema_exists(&e.url_b, "territory_dk").await,
        "target cleaned up"
    );
    let mut a = crate::support::connect(&e.url_a).await;
    let leftovers: (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM pg_publication), (SELECT count(*) FROM pg_replication_slots),
                (SELECT count(*) FROM pg_tables WHERE schemaname = 'territory_dk' AND tablename LIKE '\\_unityplan%')",
    )
    .fetch_one(&mut a)
    .await
    .unwrap();
    assert_eq!(leftovers, (0, 0, 0));
    let mut b = crate::support::connect(&e.url_b).await;
    let subs: i64 = sqlx::query_scalar("SELECT count(*) FROM pg_subscription")
        .fetch_one(&mut b)
        .await
        .unwrap();
    assert_eq!(subs, 0);
    let t = p.territory(&dk()).await.unwrap();
    assert_eq!(
        (t.region.as_str(), t.status, t.routing_epoch),
        ("eu", store::TerritoryStatus::Active, 1)
    );
    p.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn restart_mid_copy_and_mid_read_shift_resumes() {
    let _serial = serial().lock().await;
    let Some(e) = env(ROWS).await else { return };
    let p = start(&e.config).await;
    let m = moves::start(&p, &dk(), &MoveTarget("am".into()), fast_options())
        .await
        .unwrap();
    let id = m.id;
    let run = |p: Arc<Platform>| {
        tokio::spawn(async move {
            let _ = moves::drive(&p, id, DriveUntil::Finished).await;
        })
    };
    // Kill mid-copy.
    let driver = run(p.clone());
    wait_for(&p, "the copy", Duration::from_secs(60), |s| {
        s.state == MoveState::Copy
    })
    .await;
    driver.abort();
    let _ = driver.await;
    p.shutdown().await;
    // Restart: the move resumes from the control plane.
    let p = start(&e.config).await;
    let s = moves::status(&p, &dk()).await.unwrap();
    assert!(
        matches!(s.state, MoveState::Copy | MoveState::CatchUp),
        "{:?}",
        s.state
    );
    let driver = run(p.clone());
    wait_for(&p, "the read shift", Duration::from_secs(120), |s| {
        s.state == MoveState::ReadShift && s.read_percent >= 25
    })
    .await;
    driver.abort();
    let _ = driver.await;
    p.shutdown().await;
    // Restart mid-read-shift.
    let p = start(&e.config).await;
    let s = moves::status(&p, &dk()).await.unwrap();
    assert_eq!(s.state, MoveState::ReadShift);
    let driver = run(p.clone());
    let s = wait_for(&p, "the switch", Duration::from_secs(60), |s| {
        s.state == MoveState::Monitor
    })
    .await;
    assert!(s.steps.iter().any(|st| st.event == "switched"));
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        fingerprint(&e.url_a, "territory_dk").await,
        fingerprint(&e.url_b, "territory_dk").await
    );
    // Complete, so no replication outlives the test on the shared clusters.
    moves::complete(&p, &dk()).await.unwrap();
    wait_for(&p, "completion", Duration::from_secs(30), |s| {
        s.state == MoveState::Completed
    })
    .await;
    driver.abort();
    p.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn refusals_change_nothing() {
    let _serial = serial().lock().await;
    let Some(e) = env(1_000).await else { return };
    let p = start(&e.config).await;
    let before = fingerprint(&e.url_a, "territory_dk").await;
    let unchanged = |p: Arc<Platform>| async move {
        let t = p.territory(&dk()).await.unwrap();
        assert_eq!(
            (t.region.as_str(), t.status),
            ("eu", store::TerritoryStatus::Active)
        );
        assert_eq!(
            moves::status(&p, &dk()).await.unwrap_err().code(),
            "move_not_found"
        );
    };

    // Unknown territory.
    let err = moves::start(
        &p,
        &TerritoryCode::parse("ZZ").unwrap(),
        &MoveTarget("am".into()),
        fast_options(),
    )
    .await
    .unwrap_err();
    assert_eq!(err.code(), "territory_not_found", "{err}");
    // Unknown target.
    let err = moves::start(&p, &dk(), &MoveTarget("mars".into()), fast_options())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "validation_failed", "{err}");
    // Unreachable target.
    let err = moves::start(&p, &dk(), &MoveTarget("ap".into()), fast_options())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "move_target_unreachable", "{err}");
    assert!(
        err.message().contains("no reachable primary"),
        "{}",
        err.message()
    );
    unchanged(p.clone()).await;

    // A table without a primary key.
    let mut a = crate::support::connect(&e.url_a).await;
    sqlx::query("CREATE TABLE territory_dk.loose (v text)")
        .execute(&mut a)
        .await
        .unwrap();
    let err = moves::start(&p, &dk(), &MoveTarget("am".into()), fast_options())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "move_table_without_key", "{err}");
    assert!(err.message().contains("loose"), "{}", err.message());
    unchanged(p.clone()).await;
    assert!(!schema_exists(&e.url_b, "territory_dk").await);
    sqlx::query("DROP TABLE territory_dk.loose")
        .execute(&mut a)
        .await
        .unwrap();

    // DDL (territory migrations) during a move is refused with a clear error.
    let m = moves::start(
        &p,
        &dk(),
        &MoveTarget("am".into()),
        MoveOptions {
            auto_read_shift: false,
            ..fast_options()
        },
    )
    .await
    .unwrap();
    let err = moves::start(&p, &dk(), &MoveTarget("am".into()), fast_options())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "move_in_progress");
    let summary = p.migrate(|_| {}).await.unwrap();
    let (code, reason) = summary
        .failed
        .iter()
        .find(|(c, _)| c == &dk())
        .expect("DK refused");
    assert_eq!(code, &dk());
    assert!(reason.contains("being moved"), "{reason}");
    let app_error: AppError = store::StoreError::TerritoryMoving(dk()).into();
    assert_eq!(app_error.code(), "territory_moving");
    // Complete and reverse are refused before the switch; cancel cleans up.
    assert_eq!(
        moves::complete(&p, &dk()).await.unwrap_err().code(),
        "move_cannot_complete"
    );
    moves::cancel(&p, &dk()).await.unwrap();
    let state = moves::drive(&p, m.id, DriveUntil::Idle).await.unwrap();
    assert_eq!(state, Some(MoveState::Cancelled));
    assert_eq!(fingerprint(&e.url_a, "territory_dk").await, before);
    assert!(!schema_exists(&e.url_b, "territory_dk").await);
    let _ = a.close().await;
    p.shutdown().await;
}

/// Benchmark (ignored in normal runs; `bench/moves/run.sh`): move a territory of
/// `UNITYPLAN_BENCH_MOVE_ROWS` rows (default 1 000 000) under a writer and a reader and report
/// copy throughput and the write pause at the switch.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "benchmark: run bench/moves/run.sh"]
async fn bench_move_1m() {
    let _serial = serial().lock().await;
    let rows: i64 = std::env::var("UNITYPLAN_BENCH_MOVE_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let setup = Instant::now();
    let Some(e) = env(rows).await else { return };
    println!(
        "setup: {rows} rows in {:.1} s",
        setup.elapsed().as_secs_f64()
    );
    let p = start(&e.config).await;
    let load = Load::start(p.clone());
    let options = MoveOptions {
        read_step_percent: 50,
        read_step_secs: 1,
        validation_chunk_rows: 10_000,
        ..fast_options()
    };
    let m = moves::start(&p, &dk(), &MoveTarget("am".into()), options)
        .await
        .expect("move starts");
    let driver = {
        let p = p.clone();
        tokio::spawn(async move {
            moves::drive(&p, m.id, DriveUntil::Finished)
                .await
                .expect("drive");
        })
    };
    let copied = wait_for(&p, "the copy", Duration::from_secs(900), |s| {
        s.copy_finished_at.is_some()
    })
    .await;
    let validated_at = Instant::now();
    wait_for(&p, "validation", Duration::from_secs(900), |s| {
        s.state == MoveState::ReadShift
    })
    .await;
    let validation_secs = validated_at.elapsed().as_secs_f64();
    let s = wait_for(&p, "the switch", Duration::from_secs(300), |s| {
        s.state == MoveState::Monitor
    })
    .await;
    if let Some(step) = s
        .steps
        .iter()
        .find(|st| st.detail.starts_with("fenced switch"))
    {
        println!("switch: {}", step.detail);
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let (acked, gap, _, read_errors, reads) = load.stop().await;
    driver.abort();
    let bytes: i64 = copied.tables.iter().map(|t| t.source_bytes).sum();
    let secs = (copied.copy_finished_at.unwrap() - copied.copy_started_at.unwrap())
        .num_milliseconds() as f64
        / 1000.0;
    let total: i64 = copied.tables.iter().map(|t| t.source_rows).sum();
    println!(
        "BENCH moves: rows {total}, source size {:.1} MB, initial copy {secs:.2} s = {:.0} rows/s, {:.1} MB/s; \
         validation (count + hash in 10k-row chunks, under load) {validation_secs:.1} s; \
         fenced switch {:.0} ms (engine); longest gap between acknowledged writes {gap} ms; \
         {} writes, {reads} reads, {read_errors} failed reads",
        bytes as f64 / 1e6,
        total as f64 / secs,
        bytes as f64 / 1e6 / secs,
        s.write_pause_ms.unwrap_or(-1.0),
        acked.len()
    );
    assert_eq!(read_errors, 0);
    check_writes(&e.url_b, &acked).await;
    p.shutdown().await;
}

#[tokio::test]
async fn admin_move_endpoints_are_guarded_and_documented() {
    let Some(app) = crate::support::spawn_app().await else {
        return;
    };
    for (method, path) in [
        ("GET", "/api/v1/admin/moves"),
        ("GET", "/api/v1/admin/moves/DK"),
        ("POST", "/api/v1/admin/moves"),
        ("POST", "/api/v1/admin/moves/DK/cancel"),
    ] {
        let request = if method == "GET" {
            app.client.get(app.url(path))
        } else {
            app.client
                .post(app.url(path))
                .json(&serde_json::json!({"territory": "DK", "to": "am"}))
        };
        let response = request.send().await.unwrap();
        assert!(
            matches!(response.status().as_u16(), 401 | 403),
            "{method} {path} answered {} without credentials",
            response.status()
        );
    }
    let (_, doc) = app.get_json("/api/v1/openapi.json").await;
    for path in [
        "/api/v1/admin/moves",
        "/api/v1/admin/moves/{territory}",
        "/api/v1/admin/moves/{territory}/{action}",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is documented");
    }
    let metrics = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("unityplan_move_read_share_percent"),
        "move metrics are registered"
    );
    app.stop().await;
}

/// The current value of `unityplan_move_state{territory="DK", state=…}` from the move metrics.
fn state_metric(state: &str) -> Option<i64> {
    let mut registry = prometheus_client::registry::Registry::default();
    moves::metrics::register(&mut registry);
    let mut text = String::new();
    prometheus_client::encoding::text::encode(&mut text, &registry).unwrap();
    text.lines()
        .filter(|l| l.starts_with("unityplan_move_state{"))
        .filter(|l| l.contains("territory=\"DK\"") && l.contains(&format!("state=\"{state}\"")))
        .find_map(|l| l.rsplit(' ').next()?.parse().ok())
}

/// The source region's server goes down mid-read-shift: the move fails visibly (status, CLI
/// view, metrics) with a reason naming the source; once the server is back, `restart` copies
/// again and the move completes with every acknowledged write on the new home.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn source_down_mid_read_shift_fails_visibly_then_restarts() {
    let _serial = serial().lock().await;
    let Some((a, b)) = clusters() else { return };
    // The source gets a cluster of its own: it is stopped while the control plane (A) runs.
    let Some(c) = testkit::dedicated_cluster(ClusterOptions::default()) else {
        return;
    };
    let url_a = a.create_database().await.unwrap();
    let url_b = b.create_database().await.unwrap();
    let url_c = c.create_database().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut config = crate::support::config_for(&url_a, dir.path());
    config.database.acquire_timeout_secs = 3;
    config.database.connect_timeout_secs = 3;
    config.regions = vec![
        region("eu", "eu-a", &url_a),
        region("am", "am-b", &url_b),
        region("sa", "sa-c", &url_c),
    ];
    let p = start(&config).await;
    p.create_territory(&NewTerritory {
        code: dk(),
        name: "Denmark".into(),
        default_language: kernel::ids::LanguageTag::parse("da").unwrap(),
        region: RegionCode::parse("sa").unwrap(),
    })
    .await
    .unwrap();
    p.shutdown().await;
    seed(&url_c, 5_000).await;

    let p = start(&config).await;
    let load = Load::start(p.clone());
    let options = MoveOptions {
        auto_switch: false,
        ..fast_options()
    };
    let m = moves::start(&p, &dk(), &MoveTarget("am".into()), options)
        .await
        .unwrap();
    let driver = {
        let p = p.clone();
        tokio::spawn(async move {
            let _ = moves::drive(&p, m.id, DriveUntil::Finished).await;
        })
    };
    wait_for(&p, "the read shift", Duration::from_secs(120), |s| {
        s.state == MoveState::ReadShift && s.read_percent >= 25
    })
    .await;
    c.stop(false).unwrap();
    let failed = wait_for(&p, "the failure", Duration::from_secs(120), |s| {
        s.state == MoveState::Failed
    })
    .await;
    let reason = failed.error.clone().unwrap_or_default();
    assert!(
        reason.contains("the source server is unreachable") && reason.contains("sa-c"),
        "{reason}"
    );
    assert_eq!(failed.failed_state.as_deref(), Some("read_shift"));
    assert!(failed
        .steps
        .iter()
        .any(|s| s.event == "failed" && s.detail.contains("source server is unreachable")));
    let view = unityplan::moves_cli::render(&failed);
    assert!(view.contains("state failed"), "{view}");
    assert!(view.contains("--restart"), "{view}");
    assert!(view.contains("source server is unreachable"), "{view}");
    assert!(unityplan::moves_cli::progress_line(&failed).starts_with("failed "));
    // The driver keeps publishing the state while the move waits for the operator.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(state_metric("failed"), Some(1));
    assert_eq!(state_metric("read_shift"), Some(0));
    // Only a failed move can be restarted; it is one now.
    c.start_again().unwrap();
    moves::restart(&p, &dk()).await.expect("restart");
    wait_for(&p, "the restarted copy", Duration::from_secs(120), |s| {
        s.state == MoveState::ReadShift && s.read_percent >= 100
    })
    .await;
    let s = moves::status(&p, &dk()).await.unwrap();
    assert!(
        s.steps.iter().any(|st| st.detail.starts_with("restarted")),
        "{:?}",
        s.steps
    );
    moves::advance(&p, &dk()).await.unwrap();
    wait_for(&p, "the switch", Duration::from_secs(60), |s| {
        s.state == MoveState::Monitor
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (acked, _, write_errors, _, _) = load.stop().await;
    assert!(write_errors > 0, "writes failed while the source was down");
    check_writes(&url_b, &acked).await;
    // Reverse replication brings the last writes back to the old home.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let (old, new) = (
            fingerprint(&url_c, "territory_dk").await,
            fingerprint(&url_b, "territory_dk").await,
        );
        if old == new {
            break;
        }
        assert!(Instant::now() < deadline, "{old:?} vs {new:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    moves::complete(&p, &dk()).await.unwrap();
    wait_for(&p, "completion", Duration::from_secs(30), |s| {
        s.state == MoveState::Completed
    })
    .await;
    driver.abort();
    p.shutdown().await;
}

/// The fence only hashes rows changed since the validation, and still refuses to switch when
/// a changed row differs on the target or a row is missing there; nothing changes then.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fenced_validation_hashes_changed_rows_and_refuses_differences() {
    let _serial = serial().lock().await;
    let Some(e) = env(5_000).await else { return };
    let p = start(&e.config).await;
    let options = MoveOptions {
        auto_switch: false,
        ..fast_options()
    };
    let m = moves::start(&p, &dk(), &MoveTarget("am".into()), options)
        .await
        .unwrap();
    let driver = {
        let p = p.clone();
        tokio::spawn(async move {
            let _ = moves::drive(&p, m.id, DriveUntil::Finished).await;
        })
    };
    wait_for(&p, "all reads shifted", Duration::from_secs(120), |s| {
        s.state == MoveState::ReadShift && s.read_percent >= 100
    })
    .await;
    let mut a = crate::support::connect(&e.url_a).await;
    let mut b = crate::support::connect(&e.url_b).await;
    // A change after the validation (logged), replicated, then altered on the target behind
    // replication's back.
    sqlx::query("UPDATE territory_dk.items SET n = 41 WHERE id = 7")
        .execute(&mut a)
        .await
        .unwrap();
    let logged: i64 = sqlx::query_scalar(&format!(
        "SELECT count(*) FROM _unityplan_move_{}.changes WHERE tbl = 'items' AND key = ARRAY['7']",
        m.id
    ))
    .fetch_one(&mut a)
    .await
    .unwrap();
    assert_eq!(logged, 1, "the change is logged");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let n: i32 = sqlx::query_scalar("SELECT n FROM territory_dk.items WHERE id = 7")
            .fetch_one(&mut b)
            .await
            .unwrap();
        if n == 41 {
            break;
        }
        assert!(Instant::now() < deadline, "replicated");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    sqlx::query("UPDATE territory_dk.items SET body = 'tampered' WHERE id = 7")
        .execute(&mut b)
        .await
        .unwrap();
    moves::advance(&p, &dk()).await.unwrap();
    let s = wait_for(&p, "the refused switch", Duration::from_secs(60), |s| {
        s.steps.iter().any(|st| st.event == "switch_rolled_back")
    })
    .await;
    let detail = &s
        .steps
        .iter()
        .find(|st| st.event == "switch_rolled_back")
        .unwrap()
        .detail;
    assert!(
        detail.contains("validation inside the fence differs for items"),
        "{detail}"
    );
    let t = p.territory(&dk()).await.unwrap();
    assert_eq!(t.region.as_str(), "eu", "nothing changed");
    // Pause it while the target is repaired and damaged differently: a row missing on the
    // target that was never changed (not in the change log) is caught by the exact count.
    moves::pause(&p, &dk()).await.unwrap();
    sqlx::query(
        "UPDATE territory_dk.items SET body = repeat('x', 100) WHERE id = 7;
         ",
    )
    .execute(&mut b)
    .await
    .unwrap();
    sqlx::query("DELETE FROM territory_dk.items WHERE id = 4000")
        .execute(&mut b)
        .await
        .unwrap();
    moves::resume(&p, &dk()).await.unwrap();
    moves::advance(&p, &dk()).await.unwrap();
    let s = wait_for(
        &p,
        "the second refused switch",
        Duration::from_secs(60),
        |s| {
            s.steps
                .iter()
                .filter(|st| st.event == "switch_rolled_back")
                .count()
                >= 2
        },
    )
    .await;
    let detail = &s
        .steps
        .iter()
        .rfind(|st| st.event == "switch_rolled_back")
        .unwrap()
        .detail;
    assert!(detail.contains("5000 rows vs 4999 rows"), "{detail}");
    // Repaired: the switch goes through, hashing only the changed rows.
    sqlx::query("INSERT INTO territory_dk.items (id, payload) VALUES (4000, 'seed-4000')")
        .execute(&mut b)
        .await
        .unwrap();
    let s = moves::status(&p, &dk()).await.unwrap();
    if s.state == MoveState::ReadShift && s.request.is_none() {
        moves::advance(&p, &dk()).await.unwrap();
    }
    let s = wait_for(&p, "the switch", Duration::from_secs(60), |s| {
        s.state == MoveState::Monitor
    })
    .await;
    let switched = s
        .steps
        .iter()
        .find(|st| st.detail.starts_with("fenced switch"))
        .unwrap();
    assert!(
        switched
            .detail
            .contains("1 changed or fully compared rows hashed (0 table(s) hashed in full)"),
        "{}",
        switched.detail
    );
    assert!(!schema_exists(&e.url_a, &format!("_unityplan_move_{}", m.id)).await);
    assert_eq!(
        fingerprint(&e.url_a, "territory_dk").await,
        fingerprint(&e.url_b, "territory_dk").await
    );
    moves::complete(&p, &dk()).await.unwrap();
    wait_for(&p, "completion", Duration::from_secs(30), |s| {
        s.state == MoveState::Completed
    })
    .await;
    driver.abort();
    let _ = a.close().await;
    let _ = b.close().await;
    p.shutdown().await;
}

/// A request to an admin move endpoint with a bearer token; status and decoded body.
async fn call(
    app: &crate::support::TestApp,
    token: &str,
    method: &str,
    path: &str,
    body: Option<serde_json::Value>,
) -> (u16, serde_json::Value) {
    let request = match method {
        "GET" => app.client.get(app.url(path)),
        _ => app.client.post(app.url(path)),
    };
    let request = match body {
        Some(b) => request.json(&b),
        None => request,
    };
    let response = request.bearer_auth(token).send().await.unwrap();
    let status = response.status().as_u16();
    (
        status,
        response.json().await.unwrap_or(serde_json::Value::Null),
    )
}

/// Poll `GET /api/v1/admin/moves/DK` until `done`.
async fn wait_http(
    app: &crate::support::TestApp,
    token: &str,
    what: &str,
    done: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let (status, body) = call(app, token, "GET", "/api/v1/admin/moves/DK", None).await;
        assert_eq!(status, 200, "{body}");
        if done(&body) {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}: {body}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A whole move driven through the admin HTTP API (the server's supervisor runs it): bad
/// input and refusals with stable codes, start, status, pause/resume, advance through the read
/// shift and the switch, complete; then a second move back that is cancelled. Every operator
/// action is in the audit log.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn admin_http_drives_a_move() {
    let _serial = serial().lock().await;
    let Some(e) = env(2_000).await else { return };
    let before = fingerprint(&e.url_a, "territory_dk").await;
    let app = crate::support::spawn_with_config(
        e.config.clone(),
        e.url_a.clone(),
        tempfile::tempdir().unwrap(),
    )
    .await;
    let admin = crate::users::register_and_login(&app, "DK", "ops").await;
    crate::users::grant_role(&app, "ops", "platform_admin", None).await;
    let member = crate::users::register_and_login(&app, "DK", "bob").await;
    let start = |territory: &str, to: &str| {
        serde_json::json!({"territory": territory, "to": to, "options": {
            "read_step_percent": 50, "auto_read_shift": false, "auto_switch": false,
            "max_lag_secs": 2.0, "validation_chunk_rows": 1000, "archive_hours": 1
        }})
    };

    // Not an admin; not from the admin network.
    let (status, body) = call(
        &app,
        &member,
        "POST",
        "/api/v1/admin/moves",
        Some(start("DK", "am")),
    )
    .await;
    assert_eq!(status, 403, "{body}");
    let mut fenced = e.config.clone();
    fenced.identity.admin_allow = vec!["203.0.113.0/24".into()];
    let other =
        crate::support::spawn_with_config(fenced, e.url_a.clone(), tempfile::tempdir().unwrap())
            .await;
    let (status, body) = call(
        &other,
        &admin,
        "POST",
        "/api/v1/admin/moves",
        Some(start("DK", "am")),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (403, Some("admin_network_refused")),
        "{body}"
    );
    other.stop().await;

    // Bad input, each with its stable code; nothing is created.
    for (territory, to, status_code, code) in [
        ("ZZ", "am", 404, "territory_not_found"),
        ("D!", "am", 400, "invalid_territory_code"),
        ("DK", "mars", 422, "validation_failed"),
        ("DK", "eu", 422, "validation_failed"),
        ("DK", "eu-a", 422, "validation_failed"),
        ("DK", "ap", 503, "move_target_unreachable"),
    ] {
        let (status, body) = call(
            &app,
            &admin,
            "POST",
            "/api/v1/admin/moves",
            Some(start(territory, to)),
        )
        .await;
        assert_eq!(
            (status, body["error"].as_str()),
            (status_code, Some(code)),
            "{territory} -> {to}: {body}"
        );
        assert!(
            body["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{body}"
        );
    }
    let mut bad = start("DK", "am");
    bad["options"]["read_step_percent"] = serde_json::json!(0);
    let (status, body) = call(&app, &admin, "POST", "/api/v1/admin/moves", Some(bad)).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (422, Some("validation_failed")),
        "{body}"
    );
    let (status, body) = call(&app, &admin, "GET", "/api/v1/admin/moves/DK", None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (404, Some("move_not_found")),
        "{body}"
    );
    let (status, body) = call(&app, &admin, "POST", "/api/v1/admin/moves/DK/advance", None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (404, Some("move_not_found")),
        "{body}"
    );
    assert!(!schema_exists(&e.url_b, "territory_dk").await);

    // Start; a second start is refused.
    let (status, body) = call(
        &app,
        &admin,
        "POST",
        "/api/v1/admin/moves",
        Some(start("DK", "am")),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["target_region"], "am", "{body}");
    let id = body["id"].as_i64().unwrap();
    let (status, body) = call(
        &app,
        &admin,
        "POST",
        "/api/v1/admin/moves",
        Some(start("DK", "am")),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (409, Some("move_in_progress")),
        "{body}"
    );
    let (status, body) = call(
        &app,
        &admin,
        "POST",
        "/api/v1/admin/moves/DK/frobnicate",
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (404, Some("move_action_unknown")),
        "{body}"
    );
    for (action, code) in [
        ("complete", "move_cannot_complete"),
        ("reverse", "move_cannot_reverse"),
        ("restart", "move_cannot_restart"),
    ] {
        let (status, body) = call(
            &app,
            &admin,
            "POST",
            &format!("/api/v1/admin/moves/DK/{action}"),
            None,
        )
        .await;
        assert_eq!(
            (status, body["error"].as_str()),
            (409, Some(code)),
            "{action}: {body}"
        );
    }
    // Pause and resume.
    let (status, body) = call(&app, &admin, "POST", "/api/v1/admin/moves/DK/pause", None).await;
    assert_eq!(
        (status, body["paused"].as_bool()),
        (200, Some(true)),
        "{body}"
    );
    let (status, body) = call(&app, &admin, "POST", "/api/v1/admin/moves/DK/resume", None).await;
    assert_eq!(
        (status, body["paused"].as_bool()),
        (200, Some(false)),
        "{body}"
    );

    // The server drives it to the read shift, which waits for `advance` (50 % steps).
    let s = wait_http(&app, &admin, "the read shift", |b| {
        b["state"] == "read_shift"
    })
    .await;
    assert_eq!(s["read_percent"], 0, "{s}");
    assert!(
        s["copy_percent"].as_f64().is_some_and(|p| p >= 99.99),
        "{s}"
    );
    assert!(
        s["tables"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["validated"] == true),
        "{s}"
    );
    for percent in [50, 100] {
        let (status, body) =
            call(&app, &admin, "POST", "/api/v1/admin/moves/DK/advance", None).await;
        assert_eq!(status, 200, "{body}");
        wait_http(&app, &admin, "a read-shift step", |b| {
            b["read_percent"] == percent
        })
        .await;
    }
    let (status, body) = call(&app, &admin, "POST", "/api/v1/admin/moves/DK/advance", None).await;
    assert_eq!(status, 200, "{body}");
    let s = wait_http(&app, &admin, "the switch", |b| b["state"] == "monitor").await;
    assert!(
        s["write_pause_ms"].as_f64().is_some_and(|ms| ms > 0.0),
        "{s}"
    );
    let (status, body) = call(&app, &admin, "POST", "/api/v1/admin/moves/DK/cancel", None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (409, Some("move_cannot_cancel")),
        "{body}"
    );
    let (status, body) = call(
        &app,
        &admin,
        "POST",
        "/api/v1/admin/moves/DK/complete",
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    wait_http(&app, &admin, "completion", |b| b["state"] == "completed").await;
    assert_eq!(
        fingerprint(&e.url_b, "territory_dk").await,
        fingerprint(&e.url_a, &format!("territory_dk_moved_{id}")).await
    );
    assert_eq!(fingerprint(&e.url_b, "territory_dk").await, before);
    let (status, list) = call(&app, &admin, "GET", "/api/v1/admin/moves", None).await;
    assert_eq!(status, 200, "{list}");
    assert_eq!(list[0]["id"], id, "{list}");

    // A move back to eu, cancelled during the read shift: DK stays in am.
    let (status, body) = call(
        &app,
        &admin,
        "POST",
        "/api/v1/admin/moves",
        Some(start("DK", "eu")),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    wait_http(&app, &admin, "the read shift back", |b| {
        b["state"] == "read_shift"
    })
    .await;
    let (status, body) = call(&app, &admin, "POST", "/api/v1/admin/moves/DK/cancel", None).await;
    assert_eq!(status, 200, "{body}");
    wait_http(&app, &admin, "the cancellation", |b| {
        b["state"] == "cancelled"
    })
    .await;
    assert!(
        !schema_exists(&e.url_a, "territory_dk").await,
        "target copy removed"
    );
    assert_eq!(
        fingerprint(&e.url_b, "territory_dk").await,
        before,
        "source untouched"
    );

    // Every operator action is in the tamper-evident audit log, with the admin as actor.
    let mut conn = crate::support::connect(&e.url_a).await;
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM control.audit_log WHERE action LIKE 'territory\\_move.%' AND actor IS NOT NULL ORDER BY seq",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    for action in ["start", "pause", "resume", "advance", "complete", "cancel"] {
        assert!(
            actions.contains(&format!("territory_move.{action}")),
            "{action} audited: {actions:?}"
        );
    }
    let _ = conn.close().await;
    app.stop().await;
}

/// `unityplan territory move` without a terminal prints line-based progress (state, copy
/// percentage, rows/s, ETA, read share, lag, step-log entries) and `--status` the result.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn cli_move_prints_progress_lines_and_status() {
    let _serial = serial().lock().await;
    let Some(e) = env(20_000).await else { return };
    let before = fingerprint(&e.url_a, "territory_dk").await;
    let mut file = tempfile::NamedTempFile::new().unwrap();
    {
        use std::io::Write;
        write!(
            file,
            "[database]\ncontrol_plane_url = \"{a}\"\nhealth_interval_secs = 1\n\
             [[regions]]\ncode = \"eu\"\nname = \"Europe\"\n\
             [[regions.nodes]]\nname = \"eu-a\"\nurl = \"{a}\"\nrole = \"primary\"\n\
             [[regions]]\ncode = \"am\"\nname = \"Americas\"\n\
             [[regions.nodes]]\nname = \"am-b\"\nurl = \"{b}\"\nrole = \"primary\"\n",
            a = e.url_a,
            b = e.url_b
        )
        .unwrap();
    }
    let path = file.path().to_owned();
    let run = |args: Vec<&'static str>| {
        let path = path.clone();
        tokio::task::spawn_blocking(move || crate::cli::unityplan(&path, &args))
    };
    let out = run(vec!["territory", "move", "DK", "--to", "mars"])
        .await
        .unwrap();
    assert!(!out.status.success());
    assert!(
        crate::cli::text(&out).contains("validation_failed"),
        "{}",
        crate::cli::text(&out)
    );
    let out = run(vec!["territory", "move", "DK", "--status"])
        .await
        .unwrap();
    assert!(!out.status.success());
    assert!(
        crate::cli::text(&out).contains("move_not_found"),
        "{}",
        crate::cli::text(&out)
    );

    let out = run(vec![
        "territory",
        "move",
        "DK",
        "--to",
        "am",
        "--auto",
        "--read-step",
        "50",
        "--read-step-secs",
        "1",
        "--monitor-secs",
        "0",
        "--archive-hours",
        "0",
    ])
    .await
    .unwrap();
    let text = crate::cli::text(&out);
    assert!(out.status.success(), "{text}");
    let progress: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.contains(" copy ")
                && l.contains(" % ")
                && l.contains(" ETA ")
                && l.contains(" read share ")
        })
        .collect();
    let states: std::collections::BTreeSet<&str> = progress
        .iter()
        .filter_map(|l| l.split_whitespace().nth(1))
        .collect();
    assert!(progress.len() >= 3 && states.len() >= 3, "{text}");
    assert!(
        states.contains("read_shift") && states.contains("completed"),
        "{states:?}\n{text}"
    );
    assert!(
        text.lines().any(|l| l.contains(" step switched [")),
        "{text}"
    );
    assert!(text.contains("state completed"), "{text}");
    assert!(
        !text.contains("\x1b["),
        "no terminal escapes without a terminal"
    );

    let out = run(vec!["territory", "move", "DK", "--status"])
        .await
        .unwrap();
    let text = crate::cli::text(&out);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("state completed") && text.contains("write pause at the switch"),
        "{text}"
    );
    let out = run(vec!["territory", "move", "DK", "--status", "--json"])
        .await
        .unwrap();
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["state"], "completed");
    assert_eq!(status["target_region"], "am");
    assert_eq!(fingerprint(&e.url_b, "territory_dk").await, before);
    assert!(
        !schema_exists(&e.url_a, "territory_dk").await,
        "archive_hours 0 drops the old copy"
    );
}

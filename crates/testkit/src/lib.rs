//! Test support: throwaway PostgreSQL clusters on free loopback ports (fsync off), several at
//! once, streaming standbys (`pg_basebackup -R`), and a fresh database per test cloned from a
//! migrated template.
//!
//! Clusters live under `/tmp/unityplan-testkit/<pid>-<n>` and run as an unprivileged user when
//! the tests run as root. They are stopped and removed when dropped, at process exit (also when
//! tests fail), and — should the test process be killed — by the next test run's sweep.
//!
//! Components missing on a developer machine make tests skip, except under
//! `UNITYPLAN_TEST_REQUIRE_ALL=1` (set by `.ci/run`), where they fail.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use nix::sys::signal::Signal;
use sqlx::Connection;
use store::process::{self, PgBinaries, RunAs};

const ROOT: &str = "/tmp/unityplan-testkit";
const SUPERUSER: &str = "postgres";

/// True when a missing component must fail the run instead of skipping.
pub fn require_all() -> bool {
    std::env::var("UNITYPLAN_TEST_REQUIRE_ALL")
        .is_ok_and(|v| v == "1" || v.eq_ignore_ascii_case("true"))
}

/// Skip (return `None`) or fail, depending on `UNITYPLAN_TEST_REQUIRE_ALL`.
// Failing a test is what this test-support function is for.
#[allow(clippy::panic)]
pub fn missing<T>(component: &str, why: impl std::fmt::Display) -> Option<T> {
    if require_all() {
        panic!("{component} is required (UNITYPLAN_TEST_REQUIRE_ALL=1) but unavailable: {why}");
    }
    eprintln!("skipping: {component} unavailable: {why}");
    None
}

static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Options for a new cluster.
#[derive(Debug, Clone, Default)]
pub struct ClusterOptions {
    /// Extra `postgresql.conf` lines.
    pub settings: Vec<String>,
}

/// A throwaway PostgreSQL cluster.
#[derive(Debug)]
pub struct PgCluster {
    root: PathBuf,
    data: PathBuf,
    log: PathBuf,
    port: u16,
    binaries: PgBinaries,
    run_as: RunAs,
}

impl PgCluster {
    /// Create and start a new primary cluster (blocking; takes about a second).
    pub fn start(options: ClusterOptions) -> Result<Self> {
        let cluster = Self::prepare()?;
        let out = cluster
            .run_as
            .command(&cluster.binaries.bin("initdb"))
            .arg("-D")
            .arg(&cluster.data)
            .args([
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--no-sync",
                "--encoding=UTF8",
                "--no-locale",
            ])
            .stdin(Stdio::null())
            .output()
            .context("running initdb")?;
        if !out.status.success() {
            bail!("initdb failed: {}", String::from_utf8_lossy(&out.stderr));
        }
        let mut conf = vec![
            "listen_addresses = '127.0.0.1'".to_owned(),
            "unix_socket_directories = ''".to_owned(),
            "fsync = off".to_owned(),
            "synchronous_commit = off".to_owned(),
            "full_page_writes = off".to_owned(),
            "wal_level = logical".to_owned(),
            "max_wal_senders = 10".to_owned(),
            "max_replication_slots = 10".to_owned(),
            "max_connections = 300".to_owned(),
            "shared_buffers = 32MB".to_owned(),
            "wal_keep_size = 256MB".to_owned(),
            "log_min_messages = warning".to_owned(),
        ];
        conf.extend(options.settings);
        cluster.append_conf(&conf)?;
        let hba = cluster.data.join("pg_hba.conf");
        let mut text = std::fs::read_to_string(&hba)?;
        text.push_str("\nhost replication all 127.0.0.1/32 trust\n");
        std::fs::write(&hba, text)?;
        cluster.pg_start()?;
        Ok(cluster)
    }

    fn prepare() -> Result<Self> {
        sweep_stale();
        register_exit_cleanup();
        let binaries = PgBinaries::locate(None).map_err(|e| anyhow::anyhow!("{e}"))?;
        let run_as = RunAs::resolve("unityplan").map_err(|e| anyhow::anyhow!("{e}"))?;
        std::fs::create_dir_all(ROOT)?;
        set_mode(Path::new(ROOT), 0o755)?;
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let root = PathBuf::from(format!("{ROOT}/{}-{n}", std::process::id()));
        if root.exists() {
            std::fs::remove_dir_all(&root)?;
        }
        std::fs::create_dir_all(&root)?;
        set_mode(&root, 0o755)?;
        run_as
            .chown_recursive(&root)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        if let Ok(mut live) = LIVE.lock() {
            live.push(root.clone());
        }
        let port = process::free_port()?;
        Ok(Self {
            data: root.join("data"),
            log: root.join("postgres.log"),
            root,
            port,
            binaries,
            run_as,
        })
    }

    fn append_conf(&self, lines: &[String]) -> Result<()> {
        let path = self.data.join("postgresql.conf");
        let mut text = std::fs::read_to_string(&path)?;
        text.push('\n');
        for line in lines {
            text.push_str(line);
            text.push('\n');
        }
        text.push_str(&format!("port = {}\n", self.port));
        std::fs::write(&path, text)?;
        Ok(())
    }

    fn pg_ctl(&self, args: &[&str]) -> Result<()> {
        let out = self
            .run_as
            .command(&self.binaries.bin("pg_ctl"))
            .arg("-D")
            .arg(&self.data)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .with_context(|| format!("running pg_ctl {args:?}"))?;
        if !out.status.success() {
            bail!(
                "pg_ctl {args:?} failed: {}\nserver log:\n{}",
                String::from_utf8_lossy(&out.stderr),
                self.log_tail(20)
            );
        }
        Ok(())
    }

    fn pg_start(&self) -> Result<()> {
        let log = self.log.display().to_string();
        self.pg_ctl(&["start", "-w", "-t", "60", "-l", &log])
    }

    /// Start a stopped cluster again.
    pub fn start_again(&self) -> Result<()> {
        self.pg_start()
    }

    /// `pg_ctl restart -m fast`.
    pub fn restart(&self) -> Result<()> {
        let log = self.log.display().to_string();
        self.pg_ctl(&["restart", "-w", "-m", "fast", "-t", "60", "-l", &log])
    }

    /// Stop: `fast` (clean) or `immediate` (like a crash).
    pub fn stop(&self, immediate: bool) -> Result<()> {
        self.pg_ctl(&[
            "stop",
            "-w",
            "-m",
            if immediate { "immediate" } else { "fast" },
        ])
    }

    /// Promote a standby.
    pub fn promote(&self) -> Result<()> {
        self.pg_ctl(&["promote", "-w", "-t", "60"])
    }

    /// Create a streaming standby of this cluster with `pg_basebackup -R`. With `sync`, the
    /// primary waits for it on commit (`synchronous_standby_names`).
    pub fn standby(&self, sync: bool) -> Result<Self> {
        let standby = Self::prepare()?;
        let name = format!("standby{}", standby.port);
        let out = standby
            .run_as
            .command(&standby.binaries.bin("pg_basebackup"))
            .arg("-D")
            .arg(&standby.data)
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                SUPERUSER,
                "-R",
                "-X",
                "stream",
                "--no-sync",
            ])
            .arg(format!("--dbname=application_name={name}"))
            .stdin(Stdio::null())
            .output()
            .context("running pg_basebackup")?;
        if !out.status.success() {
            bail!(
                "pg_basebackup failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        standby.append_conf(&[
            "hot_standby = on".to_owned(),
            "hot_standby_feedback = on".to_owned(),
        ])?;
        standby.pg_start()?;
        if sync {
            self.sql_blocking(&format!(
                "ALTER SYSTEM SET synchronous_standby_names = '{name}'"
            ))?;
            // The cluster default is `off` for speed; a synchronous standby must really be
            // waited for, or "no acknowledged write lost" would prove nothing.
            self.sql_blocking("ALTER SYSTEM SET synchronous_commit = 'on'")?;
            self.sql_blocking("SELECT pg_reload_conf()")?;
            // Wait until the standby streams synchronously.
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                let state = self.query_blocking(&format!(
                    "SELECT sync_state FROM pg_stat_replication WHERE application_name = '{name}'"
                ))?;
                if state.as_deref() == Some("sync") {
                    break;
                }
                if Instant::now() > deadline {
                    bail!("standby did not become synchronous (state {state:?})");
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        Ok(standby)
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// URL of a database in this cluster.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://{SUPERUSER}@127.0.0.1:{}/{database}", self.port)
    }

    /// Run one statement against `postgres` (blocking).
    pub fn sql_blocking(&self, sql: &str) -> Result<()> {
        self.query_blocking(sql).map(|_| ())
    }

    /// Run a query returning at most one text value (blocking).
    pub fn query_blocking(&self, sql: &str) -> Result<Option<String>> {
        let url = self.url("postgres");
        let sql = sql.to_owned();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            runtime.block_on(async move {
                let mut conn = sqlx::PgConnection::connect(&url).await?;
                let row: Option<(Option<String>,)> =
                    match sqlx::query_as(&sql).fetch_optional(&mut conn).await {
                        Ok(row) => row,
                        Err(sqlx::Error::ColumnIndexOutOfBounds { .. })
                        | Err(sqlx::Error::ColumnDecode { .. }) => None,
                        Err(e) => {
                            // Statements without a result set.
                            if e.to_string().contains("no rows") {
                                None
                            } else {
                                return Err(anyhow::Error::from(e));
                            }
                        }
                    };
                conn.close().await?;
                Ok(row.and_then(|(v,)| v))
            })
        })
        .join()
        .map_err(|_| anyhow::anyhow!("query thread panicked"))?
    }

    /// The last lines of the server log.
    pub fn log_tail(&self, lines: usize) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    /// Create a fresh, empty database and return its URL.
    pub async fn create_database(&self) -> Result<String> {
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        let mut conn = sqlx::PgConnection::connect(&self.url("postgres")).await?;
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await?;
        conn.close().await?;
        Ok(self.url(&name))
    }

    /// A fresh database cloned from a template built once per cluster by `init` (which gets
    /// the template's URL and must close every connection it opened before returning).
    pub async fn database_from_template<F, Fut>(&self, template: &str, init: F) -> Result<String>
    where
        F: FnOnce(String) -> Fut,
        Fut: std::future::Future<Output = Result<()>>,
    {
        static BUILT: OnceLock<tokio::sync::Mutex<HashSet<String>>> = OnceLock::new();
        let key = format!("{}:{template}", self.port);
        let template_db = format!("tmpl_{template}");
        {
            let mut built = BUILT
                .get_or_init(|| tokio::sync::Mutex::new(HashSet::new()))
                .lock()
                .await;
            if !built.contains(&key) {
                let mut conn = sqlx::PgConnection::connect(&self.url("postgres")).await?;
                sqlx::query(&format!("DROP DATABASE IF EXISTS {template_db}"))
                    .execute(&mut conn)
                    .await?;
                sqlx::query(&format!("CREATE DATABASE {template_db}"))
                    .execute(&mut conn)
                    .await?;
                conn.close().await?;
                init(self.url(&template_db)).await?;
                built.insert(key);
            }
        }
        let name = format!("t_{}", uuid::Uuid::new_v4().simple());
        let mut conn = sqlx::PgConnection::connect(&self.url("postgres")).await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            // Connections of the template's builder may take a moment to go away.
            sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()")
                .bind(&template_db)
                .execute(&mut conn)
                .await?;
            match sqlx::query(&format!("CREATE DATABASE {name} TEMPLATE {template_db}"))
                .execute(&mut conn)
                .await
            {
                Ok(_) => break,
                Err(e) if Instant::now() < deadline && e.to_string().contains("being accessed") => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => return Err(e.into()),
            }
        }
        conn.close().await?;
        Ok(self.url(&name))
    }

    fn destroy(&self) {
        stop_and_remove(&self.root);
        if let Ok(mut live) = LIVE.lock() {
            live.retain(|p| p != &self.root);
        }
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        self.destroy();
    }
}

/// The cluster shared by the tests of one test binary (started on first use).
pub fn shared_cluster() -> Option<&'static PgCluster> {
    static SHARED: OnceLock<Result<PgCluster, String>> = OnceLock::new();
    match SHARED
        .get_or_init(|| PgCluster::start(ClusterOptions::default()).map_err(|e| format!("{e:#}")))
    {
        Ok(cluster) => Some(cluster),
        Err(e) => missing("PostgreSQL", e),
    }
}

/// Start a new dedicated cluster, or skip/fail when PostgreSQL is unavailable.
pub fn dedicated_cluster(options: ClusterOptions) -> Option<PgCluster> {
    match PgCluster::start(options) {
        Ok(cluster) => Some(cluster),
        Err(e) => missing("PostgreSQL", format!("{e:#}")),
    }
}

fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    Ok(())
}

fn stop_and_remove(root: &Path) {
    let pid_file = root.join("data/postmaster.pid");
    if let Some(pid) = std::fs::read_to_string(&pid_file)
        .ok()
        .and_then(|t| t.lines().next().and_then(|l| l.trim().parse::<i32>().ok()))
    {
        process::signal(pid, Signal::SIGQUIT);
        let deadline = Instant::now() + Duration::from_secs(10);
        while process::pid_alive(pid) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        if process::pid_alive(pid) {
            process::signal(pid, Signal::SIGKILL);
        }
    }
    let _ = std::fs::remove_dir_all(root);
}

/// Remove clusters of test processes that no longer exist (killed runs).
fn sweep_stale() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let Ok(entries) = std::fs::read_dir(ROOT) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let owner: Option<i32> = name.split('-').next().and_then(|p| p.parse().ok());
            if let Some(owner) = owner {
                if owner != std::process::id() as i32 && !process::pid_alive(owner) {
                    stop_and_remove(&entry.path());
                }
            }
        }
    });
}

extern "C" fn cleanup_at_exit() {
    let roots: Vec<PathBuf> = LIVE
        .lock()
        .map(|mut l| std::mem::take(&mut *l))
        .unwrap_or_default();
    for root in roots {
        stop_and_remove(&root);
    }
}

#[allow(unsafe_code)]
fn register_exit_cleanup() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        // SAFETY: registers a plain `extern "C" fn()` with the C runtime; it runs at normal
        // process exit (including the test harness's exit after failures).
        unsafe {
            libc::atexit(cleanup_at_exit);
        }
    });
}

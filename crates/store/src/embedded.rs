//! Embedded mode: a private PostgreSQL cluster under the data directory, started from the
//! machine's PostgreSQL binaries.
//!
//! - `initdb` on first run (into a temporary directory renamed on success, so an interrupted
//!   initdb never leaves a half-made cluster), with a random password kept in the data dir.
//! - Started on a free loopback port (or `embedded.port`) as a child tied to our life.
//! - `<data.dir>/unityplan.lock` (flock) makes a second `serve` on the same data dir fail with
//!   a clear "already running" error; CLI commands attach to the running cluster instead.
//! - A stale `postmaster.pid` left by a crash is removed; an orphaned postmaster is stopped.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use kernel::config::Config;
use nix::fcntl::{Flock, FlockArg};
use nix::sys::signal::Signal;
use rand::distributions::Alphanumeric;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::process::{self, PgBinaries, RunAs};
use crate::StoreError;

/// The database inside the embedded cluster that holds the control plane and territories.
pub const DATABASE: &str = "unityplan";
/// The superuser of the embedded cluster.
pub const SUPERUSER: &str = "unityplan";

/// What a CLI command or `serve` wants from the embedded cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ownership {
    /// `serve`: own the data dir exclusively; fail when another instance runs.
    Exclusive,
    /// CLI commands: attach to a running instance's cluster, or start one for the command.
    Shared,
}

/// Written next to the lock so CLI commands can find a running cluster.
#[derive(Debug, Serialize, Deserialize)]
struct RuntimeState {
    pid: u32,
    port: u16,
}

/// A running embedded cluster (owned by us, or attached to another UnityPlan's).
#[derive(Debug)]
pub struct EmbeddedCluster {
    url: String,
    port: u16,
    owned: Option<Owned>,
}

#[derive(Debug)]
struct Owned {
    child: Child,
    state_file: PathBuf,
    _lock: Flock<File>,
}

impl EmbeddedCluster {
    /// Start (or attach to) the embedded cluster described by `config`.
    pub async fn start(config: &Config, ownership: Ownership) -> Result<Self, StoreError> {
        let config = config.clone();
        tokio::task::spawn_blocking(move || Self::start_blocking(&config, ownership))
            .await
            .map_err(|e| StoreError::Embedded(format!("embedded start-up task failed: {e}")))?
    }

    fn start_blocking(config: &Config, ownership: Ownership) -> Result<Self, StoreError> {
        let data_dir = &config.data.dir;
        fs::create_dir_all(data_dir).map_err(|e| {
            StoreError::Embedded(format!(
                "cannot create data dir {} (`data.dir`): {e}",
                data_dir.display()
            ))
        })?;
        let lock_path = data_dir.join("unityplan.lock");
        let state_file = data_dir.join("embedded.json");
        let secret_file = data_dir.join("embedded-postgres.secret");
        let lock_file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .mode(0o600)
            .open(&lock_path)
            .map_err(|e| {
                StoreError::Embedded(format!("cannot open {}: {e}", lock_path.display()))
            })?;
        let mut lock = match Flock::lock(lock_file, FlockArg::LockExclusiveNonblock) {
            Ok(lock) => lock,
            Err((mut file, _)) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = holder.trim().to_owned();
                return match ownership {
                    Ownership::Exclusive => Err(StoreError::AlreadyRunning(format!(
                        "UnityPlan is already running on data dir {} (pid {}). Stop it first, or start this one with another --data-dir.",
                        data_dir.display(),
                        if holder.is_empty() { "unknown".to_owned() } else { holder }
                    ))),
                    Ownership::Shared => Self::attach(&state_file, &secret_file),
                };
            }
        };
        let _ = lock.set_len(0);
        let _ = lock.rewind();
        let _ = write!(lock, "{}", std::process::id());

        let binaries = PgBinaries::locate(config.embedded.bin_dir.as_deref())?;
        let run_as = RunAs::resolve(&config.embedded.os_user)?;
        let pg_dir = absolute(&config.postgres_dir());
        if run_as.user_name().is_some() {
            // The PostgreSQL user must be able to traverse to its directory.
            allow_traverse(data_dir);
            if let Some(parent) = pg_dir.parent() {
                allow_traverse(parent);
                run_as.ensure_reachable(parent)?;
            }
        }
        let password = read_or_create_secret(&secret_file)?;
        if !pg_dir.join("PG_VERSION").exists() {
            init_cluster(&binaries, &run_as, &pg_dir, &password)?;
        }
        let clean = remove_stale_pid(&pg_dir)?;
        let port = match config.embedded.port {
            0 => process::free_port()
                .map_err(|e| StoreError::Embedded(format!("cannot find a free port: {e}")))?,
            p => p,
        };
        let logs = data_dir.join("logs");
        fs::create_dir_all(&logs)
            .map_err(|e| StoreError::Embedded(format!("cannot create {}: {e}", logs.display())))?;
        let log_path = logs.join("postgres.log");
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .map_err(|e| {
                StoreError::Embedded(format!("cannot open {}: {e}", log_path.display()))
            })?;
        let log_err = log
            .try_clone()
            .map_err(|e| StoreError::Embedded(e.to_string()))?;
        let mut cmd = run_as.command(&binaries.bin("postgres"));
        cmd.arg("-D")
            .arg(&pg_dir)
            .args(["-p", &port.to_string()])
            .args(["-c", "listen_addresses=127.0.0.1"])
            .args(["-c", "unix_socket_directories="])
            .args([
                "-c",
                &format!("max_connections={}", config.embedded.max_connections),
            ])
            .args(["-c", "wal_level=logical"])
            .stdin(Stdio::null())
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(log_err));
        let child = process::spawn_tied(cmd).map_err(|e| {
            StoreError::Embedded(format!(
                "cannot start {}: {e}",
                binaries.bin("postgres").display()
            ))
        })?;
        tracing::info!(
            dir = %pg_dir.display(), port, pid = child.id(), recovered_from_crash = !clean,
            log = %log_path.display(), "embedded PostgreSQL starting"
        );
        let mut cluster = Self {
            url: url_for(&password, port, DATABASE),
            port,
            owned: Some(Owned {
                child,
                state_file: state_file.clone(),
                _lock: lock,
            }),
        };
        cluster.wait_ready(&password, &log_path)?;
        let state = RuntimeState {
            pid: std::process::id(),
            port,
        };
        let json = serde_json::to_vec(&state).map_err(|e| StoreError::Embedded(e.to_string()))?;
        fs::write(&state_file, json).map_err(|e| {
            StoreError::Embedded(format!("cannot write {}: {e}", state_file.display()))
        })?;
        Ok(cluster)
    }

    fn attach(state_file: &Path, secret_file: &Path) -> Result<Self, StoreError> {
        let raw = fs::read(state_file).map_err(|e| {
            StoreError::Embedded(format!(
                "another UnityPlan holds the data dir but its state file {} is unreadable ({e}); wait for it to finish starting",
                state_file.display()
            ))
        })?;
        let state: RuntimeState = serde_json::from_slice(&raw)
            .map_err(|e| StoreError::Embedded(format!("corrupt {}: {e}", state_file.display())))?;
        let password = fs::read_to_string(secret_file).map_err(|e| {
            StoreError::Embedded(format!("cannot read {}: {e}", secret_file.display()))
        })?;
        tracing::info!(
            port = state.port,
            pid = state.pid,
            "attaching to the embedded PostgreSQL of a running UnityPlan"
        );
        Ok(Self {
            url: url_for(password.trim(), state.port, DATABASE),
            port: state.port,
            owned: None,
        })
    }

    fn wait_ready(&mut self, password: &str, log_path: &Path) -> Result<(), StoreError> {
        let deadline = Instant::now() + Duration::from_secs(120);
        let admin_url = url_for(password, self.port, "postgres");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| StoreError::Embedded(e.to_string()))?;
        loop {
            if let Some(owned) = self.owned.as_mut() {
                if let Ok(Some(status)) = owned.child.try_wait() {
                    return Err(StoreError::Embedded(format!(
                        "embedded PostgreSQL exited during start-up ({status}). Last lines of {}:\n{}",
                        log_path.display(),
                        tail(log_path, 15)
                    )));
                }
            }
            let attempt = runtime.block_on(async {
                use sqlx::Connection;
                let mut conn = sqlx::PgConnection::connect(&admin_url).await?;
                let exists: bool = sqlx::query_scalar(
                    "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)",
                )
                .bind(DATABASE)
                .fetch_one(&mut conn)
                .await?;
                if !exists {
                    sqlx::query(&format!("CREATE DATABASE {DATABASE}"))
                        .execute(&mut conn)
                        .await?;
                }
                conn.close().await?;
                Ok::<(), sqlx::Error>(())
            });
            match attempt {
                Ok(()) => return Ok(()),
                Err(e) if Instant::now() > deadline => {
                    return Err(StoreError::Embedded(format!(
                        "embedded PostgreSQL did not accept connections within 120 s ({e}). Last lines of {}:\n{}",
                        log_path.display(),
                        tail(log_path, 15)
                    )))
                }
                Err(_) => std::thread::sleep(Duration::from_millis(100)),
            }
        }
    }

    /// Connection URL of the UnityPlan database in this cluster (contains the password).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The loopback port the cluster listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// True when this process started the cluster (and will stop it).
    pub fn is_owned(&self) -> bool {
        self.owned.is_some()
    }

    /// Stop the cluster cleanly (fast shutdown), when we own it.
    pub async fn stop(mut self) {
        if let Some(owned) = self.owned.take() {
            let _ = tokio::task::spawn_blocking(move || stop_child(owned)).await;
        }
    }
}

impl Drop for EmbeddedCluster {
    fn drop(&mut self) {
        if let Some(owned) = self.owned.take() {
            stop_child(owned);
        }
    }
}

fn stop_child(mut owned: Owned) {
    let pid = owned.child.id() as i32;
    process::signal(pid, Signal::SIGINT);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match owned.child.try_wait() {
            Ok(Some(_)) | Err(_) => break,
            Ok(None) if Instant::now() > deadline => {
                tracing::warn!(
                    pid,
                    "embedded PostgreSQL did not stop within 30 s; sending SIGQUIT"
                );
                process::signal(pid, Signal::SIGQUIT);
                let _ = owned.child.wait();
                break;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    let _ = fs::remove_file(&owned.state_file);
    tracing::info!(pid, "embedded PostgreSQL stopped");
}

fn url_for(password: &str, port: u16, database: &str) -> String {
    format!("postgres://{SUPERUSER}:{password}@127.0.0.1:{port}/{database}")
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    }
}

fn allow_traverse(dir: &Path) {
    if let Ok(meta) = fs::metadata(dir) {
        let mode = meta.permissions().mode();
        if mode & 0o001 == 0 {
            let _ = fs::set_permissions(dir, fs::Permissions::from_mode(mode | 0o011));
        }
    }
}

fn read_or_create_secret(path: &Path) -> Result<String, StoreError> {
    if let Ok(existing) = fs::read_to_string(path) {
        let trimmed = existing.trim();
        if !trimmed.is_empty() {
            return Ok(trimmed.to_owned());
        }
    }
    let secret: String = rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(32)
        .map(char::from)
        .collect();
    let mut file = OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| StoreError::Embedded(format!("cannot write {}: {e}", path.display())))?;
    file.write_all(secret.as_bytes())
        .map_err(|e| StoreError::Embedded(format!("cannot write {}: {e}", path.display())))?;
    Ok(secret)
}

fn init_cluster(
    binaries: &PgBinaries,
    run_as: &RunAs,
    pg_dir: &Path,
    password: &str,
) -> Result<(), StoreError> {
    let parent = pg_dir.parent().unwrap_or(Path::new("."));
    let name = pg_dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("postgres");
    let staging = parent.join(format!("{name}.initdb-in-progress"));
    if staging.exists() {
        tracing::warn!(dir = %staging.display(), "removing a cluster left half-made by an interrupted initdb");
        fs::remove_dir_all(&staging).map_err(|e| {
            StoreError::Embedded(format!("cannot remove {}: {e}", staging.display()))
        })?;
    }
    if pg_dir.exists()
        && fs::read_dir(pg_dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(false)
    {
        return Err(StoreError::Embedded(format!(
            "{} exists and is not empty but holds no PostgreSQL cluster (no PG_VERSION); move it away or set `embedded.postgres_dir`",
            pg_dir.display()
        )));
    }
    fs::create_dir_all(&staging)
        .map_err(|e| StoreError::Embedded(format!("cannot create {}: {e}", staging.display())))?;
    let pwfile = staging.join("initdb.pw");
    fs::write(&pwfile, password).map_err(|e| StoreError::Embedded(e.to_string()))?;
    run_as.chown_recursive(&staging)?;
    let _ = fs::set_permissions(&staging, fs::Permissions::from_mode(0o700));
    let cluster = staging.join("data");
    tracing::info!(dir = %pg_dir.display(), binaries = %binaries.dir().display(), "initialising the embedded PostgreSQL cluster (first run)");
    let output = run_as
        .command(&binaries.bin("initdb"))
        .arg("-D")
        .arg(&cluster)
        .args([
            "-U",
            SUPERUSER,
            "--encoding=UTF8",
            "--no-locale",
            "--auth-local=peer",
            "--auth-host=scram-sha-256",
        ])
        .arg(format!("--pwfile={}", pwfile.display()))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| StoreError::Embedded(format!("cannot run initdb: {e}")))?;
    if !output.status.success() {
        return Err(StoreError::Embedded(format!(
            "initdb failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    let _ = fs::remove_file(&pwfile);
    if pg_dir.exists() {
        fs::remove_dir(pg_dir).map_err(|e| {
            StoreError::Embedded(format!("cannot replace {}: {e}", pg_dir.display()))
        })?;
    }
    fs::rename(&cluster, pg_dir).map_err(|e| {
        StoreError::Embedded(format!("cannot move the new cluster into place: {e}"))
    })?;
    let _ = fs::remove_dir_all(&staging);
    Ok(())
}

/// Remove a `postmaster.pid` whose process is gone; stop an orphaned postmaster that still
/// runs on this directory (we hold the data-dir lock, so it belongs to a UnityPlan that died).
/// Returns true when the directory was clean.
fn remove_stale_pid(pg_dir: &Path) -> Result<bool, StoreError> {
    let pid_file = pg_dir.join("postmaster.pid");
    let Ok(contents) = fs::read_to_string(&pid_file) else {
        return Ok(true);
    };
    let pid: i32 = contents
        .lines()
        .next()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    let is_postmaster = process::pid_alive(pid)
        && process::cmdline(pid)
            .is_some_and(|c| c.contains("postgres") && c.contains(&pg_dir.display().to_string()));
    if is_postmaster {
        tracing::warn!(
            pid,
            "stopping an orphaned PostgreSQL left running on the embedded data dir"
        );
        process::signal(pid, Signal::SIGINT);
        let deadline = Instant::now() + Duration::from_secs(30);
        while process::pid_alive(pid) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        if process::pid_alive(pid) {
            process::signal(pid, Signal::SIGQUIT);
            std::thread::sleep(Duration::from_millis(500));
        }
    }
    if pid_file.exists() {
        tracing::warn!(file = %pid_file.display(), pid, "removing a stale postmaster.pid left by a crash");
        fs::remove_file(&pid_file).map_err(|e| {
            StoreError::Embedded(format!("cannot remove {}: {e}", pid_file.display()))
        })?;
    }
    Ok(false)
}

fn tail(path: &Path, lines: usize) -> String {
    let text = fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

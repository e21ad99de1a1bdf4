//! Running PostgreSQL's own binaries: finding them, running them as an unprivileged user when
//! UnityPlan runs as root (PostgreSQL refuses root), and tying server processes to our life so
//! a crash of UnityPlan never leaves an orphaned cluster behind.

use std::io;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};

use nix::unistd::{Gid, Uid, User};

use crate::StoreError;

/// The PostgreSQL server binaries of one installation.
#[derive(Clone, Debug)]
pub struct PgBinaries {
    dir: PathBuf,
}

const INSTALL_HINT: &str =
    "PostgreSQL's server binaries (initdb, postgres, pg_ctl) were not found on PATH \
or under /usr/lib/postgresql/*/bin. Install them (Debian/Ubuntu: `apt-get install postgresql`; \
Fedora: `dnf install postgresql-server`; macOS: `brew install postgresql@15`) or set \
`embedded.bin_dir` to the directory that holds them.";

impl PgBinaries {
    /// Find the binaries: an explicit directory, else `initdb` on PATH, else the newest
    /// `/usr/lib/postgresql/<version>/bin`.
    pub fn locate(explicit: Option<&Path>) -> Result<Self, StoreError> {
        if let Some(dir) = explicit {
            let candidate = Self {
                dir: dir.to_path_buf(),
            };
            return if candidate.complete() {
                Ok(candidate)
            } else {
                Err(StoreError::Embedded(format!(
                    "`embedded.bin_dir` = {} does not contain initdb, postgres and pg_ctl. {INSTALL_HINT}",
                    dir.display()
                )))
            };
        }
        if let Some(path) = std::env::var_os("PATH") {
            for entry in std::env::split_paths(&path) {
                let initdb = entry.join("initdb");
                if initdb.is_file() {
                    // Debian links /usr/local/bin/initdb → /usr/lib/postgresql/15/bin/initdb; the
                    // real directory holds the matching `postgres`.
                    let real = std::fs::canonicalize(&initdb).unwrap_or(initdb);
                    if let Some(dir) = real.parent() {
                        let candidate = Self {
                            dir: dir.to_path_buf(),
                        };
                        if candidate.complete() {
                            return Ok(candidate);
                        }
                    }
                }
            }
        }
        let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let version = e.file_name().to_str()?.parse::<u32>().ok()?;
                Some((version, e.path().join("bin")))
            })
            .collect();
        versions.sort();
        for (_, dir) in versions.into_iter().rev() {
            let candidate = Self { dir };
            if candidate.complete() {
                return Ok(candidate);
            }
        }
        Err(StoreError::Embedded(INSTALL_HINT.to_owned()))
    }

    fn complete(&self) -> bool {
        ["initdb", "postgres", "pg_ctl"]
            .iter()
            .all(|b| self.dir.join(b).is_file())
    }

    /// Path of one binary (`initdb`, `postgres`, `pg_ctl`, `pg_basebackup`, `pg_dump`, …).
    pub fn bin(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The directory holding the binaries.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The major version, read from `postgres --version`.
    pub fn major_version(&self) -> Result<u32, StoreError> {
        let out = Command::new(self.bin("postgres"))
            .arg("--version")
            .output()
            .map_err(|e| {
                StoreError::Embedded(format!(
                    "cannot run {}: {e}",
                    self.bin("postgres").display()
                ))
            })?;
        let text = String::from_utf8_lossy(&out.stdout);
        text.split_whitespace()
            .filter_map(|w| w.split('.').next()?.parse::<u32>().ok())
            .next()
            .ok_or_else(|| {
                StoreError::Embedded(format!(
                    "cannot read the PostgreSQL version from `{}`",
                    text.trim()
                ))
            })
    }
}

/// Who runs PostgreSQL: ourselves, or (when we are root) an unprivileged system user.
#[derive(Clone, Debug)]
pub struct RunAs {
    user: Option<(Uid, Gid, String)>,
}

impl RunAs {
    /// Ourselves, when not root; else `os_user`, created as a system user when missing.
    pub fn resolve(os_user: &str) -> Result<Self, StoreError> {
        if !Uid::effective().is_root() {
            return Ok(Self { user: None });
        }
        let user = match lookup_user(os_user)? {
            Some(user) => user,
            None => {
                create_system_user(os_user)?;
                lookup_user(os_user)?.ok_or_else(|| {
                    StoreError::Embedded(format!("system user `{os_user}` could not be created"))
                })?
            }
        };
        if user.uid.is_root() {
            return Err(StoreError::Embedded(format!(
                "`embedded.os_user` = {os_user} is root; PostgreSQL refuses to run as root, name an unprivileged user"
            )));
        }
        Ok(Self {
            user: Some((user.uid, user.gid, os_user.to_owned())),
        })
    }

    /// The user name PostgreSQL runs as, when it differs from ours.
    pub fn user_name(&self) -> Option<&str> {
        self.user.as_ref().map(|(_, _, name)| name.as_str())
    }

    /// Make `path` (and everything below it) belong to the PostgreSQL user.
    pub fn chown_recursive(&self, path: &Path) -> Result<(), StoreError> {
        let Some((uid, gid, _)) = &self.user else {
            return Ok(());
        };
        chown_tree(path, *uid, *gid)
            .map_err(|e| StoreError::Embedded(format!("cannot chown {}: {e}", path.display())))
    }

    /// Fail clearly when the PostgreSQL user cannot traverse every ancestor of `dir` (a data
    /// dir under a 0700 directory, such as `mktemp -d` or a private home, is unreachable).
    pub fn ensure_reachable(&self, dir: &Path) -> Result<(), StoreError> {
        use std::os::unix::fs::MetadataExt;
        let Some((uid, gid, name)) = &self.user else {
            return Ok(());
        };
        for ancestor in dir.ancestors() {
            let Ok(meta) = std::fs::metadata(ancestor) else {
                continue;
            };
            let mode = meta.mode();
            let reachable = (meta.uid() == uid.as_raw() && mode & 0o100 != 0)
                || (meta.gid() == gid.as_raw() && mode & 0o010 != 0)
                || mode & 0o001 != 0;
            if !reachable {
                return Err(StoreError::Embedded(format!(
                    "PostgreSQL runs as the system user `{name}` (UnityPlan runs as root), which cannot reach {} \
                     (mode {:o}, owner uid {}). Let it through (`chmod o+x {}`) or use a --data-dir it can reach.",
                    ancestor.display(),
                    mode & 0o7777,
                    meta.uid(),
                    ancestor.display()
                )));
            }
        }
        Ok(())
    }

    /// A command that will run as the PostgreSQL user.
    pub fn command(&self, program: &Path) -> Command {
        let mut cmd = Command::new(program);
        if let Some((uid, gid, name)) = &self.user {
            cmd.uid(uid.as_raw()).gid(gid.as_raw());
            cmd.env("USER", name)
                .env("LOGNAME", name)
                .env("HOME", "/tmp");
        }
        cmd.env_remove("PGDATA")
            .env_remove("PGPORT")
            .env_remove("PGHOST");
        cmd
    }
}

fn lookup_user(name: &str) -> Result<Option<User>, StoreError> {
    User::from_name(name)
        .map_err(|e| StoreError::Embedded(format!("cannot look up system user `{name}`: {e}")))
}

fn create_system_user(name: &str) -> Result<(), StoreError> {
    tracing::info!(
        user = name,
        "creating the unprivileged system user that runs PostgreSQL"
    );
    let status = Command::new("useradd")
        .args([
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            name,
        ])
        .stdout(Stdio::null())
        .status()
        .map_err(|e| StoreError::Embedded(format!("cannot run useradd to create `{name}`: {e}")))?;
    // Exit code 9: the user was created concurrently by another process; that is fine.
    if status.success() || status.code() == Some(9) {
        Ok(())
    } else {
        Err(StoreError::Embedded(format!(
            "useradd could not create the system user `{name}` ({status}); create it yourself or set `embedded.os_user`"
        )))
    }
}

fn chown_tree(path: &Path, uid: Uid, gid: Gid) -> io::Result<()> {
    nix::unistd::chown(path, Some(uid), Some(gid)).map_err(io::Error::from)?;
    let meta = std::fs::symlink_metadata(path)?;
    if meta.is_dir() {
        for entry in std::fs::read_dir(path)? {
            chown_tree(&entry?.path(), uid, gid)?;
        }
    }
    Ok(())
}

type SpawnRequest = (Command, mpsc::Sender<io::Result<Child>>);

/// Spawn a long-running server process that receives SIGQUIT (PostgreSQL's immediate
/// shutdown) when this process dies, however it dies.
///
/// `PR_SET_PDEATHSIG` fires when the spawning *thread* exits, so every such process is
/// spawned from one thread that lives as long as the process.
pub fn spawn_tied(cmd: Command) -> io::Result<Child> {
    static SPAWNER: OnceLock<Mutex<mpsc::Sender<SpawnRequest>>> = OnceLock::new();
    let sender = SPAWNER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<SpawnRequest>();
        std::thread::Builder::new()
            .name("unityplan-spawner".into())
            .spawn(move || {
                for (mut cmd, reply) in rx {
                    set_parent_death_signal(&mut cmd);
                    let _ = reply.send(cmd.spawn());
                }
                // The channel's sender lives in a static, so this loop never ends; park for
                // good measure so the thread (and the death signal) outlives every caller.
                loop {
                    std::thread::park();
                }
            })
            .map(|_| ())
            .unwrap_or_else(|e| tracing::error!(error = %e, "cannot start the spawner thread"));
        Mutex::new(tx)
    });
    let (reply_tx, reply_rx) = mpsc::channel();
    sender
        .lock()
        .map_err(|_| io::Error::other("spawner lock poisoned"))?
        .send((cmd, reply_tx))
        .map_err(|_| io::Error::other("spawner thread is gone"))?;
    reply_rx
        .recv()
        .map_err(|_| io::Error::other("spawner thread is gone"))?
}

#[allow(unsafe_code)]
fn set_parent_death_signal(cmd: &mut Command) {
    // SAFETY: the closure runs in the forked child before exec and only calls prctl(2) and
    // getppid(2), both async-signal-safe. It runs after std has switched uid/gid, so the
    // credential change does not clear the setting.
    unsafe {
        cmd.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGQUIT) != 0 {
                return Err(io::Error::last_os_error());
            }
            // The parent may have died between fork and prctl.
            if libc::getppid() == 1 {
                return Err(io::Error::other("parent exited before the server started"));
            }
            Ok(())
        });
    }
}

/// True when a process with this pid exists (and may be signalled by us).
pub fn pid_alive(pid: i32) -> bool {
    if pid <= 0 {
        return false;
    }
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None).is_ok()
}

/// Send a signal to a pid, ignoring a process that is already gone.
pub fn signal(pid: i32, sig: nix::sys::signal::Signal) {
    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), sig);
}

/// The command line of a process, when readable.
pub fn cmdline(pid: i32) -> Option<String> {
    std::fs::read(format!("/proc/{pid}/cmdline"))
        .ok()
        .map(|bytes| String::from_utf8_lossy(&bytes).replace('\0', " "))
}

/// Pick a free TCP port on 127.0.0.1.
pub fn free_port() -> io::Result<u16> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    Ok(listener.local_addr()?.port())
}

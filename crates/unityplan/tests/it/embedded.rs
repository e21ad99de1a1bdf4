//! Embedded mode through the real binary: a private PostgreSQL started as an unprivileged
//! user (these machines run as root), "already running" on a second serve, CLI commands
//! attaching to the running cluster, clean stop on SIGTERM, recovery after a crash, and a clear
//! message when PostgreSQL's binaries are missing.

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Serve {
    child: Child,
    port: u16,
    log: std::path::PathBuf,
}

fn serve(data_dir: &Path) -> Serve {
    let port = store::process::free_port().unwrap();
    let log = data_dir.with_extension("log");
    let file = std::fs::File::create(&log).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_unityplan"))
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(data_dir)
        .env_remove("UNITYPLAN_CONFIG")
        .env("UNITYPLAN__SERVER__SHUTDOWN_GRACE_SECS", "2")
        .stdout(Stdio::null())
        .stderr(Stdio::from(file))
        .spawn()
        .unwrap();
    Serve { child, port, log }
}

impl Serve {
    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!(
                    "serve exited ({status}):\n{}",
                    std::fs::read_to_string(&self.log).unwrap_or_default()
                );
            }
            if let Ok(body) = http_get(self.port, "/readyz") {
                if body.contains("\"ready\":true") {
                    return;
                }
            }
            assert!(
                Instant::now() < deadline,
                "not ready in 120 s:\n{}",
                std::fs::read_to_string(&self.log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn terminate(mut self) -> std::process::ExitStatus {
        nix::sys::signal::kill(
            nix::unistd::Pid::from_raw(self.child.id() as i32),
            nix::sys::signal::Signal::SIGTERM,
        )
        .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "serve did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

fn http_get(port: u16, path: &str) -> std::io::Result<String> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response)
}

fn postmaster_pid(data_dir: &Path) -> Option<i32> {
    std::fs::read_to_string(data_dir.join("postgres/postmaster.pid"))
        .ok()?
        .lines()
        .next()?
        .trim()
        .parse()
        .ok()
}

fn owner_uid(pid: i32) -> u32 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("Uid:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn available() -> bool {
    match store::process::PgBinaries::locate(None) {
        Ok(_) => true,
        Err(e) => testkit::missing::<()>("PostgreSQL binaries", e).is_some(),
    }
}

#[test]
fn embedded_serve_runs_postgres_unprivileged_refuses_a_second_instance_and_stops_cleanly() {
    if !available() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let mut first = serve(&data);
    first.wait_ready();

    // The cluster runs as an unprivileged user who owns the data dir, never as root.
    let pid = postmaster_pid(&data).expect("postmaster.pid");
    let uid = owner_uid(pid);
    assert_ne!(uid, 0, "PostgreSQL must not run as root");
    assert_eq!(std::fs::metadata(data.join("postgres")).unwrap().uid(), uid);
    if nix::unistd::Uid::effective().is_root() {
        let user = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
            .unwrap()
            .unwrap();
        assert_eq!(user.name, "unityplan");
    }

    // The roadmap's regions and territories exist after the first start.
    let territories = http_get(first.port, "/api/v1/territories").unwrap();
    for code in [
        "DK", "NO", "SE", "FI", "DE", "UK", "FR", "US", "CA", "MX", "BR", "AU", "NZ", "JP", "SG",
        "ZA", "KE", "NG", "GH",
    ] {
        assert!(
            territories.contains(&format!("\"code\":\"{code}\"")),
            "{code} missing"
        );
    }

    // A second serve on the same data dir is refused clearly.
    let mut second = serve(&data);
    let status = second.child.wait().unwrap();
    assert!(!status.success());
    let log = std::fs::read_to_string(&second.log).unwrap();
    assert!(log.contains("already running on data dir"), "{log}");

    // CLI commands attach to the running cluster.
    let out = Command::new(env!("CARGO_BIN_EXE_unityplan"))
        .args(["territory", "show", "dk", "--data-dir"])
        .arg(&data)
        .env_remove("UNITYPLAN_CONFIG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("name:     Denmark"));

    // SIGTERM: clean exit, PostgreSQL stopped, no pid file left.
    let status = first.terminate();
    assert!(status.success(), "{status}");
    assert!(
        !store::process::pid_alive(pid),
        "PostgreSQL still running after shutdown"
    );
    assert!(!data.join("postgres/postmaster.pid").exists());
}

#[test]
fn embedded_serve_recovers_from_a_crash() {
    if !available() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let mut first = serve(&data);
    first.wait_ready();
    let pid = postmaster_pid(&data).unwrap();
    // Crash: the postmaster and UnityPlan die without any cleanup.
    nix::sys::signal::kill(
        nix::unistd::Pid::from_raw(pid),
        nix::sys::signal::Signal::SIGKILL,
    )
    .unwrap();
    first.child.kill().unwrap();
    first.child.wait().unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while store::process::pid_alive(pid) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        data.join("postgres/postmaster.pid").exists(),
        "the crash should leave a stale pid file"
    );

    let mut again = serve(&data);
    again.wait_ready();
    let log = std::fs::read_to_string(&again.log).unwrap();
    assert!(log.contains("stale postmaster.pid"), "{log}");
    let body = http_get(again.port, "/api/v1/t/dk/status").unwrap();
    assert!(body.contains("\"code\":\"DK\""), "{body}");
    assert!(again.terminate().success());
}

#[test]
fn missing_postgres_binaries_say_how_to_install_them() {
    let root = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_unityplan"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(root.path().join("data"))
        .env_remove("UNITYPLAN_CONFIG")
        .env(
            "UNITYPLAN__EMBEDDED__BIN_DIR",
            "/nonexistent/postgresql/bin",
        )
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("`embedded.bin_dir`"), "{text}");
    assert!(text.contains("apt-get install postgresql"), "{text}");
}

#[test]
fn an_unreachable_data_dir_is_named() {
    if !nix::unistd::Uid::effective().is_root() || !available() {
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    std::fs::set_permissions(root.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_unityplan"))
        .args(["serve", "--listen", "127.0.0.1:0", "--data-dir"])
        .arg(root.path().join("data"))
        .env_remove("UNITYPLAN_CONFIG")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("cannot reach"), "{text}");
    assert!(text.contains(&root.path().display().to_string()), "{text}");
}

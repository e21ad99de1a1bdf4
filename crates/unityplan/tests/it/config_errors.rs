//! Invalid configuration stops start-up with a message that names the key; secrets never
//! appear in `config print`.

use std::io::Write;
use std::process::Command;

fn run(config: Option<&str>, env: &[(&str, &str)], args: &[&str]) -> (Option<i32>, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_unityplan"));
    cmd.env_remove("UNITYPLAN_CONFIG");
    let file = config.map(|text| {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(text.as_bytes()).unwrap();
        f
    });
    if let Some(f) = &file {
        cmd.arg("--config").arg(f.path());
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().unwrap();
    (
        out.status.code(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn unknown_key_is_named() {
    let (code, text) = run(Some("[server]\nlisen = \"127.0.0.1:1\"\n"), &[], &["serve"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("`server.lisen`: unknown key"), "{text}");
}

#[test]
fn bad_value_from_the_environment_is_named() {
    let (code, text) = run(
        None,
        &[("UNITYPLAN__DATABASE__POOL_SIZE", "lots")],
        &["serve"],
    );
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("database.pool_size"), "{text}");
}

#[test]
fn region_without_primary_is_named() {
    let config = "[database]\ncontrol_plane_url = \"postgres://u:p@127.0.0.1:1/cp\"\n\
                  [[regions]]\ncode = \"eu\"\nname = \"Europe\"\n\
                  [[regions.nodes]]\nname = \"eu-2\"\nurl = \"postgres://u:p@127.0.0.1:1/eu\"\nrole = \"standby\"\n";
    let (code, text) = run(Some(config), &[], &["serve"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("`regions[0].nodes`: region `eu` has no node with role = \"primary\""),
        "{text}"
    );
}

#[test]
fn unreachable_database_url_is_named() {
    let config = "[database]\ncontrol_plane_url = \"postgres://u:secretpw@127.0.0.1:1/cp\"\nconnect_timeout_secs = 2\n\
                  [[regions]]\ncode = \"eu\"\nname = \"Europe\"\n\
                  [[regions.nodes]]\nname = \"eu-1\"\nurl = \"postgres://u:secretpw@127.0.0.1:1/eu\"\nrole = \"primary\"\n";
    let (code, text) = run(Some(config), &[], &["territory", "list"]);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("cannot connect to `database.control_plane_url` (127.0.0.1:1/cp)"),
        "{text}"
    );
    assert!(!text.contains("secretpw"), "the password leaked: {text}");
}

#[test]
fn config_print_is_commented_and_masks_secrets() {
    let config = "[database]\ncontrol_plane_url = \"postgres://u:secretpw@db:5432/cp\"\n\
                  [[regions]]\ncode = \"eu\"\nname = \"Europe\"\n\
                  [[regions.nodes]]\nname = \"eu-1\"\nurl = \"postgres://u:secretpw2@db:5432/eu\"\nrole = \"primary\"\n";
    let (code, text) = run(
        Some(config),
        &[("UNITYPLAN__SERVER__LISTEN", "0.0.0.0:9999")],
        &["config", "print"],
    );
    assert_eq!(code, Some(0), "{text}");
    assert!(!text.contains("secretpw"), "{text}");
    assert!(text.contains("postgres://u:********@db:5432/cp"), "{text}");
    assert!(
        text.contains("listen = \"0.0.0.0:9999\""),
        "environment layer applied: {text}"
    );
    assert!(text.contains("# Seconds between health checks"), "{text}");
    let (code, defaults) = run(None, &[], &["config", "print", "--defaults"]);
    assert_eq!(code, Some(0));
    assert!(defaults.contains("pool_size = 50"));
    assert!(defaults.contains("health_interval_secs = 10"));
}

#[test]
fn unknown_service_is_refused() {
    let (code, text) = run(None, &[], &["serve", "--services", "platform,teleport"]);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("unknown service `teleport`"), "{text}");
}

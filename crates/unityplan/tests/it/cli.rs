//! The command line in production mode: migrate, territory create/list/show, region list/health,
//! and bad input on each.

use std::io::Write;
use std::process::{Command, Output};

pub fn unityplan(config: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_unityplan"))
        .arg("--config")
        .arg(config)
        .args(args)
        .env_remove("UNITYPLAN_CONFIG")
        .output()
        .expect("run unityplan")
}

pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A configuration file with the control plane and region `eu` in one database.
pub fn config_file(url: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().unwrap();
    write!(
        file,
        "[database]\ncontrol_plane_url = \"{url}\"\nhealth_interval_secs = 1\n\
         [[regions]]\ncode = \"eu\"\nname = \"Europe\"\n\
         [[regions.nodes]]\nname = \"eu-1\"\nurl = \"{url}\"\nrole = \"primary\"\n"
    )
    .unwrap();
    file
}

#[tokio::test]
async fn migrate_is_idempotent_and_territories_are_managed_from_the_cli() {
    let Some(cluster) = testkit::shared_cluster() else {
        return;
    };
    let url = cluster.create_database().await.unwrap();
    let config = config_file(&url);
    let path = config.path();

    // A command other than migrate on an empty database says what to do.
    let out = unityplan(path, &["territory", "list"]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("run `unityplan migrate`"),
        "{}",
        text(&out)
    );

    let out = unityplan(path, &["migrate"]);
    assert!(out.status.success(), "{}", text(&out));
    let control = unityplan::catalog().count(store::Scope::ControlPlane);
    assert!(
        text(&out).contains(&format!("control plane: {control} migration(s) applied")),
        "{}",
        text(&out)
    );

    let out = unityplan(
        path,
        &[
            "territory",
            "create",
            "is",
            "--name",
            "Iceland",
            "--region",
            "eu",
            "--language",
            "is",
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("created territory IS (Iceland) in region eu with schema territory_is"),
        "{}",
        text(&out)
    );

    let out = unityplan(path, &["migrate"]);
    assert!(out.status.success(), "{}", text(&out));
    let printed = text(&out);
    assert!(printed.contains("[ 1/1] IS: 0 pending"), "{printed}");
    assert!(printed.contains("IS: up to date"), "{printed}");
    assert!(
        printed.contains("0 control-plane, 0 territory migration(s) applied"),
        "{printed}"
    );

    let out = unityplan(path, &["territory", "show", "IS"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("status:   active"));
    let out = unityplan(path, &["territory", "list", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed[0]["code"], "IS");

    let out = unityplan(path, &["region", "health"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("eu-1"), "{}", text(&out));
    assert!(text(&out).contains("observed primary"), "{}", text(&out));

    // Bad input: each refused with a clear message, nothing changed.
    for (args, expected) in [
        (
            vec![
                "territory",
                "create",
                "I1",
                "--name",
                "X",
                "--region",
                "eu",
                "--language",
                "is",
            ],
            "not a territory code",
        ),
        (
            vec![
                "territory",
                "create",
                "IS",
                "--name",
                "Iceland",
                "--region",
                "eu",
                "--language",
                "is",
            ],
            "already exists",
        ),
        (
            vec![
                "territory",
                "create",
                "GL",
                "--name",
                "Greenland",
                "--region",
                "xx",
                "--language",
                "kl",
            ],
            "no region `xx`",
        ),
        (
            vec![
                "territory",
                "create",
                "GL",
                "--name",
                "Greenland",
                "--region",
                "eu",
                "--language",
                "greenlandic",
            ],
            "not a language tag",
        ),
        (vec!["territory", "show", "QQ"], "There is no territory QQ"),
    ] {
        let out = unityplan(path, &args);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(
            text(&out).contains(expected),
            "{args:?}: expected `{expected}` in {}",
            text(&out)
        );
    }
    let out = unityplan(path, &["territory", "list", "--json"]);
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        listed.as_array().unwrap().len(),
        1,
        "nothing was created by the refused commands"
    );
}

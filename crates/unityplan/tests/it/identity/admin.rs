//! Admin routes behind the CIDR allow-list, the audit chain (API and CLI), brute-force
//! defences, anomaly detection and the first admin from the CLI.

use std::io::Write;
use std::process::Command;

use serde_json::{json, Value};

use super::{get_as, post_as};
use crate::support::{connect, spawn_app, spawn_app_with, TestApp};
use crate::users::{self, email_of, outbox, wait_for_token, PASSWORD};

/// A config file for CLI runs against the app's database (control plane and the four
/// regions in one database, as the test app runs).
fn cli_config(app: &TestApp) -> tempfile::NamedTempFile {
    let url = &app.db_url;
    let mut file = tempfile::NamedTempFile::new().unwrap();
    write!(file, "[database]\ncontrol_plane_url = \"{url}\"\n").unwrap();
    for code in ["eu", "am", "ap", "af"] {
        write!(
            file,
            "[[regions]]\ncode = \"{code}\"\nname = \"{code}\"\n[[regions.nodes]]\nname = \"{code}-local\"\nurl = \"{url}\"\nrole = \"primary\"\n"
        )
        .unwrap();
    }
    write!(
        file,
        "[data]\ndir = \"{}\"\n",
        app.data_dir.path().display()
    )
    .unwrap();
    file
}

fn cli(config: &std::path::Path, args: &[&str], password: Option<&str>) -> (bool, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_unityplan"));
    cmd.arg("--config")
        .arg(config)
        .args(args)
        .env_remove("UNITYPLAN_CONFIG");
    match password {
        Some(p) => cmd.env("UNITYPLAN_ADMIN_PASSWORD", p),
        None => cmd.env_remove("UNITYPLAN_ADMIN_PASSWORD"),
    };
    let out = cmd.output().expect("run unityplan");
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

async fn post_from(
    app: &TestApp,
    token: &str,
    path: &str,
    forwarded: &str,
    body: &Value,
) -> (u16, Value) {
    let r = reqwest::Client::new()
        .post(app.url(path))
        .bearer_auth(token)
        .header("x-forwarded-for", forwarded)
        .json(body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn admin_routes_audit_chain_and_cli() {
    let Some(app) = spawn_app().await else { return };
    let config = cli_config(&app);

    // The first platform admin comes from the CLI; weak passwords are refused there too.
    let (ok, out) = cli(
        config.path(),
        &[
            "admin",
            "create",
            "--territory",
            "DK",
            "--handle",
            "root",
            "--email",
            "root@example.test",
        ],
        Some("password"),
    );
    assert!(!ok, "{out}");
    assert!(out.contains("too weak"), "{out}");
    let (ok, out) = cli(
        config.path(),
        &[
            "admin",
            "create",
            "--territory",
            "DK",
            "--handle",
            "root",
            "--email",
            "root@example.test",
        ],
        Some(PASSWORD),
    );
    assert!(ok, "{out}");
    assert!(out.contains("created platform admin @root:dk"), "{out}");
    let admin = users::login(&app, "root").await;
    let (_, me) = get_as(&app, &admin, "/api/v1/me").await;
    assert_eq!(me["grants"][0]["role"], "platform_admin", "{me}");

    let member = users::register_and_login(&app, "SE", "eve").await;
    let eve = users::user_id(&app, "eve").await;

    // Non-admins are refused.
    let (status, body) = post_as(
        &app,
        &member,
        "/api/v1/admin/territories",
        &json!({"code": "IS", "name": "Iceland", "region": "eu", "default_language": "is"}),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (403, Some("forbidden")),
        "{body}"
    );

    // Territory creation over HTTP; the new territory takes registrations at once.
    let (status, body) = post_as(
        &app,
        &admin,
        "/api/v1/admin/territories",
        &json!({"code": "IS", "name": "Iceland", "region": "eu", "default_language": "is"}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let (status, body) = post_as(
        &app,
        &admin,
        "/api/v1/admin/territories",
        &json!({"code": "IS", "name": "Iceland", "region": "eu", "default_language": "is"}),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (409, Some("territory_exists"))
    );
    let _ = users::register_and_login(&app, "IS", "bjork").await;

    // Roles granted over HTTP, per territory.
    assert_eq!(get_as(&app, &member, "/api/v1/t/DK/members").await.0, 403);
    let (status, body) = post_as(
        &app,
        &admin,
        &format!("/api/v1/admin/users/{eve}/roles"),
        &json!({"role": "territory_admin", "territory": "DK"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(get_as(&app, &member, "/api/v1/t/DK/members").await.0, 200);
    assert_eq!(get_as(&app, &member, "/api/v1/t/NO/members").await.0, 403);
    let (status, body) = post_as(
        &app,
        &admin,
        &format!("/api/v1/admin/users/{eve}/roles"),
        &json!({"role": "moderator"}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = post_as(
        &app,
        &admin,
        &format!("/api/v1/admin/users/{eve}/roles/revoke"),
        &json!({"role": "territory_admin", "territory": "DK"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(get_as(&app, &member, "/api/v1/t/DK/members").await.0, 403);

    // Lock: sessions end and sign-in fails the same way as a wrong password; unlock.
    let (status, body) = post_as(
        &app,
        &admin,
        &format!("/api/v1/admin/users/{eve}/lock"),
        &json!({}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["revoked"], 1);
    assert_eq!(get_as(&app, &member, "/api/v1/me").await.0, 401);
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": "eve", "password": PASSWORD}),
        )
        .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (401, Some("invalid_credentials"))
    );
    let (status, _) = post_as(
        &app,
        &admin,
        &format!("/api/v1/admin/users/{eve}/unlock"),
        &json!({}),
    )
    .await;
    assert_eq!(status, 204);
    let member = users::login(&app, "eve").await;
    let (status, body) = post_as(
        &app,
        &admin,
        &format!("/api/v1/admin/users/{eve}/revoke-sessions"),
        &json!({}),
    )
    .await;
    assert_eq!((status.as_u16(), body["revoked"].as_u64()), (200, Some(1)));
    assert_eq!(get_as(&app, &member, "/api/v1/me").await.0, 401);
    let (status, body) = post_as(
        &app,
        &admin,
        "/api/v1/admin/users/00000000-0000-0000-0000-000000000000/lock",
        &json!({}),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (404, Some("user_not_found"))
    );

    // The audit log has every admin action, chained.
    let (status, entries) = get_as(&app, &admin, "/api/v1/admin/audit").await;
    assert_eq!(status, 200);
    let actions: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in [
        "admin.platform_admin_created",
        "admin.territory_created",
        "admin.role_granted",
        "admin.role_revoked",
        "admin.user_locked",
        "admin.user_unlocked",
        "admin.sessions_revoked",
    ] {
        assert!(actions.contains(&a), "{a} missing from {actions:?}");
    }
    let (_, v) = get_as(&app, &admin, "/api/v1/admin/audit/verify").await;
    assert_eq!(v["ok"], true, "{v}");
    let (ok, out) = cli(config.path(), &["audit", "verify"], None);
    assert!(ok, "{out}");
    assert!(out.contains("audit chain intact"), "{out}");

    // The head can be exported and checked later: the exported head is found; a head the
    // chain does not contain (a rewritten chain, or one cut back) is reported.
    let (ok, head) = cli(config.path(), &["audit", "head"], None);
    assert!(ok, "{head}");
    let head = head
        .lines()
        .rev()
        .find(|l| l.contains(':') && l.len() > 64)
        .unwrap()
        .trim()
        .to_owned();
    let (seq, hash) = head.split_once(':').unwrap();
    assert_eq!(hash.len(), 64, "{head}");
    assert_eq!(
        hash,
        v["head"].as_str().unwrap(),
        "same head as the API reports"
    );
    let (ok, out) = cli(
        config.path(),
        &["audit", "verify", "--expect-head", &head],
        None,
    );
    assert!(ok, "{out}");
    let forged = format!("{seq}:{}", "0".repeat(64));
    let (ok, out) = cli(
        config.path(),
        &["audit", "verify", "--expect-head", &forged],
        None,
    );
    assert!(!ok, "{out}");
    assert!(out.contains("rewritten"), "{out}");
    let beyond = format!("{}:{hash}", seq.parse::<i64>().unwrap() + 1000);
    let (ok, out) = cli(
        config.path(),
        &["audit", "verify", "--expect-head", &beyond],
        None,
    );
    assert!(!ok, "{out}");
    assert!(out.contains("missing"), "{out}");

    // Append-only: UPDATE and DELETE are refused by the trigger.
    let mut db = connect(&app.db_url).await;
    let err = sqlx::query("UPDATE control.audit_log SET target = 'x' WHERE seq = 3")
        .execute(&mut db)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    assert!(sqlx::query("DELETE FROM control.audit_log WHERE seq = 3")
        .execute(&mut db)
        .await
        .is_err());

    // A superuser who disables the trigger and edits row 3 is caught, and row 3 is named.
    sqlx::query("ALTER TABLE control.audit_log DISABLE TRIGGER audit_log_append_only")
        .execute(&mut db)
        .await
        .unwrap();
    sqlx::query("UPDATE control.audit_log SET detail = '{\"forged\": true}' WHERE seq = 3")
        .execute(&mut db)
        .await
        .unwrap();
    let (_, v) = get_as(&app, &admin, "/api/v1/admin/audit/verify").await;
    assert_eq!(
        (v["ok"].as_bool(), v["first_bad_seq"].as_i64()),
        (Some(false), Some(3)),
        "{v}"
    );
    let (ok, out) = cli(config.path(), &["audit", "verify"], None);
    assert!(!ok, "{out}");
    assert!(out.contains("row 3") && out.contains("edited"), "{out}");
    // Deleting a row is caught at the row after it.
    sqlx::query("DELETE FROM control.audit_log WHERE seq IN (2, 3)")
        .execute(&mut db)
        .await
        .unwrap();
    let (ok, out) = cli(config.path(), &["audit", "verify"], None);
    assert!(!ok, "{out}");
    assert!(
        out.contains("BROKEN at row 4") && out.contains("deleted"),
        "{out}"
    );
    app.stop().await;
}

#[tokio::test]
async fn admin_routes_refuse_other_networks_and_believe_only_trusted_proxies() {
    // The admin network is 203.0.113.0/24; the test client is 127.0.0.1.
    let Some(app) = spawn_app_with(|c| {
        c.identity.admin_allow = vec!["203.0.113.0/24".into()];
    })
    .await
    else {
        return;
    };
    let admin = users::register_and_login(&app, "DK", "ops").await;
    users::grant_role(&app, "ops", "platform_admin", None).await;
    let (status, body) = post_as(
        &app,
        &admin,
        "/api/v1/admin/territories",
        &json!({"code": "IS", "name": "Iceland", "region": "eu", "default_language": "is"}),
    )
    .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (403, Some("admin_network_refused")),
        "{body}"
    );
    // 127.0.0.1 is not a trusted proxy here, so a forged X-Forwarded-For changes nothing.
    let (status, body) = post_from(
        &app,
        &admin,
        "/api/v1/admin/territories",
        "203.0.113.7",
        &json!({"code": "IS", "name": "Iceland", "region": "eu", "default_language": "is"}),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (403, Some("admin_network_refused")),
        "{body}"
    );
    // Refused before authentication: no credentials at all gets the same answer.
    let r = reqwest::Client::new()
        .get(app.url("/api/v1/admin/audit"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    app.stop().await;

    // Behind a trusted proxy (127.0.0.1), the forwarded client address counts.
    let Some(app) = spawn_app_with(|c| {
        c.identity.admin_allow = vec!["203.0.113.0/24".into()];
        c.identity.trusted_proxies = vec!["127.0.0.1/32".into()];
    })
    .await
    else {
        return;
    };
    let admin = users::register_and_login(&app, "DK", "ops").await;
    users::grant_role(&app, "ops", "platform_admin", None).await;
    let (status, body) = post_from(
        &app,
        &admin,
        "/api/v1/admin/territories",
        "198.51.100.1, 203.0.113.7",
        &json!({"code": "IS", "name": "Iceland", "region": "eu", "default_language": "is"}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    // The rightmost untrusted hop is the client: a client-written left entry does not help.
    let (status, _) = post_from(
        &app,
        &admin,
        "/api/v1/admin/territories",
        "203.0.113.7, 198.51.100.1",
        &json!({"code": "IC", "name": "X", "region": "eu", "default_language": "is"}),
    )
    .await;
    assert_eq!(status, 403);
    app.stop().await;
}

#[tokio::test]
async fn rate_limits_soft_lock_anomalies_and_failure_bursts() {
    let Some(app) = spawn_app_with(|c| {
        c.identity.trusted_proxies = vec!["127.0.0.1/32".into()];
        c.identity.auth_rate_per_minute = 6;
        c.identity.auth_rate_burst = 3;
    })
    .await
    else {
        return;
    };
    let login_from =
        |ip: &'static str, login: &'static str, password: &'static str, ua: &'static str| {
            let app = &app;
            async move {
                let r = reqwest::Client::new()
                    .post(app.url("/api/v1/auth/login"))
                    .header("x-forwarded-for", ip)
                    .header("user-agent", ua)
                    .json(&json!({"login": login, "password": password}))
                    .send()
                    .await
                    .unwrap();
                let retry = r
                    .headers()
                    .get("retry-after")
                    .map(|v| v.to_str().unwrap().to_owned());
                (
                    r.status().as_u16(),
                    retry,
                    r.json::<Value>().await.unwrap_or(Value::Null),
                )
            }
        };

    // Per-IP limit: 429 with Retry-After; another IP is unaffected.
    let mut limited = None;
    for _ in 0..10 {
        let (status, retry, body) =
            login_from("198.51.100.50", "nobody", "whatever whatever", "curl/8").await;
        if status == 429 {
            limited = Some((retry, body));
            break;
        }
    }
    let (retry, body) = limited.expect("rate limit reached");
    assert_eq!(body["error"], "rate_limited");
    assert!(retry.unwrap().parse::<u64>().unwrap() >= 1);
    assert_eq!(
        login_from("198.51.100.51", "nobody", "whatever whatever", "curl/8")
            .await
            .0,
        401
    );

    // Register through a fresh address each time (the limit is per IP).
    let register = |handle: &'static str, ip: &'static str| {
        let app = &app;
        async move {
            let r = reqwest::Client::new()
                .post(app.url("/api/v1/t/DK/auth/register"))
                .header("x-forwarded-for", ip)
                .json(&json!({"handle": handle, "email": email_of(handle), "password": PASSWORD, "display_name": handle}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 201);
            let token = wait_for_token(&outbox(app), &email_of(handle), "verify-email").await;
            let r = reqwest::Client::new()
                .post(app.url("/api/v1/auth/verify-email"))
                .header("x-forwarded-for", ip)
                .json(&json!({"token": token}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 204);
        }
    };
    register("fay", "10.9.0.1").await;

    // Not verified → cannot sign in (other account, same answer for wrong password).
    // Soft lock: after a failure, even the right password is refused for 1 s.
    let (status, _, _) = login_from("10.1.1.1", "fay", "wrong wrong wrong", "curl/8").await;
    assert_eq!(status, 401);
    let (status, _, body) = login_from("10.1.1.2", "fay", PASSWORD, "curl/8").await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("invalid_credentials"))
    );
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    // First successful sign-in: the network is remembered, no alert.
    let (status, _, body) =
        login_from("10.1.1.3", "fay", PASSWORD, "Mozilla/5.0 Firefox/120.0").await;
    assert_eq!(status, 200, "{body}");
    let token = body["token"].as_str().unwrap().to_owned();
    // Same /24, same client family: nothing new.
    assert_eq!(
        login_from("10.1.1.4", "fay", PASSWORD, "Mozilla/5.0 Firefox/121.0")
            .await
            .0,
        200
    );
    // A new network: recorded in the activity log and mailed to the user.
    assert_eq!(
        login_from("172.16.5.9", "fay", PASSWORD, "Mozilla/5.0 Firefox/121.0")
            .await
            .0,
        200
    );
    let (_, activity) = get_as(&app, &token, "/api/v1/me/activity").await;
    let anomalies: Vec<&Value> = activity
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "new_network_sign_in")
        .collect();
    assert_eq!(anomalies.len(), 1, "{activity}");
    assert_eq!(anomalies[0]["detail"]["network"], "172.16.5.0/24");
    assert_eq!(anomalies[0]["ip"], "172.16.5.9");
    let mails = users::mails_in(&outbox(&app));
    assert!(mails.iter().any(|m| m.contains(&email_of("fay"))
        && m.contains("New sign-in")
        && m.contains("172.16.5.0/24")));

    // Failures across many accounts from one network are flagged for admins.
    let names = [
        "u01", "u02", "u03", "u04", "u05", "u06", "u07", "u08", "u09", "u10",
    ];
    let ips = [
        "192.0.2.1",
        "192.0.2.2",
        "192.0.2.3",
        "192.0.2.4",
        "192.0.2.5",
        "192.0.2.6",
        "192.0.2.7",
        "192.0.2.8",
        "192.0.2.9",
        "192.0.2.10",
    ];
    for (name, ip) in names.iter().zip(ips) {
        assert_eq!(
            login_from(ip, name, "guess guess guess", "python-requests/2")
                .await
                .0,
            401
        );
    }
    users::grant_role(&app, "fay", "platform_admin", None).await;
    let r = reqwest::Client::new()
        .get(app.url("/api/v1/admin/audit"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let audit: Value = r.json().await.unwrap();
    let burst = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "security.failure_burst")
        .expect("burst flagged");
    assert_eq!(burst["target"], "network:192.0.2.0/24");
    assert_eq!(burst["detail"]["accounts"], 10);
    let _ = PASSWORD;
    app.stop().await;
}

#[tokio::test]
async fn territory_admins_grant_and_revoke_roles_in_their_territory() {
    let Some(app) = spawn_app().await else { return };
    let tia = users::register_and_login(&app, "DK", "tia").await;
    let ulf = users::register_and_login(&app, "SE", "ulf").await;
    let ulf_id = users::user_id(&app, "ulf").await;
    let grant = |territory: &str| format!("/api/v1/t/{territory}/members/{ulf_id}/roles");

    // Without territory admin, no grants.
    let (status, body) = post_as(&app, &tia, &grant("DK"), &json!({"role": "moderator"})).await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(body["error"], "forbidden");

    users::grant_role(&app, "tia", "territory_admin", Some("DK")).await;
    let (status, body) = post_as(&app, &tia, &grant("DK"), &json!({"role": "moderator"})).await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body["grants"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["role"] == "moderator" && g["territory"] == "DK"),
        "{body}"
    );
    // The SE user now moderates DK (member list needs moderator).
    let (status, _) = get_as(&app, &ulf, "/api/v1/t/DK/members").await;
    assert_eq!(status, 200);

    // Not in another territory, and not admin roles.
    let (status, body) = post_as(&app, &tia, &grant("SE"), &json!({"role": "moderator"})).await;
    assert_eq!(status, 403, "{body}");
    for role in ["territory_admin", "platform_admin"] {
        let (status, body) = post_as(&app, &tia, &grant("DK"), &json!({ "role": role })).await;
        assert_eq!(status, 403, "{body}");
        assert_eq!(body["error"], "role_not_delegable");
    }

    // Revoke, then revoking again finds nothing.
    let revoke = format!("{}/revoke", grant("DK"));
    let (status, body) = post_as(&app, &tia, &revoke, &json!({"role": "moderator"})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["grants"], json!([]));
    let (status, _) = get_as(&app, &ulf, "/api/v1/t/DK/members").await;
    assert_eq!(status, 403);
    let (status, body) = post_as(&app, &tia, &revoke, &json!({"role": "moderator"})).await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(body["error"], "grant_not_found");

    // The change is in the audit log under the territory admin's name.
    let mut db = connect(&app.db_url).await;
    let actions: Vec<String> =
        sqlx::query_scalar("SELECT action FROM control.audit_log WHERE target = $1 ORDER BY seq")
            .bind(format!("user:{ulf_id}"))
            .fetch_all(&mut db)
            .await
            .unwrap();
    assert_eq!(actions, ["admin.role_granted", "admin.role_revoked"]);
    app.stop().await;
}

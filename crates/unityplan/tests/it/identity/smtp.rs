//! Mail through a real SMTP server: Debian's python3-aiosmtpd, started on a free port with a
//! handler that saves every message as an `.eml` file.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use kernel::config::{MailBackend, SmtpSecurity};
use serde_json::json;

use crate::support::spawn_app_with;
use crate::users::{email_of, wait_for_token, PASSWORD};

const SINK: &str = r#"
import os, sys, time, uuid
from aiosmtpd.controller import Controller

out = sys.argv[2]

class Save:
    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(out, uuid.uuid4().hex)
        with open(name + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(name + ".tmp", name + ".eml")
        return "250 Message accepted"

controller = Controller(Save(), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
print("ready", flush=True)
while True:
    time.sleep(3600)
"#;

struct Sink {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_sink() -> Option<Sink> {
    let probe = Command::new(python())
        .args(["-c", "import aiosmtpd"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        return testkit::missing(
            "python3-aiosmtpd",
            "SMTP delivery tests need `apt-get install python3-aiosmtpd`",
        );
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let dir = tempfile::tempdir().ok()?;
    let script = dir.path().join("sink.py");
    std::fs::write(&script, SINK).ok()?;
    let mail_dir = dir.path().join("mail");
    std::fs::create_dir_all(&mail_dir).ok()?;
    let mut child = Command::new(python())
        .arg(&script)
        .arg(port.to_string())
        .arg(&mail_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .ok()?;
    // Wait for "ready" (the controller is listening).
    let stdout = child.stdout.take()?;
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line).ok()?;
    assert_eq!(line.trim(), "ready", "SMTP sink did not start");
    Some(Sink { child, port, dir })
}

#[tokio::test]
async fn verification_and_reset_mail_go_through_smtp() {
    let Some(sink) = start_sink() else { return };
    let port = sink.port;
    let Some(app) = spawn_app_with(|c| {
        c.identity.mail.backend = MailBackend::Smtp;
        c.identity.mail.smtp_host = "127.0.0.1".into();
        c.identity.mail.smtp_port = port;
        c.identity.mail.smtp_security = SmtpSecurity::None;
        c.identity.mail.from = "UnityPlan <no-reply@unityplan.test>".into();
        c.identity.public_url = "https://unityplan.test".into();
    })
    .await
    else {
        return;
    };
    let mail_dir = sink.dir.path().join("mail");
    let (status, body) = app
        .post_json(
            "/api/v1/t/FI/auth/register",
            &json!({"handle": "gus", "email": email_of("gus"), "password": PASSWORD, "display_name": "Gus"}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    // Unverified accounts cannot sign in yet.
    let (status, body) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": "gus", "password": PASSWORD}),
        )
        .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (403, Some("email_not_verified"))
    );

    // A lost link can be sent again (the answer is the same for unknown accounts).
    let (status, _) = app
        .post_json(
            "/api/v1/auth/verify-email/resend",
            &json!({"login": "nobody"}),
        )
        .await;
    assert_eq!(status, 202);
    let (status, _) = app
        .post_json("/api/v1/auth/verify-email/resend", &json!({"login": "gus"}))
        .await;
    assert_eq!(status, 202);
    for _ in 0..200 {
        if crate::users::mails_in(&mail_dir).len() >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(crate::users::mails_in(&mail_dir).len(), 2);
    let token = wait_for_token(
        &mail_dir,
        &email_of("gus"),
        "https://unityplan.test/verify-email",
    )
    .await;
    let mails = crate::users::mails_in(&mail_dir);
    assert!(
        mails[0].contains("From: UnityPlan <no-reply@unityplan.test>"),
        "{}",
        mails[0]
    );
    assert!(mails[0].contains("Subject: Confirm your UnityPlan email address"));
    assert!(mails[0].contains("@gus:fi"));
    let (status, _) = app
        .post_json("/api/v1/auth/verify-email", &json!({"token": token}))
        .await;
    assert_eq!(status, 204);
    // Single use.
    let (status, body) = app
        .post_json("/api/v1/auth/verify-email", &json!({"token": token}))
        .await;
    assert_eq!(
        (status.as_u16(), body["error"].as_str()),
        (400, Some("invalid_link"))
    );
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": email_of("gus"), "password": PASSWORD}),
        )
        .await;
    assert_eq!(status, 200);

    // Reset by email, over SMTP; unknown accounts get the same 202 and no mail.
    let (status, _) = app
        .post_json(
            "/api/v1/auth/password-reset",
            &json!({"login": "nobody@example.test"}),
        )
        .await;
    assert_eq!(status, 202);
    let (status, _) = app
        .post_json("/api/v1/auth/password-reset", &json!({"login": "@gus:fi"}))
        .await;
    assert_eq!(status, 202);
    let reset = wait_for_token(&mail_dir, &email_of("gus"), "reset-password").await;
    let (status, body) = app
        .post_json(
            "/api/v1/auth/password-reset/complete",
            &json!({"token": reset, "new_password": "short"}),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = app
        .post_json(
            "/api/v1/auth/password-reset/complete",
            &json!({"token": reset, "new_password": "harbour pepper sixty lilac"}),
        )
        .await;
    assert_eq!(status, 204);
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": "gus", "password": "harbour pepper sixty lilac"}),
        )
        .await;
    assert_eq!(status, 200);
    assert!(!crate::users::mails_in(&mail_dir)
        .iter()
        .any(|m| m.contains("nobody@example.test")));
    assert!(
        !app.config.data.dir.join("outbox").exists(),
        "SMTP mode must not write the outbox"
    );
    tokio::time::sleep(Duration::from_millis(10)).await;
    app.stop().await;
}

/// Debian's interpreter, where `apt-get install python3-aiosmtpd` puts the module; a `python3`
/// earlier on PATH (pyenv, a venv) would not see it.
fn python() -> &'static str {
    if std::path::Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

//! `unityplan admin create` (the first platform admin; no default accounts exist) and
//! `unityplan audit verify [--expect-head SEQ:HASH]` (recompute the tamper-evident audit
//! chain) and `unityplan audit head` (export the chain head to anchor it elsewhere).

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Subcommand};
use kernel::config::Config;
use kernel::ids::LanguageTag;
use kernel::TerritoryCode;
use store::embedded::Ownership;
use store::{Platform, StartOptions};

/// `unityplan admin …`.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a platform admin account (email already verified). The password is read from
    /// UNITYPLAN_ADMIN_PASSWORD or, when unset, from the first line of standard input.
    Create(CreateAdmin),
}

/// Arguments of `admin create`.
#[derive(Debug, Args)]
pub struct CreateAdmin {
    /// Home territory, e.g. DK.
    #[arg(long)]
    pub territory: String,
    /// Handle (3–30 of a–z, 0–9, _).
    #[arg(long)]
    pub handle: String,
    /// Email address.
    #[arg(long)]
    pub email: String,
    /// Display name (defaults to the handle).
    #[arg(long)]
    pub display_name: Option<String>,
    /// Preferred language tag.
    #[arg(long, default_value = "en")]
    pub language: String,
}

/// `unityplan audit …`.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recompute the audit chain; exit 1 and name the first bad row when it was tampered with.
    Verify {
        /// Output JSON.
        #[arg(long)]
        json: bool,
        /// A head exported earlier with `audit head` (`SEQ:HASH`): also check that the
        /// chain still contains it, which a chain rewritten with fresh hashes does not.
        #[arg(long, value_name = "SEQ:HASH")]
        expect_head: Option<String>,
    },
    /// Print the chain head as `SEQ:HASH` (the last row and its hash), to keep somewhere the
    /// database's operators cannot write and check later with `audit verify --expect-head`.
    Head {
        /// Output JSON.
        #[arg(long)]
        json: bool,
    },
}

fn fail(e: kernel::AppError) -> anyhow::Error {
    let fields: Vec<String> = e
        .body()
        .fields
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    if fields.is_empty() {
        anyhow::anyhow!("{}", e.message())
    } else {
        anyhow::anyhow!("{} ({})", e.message(), fields.join("; "))
    }
}

async fn start(config: Config) -> anyhow::Result<Arc<Platform>> {
    let embedded = config.is_embedded();
    Ok(Arc::new(
        Platform::start(
            config,
            crate::catalog(),
            StartOptions {
                ownership: Ownership::Shared,
                migrate_control: embedded,
                migrate_territories: embedded,
                background: false,
            },
        )
        .await?,
    ))
}

/// Run `admin create`.
pub async fn admin(command: AdminCommand, config: Config) -> anyhow::Result<ExitCode> {
    let AdminCommand::Create(args) = command;
    // Parse everything before touching the database, so bad input fails fast.
    let territory = TerritoryCode::parse(&args.territory).map_err(fail)?;
    let handle = identity::Handle::parse(&args.handle).map_err(fail)?;
    let email = identity::model::Email::parse(&args.email).map_err(fail)?;
    let display_name =
        identity::model::display_name(args.display_name.as_deref().unwrap_or(handle.as_str()))
            .map_err(fail)?;
    let language = LanguageTag::parse(&args.language).map_err(fail)?;
    let password = match std::env::var("UNITYPLAN_ADMIN_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            if std::io::stdin().is_terminal() {
                eprintln!("password (input is shown; prefer UNITYPLAN_ADMIN_PASSWORD or a pipe):");
            }
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    identity::password::check_strength(
        &password,
        &[handle.as_str(), email.as_str(), &display_name],
    )
    .map_err(fail)?;
    let platform = start(config).await?;
    let service = identity::Identity::new(platform.clone());
    let shown = handle.display(&territory);
    let result = service
        .create_platform_admin(
            &territory,
            identity::service::Registration {
                handle,
                email,
                password,
                display_name,
                language: language.to_string(),
            },
        )
        .await;
    platform.shutdown().await;
    let id = result.map_err(fail)?;
    println!("created platform admin {shown} (user id {id})");
    Ok(ExitCode::SUCCESS)
}

/// Run `audit head`.
async fn audit_head(json: bool, config: Config) -> anyhow::Result<ExitCode> {
    let platform = start(config).await?;
    let result = async {
        let mut conn = platform.control_conn().await?;
        identity::audit::head(&mut conn).await.map_err(fail)
    }
    .await;
    platform.shutdown().await;
    let head = result?;
    if json {
        let value = match &head {
            Some((seq, hash)) => serde_json::json!({ "seq": seq, "hash": hash }),
            None => serde_json::Value::Null,
        };
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(ExitCode::SUCCESS);
    }
    match head {
        Some((seq, hash)) => println!("{seq}:{hash}"),
        None => {
            eprintln!("the audit log is empty; there is no head yet");
            return Ok(ExitCode::FAILURE);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Run `audit verify` or `audit head`.
pub async fn audit(command: AuditCommand, config: Config) -> anyhow::Result<ExitCode> {
    let (json, expect_head) = match command {
        AuditCommand::Verify { json, expect_head } => (json, expect_head),
        AuditCommand::Head { json } => return audit_head(json, config).await,
    };
    let anchor = match expect_head.as_deref() {
        Some(raw) => Some(identity::audit::parse_anchor(raw).ok_or_else(|| {
            anyhow::anyhow!(
                "--expect-head must be SEQ:HASH as printed by `unityplan audit head` (e.g. 42:3fa9…, 64 hex digits)"
            )
        })?),
        None => None,
    };
    let platform = start(config).await?;
    let result = async {
        let mut conn = platform.control_conn().await?;
        let mut v = identity::audit::verify(&mut conn).await.map_err(fail)?;
        if let (true, Some((seq, hash))) = (v.ok, &anchor) {
            if let Err(problem) = identity::audit::check_anchor(&mut conn, *seq, hash)
                .await
                .map_err(fail)?
            {
                v.ok = false;
                v.first_bad_seq = Some(*seq);
                v.problem = Some(problem);
            }
        }
        Ok::<_, anyhow::Error>(v)
    }
    .await;
    platform.shutdown().await;
    let v = result?;
    if json {
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else if v.ok {
        println!(
            "audit chain intact: {} row(s), head {}",
            v.rows,
            v.head.as_deref().unwrap_or("(empty)")
        );
    } else {
        println!(
            "audit chain BROKEN at row {}: {} ({} row(s) before it verified)",
            v.first_bad_seq.unwrap_or_default(),
            v.problem.as_deref().unwrap_or("unknown problem"),
            v.rows
        );
    }
    Ok(if v.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

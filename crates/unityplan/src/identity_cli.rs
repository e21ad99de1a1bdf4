//! `unityplan admin create` (the first platform admin; no default accounts exist) and
//! `unityplan audit verify` (recompute the tamper-evident audit chain).

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

/// Run `audit verify`.
pub async fn audit(command: AuditCommand, config: Config) -> anyhow::Result<ExitCode> {
    let AuditCommand::Verify { json } = command;
    let platform = start(config).await?;
    let result = async {
        let mut conn = platform.control_conn().await?;
        identity::audit::verify(&mut conn).await.map_err(fail)
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

//! The command line: `serve`, `migrate`, `config print`, `region …`, `territory …`, `openapi`.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use kernel::config::{Config, LogConfig, LogFormat};
use kernel::ids::LanguageTag;
use kernel::{RegionCode, TerritoryCode};
use store::embedded::Ownership;
use store::{MigrateEvent, NewTerritory, Platform, StartOptions};

use crate::services::Services;

/// UnityPlan: a federated, multilingual education and community platform.
#[derive(Debug, Parser)]
#[command(name = "unityplan", version, about, long_about = None)]
pub struct Cli {
    /// Configuration file (TOML). Also UNITYPLAN_CONFIG.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Data directory (embedded PostgreSQL, files). Overrides `data.dir`.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the API and the web app (starts embedded PostgreSQL when no database is configured).
    Serve(ServeArgs),
    /// Bring the control plane and every territory schema up to date.
    Migrate,
    /// Configuration.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Regions and their database nodes.
    #[command(subcommand)]
    Region(RegionCommand),
    /// Territories.
    #[command(subcommand)]
    Territory(TerritoryCommand),
    /// Print the OpenAPI 3.1 document of every service (JSON) to stdout; no database needed.
    Openapi,
    /// Accounts administration (`admin create`: the first platform admin).
    #[command(subcommand)]
    Admin(crate::identity_cli::AdminCommand),
    /// The tamper-evident audit log (`audit verify`).
    #[command(subcommand)]
    Audit(crate::identity_cli::AuditCommand),
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address to listen on (overrides `server.listen`).
    #[arg(long, value_name = "ADDR:PORT")]
    listen: Option<SocketAddr>,
    /// Services to run: all, or a comma-separated list of platform, web.
    #[arg(long, default_value = "all", value_name = "LIST")]
    services: String,
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// Print the configuration as commented TOML (secrets masked).
    Print {
        /// Print the built-in defaults, ignoring the file and environment.
        #[arg(long)]
        defaults: bool,
    },
}

#[derive(Debug, Subcommand)]
enum RegionCommand {
    /// List regions with their nodes.
    List {
        /// Output JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check every node now; exits 1 when a region has no reachable primary.
    Health {
        /// Output JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
enum TerritoryCommand {
    /// List territories.
    List {
        /// Output JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one territory.
    Show {
        /// Territory code, e.g. DK.
        code: String,
        /// Output JSON.
        #[arg(long)]
        json: bool,
    },
    /// Create a territory: its schema on the region's primary, with every migration.
    Create {
        /// Two-letter code, e.g. IS.
        code: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// Region code, e.g. eu.
        #[arg(long)]
        region: String,
        /// Default language, e.g. is.
        #[arg(long)]
        language: String,
    },
    /// Move a territory to another region's server with zero downtime, and manage the move
    /// (status, advance, pause, resume, cancel, reverse, complete, restart).
    Move(crate::moves_cli::MoveArgs),
}

/// Exit code for usage and configuration errors.
const EXIT_CONFIG: u8 = 2;

/// Parse arguments and run.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // The document is generated from code alone, so print it before loading any configuration
    // (the web app's type generator runs this in a bare checkout).
    if matches!(cli.command, Command::Openapi) {
        println!("{}", crate::openapi::document());
        return ExitCode::SUCCESS;
    }
    let mut config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_CONFIG);
        }
    };
    if let Some(dir) = &cli.data_dir {
        config.data.dir = dir.clone();
    }
    let is_serve = matches!(cli.command, Command::Serve(_));
    if is_serve {
        kernel::telemetry::init(&config.log);
    } else {
        kernel::telemetry::init(&LogConfig {
            format: LogFormat::Pretty,
            level: "warn".to_owned(),
        });
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", describe(e));
            ExitCode::FAILURE
        }
    }
}

/// The message an operator sees: for mistakes in what they asked (unknown territory, duplicate,
/// unknown region…) the same sentence the API gives; for failures the whole cause chain.
fn describe(error: anyhow::Error) -> String {
    match error.downcast::<store::StoreError>() {
        Ok(store_error) => {
            let chain = store_error.to_string();
            let app = kernel::AppError::from(store_error);
            if app.status().is_client_error() {
                let fields = app.body().fields;
                if fields.is_empty() {
                    app.message().to_owned()
                } else {
                    fields.values().cloned().collect::<Vec<_>>().join(" ")
                }
            } else {
                chain
            }
        }
        Err(other) => format!("{other:#}"),
    }
}

async fn run(command: Command, mut config: Config) -> anyhow::Result<ExitCode> {
    match command {
        Command::Serve(args) => {
            if let Some(listen) = args.listen {
                config.server.listen = listen;
            }
            let services = match Services::parse(&args.services) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("error: {e}");
                    return Ok(ExitCode::from(EXIT_CONFIG));
                }
            };
            let listener = match tokio::net::TcpListener::bind(config.server.listen).await {
                Ok(l) => l,
                Err(e) => {
                    eprintln!(
                        "error: cannot listen on {} (`server.listen` / --listen): {e}",
                        config.server.listen
                    );
                    return Ok(ExitCode::from(EXIT_CONFIG));
                }
            };
            crate::server::serve(
                config,
                crate::catalog(),
                services,
                listener,
                crate::server::shutdown_signal(),
            )
            .await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Config(ConfigCommand::Print { defaults }) => {
            let shown = if defaults { Config::default() } else { config };
            print!("{}", shown.to_commented_toml());
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate => {
            let platform = start(config, true).await?;
            let mut out = std::io::stdout();
            let result = platform
                .migrate(|event| {
                    let line = match event {
                        MigrateEvent::ControlPlane { applied } => {
                            format!("control plane: {applied} migration(s) applied")
                        }
                        MigrateEvent::Seeded { created } => {
                            format!("first start: created {created} territories of the roadmap")
                        }
                        MigrateEvent::TerritoryStarted {
                            code,
                            position: (i, n),
                            pending,
                        } => {
                            format!("[{i:>2}/{n}] {code}: {pending} pending")
                        }
                        MigrateEvent::Applied { code, migration } => {
                            format!("        {code}: applied {migration}")
                        }
                        MigrateEvent::TerritoryDone { code, applied } => {
                            if applied == 0 {
                                format!("        {code}: up to date")
                            } else {
                                format!("        {code}: done ({applied} applied)")
                            }
                        }
                        MigrateEvent::TerritoryFailed { code, reason } => {
                            format!("        {code}: FAILED: {reason}")
                        }
                    };
                    let _ = writeln!(out, "{line}");
                    let _ = out.flush();
                })
                .await;
            platform.shutdown().await;
            let summary = result?;
            println!(
                "migrations complete: {} control-plane, {} territory migration(s) applied; {} territory(ies) failed",
                summary.control_applied,
                summary.territory_applied,
                summary.failed.len()
            );
            Ok(if summary.failed.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Region(command) => {
            let platform = start(config, false).await?;
            let (json, check) = match command {
                RegionCommand::List { json } => (json, false),
                RegionCommand::Health { json } => (json, true),
            };
            let regions = if check {
                platform.check_health_now().await
            } else {
                platform.regions()
            };
            let territories = platform.territories().await.unwrap_or_default();
            platform.shutdown().await;
            if json {
                println!("{}", serde_json::to_string_pretty(&regions)?);
            } else {
                for region in &regions {
                    let codes: Vec<&str> = territories
                        .iter()
                        .filter(|t| t.region == region.region)
                        .map(|t| t.code.as_str())
                        .collect();
                    println!(
                        "{:<4} {:<6} territories: {}",
                        region.region,
                        if region.ready { "ready" } else { "DOWN" },
                        if codes.is_empty() {
                            "-".to_owned()
                        } else {
                            codes.join(" ")
                        }
                    );
                    for node in &region.nodes {
                        let lag = node
                            .replication_lag_seconds
                            .map(|l| format!(" lag {l:.2}s"))
                            .unwrap_or_default();
                        let err = node
                            .last_error
                            .as_deref()
                            .map(|e| format!(" ({e})"))
                            .unwrap_or_default();
                        println!(
                            "     {:<16} {}:{} configured {:<8} observed {:<8}{lag}{err}",
                            node.name,
                            node.host,
                            node.port,
                            node.configured_role,
                            node.state.as_str()
                        );
                    }
                }
            }
            let all_ready = regions.iter().all(|r| r.ready);
            Ok(if check && !all_ready {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Territory(TerritoryCommand::Move(args)) => {
            crate::moves_cli::run(args, config).await
        }
        Command::Territory(command) => territory(command, config).await,
        Command::Admin(command) => crate::identity_cli::admin(command, config).await,
        Command::Audit(command) => crate::identity_cli::audit(command, config).await,
        // Handled in `main` before the runtime starts.
        Command::Openapi => {
            println!("{}", crate::openapi::document());
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn territory(command: TerritoryCommand, config: Config) -> anyhow::Result<ExitCode> {
    // Parse before touching the database, so bad input fails fast.
    let create = match &command {
        TerritoryCommand::Create {
            code,
            name,
            region,
            language,
        } => Some(NewTerritory {
            code: TerritoryCode::parse(code).map_err(|e| anyhow::anyhow!("{}", e.message()))?,
            name: {
                let name = name.trim();
                if name.is_empty() || name.chars().count() > 100 {
                    anyhow::bail!("--name must be 1–100 characters");
                }
                name.to_owned()
            },
            region: RegionCode::parse(region).map_err(|e| anyhow::anyhow!("{}", e.message()))?,
            default_language: LanguageTag::parse(language)
                .map_err(|e| anyhow::anyhow!("{}", e.message()))?,
        }),
        _ => None,
    };
    let show = match &command {
        TerritoryCommand::Show { code, .. } => {
            Some(TerritoryCode::parse(code).map_err(|e| anyhow::anyhow!("{}", e.message()))?)
        }
        _ => None,
    };
    let platform = start(config, false).await?;
    let result = async {
        match command {
            TerritoryCommand::List { json } => {
                let territories = platform.territories().await?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&territories)?);
                } else {
                    println!(
                        "{:<4} {:<20} {:<5} {:<6} {:<12} {:>5}",
                        "CODE", "NAME", "LANG", "REGION", "STATUS", "EPOCH"
                    );
                    for t in territories {
                        println!(
                            "{:<4} {:<20} {:<5} {:<6} {:<12} {:>5}",
                            t.code,
                            t.name,
                            t.default_language,
                            t.region,
                            t.status.as_str(),
                            t.routing_epoch
                        );
                    }
                }
            }
            TerritoryCommand::Show { json, .. } => {
                let code = show.ok_or_else(|| anyhow::anyhow!("missing code"))?;
                let t = platform.territory(&code).await?;
                if json {
                    println!("{}", serde_json::to_string_pretty(&t)?);
                } else {
                    println!("code:     {}", t.code);
                    println!("name:     {}", t.name);
                    println!("language: {}", t.default_language);
                    println!(
                        "region:   {} ({}){}",
                        t.region,
                        platform.region_name(&t.region).unwrap_or_default(),
                        if platform.region_ready(&t.region) {
                            ""
                        } else {
                            " — no reachable primary"
                        }
                    );
                    println!("schema:   {}", t.schema);
                    println!("status:   {}", t.status.as_str());
                    println!("epoch:    {}", t.routing_epoch);
                    println!("created:  {}", t.created_at);
                }
            }
            TerritoryCommand::Create { .. } => {
                let new = create.ok_or_else(|| anyhow::anyhow!("missing territory"))?;
                let t = platform.create_territory(&new).await?;
                println!(
                    "created territory {} ({}) in region {} with schema {}",
                    t.code, t.name, t.region, t.schema
                );
            }
            // Dispatched to `moves_cli` before the platform starts here.
            TerritoryCommand::Move(_) => {}
        }
        Ok::<(), anyhow::Error>(())
    }
    .await;
    platform.shutdown().await;
    result.map(|()| ExitCode::SUCCESS)
}

/// Start the platform for a CLI command: attach to a running embedded instance when there is
/// one; apply migrations only for `migrate`.
async fn start(config: Config, for_migrate: bool) -> anyhow::Result<Platform> {
    // In embedded mode a CLI command may be the first thing ever run on a data dir, so it
    // prepares everything as `serve` would.
    let embedded = config.is_embedded();
    Ok(Platform::start(
        config,
        crate::catalog(),
        StartOptions {
            ownership: Ownership::Shared,
            migrate_control: embedded || for_migrate,
            migrate_territories: embedded && !for_migrate,
            background: false,
        },
    )
    .await?)
}

//! `unityplan territory move …`: start a territory move and manage it, with a live progress
//! view (per-table copy percentage with ETA, lag, read share, validation results).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use kernel::config::Config;
use kernel::{AppError, TerritoryCode};
use store::embedded::Ownership;
use store::moves::{self, DriveUntil, MoveOptions, MoveState, MoveStatus, MoveTarget};
use store::{Platform, StartOptions};

/// Arguments of `territory move`.
#[derive(Debug, Args)]
pub struct MoveArgs {
    /// Territory code, e.g. DK.
    pub code: String,
    /// Start a move to this region (code) or database node (name).
    #[arg(long, value_name = "REGION|NODE")]
    pub to: Option<String>,
    /// Show the status of the territory's latest move.
    #[arg(long)]
    pub status: bool,
    /// Next read-shift step now (the write switch at 100 %), or re-validate after differences.
    #[arg(long)]
    pub advance: bool,
    /// Pause the move where it is (replication keeps running).
    #[arg(long)]
    pub pause: bool,
    /// Resume a paused move.
    #[arg(long)]
    pub resume: bool,
    /// Cancel the move (until writes switch): the target copy is removed.
    #[arg(long)]
    pub cancel: bool,
    /// Roll back after the write switch: writes return to the source.
    #[arg(long)]
    pub reverse: bool,
    /// Complete after the write switch: drop replication, archive the old schema.
    #[arg(long)]
    pub complete: bool,
    /// Restart a failed move from the schema copy.
    #[arg(long)]
    pub restart: bool,
    /// Return at once instead of running the move in the foreground with live progress (a
    /// running `unityplan serve` continues it).
    #[arg(long)]
    pub detach: bool,
    /// Switch writes and complete without waiting for `--advance` / `--complete`.
    #[arg(long)]
    pub auto: bool,
    /// Read share added per step, percent (default 10).
    #[arg(long, value_name = "PERCENT")]
    pub read_step: Option<u8>,
    /// Seconds between read-shift steps (default 30).
    #[arg(long, value_name = "SECS")]
    pub read_step_secs: Option<u64>,
    /// Seconds of monitoring after the switch before `--auto` completes (default 300).
    #[arg(long, value_name = "SECS")]
    pub monitor_secs: Option<u64>,
    /// Hours the old schema is kept after completion (default 168; 0 drops it).
    #[arg(long, value_name = "HOURS")]
    pub archive_hours: Option<u64>,
    /// Time budget of the fenced write switch in milliseconds (default 5000).
    #[arg(long, value_name = "MS")]
    pub switch_budget_ms: Option<u64>,
    /// Output JSON (status only; no live view).
    #[arg(long)]
    pub json: bool,
}

enum Action {
    Start(String),
    Status,
    Advance,
    Pause,
    Resume,
    Cancel,
    Reverse,
    Complete,
    Restart,
}

fn action(args: &MoveArgs) -> anyhow::Result<Action> {
    let mut chosen = Vec::new();
    if let Some(to) = &args.to {
        chosen.push(Action::Start(to.clone()));
    }
    for (on, a) in [
        (args.status, Action::Status),
        (args.advance, Action::Advance),
        (args.pause, Action::Pause),
        (args.resume, Action::Resume),
        (args.cancel, Action::Cancel),
        (args.reverse, Action::Reverse),
        (args.complete, Action::Complete),
        (args.restart, Action::Restart),
    ] {
        if on {
            chosen.push(a);
        }
    }
    match chosen.len() {
        0 => Ok(Action::Status),
        1 => Ok(chosen.remove(0)),
        _ => anyhow::bail!(
            "choose one of --to, --status, --advance, --pause, --resume, --cancel, --reverse, --complete, --restart"
        ),
    }
}

fn options(args: &MoveArgs) -> MoveOptions {
    let mut o = MoveOptions::default();
    if args.auto {
        o.auto_switch = true;
        o.auto_complete = true;
    }
    if let Some(v) = args.read_step {
        o.read_step_percent = v;
    }
    if let Some(v) = args.read_step_secs {
        o.read_step_secs = v;
    }
    if let Some(v) = args.monitor_secs {
        o.monitor_secs = v;
    }
    if let Some(v) = args.archive_hours {
        o.archive_hours = v;
    }
    if let Some(v) = args.switch_budget_ms {
        o.switch_budget_ms = v;
    }
    o
}

fn app(e: AppError) -> anyhow::Error {
    let fields: Vec<String> = e
        .body()
        .fields
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    if fields.is_empty() {
        anyhow::anyhow!("{}: {}", e.code(), e.message())
    } else {
        anyhow::anyhow!("{}: {} {}", e.code(), e.message(), fields.join("; "))
    }
}

/// Run `territory move`.
pub async fn run(args: MoveArgs, config: Config) -> anyhow::Result<ExitCode> {
    let code = TerritoryCode::parse(&args.code).map_err(|e| anyhow::anyhow!("{}", e.message()))?;
    let action = action(&args)?;
    crate::moves_api::audit_move_steps();
    let embedded = config.is_embedded();
    let platform = Arc::new(
        Platform::start(
            config,
            crate::catalog(),
            StartOptions {
                ownership: Ownership::Shared,
                migrate_control: embedded,
                migrate_territories: embedded,
                background: true,
            },
        )
        .await?,
    );
    let result = run_on(&platform, &code, action, &args).await;
    platform.shutdown().await;
    result
}

async fn run_on(
    platform: &Arc<Platform>,
    code: &TerritoryCode,
    action: Action,
    args: &MoveArgs,
) -> anyhow::Result<ExitCode> {
    let p = platform.as_ref();
    let status = match action {
        Action::Start(to) => moves::start(p, code, &MoveTarget(to), options(args)).await,
        Action::Status => moves::status(p, code).await,
        Action::Advance => moves::advance(p, code).await,
        Action::Pause => moves::pause(p, code).await,
        Action::Resume => moves::resume(p, code).await,
        Action::Cancel => moves::cancel(p, code).await,
        Action::Reverse => moves::reverse(p, code).await,
        Action::Complete => moves::complete(p, code).await,
        Action::Restart => moves::restart(p, code).await,
    }
    .map_err(app)?;
    let watch_only = args.status || args.pause;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&status)?);
        return Ok(ExitCode::SUCCESS);
    }
    if args.detach || watch_only || status.state.is_terminal() {
        print!("{}", render(&status));
        return Ok(exit_for(&status));
    }
    // Run the move in the foreground until it needs the operator, redrawing the progress.
    let id = status.id;
    let driver = {
        let platform = platform.clone();
        tokio::spawn(async move { moves::drive(&platform, id, DriveUntil::Idle).await })
    };
    let tty = std::io::stdout().is_terminal();
    let mut drawn = 0usize;
    let mut out = std::io::stdout();
    // Without a terminal (logs, CI): one line per change of the progress and per new step-log
    // entry, instead of a redrawn view.
    let mut last_line = String::new();
    let mut last_step = status.steps.last().map(|s| s.at);
    let mut last_printed = std::time::Instant::now();
    loop {
        let finished = driver.is_finished();
        let now = moves::status(p, code).await.map_err(app)?;
        let text = render(&now);
        if tty {
            if drawn > 0 {
                // Move the cursor up over the previous view and clear it.
                let _ = write!(out, "\x1b[{drawn}A\x1b[J");
            }
            let _ = write!(out, "{text}");
            drawn = text.lines().count();
        } else {
            for step in now
                .steps
                .iter()
                .filter(|s| last_step.is_none_or(|at| s.at > at))
            {
                let _ = writeln!(
                    out,
                    "{} step {} [{}] {}",
                    step.at.format("%H:%M:%S"),
                    step.event,
                    step.state,
                    step.detail
                );
            }
            if let Some(step) = now.steps.last() {
                last_step = Some(step.at);
            }
            let line = progress_line(&now);
            let state_changed =
                last_line.split_whitespace().next() != line.split_whitespace().next();
            if line != last_line
                && (state_changed || last_printed.elapsed() >= Duration::from_secs(2))
            {
                let _ = writeln!(out, "{} {line}", chrono::Utc::now().format("%H:%M:%S"));
                last_line = line;
                last_printed = std::time::Instant::now();
            }
            if finished {
                let _ = write!(out, "{text}");
            }
        }
        let _ = out.flush();
        if finished {
            let outcome = driver.await?;
            match outcome.map_err(app)? {
                Some(_) => {}
                None => println!(
                    "another UnityPlan instance is running this move; showing its progress only (run again to refresh)"
                ),
            }
            return Ok(exit_for(&now));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

fn exit_for(status: &MoveStatus) -> ExitCode {
    if status.state == MoveState::Failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn bar(percent: f64, width: usize) -> String {
    let filled = ((percent / 100.0) * width as f64)
        .round()
        .clamp(0.0, width as f64) as usize;
    format!("[{}{}]", "#".repeat(filled), "-".repeat(width - filled))
}

fn secs(v: Option<f64>) -> String {
    match v {
        Some(s) if s.is_finite() => {
            if s >= 60.0 {
                format!("{}m{:02}s", (s / 60.0).floor(), (s % 60.0).round())
            } else {
                format!("{s:.1}s")
            }
        }
        _ => "-".to_owned(),
    }
}

fn bytes(v: f64) -> String {
    if v >= 1e6 {
        format!("{:.1} MB", v / 1e6)
    } else if v >= 1e3 {
        format!("{:.1} kB", v / 1e3)
    } else {
        format!("{v:.0} B")
    }
}

/// One line of progress (for output that is not a terminal): state, copy percentage with
/// rate and ETA, read share, lag, validated rows and the error, if any.
pub fn progress_line(s: &MoveStatus) -> String {
    let validated: i64 = s.tables.iter().map(|t| t.validated_rows).sum();
    let differing: i32 = s.tables.iter().map(|t| t.chunks_bad).sum();
    let mut line = format!(
        "{}{} copy {:.1} % {} rows/s ETA {} read share {} % lag {} validated {validated} rows",
        s.state.as_str(),
        if s.paused { " (paused)" } else { "" },
        s.copy_percent,
        s.copy_rows_per_sec
            .map(|r| format!("{r:.0}"))
            .unwrap_or_else(|| "-".into()),
        secs(s.copy_eta_secs),
        s.read_percent,
        s.lag_seconds
            .map(|l| format!("{l:.3} s"))
            .unwrap_or_else(|| "-".into()),
    );
    if differing > 0 {
        line.push_str(&format!(" ({differing} chunk(s) differ)"));
    }
    if let Some(ms) = s.write_pause_ms {
        line.push_str(&format!(" write pause {ms:.0} ms"));
    }
    if let Some(e) = &s.error {
        line.push_str(&format!(" error: {e}"));
    }
    line
}

/// The text view of a move.
pub fn render(s: &MoveStatus) -> String {
    let mut out = String::new();
    let lag = match (s.lag_seconds, s.lag_bytes) {
        (Some(t), Some(b)) => format!("{t:.3} s ({})", bytes(b)),
        (Some(t), None) => format!("{t:.3} s"),
        _ => "-".to_owned(),
    };
    out.push_str(&format!(
        "move {} of {}: {} ({}) -> {} ({})\nstate {}{}{}   read share {} % {}   lag {lag}\n",
        s.id,
        s.territory,
        s.source_region,
        s.source_node,
        s.target_region,
        s.target_node,
        s.state.as_str(),
        if s.paused { " (paused)" } else { "" },
        s.request
            .as_deref()
            .map(|r| format!(" (requested: {r})"))
            .unwrap_or_default(),
        s.read_percent,
        bar(f64::from(s.read_percent), 10),
    ));
    for t in &s.tables {
        out.push_str(&format!(
            "  {:<24} {} {:>5.1} %  {:>9}/{:<9} rows  {:<8} validated {:>9} rows{}\n",
            t.table,
            bar(t.copy_percent, 20),
            t.copy_percent,
            t.copied_rows.min(t.source_rows),
            t.source_rows,
            t.sync_state,
            t.validated_rows,
            if t.chunks_bad > 0 {
                format!(" ({} chunk(s) DIFFER)", t.chunks_bad)
            } else if t.validated {
                " ok".to_owned()
            } else {
                String::new()
            }
        ));
    }
    out.push_str(&format!(
        "copy {:.1} %  {} rows/s  {}/s  ETA {}\n",
        s.copy_percent,
        s.copy_rows_per_sec
            .map(|r| format!("{r:.0}"))
            .unwrap_or_else(|| "-".into()),
        s.copy_bytes_per_sec
            .map(bytes)
            .unwrap_or_else(|| "-".into()),
        secs(s.copy_eta_secs),
    ));
    if let Some(ms) = s.write_pause_ms {
        out.push_str(&format!("write pause at the switch: {ms:.0} ms\n"));
    }
    for d in s.differences.iter().take(5) {
        out.push_str(&format!(
            "  DIFFERENCE {} keys ({:?} .. {:?}]: source {} rows, target {} rows\n",
            d.table, d.key_from, d.key_to, d.source_rows, d.target_rows
        ));
    }
    if let Some(e) = &s.error {
        out.push_str(&format!("error: {e}\n"));
    }
    if let Some(step) = s.steps.last() {
        out.push_str(&format!(
            "last: {} {} {}\n",
            step.at.format("%H:%M:%S"),
            step.event,
            step.detail
        ));
    }
    out.push_str(&format!("next: {}\n", hint(s)));
    out
}

fn hint(s: &MoveStatus) -> String {
    let c = &s.territory;
    match s.state {
        _ if s.paused => format!("`unityplan territory move {c} --resume`"),
        MoveState::ReadShift if s.read_percent >= 100 && !s.options.auto_switch => {
            format!("all reads on the target: `unityplan territory move {c} --advance` switches writes")
        }
        MoveState::Validate if !s.differences.is_empty() => {
            "differences found: `--advance` validates again, `--cancel` abandons (see docs/territory-moves.md)".to_owned()
        }
        MoveState::Monitor => format!(
            "writes are on {}: `--complete` finishes, `--reverse` rolls back",
            s.target_region
        ),
        MoveState::Failed => format!(
            "the move failed in `{}`: fix the cause, then `unityplan territory move {c} --restart` (or `--cancel`)",
            s.failed_state.as_deref().unwrap_or("?")
        ),
        MoveState::Completed | MoveState::Cancelled | MoveState::RolledBack => "nothing: the move has ended".to_owned(),
        _ => "running; `--pause`, `--cancel` are available".to_owned(),
    }
}

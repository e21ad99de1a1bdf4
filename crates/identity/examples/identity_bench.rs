//! Identity benchmarks: Argon2id login cost per core, and the session check (token →
//! signed-in user, one territory query) at p50/p95/p99 against a real PostgreSQL started
//! by the testkit.
//!
//! `cargo run --release -p identity --example identity_bench -- [hashes] [lookups] [tasks]`

use std::sync::Arc;
use std::time::Instant;

use identity::extract::ClientInfo;
use identity::service::{LoginOutcome, Registration};
use identity::{Handle, Identity};
use kernel::config::{Config, NodeConfig, NodeRole, RegionConfig};
use kernel::ids::LanguageTag;
use kernel::{RegionCode, TerritoryCode};
use secrecy::SecretString;
use store::{NewTerritory, Platform, StartOptions};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let hashes = args.first().copied().unwrap_or(20);
    let lookups = args.get(1).copied().unwrap_or(20_000);
    let tasks = args.get(2).copied().unwrap_or(1);

    // 1. Argon2id verify (what a login costs), one core.
    let phc = identity::password::hash("violet tractor orbit lantern")
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let started = Instant::now();
    for _ in 0..hashes {
        identity::password::verify("violet tractor orbit lantern", &phc)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let per = started.elapsed().as_secs_f64() * 1000.0 / hashes as f64;
    println!(
        "argon2id m=19456 t=2 p=1 verify: {per:.1} ms each over {hashes} runs = {:.1} logins/s per core",
        1000.0 / per
    );

    // 2. Session check against PostgreSQL.
    let cluster = testkit::shared_cluster().ok_or_else(|| anyhow::anyhow!("PostgreSQL missing"))?;
    let url = cluster.create_database().await?;
    let dir = tempfile::tempdir()?;
    let mut config = Config::default();
    config.data.dir = dir.path().to_path_buf();
    config.database.control_plane_url = Some(SecretString::from(url.clone()));
    config.database.pool_size = 20;
    config.regions = vec![RegionConfig {
        code: RegionCode::parse("eu").map_err(|e| anyhow::anyhow!("{e}"))?,
        name: "Europe".into(),
        pool_size: None,
        nodes: vec![NodeConfig {
            name: "eu-1".into(),
            url: SecretString::from(url.clone()),
            role: NodeRole::Primary,
        }],
    }];
    let catalog = store::Catalog::platform()
        .with(identity::migrations::CONTROL)
        .with(identity::migrations::TERRITORY);
    let platform = Arc::new(
        Platform::start(
            config,
            catalog,
            StartOptions {
                ownership: store::embedded::Ownership::Shared,
                migrate_control: true,
                migrate_territories: true,
                background: false,
            },
        )
        .await?,
    );
    let dk = TerritoryCode::parse("DK").map_err(|e| anyhow::anyhow!("{e}"))?;
    platform
        .create_territory(&NewTerritory {
            code: dk.clone(),
            name: "Denmark".into(),
            default_language: LanguageTag::parse("da").map_err(|e| anyhow::anyhow!("{e}"))?,
            region: RegionCode::parse("eu").map_err(|e| anyhow::anyhow!("{e}"))?,
        })
        .await?;
    let service = Identity::new(platform.clone());
    let admin = service
        .create_platform_admin(
            &dk,
            Registration {
                handle: Handle::parse("bench").map_err(|e| anyhow::anyhow!("{e}"))?,
                email: identity::model::Email::parse("bench@example.test")
                    .map_err(|e| anyhow::anyhow!("{e}"))?,
                password: "violet tractor orbit lantern".into(),
                display_name: "Bench".into(),
                language: "da".into(),
            },
        )
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let client = ClientInfo {
        ip: Some("127.0.0.1".parse()?),
        user_agent: "bench".into(),
    };
    let LoginOutcome::SignedIn(session) = service
        .login("bench", "violet tractor orbit lantern", &client)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?
    else {
        anyhow::bail!("unexpected second factor");
    };
    assert_eq!(session.user_id, admin);
    // Warm up the pools and caches.
    for _ in 0..500 {
        service
            .authenticate(&session.token, &client)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let started = Instant::now();
    let mut handles = Vec::new();
    for _ in 0..tasks {
        let service = service.clone();
        let token = session.token.clone();
        let client = client.clone();
        handles.push(tokio::spawn(async move {
            let mut hist = hdrhistogram::Histogram::<u64>::new(3)?;
            for _ in 0..lookups / tasks {
                let t = Instant::now();
                service
                    .authenticate(&token, &client)
                    .await
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                hist.record(t.elapsed().as_micros() as u64)?;
            }
            Ok::<_, anyhow::Error>(hist)
        }));
    }
    let mut hist = hdrhistogram::Histogram::<u64>::new(3)?;
    for h in handles {
        hist.add(h.await??)?;
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "session check ({} lookups, {tasks} task(s)): p50 {:.3} ms, p95 {:.3} ms, p99 {:.3} ms, max {:.3} ms, {:.0} checks/s",
        hist.len(),
        hist.value_at_quantile(0.50) as f64 / 1000.0,
        hist.value_at_quantile(0.95) as f64 / 1000.0,
        hist.value_at_quantile(0.99) as f64 / 1000.0,
        hist.max() as f64 / 1000.0,
        hist.len() as f64 / secs
    );
    platform.shutdown().await;
    Ok(())
}

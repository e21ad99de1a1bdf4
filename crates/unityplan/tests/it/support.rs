//! Shared test support: spawn the real application on a free port against a fresh database
//! cloned from a migrated template, and talk to it over HTTP.

#![allow(dead_code)]

use std::net::SocketAddr;

use kernel::config::{Config, NodeConfig, NodeRole, RegionConfig};
use kernel::{RegionCode, TerritoryCode};
use secrecy::SecretString;
use store::control::{NewTerritory, SEED_REGIONS, SEED_TERRITORIES};
use store::embedded::Ownership;
use store::{Platform, StartOptions};
use testkit::PgCluster;
use unityplan::services::Services;

/// A running application.
pub struct TestApp {
    /// Base URL, e.g. `http://127.0.0.1:41234`.
    pub base: String,
    /// Address.
    pub addr: SocketAddr,
    /// HTTP client (cookies kept).
    pub client: reqwest::Client,
    /// URL of the database that holds the control plane and every region (single-cluster apps).
    pub db_url: String,
    /// The configuration the app runs with.
    pub config: Config,
    /// Data directory.
    pub data_dir: tempfile::TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

impl TestApp {
    /// `base + path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// GET and decode JSON, returning status and body.
    pub async fn get_json(&self, path: &str) -> (reqwest::StatusCode, serde_json::Value) {
        let response = self
            .client
            .get(self.url(path))
            .send()
            .await
            .expect("request");
        let status = response.status();
        let body = response.json().await.unwrap_or(serde_json::Value::Null);
        (status, body)
    }

    /// POST JSON and decode JSON, returning status and body.
    pub async fn post_json(
        &self,
        path: &str,
        body: &serde_json::Value,
    ) -> (reqwest::StatusCode, serde_json::Value) {
        let response = self
            .client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("request");
        let status = response.status();
        let body = response.json().await.unwrap_or(serde_json::Value::Null);
        (status, body)
    }

    /// Stop the server and wait for it (platform shut down, pools closed).
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(handle) = self.handle.take() {
            let _ = handle.await;
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// A production-mode configuration: control plane and the four regions in one database.
pub fn config_for(db_url: &str, data_dir: &std::path::Path) -> Config {
    let mut config = Config::default();
    config.data.dir = data_dir.to_path_buf();
    config.database.control_plane_url = Some(SecretString::from(db_url.to_owned()));
    config.database.pool_size = 10;
    config.database.health_interval_secs = 1;
    config.regions = SEED_REGIONS
        .iter()
        .map(|(code, name)| RegionConfig {
            code: RegionCode::parse(code).unwrap(),
            name: (*name).to_owned(),
            pool_size: None,
            nodes: vec![NodeConfig {
                name: format!("{code}-local"),
                url: SecretString::from(db_url.to_owned()),
                role: NodeRole::Primary,
            }],
        })
        .collect();
    config.server.listen = "127.0.0.1:0".parse().unwrap();
    // Every test client is 127.0.0.1: lift the per-IP auth limit (identity tests lower it).
    config.identity.auth_rate_per_minute = 100_000;
    config.identity.auth_rate_burst = 100_000;
    config
}

/// Start a platform against `config` (migrations applied), for tests that need it directly.
pub async fn platform(config: Config) -> Platform {
    Platform::start(
        config,
        unityplan::catalog(),
        StartOptions {
            ownership: Ownership::Shared,
            migrate_control: true,
            migrate_territories: true,
            background: false,
        },
    )
    .await
    .expect("platform starts")
}

/// A fresh database holding the control plane, the four regions and the nineteen
/// territories of the roadmap, every migration applied. `None` when PostgreSQL is missing
/// (and `UNITYPLAN_TEST_REQUIRE_ALL` is not set).
pub async fn fresh_database() -> Option<(&'static PgCluster, String)> {
    let cluster = testkit::shared_cluster()?;
    let url = cluster
        .database_from_template("app", |template_url| async move {
            let dir = tempfile::tempdir()?;
            let p = platform(config_for(&template_url, dir.path())).await;
            for (code, name, language, region) in SEED_TERRITORIES {
                p.create_territory(&NewTerritory {
                    code: TerritoryCode::parse(code).unwrap(),
                    name: (*name).to_owned(),
                    default_language: kernel::ids::LanguageTag::parse(language).unwrap(),
                    region: RegionCode::parse(region).unwrap(),
                })
                .await?;
            }
            p.shutdown().await;
            Ok(())
        })
        .await
        .expect("template database");
    Some((cluster, url))
}

/// Spawn the app on a fresh database.
pub async fn spawn_app() -> Option<TestApp> {
    spawn_app_with(|_| {}).await
}

/// Spawn the app on a fresh database after adjusting its configuration.
pub async fn spawn_app_with(tweak: impl FnOnce(&mut Config)) -> Option<TestApp> {
    let (_, db_url) = fresh_database().await?;
    let data_dir = tempfile::tempdir().expect("tempdir");
    let mut config = config_for(&db_url, data_dir.path());
    tweak(&mut config);
    Some(spawn_with_config(config, db_url, data_dir).await)
}

/// Spawn the app with a complete configuration.
pub async fn spawn_with_config(
    config: Config,
    db_url: String,
    data_dir: tempfile::TempDir,
) -> TestApp {
    let listener = tokio::net::TcpListener::bind(config.server.listen)
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let run_config = config.clone();
    let handle = tokio::spawn(async move {
        unityplan::server::serve(
            run_config,
            unityplan::catalog(),
            Services::all(),
            listener,
            async move {
                let _ = rx.await;
            },
        )
        .await
    });
    let base = format!("http://{addr}");
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .expect("client");
    // Wait until it serves.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await {
            if r.status().is_success() {
                break;
            }
        }
        if handle.is_finished() {
            let result = handle.await;
            panic!("app exited during start-up: {result:?}");
        }
        assert!(
            std::time::Instant::now() < deadline,
            "app did not start within 60 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    TestApp {
        base,
        addr,
        client,
        db_url,
        config,
        data_dir,
        shutdown: Some(tx),
        handle: Some(handle),
    }
}

/// A direct connection for checking what landed in the database.
pub async fn connect(url: &str) -> sqlx::PgConnection {
    use sqlx::Connection;
    sqlx::PgConnection::connect(url).await.expect("connect")
}

/// A region configuration from `(node name, url, role)` triples.
pub fn region(code: &str, name: &str, nodes: &[(&str, &str, NodeRole)]) -> RegionConfig {
    RegionConfig {
        code: RegionCode::parse(code).unwrap(),
        name: name.to_owned(),
        pool_size: Some(10),
        nodes: nodes
            .iter()
            .map(|(n, url, role)| NodeConfig {
                name: (*n).to_owned(),
                url: SecretString::from((*url).to_owned()),
                role: *role,
            })
            .collect(),
    }
}

/// A production-mode configuration with the control plane at `control_url` and the given regions.
pub fn multi_region_config(
    control_url: &str,
    regions: Vec<RegionConfig>,
    data_dir: &std::path::Path,
) -> Config {
    let mut config = Config::default();
    config.data.dir = data_dir.to_path_buf();
    config.database.control_plane_url = Some(SecretString::from(control_url.to_owned()));
    config.database.health_interval_secs = 1;
    config.database.acquire_timeout_secs = 2;
    config.database.connect_timeout_secs = 2;
    config.regions = regions;
    config.server.listen = "127.0.0.1:0".parse().unwrap();
    config
}

/// A new territory.
pub fn new_territory(code: &str, region: &str) -> NewTerritory {
    NewTerritory {
        code: TerritoryCode::parse(code).unwrap(),
        name: format!("Territory {code}"),
        default_language: kernel::ids::LanguageTag::parse("en").unwrap(),
        region: RegionCode::parse(region).unwrap(),
    }
}

//! Layered configuration: built-in defaults → TOML file (`--config` or `UNITYPLAN_CONFIG`) →
//! environment (`UNITYPLAN__SECTION__KEY`). Unknown keys and bad values stop start-up with a
//! message that names the key. Secrets (database URLs with passwords) are [`SecretString`]s:
//! they never appear in `Debug` output, logs, or `config print`.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::ids::RegionCode;

/// The environment variable naming the configuration file.
pub const CONFIG_ENV: &str = "UNITYPLAN_CONFIG";
/// The prefix of environment overrides: `UNITYPLAN__SERVER__LISTEN=0.0.0.0:8080`.
pub const ENV_PREFIX: &str = "UNITYPLAN__";

/// The whole configuration tree.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// HTTP server settings.
    pub server: ServerConfig,
    /// Where UnityPlan keeps its files.
    pub data: DataConfig,
    /// Database connection and pool settings.
    pub database: DatabaseConfig,
    /// The private PostgreSQL cluster used when no database is configured.
    pub embedded: EmbeddedConfig,
    /// Logging.
    pub log: LogConfig,
    /// Regions and their database nodes (production mode). Empty means embedded mode.
    pub regions: Vec<RegionConfig>,
    /// Accounts, sessions, admin access and mail.
    pub identity: IdentityConfig,
    /// The event backbone (outbox relay, NATS JetStream or the in-process bus).
    pub events: EventsConfig,
}

/// The event backbone: outbox relay and consumers (`[events]`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct EventsConfig {
    /// NATS server URL, e.g. `nats://nats:4222` (credentials allowed, kept secret). Unset
    /// (the default) delivers events through an in-process bus.
    #[serde(skip_serializing)]
    pub nats_url: Option<SecretString>,
    /// JetStream stream holding every event (subjects `up.>`).
    pub stream: String,
    /// Run the outbox relay in this process (one instance is active per region, by lock).
    pub relay: bool,
    /// Milliseconds between outbox polls when no notification arrives.
    pub relay_poll_interval_ms: u64,
    /// Outbox rows read per relay batch.
    pub relay_batch_size: u32,
    /// Milliseconds to wait for a JetStream publish acknowledgement.
    pub publish_timeout_ms: u64,
    /// Seconds JetStream remembers message ids to drop re-published duplicates.
    pub duplicate_window_secs: u64,
    /// Hours JetStream keeps events.
    pub stream_max_age_hours: u64,
    /// Handler attempts before an event is dead-lettered.
    pub consumer_max_attempts: u32,
    /// Milliseconds before the first handler retry (doubled after each failure).
    pub consumer_retry_base_ms: u64,
    /// Hours published outbox rows and processed-event records are kept.
    pub retention_hours: u64,
}

impl Default for EventsConfig {
    fn default() -> Self {
        Self {
            nats_url: None,
            stream: "UNITYPLAN".to_owned(),
            relay: true,
            relay_poll_interval_ms: 1000,
            relay_batch_size: 500,
            publish_timeout_ms: 5000,
            duplicate_window_secs: 600,
            stream_max_age_hours: 168,
            consumer_max_attempts: 5,
            consumer_retry_base_ms: 200,
            retention_hours: 168,
        }
    }
}

/// Accounts, sessions, admin access and mail (`[identity]`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct IdentityConfig {
    /// Seconds without use after which a session ends (default 30 min).
    pub session_idle_timeout_secs: u64,
    /// Seconds after sign-in at which a session ends regardless of use (default 10 h).
    pub session_absolute_timeout_secs: u64,
    /// Key for the keyed digest of email addresses in the control-plane directory (≥ 32
    /// characters). Unset: a random key is generated once and kept in the control plane.
    #[serde(skip_serializing)]
    pub email_digest_key: Option<SecretString>,
    /// Networks (CIDR) allowed to call admin routes.
    pub admin_allow: Vec<String>,
    /// Reverse proxies (CIDR) whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<String>,
    /// Public base URL used in links sent by email.
    pub public_url: String,
    /// Requests per minute per client IP on authentication routes.
    pub auth_rate_per_minute: u32,
    /// Burst allowed on top of the per-minute rate.
    pub auth_rate_burst: u32,
    /// Mail delivery.
    pub mail: MailConfig,
}

impl Default for IdentityConfig {
    fn default() -> Self {
        Self {
            session_idle_timeout_secs: 30 * 60,
            session_absolute_timeout_secs: 10 * 3600,
            email_digest_key: None,
            admin_allow: vec!["127.0.0.0/8".to_owned(), "::1/128".to_owned()],
            trusted_proxies: Vec::new(),
            public_url: "http://localhost:8080".to_owned(),
            auth_rate_per_minute: 10,
            auth_rate_burst: 5,
            mail: MailConfig::default(),
        }
    }
}

/// Mail delivery (`[identity.mail]`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailConfig {
    /// `outbox` (write `.eml` files under `<data.dir>/outbox`) or `smtp`.
    pub backend: MailBackend,
    /// Sender address.
    pub from: String,
    /// SMTP server host.
    pub smtp_host: String,
    /// SMTP server port.
    pub smtp_port: u16,
    /// `none`, `starttls` or `tls`.
    pub smtp_security: SmtpSecurity,
    /// SMTP user name (empty: no authentication).
    pub smtp_username: String,
    /// SMTP password.
    #[serde(skip_serializing)]
    pub smtp_password: Option<SecretString>,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            backend: MailBackend::Outbox,
            from: "UnityPlan <no-reply@localhost>".to_owned(),
            smtp_host: "localhost".to_owned(),
            smtp_port: 25,
            smtp_security: SmtpSecurity::None,
            smtp_username: String::new(),
            smtp_password: None,
        }
    }
}

/// Where mail goes.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum MailBackend {
    /// `.eml` files under `<data.dir>/outbox`.
    Outbox,
    /// An SMTP server.
    Smtp,
}

/// Transport security towards the SMTP server.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// Plain SMTP (local relays, tests).
    None,
    /// STARTTLS upgrade (required).
    Starttls,
    /// Implicit TLS.
    Tls,
}

/// HTTP server settings.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerConfig {
    /// Address and port to listen on.
    pub listen: SocketAddr,
    /// Per-request timeout in seconds.
    pub request_timeout_secs: u64,
    /// Largest accepted request body in bytes.
    pub body_limit_bytes: usize,
    /// Seconds to let in-flight requests finish on shutdown.
    pub shutdown_grace_secs: u64,
    /// Directory with the built web app (`web/dist`); served at `/` when it exists.
    pub web_dir: PathBuf,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            request_timeout_secs: 30,
            body_limit_bytes: 2 * 1024 * 1024,
            shutdown_grace_secs: 10,
            web_dir: PathBuf::from("web/dist"),
        }
    }
}

/// Where UnityPlan keeps its files.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DataConfig {
    /// The data directory (embedded PostgreSQL, file store, mail outbox).
    pub dir: PathBuf,
}

impl Default for DataConfig {
    fn default() -> Self {
        Self {
            dir: PathBuf::from("./data"),
        }
    }
}

/// Database connection and pool settings.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseConfig {
    /// Control-plane database URL. Empty (the default) starts the embedded cluster.
    #[serde(skip_serializing)]
    pub control_plane_url: Option<SecretString>,
    /// Connections in the control-plane pool.
    pub control_plane_pool_size: u32,
    /// Default pool size per database node; a region may override it.
    pub pool_size: u32,
    /// Seconds between health checks of each region's nodes.
    pub health_interval_secs: u64,
    /// Seconds a request waits for a pooled connection before failing.
    pub acquire_timeout_secs: u64,
    /// Seconds to wait when opening a connection.
    pub connect_timeout_secs: u64,
    /// Seconds after which a connection is closed and replaced.
    pub max_lifetime_secs: u64,
    /// Seconds an idle connection is kept.
    pub idle_timeout_secs: u64,
    /// Send read-only work to a healthy standby when one exists.
    pub read_from_standby: bool,
    /// A standby lagging more than this many seconds gets no reads.
    pub max_standby_lag_secs: f64,
    /// Apply pending migrations when `serve` starts.
    pub migrate_on_start: bool,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            control_plane_url: None,
            control_plane_pool_size: 10,
            pool_size: 50,
            health_interval_secs: 10,
            acquire_timeout_secs: 5,
            connect_timeout_secs: 5,
            max_lifetime_secs: 1800,
            idle_timeout_secs: 600,
            read_from_standby: false,
            max_standby_lag_secs: 5.0,
            migrate_on_start: true,
        }
    }
}

/// The private PostgreSQL cluster of embedded mode.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct EmbeddedConfig {
    /// Cluster directory; defaults to `<data.dir>/postgres`.
    pub postgres_dir: Option<PathBuf>,
    /// Directory with `initdb`, `pg_ctl` and `postgres`; found on PATH or under
    /// `/usr/lib/postgresql/*/bin` when empty.
    pub bin_dir: Option<PathBuf>,
    /// TCP port on 127.0.0.1; 0 picks a free port at every start.
    pub port: u16,
    /// System user that runs PostgreSQL when UnityPlan runs as root (created if missing).
    pub os_user: String,
    /// Create the roadmap's four regions and nineteen territories on first start.
    pub seed: bool,
    /// `max_connections` of the embedded cluster.
    pub max_connections: u32,
}

impl Default for EmbeddedConfig {
    fn default() -> Self {
        Self {
            postgres_dir: None,
            bin_dir: None,
            port: 0,
            os_user: "unityplan".to_owned(),
            seed: true,
            max_connections: 300,
        }
    }
}

/// Log output.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogConfig {
    /// `json` (default) or `pretty`.
    pub format: LogFormat,
    /// Filter such as `info` or `unityplan=debug,info`; `RUST_LOG` overrides it.
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        Self {
            format: LogFormat::Json,
            level: "info,sqlx=warn".to_owned(),
        }
    }
}

/// Log line format.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// One JSON object per line.
    Json,
    /// Human-readable lines.
    Pretty,
}

/// A region and its database nodes.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RegionConfig {
    /// Short code, e.g. `eu`.
    pub code: RegionCode,
    /// Display name, e.g. `Europe`.
    pub name: String,
    /// Pool size per node of this region (defaults to `database.pool_size`).
    #[serde(default)]
    pub pool_size: Option<u32>,
    /// The region's PostgreSQL servers.
    #[serde(default)]
    pub nodes: Vec<NodeConfig>,
}

/// One PostgreSQL server of a region.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NodeConfig {
    /// Unique node name, e.g. `eu-1`.
    pub name: String,
    /// `postgres://user:password@host:port/db`; the password is a secret.
    #[serde(skip_serializing)]
    pub url: SecretString,
    /// The role this node is configured with; health checks decide the real one.
    pub role: NodeRole,
}

/// The configured role of a node.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum NodeRole {
    /// Accepts writes.
    Primary,
    /// A streaming replica.
    Standby,
}

impl NodeRole {
    /// `primary` or `standby`.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeRole::Primary => "primary",
            NodeRole::Standby => "standby",
        }
    }
}

/// A configuration error, naming the key to change.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {0}")]
pub struct ConfigError(pub String);

impl Config {
    /// Load defaults, then the file (explicit path, or `UNITYPLAN_CONFIG`), then the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let env_file = std::env::var_os(CONFIG_ENV).map(PathBuf::from);
        let file = file.map(Path::to_path_buf).or(env_file);
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = &file {
            if !path.exists() {
                return Err(ConfigError(format!(
                    "the configuration file {} does not exist (from --config or {CONFIG_ENV})",
                    path.display()
                )));
            }
            figment = figment.merge(Toml::file(path));
        }
        figment = figment.merge(Env::prefixed(ENV_PREFIX).split("__"));
        let config: Config = figment.extract().map_err(|e| ConfigError(describe(e)))?;
        config.validate()?;
        Ok(config)
    }

    /// Check the values that types alone cannot.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let fail = |key: &str, what: &str| Err(ConfigError(format!("`{key}`: {what}")));
        if self.database.pool_size == 0 {
            return fail("database.pool_size", "must be at least 1");
        }
        if self.database.control_plane_pool_size == 0 {
            return fail("database.control_plane_pool_size", "must be at least 1");
        }
        if self.database.health_interval_secs == 0 {
            return fail("database.health_interval_secs", "must be at least 1 second");
        }
        if self.database.acquire_timeout_secs == 0 {
            return fail("database.acquire_timeout_secs", "must be at least 1 second");
        }
        if self.server.request_timeout_secs == 0 {
            return fail("server.request_timeout_secs", "must be at least 1 second");
        }
        if self.server.body_limit_bytes < 1024 {
            return fail("server.body_limit_bytes", "must be at least 1024 bytes");
        }
        if self.log.level.trim().is_empty() {
            return fail("log.level", "must not be empty (try `info`)");
        }
        if self.embedded.os_user.trim().is_empty() {
            return fail(
                "embedded.os_user",
                "must name a system user such as `unityplan`",
            );
        }
        self.validate_identity()?;
        self.validate_events()?;
        if let Some(url) = &self.database.control_plane_url {
            check_pg_url("database.control_plane_url", url.expose_secret())?;
            if self.regions.is_empty() {
                return fail(
                    "regions",
                    "database.control_plane_url is set (production mode), so at least one [[regions]] entry with nodes is needed",
                );
            }
        } else if !self.regions.is_empty() {
            return fail(
                "database.control_plane_url",
                "regions are configured (production mode), so the control-plane database URL must be set too",
            );
        }
        let mut region_codes = BTreeSet::new();
        let mut node_names = BTreeSet::new();
        for (i, region) in self.regions.iter().enumerate() {
            let key = format!("regions[{i}]");
            if !region_codes.insert(region.code.clone()) {
                return fail(
                    &format!("{key}.code"),
                    &format!("region `{}` is listed twice", region.code),
                );
            }
            if region.name.trim().is_empty() {
                return fail(&format!("{key}.name"), "must not be empty");
            }
            if region.pool_size == Some(0) {
                return fail(&format!("{key}.pool_size"), "must be at least 1");
            }
            let primaries = region
                .nodes
                .iter()
                .filter(|n| n.role == NodeRole::Primary)
                .count();
            if primaries == 0 {
                return fail(
                    &format!("{key}.nodes"),
                    &format!(
                        "region `{}` has no node with role = \"primary\"",
                        region.code
                    ),
                );
            }
            if primaries > 1 {
                return fail(
                    &format!("{key}.nodes"),
                    &format!("region `{}` has {primaries} primaries; configure exactly one (standbys follow it)", region.code),
                );
            }
            for (j, node) in region.nodes.iter().enumerate() {
                let node_key = format!("{key}.nodes[{j}]");
                if node.name.trim().is_empty() {
                    return fail(&format!("{node_key}.name"), "must not be empty");
                }
                if !node_names.insert(node.name.clone()) {
                    return fail(
                        &format!("{node_key}.name"),
                        &format!("node `{}` is listed twice", node.name),
                    );
                }
                check_pg_url(&format!("{node_key}.url"), node.url.expose_secret())?;
            }
        }
        Ok(())
    }

    fn validate_identity(&self) -> Result<(), ConfigError> {
        let fail = |key: &str, what: &str| Err(ConfigError(format!("`identity.{key}`: {what}")));
        let i = &self.identity;
        if i.session_idle_timeout_secs < 60 {
            return fail("session_idle_timeout_secs", "must be at least 60 seconds");
        }
        if i.session_absolute_timeout_secs < i.session_idle_timeout_secs {
            return fail(
                "session_absolute_timeout_secs",
                "must be at least session_idle_timeout_secs",
            );
        }
        if let Some(key) = &i.email_digest_key {
            if key.expose_secret().len() < 32 {
                return fail("email_digest_key", "must be at least 32 characters");
            }
        }
        for (list, name) in [
            (&i.admin_allow, "admin_allow"),
            (&i.trusted_proxies, "trusted_proxies"),
        ] {
            for (n, cidr) in list.iter().enumerate() {
                if !is_cidr(cidr) {
                    return fail(
                        &format!("{name}[{n}]"),
                        &format!("`{cidr}` is not a network; write it as CIDR, e.g. 10.0.0.0/8 or fd00::/8"),
                    );
                }
            }
        }
        match url::Url::parse(&i.public_url) {
            Ok(u) if u.scheme() == "http" || u.scheme() == "https" => {}
            _ => {
                return fail(
                    "public_url",
                    "must be an http(s) URL such as https://unityplan.example",
                )
            }
        }
        if i.auth_rate_per_minute == 0 {
            return fail("auth_rate_per_minute", "must be at least 1");
        }
        if i.auth_rate_burst == 0 {
            return fail("auth_rate_burst", "must be at least 1");
        }
        if !i.mail.from.contains('@') {
            return fail(
                "mail.from",
                "must be a mail address such as UnityPlan <no-reply@example.org>",
            );
        }
        if i.mail.backend == MailBackend::Smtp && i.mail.smtp_host.trim().is_empty() {
            return fail(
                "mail.smtp_host",
                "must name the SMTP server when mail.backend = \"smtp\"",
            );
        }
        Ok(())
    }

    fn validate_events(&self) -> Result<(), ConfigError> {
        let fail = |key: &str, what: &str| Err(ConfigError(format!("`{key}`: {what}")));
        let ev = &self.events;
        if let Some(url) = &ev.nats_url {
            match url::Url::parse(url.expose_secret()) {
                Ok(u) if matches!(u.scheme(), "nats" | "tls" | "ws" | "wss") => {}
                Ok(u) => {
                    return fail(
                        "events.nats_url",
                        &format!(
                            "scheme `{}` is not supported; use nats://host:4222",
                            u.scheme()
                        ),
                    )
                }
                Err(e) => {
                    return fail(
                        "events.nats_url",
                        &format!("not a valid URL ({e}); use nats://host:4222"),
                    )
                }
            }
        }
        if ev.stream.is_empty()
            || !ev
                .stream
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return fail(
                "events.stream",
                "must be a JetStream stream name of letters, digits, `_` or `-` (e.g. UNITYPLAN)",
            );
        }
        if ev.relay_poll_interval_ms < 10 {
            return fail("events.relay_poll_interval_ms", "must be at least 10");
        }
        if ev.relay_batch_size == 0 {
            return fail("events.relay_batch_size", "must be at least 1");
        }
        if ev.publish_timeout_ms < 10 {
            return fail("events.publish_timeout_ms", "must be at least 10");
        }
        if ev.duplicate_window_secs == 0 {
            return fail("events.duplicate_window_secs", "must be at least 1 second");
        }
        if ev.stream_max_age_hours == 0 {
            return fail("events.stream_max_age_hours", "must be at least 1 hour");
        }
        if ev.consumer_max_attempts == 0 {
            return fail("events.consumer_max_attempts", "must be at least 1");
        }
        if ev.retention_hours == 0 {
            return fail("events.retention_hours", "must be at least 1 hour");
        }
        Ok(())
    }

    /// True when no database is configured and UnityPlan runs its own cluster.
    pub fn is_embedded(&self) -> bool {
        self.database.control_plane_url.is_none()
    }

    /// The embedded cluster directory.
    pub fn postgres_dir(&self) -> PathBuf {
        self.embedded
            .postgres_dir
            .clone()
            .unwrap_or_else(|| self.data.dir.join("postgres"))
    }

    /// The effective configuration as commented TOML, with every secret masked.
    pub fn to_commented_toml(&self) -> String {
        let mut out = String::new();
        let s = &self.server;
        let d = &self.database;
        let e = &self.embedded;
        let _ = writeln!(
            out,
            "# UnityPlan configuration (effective values; secrets masked)."
        );
        let _ = writeln!(
            out,
            "# Layers: built-in defaults → this file (--config or {CONFIG_ENV}) → environment"
        );
        let _ = writeln!(
            out,
            "# ({ENV_PREFIX}SECTION__KEY, e.g. {ENV_PREFIX}SERVER__LISTEN=0.0.0.0:8080).\n"
        );
        let _ = writeln!(out, "[server]");
        let _ = writeln!(out, "# Address and port to listen on.");
        let _ = writeln!(out, "listen = \"{}\"", s.listen);
        let _ = writeln!(out, "# Per-request timeout in seconds.");
        let _ = writeln!(out, "request_timeout_secs = {}", s.request_timeout_secs);
        let _ = writeln!(out, "# Largest accepted request body in bytes.");
        let _ = writeln!(out, "body_limit_bytes = {}", s.body_limit_bytes);
        let _ = writeln!(
            out,
            "# Seconds in-flight requests get to finish on shutdown."
        );
        let _ = writeln!(out, "shutdown_grace_secs = {}", s.shutdown_grace_secs);
        let _ = writeln!(
            out,
            "# Built web app served at / when the directory exists."
        );
        let _ = writeln!(out, "web_dir = {}\n", toml_path(&s.web_dir));
        let _ = writeln!(out, "[data]");
        let _ = writeln!(
            out,
            "# Data directory: embedded PostgreSQL, file store, mail outbox."
        );
        let _ = writeln!(out, "dir = {}\n", toml_path(&self.data.dir));
        let _ = writeln!(out, "[database]");
        let _ = writeln!(
            out,
            "# Control-plane database URL. Unset = embedded mode (a private cluster in data.dir)."
        );
        match &d.control_plane_url {
            Some(url) => {
                let _ = writeln!(
                    out,
                    "control_plane_url = \"{}\"",
                    redact_url(url.expose_secret())
                );
            }
            None => {
                let _ = writeln!(out, "# control_plane_url = \"postgres://unityplan:********@control-db:5432/unityplan\"");
            }
        }
        let _ = writeln!(out, "# Connections in the control-plane pool.");
        let _ = writeln!(
            out,
            "control_plane_pool_size = {}",
            d.control_plane_pool_size
        );
        let _ = writeln!(
            out,
            "# Default pool size per database node (a region may override it)."
        );
        let _ = writeln!(out, "pool_size = {}", d.pool_size);
        let _ = writeln!(
            out,
            "# Seconds between health checks (pg_is_in_recovery) of each region's nodes."
        );
        let _ = writeln!(out, "health_interval_secs = {}", d.health_interval_secs);
        let _ = writeln!(out, "# Seconds a request waits for a pooled connection.");
        let _ = writeln!(out, "acquire_timeout_secs = {}", d.acquire_timeout_secs);
        let _ = writeln!(out, "# Seconds to wait when opening a connection.");
        let _ = writeln!(out, "connect_timeout_secs = {}", d.connect_timeout_secs);
        let _ = writeln!(out, "# Seconds after which a connection is replaced.");
        let _ = writeln!(out, "max_lifetime_secs = {}", d.max_lifetime_secs);
        let _ = writeln!(out, "# Seconds an idle connection is kept.");
        let _ = writeln!(out, "idle_timeout_secs = {}", d.idle_timeout_secs);
        let _ = writeln!(out, "# Send read-only work to a healthy standby.");
        let _ = writeln!(out, "read_from_standby = {}", d.read_from_standby);
        let _ = writeln!(
            out,
            "# A standby lagging more than this many seconds gets no reads."
        );
        let _ = writeln!(out, "max_standby_lag_secs = {:?}", d.max_standby_lag_secs);
        let _ = writeln!(out, "# Apply pending migrations when `serve` starts.");
        let _ = writeln!(out, "migrate_on_start = {}\n", d.migrate_on_start);
        let _ = writeln!(out, "[embedded]");
        let _ = writeln!(out, "# Cluster directory (default: <data.dir>/postgres).");
        match &e.postgres_dir {
            Some(p) => {
                let _ = writeln!(out, "postgres_dir = {}", toml_path(p));
            }
            None => {
                let _ = writeln!(out, "# postgres_dir = \"./data/postgres\"");
            }
        }
        let _ = writeln!(
            out,
            "# Directory with initdb/postgres (default: PATH, then /usr/lib/postgresql/*/bin)."
        );
        match &e.bin_dir {
            Some(p) => {
                let _ = writeln!(out, "bin_dir = {}", toml_path(p));
            }
            None => {
                let _ = writeln!(out, "# bin_dir = \"/usr/lib/postgresql/15/bin\"");
            }
        }
        let _ = writeln!(
            out,
            "# TCP port on 127.0.0.1 (0 = a free port at every start)."
        );
        let _ = writeln!(out, "port = {}", e.port);
        let _ = writeln!(
            out,
            "# System user that runs PostgreSQL when UnityPlan runs as root."
        );
        let _ = writeln!(out, "os_user = \"{}\"", e.os_user);
        let _ = writeln!(
            out,
            "# Create the four regions and nineteen territories of the roadmap on first start."
        );
        let _ = writeln!(out, "seed = {}", e.seed);
        let _ = writeln!(out, "# max_connections of the embedded cluster.");
        let _ = writeln!(out, "max_connections = {}\n", e.max_connections);
        let _ = writeln!(out, "[log]");
        let _ = writeln!(out, "# json or pretty.");
        let format = match self.log.format {
            LogFormat::Json => "json",
            LogFormat::Pretty => "pretty",
        };
        let _ = writeln!(out, "format = \"{format}\"");
        let _ = writeln!(
            out,
            "# Filter such as info or unityplan=debug,info (RUST_LOG overrides)."
        );
        let _ = writeln!(out, "level = \"{}\"", self.log.level);
        self.events_toml(&mut out);
        write_identity(&mut out, &self.identity);
        if self.regions.is_empty() {
            let _ = writeln!(
                out,
                "\n# Production mode: one [[regions]] entry per region, each with one primary."
            );
            let _ = writeln!(
                out,
                "# [[regions]]\n# code = \"eu\"\n# name = \"Europe\"\n# pool_size = 50"
            );
            let _ = writeln!(out, "# [[regions.nodes]]\n# name = \"eu-1\"\n# url = \"postgres://unityplan:********@eu-db-1:5432/unityplan\"\n# role = \"primary\"");
        }
        for region in &self.regions {
            let _ = writeln!(out, "\n[[regions]]");
            let _ = writeln!(out, "code = \"{}\"", region.code);
            let _ = writeln!(out, "name = \"{}\"", region.name.replace('"', "\\\""));
            if let Some(size) = region.pool_size {
                let _ = writeln!(out, "pool_size = {size}");
            }
            for node in &region.nodes {
                let _ = writeln!(out, "[[regions.nodes]]");
                let _ = writeln!(out, "name = \"{}\"", node.name);
                let _ = writeln!(out, "url = \"{}\"", redact_url(node.url.expose_secret()));
                let _ = writeln!(out, "role = \"{}\"", node.role.as_str());
            }
        }
        out
    }
}

fn write_identity(out: &mut String, i: &IdentityConfig) {
    let list = |v: &[String]| {
        let items: Vec<String> = v.iter().map(|c| format!("\"{c}\"")).collect();
        format!("[{}]", items.join(", "))
    };
    let _ = writeln!(out, "\n[identity]");
    let _ = writeln!(out, "# Seconds without use after which a session ends.");
    let _ = writeln!(
        out,
        "session_idle_timeout_secs = {}",
        i.session_idle_timeout_secs
    );
    let _ = writeln!(
        out,
        "# Seconds after sign-in at which a session ends regardless of use."
    );
    let _ = writeln!(
        out,
        "session_absolute_timeout_secs = {}",
        i.session_absolute_timeout_secs
    );
    let _ = writeln!(out, "# Key of the email digest in the control-plane directory (unset: generated and kept in the control plane).");
    match &i.email_digest_key {
        Some(_) => {
            let _ = writeln!(out, "email_digest_key = \"********\"");
        }
        None => {
            let _ = writeln!(out, "# email_digest_key = \"********\"");
        }
    }
    let _ = writeln!(out, "# Networks (CIDR) allowed to call admin routes.");
    let _ = writeln!(out, "admin_allow = {}", list(&i.admin_allow));
    let _ = writeln!(
        out,
        "# Reverse proxies (CIDR) whose X-Forwarded-For is believed."
    );
    let _ = writeln!(out, "trusted_proxies = {}", list(&i.trusted_proxies));
    let _ = writeln!(out, "# Public base URL used in links sent by email.");
    let _ = writeln!(out, "public_url = \"{}\"", i.public_url);
    let _ = writeln!(
        out,
        "# Requests per minute per client IP on authentication routes, and the burst on top."
    );
    let _ = writeln!(out, "auth_rate_per_minute = {}", i.auth_rate_per_minute);
    let _ = writeln!(out, "auth_rate_burst = {}", i.auth_rate_burst);
    let m = &i.mail;
    let _ = writeln!(out, "\n[identity.mail]");
    let _ = writeln!(
        out,
        "# outbox (.eml files under <data.dir>/outbox) or smtp."
    );
    let backend = match m.backend {
        MailBackend::Outbox => "outbox",
        MailBackend::Smtp => "smtp",
    };
    let _ = writeln!(out, "backend = \"{backend}\"");
    let _ = writeln!(out, "from = \"{}\"", m.from.replace('"', "\\\""));
    let _ = writeln!(out, "smtp_host = \"{}\"", m.smtp_host);
    let _ = writeln!(out, "smtp_port = {}", m.smtp_port);
    let security = match m.smtp_security {
        SmtpSecurity::None => "none",
        SmtpSecurity::Starttls => "starttls",
        SmtpSecurity::Tls => "tls",
    };
    let _ = writeln!(out, "# none, starttls or tls.");
    let _ = writeln!(out, "smtp_security = \"{security}\"");
    let _ = writeln!(out, "smtp_username = \"{}\"", m.smtp_username);
    match &m.smtp_password {
        Some(_) => {
            let _ = writeln!(out, "smtp_password = \"********\"");
        }
        None => {
            let _ = writeln!(out, "# smtp_password = \"********\"");
        }
    }
}

/// True when `text` is an IPv4 or IPv6 network in CIDR notation.
pub fn is_cidr(text: &str) -> bool {
    let Some((addr, len)) = text.trim().split_once('/') else {
        return false;
    };
    let Ok(len) = len.parse::<u8>() else {
        return false;
    };
    match addr.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(_)) => len <= 32,
        Ok(std::net::IpAddr::V6(_)) => len <= 128,
        Err(_) => false,
    }
}

impl Config {
    fn events_toml(&self, out: &mut String) {
        let ev = &self.events;
        let _ = writeln!(out, "\n[events]");
        let _ = writeln!(
            out,
            "# NATS server URL. Unset = events go through an in-process bus (embedded mode)."
        );
        match &ev.nats_url {
            Some(url) => {
                let _ = writeln!(out, "nats_url = \"{}\"", redact_url(url.expose_secret()));
            }
            None => {
                let _ = writeln!(out, "# nats_url = \"nats://nats:4222\"");
            }
        }
        let _ = writeln!(
            out,
            "# JetStream stream holding every event (subjects up.>)."
        );
        let _ = writeln!(out, "stream = \"{}\"", ev.stream);
        let _ = writeln!(
            out,
            "# Run the outbox relay here (one instance per region is active, by advisory lock)."
        );
        let _ = writeln!(out, "relay = {}", ev.relay);
        let _ = writeln!(
            out,
            "# Milliseconds between outbox polls when no NOTIFY arrives."
        );
        let _ = writeln!(
            out,
            "relay_poll_interval_ms = {}",
            ev.relay_poll_interval_ms
        );
        let _ = writeln!(out, "# Outbox rows read per relay batch.");
        let _ = writeln!(out, "relay_batch_size = {}", ev.relay_batch_size);
        let _ = writeln!(out, "# Milliseconds to wait for a JetStream publish ack.");
        let _ = writeln!(out, "publish_timeout_ms = {}", ev.publish_timeout_ms);
        let _ = writeln!(
            out,
            "# Seconds JetStream remembers message ids (drops re-published duplicates)."
        );
        let _ = writeln!(out, "duplicate_window_secs = {}", ev.duplicate_window_secs);
        let _ = writeln!(out, "# Hours JetStream keeps events.");
        let _ = writeln!(out, "stream_max_age_hours = {}", ev.stream_max_age_hours);
        let _ = writeln!(out, "# Handler attempts before an event is dead-lettered.");
        let _ = writeln!(out, "consumer_max_attempts = {}", ev.consumer_max_attempts);
        let _ = writeln!(
            out,
            "# Milliseconds before the first handler retry (doubled each time)."
        );
        let _ = writeln!(
            out,
            "consumer_retry_base_ms = {}",
            ev.consumer_retry_base_ms
        );
        let _ = writeln!(
            out,
            "# Hours published outbox rows and processed-event records are kept."
        );
        let _ = writeln!(out, "retention_hours = {}", ev.retention_hours);
    }
}

/// Mask the password of a database URL for display.
pub fn redact_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("********"));
            }
            let mut query: Vec<(String, String)> = parsed
                .query_pairs()
                .map(|(k, v)| {
                    let masked = if k.eq_ignore_ascii_case("password") {
                        "********".to_owned()
                    } else {
                        v.into_owned()
                    };
                    (k.into_owned(), masked)
                })
                .collect();
            if !query.is_empty() {
                parsed
                    .query_pairs_mut()
                    .clear()
                    .extend_pairs(query.drain(..));
            }
            parsed.to_string()
        }
        Err(_) => "<unparseable URL>".to_owned(),
    }
}

fn check_pg_url(key: &str, raw: &str) -> Result<(), ConfigError> {
    match url::Url::parse(raw) {
        Ok(u) if u.scheme() == "postgres" || u.scheme() == "postgresql" => Ok(()),
        Ok(u) => Err(ConfigError(format!(
            "`{key}`: scheme `{}` is not supported; use postgres://user:password@host:port/database",
            u.scheme()
        ))),
        Err(e) => Err(ConfigError(format!(
            "`{key}`: not a valid URL ({e}); use postgres://user:password@host:port/database"
        ))),
    }
}

fn toml_path(path: &Path) -> String {
    let text = path.display().to_string();
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Turn a figment error into one line per problem that names the key.
fn describe(error: figment::Error) -> String {
    let mut lines = Vec::new();
    for e in error {
        let key = if e.path.is_empty() {
            "(top level)".to_owned()
        } else {
            e.path.join(".")
        };
        let source = e
            .metadata
            .as_ref()
            .map(
                |m| match &e.metadata.as_ref().and_then(|m| m.source.as_ref()) {
                    Some(src) => format!(" (from {} {src})", m.name),
                    None => format!(" (from {})", m.name),
                },
            )
            .unwrap_or_default();
        let what = match &e.kind {
            figment::error::Kind::UnknownField(field, expected) => {
                // Depending on how it was reached, figment's path may or may not already end
                // with the unknown field (and has been seen with it twice): name it once.
                let mut parts: Vec<&str> = e.path.iter().map(String::as_str).collect();
                while parts.last() == Some(&field.as_str()) {
                    parts.pop();
                }
                parts.push(field);
                let key = parts.join(".");
                lines.push(format!(
                    "`{key}`: unknown key{source}; expected one of: {}",
                    expected.join(", ")
                ));
                continue;
            }
            other => other.to_string(),
        };
        lines.push(format!("`{key}`: {what}{source}"));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(contents: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(contents.as_bytes()).unwrap();
        f
    }

    #[test]
    fn defaults_are_valid_and_embedded() {
        let config = Config::default();
        config.validate().unwrap();
        assert!(config.is_embedded());
        assert_eq!(config.database.pool_size, 50);
        assert_eq!(config.database.health_interval_secs, 10);
    }

    #[test]
    fn unknown_key_is_named() {
        let f = write("[server]\nlisten = \"127.0.0.1:9000\"\nlisen = 1\n");
        let err = Config::load(Some(f.path())).unwrap_err().to_string();
        assert!(err.contains("server.lisen"), "{err}");
    }

    #[test]
    fn bad_value_is_named() {
        let f = write("[database]\npool_size = \"many\"\n");
        let err = Config::load(Some(f.path())).unwrap_err().to_string();
        assert!(err.contains("database.pool_size"), "{err}");
    }

    #[test]
    fn region_without_primary_is_named() {
        let f = write(
            "[database]\ncontrol_plane_url = \"postgres://u:p@localhost/cp\"\n\
             [[regions]]\ncode = \"eu\"\nname = \"Europe\"\n\
             [[regions.nodes]]\nname = \"eu-2\"\nurl = \"postgres://u:p@localhost/eu\"\nrole = \"standby\"\n",
        );
        let err = Config::load(Some(f.path())).unwrap_err().to_string();
        assert!(err.contains("regions[0].nodes"), "{err}");
        assert!(err.contains("no node with role"), "{err}");
    }

    #[test]
    fn printed_config_masks_secrets() {
        let f = write(
            "[database]\ncontrol_plane_url = \"postgres://u:topsecret@localhost/cp\"\n\
             [[regions]]\ncode = \"eu\"\nname = \"Europe\"\n\
             [[regions.nodes]]\nname = \"eu-1\"\nurl = \"postgres://u:alsosecret@localhost/eu\"\nrole = \"primary\"\n",
        );
        let config = Config::load(Some(f.path())).unwrap();
        let printed = config.to_commented_toml();
        assert!(
            !printed.contains("topsecret") && !printed.contains("alsosecret"),
            "{printed}"
        );
        assert!(printed.contains("********"));
        assert!(!format!("{config:?}").contains("topsecret"));
        // The printed form is itself a loadable configuration file.
        let reparsed: Result<toml_check::Value, _> = toml_check::parse(&printed);
        assert!(reparsed.is_ok(), "{printed}");
    }

    #[test]
    fn identity_section_is_validated_and_masked() {
        let f = write("[identity]\nadmin_allow = [\"10.0.0.0/33\"]\n");
        let err = Config::load(Some(f.path())).unwrap_err().to_string();
        assert!(err.contains("identity.admin_allow[0]"), "{err}");
        let f = write(
            "[identity]\nemail_digest_key = \"0123456789abcdef0123456789abcdef-secret\"\n\
             [identity.mail]\nbackend = \"smtp\"\nsmtp_password = \"mailsecret\"\n",
        );
        let config = Config::load(Some(f.path())).unwrap();
        let printed = config.to_commented_toml();
        assert!(
            !printed.contains("mailsecret") && !printed.contains("-secret"),
            "{printed}"
        );
        assert!(toml_check::parse(&printed).is_ok(), "{printed}");
    }

    #[test]
    fn events_section_is_validated_and_printed() {
        let f = write("[events]\nnats_url = \"http://u:pw@localhost:4222\"\n");
        let err = Config::load(Some(f.path())).unwrap_err().to_string();
        assert!(err.contains("events.nats_url"), "{err}");
        let f = write("[events]\nstream = \"a.b\"\n");
        let err = Config::load(Some(f.path())).unwrap_err().to_string();
        assert!(err.contains("events.stream"), "{err}");
        let f = write("[events]\nnats_url = \"nats://u:natssecret@localhost:4222\"\n");
        let config = Config::load(Some(f.path())).unwrap();
        let printed = config.to_commented_toml();
        assert!(
            printed.contains("[events]") && !printed.contains("natssecret"),
            "{printed}"
        );
        assert!(toml_check::parse(&printed).is_ok(), "{printed}");
    }

    #[test]
    fn missing_file_is_reported() {
        let err = Config::load(Some(Path::new("/nonexistent/unityplan.toml")))
            .unwrap_err()
            .to_string();
        assert!(err.contains("does not exist"), "{err}");
    }

    mod toml_check {
        pub type Value = figment::value::Value;
        pub fn parse(text: &str) -> Result<Value, String> {
            use figment::providers::{Format, Toml};
            figment::Figment::from(Toml::string(text))
                .extract::<Value>()
                .map_err(|e| e.to_string())
        }
    }
}

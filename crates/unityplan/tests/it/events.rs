//! The event backbone against a real PostgreSQL and a real `nats-server` (JetStream on a
//! free port, started here): relay, de-duplication after a relay crash, NATS outages,
//! ordering, the in-process bus, retries and dead letters.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use events::testing::NatsServer;
use events::{Consumer, Envelope, Event, HandlerError, Subscription};
use kernel::config::Config;
use kernel::TerritoryCode;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use store::{Access, Platform};

use crate::support;

#[derive(Debug, Serialize, Deserialize)]
struct Ping {
    topic: u32,
    n: u32,
}

impl Event for Ping {
    const DOMAIN: &'static str = "test";
    const NAME: &'static str = "ping";
    const VERSION: u16 = 1;
}

fn nats() -> Option<NatsServer> {
    match NatsServer::start() {
        Ok(server) => Some(server),
        Err(why) => testkit::missing("nats-server", why),
    }
}

fn with_nats(config: &mut Config, url: &str) {
    config.events.nats_url = Some(SecretString::from(url.to_owned()));
    config.events.relay_poll_interval_ms = 100;
    config.events.publish_timeout_ms = 500;
}

/// Every event a consumer handled, in order, and how often its handler ran per event id.
#[derive(Default, Clone)]
struct Seen {
    order: Arc<Mutex<Vec<(TerritoryCode, u32, u32)>>>,
    runs: Arc<Mutex<HashMap<uuid::Uuid, u32>>>,
}

impl Seen {
    fn consumer(&self, name: &str) -> Consumer {
        let seen = self.clone();
        Consumer::new(
            name,
            Subscription::event::<Ping>(),
            events::handler_fn(move |_conn, event| {
                let seen = seen.clone();
                let event = event.clone();
                Box::pin(async move {
                    let ping: Ping = event.decode().map_err(HandlerError::from)?;
                    seen.order
                        .lock()
                        .unwrap()
                        .push((event.territory.clone(), ping.topic, ping.n));
                    *seen.runs.lock().unwrap().entry(event.id).or_default() += 1;
                    Ok(())
                })
            }),
        )
        .unwrap()
    }

    fn count(&self) -> usize {
        self.order.lock().unwrap().len()
    }

    async fn wait_for(&self, n: usize, within: Duration) {
        let deadline = Instant::now() + within;
        while self.count() < n {
            assert!(
                Instant::now() < deadline,
                "consumer saw {} of {n} events within {within:?}",
                self.count()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    fn max_runs(&self) -> u32 {
        self.runs
            .lock()
            .unwrap()
            .values()
            .copied()
            .max()
            .unwrap_or(0)
    }

    /// Per (territory, topic) the sequence numbers must arrive in increasing order.
    fn assert_ordered(&self) {
        let mut last: HashMap<(TerritoryCode, u32), u32> = HashMap::new();
        for (t, topic, n) in self.order.lock().unwrap().iter() {
            if let Some(prev) = last.insert((t.clone(), *topic), *n) {
                assert!(*n > prev, "topic {topic} in {t}: {n} arrived after {prev}");
            }
        }
    }
}

async fn emit(platform: &Platform, territory: &str, topic: u32, n: u32) {
    let code = TerritoryCode::parse(territory).unwrap();
    let mut tx = platform.router().begin(&code, Access::Write).await.unwrap();
    events::emit(tx.conn(), &code, &Ping { topic, n })
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

async fn unpublished(db_url: &str) -> i64 {
    let mut conn = support::connect(db_url).await;
    let mut total = 0;
    for schema in ["territory_dk", "territory_us", "territory_se"] {
        let n: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM {schema}.outbox WHERE published_at IS NULL"
        ))
        .fetch_one(&mut conn)
        .await
        .unwrap();
        total += n;
    }
    total
}

/// A worker process: consumers only, no relay (the app's relay publishes).
async fn worker(config: &Config, consumers: Vec<Consumer>) -> (Arc<Platform>, events::Events) {
    let mut config = config.clone();
    config.events.relay = false;
    let platform = Arc::new(support::platform(config.clone()).await);
    let events = events::Events::new(platform.clone(), &config.events, consumers)
        .await
        .unwrap();
    events.start();
    (platform, events)
}

#[tokio::test]
async fn relay_publishes_in_order_and_a_relay_crash_does_not_duplicate() {
    let Some(nats) = nats() else { return };
    let url = nats.url();
    let Some(app) = support::spawn_app_with(|c| with_nats(c, &url)).await else {
        return;
    };
    let (_, body) = app.get_json("/readyz").await;
    assert_eq!(body["events"]["mode"], "nats", "{body}");
    let seen = Seen::default();
    let (platform, worker) = worker(&app.config, vec![seen.consumer("test_pings")]).await;

    // Two topics in DK (region eu) and one in US (region am): two relays publish.
    for n in 0..40 {
        emit(&platform, "DK", n % 2, n).await;
        if n % 4 == 0 {
            emit(&platform, "US", 7, n).await;
        }
    }
    seen.wait_for(50, Duration::from_secs(20)).await;
    seen.assert_ordered();
    assert_eq!(seen.max_runs(), 1);
    let deadline = Instant::now() + Duration::from_secs(10);
    while unpublished(&app.db_url).await > 0 {
        assert!(Instant::now() < deadline, "outbox not marked published");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        events::testing::stream_messages(&url, "UNITYPLAN")
            .await
            .unwrap(),
        50
    );
    let (_, body) = app.get_json("/readyz").await;
    assert_eq!(body["events"]["nats_connected"], true, "{body}");
    assert!(
        body["events"]["relay"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["region"] == "eu" && r["active"] == true),
        "{body}"
    );

    // The relay crashed after publishing and before marking: the rows look unpublished.
    let mut conn = support::connect(&app.db_url).await;
    sqlx::query("UPDATE territory_dk.outbox SET published_at = NULL")
        .execute(&mut conn)
        .await
        .unwrap();
    sqlx::query("SELECT pg_notify('unityplan_outbox', 'DK')")
        .execute(&mut conn)
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while unpublished(&app.db_url).await > 0 {
        assert!(Instant::now() < deadline, "re-published rows not marked");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // JetStream dropped the re-published ids...
    assert_eq!(
        events::testing::stream_messages(&url, "UNITYPLAN")
            .await
            .unwrap(),
        50
    );
    // ...and a duplicate that gets past the server (outside its window, another msg id)
    // is dropped by the consumer's processed-id record.
    let (id, payload): (uuid::Uuid, serde_json::Value) =
        sqlx::query_as("SELECT id, payload FROM territory_dk.outbox ORDER BY seq LIMIT 1")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    let envelope = Envelope {
        id,
        territory: TerritoryCode::parse("DK").unwrap(),
        domain: "test".into(),
        name: "ping".into(),
        version: 1,
        occurred_at: chrono::Utc::now(),
        payload,
    };
    assert!(events::testing::publish_raw(
        &url,
        &envelope.subject(),
        "another-id",
        serde_json::to_vec(&envelope).unwrap()
    )
    .await
    .unwrap());
    emit(&platform, "DK", 0, 1000).await; // a marker behind the duplicate
    seen.wait_for(51, Duration::from_secs(10)).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(seen.count(), 51, "the duplicate reached the handler");
    assert_eq!(seen.max_runs(), 1);
    let processed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM territory_dk.event_processed WHERE consumer = 'test_pings'",
    )
    .fetch_one(&mut conn)
    .await
    .unwrap();
    assert_eq!(processed, 41);
    worker.shutdown().await;
    app.stop().await;
}

#[tokio::test]
async fn events_wait_in_the_outbox_while_nats_is_down() {
    let Some(mut nats) = nats() else { return };
    let url = nats.url();
    let Some(app) = support::spawn_app_with(|c| with_nats(c, &url)).await else {
        return;
    };
    let seen = Seen::default();
    let (platform, worker) = worker(&app.config, vec![seen.consumer("outage_pings")]).await;
    emit(&platform, "SE", 1, 0).await;
    seen.wait_for(1, Duration::from_secs(20)).await;

    nats.stop();
    for n in 1..=20 {
        emit(&platform, "SE", 1, n).await;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        unpublished(&app.db_url).await,
        20,
        "events left the outbox while NATS was down"
    );
    let (status, body) = app.get_json("/readyz").await;
    assert_eq!(body["events"]["nats_connected"], false, "{body}");
    assert_eq!(
        status, 200,
        "a NATS outage does not make the process unready: {body}"
    );

    nats.start_again().unwrap();
    seen.wait_for(21, Duration::from_secs(30)).await;
    seen.assert_ordered();
    assert_eq!(seen.max_runs(), 1);
    let deadline = Instant::now() + Duration::from_secs(10);
    while unpublished(&app.db_url).await > 0 {
        assert!(
            Instant::now() < deadline,
            "outbox not drained after NATS returned"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    worker.shutdown().await;
    app.stop().await;
}

#[tokio::test]
async fn in_process_bus_delivers_retries_and_dead_letters() {
    let Some((_, db_url)) = support::fresh_database().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut config = support::config_for(&db_url, dir.path());
    config.events.relay_poll_interval_ms = 100;
    config.events.consumer_max_attempts = 3;
    config.events.consumer_retry_base_ms = 10;
    let platform = Arc::new(support::platform(config.clone()).await);
    let seen = Seen::default();
    let attempts = Arc::new(Mutex::new(0u32));
    let counter = attempts.clone();
    let failing = Consumer::new(
        "always_fails",
        Subscription::event::<Ping>(),
        events::handler_fn(move |conn, event| {
            let counter = counter.clone();
            let topic = event.payload["topic"].as_u64();
            Box::pin(async move {
                // A write that must roll back with the failure.
                sqlx::query("SELECT 1").execute(&mut *conn).await?;
                if topic == Some(9) {
                    *counter.lock().unwrap() += 1;
                    return Err(HandlerError::new("topic 9 is cursed"));
                }
                Ok(())
            })
        }),
    )
    .unwrap();
    let events = events::Events::new(
        platform.clone(),
        &config.events,
        vec![seen.consumer("bus_pings"), failing],
    )
    .await
    .unwrap();
    assert_eq!(events.mode(), "in_process");
    events.start();
    for n in 0..10 {
        emit(&platform, "DK", n % 3, n).await;
    }
    emit(&platform, "DK", 9, 100).await;
    seen.wait_for(11, Duration::from_secs(10)).await;
    seen.assert_ordered();
    assert_eq!(seen.max_runs(), 1);
    let mut conn = support::connect(&db_url).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM territory_dk.event_dead_letter")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        if n > 0 {
            break;
        }
        assert!(Instant::now() < deadline, "no dead letter recorded");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(
        *attempts.lock().unwrap(),
        3,
        "retried up to consumer_max_attempts"
    );
    let (consumer, attempts_recorded, error): (String, i32, String) =
        sqlx::query_as("SELECT consumer, attempts, last_error FROM territory_dk.event_dead_letter")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(consumer, "always_fails");
    assert_eq!(attempts_recorded, 3);
    assert!(error.contains("cursed"), "{error}");
    let unpublished: i64 =
        sqlx::query_scalar("SELECT count(*) FROM territory_dk.outbox WHERE published_at IS NULL")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert_eq!(unpublished, 0);
    events.shutdown().await;
    platform.shutdown().await;
}

#[tokio::test]
async fn only_one_relay_is_active_per_region() {
    let Some((_, db_url)) = support::fresh_database().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let mut config = support::config_for(&db_url, dir.path());
    config.events.relay_poll_interval_ms = 100;
    let a_platform = Arc::new(support::platform(config.clone()).await);
    let b_platform = Arc::new(support::platform(config.clone()).await);
    let a = events::Events::new(a_platform.clone(), &config.events, vec![])
        .await
        .unwrap();
    let b = events::Events::new(b_platform.clone(), &config.events, vec![])
        .await
        .unwrap();
    a.start();
    b.start();
    let active = |e: &events::Events| {
        e.status()
            .relay
            .iter()
            .filter(|r| r.active)
            .map(|r| r.region.to_string())
            .collect::<Vec<_>>()
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (x, y) = (active(&a), active(&b));
        if x.len() + y.len() == 4 {
            for region in &x {
                assert!(!y.contains(region), "{region} has two active relays");
            }
            break;
        }
        assert!(Instant::now() < deadline, "relays not elected: {x:?} {y:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The active one stops: the other takes over every region.
    a.shutdown().await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while active(&b).len() < 4 {
        assert!(
            Instant::now() < deadline,
            "standby did not take over: {:?}",
            active(&b)
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    b.shutdown().await;
    a_platform.shutdown().await;
    b_platform.shutdown().await;
}

#[tokio::test]
async fn dead_letters_are_visible_to_admins_only() {
    let Some(app) = support::spawn_app().await else {
        return;
    };
    let admin = crate::users::register_and_login(&app, "DK", "root").await;
    crate::users::grant_role(&app, "root", "platform_admin", None).await;
    let member = crate::users::register_and_login(&app, "DK", "bob").await;
    let mut conn = support::connect(&app.db_url).await;
    let id = uuid::Uuid::now_v7();
    sqlx::query(
        "INSERT INTO territory_dk.event_dead_letter (id, consumer, event_id, subject, envelope, attempts, last_error) \
         VALUES ($1, 'mailer', $2, 'up.dk.forum.mentioned', '{}'::jsonb, 5, 'smtp refused')",
    )
    .bind(id)
    .bind(uuid::Uuid::now_v7())
    .execute(&mut conn)
    .await
    .unwrap();
    let path = "/api/v1/admin/events/DK/dead-letters";
    let client = reqwest::Client::new();
    let r = client
        .get(app.url(path))
        .bearer_auth(&member)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = client
        .get(app.url(path))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["items"][0]["consumer"], "mailer", "{body}");
    assert_eq!(body["items"][0]["last_error"], "smtp refused");
    // The consumer does not run in this process: refused, and the record stays open.
    let r = client
        .post(app.url(&format!("{path}/{id}/replay")))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["error"], "consumer_not_here");
    let r = client
        .get(app.url(path))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["items"].as_array().unwrap().len(), 1);
    app.stop().await;
}

/// The value of the series `name{labels}` in a Prometheus text exposition, if present.
fn metric(text: &str, name: &str, labels: &str) -> Option<f64> {
    let series = format!("{name}{{{labels}}} ");
    text.lines()
        .find_map(|l| l.strip_prefix(series.as_str()))
        .and_then(|v| v.trim().parse().ok())
}

/// A forum post made through HTTP travels outbox → relay → NATS JetStream → a durable
/// consumer in a worker, and the server's `/metrics` then shows the relay's and the
/// consumer's figures (consumers in this test process report into the same process-wide
/// families as the server they run beside).
#[tokio::test]
async fn forum_events_flow_through_nats_and_show_in_metrics() {
    let Some(nats) = nats() else { return };
    let url = nats.url();
    let Some(app) = support::spawn_app_with(|c| with_nats(c, &url)).await else {
        return;
    };
    let ada = crate::users::register_and_login(&app, "DK", "ada").await;
    crate::users::grant_role(&app, "ada", "moderator", Some("DK")).await;
    crate::users::register_and_login(&app, "DK", "carol").await;
    let carol = crate::users::user_id(&app, "carol").await;
    let got: Arc<Mutex<Vec<serde_json::Value>>> = Arc::default();
    let sink = got.clone();
    let mentions = Consumer::new(
        "metrics_probe_mentions",
        Subscription::event::<forum::Mentioned>(),
        events::handler_fn(move |_conn, event| {
            sink.lock().unwrap().push(event.payload.clone());
            Box::pin(async { Ok::<(), HandlerError>(()) })
        }),
    )
    .unwrap();
    let failing = Consumer::new(
        "metrics_probe_failing",
        Subscription::event::<forum::PostCreated>(),
        events::handler_fn(|_conn, _event| {
            Box::pin(async { Err::<(), HandlerError>(HandlerError::new("always fails")) })
        }),
    )
    .unwrap();
    let mut config = app.config.clone();
    config.events.consumer_max_attempts = 2;
    config.events.consumer_retry_base_ms = 10;
    let (platform, worker) = worker(&config, vec![mentions, failing]).await;

    let client = reqwest::Client::new();
    let r = client
        .post(app.url("/api/v1/t/DK/forum/categories"))
        .bearer_auth(&ada)
        .json(&serde_json::json!({"slug": "general", "name": "General"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let cat: serde_json::Value = r.json().await.unwrap();
    let r = client
        .post(app.url("/api/v1/t/DK/forum/topics"))
        .bearer_auth(&ada)
        .json(&serde_json::json!({"category_id": cat["id"], "title": "Metrics", "body": "Hello @carol"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let deadline = Instant::now() + Duration::from_secs(20);
    while got.lock().unwrap().is_empty() {
        assert!(
            Instant::now() < deadline,
            "forum.mentioned did not arrive through NATS"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(got.lock().unwrap()[0]["user_id"], serde_json::json!(carol));

    // Wait for the failing consumer to dead-letter its event, then read /metrics.
    let deadline = Instant::now() + Duration::from_secs(20);
    let text = loop {
        let text = client
            .get(app.url("/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let dead = metric(
            &text,
            "unityplan_events_consumer_dead_lettered_total",
            "consumer=\"metrics_probe_failing\"",
        );
        if dead == Some(1.0) || Instant::now() > deadline {
            break text;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let m = |name: &str, labels: &str| metric(&text, name, labels);
    assert_eq!(
        m(
            "unityplan_events_consumer_processed_total",
            "consumer=\"metrics_probe_mentions\""
        ),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        m(
            "unityplan_events_consumer_failed_total",
            "consumer=\"metrics_probe_failing\""
        ),
        Some(2.0),
        "{text}"
    );
    assert_eq!(
        m(
            "unityplan_events_consumer_dead_lettered_total",
            "consumer=\"metrics_probe_failing\""
        ),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        m(
            "unityplan_events_consumer_handler_seconds_count",
            "consumer=\"metrics_probe_mentions\""
        ),
        Some(1.0),
        "{text}"
    );
    // The relay published at least the two events of this test in DK (other tests running
    // in this process may add more).
    let published = m("unityplan_events_published_total", "territory=\"DK\"").unwrap_or(0.0);
    assert!(published >= 2.0, "{text}");
    // Backlog and relay lag are read from this app's database at scrape time: drained.
    assert!(
        text.contains("unityplan_events_outbox_backlog{territory=\"DK\"} ")
            && text
                .contains("unityplan_events_outbox_oldest_unpublished_seconds{territory=\"DK\"} "),
        "{text}"
    );
    assert!(
        text.contains("unityplan_events_publish_batch_seconds_count "),
        "{text}"
    );
    assert!(
        text.contains("# TYPE unityplan_events_publish_errors counter"),
        "{text}"
    );
    worker.shutdown().await;
    platform.shutdown().await;
    app.stop().await;
}

/// Outbox → consumer latency through NATS JetStream: events committed at a fixed rate, each
/// timed from its commit returning to its handler starting (in another `Events` instance,
/// like a worker process). Run: `cargo test -p unityplan --test it events::bench_ -- --ignored --nocapture`.
#[tokio::test]
#[ignore = "benchmark; prints percentiles"]
async fn bench_outbox_to_consumer_latency_through_nats() {
    let Some(nats) = nats() else { return };
    let url = nats.url();
    let Some(app) = support::spawn_app_with(|c| with_nats(c, &url)).await else {
        return;
    };
    let received: Arc<Mutex<HashMap<u32, Instant>>> = Arc::default();
    let sink = received.clone();
    let consumer = Consumer::new(
        "bench_latency",
        Subscription::event::<Ping>(),
        events::handler_fn(move |_conn, event| {
            let at = Instant::now();
            let n = event.payload["n"].as_u64().unwrap_or(0) as u32;
            sink.lock().unwrap().insert(n, at);
            Box::pin(async { Ok::<(), HandlerError>(()) })
        }),
    )
    .unwrap();
    let (platform, worker) = worker(&app.config, vec![consumer]).await;
    let rate: u64 = std::env::var("BENCH_RATE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let total: u32 = std::env::var("BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    // Warm-up: stream and consumer exist, connections pooled.
    emit(&platform, "DK", 0, 1_000_000).await;
    let deadline = Instant::now() + Duration::from_secs(20);
    while received.lock().unwrap().is_empty() {
        assert!(Instant::now() < deadline, "warm-up event not delivered");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let mut committed = HashMap::new();
    let interval = Duration::from_nanos(1_000_000_000 / rate);
    let start = Instant::now();
    for n in 0..total {
        let due = start + interval * n;
        tokio::time::sleep_until(due.into()).await;
        emit(&platform, "DK", n % 8, n).await;
        committed.insert(n, Instant::now());
    }
    let elapsed = start.elapsed();
    let deadline = Instant::now() + Duration::from_secs(30);
    while received.lock().unwrap().len() < total as usize + 1 {
        assert!(Instant::now() < deadline, "not every event arrived");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let mut latencies: Vec<f64> = {
        let got = received.lock().unwrap();
        (0..total)
            .map(|n| {
                got[&n]
                    .saturating_duration_since(committed[&n])
                    .as_secs_f64()
                    * 1000.0
            })
            .collect()
    };
    latencies.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    println!(
        "outbox->consumer via NATS: {total} events at {rate}/s (achieved {:.0}/s): p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        f64::from(total) / elapsed.as_secs_f64(),
        pct(0.50),
        pct(0.95),
        pct(0.99),
        latencies[latencies.len() - 1]
    );
    worker.shutdown().await;
    app.stop().await;
}

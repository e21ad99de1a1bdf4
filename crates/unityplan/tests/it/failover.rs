//! Failover and restarts: writes follow the real primary after a standby is promoted, and
//! pools recover from a restarted node, without restarting UnityPlan.

use std::time::{Duration, Instant};

use kernel::config::NodeRole;
use kernel::TerritoryCode;
use store::{Access, Platform, StartOptions, StoreError};
use testkit::ClusterOptions;

use crate::support::{connect, multi_region_config, new_territory, region};

async fn start(config: kernel::config::Config) -> Platform {
    Platform::start(
        config,
        unityplan::catalog(),
        StartOptions {
            ownership: store::embedded::Ownership::Shared,
            migrate_control: true,
            migrate_territories: true,
            background: true,
        },
    )
    .await
    .unwrap()
}

async fn write(p: &Platform, code: &TerritoryCode, id: i64) -> Result<(), StoreError> {
    let mut tx = p.router().begin(code, Access::Write).await?;
    sqlx::query("INSERT INTO probe (id) VALUES ($1)")
        .bind(id)
        .execute(tx.conn())
        .await
        .map_err(|e| tx.observe(e))?;
    tx.commit().await
}

#[tokio::test]
async fn writes_follow_a_promoted_standby_and_no_acknowledged_write_is_lost() {
    let Some(shared) = testkit::shared_cluster() else {
        return;
    };
    let Some(primary) = testkit::dedicated_cluster(ClusterOptions::default()) else {
        return;
    };
    let standby = primary.standby(true).expect("synchronous standby");
    let control = shared.create_database().await.unwrap();
    let primary_url = primary.create_database().await.unwrap();
    let database = primary_url.rsplit('/').next().unwrap().to_owned();
    let standby_url = standby.url(&database);
    let dir = tempfile::tempdir().unwrap();
    let interval = Duration::from_secs(1);
    let config = multi_region_config(
        &control,
        vec![region(
            "eu",
            "Europe",
            &[
                ("eu-1", &primary_url, NodeRole::Primary),
                ("eu-2", &standby_url, NodeRole::Standby),
            ],
        )],
        dir.path(),
    );
    let p = start(config).await;
    p.create_territory(&new_territory("DK", "eu"))
        .await
        .unwrap();
    let dk = TerritoryCode::parse("DK").unwrap();
    {
        let mut tx = p.router().begin(&dk, Access::Write).await.unwrap();
        sqlx::query("CREATE TABLE probe (id bigint PRIMARY KEY)")
            .execute(tx.conn())
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    let mut acknowledged = Vec::new();
    for id in 0..200 {
        write(&p, &dk, id).await.unwrap();
        acknowledged.push(id);
    }
    // The health task sees the standby (it may have been catching up at start-up).
    let deadline = Instant::now() + Duration::from_secs(10);
    while !p.regions()[0]
        .nodes
        .iter()
        .any(|n| n.name == "eu-2" && n.state == store::pools::NodeState::Standby)
    {
        assert!(
            Instant::now() < deadline,
            "standby never observed: {:?}",
            p.regions()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // The primary dies; writes fail (no primary) until the standby is promoted.
    primary.stop(true).unwrap();
    let refused = write(&p, &dk, 10_000).await;
    assert!(
        matches!(refused, Err(StoreError::RegionUnavailable(..))),
        "{refused:?}"
    );
    standby.promote().unwrap();
    let promoted_at = Instant::now();
    let mut id = 1_000;
    loop {
        match write(&p, &dk, id).await {
            Ok(()) => {
                acknowledged.push(id);
                break;
            }
            Err(StoreError::RegionUnavailable(..)) => {}
            Err(e) => panic!("unexpected error during failover: {e}"),
        }
        assert!(
            promoted_at.elapsed() < interval * 2,
            "writes did not resume within two health intervals"
        );
        id += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let resumed_after = promoted_at.elapsed();
    eprintln!(
        "writes resumed {resumed_after:?} after the promotion (health interval {interval:?})"
    );
    for extra in 2_000..2_050 {
        write(&p, &dk, extra).await.unwrap();
        acknowledged.push(extra);
    }

    // Every acknowledged write is on the promoted node.
    let mut conn = connect(&standby_url).await;
    let present: Vec<i64> = sqlx::query_scalar("SELECT id FROM territory_dk.probe ORDER BY id")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    for id in &acknowledged {
        assert!(
            present.binary_search(id).is_ok(),
            "acknowledged write {id} is missing after failover"
        );
    }
    let regions = p.regions();
    let nodes = &regions[0].nodes;
    assert_eq!(
        nodes.iter().find(|n| n.name == "eu-2").unwrap().state,
        store::pools::NodeState::Primary
    );
    assert_eq!(
        nodes.iter().find(|n| n.name == "eu-1").unwrap().state,
        store::pools::NodeState::Down
    );
    p.shutdown().await;
}

#[tokio::test]
async fn pools_recover_after_pg_ctl_restart() {
    let Some(shared) = testkit::shared_cluster() else {
        return;
    };
    let Some(node) = testkit::dedicated_cluster(ClusterOptions::default()) else {
        return;
    };
    let control = shared.create_database().await.unwrap();
    let url = node.create_database().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config = multi_region_config(
        &control,
        vec![region("eu", "Europe", &[("eu-1", &url, NodeRole::Primary)])],
        dir.path(),
    );
    let p = start(config).await;
    p.create_territory(&new_territory("SE", "eu"))
        .await
        .unwrap();
    let se = TerritoryCode::parse("SE").unwrap();
    {
        let mut tx = p.router().begin(&se, Access::Write).await.unwrap();
        sqlx::query("CREATE TABLE probe (id bigint PRIMARY KEY)")
            .execute(tx.conn())
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    // Open several pooled connections so there is something stale to recover from.
    for id in 0..20 {
        write(&p, &se, id).await.unwrap();
    }
    node.restart().unwrap();
    let restarted = Instant::now();
    let mut id = 100;
    loop {
        match write(&p, &se, id).await {
            Ok(()) => break,
            Err(e) => assert!(
                restarted.elapsed() < Duration::from_secs(10),
                "pool did not recover: {e}"
            ),
        }
        id += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    eprintln!(
        "writes resumed {:?} after pg_ctl restart",
        restarted.elapsed()
    );
    // And keep working: every further write succeeds.
    for extra in 1_000..1_050 {
        write(&p, &se, extra).await.unwrap();
    }
    p.shutdown().await;
}

#[tokio::test]
async fn reads_may_go_to_a_healthy_standby_when_configured() {
    let Some(shared) = testkit::shared_cluster() else {
        return;
    };
    let Some(primary) = testkit::dedicated_cluster(ClusterOptions::default()) else {
        return;
    };
    let standby = primary.standby(false).expect("standby");
    let control = shared.create_database().await.unwrap();
    let primary_url = primary.create_database().await.unwrap();
    let database = primary_url.rsplit('/').next().unwrap().to_owned();
    let standby_url = standby.url(&database);
    let dir = tempfile::tempdir().unwrap();
    let mut config = multi_region_config(
        &control,
        vec![region(
            "eu",
            "Europe",
            &[
                ("eu-1", &primary_url, NodeRole::Primary),
                ("eu-2", &standby_url, NodeRole::Standby),
            ],
        )],
        dir.path(),
    );
    config.database.read_from_standby = true;
    let p = start(config).await;
    p.create_territory(&new_territory("NO", "eu"))
        .await
        .unwrap();
    let no = TerritoryCode::parse("NO").unwrap();
    // Wait until the standby has been seen with a known lag.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let tx = p.router().begin(&no, Access::Read).await.unwrap();
        if tx.node_name() == "eu-2" {
            break;
        }
        drop(tx);
        assert!(
            Instant::now() < deadline,
            "reads never went to the standby: {:?}",
            p.regions()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // Writes still go to the primary.
    let tx = p.router().begin(&no, Access::Write).await.unwrap();
    assert_eq!(tx.node_name(), "eu-1");
    drop(tx);
    // A standby that disappears gets no more reads: they fall back to the primary.
    standby.stop(true).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(tx) = p.router().begin(&no, Access::Read).await {
            if tx.node_name() == "eu-1" {
                break;
            }
        }
        assert!(
            Instant::now() < deadline,
            "reads did not fall back to the primary"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    p.shutdown().await;
}

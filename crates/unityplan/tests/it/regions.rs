//! Two regions on two different PostgreSQL clusters: each territory's requests land on its
//! own region's cluster; a region going down makes it (and only it) unavailable.

use kernel::config::NodeRole;
use kernel::TerritoryCode;
use store::Access;
use testkit::ClusterOptions;

use crate::support::{
    connect, multi_region_config, new_territory, platform, region, spawn_with_config,
};

async fn schema_exists(url: &str, schema: &str) -> bool {
    let mut conn = connect(url).await;
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)")
        .bind(schema)
        .fetch_one(&mut conn)
        .await
        .unwrap()
}

#[tokio::test]
async fn territories_land_on_their_own_regions_cluster() {
    let Some(shared) = testkit::shared_cluster() else {
        return;
    };
    let Some(a) = testkit::dedicated_cluster(ClusterOptions::default()) else {
        return;
    };
    let Some(b) = testkit::dedicated_cluster(ClusterOptions::default()) else {
        return;
    };
    let control = shared.create_database().await.unwrap();
    let a_url = a.create_database().await.unwrap();
    let b_url = b.create_database().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let config = multi_region_config(
        &control,
        vec![
            region("eu", "Europe", &[("eu-a", &a_url, NodeRole::Primary)]),
            region("am", "Americas", &[("am-b", &b_url, NodeRole::Primary)]),
        ],
        dir.path(),
    );

    // Provisioning creates each schema on its own region's cluster only.
    let p = platform(config.clone()).await;
    p.create_territory(&new_territory("DK", "eu"))
        .await
        .unwrap();
    p.create_territory(&new_territory("US", "am"))
        .await
        .unwrap();
    assert!(schema_exists(&a_url, "territory_dk").await);
    assert!(!schema_exists(&b_url, "territory_dk").await);
    assert!(schema_exists(&b_url, "territory_us").await);
    assert!(!schema_exists(&a_url, "territory_us").await);

    // Data written through the router lands on the right cluster.
    for (code, value) in [("DK", "written for DK"), ("US", "written for US")] {
        let code = TerritoryCode::parse(code).unwrap();
        let mut tx = p.router().begin(&code, Access::Write).await.unwrap();
        sqlx::query("CREATE TABLE routed_probe (id int PRIMARY KEY, value text NOT NULL)")
            .execute(tx.conn())
            .await
            .unwrap();
        sqlx::query("INSERT INTO routed_probe VALUES (1, $1)")
            .bind(value)
            .execute(tx.conn())
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    let mut conn = connect(&a_url).await;
    let dk: String = sqlx::query_scalar("SELECT value FROM territory_dk.routed_probe")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(dk, "written for DK");
    let mut conn = connect(&b_url).await;
    let us: String = sqlx::query_scalar("SELECT value FROM territory_us.routed_probe")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(us, "written for US");
    p.shutdown().await;

    // Through HTTP: each territory's read is served by its own region's node.
    let app = spawn_with_config(config, control.clone(), dir).await;
    let (status, body) = app.get_json("/api/v1/t/dk/status").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["served_by"], "eu-a");
    let (status, body) = app.get_json("/api/v1/t/us/status").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["served_by"], "am-b");
    let (status, ready) = app.get_json("/readyz").await;
    assert_eq!(status, 200, "{ready}");

    // Region am goes down: it (and only it) becomes unavailable, with Retry-After.
    b.stop(true).unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let (status, ready) = app.get_json("/readyz").await;
        if status == 503 {
            assert_eq!(ready["ready"], false);
            let am = ready["regions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["region"] == "am")
                .unwrap();
            assert_eq!(am["ready"], false);
            assert_eq!(am["nodes"][0]["state"], "down");
            let eu = ready["regions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["region"] == "eu")
                .unwrap();
            assert_eq!(eu["ready"], true);
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "readyz never turned unready: {ready}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let response = app
        .client
        .get(app.url("/api/v1/t/us/status"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 503);
    assert!(response.headers().get("retry-after").is_some());
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"], "region_unavailable");
    let (status, body) = app.get_json("/api/v1/t/dk/status").await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = app.get_json("/api/v1/territories/us").await;
    assert_eq!(status, 200);
    assert_eq!(body["health"], "unavailable");
    let metrics = app
        .client
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("unityplan_db_region_available{region=\"am\"} 0"),
        "{metrics}"
    );
    assert!(
        metrics.contains("unityplan_db_node_state{region=\"am\",node=\"am-b\",state=\"down\"} 1")
    );

    // It comes back without restarting UnityPlan.
    b.start_again().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let (status, body) = app.get_json("/api/v1/t/us/status").await;
        if status == 200 {
            assert_eq!(body["served_by"], "am-b");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "region am did not come back: {body}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    app.stop().await;
}

//! The migration framework: provisioning, idempotence, resuming after an interruption,
//! checksums, and refusal during a move.

use kernel::TerritoryCode;
use store::migrate::{self, Catalog, Migration, MigrationSet, Scope};

use crate::support::{connect, fresh_database, platform};

#[tokio::test]
async fn provisioning_creates_the_schema_and_runs_every_migration() {
    let Some((_, url)) = fresh_database().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let p = platform(crate::support::config_for(&url, dir.path())).await;
    let created = p
        .create_territory(&crate::support::new_territory("IS", "eu"))
        .await
        .unwrap();
    assert_eq!(created.status, store::TerritoryStatus::Active);
    let mut conn = connect(&url).await;
    let applied: Vec<(String, i32)> = sqlx::query_as(
        "SELECT domain, version FROM territory_is.schema_migrations ORDER BY domain, version",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(applied.len(), unityplan::catalog().count(Scope::Territory));
    let code: String = sqlx::query_scalar("SELECT code FROM territory_is.territory_meta")
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(code, "IS");

    // Running migrate again changes nothing.
    let summary = p.migrate(|_| {}).await.unwrap();
    assert_eq!((summary.control_applied, summary.territory_applied), (0, 0));
    assert!(summary.failed.is_empty());
    let again: Vec<(String, i32)> = sqlx::query_as(
        "SELECT domain, version FROM territory_is.schema_migrations ORDER BY domain, version",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(applied, again);
    p.shutdown().await;
}

const V1: Migration = Migration {
    version: 1,
    name: "first",
    sql: "CREATE TABLE resume_one (id int PRIMARY KEY);",
};
const V2_BROKEN: Migration = Migration {
    version: 2,
    name: "second",
    // The table is created, then the statement after it fails: the whole migration must
    // roll back, leaving no trace.
    sql: "CREATE TABLE resume_two (id int PRIMARY KEY); INSERT INTO resume_two VALUES ('not a number');",
};
const V2: Migration = Migration {
    version: 2,
    name: "second",
    sql: "CREATE TABLE resume_two (id int PRIMARY KEY);",
};
const V3: Migration = Migration {
    version: 3,
    name: "third",
    sql: "CREATE TABLE resume_three (id int PRIMARY KEY);",
};

#[tokio::test]
async fn an_interrupted_migration_resumes_where_it_stopped() {
    let Some((cluster, _)) = fresh_database().await else {
        return;
    };
    let url = cluster.create_database().await.unwrap();
    let mut conn = connect(&url).await;
    static BROKEN: &[Migration] = &[V1, V2_BROKEN, V3];
    static FIXED: &[Migration] = &[V1, V2, V3];
    let broken = Catalog::default().with(MigrationSet {
        domain: "resume",
        scope: Scope::Territory,
        migrations: BROKEN,
    });
    let fixed = Catalog::default().with(MigrationSet {
        domain: "resume",
        scope: Scope::Territory,
        migrations: FIXED,
    });

    let err = migrate::apply(&mut conn, &broken, Scope::Territory, "territory_zz")
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("resume/2 `second` failed and was rolled back"),
        "{err}"
    );
    let done = migrate::applied(&mut conn, "territory_zz").await.unwrap();
    assert_eq!(done, vec![("resume".to_owned(), 1)]);
    let two_exists: bool =
        sqlx::query_scalar("SELECT to_regclass('territory_zz.resume_two') IS NOT NULL")
            .fetch_one(&mut conn)
            .await
            .unwrap();
    assert!(!two_exists, "a failed migration must leave nothing behind");

    let report = migrate::apply(&mut conn, &fixed, Scope::Territory, "territory_zz")
        .await
        .unwrap();
    assert_eq!(report.applied, vec!["resume/2 second", "resume/3 third"]);
    assert_eq!(report.already, 1);
    let report = migrate::apply(&mut conn, &fixed, Scope::Territory, "territory_zz")
        .await
        .unwrap();
    assert!(report.applied.is_empty());
    assert_eq!(report.already, 3);

    // Editing an applied migration is refused.
    static EDITED: &[Migration] = &[
        Migration {
            version: 1,
            name: "first",
            sql: "CREATE TABLE resume_one (id bigint PRIMARY KEY);",
        },
        V2,
        V3,
    ];
    let edited = Catalog::default().with(MigrationSet {
        domain: "resume",
        scope: Scope::Territory,
        migrations: EDITED,
    });
    let err = migrate::apply(&mut conn, &edited, Scope::Territory, "territory_zz")
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("was changed after it was applied"),
        "{err}"
    );
}

#[tokio::test]
async fn a_territory_being_moved_refuses_migrations() {
    let Some((_, url)) = fresh_database().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let p = platform(crate::support::config_for(&url, dir.path())).await;
    let mut conn = connect(&url).await;
    sqlx::query("UPDATE control.territories SET status = 'moving' WHERE code = 'FI'")
        .execute(&mut conn)
        .await
        .unwrap();
    let summary = p.migrate(|_| {}).await.unwrap();
    let fi = TerritoryCode::parse("FI").unwrap();
    let (_, reason) = summary
        .failed
        .iter()
        .find(|(code, _)| code == &fi)
        .expect("FI refused");
    assert!(reason.contains("being moved"), "{reason}");
    assert_eq!(
        summary.failed.len(),
        1,
        "only FI is refused: {:?}",
        summary.failed
    );
    p.shutdown().await;
}

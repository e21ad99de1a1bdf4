//! The shared, content-addressed file store.
//!
//! Bytes live once on disk under `<data.dir>/files/aa/bb/<sha256>` whatever territory uploaded
//! them; which territory *has* a file is recorded in that territory's schema (table
//! `file_objects`), so a territory only serves its own files and its metadata moves with it.
//! A domain stores a file with [`FileStore::put`] / [`FileStore::put_stream`] inside its own
//! territory transaction, keeps the returned [`FileRef`] (the hash) in its own tables, and
//! links to `GET /api/v1/t/{territory}/files/{sha256}` ([`routes`]), which serves the file
//! with its sniffed type, Range support and immutable caching (the URL names the content).
//!
//! The client's declared type is never trusted: the type is sniffed from the bytes
//! ([`sniff::sniff`]) and checked against the caller's [`Policy`].

pub mod http;
pub mod range;
pub mod sniff;

use std::path::{Path, PathBuf};

use axum::http::StatusCode;
use bytes::Bytes;
use futures::{Stream, StreamExt};
use kernel::{AppError, AppResult};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::PgConnection;
use store::{Migration, MigrationSet, Scope};
use tokio::io::AsyncWriteExt;

pub use http::routes;

/// Territory schema: which files this territory holds.
pub const TERRITORY_MIGRATIONS: MigrationSet = MigrationSet {
    domain: "files",
    scope: Scope::Territory,
    migrations: &[Migration {
        version: 1,
        name: "file objects",
        sql: r#"
CREATE TABLE file_objects (
    sha256       text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes   bigint NOT NULL CHECK (size_bytes >= 0),
    content_type text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
"#,
    }],
};

/// What a caller accepts for one kind of upload.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Largest accepted file, in bytes.
    pub max_bytes: u64,
    /// Accepted sniffed types: exact (`application/pdf`) or a family prefix ending in `/`
    /// (`image/`). SVG and HTML are never accepted whatever the list says: browsers run
    /// scripts in them.
    pub allowed: Vec<String>,
}

impl Policy {
    /// Images only (cover images, avatars).
    pub fn images(max_bytes: u64) -> Self {
        Self::of(
            max_bytes,
            &[
                "image/png",
                "image/jpeg",
                "image/gif",
                "image/webp",
                "image/avif",
            ],
        )
    }

    /// Documents, images, audio, video and plain-text formats: course attachments, forum
    /// attachments, learner file answers.
    pub fn attachments(max_bytes: u64) -> Self {
        Self::of(
            max_bytes,
            &[
                "image/png",
                "image/jpeg",
                "image/gif",
                "image/webp",
                "image/avif",
                "application/pdf",
                "application/zip",
                "audio/",
                "video/",
                "text/plain",
                "text/markdown",
                "text/csv",
                "text/vtt",
                "application/json",
            ],
        )
    }

    /// Video (and its captions) for interactive video lessons.
    pub fn video(max_bytes: u64) -> Self {
        Self::of(max_bytes, &["video/", "text/vtt"])
    }

    /// A policy from a list of types or `family/` prefixes.
    pub fn of(max_bytes: u64, allowed: &[&str]) -> Self {
        Self {
            max_bytes,
            allowed: allowed.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// Whether a sniffed type is accepted.
    pub fn accepts(&self, content_type: &str) -> bool {
        if content_type == "text/html" || content_type == "image/svg+xml" {
            return false;
        }
        self.allowed.iter().any(|a| {
            if a.ends_with('/') {
                content_type.starts_with(a.as_str())
            } else {
                a == content_type
            }
        })
    }
}

/// A stored file: its hash (the id), size and sniffed type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct FileRef {
    /// Lower-case hex SHA-256 of the content; the file's id.
    pub sha256: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// The type sniffed from the content.
    pub content_type: String,
}

impl FileRef {
    /// The path that serves this file in `territory`.
    pub fn url(&self, territory: &kernel::TerritoryCode) -> String {
        format!("/api/v1/t/{}/files/{}", territory.lower(), self.sha256)
    }
}

/// The store: a directory of blobs plus the per-territory metadata table.
#[derive(Debug, Clone)]
pub struct FileStore {
    root: PathBuf,
}

/// Validate a SHA-256 id from a URL or a request body.
pub fn parse_sha256(raw: &str) -> AppResult<String> {
    let lower = raw.trim().to_ascii_lowercase();
    if lower.len() == 64 && lower.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(lower)
    } else {
        Err(AppError::bad_request(
            "invalid_file_id",
            "A file id is the 64-character hexadecimal SHA-256 of its content.",
        ))
    }
}

impl FileStore {
    /// A store under `data_dir/files` (created on first write).
    pub fn new(data_dir: &Path) -> Self {
        Self {
            root: data_dir.join("files"),
        }
    }

    /// Where the blob of `sha256` lives: `files/aa/bb/<sha256>`.
    pub fn blob_path(&self, sha256: &str) -> PathBuf {
        let a = sha256.get(0..2).unwrap_or("00");
        let b = sha256.get(2..4).unwrap_or("00");
        self.root.join(a).join(b).join(sha256)
    }

    /// Store `data` for the territory of `conn` (a territory transaction's connection).
    pub async fn put(
        &self,
        conn: &mut PgConnection,
        data: &[u8],
        declared_type: Option<&str>,
        policy: &Policy,
    ) -> AppResult<FileRef> {
        let chunk = Bytes::copy_from_slice(data);
        let stream = futures::stream::once(async move { Ok::<_, std::io::Error>(chunk) });
        self.put_stream(conn, stream, declared_type, policy).await
    }

    /// Store a stream (e.g. `axum::body::Body::into_data_stream()`) without holding it in
    /// memory; refused with 413 `file_too_large` as soon as it passes `policy.max_bytes`,
    /// with 415 `file_type_not_allowed` when the sniffed type is not accepted, and 422
    /// `file_empty` for zero bytes.
    ///
    /// The blob is written before the metadata row; if the caller's transaction rolls back
    /// the blob stays as an unreferenced file (harmless: content-addressed, and a later put of
    /// the same bytes reuses it).
    pub async fn put_stream<S, E>(
        &self,
        conn: &mut PgConnection,
        stream: S,
        declared_type: Option<&str>,
        policy: &Policy,
    ) -> AppResult<FileRef>
    where
        S: Stream<Item = Result<Bytes, E>>,
        E: std::fmt::Display,
    {
        let tmp_dir = self.root.join("tmp");
        tokio::fs::create_dir_all(&tmp_dir)
            .await
            .map_err(AppError::internal)?;
        let tmp_path = tmp_dir.join(uuid::Uuid::new_v4().to_string());
        let result = self
            .write_tmp(&tmp_path, stream, declared_type, policy)
            .await;
        let (sha256, size, content_type) = match result {
            Ok(v) => v,
            Err(e) => {
                let _ = tokio::fs::remove_file(&tmp_path).await;
                return Err(e);
            }
        };
        let final_path = self.blob_path(&sha256);
        if tokio::fs::try_exists(&final_path).await.unwrap_or(false) {
            let _ = tokio::fs::remove_file(&tmp_path).await;
        } else {
            if let Some(parent) = final_path.parent() {
                tokio::fs::create_dir_all(parent)
                    .await
                    .map_err(AppError::internal)?;
            }
            tokio::fs::rename(&tmp_path, &final_path)
                .await
                .map_err(AppError::internal)?;
        }
        let size_bytes = i64::try_from(size).map_err(AppError::internal)?;
        sqlx::query(
            "INSERT INTO file_objects (sha256, size_bytes, content_type) VALUES ($1, $2, $3) \
             ON CONFLICT (sha256) DO NOTHING",
        )
        .bind(&sha256)
        .bind(size_bytes)
        .bind(content_type)
        .execute(&mut *conn)
        .await?;
        Ok(FileRef {
            sha256,
            size_bytes,
            content_type: content_type.to_owned(),
        })
    }

    async fn write_tmp<S, E>(
        &self,
        tmp_path: &Path,
        stream: S,
        declared_type: Option<&str>,
        policy: &Policy,
    ) -> AppResult<(String, u64, &'static str)>
    where
        S: Stream<Item = Result<Bytes, E>>,
        E: std::fmt::Display,
    {
        let mut file = tokio::fs::File::create(tmp_path)
            .await
            .map_err(AppError::internal)?;
        let mut hasher = Sha256::new();
        let mut size: u64 = 0;
        let mut head: Vec<u8> = Vec::with_capacity(512);
        let mut stream = std::pin::pin!(stream);
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| {
                AppError::bad_request(
                    "upload_interrupted",
                    format!("The upload could not be read to the end ({e}). Send it again."),
                )
            })?;
            size += chunk.len() as u64;
            if size > policy.max_bytes {
                return Err(AppError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "file_too_large",
                    format!(
                        "The file is larger than the limit of {} bytes for this upload. Send a smaller file.",
                        policy.max_bytes
                    ),
                ));
            }
            if head.len() < 512 {
                let take = (512 - head.len()).min(chunk.len());
                head.extend_from_slice(&chunk[..take]);
            }
            hasher.update(&chunk);
            file.write_all(&chunk).await.map_err(AppError::internal)?;
        }
        file.flush().await.map_err(AppError::internal)?;
        file.sync_all().await.map_err(AppError::internal)?;
        if size == 0 {
            return Err(AppError::invalid_field("file", "The file is empty."));
        }
        let content_type = sniff::sniff(&head, declared_type);
        if !policy.accepts(content_type) {
            return Err(AppError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "file_type_not_allowed",
                format!(
                    "The content is {content_type}, which this upload does not accept. Accepted: {}.",
                    policy.allowed.join(", ")
                ),
            ));
        }
        Ok((hex::encode(hasher.finalize()), size, content_type))
    }

    /// The metadata of `sha256` when the territory of `conn` holds it.
    pub async fn get(&self, conn: &mut PgConnection, sha256: &str) -> AppResult<Option<FileRef>> {
        let row: Option<(String, i64, String)> = sqlx::query_as(
            "SELECT sha256, size_bytes, content_type FROM file_objects WHERE sha256 = $1",
        )
        .bind(sha256)
        .fetch_optional(&mut *conn)
        .await?;
        Ok(row.map(|(sha256, size_bytes, content_type)| FileRef {
            sha256,
            size_bytes,
            content_type,
        }))
    }

    /// Like [`get`](Self::get) but a missing file is 404 `file_not_found` (for domains that
    /// accept a file id in a request body, e.g. a cover image).
    pub async fn require(&self, conn: &mut PgConnection, sha256: &str) -> AppResult<FileRef> {
        let sha256 = parse_sha256(sha256)?;
        self.get(conn, &sha256).await?.ok_or_else(|| {
            AppError::not_found(
                "file_not_found",
                "No file with that id has been uploaded to this territory. Upload it first.",
            )
        })
    }

    /// Read a stored file completely (small files: imports, tests).
    pub async fn read(&self, file: &FileRef) -> AppResult<Vec<u8>> {
        tokio::fs::read(self.blob_path(&file.sha256))
            .await
            .map_err(AppError::internal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_never_accepts_active_content() {
        let p = Policy::of(10, &["text/", "image/"]);
        assert!(p.accepts("image/png"));
        assert!(!p.accepts("image/svg+xml"));
        assert!(!p.accepts("text/html"));
        assert!(Policy::images(1).accepts("image/webp"));
        assert!(!Policy::images(1).accepts("application/pdf"));
    }

    #[test]
    fn blob_paths_fan_out_by_prefix() {
        let s = FileStore::new(Path::new("/data"));
        let h = "abcdef".to_owned() + &"0".repeat(58);
        assert_eq!(
            s.blob_path(&h),
            PathBuf::from(format!("/data/files/ab/cd/{h}"))
        );
        assert!(parse_sha256(&h.to_uppercase()).is_ok());
        assert!(parse_sha256("abc").is_err());
        assert!(parse_sha256(&"g".repeat(64)).is_err());
    }
}

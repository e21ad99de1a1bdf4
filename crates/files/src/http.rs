//! `GET /api/v1/t/{territory}/files/{sha256}`: serve a stored file with its sniffed type,
//! single-range requests, a strong ETag and immutable caching (the URL names the content, so
//! it can never change). Active types are never rendered inline.

use std::io::SeekFrom;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRef, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use kernel::error::ErrorBody;
use kernel::{AppError, AppResult, TerritoryCode};
use store::{Access, Platform};
use tokio::io::{AsyncReadExt, AsyncSeekExt};
use tokio_util::io::ReaderStream;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::range::{self, RangeReply};
use crate::{parse_sha256, FileStore};

/// The file-serving route; the app state must provide `Arc<Platform>` and `Arc<FileStore>`.
pub fn routes<S>() -> OpenApiRouter<S>
where
    S: Clone + Send + Sync + 'static,
    Arc<Platform>: FromRef<S>,
    Arc<FileStore>: FromRef<S>,
{
    OpenApiRouter::new().routes(routes!(get_file))
}

/// Serve a file of the territory. Honours `Range: bytes=…` (one range), `If-None-Match`.
#[utoipa::path(get, path = "/api/v1/t/{territory}/files/{sha256}", tag = "files",
    params(
        ("territory" = String, Path, description = "Territory code, e.g. dk"),
        ("sha256" = String, Path, description = "SHA-256 of the content (64 hex characters)")
    ),
    responses(
        (status = 200, description = "The whole file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 206, description = "The requested byte range", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 304, description = "Not modified (ETag matched)"),
        (status = 400, description = "Malformed id", body = ErrorBody),
        (status = 404, description = "No such file in this territory", body = ErrorBody),
        (status = 416, description = "Range not satisfiable", body = ErrorBody)
    ))]
async fn get_file(
    State(platform): State<Arc<Platform>>,
    State(files): State<Arc<FileStore>>,
    Path((territory, sha256)): Path<(String, String)>,
    headers: HeaderMap,
) -> AppResult<Response> {
    let territory = TerritoryCode::parse(&territory)?;
    let sha256 = parse_sha256(&sha256)?;
    let mut tx = platform.router().begin(&territory, Access::Read).await?;
    let found = files.get(tx.conn(), &sha256).await?;
    tx.commit().await?;
    let file = found.ok_or_else(|| {
        AppError::not_found("file_not_found", "This territory has no file with that id.")
    })?;
    serve(&files, &file, &headers).await
}

/// Build the response for `file` given the request headers (exposed so a domain can serve a
/// file under its own access checks).
pub async fn serve(
    files: &FileStore,
    file: &crate::FileRef,
    headers: &HeaderMap,
) -> AppResult<Response> {
    let etag = format!("\"{}\"", file.sha256);
    let mut common = HeaderMap::new();
    common.insert(header::ETAG, value(&etag));
    common.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    common.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    common.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    common.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; media-src 'self'; sandbox"),
    );
    if !inline_safe(&file.content_type) {
        common.insert(
            header::CONTENT_DISPOSITION,
            HeaderValue::from_static("attachment"),
        );
    }
    if let Some(inm) = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        if inm.split(',').any(|t| t.trim() == etag || t.trim() == "*") {
            return Ok((StatusCode::NOT_MODIFIED, common).into_response());
        }
    }
    let len = u64::try_from(file.size_bytes).map_err(AppError::internal)?;
    // If-Range with a different validator means "send everything".
    let range_header = match headers.get(header::IF_RANGE).and_then(|v| v.to_str().ok()) {
        Some(tag) if tag.trim() != etag => None,
        _ => headers.get(header::RANGE).and_then(|v| v.to_str().ok()),
    };
    let reply = range::parse(range_header, len);
    if reply == RangeReply::Unsatisfiable {
        let mut response = AppError::new(
            StatusCode::RANGE_NOT_SATISFIABLE,
            "range_not_satisfiable",
            format!("The file has {len} bytes; the requested range starts beyond it."),
        )
        .into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_RANGE, value(&format!("bytes */{len}")));
        return Ok(response);
    }
    let mut handle = tokio::fs::File::open(files.blob_path(&file.sha256))
        .await
        .map_err(AppError::internal)?;
    common.insert(header::CONTENT_TYPE, value(&file.content_type));
    match reply {
        RangeReply::Partial { start, end } => {
            handle
                .seek(SeekFrom::Start(start))
                .await
                .map_err(AppError::internal)?;
            let count = end - start + 1;
            common.insert(header::CONTENT_LENGTH, value(&count.to_string()));
            common.insert(
                header::CONTENT_RANGE,
                value(&format!("bytes {start}-{end}/{len}")),
            );
            let body = Body::from_stream(ReaderStream::new(handle.take(count)));
            Ok((StatusCode::PARTIAL_CONTENT, common, body).into_response())
        }
        _ => {
            common.insert(header::CONTENT_LENGTH, value(&len.to_string()));
            let body = Body::from_stream(ReaderStream::new(handle));
            Ok((StatusCode::OK, common, body).into_response())
        }
    }
}

fn inline_safe(content_type: &str) -> bool {
    content_type.starts_with("image/") && content_type != "image/svg+xml"
        || content_type.starts_with("video/")
        || content_type.starts_with("audio/")
        || matches!(
            content_type,
            "application/pdf" | "text/plain" | "text/vtt" | "text/markdown" | "text/csv"
        )
}

fn value(text: &str) -> HeaderValue {
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static("invalid"))
}

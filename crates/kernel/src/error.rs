//! The one error type of UnityPlan.
//!
//! Every failure that reaches a client becomes `{"error": "<code>", "message": "…", "fields": {…}}`
//! with a stable snake_case code. Internal causes are attached to the response as an
//! [`ErrorReport`] extension so the logging middleware can record them once; they are never
//! sent to clients.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// Result alias used by services and handlers.
pub type AppResult<T> = Result<T, AppError>;

/// The error body every API error uses.
#[derive(Debug, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Stable snake_case code a client can match on.
    pub error: String,
    /// A sentence saying what went wrong and what to change.
    pub message: String,
    /// Per-field messages for validation errors.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
}

/// The internal cause of a failed request, kept for the log and never sent to clients.
#[derive(Clone, Debug)]
pub struct ErrorReport(pub Arc<String>);

/// An error that can be returned from any handler or service.
#[derive(Debug, thiserror::Error)]
#[error("{code}: {message}")]
pub struct AppError {
    status: StatusCode,
    code: &'static str,
    message: String,
    fields: BTreeMap<String, String>,
    retry_after_secs: Option<u64>,
    #[source]
    source: Option<anyhow::Error>,
}

impl AppError {
    /// A new error with a status, a stable code and a human message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
            fields: BTreeMap::new(),
            retry_after_secs: None,
            source: None,
        }
    }

    /// 400: the request is malformed or a value is invalid.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// 422 `validation_failed` with one message per field.
    pub fn validation(fields: BTreeMap<String, String>) -> Self {
        let names: Vec<&str> = fields.keys().map(String::as_str).collect();
        let message = format!("Some fields are invalid: {}.", names.join(", "));
        let mut err = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
            message,
        );
        err.fields = fields;
        err
    }

    /// 422 for a single invalid field.
    pub fn invalid_field(field: &str, message: impl Into<String>) -> Self {
        let mut fields = BTreeMap::new();
        fields.insert(field.to_owned(), message.into());
        Self::validation(fields)
    }

    /// 404 with a specific code (e.g. `territory_not_found`).
    pub fn not_found(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, code, message)
    }

    /// 409 with a specific code (e.g. `territory_exists`).
    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, code, message)
    }

    /// 401 `unauthenticated`.
    pub fn unauthenticated(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "unauthenticated", message)
    }

    /// 403 with a specific code.
    pub fn forbidden(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, code, message)
    }

    /// 429 `rate_limited` with `Retry-After`.
    pub fn rate_limited(retry_after_secs: u64) -> Self {
        let mut err = Self::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!("Too many requests. Try again in {retry_after_secs} s."),
        );
        err.retry_after_secs = Some(retry_after_secs);
        err
    }

    /// 503 with a specific code and `Retry-After`.
    pub fn unavailable(
        code: &'static str,
        message: impl Into<String>,
        retry_after_secs: u64,
    ) -> Self {
        let mut err = Self::new(StatusCode::SERVICE_UNAVAILABLE, code, message);
        err.retry_after_secs = Some(retry_after_secs);
        err
    }

    /// 500 `internal`: the cause is logged, the client sees a generic message.
    pub fn internal(source: impl Into<anyhow::Error>) -> Self {
        let mut err = Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Something went wrong on our side. The error has been logged; please try again.",
        );
        err.source = Some(source.into());
        err
    }

    /// Attach an internal cause (logged, never sent).
    pub fn with_source(mut self, source: impl Into<anyhow::Error>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Add a per-field message.
    pub fn with_field(mut self, field: &str, message: impl Into<String>) -> Self {
        self.fields.insert(field.to_owned(), message.into());
        self
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The human message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Seconds a client should wait before retrying, when known.
    pub fn retry_after_secs(&self) -> Option<u64> {
        self.retry_after_secs
    }

    /// The body sent to the client.
    pub fn body(&self) -> ErrorBody {
        ErrorBody {
            error: self.code.to_owned(),
            message: self.message.clone(),
            fields: self.fields.clone(),
        }
    }
}

impl AppError {
    /// Map a database error: a unique violation is a 409 `conflict`, an unreachable or
    /// read-only server a 503 `database_unavailable`, anything else a 500.
    pub fn from_database(err: sqlx::Error) -> Self {
        let code = match &err {
            sqlx::Error::Database(db) => db.code().map(|c| c.into_owned()),
            _ => None,
        };
        match (&err, code.as_deref()) {
            (_, Some("23505")) => {
                Self::conflict("conflict", "That already exists.").with_source(err)
            }
            (_, Some(c)) if c == "25006" || c.starts_with("08") || c.starts_with("57P") => {
                Self::unavailable(
                    "database_unavailable",
                    "The database is unavailable right now. Try again shortly.",
                    5,
                )
                .with_source(err)
            }
            (sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed, _) => {
                Self::unavailable(
                    "database_unavailable",
                    "The database is busy or unavailable right now. Try again shortly.",
                    5,
                )
                .with_source(err)
            }
            _ => Self::internal(err),
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        Self::from_database(err)
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let body = self.body();
        let mut response = (self.status, axum::Json(body)).into_response();
        if let Some(secs) = self.retry_after_secs {
            if let Ok(value) = HeaderValue::from_str(&secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        let report = match &self.source {
            Some(source) => format!("{}: {:#}", self.code, source),
            None => format!("{}: {}", self.code, self.message),
        };
        response
            .extensions_mut()
            .insert(ErrorReport(Arc::new(report)));
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_maps_to_status_code_and_body() {
        let err = AppError::not_found("territory_not_found", "No territory XX.");
        assert_eq!(err.status(), StatusCode::NOT_FOUND);
        let response = err.into_response();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert!(response.extensions().get::<ErrorReport>().is_some());
    }

    #[test]
    fn unavailable_sets_retry_after() {
        let response = AppError::unavailable("region_unavailable", "down", 5).into_response();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(
            response
                .headers()
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok()),
            Some("5")
        );
    }

    #[test]
    fn internal_hides_the_cause_from_the_body() {
        let err = AppError::internal(anyhow::anyhow!("password=hunter2 connection refused"));
        let body = serde_json::to_string(&err.body()).unwrap();
        assert!(!body.contains("hunter2"));
        assert!(body.contains("\"internal\""));
    }

    #[test]
    fn validation_lists_fields() {
        let err = AppError::invalid_field("code", "must be two letters");
        assert_eq!(err.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(err.message().contains("code"));
        assert_eq!(
            err.body().fields.get("code").map(String::as_str),
            Some("must be two letters")
        );
    }
}

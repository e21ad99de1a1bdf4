//! Typed events and the JSON envelope they travel in.

use chrono::{DateTime, Utc};
use kernel::{AppError, TerritoryCode};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A typed, versioned event. `DOMAIN` and `NAME` form the subject
/// `up.<territory>.<DOMAIN>.<NAME>`; both are lower-case `[a-z0-9_]` words. Bump `VERSION`
/// when the payload changes incompatibly (consumers see it in [`Envelope::version`]).
pub trait Event: Serialize {
    /// The emitting domain, e.g. `forum`.
    const DOMAIN: &'static str;
    /// The event name, e.g. `post_created`.
    const NAME: &'static str;
    /// The payload version.
    const VERSION: u16;
}

/// One event as stored in the outbox and published: the metadata plus the JSON payload.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct Envelope {
    /// Event id (UUID v7, time-ordered); also the NATS `Nats-Msg-Id`.
    pub id: Uuid,
    /// The territory whose outbox holds it.
    #[schema(value_type = String, example = "DK")]
    pub territory: TerritoryCode,
    /// Emitting domain.
    pub domain: String,
    /// Event name.
    pub name: String,
    /// Payload version.
    pub version: i32,
    /// When the change happened (transaction time).
    pub occurred_at: DateTime<Utc>,
    /// The event's own fields.
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
}

impl Envelope {
    /// `up.<territory>.<domain>.<name>`, territory in lower case.
    pub fn subject(&self) -> String {
        subject(&self.territory, &self.domain, &self.name)
    }

    /// True when this envelope carries an `E`.
    pub fn is<E: Event>(&self) -> bool {
        self.domain == E::DOMAIN && self.name == E::NAME
    }

    /// Decode the payload as `E` (checking domain and name).
    pub fn decode<E: Event + DeserializeOwned>(&self) -> Result<E, AppError> {
        if !self.is::<E>() {
            return Err(AppError::internal(anyhow::anyhow!(
                "event {} is {}.{}, not {}.{}",
                self.id,
                self.domain,
                self.name,
                E::DOMAIN,
                E::NAME
            )));
        }
        serde_json::from_value(self.payload.clone()).map_err(|e| {
            AppError::internal(anyhow::anyhow!(
                "event {} ({}.{} v{}) does not decode: {e}",
                self.id,
                self.domain,
                self.name,
                self.version
            ))
        })
    }
}

/// The subject of an event.
pub fn subject(territory: &TerritoryCode, domain: &str, name: &str) -> String {
    format!("up.{}.{domain}.{name}", territory.lower())
}

/// True for a subject token we emit: non-empty lower-case ASCII letters, digits, `_`.
pub(crate) fn valid_token(token: &str) -> bool {
    !token.is_empty()
        && token
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// NATS subject matching: `*` matches one token, a final `>` one or more.
pub fn subject_matches(filter: &str, subject: &str) -> bool {
    let mut f = filter.split('.');
    let mut s = subject.split('.');
    loop {
        match (f.next(), s.next()) {
            (Some(">"), Some(_)) => return true,
            (Some("*"), Some(_)) => {}
            (Some(a), Some(b)) if a == b => {}
            (None, None) => return true,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize)]
    struct Ping {
        n: u32,
    }
    impl Event for Ping {
        const DOMAIN: &'static str = "test";
        const NAME: &'static str = "ping";
        const VERSION: u16 = 1;
    }

    #[test]
    fn subjects_and_matching() {
        let dk = TerritoryCode::parse("DK").unwrap();
        assert_eq!(
            subject(&dk, "forum", "post_created"),
            "up.dk.forum.post_created"
        );
        assert!(subject_matches("up.>", "up.dk.forum.post_created"));
        assert!(subject_matches("up.*.forum.>", "up.dk.forum.post_created"));
        assert!(subject_matches(
            "up.*.forum.post_created",
            "up.se.forum.post_created"
        ));
        assert!(!subject_matches(
            "up.*.forum.mention",
            "up.se.forum.post_created"
        ));
        assert!(!subject_matches(
            "up.*.learning.>",
            "up.dk.forum.post_created"
        ));
        assert!(!subject_matches("up.dk", "up.dk.forum.x"));
        assert!(valid_token("post_created"));
        assert!(!valid_token("Post"));
        assert!(!valid_token("a.b"));
    }

    #[test]
    fn decode_checks_the_type() {
        let env = Envelope {
            id: Uuid::now_v7(),
            territory: TerritoryCode::parse("dk").unwrap(),
            domain: "test".into(),
            name: "ping".into(),
            version: 1,
            occurred_at: Utc::now(),
            payload: serde_json::json!({"n": 7}),
        };
        assert_eq!(env.decode::<Ping>().unwrap().n, 7);
        let other = Envelope {
            name: "pong".into(),
            ..env
        };
        assert!(other.decode::<Ping>().is_err());
    }
}

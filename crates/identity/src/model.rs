//! Typed ids, roles and validated account fields.

use std::fmt;
use std::str::FromStr;

use kernel::{AppError, TerritoryCode};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A user id (UUID v7, so ids sort by creation time).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    ToSchema,
    sqlx::Type,
)]
#[sqlx(transparent)]
#[serde(transparent)]
#[schema(value_type = String, format = Uuid)]
pub struct UserId(pub Uuid);

impl UserId {
    /// A fresh id.
    pub fn new() -> Self {
        Self(Uuid::now_v7())
    }

    /// Parse from text (path parameters).
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        Uuid::parse_str(raw.trim()).map(Self).map_err(|_| {
            AppError::bad_request(
                "invalid_user_id",
                format!("`{}` is not a user id (a UUID).", truncate(raw)),
            )
        })
    }
}

impl Default for UserId {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A role, granted per territory (platform admin is platform-wide).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, everywhere.
    PlatformAdmin,
    /// Administers one territory; implies its moderator, instructor and translator roles.
    TerritoryAdmin,
    /// Moderates a territory's communities.
    Moderator,
    /// Authors and runs courses.
    Instructor,
    /// Translates content.
    Translator,
    /// A member (every user is implicitly a member of their home territory).
    Member,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 6] = [
        Role::PlatformAdmin,
        Role::TerritoryAdmin,
        Role::Moderator,
        Role::Instructor,
        Role::Translator,
        Role::Member,
    ];

    /// The snake_case name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::PlatformAdmin => "platform_admin",
            Role::TerritoryAdmin => "territory_admin",
            Role::Moderator => "moderator",
            Role::Instructor => "instructor",
            Role::Translator => "translator",
            Role::Member => "member",
        }
    }

    /// A readable name for messages.
    pub fn label(self) -> &'static str {
        match self {
            Role::PlatformAdmin => "platform admin",
            Role::TerritoryAdmin => "territory admin",
            Role::Moderator => "moderator",
            Role::Instructor => "instructor",
            Role::Translator => "translator",
            Role::Member => "member",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = AppError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim())
            .ok_or_else(|| {
                AppError::invalid_field(
                    "role",
                    "must be one of platform_admin, territory_admin, moderator, instructor, translator, member",
                )
            })
    }
}

/// A role grant: the role and where it applies (`None` = platform-wide).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct Grant {
    /// The role.
    pub role: Role,
    /// The territory, or none for platform-wide roles.
    pub territory: Option<TerritoryCode>,
}

/// A handle: 3–30 characters `a-z`, `0-9`, `_`, starting with a letter; unique platform-wide
/// and shown as `@name:dk`. Input is case-insensitive and may carry `@` and `:dk`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, ToSchema)]
#[schema(value_type = String, example = "ada")]
pub struct Handle(String);

impl Handle {
    /// Parse and normalise.
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let mut text = raw.trim().trim_start_matches('@').to_ascii_lowercase();
        if let Some((name, _territory)) = text.split_once(':') {
            text = name.to_owned();
        }
        let valid = (3..=30).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_lowercase())
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if valid {
            Ok(Self(text))
        } else {
            Err(AppError::invalid_field(
                "handle",
                "use 3–30 characters: letters a–z, digits and _, starting with a letter",
            ))
        }
    }

    /// The normalised handle.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `@name:dk`.
    pub fn display(&self, territory: &TerritoryCode) -> String {
        format!("@{}:{}", self.0, territory.lower())
    }
}

/// An email address (lightly validated; delivery proves it). Stored as given, compared
/// lower-cased.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[schema(value_type = String, example = "ada@example.org")]
pub struct Email(String);

impl Email {
    /// Parse.
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let text = raw.trim();
        let ok = text.len() <= 254
            && text
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && c != '<' && c != '>' && c != ',')
            && match text.rsplit_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && local.len() <= 64
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                }
                None => false,
            };
        if ok {
            Ok(Self(text.to_owned()))
        } else {
            Err(AppError::invalid_field(
                "email",
                "must be an email address such as ada@example.org",
            ))
        }
    }

    /// As given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Lower-cased, for comparison and the directory digest.
    pub fn normalized(&self) -> String {
        self.0.to_lowercase()
    }
}

/// A display name: 1–100 characters, no control characters.
pub fn display_name(raw: &str) -> Result<String, AppError> {
    let text = raw.trim();
    if text.is_empty() || text.chars().count() > 100 || text.chars().any(char::is_control) {
        return Err(AppError::invalid_field(
            "display_name",
            "must be 1–100 characters without control characters",
        ));
    }
    Ok(text.to_owned())
}

pub(crate) fn truncate(raw: &str) -> String {
    raw.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_normalise() {
        assert_eq!(Handle::parse("@Ada:dk").unwrap().as_str(), "ada");
        assert!(Handle::parse("ab").is_err());
        assert!(Handle::parse("1abc").is_err());
        assert!(Handle::parse("ab-c").is_err());
    }

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>().unwrap(), r);
            assert_eq!(serde_json::to_value(r).unwrap(), r.as_str());
        }
    }

    #[test]
    fn emails() {
        assert!(Email::parse("a@b.org").is_ok());
        assert!(Email::parse("a@b").is_err());
        assert!(Email::parse("a b@c.org").is_err());
    }
}

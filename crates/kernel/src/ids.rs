//! Typed ids and validated newtypes used at the edges. Bare strings do not travel inward.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize};

use crate::AppError;

/// A territory code: two ASCII letters (ISO 3166-1 alpha-2 style, `UK` allowed), stored
/// upper-case. Parsing is case-insensitive so `/territories/dk` works.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[schema(value_type = String, example = "DK")]
pub struct TerritoryCode(String);

impl TerritoryCode {
    /// Parse and normalise a territory code.
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let trimmed = raw.trim();
        if trimmed.len() == 2 && trimmed.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Self(trimmed.to_ascii_uppercase()))
        } else {
            Err(AppError::bad_request(
                "invalid_territory_code",
                format!(
                    "`{}` is not a territory code: use two letters such as DK or SE.",
                    truncate(raw)
                ),
            ))
        }
    }

    /// The upper-case code, e.g. `DK`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The lower-case form used in schema names and event subjects, e.g. `dk`.
    pub fn lower(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

impl fmt::Display for TerritoryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for TerritoryCode {
    type Err = AppError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl<'de> Deserialize<'de> for TerritoryCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::parse(&raw).map_err(|e| serde::de::Error::custom(e.message().to_owned()))
    }
}

/// A region code: 2–16 characters, lower-case letters, digits and `-`, starting with a letter
/// (`eu`, `am`, `ap`, `af`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, utoipa::ToSchema)]
#[schema(value_type = String, example = "eu")]
pub struct RegionCode(String);

impl RegionCode {
    /// Parse and normalise a region code.
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let code = raw.trim().to_ascii_lowercase();
        let valid = (2..=16).contains(&code.len())
            && code.starts_with(|c: char| c.is_ascii_lowercase())
            && code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if valid {
            Ok(Self(code))
        } else {
            Err(AppError::bad_request(
                "invalid_region_code",
                format!(
                    "`{}` is not a region code: use 2–16 lower-case letters, digits or '-', such as eu.",
                    truncate(raw)
                ),
            ))
        }
    }

    /// The code, e.g. `eu`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for RegionCode {
    type Err = AppError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl<'de> Deserialize<'de> for RegionCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::parse(&raw).map_err(|e| serde::de::Error::custom(e.message().to_owned()))
    }
}

/// A BCP 47-ish language tag as used for default languages (`da`, `nb`, `pt-BR`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[schema(value_type = String, example = "da")]
pub struct LanguageTag(String);

impl LanguageTag {
    /// Parse a language tag: a 2–3 letter primary subtag, optionally followed by subtags.
    pub fn parse(raw: &str) -> Result<Self, AppError> {
        let raw = raw.trim();
        let mut parts = raw.split('-');
        let primary_ok = parts.next().is_some_and(|p| {
            (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic())
        });
        let rest_ok = parts
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
        if primary_ok && rest_ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(AppError::bad_request(
                "invalid_language",
                format!(
                    "`{}` is not a language tag: use a code such as da, en or pt-BR.",
                    truncate(raw)
                ),
            ))
        }
    }

    /// The tag as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LanguageTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::parse(&raw).map_err(|e| serde::de::Error::custom(e.message().to_owned()))
    }
}

fn truncate(raw: &str) -> String {
    raw.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn territory_codes_are_two_letters_normalised_upper() {
        assert_eq!(TerritoryCode::parse("dk").unwrap().as_str(), "DK");
        assert_eq!(TerritoryCode::parse("SE").unwrap().lower(), "se");
        for bad in ["", "D", "DNK", "d1", "é1", "dk;drop", "  "] {
            let err = TerritoryCode::parse(bad).unwrap_err();
            assert_eq!(err.code(), "invalid_territory_code", "{bad}");
        }
    }

    #[test]
    fn region_codes() {
        assert_eq!(RegionCode::parse("EU").unwrap().as_str(), "eu");
        assert!(RegionCode::parse("asia-pacific").is_ok());
        for bad in ["e", "1eu", "eu_1", "averyveryverylongregion"] {
            assert_eq!(
                RegionCode::parse(bad).unwrap_err().code(),
                "invalid_region_code",
                "{bad}"
            );
        }
    }

    #[test]
    fn language_tags() {
        assert!(LanguageTag::parse("pt-BR").is_ok());
        assert!(LanguageTag::parse("nb").is_ok());
        assert!(LanguageTag::parse("english").is_err());
        assert!(LanguageTag::parse("d").is_err());
    }
}

//! Which parts of UnityPlan a process runs (`serve --services platform,web`), so production
//! can run one Deployment per service group from the same binary.

use std::fmt;

/// Every service this binary knows.
pub const KNOWN: &[(&str, &str)] = &[
    (
        "platform",
        "health, metrics, OpenAPI and the region/territory registry API",
    ),
    ("web", "the web app at /"),
];

/// The selected services.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Services {
    /// Region/territory registry API, health, metrics, OpenAPI.
    pub platform: bool,
    /// Static web app.
    pub web: bool,
}

impl Services {
    /// Everything.
    pub fn all() -> Self {
        Self {
            platform: true,
            web: true,
        }
    }

    /// Parse a comma-separated list; `all` selects everything.
    pub fn parse(list: &str) -> Result<Self, String> {
        let mut selected = Self {
            platform: false,
            web: false,
        };
        for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match name {
                "all" => selected = Self::all(),
                "platform" => selected.platform = true,
                "web" => selected.web = true,
                other => {
                    let names: Vec<&str> = KNOWN.iter().map(|(n, _)| *n).collect();
                    return Err(format!(
                        "unknown service `{other}` in --services; known: all, {}",
                        names.join(", ")
                    ));
                }
            }
        }
        if !selected.platform && !selected.web {
            return Err(
                "--services selects nothing; name at least one service (or `all`)".to_owned(),
            );
        }
        Ok(selected)
    }
}

impl fmt::Display for Services {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut names = Vec::new();
        if self.platform {
            names.push("platform");
        }
        if self.web {
            names.push("web");
        }
        f.write_str(&names.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lists() {
        assert_eq!(Services::parse("all").unwrap(), Services::all());
        assert_eq!(
            Services::parse("web").unwrap(),
            Services {
                platform: false,
                web: true
            }
        );
        assert!(Services::parse("platform,bogus")
            .unwrap_err()
            .contains("bogus"));
        assert!(Services::parse("").is_err());
    }
}

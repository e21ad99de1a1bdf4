//! Secret tokens: sessions, second-factor challenges, email links and personal access
//! tokens. Every token carries its home territory in clear (`ses_dk_…`) so a lookup goes
//! straight to the right schema without a control-plane round trip; only a SHA-256 of the
//! whole token is stored.

use kernel::TerritoryCode;
use rand::Rng;
use sha2::{Digest, Sha256};

const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// The prefix of personal access tokens.
pub const PAT_PREFIX: &str = "up_pat_";

/// `n` characters from a CSPRNG, base62.
pub fn random_base62(n: usize) -> String {
    let mut rng = rand::rngs::OsRng;
    (0..n)
        .map(|_| BASE62[rng.gen_range(0..BASE62.len())] as char)
        .collect()
}

/// SHA-256 of a token, as stored.
pub fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// What a token is for; the short tag is its prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A signed-in session.
    Session,
    /// A password-verified login waiting for its second factor.
    Challenge,
    /// A single-use email link (verification, reset, email change).
    Link,
}

impl Kind {
    fn tag(self) -> &'static str {
        match self {
            Kind::Session => "ses",
            Kind::Challenge => "chl",
            Kind::Link => "lnk",
        }
    }
}

/// A new opaque token: `<tag>_<territory>_<43 base62>` (43 base62 characters ≈ 256 bits).
pub fn new_token(kind: Kind, territory: &TerritoryCode) -> String {
    format!("{}_{}_{}", kind.tag(), territory.lower(), random_base62(43))
}

/// The territory a token of `kind` belongs to, or `None` when it is not such a token.
pub fn token_territory(kind: Kind, token: &str) -> Option<TerritoryCode> {
    let rest = token.strip_prefix(kind.tag())?.strip_prefix('_')?;
    let (territory, secret) = rest.split_once('_')?;
    if secret.len() != 43 || !secret.bytes().all(|b| BASE62.contains(&b)) {
        return None;
    }
    TerritoryCode::parse(territory).ok()
}

fn base62_fixed(mut value: u64, width: usize) -> String {
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = BASE62[(value % 62) as usize];
        value /= 62;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A new personal access token: `up_pat_` + territory (2) + 34 random base62 + 6 base62
/// CRC32 of everything before it. The body (36 characters) carries ≈ 202 random bits; the
/// checksum lets secret scanners recognise a real token without asking us.
pub fn new_pat(territory: &TerritoryCode) -> String {
    let body = format!("{PAT_PREFIX}{}{}", territory.lower(), random_base62(34));
    let crc = crc32fast::hash(body.as_bytes());
    format!("{body}{}", base62_fixed(u64::from(crc), 6))
}

/// The territory of a well-formed personal access token (prefix, length, alphabet and
/// checksum all correct), else `None`.
pub fn pat_territory(token: &str) -> Option<TerritoryCode> {
    let rest = token.strip_prefix(PAT_PREFIX)?;
    if rest.len() != 42 || !rest.bytes().all(|b| BASE62.contains(&b)) {
        return None;
    }
    let (body, check) = token.split_at(token.len() - 6);
    if base62_fixed(u64::from(crc32fast::hash(body.as_bytes())), 6) != check {
        return None;
    }
    TerritoryCode::parse(&rest[..2]).ok()
}

/// The displayable prefix of a personal access token (never enough to use it).
pub fn pat_display_prefix(token: &str) -> String {
    token.chars().take(PAT_PREFIX.len() + 6).collect()
}

/// Ten recovery codes, 16 base32 characters each, grouped `XXXX-XXXX-XXXX-XXXX`.
pub fn recovery_codes() -> Vec<String> {
    const B32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut rng = rand::rngs::OsRng;
    (0..10)
        .map(|_| {
            let raw: String = (0..16)
                .map(|_| B32[rng.gen_range(0..B32.len())] as char)
                .collect();
            format!(
                "{}-{}-{}-{}",
                &raw[0..4],
                &raw[4..8],
                &raw[8..12],
                &raw[12..16]
            )
        })
        .collect()
}

/// Normalise a typed recovery code (case, dashes, spaces) before hashing.
pub fn normalize_recovery_code(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_tokens_carry_their_territory() {
        let dk = TerritoryCode::parse("DK").unwrap();
        let t = new_token(Kind::Session, &dk);
        assert_eq!(token_territory(Kind::Session, &t), Some(dk));
        assert_eq!(token_territory(Kind::Challenge, &t), None);
        assert_eq!(token_territory(Kind::Session, "ses_dk_short"), None);
    }

    #[test]
    fn pats_have_a_checksum() {
        let se = TerritoryCode::parse("SE").unwrap();
        let t = new_pat(&se);
        assert!(t.starts_with("up_pat_se"));
        assert_eq!(t.len(), PAT_PREFIX.len() + 42);
        assert_eq!(pat_territory(&t), Some(se));
        // One changed character breaks the checksum.
        let mut bad: Vec<char> = t.chars().collect();
        let i = PAT_PREFIX.len() + 5;
        bad[i] = if bad[i] == 'a' { 'b' } else { 'a' };
        let bad: String = bad.into_iter().collect();
        assert_eq!(pat_territory(&bad), None);
    }

    #[test]
    fn recovery_codes_are_ten_and_distinct() {
        let codes = recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_eq!(normalize_recovery_code(&codes[0].to_lowercase()).len(), 16);
        let set: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(set.len(), 10);
    }
}

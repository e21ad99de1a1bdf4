//! Password hashing (Argon2id, OWASP baseline m=19456 KiB, t=2, p=1) and strength rules
//! (8–1024 characters, no composition rules, zxcvbn score ≥ 3 with the reasons it gives).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use kernel::{AppError, AppResult};

/// Memory cost in KiB (OWASP baseline).
pub const M_COST: u32 = 19_456;
/// Iterations.
pub const T_COST: u32 = 2;
/// Parallelism.
pub const P_COST: u32 = 1;

/// Shortest accepted password.
pub const MIN_LEN: usize = 8;
/// Longest accepted password (long passphrases are welcome; this only bounds hashing work).
pub const MAX_LEN: usize = 1024;

fn hasher() -> AppResult<Argon2<'static>> {
    let params = Params::new(M_COST, T_COST, P_COST, None).map_err(AppError::internal)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hash a password into a PHC string. CPU-bound: call from `spawn_blocking`.
pub fn hash(password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    hasher()?
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::internal(anyhow::anyhow!("argon2: {e}")))
}

/// Outcome of a verification.
#[derive(Debug, PartialEq, Eq)]
pub enum Verified {
    /// Wrong password.
    No,
    /// Right password, parameters current.
    Yes,
    /// Right password, stored with old parameters: store a new hash.
    YesRehash,
}

/// Verify a password against a PHC string. CPU-bound: call from `spawn_blocking`.
pub fn verify(password: &str, phc: &str) -> AppResult<Verified> {
    let parsed = PasswordHash::new(phc)
        .map_err(|e| AppError::internal(anyhow::anyhow!("stored hash unparseable: {e}")))?;
    if hasher()?
        .verify_password(password.as_bytes(), &parsed)
        .is_err()
    {
        return Ok(Verified::No);
    }
    let current = parsed.algorithm.as_str() == "argon2id"
        && parsed.params.get_decimal("m") == Some(M_COST)
        && parsed.params.get_decimal("t") == Some(T_COST)
        && parsed.params.get_decimal("p") == Some(P_COST);
    Ok(if current {
        Verified::Yes
    } else {
        Verified::YesRehash
    })
}

/// A hash of a random password, verified against when the account does not exist so a
/// miss takes as long as a hit.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash(&crate::tokens::random_base62(24)).unwrap_or_default())
}

/// Check a new password; `context` holds the user's own words (handle, email, name), which
/// make a password guessable. The error says why, in the `password` field.
pub fn check_strength(password: &str, context: &[&str]) -> AppResult<()> {
    let chars = password.chars().count();
    if chars < MIN_LEN {
        return Err(AppError::invalid_field(
            "password",
            format!("must be at least {MIN_LEN} characters (15 or more is better); a few unrelated words make a good one"),
        ));
    }
    if chars > MAX_LEN {
        return Err(AppError::invalid_field(
            "password",
            format!("must be at most {MAX_LEN} characters"),
        ));
    }
    let entropy = zxcvbn::zxcvbn(password, context);
    if (entropy.score() as u8) < 3 {
        let mut reasons = Vec::new();
        if let Some(feedback) = entropy.feedback() {
            if let Some(warning) = feedback.warning() {
                reasons.push(warning.to_string());
            }
            for s in feedback.suggestions() {
                reasons.push(s.to_string());
            }
        }
        if reasons.is_empty() {
            reasons.push("It is too easy to guess.".to_owned());
        }
        return Err(AppError::invalid_field(
            "password",
            format!("is too weak: {}", reasons.join(" ")),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_old_params_ask_for_rehash() {
        let phc = hash("correct horse battery staple").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert_eq!(
            verify("correct horse battery staple", &phc).unwrap(),
            Verified::Yes
        );
        assert_eq!(verify("wrong", &phc).unwrap(), Verified::No);
        let weak = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(8, 1, 1, None).unwrap(),
        );
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        let old = weak.hash_password(b"pw", &salt).unwrap().to_string();
        assert_eq!(verify("pw", &old).unwrap(), Verified::YesRehash);
    }

    #[test]
    fn weak_passwords_say_why() {
        let err = check_strength("password1", &[]).unwrap_err();
        assert_eq!(err.code(), "validation_failed");
        let reason = err.body().fields["password"].clone();
        assert!(reason.contains("too weak"), "{reason}");
        assert!(check_strength("short", &[]).is_err());
        assert!(check_strength("adalovelace1815", &["adalovelace1815"]).is_err());
        assert!(check_strength("violet tractor orbit lantern", &[]).is_ok());
    }
}

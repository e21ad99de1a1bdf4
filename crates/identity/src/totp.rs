//! TOTP (RFC 6238): SHA-1, 6 digits, 30 s steps, 160-bit secrets; codes of the current and
//! the previous step are accepted, and the caller refuses any step not newer than the last
//! one used.

use kernel::{AppError, AppResult};
use totp_rs::{Algorithm, Secret, TOTP};

use crate::service::Enrolment;

const STEP: u64 = 30;
const ISSUER: &str = "UnityPlan";

fn totp(secret_b32: &str, account: &str) -> AppResult<TOTP> {
    let bytes = Secret::Encoded(secret_b32.to_owned())
        .to_bytes()
        .map_err(|e| AppError::internal(anyhow::anyhow!("stored TOTP secret: {e:?}")))?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP,
        bytes,
        Some(ISSUER.to_owned()),
        account.to_owned(),
    )
    .map_err(|e| AppError::internal(anyhow::anyhow!("TOTP: {e}")))
}

/// A new secret with its otpauth URI and an SVG QR code of it.
pub fn enrolment(account: &str) -> AppResult<Enrolment> {
    let secret = Secret::generate_secret().to_encoded().to_string();
    let t = totp(&secret, account)?;
    let uri = t.get_url();
    let qr = qrcode::QrCode::new(uri.as_bytes()).map_err(AppError::internal)?;
    let svg = qr
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .build();
    Ok(Enrolment {
        secret,
        otpauth_uri: uri,
        qr_svg: svg,
    })
}

/// The code of `secret` at unix time `at` (used by tests and tools).
pub fn code_at(secret_b32: &str, at: u64) -> AppResult<String> {
    Ok(totp(secret_b32, "x")?.generate(at))
}

/// The step (unix time / 30) whose code equals `code`, trying steps 0 and −1.
pub fn matching_step(secret_b32: &str, code: &str, now: i64) -> AppResult<Option<i64>> {
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let t = totp(secret_b32, "x")?;
    let current = now.max(0) as u64 / STEP;
    for step in [current, current.saturating_sub(1)] {
        let expected = t.generate(step * STEP);
        if subtle::ConstantTimeEq::ct_eq(expected.as_bytes(), code.as_bytes()).into() {
            return Ok(Some(step as i64));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_current_and_previous_step_only() {
        let e = enrolment("ada.dk").unwrap();
        assert!(e
            .otpauth_uri
            .starts_with("otpauth://totp/UnityPlan:ada.dk?"));
        assert!(e.qr_svg.contains("<svg"));
        let now = 1_800_000_000i64;
        let step = now / 30;
        let cur = code_at(&e.secret, now as u64).unwrap();
        assert_eq!(matching_step(&e.secret, &cur, now).unwrap(), Some(step));
        let prev = code_at(&e.secret, (now - 30) as u64).unwrap();
        assert_eq!(
            matching_step(&e.secret, &prev, now).unwrap(),
            Some(step - 1)
        );
        let next = code_at(&e.secret, (now + 30) as u64).unwrap();
        if next != cur && next != prev {
            assert_eq!(matching_step(&e.secret, &next, now).unwrap(), None);
        }
        assert_eq!(matching_step(&e.secret, "12345", now).unwrap(), None);
    }
}

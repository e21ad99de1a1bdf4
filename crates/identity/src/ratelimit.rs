//! Per-client-IP rate limits (GCRA) for authentication routes, and the network/client
//! classification used by anomaly and failure-burst detection (whose state is kept in the
//! control plane, see `repo::record_auth_failure`, so every process shares it).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A GCRA limiter keyed by IP: `rate` per minute with `burst` on top.
#[derive(Debug)]
pub struct RateLimiter {
    interval: Duration,
    tolerance: Duration,
    state: Mutex<HashMap<IpAddr, Instant>>,
}

impl RateLimiter {
    /// A limiter of `per_minute` requests with `burst` extra.
    pub fn new(per_minute: u32, burst: u32) -> Self {
        let interval = Duration::from_secs(60) / per_minute.max(1);
        Self {
            interval,
            tolerance: interval * burst.max(1),
            state: Mutex::new(HashMap::new()),
        }
    }

    /// `Ok` when allowed, else the seconds to wait.
    pub fn check(&self, ip: IpAddr) -> Result<(), u64> {
        let now = Instant::now();
        let Ok(mut state) = self.state.lock() else {
            return Ok(());
        };
        if state.len() > 100_000 {
            state.retain(|_, tat| *tat > now);
        }
        let tat = state.get(&ip).copied().unwrap_or(now).max(now);
        if tat.duration_since(now) > self.tolerance {
            let wait = tat.duration_since(now) - self.tolerance;
            return Err(wait.as_secs().max(1));
        }
        state.insert(ip, tat + self.interval);
        Ok(())
    }
}

/// The /24 (IPv4) or /48 (IPv6) network of an address, as text.
pub fn network_of(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            format!("{}.{}.{}.0/24", o[0], o[1], o[2])
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
        }
    }
}

/// A coarse client family from a User-Agent (browser or tool), for anomaly detection.
pub fn client_family(user_agent: &str) -> &'static str {
    let ua = user_agent.to_ascii_lowercase();
    if ua.contains("edg/") {
        "edge"
    } else if ua.contains("firefox/") {
        "firefox"
    } else if ua.contains("chrome/") || ua.contains("chromium/") {
        "chrome"
    } else if ua.contains("safari/") {
        "safari"
    } else if ua.starts_with("curl/") {
        "curl"
    } else if ua.contains("reqwest") {
        "reqwest"
    } else if ua.contains("python") {
        "python"
    } else if ua.is_empty() {
        "none"
    } else {
        "other"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gcra_allows_burst_then_refuses() {
        let limiter = RateLimiter::new(10, 5);
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let allowed = (0..20).filter(|_| limiter.check(ip).is_ok()).count();
        assert!((5..=7).contains(&allowed), "{allowed}");
        let other: IpAddr = "192.0.2.2".parse().unwrap();
        assert!(limiter.check(other).is_ok());
    }

    #[test]
    fn networks() {
        assert_eq!(network_of("10.1.2.3".parse().unwrap()), "10.1.2.0/24");
        assert_eq!(
            network_of("2001:db8:1:2::1".parse().unwrap()),
            "2001:db8:1::/48"
        );
    }
}

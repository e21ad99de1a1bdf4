//! `loadgen`: an open-loop, fixed-rate HTTP load generator for UnityPlan's benchmarks.
//!
//! Requests are scheduled at fixed intervals (`--rate` per second) and each latency is measured
//! from its *scheduled* send time, so a server that stalls cannot hide the queueing it causes
//! (coordinated omission is corrected, as `oha --latency-correction` and wrk2 do). It only ever
//! sends to loopback addresses, and always stops after `--duration`.
//!
//! Example: `loadgen --url http://127.0.0.1:8080/api/v1/t/dk/status --rate 5000 --duration 30 --pid 1234`

use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use bytes::Bytes;
use clap::Parser;
use hdrhistogram::Histogram;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde::Serialize;

/// Command-line options.
#[derive(Debug, Parser)]
#[command(
    name = "loadgen",
    about = "Open-loop fixed-rate HTTP load generator (loopback only)"
)]
struct Args {
    /// Target URL; repeat to round-robin over several (e.g. one per territory).
    #[arg(long = "url", required = true)]
    urls: Vec<String>,
    /// Requests per second.
    #[arg(long, default_value_t = 1000)]
    rate: u64,
    /// Seconds to measure.
    #[arg(long, default_value_t = 30)]
    duration: u64,
    /// Seconds of warm-up at the same rate before measuring.
    #[arg(long, default_value_t = 3)]
    warmup: u64,
    /// Concurrent connections (the most requests in flight).
    #[arg(long, default_value_t = 64)]
    connections: usize,
    /// HTTP method.
    #[arg(long, default_value = "GET")]
    method: String,
    /// Request body (for POST/PUT).
    #[arg(long)]
    body: Option<String>,
    /// Extra header `Name: value`; repeatable.
    #[arg(long = "header")]
    headers: Vec<String>,
    /// Server pid whose resident memory is sampled during the run.
    #[arg(long)]
    pid: Option<u32>,
    /// Write the result as JSON to this file too.
    #[arg(long)]
    json: Option<std::path::PathBuf>,
}

/// One run's result.
#[derive(Debug, Serialize)]
struct Report {
    target_rate: u64,
    achieved_rate: f64,
    duration_secs: f64,
    connections: usize,
    requests: u64,
    errors: u64,
    non_2xx: u64,
    p50_ms: f64,
    p90_ms: f64,
    p95_ms: f64,
    p99_ms: f64,
    p999_ms: f64,
    max_ms: f64,
    rss_max_mib: Option<f64>,
    rss_mean_mib: Option<f64>,
}

fn ensure_loopback(url: &str) -> Result<http::Uri> {
    let uri: http::Uri = url.parse().with_context(|| format!("invalid URL {url}"))?;
    if uri.scheme_str() != Some("http") {
        bail!("only http:// URLs are supported: {url}");
    }
    let host = uri
        .host()
        .context("URL without host")?
        .trim_start_matches('[')
        .trim_end_matches(']');
    let loopback = host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    if !loopback {
        bail!(
            "refusing {url}: loadgen only targets loopback addresses (127.0.0.0/8, ::1, localhost)"
        );
    }
    Ok(uri)
}

fn rss_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    if args.rate == 0 || args.duration == 0 || args.connections == 0 {
        bail!("--rate, --duration and --connections must be at least 1");
    }
    let uris: Vec<http::Uri> = args
        .urls
        .iter()
        .map(|u| ensure_loopback(u))
        .collect::<Result<_>>()?;
    let method: http::Method = args.method.parse().context("invalid --method")?;
    let mut headers = Vec::new();
    for h in &args.headers {
        let (name, value) = h
            .split_once(':')
            .with_context(|| format!("header `{h}` must be `Name: value`"))?;
        headers.push((
            http::HeaderName::try_from(name.trim())?,
            http::HeaderValue::try_from(value.trim())?,
        ));
    }
    let body = Bytes::from(args.body.clone().unwrap_or_default());
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(args.connections)
        .pool_idle_timeout(Duration::from_secs(30))
        .build_http();

    let interval_ns = 1_000_000_000u64 / args.rate;
    let warmup_n = args.rate * args.warmup;
    let total_n = warmup_n + args.rate * args.duration;
    let next = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let non_2xx = Arc::new(AtomicU64::new(0));
    let start = Instant::now() + Duration::from_millis(100);
    let rss_samples = Arc::new(std::sync::Mutex::new(Vec::new()));
    let sampler = args.pid.map(|pid| {
        let samples = rss_samples.clone();
        let warmup = Duration::from_secs(args.warmup);
        tokio::spawn(async move {
            tokio::time::sleep_until((start + warmup).into()).await;
            loop {
                if let Some(v) = rss_mib(pid) {
                    if let Ok(mut s) = samples.lock() {
                        s.push(v);
                    }
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        })
    });

    let mut workers = Vec::new();
    for _ in 0..args.connections {
        let (client, uris, method, headers, body) = (
            client.clone(),
            uris.clone(),
            method.clone(),
            headers.clone(),
            body.clone(),
        );
        let (next, errors, non_2xx) = (next.clone(), errors.clone(), non_2xx.clone());
        workers.push(tokio::spawn(async move {
            let mut hist =
                Histogram::<u64>::new_with_bounds(1, 60_000_000, 3).map_err(anyhow::Error::from)?;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total_n {
                    break;
                }
                let scheduled = start + Duration::from_nanos(i * interval_ns);
                tokio::time::sleep_until(scheduled.into()).await;
                let uri = uris[(i as usize) % uris.len()].clone();
                let mut request = http::Request::builder().method(method.clone()).uri(uri);
                for (name, value) in &headers {
                    request = request.header(name, value);
                }
                let request = request.body(Full::new(body.clone()))?;
                match client.request(request).await {
                    Ok(response) => {
                        let ok = response.status().is_success();
                        let _ = response.into_body().collect().await;
                        if !ok && i >= warmup_n {
                            non_2xx.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                    Err(e) => {
                        if i >= warmup_n && errors.fetch_add(1, Ordering::Relaxed) == 0 {
                            eprintln!("first error: {e:?}");
                        }
                    }
                }
                if i >= warmup_n {
                    let micros = u64::try_from(scheduled.elapsed().as_micros())
                        .unwrap_or(u64::MAX)
                        .max(1);
                    hist.saturating_record(micros);
                }
            }
            Ok::<_, anyhow::Error>(hist)
        }));
    }
    let mut merged = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3)?;
    for worker in workers {
        merged.add(worker.await??)?;
    }
    let measured = start
        .elapsed()
        .saturating_sub(Duration::from_secs(args.warmup));
    if let Some(task) = sampler {
        task.abort();
    }
    let samples = rss_samples.lock().map(|s| s.clone()).unwrap_or_default();
    let ms = |q: f64| merged.value_at_quantile(q) as f64 / 1000.0;
    let report = Report {
        target_rate: args.rate,
        achieved_rate: merged.len() as f64 / measured.as_secs_f64(),
        duration_secs: measured.as_secs_f64(),
        connections: args.connections,
        requests: merged.len(),
        errors: errors.load(Ordering::Relaxed),
        non_2xx: non_2xx.load(Ordering::Relaxed),
        p50_ms: ms(0.50),
        p90_ms: ms(0.90),
        p95_ms: ms(0.95),
        p99_ms: ms(0.99),
        p999_ms: ms(0.999),
        max_ms: merged.max() as f64 / 1000.0,
        rss_max_mib: samples.iter().copied().reduce(f64::max),
        rss_mean_mib: if samples.is_empty() {
            None
        } else {
            Some(samples.iter().sum::<f64>() / samples.len() as f64)
        },
    };
    println!(
        "rate {}/s (achieved {:.0}/s) for {:.1}s over {} connections: {} requests, {} errors, {} non-2xx\n\
         latency ms: p50 {:.3}  p90 {:.3}  p95 {:.3}  p99 {:.3}  p99.9 {:.3}  max {:.3}",
        report.target_rate,
        report.achieved_rate,
        report.duration_secs,
        report.connections,
        report.requests,
        report.errors,
        report.non_2xx,
        report.p50_ms,
        report.p90_ms,
        report.p95_ms,
        report.p99_ms,
        report.p999_ms,
        report.max_ms
    );
    if let (Some(max), Some(mean)) = (report.rss_max_mib, report.rss_mean_mib) {
        println!("server RSS MiB: max {max:.1}  mean {mean:.1}");
    }
    if let Some(path) = &args.json {
        std::fs::write(path, serde_json::to_vec_pretty(&report)?)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_targets_are_accepted() {
        assert!(ensure_loopback("http://127.0.0.1:8080/x").is_ok());
        assert!(ensure_loopback("http://127.3.4.5/x").is_ok());
        assert!(ensure_loopback("http://[::1]:80/").is_ok());
        assert!(ensure_loopback("http://localhost:1/").is_ok());
        assert!(ensure_loopback("http://10.0.0.1/").is_err());
        assert!(ensure_loopback("http://example.org/").is_err());
        assert!(ensure_loopback("https://127.0.0.1/").is_err());
    }
}

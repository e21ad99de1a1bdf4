//! HTTP `Range: bytes=…` parsing (RFC 9110 §14). One range is served; a request for several
//! ranges gets the first satisfiable one's alternative, the whole file (allowed by the RFC:
//! a server may ignore Range).

/// What to send for a Range header on a file of `len` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeReply {
    /// Send the whole file (no header, a multi-range request, or a unit we do not serve).
    Full,
    /// Send bytes `start..=end` with 206.
    Partial {
        /// First byte.
        start: u64,
        /// Last byte, inclusive.
        end: u64,
    },
    /// 416: no byte of the range exists.
    Unsatisfiable,
}

/// Decide the reply for `header` (the raw Range value) on a file of `len` bytes.
pub fn parse(header: Option<&str>, len: u64) -> RangeReply {
    let Some(raw) = header else {
        return RangeReply::Full;
    };
    let Some(spec) = raw.trim().strip_prefix("bytes=") else {
        return RangeReply::Full;
    };
    if spec.contains(',') {
        return RangeReply::Full;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return RangeReply::Full;
    };
    let (first, last) = (first.trim(), last.trim());
    if first.is_empty() {
        // Suffix range: the last N bytes.
        let Ok(n) = last.parse::<u64>() else {
            return RangeReply::Full;
        };
        if n == 0 || len == 0 {
            return RangeReply::Unsatisfiable;
        }
        let n = n.min(len);
        return RangeReply::Partial {
            start: len - n,
            end: len - 1,
        };
    }
    let Ok(start) = first.parse::<u64>() else {
        return RangeReply::Full;
    };
    let end = if last.is_empty() {
        len.saturating_sub(1)
    } else {
        match last.parse::<u64>() {
            Ok(e) if e >= start => e.min(len.saturating_sub(1)),
            _ => return RangeReply::Full,
        }
    };
    if start >= len {
        return RangeReply::Unsatisfiable;
    }
    RangeReply::Partial { start, end }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse(None, 10), RangeReply::Full);
        assert_eq!(
            parse(Some("bytes=0-3"), 10),
            RangeReply::Partial { start: 0, end: 3 }
        );
        assert_eq!(
            parse(Some("bytes=5-"), 10),
            RangeReply::Partial { start: 5, end: 9 }
        );
        assert_eq!(
            parse(Some("bytes=-4"), 10),
            RangeReply::Partial { start: 6, end: 9 }
        );
        assert_eq!(
            parse(Some("bytes=-40"), 10),
            RangeReply::Partial { start: 0, end: 9 }
        );
        assert_eq!(
            parse(Some("bytes=8-100"), 10),
            RangeReply::Partial { start: 8, end: 9 }
        );
        assert_eq!(parse(Some("bytes=10-"), 10), RangeReply::Unsatisfiable);
        assert_eq!(parse(Some("bytes=0-1,4-5"), 10), RangeReply::Full);
        assert_eq!(parse(Some("items=0-1"), 10), RangeReply::Full);
        assert_eq!(parse(Some("bytes=5-2"), 10), RangeReply::Full);
    }
}

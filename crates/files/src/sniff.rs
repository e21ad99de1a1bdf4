//! Content-type sniffing from the first bytes of a file. The client's declared type is a hint
//! only: a file is stored and served as what its bytes are, so an HTML page uploaded as
//! `image/png` is neither accepted as an image nor served as HTML.

/// The type of `head` (the first bytes of a file, ideally at least 512), refined by the
/// declared type only where the bytes cannot tell (text formats).
pub fn sniff(head: &[u8], declared: Option<&str>) -> &'static str {
    if let Some(kind) = magic(head) {
        return kind;
    }
    if looks_like_text(head) {
        // Text formats cannot be told apart by their bytes; accept a declared text subtype
        // from a fixed list (never text/html or SVG, which a browser would execute).
        let declared = declared
            .map(|d| {
                d.split(';')
                    .next()
                    .unwrap_or("")
                    .trim()
                    .to_ascii_lowercase()
            })
            .unwrap_or_default();
        return match declared.as_str() {
            "text/markdown" => "text/markdown",
            "text/csv" => "text/csv",
            "text/vtt" => "text/vtt",
            "application/json" => "application/json",
            "application/xml" | "text/xml" => "application/xml",
            _ => {
                let trimmed = trim_start(head);
                if trimmed.starts_with(b"<?xml") {
                    if contains(head, b"<svg") {
                        "image/svg+xml"
                    } else {
                        "application/xml"
                    }
                } else if starts_with_ci(trimmed, b"<!doctype html")
                    || starts_with_ci(trimmed, b"<html")
                {
                    "text/html"
                } else if starts_with_ci(trimmed, b"<svg") {
                    "image/svg+xml"
                } else if trimmed.starts_with(b"WEBVTT") {
                    "text/vtt"
                } else {
                    "text/plain"
                }
            }
        };
    }
    "application/octet-stream"
}

fn magic(h: &[u8]) -> Option<&'static str> {
    let at = |offset: usize, sig: &[u8]| {
        h.len() >= offset + sig.len() && &h[offset..offset + sig.len()] == sig
    };
    if at(0, b"\x89PNG\r\n\x1a\n") {
        return Some("image/png");
    }
    if at(0, b"\xFF\xD8\xFF") {
        return Some("image/jpeg");
    }
    if at(0, b"GIF87a") || at(0, b"GIF89a") {
        return Some("image/gif");
    }
    if at(0, b"RIFF") && at(8, b"WEBP") {
        return Some("image/webp");
    }
    if at(0, b"RIFF") && at(8, b"WAVE") {
        return Some("audio/wav");
    }
    if at(0, b"%PDF-") {
        return Some("application/pdf");
    }
    if at(4, b"ftyp") {
        if at(8, b"qt  ") {
            return Some("video/quicktime");
        }
        if at(8, b"M4A ") {
            return Some("audio/mp4");
        }
        if at(8, b"avif") {
            return Some("image/avif");
        }
        return Some("video/mp4");
    }
    if at(0, b"\x1A\x45\xDF\xA3") {
        return Some("video/webm");
    }
    if at(0, b"OggS") {
        return Some("audio/ogg");
    }
    if at(0, b"ID3") || at(0, b"\xFF\xFB") || at(0, b"\xFF\xF3") || at(0, b"\xFF\xF2") {
        return Some("audio/mpeg");
    }
    if at(0, b"PK\x03\x04") {
        return Some("application/zip");
    }
    if at(0, b"\x1F\x8B") {
        return Some("application/gzip");
    }
    None
}

/// UTF-8 (allowing a cut multi-byte sequence at the end of the sample) without NUL or other
/// control bytes except tab, newline, carriage return and form feed.
fn looks_like_text(head: &[u8]) -> bool {
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) if e.error_len().is_none() => match std::str::from_utf8(&head[..e.valid_up_to()]) {
            Ok(t) => t,
            Err(_) => return false,
        },
        Err(_) => return false,
    };
    text.chars()
        .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\x0C'))
}

fn trim_start(h: &[u8]) -> &[u8] {
    let h = h.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(h);
    let start = h
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(h.len());
    &h[start..]
}

fn starts_with_ci(h: &[u8], prefix: &[u8]) -> bool {
    h.len() >= prefix.len() && h[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn contains(h: &[u8], needle: &[u8]) -> bool {
    h.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_formats_by_magic_whatever_is_declared() {
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n....", Some("text/plain")),
            "image/png"
        );
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0..", None), "image/jpeg");
        assert_eq!(sniff(b"%PDF-1.7\n", Some("image/png")), "application/pdf");
        assert_eq!(sniff(b"\0\0\0\x18ftypmp42", None), "video/mp4");
        assert_eq!(sniff(b"\x1A\x45\xDF\xA3\x01", None), "video/webm");
        assert_eq!(
            sniff(b"\0\x01\x02\x03", Some("image/png")),
            "application/octet-stream"
        );
    }

    #[test]
    fn text_subtypes_only_from_a_safe_list() {
        assert_eq!(sniff(b"# Title\n", Some("text/markdown")), "text/markdown");
        assert_eq!(
            sniff(b"a,b\n1,2\n", Some("text/csv; charset=utf-8")),
            "text/csv"
        );
        assert_eq!(sniff(b"hello", Some("text/html")), "text/plain");
        assert_eq!(
            sniff(b"<!DOCTYPE html><p>x", Some("image/png")),
            "text/html"
        );
        assert_eq!(
            sniff(b"<svg xmlns=\"x\"></svg>", Some("image/png")),
            "image/svg+xml"
        );
        assert_eq!(sniff("h\u{e9}".as_bytes(), None), "text/plain");
    }
}

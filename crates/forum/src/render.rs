//! Markdown to safe HTML, @mention extraction, search snippets and the territory's text
//! search configuration.

use std::collections::BTreeSet;

/// Render Markdown to HTML and sanitise it (no scripts, event handlers, `javascript:` URLs,
/// styles or raw HTML survive; links get `rel="noopener noreferrer nofollow ugc"`).
pub fn markdown(body: &str) -> String {
    let mut options = pulldown_cmark::Options::empty();
    options.insert(pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    options.insert(pulldown_cmark::Options::ENABLE_TABLES);
    let parser = pulldown_cmark::Parser::new_ext(body, options);
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .clean(&html)
        .to_string()
}

/// Handles mentioned as `@handle` (lower-cased, identity's handle rules: a letter then
/// 2–29 of `[a-z0-9_]`), at most `limit`, ignoring code spans and e-mail addresses.
pub fn mentions(body: &str, limit: usize) -> Vec<String> {
    let mut found = BTreeSet::new();
    let mut in_code = false;
    let chars: Vec<char> = body.chars().collect();
    let mut i = 0;
    while i < chars.len() && found.len() < limit {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
        } else if c == '@' && !in_code {
            let preceded_ok = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
            let mut j = i + 1;
            while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            let handle: String = chars[i + 1..j].iter().collect::<String>().to_lowercase();
            let valid = handle.len() >= 3
                && handle.len() <= 30
                && handle.starts_with(|c: char| c.is_ascii_lowercase());
            if preceded_ok && valid {
                found.insert(handle);
            }
            i = j;
            continue;
        }
        i += 1;
    }
    found.into_iter().collect()
}

/// The PostgreSQL text search configuration for a territory's language tag.
pub fn search_config(language: &str) -> &'static str {
    let primary = language
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "da" => "danish",
        "nb" | "nn" | "no" => "norwegian",
        "sv" => "swedish",
        "fi" => "finnish",
        "de" => "german",
        "en" => "english",
        "fr" => "french",
        "es" => "spanish",
        "pt" => "portuguese",
        "nl" => "dutch",
        "it" => "italian",
        "hu" => "hungarian",
        "ro" => "romanian",
        "ru" => "russian",
        "tr" => "turkish",
        _ => "simple",
    }
}

/// Markers PostgreSQL puts around matches in `ts_headline`; never in user text after
/// [`snippet_html`] escapes it.
pub const HIT_START: &str = "\u{1}";
/// End marker.
pub const HIT_END: &str = "\u{2}";

/// Escape a `ts_headline` result and turn the markers into `<mark>`.
pub fn snippet_html(headline: &str) -> String {
    let mut out = String::with_capacity(headline.len() + 16);
    for c in headline.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\u{1}' => out.push_str("<mark>"),
            '\u{2}' => out.push_str("</mark>"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_removed() {
        let html = markdown("hi <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n**bold**");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
    }

    #[test]
    fn mentions_are_found() {
        assert_eq!(
            mentions("hi @Ada and @bob_2, not me@mail.dk or `@code` or @x", 10),
            vec!["ada".to_owned(), "bob_2".to_owned()]
        );
    }

    #[test]
    fn languages_map_to_configs() {
        assert_eq!(search_config("da"), "danish");
        assert_eq!(search_config("en-GB"), "english");
        assert_eq!(search_config("ja"), "simple");
    }

    #[test]
    fn snippets_escape() {
        assert_eq!(
            snippet_html("a <b> \u{1}hit\u{2}"),
            "a &lt;b&gt; <mark>hit</mark>"
        );
    }
}

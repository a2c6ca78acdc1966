//! The word lists the extractor reads: cue verbs, titles, party codes, US states, organization
//! words, boilerplate phrases. They live in `lexicons/*.txt` (one entry per line, `#` starts a
//! comment) and are embedded in the binary, so the rules stay in code and the vocabulary in data.

use std::sync::LazyLock;

/// Parses a lexicon file: trimmed, non-empty lines that are not comments.
pub fn entries(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect()
}

/// Phrases that mark a closing paragraph as a donation or subscription appeal ("Donate Now!").
pub static APPEAL_PHRASES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("../../lexicons/boilerplate.txt")));

/// Networks named in a bio's "Follow NAME on Twitter".
pub static SOCIAL_NETWORKS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("../../lexicons/social_networks.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_not_entries() {
        static TEXT: &str = "# a comment\n\n said \n  # another\ntold\n";
        assert_eq!(entries(TEXT), vec!["said", "told"]);
    }

    #[test]
    fn embedded_lexicons_are_lower_case() {
        for phrase in APPEAL_PHRASES.iter().chain(SOCIAL_NETWORKS.iter()) {
            assert_eq!(*phrase, phrase.to_lowercase(), "{phrase}");
        }
    }
}

//! The layout of a plain-text post: its headline, its paragraphs, and the boilerplate around
//! them (a donation appeal, a lone byline, an author bio), which is cut from the body and mined
//! for the author's name.
//!
//! The rules are about shape, not about any one blog's sentences:
//! - the headline is the first line up to the `….` separator, and the body continues on the
//!   same line (`THE REFERENDUM THREAT…. Sen. Wexler is …`); without a separator, a short first
//!   line followed by more text is the headline;
//! - paragraphs are separated by blank lines; a block of short lines is one hard-wrapped
//!   paragraph, a block of long lines is one paragraph per line;
//! - trailing paragraphs are boilerplate while they are an appeal ("… we need your help!
//!   Donate Now!"), a byline ("Jane Roe"), or a bio ("Follow Jane on Twitter @jroe. …");
//! - the first lines under the headline are its header while each is a byline ("By Jane
//!   Roe") or a dateline ("March 3, 2026", "Posted on Mar. 3, 2026", "2026-03-03"), alone or
//!   joined on one line by "|" or "·": they give the author and the date.

use super::lexicon::{is_name_particle, ABBREVIATIONS, APPEAL_PHRASES, SOCIAL_NETWORKS};

/// What separates the headline from the first paragraph on the first line.
const HEADLINE_SEPARATORS: &[&str] = &["….", "...."];
/// A first line without separator is a headline only if it is at most this many characters.
const MAX_HEADLINE_CHARS: usize = 200;
/// Lines up to this long, in a block of several, are a hard-wrapped paragraph.
const MAX_WRAPPED_LINE_CHARS: usize = 80;
/// An appeal is a short paragraph; a long one that mentions donating is probably an argument.
const MAX_APPEAL_CHARS: usize = 400;
/// A byline has at most this many words.
const MAX_BYLINE_WORDS: usize = 5;
/// How many lines under the headline may be its header (a byline, a dateline).
const MAX_HEADER_LINES: usize = 2;
/// A header line is short; a longer first paragraph is the post itself.
const MAX_HEADER_CHARS: usize = 80;
/// What joins a byline and a dateline on one header line: "By Jane Roe | March 3, 2026".
const HEADER_SEPARATORS: &[char] = &['|', '·', '•'];
/// What may stand before a dateline's date: "Posted on March 3, 2026".
const DATELINE_PREFIXES: &[&str] = &["Posted on ", "Posted ", "Published on ", "Published "];
/// The date forms of a dateline, after its periods are dropped ("Mar. 3" is "Mar 3").
const DATE_FORMATS: &[&str] = &[
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%A, %B %d, %Y",
    "%a, %b %d, %Y",
    "%Y-%m-%d",
];

/// A post's text laid out: headline, clean body paragraphs, author from the byline or bio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The headline, without its separator. Empty when the text has none.
    pub title: String,
    /// Body paragraphs in order, boilerplate removed, each on one line.
    pub paragraphs: Vec<String>,
    /// The author's name, from a byline or an author bio.
    pub author: Option<String>,
    /// The date of the dateline under the headline, as YYYY-MM-DD.
    pub published_at: Option<String>,
}

/// Normalises line ends (CRLF, CR), a leading byte-order mark and trailing spaces.
pub fn normalize_text(raw: &str) -> String {
    let text = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

/// Lays out a plain-text post: headline, paragraphs, boilerplate, author.
pub fn read_layout(raw: &str) -> Layout {
    let text = normalize_text(raw);
    let text = text.trim_start();
    let (title, rest) = split_headline(text);
    let (header, rest) = split_header(rest);
    let mut paragraphs = split_paragraphs(rest);
    let author = strip_boilerplate(&mut paragraphs).or(header.author);
    Layout {
        title,
        paragraphs,
        author,
        published_at: header.published_at,
    }
}

/// What a post's header lines say.
#[derive(Debug, Default)]
struct Header {
    author: Option<String>,
    published_at: Option<String>,
}

/// Splits the byline and dateline lines under the headline from the text after them, and
/// returns what they say. A line is header only if every part of it is one ("By Jane Roe |
/// March 3, 2026"); text must follow, so a post of one line keeps its body.
fn split_header(text: &str) -> (Header, &str) {
    let mut header = Header::default();
    let mut rest = text;
    for _ in 0..MAX_HEADER_LINES {
        let trimmed = rest.trim_start();
        let (line, after) = trimmed.split_once('\n').unwrap_or((trimmed, ""));
        if line.chars().count() > MAX_HEADER_CHARS || after.trim().is_empty() {
            break;
        }
        let mut found = Header::default();
        let all_header = line.split(HEADER_SEPARATORS).all(|part| {
            let part = part.trim();
            if let Some(name) = part
                .strip_prefix("By ")
                .or_else(|| part.strip_prefix("by "))
                .and_then(byline_name)
            {
                found.author.get_or_insert(name);
                true
            } else if let Some(date) = dateline_date(part) {
                found.published_at.get_or_insert(date);
                true
            } else {
                false
            }
        });
        if !all_header {
            break;
        }
        header.author = header.author.or(found.author);
        header.published_at = header.published_at.or(found.published_at);
        rest = after;
    }
    (header, rest)
}

/// The date of a dateline, as YYYY-MM-DD: "March 3, 2026", "Posted on Sept. 3, 2026",
/// "Tuesday, March 3, 2026", "2026-03-03".
fn dateline_date(line: &str) -> Option<String> {
    let line = DATELINE_PREFIXES
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .unwrap_or(line);
    // AP's "Sept." is chrono's "Sep".
    let line = line.replace('.', "").replace("Sept ", "Sep ");
    let line = line.trim();
    DATE_FORMATS
        .iter()
        .find_map(|format| chrono::NaiveDate::parse_from_str(line, format).ok())
        .map(|date| date.format("%Y-%m-%d").to_string())
}

/// Splits the headline from the rest of the text.
fn split_headline(text: &str) -> (String, &str) {
    let (first_line, after_line) = text.split_once('\n').unwrap_or((text, ""));
    for separator in HEADLINE_SEPARATORS {
        if let Some((headline, _)) = first_line.split_once(separator) {
            if !headline.trim().is_empty() {
                // The body goes on from the separator: keep the rest of the line and what follows.
                let offset = headline.len() + separator.len();
                return (
                    headline.trim().to_string(),
                    text[offset..].trim_start_matches(' '),
                );
            }
        }
    }
    let is_short = first_line.chars().count() <= MAX_HEADLINE_CHARS;
    if is_short && !after_line.trim().is_empty() {
        return (first_line.trim().to_string(), after_line);
    }
    (String::new(), text)
}

/// Splits text into paragraphs on blank lines; see the module rules for single line breaks.
fn split_paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    for block in text.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let Some((last, leading)) = lines.split_last() else {
            continue;
        };
        let hard_wrapped = leading
            .iter()
            .all(|l| l.chars().count() <= MAX_WRAPPED_LINE_CHARS);
        if hard_wrapped {
            let mut joined = leading.join(" ");
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(last);
            paragraphs.push(joined);
        } else {
            paragraphs.extend(lines.iter().map(|l| l.to_string()));
        }
    }
    paragraphs
}

/// Removes boilerplate paragraphs from the end of the body and returns the author they name.
///
/// A page of signed contributions (letters to the editor, each closed by its writer's name)
/// has no one author: a closing name is a byline only when no other paragraph of the body is a
/// name alone, and otherwise stays as the last letter's signature.
fn strip_boilerplate(paragraphs: &mut Vec<String>) -> Option<String> {
    let mut byline = None;
    let mut bio_author = None;
    while let Some(last) = paragraphs.last() {
        if let Some(name) = bio_author_name(last) {
            bio_author.get_or_insert(name);
        } else if let Some(name) = byline_name(last) {
            if byline.is_none() {
                byline = Some((name, last.clone()));
            }
        } else if !is_appeal(last) {
            break;
        }
        paragraphs.pop();
    }
    let signed_page = byline.is_some() && paragraphs.iter().any(|p| byline_name(p).is_some());
    match byline {
        Some((_, signature)) if signed_page => {
            paragraphs.push(signature);
            bio_author
        }
        Some((name, _)) => Some(name),
        None => bio_author,
    }
}

/// A donation or subscription appeal: "Our ideas can save democracy... Donate Now!"
fn is_appeal(paragraph: &str) -> bool {
    if paragraph.chars().count() > MAX_APPEAL_CHARS {
        return false;
    }
    let lower = paragraph.to_lowercase();
    APPEAL_PHRASES.iter().any(|phrase| lower.contains(phrase))
}

/// An author bio opens with "Follow NAME on NETWORK"; returns the author's name from it.
///
/// "Follow Jane on Twitter @jroe. Jane Roe writes about …" gives "Jane Roe": the fuller name
/// that opens a later sentence and extends the followed name; else the followed name itself.
fn bio_author_name(paragraph: &str) -> Option<String> {
    // ("“Follow Jane on Twitter @jroe.”": a transcript's mark left open before it is none
    // of it.)
    let rest = paragraph
        .trim_start_matches(['"', '“'])
        .strip_prefix("Follow ")?;
    let (followed, after) = rest.split_once(" on ")?;
    let network: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    if !SOCIAL_NETWORKS.contains(&network.as_str()) || followed.split(' ').count() > 4 {
        return None;
    }
    let full_name = after.split(". ").skip(1).find_map(|sentence| {
        let name = leading_name(sentence)?;
        let extends = name.len() > followed.len() && name.starts_with(followed);
        extends.then_some(name)
    });
    Some(full_name.unwrap_or(followed).to_string())
}

/// A lone byline: "Jane Roe", "By Jane Roe", "— Jane Roe". Returns the name.
fn byline_name(paragraph: &str) -> Option<String> {
    let name = paragraph
        .trim_start_matches(['—', '–', '-', ' '])
        .trim_start_matches("By ")
        .trim_start_matches("by ");
    // One word past the limit is enough to turn a paragraph away.
    let words: Vec<&str> = name.split_whitespace().take(MAX_BYLINE_WORDS + 1).collect();
    let shaped = (2..=MAX_BYLINE_WORDS).contains(&words.len())
        && words.iter().all(|w| is_name_word(w))
        && words.iter().any(|w| starts_upper(w));
    // "- Ann Roe.": the period closing the paragraph is no part of the name (an initial's, a
    // suffix's or an abbreviation's is: "Al B.", "Al Bo Jr.", "Dayton, Va.").
    shaped.then(|| {
        let name = words.join(" ");
        let closed = name.strip_suffix('.').filter(|bare| {
            let last = bare.rsplit(' ').next().unwrap_or(bare);
            last.chars().count() > 1 && !ABBREVIATIONS.contains(format!("{last}.").as_str())
        });
        closed.map_or_else(|| name.clone(), str::to_string)
    })
}

/// The run of capitalised words that starts `text`: "Jane Roe is a columnist" -> "Jane Roe".
fn leading_name(text: &str) -> Option<&str> {
    let mut end = 0;
    for word in text.split(' ') {
        if !starts_upper(word) || !is_name_word(word) {
            break;
        }
        end += word.len() + usize::from(end > 0);
    }
    (end > 0).then(|| &text[..end])
}

/// A word that can stand in a personal name: capitalised, or a particle like "van" or "de".
fn is_name_word(word: &str) -> bool {
    let letters_ok = word
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'));
    letters_ok && (starts_upper(word) || is_name_particle(word))
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    const POST: &str = "SENATE STALLS ON THE BUDGET…. The Senate went home on Friday.\n\n\
        Nobody expected much.\n\n\
        Keep our newsroom going... Please donate today!\n\n\
        Jane Roe\n\n\
        Follow Jane on Twitter @jroe. Jane Roe is a columnist at the Daily Ledger.";

    #[test]
    fn a_byline_and_a_dateline_under_the_headline_give_author_and_date() {
        let layout = read_layout(
            "Harbor bill stalls\n\nBy Tom Lark\n\nPosted on Sept. 3, 2026\n\nThe Senate went home.",
        );
        assert_eq!(layout.title, "Harbor bill stalls");
        assert_eq!(layout.author.as_deref(), Some("Tom Lark"));
        assert_eq!(layout.published_at.as_deref(), Some("2026-09-03"));
        assert_eq!(layout.paragraphs, vec!["The Senate went home."]);
        // On one line, either order.
        let layout =
            read_layout("Bill stalls\n\nMarch 3, 2026 | By Tom Lark\n\nThe Senate went home.");
        assert_eq!(layout.author.as_deref(), Some("Tom Lark"));
        assert_eq!(layout.published_at.as_deref(), Some("2026-03-03"));
        // A short first sentence is no header, and neither is a lone name without "By".
        for text in [
            "Bill stalls\n\nBy Friday it was over.\n\nThe Senate went home.",
            "Bill stalls\n\nTom Lark\n\nThe Senate went home.",
        ] {
            let layout = read_layout(text);
            assert_eq!(layout.paragraphs.len(), 2, "{text}");
            assert_eq!(layout.published_at, None);
        }
    }

    #[test]
    fn headline_ends_at_separator_and_body_continues_on_its_line() {
        let layout = read_layout(POST);
        assert_eq!(layout.title, "SENATE STALLS ON THE BUDGET");
        assert_eq!(layout.paragraphs[0], "The Senate went home on Friday.");
    }

    #[test]
    fn short_first_line_without_separator_is_the_headline() {
        let layout = read_layout("Budget talks stall\n\nThe Senate went home.");
        assert_eq!(layout.title, "Budget talks stall");
        assert_eq!(layout.paragraphs, vec!["The Senate went home."]);
    }

    #[test]
    fn a_closing_period_is_no_part_of_a_bylines_name() {
        // "Ann Roe." had been the author's name, period and all.
        let layout = read_layout("Headline.\n\nThe Senate went home.\n\n- Ann Roe.");
        assert_eq!(layout.author.as_deref(), Some("Ann Roe"));
        // An initial's, a suffix's and an abbreviation's period stay.
        for name in ["Ann B.", "Al Bo Jr.", "Dayton Va."] {
            let layout = read_layout(&format!("Headline.\n\nThe Senate went home.\n\n{name}"));
            assert_eq!(layout.author.as_deref(), Some(name));
        }
    }

    #[test]
    fn a_single_paragraph_has_no_headline() {
        let layout = read_layout("The Senate went home.");
        assert_eq!(layout.title, "");
        assert_eq!(layout.paragraphs, vec!["The Senate went home."]);
    }

    #[test]
    fn appeal_byline_and_bio_are_removed_and_name_the_author() {
        let layout = read_layout(POST);
        assert_eq!(
            layout.paragraphs,
            vec!["The Senate went home on Friday.", "Nobody expected much."]
        );
        assert_eq!(layout.author.as_deref(), Some("Jane Roe"));
    }

    #[test]
    fn a_page_of_signed_letters_has_no_author_and_keeps_its_signatures() {
        let text = "Letters\n\nThe bridge can wait.\n\nAnn Roe.\n\nFix the roads first.\n\nCy Dee.";
        let layout = read_layout(text);
        assert_eq!(layout.author, None);
        assert_eq!(
            layout.paragraphs,
            [
                "The bridge can wait.",
                "Ann Roe.",
                "Fix the roads first.",
                "Cy Dee."
            ]
        );
    }

    #[test]
    fn bio_alone_names_the_author_by_the_fuller_name_of_a_later_sentence() {
        // "Follow Sam on Twitter @sam. Sam Ortiz covers …" -> Sam Ortiz
        let text = "TITLE…. Body.\n\nFollow Sam on Twitter @sam. Sam Ortiz covers the courts.";
        let layout = read_layout(text);
        assert_eq!(layout.author.as_deref(), Some("Sam Ortiz"));
        assert_eq!(layout.paragraphs, vec!["Body."]);
        // A transcript's mark left open before it is none of it.
        let layout = read_layout("TITLE…. “Body.”\n\n“Follow Sam Ortiz on Twitter @sam.");
        assert_eq!(layout.author.as_deref(), Some("Sam Ortiz"));
        assert_eq!(layout.paragraphs, vec!["“Body.”"]);
    }

    #[test]
    fn crlf_bom_and_trailing_spaces_are_normalised() {
        let layout = read_layout("\u{feff}TITLE….  First.  \r\n\r\nSecond.   \r\n");
        assert_eq!(layout.title, "TITLE");
        assert_eq!(layout.paragraphs, vec!["First.", "Second."]);
    }

    #[test]
    fn hard_wrapped_lines_join_and_long_lines_stay_paragraphs() {
        let wrapped = "T….\n\nThe Senate went home\non Friday night.";
        assert_eq!(
            read_layout(wrapped).paragraphs,
            vec!["The Senate went home on Friday night."]
        );
        let long = "x".repeat(120);
        let lines = format!("T….\n\n{long}\n{long}");
        assert_eq!(read_layout(&lines).paragraphs.len(), 2);
    }

    #[test]
    fn a_long_paragraph_about_donations_is_not_an_appeal() {
        let argument = format!("Voters who donate now {}.", "expect access ".repeat(40));
        let text = format!("T…. Body.\n\n{argument}");
        assert_eq!(read_layout(&text).paragraphs.len(), 2);
    }

    #[test]
    fn a_closing_sentence_is_not_a_byline() {
        let layout = read_layout("T…. Body.\n\nThat is all for now.");
        assert_eq!(layout.paragraphs.len(), 2);
        assert_eq!(layout.author, None);
    }
}

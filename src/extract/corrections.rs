//! Update and correction notes, and the word an asterisk ties a note to.
//!
//! Rules, each with the shape that motivated it:
//! - A paragraph that opens with a label from `lexicons/correction_labels.txt`, after an
//!   optional `*`, `[` or `(`, then an optional number or time, then a colon, is a note:
//!   `Update: …`, `UPDATE 2: …`, `Update, 3:15 p.m.: …`, `Correction: …`, `[Update: …]`,
//!   `Editor's note: …`, `* Update/Correction: …`.
//! - A label naming a correction makes a correction, whatever else it says
//!   (`Update/Correction` is a correction).
//! - A note opening with `*` annotates the word an asterisk follows earlier in the post:
//!   `was against* a public option` ties it to `against`.

use super::lexicon::CORRECTION_LABELS;
use super::quotes::paragraph_ranges;
use super::CorrectionKind;

/// A note found in the body, with byte offsets for its anchor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub kind: CorrectionKind,
    pub label: String,
    pub text: String,
    /// Byte range of the anchor word in the body.
    pub anchor: Option<(usize, usize)>,
}

/// Longest run between a label and its colon: " 2", ", 3:15 p.m.".
const MAX_LABEL_TAIL: usize = 16;

/// Finds the notes of a body (paragraphs separated by blank lines).
pub fn find_notes(body: &str) -> Vec<Note> {
    let mut notes = Vec::new();
    for (start, end) in paragraph_ranges(body) {
        let paragraph = &body[start..end];
        let Some((kind, label, text)) = read_note(paragraph) else {
            continue;
        };
        let anchor = paragraph
            .trim_start()
            .starts_with('*')
            .then(|| asterisk_anchor(&body[..start]))
            .flatten();
        notes.push(Note {
            kind,
            label,
            text,
            anchor,
        });
    }
    notes
}

/// Reads one paragraph as a note: (kind, label as written, text).
fn read_note(paragraph: &str) -> Option<(CorrectionKind, String, String)> {
    let opened = paragraph.trim_start_matches(['*', '[', '(', ' ']);
    let bracketed = paragraph.trim_start().starts_with(['[', '(']);
    // Only the opening words can be a label: a long paragraph is not lower-cased whole. The
    // labels are sorted longest first, and no label has more characters than bytes.
    let longest = CORRECTION_LABELS
        .first()
        .map_or(0, |(label, _)| label.len());
    let lower: String = opened
        .chars()
        .take(longest)
        .flat_map(char::to_lowercase)
        .collect();
    let (label, kind) = CORRECTION_LABELS
        .iter()
        .find(|(label, _)| lower.starts_with(&label.to_lowercase()))?;
    let colon = opened.find(':')?;
    let tail = &opened[label.len()..colon];
    let tail_ok = tail.len() <= MAX_LABEL_TAIL
        && tail.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, ' ' | ',' | '.' | ':' | 'a' | 'p' | 'm' | 'A' | 'P' | 'M')
        });
    if !tail_ok {
        return None;
    }
    // "Update, 3:15 p.m.: …" has a colon inside its time: take the colon after the time.
    let (label_end, text_start) = label_colon(opened, colon);
    let written = opened[..label_end].trim_end_matches([',', ' ']).to_string();
    let mut text = opened[text_start..].trim();
    if bracketed {
        text = text.trim_end_matches([']', ')']);
    }
    let kind = match *kind {
        "correction" => CorrectionKind::Correction,
        "editors_note" => CorrectionKind::EditorsNote,
        _ => CorrectionKind::Update,
    };
    (!text.is_empty()).then(|| (kind, written, text.to_string()))
}

/// Where the label ends and the text begins, skipping a time's own colon.
fn label_colon(opened: &str, first_colon: usize) -> (usize, usize) {
    let after = &opened[first_colon + 1..];
    let is_time = after.chars().take(2).all(|c| c.is_ascii_digit());
    if is_time {
        if let Some(second) = after.find(':') {
            let colon = first_colon + 1 + second;
            return (colon, colon + 1);
        }
    }
    (first_colon, first_colon + 1)
}

/// The sentence holding the byte range `start..end` of a body: from the end of the sentence
/// or paragraph before it to its own final `.`, `!` or `?`.
pub fn sentence_around(body: &str, start: usize, end: usize) -> &str {
    const SENTENCE_ENDS: [&str; 3] = [". ", "? ", "! "];
    let paragraph_start = body[..start].rfind("\n\n").map_or(0, |p| p + 2);
    let paragraph_end = body[end..].find("\n\n").map_or(body.len(), |p| end + p);
    let before = &body[paragraph_start..start];
    let from = SENTENCE_ENDS
        .iter()
        .filter_map(|t| before.rfind(t))
        .max()
        .map_or(paragraph_start, |i| paragraph_start + i + 2);
    let after = &body[end..paragraph_end];
    let to = SENTENCE_ENDS
        .iter()
        .filter_map(|t| after.find(t))
        .min()
        .map_or(paragraph_end, |i| end + i + 1);
    body[from..to].trim()
}

/// The word an asterisk follows, nearest to the note: `against*`.
fn asterisk_anchor(before: &str) -> Option<(usize, usize)> {
    let star = before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            c == '*'
                && before[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        })?
        .0;
    let word_start = before[..star]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '-' | '’' | '\''))
        .last()
        .map(|(i, _)| i)?;
    Some((word_start, star))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_asterisk_note_is_tied_to_its_word() {
        let body = "Roe was against* the plan.\n\n* Update/Correction: Roe was merely reluctant.";
        let notes = find_notes(body);
        assert_eq!(notes.len(), 1);
        let note = &notes[0];
        assert_eq!(
            (note.kind, note.label.as_str()),
            (CorrectionKind::Correction, "Update/Correction")
        );
        assert_eq!(note.text, "Roe was merely reluctant.");
        let (s, e) = note.anchor.unwrap();
        assert_eq!(&body[s..e], "against");
        assert_eq!(sentence_around(body, s, e), "Roe was against* the plan.");
        let two = "First sentence here. Roe was against* it. Third.";
        assert_eq!(sentence_around(two, 29, 36), "Roe was against* it.");
    }

    #[test]
    fn labels_with_numbers_times_and_brackets() {
        let body = "Text.\n\nUPDATE 2: More news.\n\nUpdate, 3:15 p.m.: Even more.\n\n[Update: Bracketed.]\n\nEditor's note: Fixed a name.\n\nCorrection: It was Tuesday.";
        let notes = find_notes(body);
        let got: Vec<(&str, &str, CorrectionKind)> = notes
            .iter()
            .map(|n| (n.label.as_str(), n.text.as_str(), n.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("UPDATE 2", "More news.", CorrectionKind::Update),
                ("Update, 3:15 p.m.", "Even more.", CorrectionKind::Update),
                ("Update", "Bracketed.", CorrectionKind::Update),
                (
                    "Editor's note",
                    "Fixed a name.",
                    CorrectionKind::EditorsNote
                ),
                ("Correction", "It was Tuesday.", CorrectionKind::Correction),
            ]
        );
        assert!(notes.iter().all(|n| n.anchor.is_none()));
    }

    #[test]
    fn a_sentence_that_starts_with_the_word_is_not_a_note() {
        assert!(find_notes("Updates to the bill: none so far, said Roe.").is_empty());
        assert!(find_notes("Correction of the record was demanded by everyone who spoke at length today: all of them.").is_empty());
    }
}

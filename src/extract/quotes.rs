//! Finding quotations: pairing quotation marks by kind and telling them from apostrophes.
//!
//! Rules, each with the shape that motivated it:
//! - Double marks pair by kind family: “…”, "…", ''…'' (two apostrophes, as some wire copy
//!   writes them) and «…». A new opening mark while one is open in the same paragraph means the
//!   first was never closed; it is dropped, unless it is of another style, or two closing
//!   marks of its style follow before the next opening one: then it opens a quote nested in
//!   the first (`"POE: She calls it “a plan.” It is not.`, `tweeted: “Fans in
//!   “Settle For Bo” shirts. Ouch.”`).
//!   Three apostrophes after a word close a single quote and then a doubled one (`''I would
//!   call it 'old-school,''' said Roe`).
//! - Single marks ‘…’ and '…' are quotations inside a double quote (a nested quote) or, outside
//!   one, when a closing mark ends a word later in the same paragraph (headlines:
//!   `Roe says plan 'absolutely right'`). Between two letters a mark is an apostrophe
//!   (shouldn’t, ReachOut’s, and `Ledger‘s`, where an opening mark is misused as one); before a
//!   decade or a known elision it is one too ('90s, ’em); after a plural it is a possessive
//!   (the groups’ ads) unless a single quotation is open.
//! - A quotation may span paragraphs: when a paragraph ends inside a double quote and the next
//!   paragraph opens with a double mark of the same style, the quotation goes on; otherwise it
//!   closes at the paragraph's end. So does a phrase opened in lower case after the paragraph's
//!   start ("Bo said the plan is “a mess."), which is the writer's sentence, not a speech.
//! - A double mark after a height (6’2”, 5'10") measures inches.
//! - Unbalanced marks are skipped, never an error.

use super::lexicon::ELISIONS;

/// How a quotation was marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    Double,
    Single,
}

/// A quotation found in a text: byte offsets of its content (marks excluded), one segment per
/// paragraph it spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotedSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark, or the paragraph end for an unclosed quote.
    pub close: usize,
    /// Content ranges, one per paragraph, marks excluded.
    pub segments: Vec<(usize, usize)>,
    pub marks: Marks,
    /// Index of the quotation this one is nested in.
    pub parent: Option<usize>,
}

impl QuotedSpan {
    /// Start of the content.
    pub fn start(&self) -> usize {
        self.segments[0].0
    }
    /// End of the content.
    pub fn end(&self) -> usize {
        self.segments[self.segments.len() - 1].1
    }
    /// The content, paragraphs joined by one space.
    pub fn text(&self, source: &str) -> String {
        let pieces: Vec<&str> = self
            .segments
            .iter()
            .map(|&(s, e)| source[s..e].trim())
            .collect();
        pieces.join(" ")
    }
    /// Whether the content holds at least `n` words, read without joining its text.
    pub fn has_words(&self, source: &str, n: usize) -> bool {
        n == 0
            || self
                .segments
                .iter()
                .flat_map(|&(s, e)| source[s..e].split_whitespace())
                .nth(n - 1)
                .is_some()
    }
}

/// Which way a mark can face, before pairing decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facing {
    Open,
    Close,
    /// Straight marks: " '' and '.
    Either,
}

/// A quotation mark in a paragraph (apostrophes already left out).
#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    end: usize,
    marks: Marks,
    facing: Facing,
    /// White space or the paragraph edge before / after the mark.
    space_before: bool,
    space_after: bool,
}

/// A double quotation still open while scanning, possibly carried over from earlier paragraphs.
struct OpenDouble {
    open: usize,
    content_start: usize,
    segments: Vec<(usize, usize)>,
    style: char,
    /// A double quotation of another style open inside this one: its opening mark, where its
    /// content starts, and its style.
    nested: Option<(usize, usize, char)>,
}

/// The style of a double mark, so that a quote of one style can nest in another: '"' for
/// straight marks, '\'' for doubled apostrophes, '“' for curly marks and guillemets.
fn style_of(text: &str, mark: &Mark) -> char {
    match &text[mark.pos..mark.end] {
        "\"" => '"',
        "''" => '\'',
        _ => '“',
    }
}

/// Finds every quotation in `text`, whose paragraphs are separated by blank lines. The result
/// is ordered by opening mark, a nested quote after its parent.
pub fn find_quotes(text: &str) -> Vec<QuotedSpan> {
    let mut found: Vec<QuotedSpan> = Vec::new();
    let mut double: Option<OpenDouble> = None;
    let paragraphs = paragraph_ranges(text);
    for (p, &(para_start, para_end)) in paragraphs.iter().enumerate() {
        let mut single: Option<usize> = None; // opening mark's position
        let marks = marks_in(text, para_start, para_end);
        for (m, mark) in marks.iter().enumerate() {
            match mark.marks {
                Marks::Double => {
                    let opens = match mark.facing {
                        Facing::Open => true,
                        Facing::Close => false,
                        Facing::Either if double.is_some() => {
                            mark.space_before && !mark.space_after
                        }
                        Facing::Either => !mark.space_after,
                    };
                    let continues_quote = m == 0 && mark.pos == para_start && opens;
                    let style = style_of(text, mark);
                    match (&mut double, opens) {
                        (Some(open), true) if continues_quote && !open.segments.is_empty() => {
                            open.content_start = mark.end;
                        }
                        // "POE: She calls it “a plan.” It is not.
                        (Some(open), true)
                            if style != open.style
                                || open.nested.is_none()
                                    && closes_twice(text, &marks[m + 1..], style) =>
                        {
                            open.nested = Some((mark.pos, mark.end, style));
                        }
                        (_, true) => {
                            single = None;
                            double = Some(OpenDouble {
                                open: mark.pos,
                                content_start: mark.end,
                                segments: vec![],
                                style,
                                nested: None,
                            });
                        }
                        (Some(open), false)
                            if open.nested.is_some_and(|(_, _, inner)| {
                                inner == style || style != open.style
                            }) =>
                        {
                            let (at, content, _) = open.nested.take().expect("checked Some");
                            found.push(quote(
                                at,
                                mark.end,
                                vec![(content, mark.pos)],
                                Marks::Double,
                            ));
                        }
                        (Some(_), false) => {
                            let open = double.take().expect("matched Some");
                            let mut segments = open.segments;
                            segments.push((open.content_start, mark.pos));
                            found.push(quote(open.open, mark.end, segments, Marks::Double));
                            single = None;
                        }
                        (None, false) => {} // a stray closing mark
                    }
                }
                Marks::Single => {
                    let opens = match mark.facing {
                        Facing::Open => true,
                        Facing::Close => false,
                        Facing::Either => single.is_none() && mark.space_before,
                    };
                    if opens {
                        single.get_or_insert(mark.pos);
                    } else if let Some(open) = single.take() {
                        let width = text[open..].chars().next().map_or(1, char::len_utf8);
                        found.push(quote(
                            open,
                            mark.end,
                            vec![(open + width, mark.pos)],
                            Marks::Single,
                        ));
                    }
                }
            }
        }
        // A double quote open at the paragraph's end goes on if the next paragraph opens with a
        // double mark, and closes here otherwise.
        if let Some(open) = double.as_mut() {
            open.nested = None;
            open.segments.push((open.content_start, para_end));
            let style = open.style;
            // "Bo said the plan is “a mess. / “We vote no …”": a phrase opened in lower case
            // inside the writer's sentence closes at its paragraph's end.
            let phrase = open.open > para_start
                && text[open.content_start..].starts_with(char::is_lowercase);
            let next_opens = !phrase
                && paragraphs.get(p + 1).is_some_and(|&(s, e)| {
                    marks_in(text, s, e).first().is_some_and(|m| {
                        m.pos == s
                            && m.marks == Marks::Double
                            && m.facing != Facing::Close
                            && style_of(text, m) == style
                    })
                });
            if !next_opens {
                let open = double.take().expect("checked Some");
                found.push(quote(open.open, para_end, open.segments, Marks::Double));
            }
        }
    }
    found.retain(|q| {
        q.segments
            .iter()
            .any(|&(s, e)| !text[s..e].trim().is_empty())
    });
    found = found
        .into_iter()
        .flat_map(|q| split_transcript(text, q))
        .collect();
    found.sort_by_key(|q| (q.open, std::cmp::Reverse(q.close)));
    assign_parents(&mut found);
    found
}

/// Whether two curly closing marks of `style` come before the next opening one in the rest of
/// the paragraph: then an opening mark of the same style as an open quote nests in it
/// (`tweeted: “People wearing “Settle For Roe” shirts … ouch.”`) instead of replacing it.
fn closes_twice(text: &str, rest: &[Mark], style: char) -> bool {
    rest.iter()
        .filter(|m| m.marks == Marks::Double && style_of(text, m) == style)
        .take_while(|m| m.facing != Facing::Open)
        .filter(|m| m.facing == Facing::Close)
        .take(2)
        .count()
        == 2
}

/// A transcript inside one pair of marks is one quotation per speaker's turn: a paragraph
/// opening with a label starts one, and the paragraphs after it without a label go on with it
/// ("HOST: Will she be there? / "GUEST: She will not. / "She has other plans.").
fn split_transcript(text: &str, quote: QuotedSpan) -> Vec<QuotedSpan> {
    let labelled: Vec<bool> = quote
        .segments
        .iter()
        .map(|&(s, e)| transcript_label(&text[s..e]).is_some())
        .collect();
    if quote.segments.len() < 2 || labelled.iter().filter(|&&l| l).count() < 2 {
        return vec![quote];
    }
    let mut turns: Vec<Vec<usize>> = Vec::new();
    for (i, &label) in labelled.iter().enumerate() {
        match turns.last_mut() {
            Some(turn) if !label => turn.push(i),
            _ => turns.push(vec![i]),
        }
    }
    let last = quote.segments.len() - 1;
    turns
        .into_iter()
        .map(|turn| {
            let (first, end) = (turn[0], turn[turn.len() - 1]);
            let s = quote.segments[first].0;
            let open = if first == 0 {
                quote.open
            } else {
                s.saturating_sub(text[..s].chars().next_back().map_or(1, char::len_utf8))
            };
            let close = if end == last {
                quote.close
            } else {
                quote.segments[end].1
            };
            QuotedSpan {
                open,
                close,
                segments: turn.iter().map(|&i| quote.segments[i]).collect(),
                marks: quote.marks,
                parent: None,
            }
        })
        .collect()
}

/// The speaker label opening a transcript paragraph: "HOST: …" -> "HOST" (one to three
/// words in capitals, then a colon).
pub fn transcript_label(paragraph: &str) -> Option<&str> {
    let (label, _) = paragraph.trim_start().split_once(':')?;
    let words = label.split_whitespace().count();
    let capitals = label.chars().any(char::is_alphabetic)
        && label
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-');
    ((1..=3).contains(&words) && capitals).then_some(label.trim())
}

fn quote(open: usize, close: usize, segments: Vec<(usize, usize)>, marks: Marks) -> QuotedSpan {
    QuotedSpan {
        open,
        close,
        segments,
        marks,
        parent: None,
    }
}

/// Byte ranges of the paragraphs of `text` (separated by blank lines), trimmed.
pub fn paragraph_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for piece in text.split("\n\n") {
        let trimmed_start = start + (piece.len() - piece.trim_start().len());
        let trimmed_end = start + piece.trim_end().len();
        if trimmed_end > trimmed_start {
            ranges.push((trimmed_start, trimmed_end));
        }
        start += piece.len() + 2;
    }
    ranges
}

/// The quotation marks of one paragraph, in order, apostrophes left out.
fn marks_in(text: &str, start: usize, end: usize) -> Vec<Mark> {
    let para = &text[start..end];
    let char_at = |offset: usize| super::text::char_at(para, offset, para.len());
    let mut marks = Vec::new();
    let mut offset = 0;
    let mut prev: Option<char> = None;
    let mut in_tag = false;
    while let Some(c) = char_at(offset) {
        // Marks inside markup are attribute quotes: <tweet author="…">.
        if c == '<' && char_at(offset + 1).is_some_and(|n| n.is_ascii_alphabetic() || n == '/') {
            in_tag = true;
        } else if c == '>' {
            in_tag = false;
        }
        if in_tag || !is_mark_char(c) {
            offset += c.len_utf8();
            prev = Some(c);
            continue;
        }
        // An invisible direction or width mark leaves the context as it was: "\u{202A}”Pave the
        // road …,” said Roe" opens with a space before it.
        if prev.is_some_and(super::text::is_invisible) {
            prev = para[..offset]
                .chars()
                .rev()
                .find(|&p| !super::text::is_invisible(p));
        }
        let apostrophe_at = |o: usize| char_at(o) == Some('\'');
        // "… 'old-school,''' said Roe": after a word, three marks close the single quote, then
        // the doubled one.
        let tripled_closing = c == '\''
            && apostrophe_at(offset + 1)
            && apostrophe_at(offset + 2)
            && prev.is_some_and(|p| !p.is_whitespace());
        let doubled = c == '\'' && apostrophe_at(offset + 1) && !tripled_closing;
        let width = if doubled { 2 } else { c.len_utf8() };
        let next = char_at(offset + width);
        let rest = &para[offset + width..];
        let kind = match c {
            // "he’s like 6’2”": feet and inches, not a closing mark.
            '”' | '"' if is_inch_mark(&para[..offset]) => None,
            '“' | '«' => Some((Marks::Double, Facing::Open)),
            '”' | '»' => Some((Marks::Double, Facing::Close)),
            '"' => Some((Marks::Double, Facing::Either)),
            '\'' if doubled => Some((Marks::Double, Facing::Either)),
            '\'' if tripled_closing => Some((Marks::Single, Facing::Close)),
            '‘' | '’' | '\'' if is_apostrophe(prev, next, rest) => None,
            '‘' => Some((Marks::Single, Facing::Open)),
            '’' => Some((Marks::Single, Facing::Close)),
            '\'' => Some((Marks::Single, Facing::Either)),
            _ => None,
        };
        if let Some((quote_marks, facing)) = kind {
            let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
            let space_after = next.is_none_or(char::is_whitespace);
            // A curly double mark facing against its context ("”Mr. Roe said" opening a
            // paragraph) is read like a straight one.
            let facing = match (quote_marks, facing) {
                (Marks::Double, Facing::Close) if space_before && !space_after => Facing::Either,
                (Marks::Double, Facing::Open) if !space_before && space_after => Facing::Either,
                _ => facing,
            };
            marks.push(Mark {
                pos: start + offset,
                end: start + offset + width,
                marks: quote_marks,
                facing,
                space_before,
                space_after,
            });
        }
        offset += width;
        prev = Some(if doubled { '\'' } else { c });
    }
    drop_unpaired_singles(marks)
}

/// Whether a double mark after `before` measures inches: a height like 6’2” or 5'10".
fn is_inch_mark(before: &str) -> bool {
    // Read backwards: one or two digits of inches, the feet mark, a digit of feet.
    let tail: Vec<char> = before.chars().rev().take(5).collect();
    let inches = tail.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=2).contains(&inches)
        && matches!(tail.get(inches), Some('’' | '\''))
        && tail.get(inches + 1).is_some_and(char::is_ascii_digit)
}

/// The characters that may be quotation marks: “ ” « » " ' ‘ ’.
fn is_mark_char(c: char) -> bool {
    matches!(c, '“' | '”' | '«' | '»' | '"' | '\'' | '‘' | '’')
}

/// Whether a single mark is an apostrophe: between letters (shouldn’t, ReachOut’s, Ledger‘s),
/// before a decade ('90s) or a known elision (’em), or after a word when it cannot close
/// anything (the groups’ ads; decided in pairing by [`drop_unpaired_singles`]).
fn is_apostrophe(prev: Option<char>, next: Option<char>, rest: &str) -> bool {
    let prev_alnum = prev.is_some_and(char::is_alphanumeric);
    let next_alnum = next.is_some_and(char::is_alphanumeric);
    if prev_alnum && next_alnum {
        return true;
    }
    if next_alnum {
        let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
        let decade =
            word.len() >= 2 && word.chars().take(2).all(|c| c.is_ascii_digit()) && word.len() <= 3;
        let elision = ELISIONS.iter().any(|e| e.eq_ignore_ascii_case(&word));
        return decade || elision;
    }
    false
}

/// Single marks are quotation marks only in pairs: an opening mark at a word's start and a
/// closing mark at a later word's end, in the same paragraph. A closing-shaped mark after a
/// word with no opening before it is a possessive apostrophe (the voters’ choice).
fn drop_unpaired_singles(marks: Vec<Mark>) -> Vec<Mark> {
    let mut keep = vec![true; marks.len()];
    let mut open: Option<usize> = None;
    for (i, m) in marks.iter().enumerate() {
        if m.marks == Marks::Double {
            continue;
        }
        let opens = match m.facing {
            Facing::Open => true,
            Facing::Close => false,
            Facing::Either => open.is_none() && m.space_before,
        };
        if opens {
            if let Some(previous) = open.replace(i) {
                keep[previous] = false;
            }
        } else if open.take().is_none() {
            keep[i] = false;
        }
    }
    if let Some(unclosed) = open {
        keep[unclosed] = false;
    }
    marks
        .into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect()
}

/// Sets each quotation's parent: the nearest earlier quotation whose marks enclose it.
fn assign_parents(quotes: &mut [QuotedSpan]) {
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..quotes.len() {
        while let Some(&top) = stack.last() {
            if quotes[top].close >= quotes[i].close && quotes[top].open < quotes[i].open {
                break;
            }
            stack.pop();
        }
        quotes[i].parent = stack.last().copied();
        stack.push(i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        find_quotes(text).iter().map(|q| q.text(text)).collect()
    }

    #[test]
    fn curly_double_quotes_pair() {
        assert_eq!(
            texts("“We will win,” Roe said. “Soon.”"),
            vec!["We will win,", "Soon."]
        );
    }

    #[test]
    fn straight_double_quotes_pair_by_context() {
        assert_eq!(
            texts(r#"He called it "a mess" and "a farce.""#),
            vec!["a mess", "a farce."]
        );
    }

    #[test]
    fn an_invisible_direction_mark_before_a_mark_leaves_it_opening() {
        // A comment pasted from the web opens with U+202A and a closing mark used to open:
        // the quotation had been lost.
        assert_eq!(
            texts("\u{202A}”Pave the road first. Then talk,” said Al Bo."),
            vec!["Pave the road first. Then talk,"]
        );
    }

    #[test]
    fn doubled_apostrophes_are_double_marks() {
        // Some wire copy writes quotes as two apostrophes.
        assert_eq!(texts("''It is over,'' she said."), vec!["It is over,"]);
    }

    #[test]
    fn three_apostrophes_after_a_word_close_a_single_then_a_double_quote() {
        let text = "''I would call it 'old-school,''' said Ann Roe.";
        let quotes = find_quotes(text);
        assert_eq!(
            texts(text),
            vec!["I would call it 'old-school,'", "old-school,"]
        );
        assert_eq!(quotes[1].parent, Some(0));
    }

    #[test]
    fn apostrophes_inside_words_are_not_marks() {
        // shouldn’t, ReachOut’s, and the misused opening mark in “Ledger‘s”.
        assert!(texts("We shouldn’t mind ReachOut’s ads in the Ledger‘s pages.").is_empty());
    }

    #[test]
    fn decades_elisions_and_plural_possessives_are_apostrophes() {
        assert!(texts("Back in the ’90s they’d rock ’n’ roll; the groups’ ads ran.").is_empty());
        assert!(texts("In the '90s the voters' mood soured.").is_empty());
    }

    #[test]
    fn a_quote_nested_in_another_names_its_parent() {
        let text = "An aide said: “He told us he didn’t like ‘groups attacking friends.’”";
        let quotes = find_quotes(text);
        assert_eq!(quotes.len(), 2);
        assert_eq!(quotes[1].text(text), "groups attacking friends.");
        assert_eq!(quotes[1].parent, Some(0));
        assert_eq!(quotes[0].parent, None);
    }

    #[test]
    fn single_quotes_outside_doubles_are_quotes_when_paired() {
        // Headlines: Roe says plan 'absolutely right'
        assert_eq!(
            texts("Roe says plan 'absolutely right'"),
            vec!["absolutely right"]
        );
        assert_eq!(
            texts("DOES ROE WANT ‘LEFT-WING GROUPS’ TO BACK OFF?"),
            vec!["LEFT-WING GROUPS"]
        );
    }

    #[test]
    fn a_quote_spanning_paragraphs_is_one_quote() {
        let text = "“First part.\n\n“Second part,” Roe said.";
        let quotes = find_quotes(text);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].text(text), "First part. Second part,");
        assert_eq!(quotes[0].segments.len(), 2);
        // Opened mid-paragraph too, when it opens as a sentence.
        let text = "Roe said: “First part.\n\n“Second part.”";
        assert_eq!(texts(text), vec!["First part. Second part."]);
        // Not a phrase opened in lower case inside the writer's sentence: "a mess" had run on
        // into the next paragraph's quotation.
        let text = "Roe said the plan is “a mess.\n\n“We vote no,” she said.";
        assert_eq!(texts(text), vec!["a mess.", "We vote no,"]);
        // (A paragraph opening with the mark goes on, whatever case follows it.)
        let text = "“and so we held on.\n\n“Then we won,” Roe said.";
        assert_eq!(texts(text), vec!["and so we held on. Then we won,"]);
    }

    #[test]
    fn a_transcript_in_one_pair_of_marks_is_a_quote_per_speaker() {
        let text = "“ROE: Will she be there?\n\n“POE: She will not.\n\n“ROE: Thank you.”";
        assert_eq!(
            texts(text),
            vec![
                "ROE: Will she be there?",
                "POE: She will not.",
                "ROE: Thank you."
            ]
        );
        assert_eq!(transcript_label("POE: She will not."), Some("POE"));
        assert_eq!(transcript_label("Update: it passed."), None);
        // "POE: Well, look, … / "But the truth is … / "HOST: Governor, …": a paragraph
        // without a label goes on with the speaker's turn.
        let text = "“ROE: Will she be there?\n\n“POE: She will not.\n\n“She has plans.\n\n\
                    “ROE: Thank you.”";
        assert_eq!(
            texts(text),
            vec![
                "ROE: Will she be there?",
                "POE: She will not. She has plans.",
                "ROE: Thank you."
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_closes_at_its_paragraph_end() {
        let text = "Roe said, “We will win.\n\nNobody believed it.";
        assert_eq!(texts(text), vec!["We will win."]);
    }

    #[test]
    fn unbalanced_marks_are_skipped_not_fatal() {
        assert_eq!(
            texts("A stray ” here, then “a real one” and “an open"),
            vec!["a real one", "an open"]
        );
        assert!(texts("” ” ’").is_empty());
    }

    #[test]
    fn a_curly_mark_facing_against_its_context_is_read_by_context() {
        // ”… shame.” ― Ana Ruiz: a closing mark opens a signed quotation
        assert_eq!(
            texts("”We lost the vote.” ― Ann Roe"),
            vec!["We lost the vote."]
        );
    }

    #[test]
    fn marks_inside_markup_are_not_quotes() {
        assert_eq!(
            texts(r#"<tweet author="roe" id="123">“Vote,” she wrote.</tweet>"#),
            vec!["Vote,"]
        );
    }

    #[test]
    fn a_double_quote_of_another_style_nests() {
        let text = "\"ROE: She thinks this is “Big Deal.” It is not.\n\n\"POE: It is.\"";
        let quotes = find_quotes(text);
        assert_eq!(
            texts(text),
            vec![
                "ROE: She thinks this is “Big Deal.” It is not.",
                "Big Deal.",
                "POE: It is."
            ]
        );
        assert_eq!(quotes[1].parent, Some(0));
        // A paragraph opening with a mark of another style starts a quotation of its own.
        assert_eq!(
            texts("\"We won.\n\n“We lost,” Poe said."),
            vec!["We won.", "We lost,"]
        );
        // Mixed marks still pair as one quotation: “We won," she said.
        assert_eq!(texts("“We won,\" she said."), vec!["We won,"]);
    }

    #[test]
    fn a_height_in_feet_and_inches_holds_no_marks() {
        let text = "“She stands a full head over me, maybe 6’1”,” Roe said. “I am 5'9\".”";
        assert_eq!(
            texts(text),
            vec!["She stands a full head over me, maybe 6’1”,", "I am 5'9\"."]
        );
    }

    #[test]
    fn a_double_quote_of_the_same_style_nests_when_two_closing_marks_follow() {
        let text = "Roe tweeted: “Fans wearing “Settle For Bo” shirts at the fair. Ouch.”";
        assert_eq!(
            texts(text),
            vec![
                "Fans wearing “Settle For Bo” shirts at the fair. Ouch.",
                "Settle For Bo"
            ]
        );
        assert_eq!(find_quotes(text)[1].parent, Some(0));
        // With one closing mark, the first opening was never closed: “We won. “We lost.”
        assert_eq!(texts("“We won. “We lost,” Poe said."), vec!["We lost,"]);
    }

    #[test]
    fn guillemets_are_double_marks() {
        assert_eq!(texts("Il a dit «non» hier."), vec!["non"]);
    }
}

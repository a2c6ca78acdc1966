//! Words, paragraphs and sentences of a post, aware of its quotations.
//!
//! Rules:
//! - A word is a run of letters and digits, with inner `.`, `-`, `&` and apostrophes
//!   (U.S, ReachOut.org, semi-publicly, AT&T, shouldn’t, Ledger‘s); a final period stays on a known
//!   abbreviation (Sen., La., U.S.) or an initial (J.). A period between a lower-case word and
//!   a capitalised one is no inner period: `Roe said.Fox claimed` is two words.
//! - A sentence ends at `.`, `!` or `?` (and any closing marks after it) before a capitalised
//!   word, a digit or an opening mark, and at each paragraph's end, but never inside a
//!   quotation: `“We lost. We regroup,” Roe said.` is one sentence, so its quotation and its
//!   attribution stay together.

use std::cell::OnceCell;
use std::collections::HashSet;

use rustc_hash::FxHashMap;

use super::lexicon::{state_named, ABBREVIATIONS, AUXILIARIES, FUNCTION_WORDS};
use super::quotes::QuotedSpan;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// A quotation mark that opens or closes a quotation.
    Mark,
    /// Any other character that is not white space.
    Punct,
}

/// A token: its byte range, its kind, and where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub paragraph: usize,
    /// Innermost quotation whose content holds the token.
    pub quote: Option<usize>,
}

/// A post's text split into tokens and sentences, with its quotations.
#[derive(Debug)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub quotes: Vec<QuotedSpan>,
    /// Token ranges of sentences.
    pub sentences: Vec<std::ops::Range<usize>>,
    /// Byte ranges of paragraphs.
    pub paragraphs: Vec<(usize, usize)>,
    /// For each paragraph, how many paragraphs of prose come before it ([`Doc::prose_paragraph`]).
    prose_ranks: Vec<usize>,
    /// A headline, where cues may be capitalised ("Roe Says Plan ‘Absolutely Right’").
    pub headline: bool,
    /// Every token lower-cased, one after another, and each token's byte range in it: the
    /// rules compare lower-cased words constantly, and lower-casing once costs less.
    lowered: String,
    lowered_at: Vec<(u32, u32)>,
    /// For each quotation that is a nickname inside a name, the tokens of the name's words on
    /// either side ([`Doc::nickname`]).
    nicknames: Vec<Option<(usize, usize)>>,
    /// The words the post writes in lower case somewhere, gathered at the first question.
    lower_case_words: OnceCell<HashSet<&'a str>>,
    /// How many times each capitalised word stands in the post, a possessive counted under its
    /// stem too, gathered at the first question.
    capitalised_counts: OnceCell<FxHashMap<&'a str, u32>>,
}

impl<'a> Doc<'a> {
    /// Splits `text` (paragraphs separated by blank lines) into tokens and sentences.
    pub fn new(text: &'a str) -> Doc<'a> {
        let quotes = super::quotes::find_quotes(text);
        let paragraphs = super::quotes::paragraph_ranges(text);
        let tokens = tokenize(text, &paragraphs, &quotes);
        let sentences = split_sentences(text, &tokens);
        let prose_ranks = prose_ranks(text, &tokens, paragraphs.len());
        let mut lowered = String::with_capacity(text.len());
        let lowered_at = tokens
            .iter()
            .map(|t| {
                let start = lowered.len();
                let word = &text[t.start..t.end];
                if word.is_ascii() {
                    lowered.push_str(word);
                    lowered[start..].make_ascii_lowercase();
                } else {
                    lowered.extend(word.chars().flat_map(char::to_lowercase));
                }
                (start as u32, lowered.len() as u32)
            })
            .collect();
        let mut doc = Doc {
            text,
            tokens,
            quotes,
            sentences,
            paragraphs,
            prose_ranks,
            headline: false,
            lowered,
            lowered_at,
            nicknames: Vec::new(),
            lower_case_words: OnceCell::new(),
            capitalised_counts: OnceCell::new(),
        };
        doc.nicknames = (0..doc.quotes.len())
            .map(|q| doc.find_nickname(q))
            .collect();
        doc
    }

    /// A headline's words: like [`Doc::new`], but cues may be capitalised, and a headline
    /// capitalises every word, so "Roe ‘Horrified’ By Vote" holds no nickname.
    pub fn headline(text: &'a str) -> Doc<'a> {
        let doc = Doc::new(text);
        Doc {
            headline: true,
            nicknames: vec![None; doc.quotes.len()],
            ..doc
        }
    }

    /// Token `i` lower-cased: "Said" -> "said".
    pub fn lower(&self, i: usize) -> &str {
        let (start, end) = self.lowered_at[i];
        &self.lowered[start as usize..end as usize]
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }

    /// Whether the post writes `word`, however it is cased here, in lower case somewhere:
    /// capitalised at a sentence's start ("Audiences can expect …" when "audiences" appears
    /// too) or shouted ("CONSTANTLY"), such a word is no name.
    pub fn writes_in_lower_case(&self, word: &str) -> bool {
        let words = self.lower_case_words.get_or_init(|| {
            (0..self.tokens.len())
                .map(|k| self.word(k))
                .filter(|w| w.starts_with(char::is_lowercase))
                .collect()
        });
        if word.chars().any(char::is_uppercase) {
            words.contains(word.to_lowercase().as_str())
        } else {
            words.contains(word)
        }
    }

    /// How many times the post writes the capitalised word `word`, alone or with a possessive
    /// ending ("Roe" counts "Roe’s"). Only capitalised words are counted, once for the post.
    pub fn capitalised_count(&self, word: &str) -> usize {
        let counts = self.capitalised_counts.get_or_init(|| {
            let mut counts = FxHashMap::default();
            for k in 0..self.tokens.len() {
                let word = self.word(k);
                if !word.starts_with(char::is_uppercase) {
                    continue;
                }
                *counts.entry(word).or_insert(0) += 1;
                if let Some(stem) = super::names::possessive_stem(word) {
                    *counts.entry(stem).or_insert(0) += 1;
                }
            }
            counts
        });
        counts.get(word).map_or(0, |&n| n as usize)
    }

    /// The text from token `tokens.start` to the end of token `tokens.end - 1`, spaces and
    /// marks between included: the text of a phrase, a cue or a sentence.
    pub fn span(&self, tokens: std::ops::Range<usize>) -> &'a str {
        &self.text[self.tokens[tokens.start].start..self.tokens[tokens.end - 1].end]
    }

    /// The sentence holding token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= i)
    }

    /// Whether token `i` is the first of its sentence.
    pub fn opens_sentence(&self, i: usize) -> bool {
        self.sentences[self.sentence_of(i)].start == i
    }

    /// Where token `i`'s paragraph stands among the post's paragraphs of prose, for counting
    /// how far apart two paragraphs are: a section label alone in its paragraph ("THE STORY.",
    /// "READER MAIL.") stands in none of its own, so "Al Bo … / THE STORY. / He said …" keeps "he"
    /// one paragraph from Al Bo.
    pub fn prose_paragraph(&self, i: usize) -> usize {
        self.prose_ranks[self.tokens[i].paragraph]
    }

    /// Index of the first token at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }

    /// Whether token `i` lies inside quotation `q` or one nested in it.
    pub fn in_quote(&self, i: usize, q: usize) -> bool {
        let t = &self.tokens[i];
        let quote = &self.quotes[q];
        t.start >= quote.start() && t.end <= quote.end()
    }

    /// Whether token `i` lies outside every quotation (quotation marks count as outside).
    pub fn outside_quotes(&self, i: usize) -> bool {
        self.tokens[i].quote.is_none()
    }

    /// Whether quotation `q` is a nickname inside a name, no one's words: one or two
    /// capitalised words quoted between two capitalised words of a paragraph, as in
    /// `Jose “Pepe” Marquez`. Returns the tokens of the name's words on either side.
    pub fn nickname(&self, q: usize) -> Option<(usize, usize)> {
        self.nicknames[q]
    }

    /// [`Doc::nickname`], worked out from the tokens.
    fn find_nickname(&self, q: usize) -> Option<(usize, usize)> {
        let quote = &self.quotes[q];
        let (first, end) = (self.token_at(quote.start()), self.token_at(quote.end()));
        let paragraph = self.tokens.get(first)?.paragraph;
        let name_word = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.paragraph == paragraph
                    && super::names::is_capitalised(self.word(k))
            })
        };
        let is_mark = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Mark)
        };
        let nickname = quote.segments.len() == 1
            && quote.close > quote.end()
            && (1..=2).contains(&(end - first))
            && (first..end).all(name_word)
            && first >= 2
            && is_mark(first - 1)
            && name_word(first - 2)
            && is_mark(end)
            && name_word(end + 1);
        nickname.then(|| (first - 2, end + 1))
    }
}

/// Splits text into tokens.
/// Words in the longest section label: "CORRECTION APPENDED."
const MAX_LABEL_WORDS: usize = 3;

/// For each of `paragraphs` paragraphs, how many paragraphs before it are prose: not a section
/// label, which is at most [`MAX_LABEL_WORDS`] words in capitals and no quotation ("ABSTRACT.",
/// "THE STORY.", "CORRECTION:"), or a separator ("* * *").
fn prose_ranks(text: &str, tokens: &[Token], paragraphs: usize) -> Vec<usize> {
    let mut prose = 0;
    let mut first = 0;
    (0..paragraphs)
        .map(|p| {
            let end = first + tokens[first..].partition_point(|t| t.paragraph == p);
            let paragraph = &tokens[first..end];
            first = end;
            // (A label's words and marks: "CORRECTION APPENDED.", "* * *".)
            let label = paragraph.len() <= 2 * MAX_LABEL_WORDS + 2
                && paragraph.iter().all(|t| match t.kind {
                    TokenKind::Word => !text[t.start..t.end].chars().any(char::is_lowercase),
                    TokenKind::Mark => false,
                    TokenKind::Punct => true,
                })
                && paragraph
                    .iter()
                    .filter(|t| t.kind == TokenKind::Word)
                    .count()
                    <= MAX_LABEL_WORDS;
            let rank = prose;
            prose += usize::from(!label);
            rank
        })
        .collect()
}

fn tokenize(text: &str, paragraphs: &[(usize, usize)], quotes: &[QuotedSpan]) -> Vec<Token> {
    let mut marks: Vec<usize> = quotes
        .iter()
        .flat_map(|q| mark_positions(text, q))
        .collect();
    marks.sort_unstable();
    let mut mark_cursor = MarkCursor {
        marks: &marks,
        next: 0,
    };
    let mut tokens = Vec::with_capacity(text.len() / 5);
    for (p, &(start, end)) in paragraphs.iter().enumerate() {
        let mut pos = start;
        while let Some(c) = char_at(text, pos, end) {
            // An invisible character opens nothing: "Doug \u{AD}Andres".
            if c.is_whitespace() || is_invisible(c) {
                pos += c.len_utf8();
                continue;
            }
            let after = pos + c.len_utf8();
            let (kind, token_end) = if mark_cursor.is_mark(pos) {
                let doubled = c == '\'' && char_at(text, after, end) == Some('\'');
                (TokenKind::Mark, if doubled { after + 1 } else { after })
            } else if c.is_alphanumeric()
                || is_word_apostrophe(c)
                    && char_at(text, after, end).is_some_and(char::is_alphanumeric)
            {
                (TokenKind::Word, word_end(text, pos, end, mark_cursor))
            } else {
                (TokenKind::Punct, after)
            };
            let mut piece = pos;
            if kind == TokenKind::Word {
                for joint in glued_joints(&text[pos..token_end]) {
                    tokens.push(Token {
                        start: piece,
                        end: pos + joint,
                        kind,
                        paragraph: p,
                        quote: None,
                    });
                    piece = pos + joint;
                }
            }
            tokens.push(Token {
                start: piece,
                end: token_end,
                kind,
                paragraph: p,
                quote: None,
            });
            pos = token_end;
        }
    }
    for (q, quote) in quotes.iter().enumerate() {
        for &(s, e) in &quote.segments {
            let first = tokens.partition_point(|t| t.start < s);
            for token in tokens[first..].iter_mut().take_while(|t| t.end <= e) {
                token.quote = Some(q); // later (nested) quotes overwrite their parents
            }
        }
    }
    tokens
}

/// Joints a word needs before it counts as words run together: one or two make a brand or a
/// name ("HarperCollins", "FiveThirtyEight", "MacArthur").
const MIN_GLUED_JOINTS: usize = 3;

/// Where words run together without spaces start, as a page's buttons do when it is scraped to
/// text ("Ann RoeFlagShareLikeReplyCy Dee"): byte offsets in `word` of each capital after a
/// lower-case letter, when there are [`MIN_GLUED_JOINTS`] of them at least; none otherwise.
/// The pieces are words of their own, glued to their neighbours (no space between).
fn glued_joints(word: &str) -> impl Iterator<Item = usize> + '_ {
    // Bytes, not characters: every word passes through here, and words run together are ASCII
    // in practice (no byte of a multi-byte character is an ASCII letter, so a joint found is a
    // character boundary). Each piece has two letters at least.
    let bytes = word.as_bytes();
    let end = if bytes.len() >= 2 * (MIN_GLUED_JOINTS + 1) {
        bytes.len()
    } else {
        1
    };
    let joints = (1..end)
        .filter(move |&i| bytes[i - 1].is_ascii_lowercase() && bytes[i].is_ascii_uppercase());
    let glued = joints.clone().nth(MIN_GLUED_JOINTS - 1).is_some();
    joints.filter(move |_| glued)
}

/// A dash between clauses: "Polls agree - Ann Roe: “…”", "CASPER, Wyo. —".
pub fn is_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "-" | "―" | "--")
}

/// Whether token `k` is a word glued to the word before it, with no space between: the pieces of
/// words run together ([`glued_joints`]) belong to no one phrase.
pub fn glued_to_previous(tokens: &[Token], k: usize) -> bool {
    k > 0
        && tokens[k].kind == TokenKind::Word
        && tokens[k - 1].kind == TokenKind::Word
        && tokens[k - 1].end == tokens[k].start
}

/// A walk through the sorted byte positions of quotation marks, asked about positions in
/// increasing order: one pass over the marks for the whole text.
#[derive(Clone, Copy)]
struct MarkCursor<'m> {
    marks: &'m [usize],
    next: usize,
}

impl MarkCursor<'_> {
    /// Whether a quotation mark stands at `pos`, no smaller than any position asked before.
    fn is_mark(&mut self, pos: usize) -> bool {
        while self.marks.get(self.next).is_some_and(|&m| m < pos) {
            self.next += 1;
        }
        self.marks.get(self.next) == Some(&pos)
    }
}

/// Byte positions of a quotation's marks: the opening mark, any continuation marks at later
/// paragraphs' starts, and the closing mark.
fn mark_positions(text: &str, quote: &QuotedSpan) -> Vec<usize> {
    let mut positions = vec![quote.open];
    for &(s, _) in quote.segments.iter().skip(1) {
        let mark_len = text[..s].chars().next_back().map_or(1, char::len_utf8);
        positions.push(s - mark_len);
    }
    let last_end = quote.end();
    if quote.close > last_end {
        positions.push(last_end);
    }
    positions
}

/// An invisible hyphenation point, which neither opens nor breaks a word.
const SOFT_HYPHEN: char = '\u{AD}';

/// Whether a character is invisible in print: a soft hyphen, a zero-width space or joiner, a
/// direction mark or embedding, a byte-order mark. Text pasted from the web carries them.
pub fn is_invisible(c: char) -> bool {
    // (Asked of every character: most are below the first, the soft hyphen.)
    c >= SOFT_HYPHEN
        && matches!(
            c,
            SOFT_HYPHEN
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{FEFF}'
        )
}

/// Whether `c` after `previous` stays inside a word though it is no letter: a combining
/// accent ("e\u{301}"), or the second half of a UTF-8 letter read as Latin-1: "FranÃ§ois"
/// (François), read so twice ("FranÃ\u{83}Â§ois", where U+0083 is a control character that
/// only garbling leaves), and perhaps decomposed after ("FranA\u{303}\u{83}A\u{302}§ois").
fn is_mojibake_continuation(previous: char, c: char) -> bool {
    let combining = |c: char| ('\u{300}'..='\u{36F}').contains(&c);
    combining(c)
        || ('\u{80}'..='\u{9F}').contains(&c)
        || ('\u{A1}'..='\u{BF}').contains(&c)
            && (('\u{C0}'..='\u{DF}').contains(&previous) || combining(previous))
}

fn is_word_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘')
}

/// The character at byte `pos`, if `pos` is before `end`.
pub(super) fn char_at(text: &str, pos: usize, end: usize) -> Option<char> {
    if pos < end {
        text[pos..].chars().next()
    } else {
        None
    }
}

/// Where the word starting at byte `start` ends (before `end`, its paragraph's end),
/// including a final abbreviation period.
/// Letters between two periods of a dotted abbreviation: "Ph.D.", "U.S."
const MAX_DOTTED_PIECE: usize = 2;

fn word_end(text: &str, start: usize, end: usize, mut marks: MarkCursor) -> usize {
    let at = |p: usize| char_at(text, p, end);
    let Some(first) = at(start) else {
        return start;
    };
    let mut previous = first;
    let mut j = start + first.len_utf8();
    while let Some(c) = at(j) {
        let after = j + c.len_utf8();
        let next = at(after);
        let next_alnum = next.is_some_and(char::is_alphanumeric);
        // "Roe said.Fox claimed": a period between a lower-case word and a capitalised one,
        // with no space after it, still ends the sentence (U.S., Ph.D. and e.g. stay whole).
        let missing_space = c == '.'
            && previous.is_lowercase()
            && next.is_some_and(char::is_uppercase)
            && next
                .and_then(|n| at(after + n.len_utf8()))
                .is_some_and(char::is_lowercase);
        if missing_space {
            break;
        }
        let joins = c.is_alphanumeric()
            || c == SOFT_HYPHEN && next_alnum
            || is_mojibake_continuation(previous, c)
            || (matches!(c, '.' | '-' | '&' | '\'' | '’' | '‘') && next_alnum && !marks.is_mark(j));
        if !joins {
            break;
        }
        previous = c;
        j = after;
    }
    // A plural possessive apostrophe (the groups’ ads) ends the word.
    if let Some(c @ ('’' | '\'')) = at(j) {
        if !marks.is_mark(j) && previous == 's' {
            j += c.len_utf8();
        }
    }
    if at(j) == Some('.') {
        let whole = &text[start..=j];
        // In a party tag the abbreviation follows a hyphen: D-La.
        let word = whole.rsplit('-').next().unwrap_or(whole);
        let is_initial = j == start + first.len_utf8() && first.is_uppercase();
        // N.Y. U.S. D.C. Ph.D., pieces of a letter or two (but "$9.40." and "Ledger.com."
        // end their sentences)
        let dotted = word.len() >= 4
            && word.matches('.').count() >= 2
            && !word.contains(|c: char| c.is_ascii_digit())
            && word
                .split('.')
                .all(|piece| piece.chars().count() <= MAX_DOTTED_PIECE);
        if ABBREVIATIONS.contains(word) || is_initial || dotted {
            j += 1;
        }
    }
    j
}

/// Sentence boundaries outside quotations, and at paragraph ends.
fn split_sentences(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let next = tokens.get(i + 1);
        let paragraph_ends = next.is_none_or(|n| n.paragraph != t.paragraph);
        let ends = paragraph_ends || ends_sentence(text, tokens, i);
        if ends {
            sentences.push(start..i + 1);
            start = i + 1;
        }
    }
    sentences
}

/// Longest dateline, in tokens: "RENO, Nev. (AP) —".
const MAX_DATELINE: usize = 8;

/// Whether token `i` is the dash that ends a paragraph's dateline: "WASHINGTON (AP) —",
/// "Mexico City (AFP) –", "NEW YORK —". The words before it are the place the story was
/// filed from, no part of the first sentence (whose subject follows the dash).
fn ends_dateline(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| &text[tokens[k].start..tokens[k].end];
    if !matches!(word(i), "—" | "–" | "--") {
        return false;
    }
    let paragraph = tokens[i].paragraph;
    let Some(start) = (i.saturating_sub(MAX_DATELINE)..i).find(|&k| {
        tokens[k].paragraph == paragraph && (k == 0 || tokens[k - 1].paragraph != paragraph)
    }) else {
        return false;
    };
    // "PHILADELPHIA, July 25 (UPI) —": a date may follow the place.
    let place = |k: usize| {
        tokens[k].kind == TokenKind::Word
            && word(k).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || matches!(word(k), "," | "(" | ")")
    };
    let agency = word(i - 1) == ")";
    let shouted = word(start).chars().filter(|c| c.is_alphabetic()).count() > 1
        && word(start).chars().all(|c| !c.is_lowercase());
    (agency || shouted) && (start..i).all(place)
}

/// Whether a sentence ends after token `i` (not at a paragraph end).
fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    if ends_dateline(text, tokens, i) {
        return true;
    }
    let t = &tokens[i];
    let next = &tokens[i + 1];
    let word = &text[t.start..t.end];
    let terminal = match t.kind {
        TokenKind::Punct => matches!(word, "." | "!" | "?" | "…"),
        // A closing mark ends a sentence when the quotation's last character ends one.
        TokenKind::Mark => {
            t.quote.is_none()
                && text[..t.start].trim_end().ends_with(['.', '!', '?'])
                && !is_opening_mark(tokens, i)
        }
        TokenKind::Word => {
            ends_with_state_after_town(text, tokens, i)
                || initial_before_sentence_word(text, tokens, i)
        }
    };
    if !terminal || (t.quote.is_some() && t.kind != TokenKind::Mark) {
        return false;
    }
    // The next token must start a new sentence: a capital, a digit or an opening mark.
    let next_text = &text[next.start..next.end];
    let starts_new = match next.kind {
        TokenKind::Mark => is_opening_mark(tokens, i + 1),
        TokenKind::Word => next_text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
        TokenKind::Punct => matches!(next_text, "(" | "[" | "—"),
    };
    starts_new
        && !(t.kind == TokenKind::Punct
            && tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Mark && !is_opening_mark(tokens, i + 1)))
}

/// Whether word `i` is a state's abbreviation after a town and its comma, whose period ends the
/// sentence when no comma follows it: "She grew up in Peoria, Ill. Roe met her there." (In a
/// sentence the state takes a comma of its own: "Peoria, Ill., Mayor Ann Roe"; a dateline goes
/// on: "PEORIA, Ill. (AP) —".)
fn ends_with_state_after_town(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| &text[tokens[k].start..tokens[k].end];
    text.as_bytes()[tokens[i].end - 1] == b'.'
        && i >= 2
        && word(i - 1) == ","
        && tokens[i - 2].kind == TokenKind::Word
        && word(i - 2).starts_with(char::is_uppercase)
        && state_named(word(i)).is_some()
        && tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
}

/// Whether word `i` is an initial whose period ends the sentence, the next word being a
/// function word that names no one: "… a fund run by Ann J. As Roe explained, …", "Plan B. The
/// board …". (Not before a modal, which may be a surname: "Ann J. May".)
fn initial_before_sentence_word(text: &str, tokens: &[Token], i: usize) -> bool {
    // (Bytes first: this runs for every word.)
    let bytes = &text.as_bytes()[tokens[i].start..tokens[i].end];
    let initial = bytes.len() == 2 && bytes[0].is_ascii_uppercase() && bytes[1] == b'.';
    initial
        && tokens.get(i + 1).is_some_and(|next| {
            let next = &text[next.start..next.end];
            let lower = next.to_lowercase();
            next.starts_with(char::is_uppercase)
                && FUNCTION_WORDS.contains(lower.as_str())
                && !AUXILIARIES.contains(&lower.as_str())
        })
}

/// Whether the mark token `i` opens a quotation: the token after it is inside one.
fn is_opening_mark(tokens: &[Token], i: usize) -> bool {
    tokens[i].kind == TokenKind::Mark
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.quote.is_some() && n.paragraph == tokens[i].paragraph)
        && tokens[i].quote.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let doc = Doc::new(text);
        (0..doc.tokens.len()).map(|i| doc.word(i)).collect()
    }

    fn sentences(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        doc.sentences
            .iter()
            .map(|r| doc.span(r.clone()).to_string())
            .collect()
    }

    #[test]
    fn a_section_label_alone_in_its_paragraph_is_no_paragraph_of_prose() {
        let text = "ABSTRACT.\n\nAl Bo spoke.\n\nTHE STORY.\n\nHe left.\n\n* * *\n\n“NO.”\n\n\
                    NATO met.\n\nWE WILL NOT PAY.\n\nEnd.";
        let doc = Doc::new(text);
        let ranks: Vec<usize> = (0..doc.tokens.len())
            .filter(|&i| i == 0 || doc.tokens[i - 1].paragraph != doc.tokens[i].paragraph)
            .map(|i| doc.prose_paragraph(i))
            .collect();
        // A shouted quotation, a sentence with a lower-case word and a shouted sentence of
        // four words are prose; a row of stars is none.
        assert_eq!(ranks, vec![0, 0, 1, 1, 2, 2, 3, 4, 5]);
    }

    #[test]
    fn words_keep_inner_punctuation_and_abbreviation_periods() {
        assert_eq!(
            words("Sen. Roe (D-La.) of the U.S. met ReachOut.org’s staff."),
            vec![
                "Sen.",
                "Roe",
                "(",
                "D-La.",
                ")",
                "of",
                "the",
                "U.S.",
                "met",
                "ReachOut.org’s",
                "staff",
                "."
            ]
        );
    }

    #[test]
    fn a_letter_garbled_by_a_wrong_encoding_stays_in_its_word() {
        // "French President FranÃ\x83Â§ois Hollande said": the garbled "ç" split the name, and
        // the quotation before it lost its speaker.
        assert_eq!(
            words("President Fran\u{C3}\u{83}\u{C2}\u{A7}ois Roux said"),
            vec![
                "President",
                "Fran\u{C3}\u{83}\u{C2}\u{A7}ois",
                "Roux",
                "said"
            ]
        );
        // Decomposed after it was garbled: "FranA\u{303}\u{83}A\u{302}§ois".
        let decomposed = "Fran\u{41}\u{303}\u{83}\u{41}\u{302}\u{A7}ois";
        assert_eq!(
            words(&format!("{decomposed} Roux")),
            vec![decomposed, "Roux"]
        );
        // A section sign after a word is still punctuation: "§ 12".
        assert_eq!(words("Title 5 § 12"), vec!["Title", "5", "§", "12"]);
    }

    #[test]
    fn words_run_together_are_split_at_three_joints_or_more() {
        // A scraped page's buttons between two bylines.
        let text = "By Ann RoeFlagShareLikeReplyCy Dee at HarperCollins and FiveThirtyEight.";
        assert_eq!(
            words(text),
            [
                "By",
                "Ann",
                "Roe",
                "Flag",
                "Share",
                "Like",
                "Reply",
                "Cy",
                "Dee",
                "at",
                "HarperCollins",
                "and",
                "FiveThirtyEight",
                "."
            ]
        );
        let doc = Doc::new(text);
        let glued: Vec<&str> = (0..doc.tokens.len())
            .filter(|&k| glued_to_previous(&doc.tokens, k))
            .map(|k| doc.word(k))
            .collect();
        assert_eq!(glued, ["Flag", "Share", "Like", "Reply", "Cy"]);
    }

    #[test]
    fn a_soft_hyphen_neither_opens_nor_breaks_a_word() {
        // "Doug \xadAndres, a spokesman for House Speaker …": a soft hyphen is invisible.
        assert_eq!(
            words("Doug \u{AD}Andres, a spo\u{AD}kesman"),
            vec!["Doug", "Andres", ",", "a", "spo\u{AD}kesman"]
        );
    }

    #[test]
    fn apostrophes_stay_in_words() {
        // shouldn’t; the Ledger‘s reporter (an opening mark misused as an apostrophe); groups’
        assert_eq!(
            words("shouldn’t the Ledger‘s groups’ ads"),
            vec!["shouldn’t", "the", "Ledger‘s", "groups’", "ads"]
        );
    }

    #[test]
    fn a_quotation_never_splits_its_sentence() {
        assert_eq!(
            sentences("“We lost. We regroup,” Roe said. Then she left."),
            vec!["“We lost. We regroup,” Roe said.", "Then she left."]
        );
    }

    #[test]
    fn a_quotation_ending_a_sentence_ends_it() {
        assert_eq!(
            sentences("Roe said, “We lost.” Then she left. “Why?” asked Poe."),
            vec![
                "Roe said, “We lost.”",
                "Then she left.",
                "“Why?” asked Poe."
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Sen. Roe met Gov. Poe. They argued."),
            vec!["Sen. Roe met Gov. Poe.", "They argued."]
        );
    }

    #[test]
    fn a_states_abbreviation_after_a_town_ends_its_sentence() {
        // "Peoria, Ill. Roe" had made one sentence, and a person "Ill. Roe".
        assert_eq!(
            sentences(
                "She grew up in Peoria, Ill. Roe met her there. Peoria, Ill., Mayor Al Bo came."
            ),
            vec![
                "She grew up in Peoria, Ill.",
                "Roe met her there.",
                "Peoria, Ill., Mayor Al Bo came."
            ]
        );
    }

    #[test]
    fn an_initial_before_a_function_word_ends_its_sentence() {
        // "run by Ann J. As Roe explained" had made one sentence, and a person "Ann J. As Roe".
        assert_eq!(
            sentences("The fund was run by Ann J. As Roe explained, it failed. Ann J. May came."),
            vec![
                "The fund was run by Ann J.",
                "As Roe explained, it failed.",
                "Ann J. May came."
            ]
        );
    }

    #[test]
    fn a_price_ends_its_sentence() {
        // "$9.40." had been read as a dotted abbreviation (U.S.), joining two sentences.
        assert_eq!(
            sentences("Cooks earn $9.40. Ann Roe told us so."),
            vec!["Cooks earn $9.40.", "Ann Roe told us so."]
        );
    }

    #[test]
    fn a_web_address_ends_its_sentence() {
        // "Ledger.com. He" had been read as a dotted abbreviation (U.S.), and made a person.
        assert_eq!(
            sentences("Cy Pellow edits Ledger.com. He has a Ph.D. from the U.S. Senate."),
            vec![
                "Cy Pellow edits Ledger.com.",
                "He has a Ph.D. from the U.S. Senate."
            ]
        );
    }

    #[test]
    fn a_period_without_its_space_still_ends_a_sentence() {
        assert_eq!(
            sentences("“We won,” Roe said.Roe claimed more. He has a Ph.D. from the U.S."),
            vec![
                "“We won,” Roe said.",
                "Roe claimed more.",
                "He has a Ph.D. from the U.S."
            ]
        );
    }

    #[test]
    fn a_dateline_is_no_part_of_the_first_sentence() {
        assert_eq!(
            sentences("Lakeview (AFP) – Ann Roe spoke, saying no."),
            vec!["Lakeview (AFP) –", "Ann Roe spoke, saying no."]
        );
        assert_eq!(
            sentences("RENO, Nev. (AP) — Ann Roe spoke."),
            vec!["RENO, Nev. (AP) —", "Ann Roe spoke."]
        );
        assert_eq!(
            sentences("LAKEVIEW, July 25 (UPI) — The party spoke."),
            vec!["LAKEVIEW, July 25 (UPI) —", "The party spoke."]
        );
        assert_eq!(
            sentences("LAKEVIEW — Ann Roe spoke."),
            vec!["LAKEVIEW —", "Ann Roe spoke."]
        );
        // A name and an aside are no dateline.
        assert_eq!(
            sentences("Ann Roe — a mayor — spoke."),
            vec!["Ann Roe — a mayor — spoke."]
        );
    }

    #[test]
    fn tokens_know_their_quotation() {
        let doc = Doc::new("He said “go now” today.");
        let inside: Vec<&str> = (0..doc.tokens.len())
            .filter(|&i| doc.tokens[i].quote.is_some())
            .map(|i| doc.word(i))
            .collect();
        assert_eq!(inside, vec!["go", "now"]);
    }
}

//! Who said each quotation, with which cue, about whom, and whether it is speech, a quoted
//! phrase or a scare quote.
//!
//! A quotation's frame is the rest of its sentence (for a nested quotation, the rest of its
//! sentence inside the outer one). The speaker is found in this order, each with the shape
//! that motivated it:
//! 1. right after the quotation: `“…,” Roe said`, `“…,” said Roe`, `“…,” Hugh Hill, a doctor,
//!    said`, `“…,” according to Roe`;
//! 2. the nearest cue before it: `Roe said, “…”`, `An aide … tells POLITICO: “…”`, `As Roe
//!    noted, …: “…”`, `Roe called the plan “…”`, `according to Roe, “…”`; a cue with no subject
//!    of its own (`…, adding, “…”`) keeps the sentence's speaker;
//! 3. a colon after a subject with no cue: `Roe put it this way: “…”`;
//! 4. a quotation standing alone as a sentence goes on from the speaker of the sentence or
//!    quotation before it, in its paragraph or the one before (`“…,” Roe said. “…”`).
//!
//! The speaker phrase is then a name (a person of the post), a pronoun (the nearest person
//! before it that fits: `he` after `Roe said`), a role (`the DCCC chair`, learned from `DCCC
//! Chair Chris Van Hollen`), or a description kept as written (`A White House official`).
//!
//! A quotation is `speech` when it stands as what was said (it starts the sentence, or follows
//! a cue, comma or colon and starts with a capital); `partial` when it is a phrase inside the
//! writer's sentence (`Reid called their efforts “very unwise.”`); `scare` when nothing in its
//! sentence attributes it (`“true” health-care reform`).
//!
//! Its targets are the people and organizations named inside it, and the groups of the
//! sentence before when its frame says `their`/`them`; never its speaker.

use super::entities::Roster;
use super::lexicon::{CUE_PHRASES, CUE_VERBS, NON_NAMES, PRONOUNS, ROLE_NOUNS};
use super::names::{is_capitalised, possessive_stem};
use super::quotes::QuotedSpan;
use super::text::{Doc, TokenKind};
use super::{EntityKind, QuoteKind, Speaker};

/// Adverbs and auxiliaries between a speaker and the cue: "Roe also said", "Roe has long argued".
const BETWEEN_SPEAKER_AND_CUE: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "would",
    "will",
    "previously",
    "recently",
    "reportedly",
    "once",
    "quickly",
    "simply",
    "repeatedly",
    "publicly",
    "privately",
    "effectively",
    "further",
    "flatly",
    "bluntly",
    "angrily",
    "long",
    "did",
    "does",
    "never",
    "often",
    "again",
    "still",
    "first",
    "initially",
    "now",
    "even",
    "just",
    "already",
    "famously",
    "memorably",
    "recalled",
    "once",
    "earlier",
    "subsequently",
    "finally",
    "is",
    "was",
    "had",
    "went",
    "on",
    "to",
    "rightly",
    "correctly",
    "wrongly",
    "falsely",
    "repeatedly",
    "frequently",
];
/// Words that begin a clause: a speaker phrase never reaches back past them.
const CLAUSE_STARTS: &[&str] = &[
    "and", "but", "or", "so", "when", "while", "because", "if", "as", "although", "though",
    "since", "after", "before", "than", "whereas", "then", "where", "once", "until", "unless",
    "whether", "yet",
];
/// Words that end the head of a speaker phrase: "A White House official who was in the lunch".
const PHRASE_ENDS: &[&str] = &[
    "who",
    "which",
    "that",
    "whose",
    "was",
    "is",
    "were",
    "are",
    "has",
    "had",
    "have",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "in",
    "at",
    "on",
    "during",
    "to",
    "last",
    "this",
    "yesterday",
    "today",
];
/// Determiners: a cue word after one is a noun ("a call").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "my", "your", "one",
];
/// Words of a frame that point back to the groups of the sentence before.
const GROUP_REFERENCES: &[&str] = &["their", "them", "they"];
/// Longest speaker phrase, in tokens.
const MAX_PHRASE: usize = 12;
/// Words of a quotation that make it a sentence rather than a phrase.
const MIN_SPEECH_WORDS: usize = 4;

/// What the attribution of one quotation found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    pub cue: Option<String>,
    pub about: Vec<usize>,
}

/// How a speaker was found, before it is resolved.
#[derive(Debug, Clone)]
enum Found {
    /// A phrase (token range) and the cue (token range).
    Phrase(std::ops::Range<usize>, std::ops::Range<usize>),
    /// A cue without a subject of its own: the sentence's speaker said it too.
    CueOnly(std::ops::Range<usize>),
}

/// Attributes every quotation of `doc`, in order. New people met as speakers ("Burman said")
/// join the roster.
pub fn attribute_quotes(doc: &Doc, roster: &mut Roster) -> Vec<Attribution> {
    let genders = learned_genders(doc, roster);
    let mut results: Vec<Attribution> = Vec::with_capacity(doc.quotes.len());
    // The last speaker met, with the sentence and paragraph where it was found.
    let mut last: Option<(Speaker, usize, usize)> = None;
    let mut cue_sentences = sentence_speakers(doc, roster, &genders);
    for (q, quote) in doc.quotes.iter().enumerate() {
        let open = doc.token_at(quote.open);
        let close = close_token(doc, quote);
        let (from, to) = frame(doc, quote, open, close);
        let level = quote.parent;
        let found = speaker_after(doc, close + 1, to, level)
            .or_else(|| speaker_before(doc, from, open, level))
            .or_else(|| speaker_by_colon(doc, from, open, level));
        let sentence = doc.sentence_of(open);
        let paragraph = doc.tokens[open].paragraph;
        let (speaker, cue) = match &found {
            Some(Found::Phrase(phrase, cue)) => {
                let s = resolve_phrase(doc, roster, phrase.clone(), &genders);
                (Some(s), Some(cue_text(doc, cue.clone())))
            }
            Some(Found::CueOnly(cue)) => {
                let same_sentence = last
                    .as_ref()
                    .filter(|(_, s, _)| *s == sentence)
                    .map(|(sp, _, _)| sp.clone());
                let subject = same_sentence
                    .or_else(|| first_subject(doc, roster, from, open, level, &genders));
                (subject, Some(cue_text(doc, cue.clone())))
            }
            None => {
                let alone = frame_is_empty(doc, from, to, level, q);
                let continues = last.as_ref().filter(|(_, s, p)| {
                    alone
                        && level.is_none()
                        && (*p == paragraph || *p + 1 == paragraph && starts_paragraph(doc, open))
                        && *s < sentence
                });
                let from_sentence = cue_sentences
                    .remove(&(sentence.wrapping_sub(1)))
                    .filter(|_| alone && level.is_none());
                match continues.map(|(sp, _, _)| sp.clone()).or(from_sentence) {
                    Some(sp) => (Some(sp), None),
                    None => (None, None),
                }
            }
        };
        let kind = quote_kind(
            doc,
            quote,
            from,
            open,
            level,
            speaker.is_some() || cue.is_some(),
            found.is_none() && speaker.is_some(),
        );
        if let Some(sp) = &speaker {
            if kind != QuoteKind::Scare {
                last = Some((
                    sp.clone(),
                    doc.sentence_of(close.min(doc.tokens.len() - 1)),
                    doc.tokens[close.min(doc.tokens.len() - 1)].paragraph,
                ));
            }
        }
        let about = targets(
            doc,
            roster,
            quote,
            open,
            close,
            from,
            level,
            speaker.as_ref(),
        );
        results.push(Attribution {
            kind,
            speaker: if kind == QuoteKind::Scare {
                None
            } else {
                speaker
            },
            cue,
            about,
        });
    }
    results
}

/// Token index of the closing mark, or of the last content token when unclosed.
fn close_token(doc: &Doc, quote: &QuotedSpan) -> usize {
    let at = doc.token_at(quote.end());
    if quote.close > quote.end() {
        at
    } else {
        at.saturating_sub(1)
    }
}

/// The frame of a quotation: token range of its sentence (inside its parent for a nested one).
fn frame(doc: &Doc, quote: &QuotedSpan, open: usize, close: usize) -> (usize, usize) {
    match quote.parent {
        None => {
            let first = &doc.sentences[doc.sentence_of(open)];
            let last = &doc.sentences[doc.sentence_of(close.min(doc.tokens.len() - 1))];
            (first.start, last.end)
        }
        Some(parent) => {
            let is_end = |i: usize| {
                matches!(doc.word(i), "." | "!" | "?") && doc.tokens[i].quote == Some(parent)
            };
            let mut from = open;
            while from > 0 && doc.tokens[from - 1].quote == Some(parent) && !is_end(from - 1) {
                from -= 1;
            }
            let mut to = close + 1;
            while to < doc.tokens.len() && doc.tokens[to].quote == Some(parent) && !is_end(to) {
                to += 1;
            }
            (from, to)
        }
    }
}

/// Whether token `i` belongs to the frame level (not inside this or a sibling quotation).
fn at_level(doc: &Doc, i: usize, level: Option<usize>) -> bool {
    doc.tokens[i].quote == level && doc.tokens[i].kind != TokenKind::Mark
}

fn lower(doc: &Doc, i: usize) -> String {
    doc.word(i).to_lowercase()
}

fn is_cue_verb(doc: &Doc, i: usize, level: Option<usize>) -> bool {
    at_level(doc, i, level)
        && doc.tokens[i].kind == TokenKind::Word
        && CUE_VERBS.contains(lower(doc, i).as_str())
        && !is_noun_use(doc, i)
}

/// Whether a cue word is used as a noun: a form that can be one (call, claims, report — not
/// said, told or adding) after a determiner, perhaps with one modifier between:
/// "In a pre-holiday call with …" has no cue.
fn is_noun_use(doc: &Doc, i: usize) -> bool {
    let word = lower(doc, i);
    let verb_only = word.ends_with("ed")
        || word.ends_with("ing")
        || !doc.word(i).chars().all(char::is_lowercase);
    if verb_only
        || ["said", "told", "wrote", "says", "tells", "sang", "sings"].contains(&word.as_str())
    {
        return false;
    }
    (1..=2).any(|back| {
        i >= back
            && DETERMINERS.contains(&lower(doc, i - back).as_str())
            && (back == 1
                || doc.tokens[i - 1].kind == TokenKind::Word
                    && !CUE_VERBS.contains(lower(doc, i - 1).as_str()))
    })
}

/// Length of a cue phrase ("according to") starting at `i`.
fn cue_phrase_at(doc: &Doc, i: usize, level: Option<usize>) -> Option<usize> {
    CUE_PHRASES
        .iter()
        .find(|p| {
            i + p.len() <= doc.tokens.len()
                && p.iter()
                    .enumerate()
                    .all(|(k, w)| at_level(doc, i + k, level) && lower(doc, i + k) == *w)
        })
        .map(|p| p.len())
}

fn cue_text(doc: &Doc, cue: std::ops::Range<usize>) -> String {
    doc.text[doc.tokens[cue.start].start..doc.tokens[cue.end - 1].end].to_lowercase()
}

/// Rule 1: `“…,” Roe said`, `“…,” said Roe`, `“…,” according to Roe`.
fn speaker_after(doc: &Doc, start: usize, end: usize, level: Option<usize>) -> Option<Found> {
    let mut i = start;
    while i < end && matches!(doc.word(i), "," | "—" | "–" | "-") && at_level(doc, i, level) {
        i += 1;
    }
    if i >= end || !at_level(doc, i, level) {
        return None;
    }
    if let Some(len) = cue_phrase_at(doc, i, level) {
        let phrase = phrase_after(doc, i + len, end, level)?;
        return Some(Found::Phrase(phrase, i..i + len));
    }
    if is_cue_verb(doc, i, level) {
        let phrase = phrase_after(doc, i + 1, end, level)?;
        return Some(Found::Phrase(phrase, i..i + 1));
    }
    // A subject, then (after an apposition or a party tag) the cue.
    let mut j = i;
    while j < end && j < i + MAX_PHRASE + 6 && at_level(doc, j, level) {
        if is_cue_verb(doc, j, level) {
            let phrase = trim_phrase(doc, i, j, level)?;
            return Some(Found::Phrase(phrase, j..j + 1));
        }
        if matches!(doc.word(j), "." | ";" | ":" | "!" | "?") {
            return None;
        }
        j += 1;
    }
    None
}

/// The speaker phrase after an inverted cue: `said Sen. Al Bo (D-Utah), a …` -> `Sen. Al Bo`.
fn phrase_after(
    doc: &Doc,
    start: usize,
    end: usize,
    level: Option<usize>,
) -> Option<std::ops::Range<usize>> {
    let mut i = start;
    // "said Monday", "said on Tuesday"
    while i < end
        && at_level(doc, i, level)
        && (NON_NAMES.contains(doc.word(i)) && is_weekday_or_time(doc.word(i))
            || doc.word(i) == "on")
    {
        i += 1;
    }
    let mut j = i;
    while j < end
        && j < i + MAX_PHRASE
        && at_level(doc, j, level)
        && doc.tokens[j].kind == TokenKind::Word
    {
        let w = doc.word(j);
        if j > i && PHRASE_ENDS.contains(&w) {
            break;
        }
        j += 1;
    }
    (j > i).then_some(i..j)
}

fn is_weekday_or_time(word: &str) -> bool {
    matches!(
        word,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "Today"
            | "Yesterday"
            | "Tonight"
            | "Last"
            | "Earlier"
            | "Later"
    )
}

/// Rule 2: the nearest cue before the quotation and its subject.
fn speaker_before(doc: &Doc, from: usize, open: usize, level: Option<usize>) -> Option<Found> {
    let mut j = open;
    while j > from {
        j -= 1;
        if !at_level(doc, j, level) {
            continue;
        }
        // "according to Roe, “…”"
        if j + 1 < open {
            if let Some(len) = cue_phrase_at(doc, j, level) {
                if let Some(phrase) = phrase_after(doc, j + len, open, level) {
                    return Some(Found::Phrase(phrase, j..j + len));
                }
            }
        }
        if is_cue_verb(doc, j, level) {
            return Some(match subject_before(doc, from, j, level) {
                Some(phrase) => Found::Phrase(phrase, j..j + 1),
                None => Found::CueOnly(j..j + 1),
            });
        }
    }
    None
}

/// The subject phrase of the clause that ends just before the cue at `cue`.
fn subject_before(
    doc: &Doc,
    from: usize,
    cue: usize,
    level: Option<usize>,
) -> Option<std::ops::Range<usize>> {
    let mut end = cue;
    while end > from && BETWEEN_SPEAKER_AND_CUE.contains(&lower(doc, end - 1).as_str()) {
        end -= 1;
    }
    // A party tag or apposition closes the subject: "Al Bo (D-Utah) said", "Hugh Hill, a doctor, said".
    if end > from && doc.word(end - 1) == ")" {
        if let Some(open) = (from..end).rev().find(|&k| doc.word(k) == "(") {
            end = open;
        }
    }
    if end > from && doc.word(end - 1) == "," {
        let inner_end = end - 1;
        let start = (from..inner_end).rev().find(|&k| doc.word(k) == ",")?;
        let apposition_is_description =
            start + 1 < inner_end && !is_capitalised(doc.word(start + 1));
        if !apposition_is_description {
            return None;
        }
        end = start;
    }
    let mut start = end;
    while start > from {
        let k = start - 1;
        let w = doc.word(k);
        let boundary = !at_level(doc, k, level)
            || matches!(w, "," | ";" | ":" | "—" | "–" | "(" | ")" | "." | "!" | "?")
            || CLAUSE_STARTS.contains(&w.to_lowercase().as_str())
                && !is_capitalised(doc.word(k + 1).trim_start())
                && w != "As"
            || CLAUSE_STARTS.contains(&w.to_lowercase().as_str())
                && (k == from || w == "As" || w == "as");
        if boundary {
            break;
        }
        start -= 1;
    }
    trim_phrase(doc, start, end, level)
}

/// The head of a subject phrase: leading clause words off, cut at a relative clause or a verb.
fn trim_phrase(
    doc: &Doc,
    start: usize,
    end: usize,
    level: Option<usize>,
) -> Option<std::ops::Range<usize>> {
    let mut s = start;
    while s < end
        && (CLAUSE_STARTS.contains(&lower(doc, s).as_str())
            || doc.tokens[s].kind != TokenKind::Word)
    {
        s += 1;
    }
    let mut e = s;
    while e < end && at_level(doc, e, level) {
        let w = doc.word(e);
        if e > s && (PHRASE_ENDS.contains(&w) || w == ",") {
            break;
        }
        e += 1;
    }
    while e > s && BETWEEN_SPEAKER_AND_CUE.contains(&lower(doc, e - 1).as_str()) {
        e -= 1;
    }
    while e > s && doc.word(e - 1) == ")" {
        e = (s..e).rev().find(|&k| doc.word(k) == "(").unwrap_or(e - 1);
    }
    (e > s && e - s <= MAX_PHRASE).then_some(s..e)
}

/// Rule 3: `Roe put it this way: “…”` — the clause's subject before a colon.
fn speaker_by_colon(doc: &Doc, from: usize, open: usize, level: Option<usize>) -> Option<Found> {
    let colon = open
        .checked_sub(1)
        .filter(|&k| k >= from && doc.word(k) == ":")?;
    let clause_start = (from..colon)
        .rev()
        .find(|&k| matches!(doc.word(k), "," | ";") || !at_level(doc, k, level))
        .map_or(from, |k| k + 1);
    let phrase = trim_phrase(doc, clause_start, colon, level)?;
    // Only a named or pronoun subject: "The answer is simple:" is not a speaker.
    let head_ok = (phrase.clone())
        .any(|k| is_capitalised(doc.word(k)) && !NON_NAMES.contains(doc.word(k)))
        || PRONOUNS.contains_key(lower(doc, phrase.start).as_str());
    head_ok.then_some(Found::Phrase(phrase, colon..colon + 1))
}

/// The subject that begins the sentence, for a cue with none of its own (`…, adding, “…”`).
fn first_subject(
    doc: &Doc,
    roster: &mut Roster,
    from: usize,
    open: usize,
    level: Option<usize>,
    genders: &[Option<char>],
) -> Option<Speaker> {
    let mut cue = from;
    while cue < open
        && !is_cue_verb(doc, cue, level)
        && !(at_level(doc, cue, level)
            && doc.tokens[cue].kind == TokenKind::Word
            && cue > from
            && doc.word(cue).chars().all(char::is_lowercase)
            && !ROLE_NOUNS.contains(doc.word(cue)))
    {
        cue += 1;
    }
    let phrase = trim_phrase(doc, from, cue.min(open), level)?;
    let speaker = resolve_phrase(doc, roster, phrase, genders);
    (speaker.entity.is_some()).then_some(speaker)
}

/// Rule 4's test: the frame holds no words of its own, only this and other quotations.
fn frame_is_empty(doc: &Doc, from: usize, to: usize, level: Option<usize>, _q: usize) -> bool {
    (from..to).all(|k| !at_level(doc, k, level) || doc.tokens[k].kind != TokenKind::Word)
}

fn starts_paragraph(doc: &Doc, open: usize) -> bool {
    open == 0 || doc.tokens[open - 1].paragraph != doc.tokens[open].paragraph
}

/// Speakers of sentences that attribute without quoting ("Roe told reporters the plan would
/// work."), by sentence, for a quotation standing alone right after.
fn sentence_speakers(
    doc: &Doc,
    roster: &mut Roster,
    genders: &[Option<char>],
) -> std::collections::HashMap<usize, Speaker> {
    let mut found = std::collections::HashMap::new();
    for (s, range) in doc.sentences.iter().enumerate() {
        let has_quote = range.clone().any(|k| doc.tokens[k].kind == TokenKind::Mark);
        if has_quote {
            continue;
        }
        let cue = range.clone().find(|&k| is_cue_verb(doc, k, None));
        if let Some(cue) = cue {
            if let Some(phrase) = subject_before(doc, range.start, cue, None) {
                let speaker = resolve_phrase(doc, roster, phrase, genders);
                if speaker.entity.is_some() {
                    found.insert(s, speaker);
                }
            }
        }
    }
    found
}

/// Resolves a speaker phrase to a speaker: a named person, a pronoun's antecedent, a role, or a
/// description kept as written.
fn resolve_phrase(
    doc: &Doc,
    roster: &mut Roster,
    phrase: std::ops::Range<usize>,
    genders: &[Option<char>],
) -> Speaker {
    let text = doc.text[doc.tokens[phrase.start].start..doc.tokens[phrase.end - 1].end].to_string();
    let speaker = |entity| Speaker {
        text: text.clone(),
        entity,
    };
    if phrase.len() == 1 {
        if let Some(&gender) = PRONOUNS.get(lower(doc, phrase.start).as_str()) {
            return speaker(antecedent(doc, roster, phrase.start, gender, genders));
        }
    }
    // A mention that ends the phrase names the speaker: "Clinton spokesman Brian Fallon".
    let last_word = doc.word(phrase.end - 1);
    let ends_with_name = roster
        .placed
        .iter()
        .filter(|p| p.from >= phrase.start && p.last <= phrase.end && p.last == phrase.end)
        .map(|p| p.entity)
        .next_back();
    if let Some(entity) = ends_with_name {
        return speaker(Some(entity));
    }
    let words: Vec<&str> = phrase.clone().map(|k| doc.word(k)).collect();
    let all_capitalised = words.iter().all(|w| {
        is_capitalised(w)
            || super::entities::surname(&[w]) == *w
                && w.chars().all(char::is_lowercase)
                && ["van", "de", "von"].contains(w)
    });
    let is_possessive = possessive_stem(last_word).is_some();
    if all_capitalised
        && words.len() <= 4
        && !is_possessive
        && !words.iter().all(|w| NON_NAMES.contains(w))
    {
        let name: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| NON_NAMES.contains(w))
            .collect();
        if !name.is_empty()
            && !name
                .iter()
                .any(|w| ROLE_NOUNS.contains(w.to_lowercase().as_str()) && name.len() == 1)
        {
            let joined = name.join(" ");
            let entity = roster
                .lookup_before(&joined, phrase.start)
                .unwrap_or_else(|| roster.add_person(&joined));
            roster.placed.push(super::entities::Placed {
                entity,
                from: phrase.start,
                first: phrase.end - name.len(),
                last: phrase.end,
                written: joined,
            });
            roster.placed.sort_by_key(|p| p.from);
            return speaker(Some(entity));
        }
    }
    speaker(None)
}

/// The person a pronoun at token `at` stands for: the nearest person mentioned before it, at
/// the same or an outer level of quotation, whose gender does not clash; for "they", the nearest
/// organization.
fn antecedent(
    doc: &Doc,
    roster: &Roster,
    at: usize,
    gender: char,
    genders: &[Option<char>],
) -> Option<usize> {
    let paragraph = doc.tokens[at].paragraph;
    let level = doc.tokens[at].quote;
    roster
        .placed
        .iter()
        .rev()
        .filter(|p| p.last <= at && doc.tokens[p.from].paragraph + 3 >= paragraph)
        .filter(|p| {
            let q = doc.tokens[p.first].quote;
            q.is_none() || q == level
        })
        .find(|p| {
            let e = &roster.entities[p.entity];
            match gender {
                'p' => e.kind == EntityKind::Organization,
                'm' | 'f' => {
                    e.kind == EntityKind::Person
                        && genders
                            .get(p.entity)
                            .copied()
                            .flatten()
                            .is_none_or(|g| g == gender)
                }
                _ => e.kind == EntityKind::Person,
            }
        })
        .map(|p| p.entity)
        .filter(|_| gender != 'x' || level.is_some())
}

/// Genders learned from the text: a person followed in the same sentence by "he" or "she"
/// before anyone else is named ("Roe said she would run"), and courtesy titles.
fn learned_genders(doc: &Doc, roster: &Roster) -> Vec<Option<char>> {
    let mut votes = vec![(0u32, 0u32); roster.entities.len() + 64];
    for (n, p) in roster.placed.iter().enumerate() {
        if roster.entities[p.entity].kind != EntityKind::Person
            || doc.tokens[p.first].quote.is_some()
        {
            continue;
        }
        let sentence = &doc.sentences[doc.sentence_of(p.first)];
        let next_mention = roster.placed.get(n + 1).map_or(usize::MAX, |q| q.from);
        for k in p.last..sentence.end.min(next_mention) {
            if doc.tokens[k].quote.is_some() {
                continue;
            }
            match lower(doc, k).as_str() {
                "he" | "his" | "him" | "himself" => {
                    votes[p.entity].0 += 1;
                    break;
                }
                "she" | "her" | "hers" | "herself" => {
                    votes[p.entity].1 += 1;
                    break;
                }
                _ => {}
            }
        }
    }
    roster
        .genders
        .iter()
        .enumerate()
        .map(|(i, known)| {
            known.or(match votes[i] {
                (m, f) if m > f => Some('m'),
                (m, f) if f > m => Some('f'),
                _ => None,
            })
        })
        .collect()
}

/// Speech, partial or scare, by how the quotation sits in its sentence.
fn quote_kind(
    doc: &Doc,
    quote: &QuotedSpan,
    from: usize,
    open: usize,
    level: Option<usize>,
    attributed: bool,
    continued: bool,
) -> QuoteKind {
    let text = quote.text(doc.text);
    let starts_upper = text
        .trim_start_matches(['.', '…', ' ', '(', '['])
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let words = text.split_whitespace().count();
    if !attributed {
        return QuoteKind::Scare;
    }
    if continued {
        return QuoteKind::Speech;
    }
    let before = (from..open)
        .rev()
        .find(|&k| at_level(doc, k, level) || doc.tokens[k].kind == TokenKind::Mark);
    match before {
        None => QuoteKind::Speech,
        Some(k) => {
            let w = doc.word(k);
            let introduces = matches!(w, "," | ":" | "—" | "–")
                || is_cue_verb(doc, k, level)
                || doc.tokens[k].kind == TokenKind::Mark;
            if introduces && (starts_upper || words >= MIN_SPEECH_WORDS && w == ":") {
                QuoteKind::Speech
            } else {
                QuoteKind::Partial
            }
        }
    }
}

/// Whom a quotation is about: entities named inside it, and the groups of the sentence before
/// when its frame refers back to them; never the speaker.
#[allow(clippy::too_many_arguments)]
fn targets(
    doc: &Doc,
    roster: &Roster,
    quote: &QuotedSpan,
    open: usize,
    close: usize,
    from: usize,
    level: Option<usize>,
    speaker: Option<&Speaker>,
) -> Vec<usize> {
    let speaker_entity = speaker.and_then(|s| s.entity);
    let mut about: Vec<usize> = roster
        .placed
        .iter()
        .filter(|p| p.from > open && p.last <= close && doc.tokens[p.first].start >= quote.start())
        .map(|p| p.entity)
        .collect();
    let refers_back = (from..open)
        .any(|k| at_level(doc, k, level) && GROUP_REFERENCES.contains(&lower(doc, k).as_str()));
    if refers_back && level.is_none() {
        let sentence = doc.sentence_of(open);
        if let Some(previous) = sentence.checked_sub(1).map(|s| doc.sentences[s].clone()) {
            about.extend(
                roster
                    .placed
                    .iter()
                    .filter(|p| {
                        previous.contains(&p.first)
                            && roster.entities[p.entity].kind == EntityKind::Organization
                    })
                    .map(|p| p.entity),
            );
        }
    }
    let mut seen = Vec::new();
    about.retain(|&e| {
        Some(e) != speaker_entity && !seen.contains(&e) && {
            seen.push(e);
            true
        }
    });
    about
}

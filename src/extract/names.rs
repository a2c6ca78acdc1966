//! Finding the names of people and organizations in a post, with what the text says about
//! them where they are named.
//!
//! Rules, each with the shape that motivated it:
//! - A name is a run of capitalised words, with particles (Chris Van Holt, Ludwig van Beek)
//!   and, for organizations, "of" and "for" inside it (Democracy for America, Department of
//!   Justice). Sentence words that never start a name are dropped from its front (The, But,
//!   Monday), and a possessive ends it (the Daily Ledger’s Ann Roe).
//! - A quoted nickname inside a name joins its halves: `Jose “Pepe” Marquez` is Jose Marquez.
//! - A title before a name is kept: "Sen. Kay Haller" is a person titled Sen.; with a role title
//!   the words up to it are the role: "Senate Majority Leader Ann Poe" has the role "Senate
//!   Majority Leader". A plural title covers a list: "Reps. A (D-Utah), B (D-La.) and C".
//! - A word before a given name that is no given name itself describes the person and is no
//!   part of the name: "Activist Ann Lee" is Ann Lee, role activist; "Republican Carl Ames"
//!   is Carl Ames, party R; "Rival Carl Ames" is Carl Ames.
//! - A party tag after a name gives party and state: (D-Utah), (D-La.), (R-N.Y.), (D) of North
//!   Carolina.
//! - An apposition gives a role: "ReachOut’s executive director, Jane Roe," -> "executive
//!   director of ReachOut"; "Hugh Hill, a doctor at the clinic," -> "doctor at the clinic"; a news
//!   outlet's possessive makes a reporter: "The Daily Ledger’s Ann Roe reported".
//! - A run is an organization when it ends with an organization word (Union, Committee, Post),
//!   holds "for", or is an acronym (NWCC), a camel-case word (ReachOut) or a domain (ReachOut.org);
//!   it is nothing when it ends with a thing word (Act, Show, Avenue), is a state, or follows
//!   a determiner without being an organization ("in the Green Room", "their Member of Congress"),
//!   unless it is a given name and a surname modifying a lower-case noun, the surname named
//!   again in the post ("at a Will Ames rally. … Ames said").
//! - Two or more words, or a title and a word, make a person, and so does a lone word set off
//!   after a role noun ("the mayor’s wife, Anna,"). Any other lone capitalised word is only a
//!   candidate: it names someone if the post names them in full elsewhere, or if it is the
//!   subject of a speech verb (decided later).

use super::lexicon::{
    is_common_word, is_name_particle, is_people_plural, is_place_name, is_singular_role_noun,
    is_year_or_month, party_member, state_named, titles_starting_with, words_ending_cue,
    TitleClass, ARTICLES, AUXILIARIES, BE_FORMS, CALENDAR_WORDS, COMMON_INITIALISMS, CONTRACTIONS,
    CUE_VERBS, FUNCTION_WORDS, GIVEN_NAMES, GROUP_ADJECTIVES, NON_NAMES, NON_PERSON_WORDS,
    ORGANIZATION_WORDS, PARTY_CODES, PLACE_ENDINGS, PLACE_PREFIXES, PLACE_SUFFIXES,
    RELATIVE_PRONOUNS, ROLE_NOUNS, STANDALONE_ORGANIZATION_WORDS, SURNAME_THING_WORDS, TITLES,
    WORK_NOUNS,
};
use super::quotes::QuotedSpan;
use super::text::{glued_to_previous, is_dash, Doc, TokenKind};
use super::EntityKind;

/// A name as written at one place of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    /// Token range of the name itself (no title, no possessive ending).
    pub first: usize,
    pub last: usize,
    /// Token where the mention starts, title or role included.
    pub from: usize,
    /// The name: "Chris Van Holt", "ReachOut.org".
    pub name: String,
    pub kind: EntityKind,
    /// A lone word without title: a person only if the post supports it.
    pub bare: bool,
    pub title: Option<&'static str>,
    pub role: Option<String>,
    pub party: Option<String>,
    pub state: Option<String>,
    /// The mention as written, title included: "Sen. Kay Haller".
    pub written: String,
}

/// Lower-case words before a role noun that read as part of a role: "deputy press secretary".
const MAX_ROLE_MODIFIERS: usize = 2;
/// Role nouns that are adjectives right before a name: "a senior fellow at the institute", but
/// "to back fellow Ann Roe".
const ADJECTIVE_ROLE_NOUNS: &[&str] = &["fellow"];
/// Possessive pronouns: a role noun after one is a relation to someone ("her husband").
const PRONOUN_OWNERS: &[&str] = &["his", "her", "their", "its", "our", "my", "your"];
/// Words that may join an organization's name.
pub const CONNECTORS: &[&str] = &["of", "for"];
/// Tokens looked through for the "?" of a question opened by a modal ("Will Roe win?").
const MAX_QUESTION_WORDS: usize = 40;
/// Words in the longest US state's name: "North Dakota".
const MAX_STATE_WORDS: usize = 2;
/// Letters a shouted word needs before it can be an ordinary word rather than initials.
const MIN_SHOUTED_WORD_LETTERS: usize = 4;
/// Marks that may stand beside a label alone in its paragraph: "ABSTRACT."
const MAX_LABEL_MARKS: usize = 2;
/// Letters from which a shouted common word is taken for the word, not for initials that spell
/// it: "CONSTANTLY", but "CARE".
const MIN_SHOUTED_COMMON_WORD_LETTERS: usize = 7;
/// Determiners and possessives: a name after one is not a person ("the Green Room"). Not
/// "that", which before a name is mostly a conjunction: "the one thing that Ava Lee loves".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "their", "his", "her", "its", "our", "my", "your", "this", "these", "those",
];
/// Prepositions of place: "in North Haven" is a place.
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "across",
    "outside",
    "inside",
    "throughout",
];
/// How many of the latest mentions a role's owner is looked for in.
const NEARBY_MENTIONS: usize = 4;
/// Irregular plurals of people, whose possessive may open an organization's name: "the
/// People’s Party", "the Women’s Fund".
const PEOPLE_PLURALS: &[&str] = &["People", "Women", "Men", "Children"];
/// Suffixes after a surname.
const SUFFIXES: &[&str] = &["Jr.", "Sr.", "II", "III", "IV"];

/// Whether a word is a name's generational suffix: "Jr.", "Sr.", "II", "III", "IV".
pub fn is_name_suffix(word: &str) -> bool {
    SUFFIXES.contains(&word)
}

/// Finds every name mention in a document, in text order.
pub fn find_names(doc: &Doc) -> Vec<NameMention> {
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if !starts_name(doc, i) {
            i += 1;
            continue;
        }
        let end = run_end(doc, i);
        read_run(doc, i, end, &mut mentions);
        i = end;
    }
    add_list_titles(doc, &mut mentions);
    mentions.sort_by_key(|m| m.first);
    join_nicknames(doc, &mut mentions);
    drop_modifiers_before_surnames(doc, &mut mentions);
    keep_known_names_in_titles(doc, &mut mentions);
    mentions
}

/// Capitalised common words a quotation needs to be a title quoted in title case rather than
/// words spoken: "“A Very Vane Christmas”".
const MIN_TITLE_CASE_WORDS: usize = 1;
/// Words a run needs before capitalised words describing a person can open it: two of them,
/// a given name and a surname ("Navy SEAL Cy Dee").
const MIN_DESCRIBED_RUN_WORDS: usize = 4;
/// Words a title quoted in title case has at most.
const MAX_TITLE_WORDS: usize = 20;

/// Whether quotation `q` is a title in title case: short, every word of four letters or more
/// capitalised but one at most, and [`MIN_TITLE_CASE_WORDS`] of them, past its first word, a
/// word the post also writes in lower case ("Very", "Joins").
fn is_title_cased(doc: &Doc, q: usize) -> bool {
    let quote = &doc.quotes[q];
    let first = doc.token_at(quote.start());
    let end = doc.token_at(quote.end());
    let words: Vec<usize> = (first..end)
        .filter(|&k| doc.tokens[k].quote == Some(q) && doc.tokens[k].kind == TokenKind::Word)
        .take(MAX_TITLE_WORDS + 1)
        .collect();
    let long = || words.iter().filter(|&&k| doc.word(k).chars().count() >= 4);
    words.len() <= MAX_TITLE_WORDS
        && long().filter(|&&k| !is_capitalised(doc.word(k))).count() <= 1
        && long()
            .filter(|&&k| {
                Some(&k) != words.first()
                    && is_capitalised(doc.word(k))
                    && doc.writes_in_lower_case(doc.word(k))
            })
            .nth(MIN_TITLE_CASE_WORDS - 1)
            .is_some()
}

/// Most words in a quoted show's or work's title: "The Late Show with Ann Roe".
const MAX_WORK_TITLE_WORDS: usize = 6;

/// Whether a quotation is the title of a show or a work, which nobody said. Its words are
/// capitalised but the short function words, two to [`MAX_WORK_TITLE_WORDS`] of them, and it stands
/// - after "on" or "in": "Bo appeared on “Meet the Press.”", "in “The Art of the Deal”";
/// - after a capitalised possessive: "Bo told WXYZ’s “Morning Desk”", "on Friday’s “Day One.”";
/// - after a work's noun, with a year or a comma between or not, where one word is enough:
///   "in his 2009 book, “Keep Your Word,”", "her documentary “Tenth.”";
/// - or alone in its paragraph, as a subheading: "‘Nobody Saw It Coming.’".
///
/// A headline capitalises every word, so none is read there.
pub fn is_title_of_work(doc: &Doc, quote: &QuotedSpan) -> bool {
    let open = doc.token_at(quote.open);
    if doc.headline || open == 0 || quote.segments.len() > 1 {
        return false;
    }
    // Where it stands first, which tells how many words it needs; its words only then.
    let before = doc.word(open - 1);
    let fewest = if matches!(doc.lower(open - 1), "on" | "in")
        || possessive_stem(before).is_some_and(|stem| stem.starts_with(char::is_uppercase))
    {
        2
    } else {
        let mut k = open - 1;
        while k > 0 && (doc.word(k) == "," || is_year_or_month(doc.word(k))) {
            k -= 1;
        }
        let (paragraph_start, paragraph_end) = doc.paragraphs[doc.tokens[open].paragraph];
        // ("her “Holding It Down” radio program": the work's noun may follow the title, after
        // a word that describes it, or in an apposition: "“Small Towns,” his second
        // collection".)
        let mut after = doc.token_at(quote.close);
        if after < doc.tokens.len() && doc.word(after) == "," {
            after += 1;
        }
        let noun_after =
            (after..doc.tokens.len().min(after + 3)).any(|j| WORK_NOUNS.contains(doc.lower(j)));
        if WORK_NOUNS.contains(doc.lower(k)) || noun_after {
            1
        } else if doc.text[paragraph_start..quote.open].trim().is_empty()
            && doc.text[quote.close..paragraph_end].trim().is_empty()
        {
            2
        } else {
            return false;
        }
    };
    let (start, end) = quote.segments[0];
    let mut words = doc.text[start..end]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    let mut count = 0;
    let title_case = words.by_ref().take(MAX_WORK_TITLE_WORDS + 1).all(|w| {
        count += 1;
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || count > 1 && w.len() <= 3 && FUNCTION_WORDS.contains(w)
    });
    title_case && (fewest..=MAX_WORK_TITLE_WORDS).contains(&count)
}

/// In a title quoted in title case, capitalised words run on past a name ("“Al Vane Joins
/// Growing List of Critics”"): a name there stands only as far as a name the post gives outside
/// such titles ("Al Vane"), and is dropped when none fits ("“A Very Vane Christmas”", "the
/// sitcom “Gilmore Lads”").
fn keep_known_names_in_titles(doc: &Doc, mentions: &mut Vec<NameMention>) {
    let mut titled: Vec<Option<bool>> = vec![None; doc.quotes.len()];
    let mut in_title = |m: &NameMention| {
        doc.tokens[m.first].quote.is_some_and(|q| {
            *titled[q].get_or_insert_with(|| {
                is_title_cased(doc, q) || is_title_of_work(doc, &doc.quotes[q])
            })
        })
    };
    let inside: Vec<bool> = mentions.iter().map(&mut in_title).collect();
    if !inside.contains(&true) {
        return;
    }
    let known: std::collections::HashSet<String> = mentions
        .iter()
        .zip(&inside)
        .filter(|(m, &inside)| !inside && !m.bare)
        .map(|(m, _)| m.name.clone())
        .collect();
    let mut kept = Vec::with_capacity(mentions.len());
    for (m, inside) in mentions.drain(..).zip(inside) {
        if !inside || m.bare || known.contains(&m.name) {
            kept.push(m);
            continue;
        }
        // The longest run of the name's first words that is a known name.
        let words: Vec<&str> = m.name.split(' ').collect();
        let prefix = (2..words.len())
            .rev()
            .find(|&n| known.contains(&words[..n].join(" ")));
        if let Some(n) = prefix {
            let mut shorter = mention(doc, m.first, m.first + n, m.from, m.kind, false);
            shorter.title = m.title;
            kept.push(shorter);
        }
    }
    *mentions = kept;
}

/// Letters a word in "-ing" needs before it can be a participle opening a sentence rather than
/// a name ("King", "Ewing" are surnames).
const MIN_OPENING_PARTICIPLE_LETTERS: usize = 6;

/// Takes the words before a surname off a name when they are no given name, so that the
/// surname alone joins the person the post names in full with another given name. They are
/// a place or a people's adjective before a surname and a role noun ("Ohio Bo staffers
/// cheered", "Kurdish Bo fans" in a post about Al Bo; but not "said Kurdish Bo, his brother"),
/// or a sentence's first word: a participle ("Watching Roe on the debate stage,
/// …"), or a common word (the lexicon's, or one the post writes in lower case: "Young Bo
/// supporters cheered", "Vintage Bo showed up at the fair.").
fn drop_modifiers_before_surnames(doc: &Doc, mentions: &mut [NameMention]) {
    let full_names: Vec<(&str, &str)> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.last - m.first >= 2)
        .filter_map(|m| {
            let (given, _) = m.name.split_once(' ')?;
            let (_, surname) = m.name.rsplit_once(' ')?;
            Some((given, surname))
        })
        .collect();
    let other_given_name = |word: &str, surname: &str| {
        full_names
            .iter()
            .any(|&(given, last)| last == surname && given != word)
    };
    let trimmed: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            if m.kind != EntityKind::Person || m.from != m.first {
                return None;
            }
            let (before, surname) = m.name.rsplit_once(' ')?;
            let word = doc.word(m.first);
            let given_name = || {
                GIVEN_NAMES.contains_key(word)
                    || is_name_particle(word)
                    || !titles_starting_with(word).is_empty()
            };
            let before_role_noun = m.last < doc.tokens.len()
                && doc.tokens[m.last].kind == TokenKind::Word
                && ROLE_NOUNS.contains(doc.word(m.last));
            let place = || is_place_name(before) || GROUP_ADJECTIVES.contains(before);
            if before_role_noun && !given_name() && place() && other_given_name(before, surname) {
                return Some((i, m.last - m.first - 1));
            }
            let opens = || {
                doc.opens_sentence(m.first)
                    || m.first > 0 && doc.tokens[m.first - 1].kind == TokenKind::Mark
            };
            let participle =
                || word.ends_with("ing") && word.chars().count() >= MIN_OPENING_PARTICIPLE_LETTERS;
            let common_word =
                || doc.writes_in_lower_case(word) || is_common_word(&word.to_lowercase());
            let sentence_word = || participle() || common_word() && other_given_name(word, surname);
            (m.last - m.first == 2 && opens() && !given_name() && sentence_word()).then_some((i, 1))
        })
        .collect();
    for (i, dropped) in trimmed {
        let m = &mut mentions[i];
        let rest = |s: &str| s.splitn(dropped + 1, ' ').last().unwrap_or("").to_string();
        m.first += dropped;
        m.from = m.first;
        m.name = rest(&m.name);
        m.written = rest(&m.written);
        m.bare = m.party.is_none();
    }
}

/// Joins the two halves of a name split by a quoted nickname into one person: `Jose “Pepe”
/// Marquez` is Jose Marquez, and `state Del. Ana “Nana” Ruiz (D-Dayton)` is Ana Ruiz, titled
/// Del., party D. The nickname itself is no name.
fn join_nicknames(doc: &Doc, mentions: &mut Vec<NameMention>) {
    // Mentions are in text order; second halves are dropped at the end, all at once.
    let mut dropped = vec![false; mentions.len()];
    for q in 0..doc.quotes.len() {
        let Some((before, after)) = doc.nickname(q) else {
            continue;
        };
        let b = mentions.partition_point(|m| m.first < after);
        let upto = mentions.partition_point(|m| m.first <= before);
        let a = (upto.saturating_sub(4)..upto)
            .rev()
            .find(|&i| mentions[i].last == before + 1 && !dropped[i]);
        let Some(a) = a.filter(|_| b < mentions.len() && mentions[b].first == after && !dropped[b])
        else {
            continue;
        };
        let people = [a, b]
            .iter()
            .all(|&i| mentions[i].kind == EntityKind::Person);
        if !people || possessive_stem(doc.word(before)).is_some() {
            continue;
        }
        dropped[b] = true;
        let second = mentions[b].clone();
        let first = &mut mentions[a];
        // "Marine John “Tig” Tiegen": a describing word before the given name is no part of
        // the name, as in a name without a nickname.
        if let Some(descriptor) = describing_word(doc, first.first, second.last) {
            let rest = |s: &str| s.split_once(' ').map_or("", |(_, rest)| rest).to_string();
            if first.from == first.first {
                first.from += 1;
                first.written = rest(&first.written);
            }
            first.first += 1;
            first.name = rest(&first.name);
            descriptor.describe(first);
        }
        first.name = format!("{} {}", first.name, second.name);
        first.written = format!("{} {}", first.written, second.written);
        first.last = second.last;
        first.bare = false;
        first.role = first.role.take().or(second.role);
        first.party = first.party.take().or(second.party);
        first.state = first.state.take().or(second.state);
    }
    let mut at = 0;
    mentions.retain(|m| {
        let joined = dropped[at];
        at += 1;
        let nickname = m.bare
            && doc.tokens[m.first]
                .quote
                .is_some_and(|q| doc.nickname(q).is_some());
        !joined && !nickname
    });
}

/// Whether a word is capitalised (or an acronym, or camel case) as names are.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn starts_name(doc: &Doc, i: usize) -> bool {
    let word = doc.word(i);
    let in_tag = i > 0 && doc.word(i - 1) == "(" && is_party_tag(word);
    doc.tokens[i].kind == TokenKind::Word
        && is_capitalised(word)
        && word.chars().count() > 1
        && !in_tag
        && !is_handle_or_link(doc, i)
}

/// Whether the word at `i` is a handle, a hashtag or a link's path, written right after "@",
/// "#" or "/": "(@SpeakerBo)", "#VoteRoe", "t.co/Xy12Ab". Never a name, though a brand's
/// look-alike.
fn is_handle_or_link(doc: &Doc, i: usize) -> bool {
    let joined = |k: usize| k > 0 && doc.tokens[k - 1].end == doc.tokens[k].start;
    // A link's "/" follows its host or another "/" ("WXKN/Dayton Ledger" joins two names).
    let in_link = || {
        let before = doc.word(i - 2);
        joined(i - 1) && (before.contains('.') || before == "/")
    };
    joined(i)
        && match doc.word(i - 1) {
            "@" | "#" => true,
            "/" => i >= 2 && in_link(),
            _ => false,
        }
}

/// A word that never starts a name, as written or shouted: "The", "UPDATE", a pronoun with its
/// verb ("We’re Dayton people"), and a title made past by "then-" opening a sentence
/// ("Then-Gov. Cy Dee signed it": Cy Dee, as after a lower-case "then-Gov.").
pub fn is_sentence_word(word: &str) -> bool {
    let contracted = CONTRACTIONS
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .is_some_and(|stem| NON_NAMES.contains(stem));
    // ("Thirty-one counties objected": a sentence word before a hyphen and a lower-case
    // word.)
    let hyphened = word.split_once('-').is_some_and(|(head, tail)| {
        NON_NAMES.contains(head) && tail.starts_with(char::is_lowercase)
    });
    if NON_NAMES.contains(word) || contracted || hyphened || word.starts_with("Then-") {
        return true;
    }
    let shouted = word.len() > 1 && word.chars().all(|c| !c.is_lowercase());
    shouted && NON_NAMES.contains(title_case(word).as_str())
}

/// The letters of a word written in capitals throughout ("UPDATE": 6, "R-Ohio": 0), none for
/// a word with a lower-case letter.
fn shouted_letters(word: &str) -> usize {
    if word.chars().any(char::is_lowercase) {
        return 0;
    }
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// A lower-case word with its first letter capitalised, as a lexicon of names lists it:
/// "group" -> "Group".
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A shouted word written as a name would be: "WASHINGTON" -> "Washington".
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect()
}

/// Whether a given name opens a person's name at token `k` of a run ending at `end` inside a
/// longer run: not a modal read as a given name ("Dayton Post Will Fight Back").
fn opens_with_person_name(doc: &Doc, k: usize, end: usize) -> bool {
    opens_with_given_name(doc, k, end) && !AUXILIARIES.contains(&doc.lower(k))
}

/// Whether the sentence word at `k`, opening a run that ends at `end`, is a given name: "Will
/// Ames said" is a man, "Will Ames win?" a question. A given name that is also a modal opens a
/// name before another capitalised word, unless its sentence asks; a month never does ("In
/// June Roe won").
pub fn opens_with_given_name(doc: &Doc, k: usize, end: usize) -> bool {
    let word = doc.word(k);
    // (Asked last: most sentence words, "The", "This", are no given name.)
    let asks = || {
        let sentence = &doc.sentences[doc.sentence_of(k)];
        (k..sentence.end)
            .take(MAX_QUESTION_WORDS)
            .any(|j| doc.word(j) == "?")
    };
    k + 1 < end
        && GIVEN_NAMES.contains_key(word)
        && !CALENDAR_WORDS.contains(word)
        && !NON_NAMES.contains(doc.word(k + 1))
        && !asks()
}

/// A party-state tag set off by commas, AP style, starting at the comma `at`: "Rep. Al Bo,
/// R-Pa., said". Returns the token after the tag's closing comma or period, the party code and
/// the state.
pub fn comma_party_tag(
    doc: &Doc,
    at: usize,
) -> Option<(usize, &'static str, Option<&'static str>)> {
    if at >= doc.tokens.len() || doc.word(at) != "," {
        return None;
    }
    let limit = doc.tokens.len().min(at + 6);
    let close = (at + 1..limit)
        .find(|&i| matches!(doc.word(i), "," | ";" | ")"))
        .or_else(|| (limit == doc.tokens.len()).then_some(limit))?;
    let inside: String = (at + 1..close)
        .map(|i| doc.word(i))
        .collect::<Vec<_>>()
        .join(" ");
    let inside = inside.replace(" .", ".").replace(" - ", "-");
    let (code, state) = inside.split_once('-')?;
    let (code, _) = PARTY_CODES.get_key_value(code.trim())?;
    let state = state_named(state.trim())?;
    Some((close + 1, code, Some(state)))
}

/// The inside of a party tag: D-Utah, R-La., D.
fn is_party_tag(word: &str) -> bool {
    let code = word.split('-').next().unwrap_or(word);
    PARTY_CODES.contains_key(code)
}

/// The end (exclusive) of the run of name words starting at `i`.
fn run_end(doc: &Doc, start: usize) -> usize {
    let mut j = start;
    let quote = doc.tokens[start].quote;
    loop {
        let word = doc.word(j);
        j += 1;
        if j >= doc.tokens.len() {
            return j;
        }
        // "the Swiss People’s Party", "the Veterans’ Affairs office": a possessive of people
        // before an organization's word is inside its name; any other ends the run ("Sen. Al
        // Quillens’ College Fund plan": after a given name, a plural's apostrophe is a
        // surname's).
        if let Some(stem) = possessive_stem(word) {
            let after_given_name = || (start..j - 1).any(|k| GIVEN_NAMES.contains_key(doc.word(k)));
            let of_people = PEOPLE_PLURALS.contains(&stem)
                || word.ends_with(['’', '\'']) && !after_given_name();
            let organization_next = doc.tokens[j].kind == TokenKind::Word
                && doc.tokens[j].quote == quote
                && ORGANIZATION_WORDS.contains_key(doc.word(j));
            if !(of_people && organization_next) {
                return j;
            }
        }
        let t = &doc.tokens[j];
        // "Dayton News & World Review", "Harbor Fish & Game": an ampersand set off by spaces
        // between capitalised words joins them in one firm's or outlet's name (not "Ann & I",
        // nor two given names, "Mary & Ann": two people).
        let spaced = |k: usize| doc.tokens[k - 1].end < doc.tokens[k].start;
        let ampersand = doc.word(j) == "&"
            && doc.tokens.get(j + 1).is_some_and(|after| {
                after.kind == TokenKind::Word
                    && after.quote == quote
                    && after.paragraph == doc.tokens[start].paragraph
                    && spaced(j)
                    && spaced(j + 1)
                    && is_capitalised(doc.word(j + 1))
                    && doc.word(j + 1) != "I"
                    && !(GIVEN_NAMES.contains_key(word)
                        && GIVEN_NAMES.contains_key(doc.word(j + 1)))
            });
        if ampersand {
            continue;
        }
        if t.kind != TokenKind::Word
            || t.quote != quote
            || t.paragraph != doc.tokens[start].paragraph
            || glued_to_previous(&doc.tokens, j)
            || word.ends_with('.') && doc.opens_sentence(j)
        {
            return j;
        }
        let next = doc.word(j);
        if is_capitalised(next) || hyphened_surname(next).is_some() {
            continue;
        }
        // A particle or connector joins only when a capitalised word follows it.
        let joins = (is_name_particle(next) || CONNECTORS.contains(&next))
            && j + 1 < doc.tokens.len()
            && doc.tokens[j + 1].kind == TokenKind::Word
            && doc.tokens[j + 1].quote == quote
            && is_capitalised(doc.word(j + 1));
        if !joins && !and_inside_organization(doc, start, j) {
            return j;
        }
    }
}

/// Whether the "and" at `and` stands inside the organization's name that the run from `start`
/// opens. After "the", the words before it name nothing alone and the capitalised words after
/// it end in an organization's word: "the House Docks and Piers Committee" (not "the House and
/// Senate", "the Harbor Board and City Hall"). After an organization's head and "of"
/// or "for", one to three capitalised words end the name: "the Office of Management and
/// Budget", "Department of Housing and Urban Renewal".
fn and_inside_organization(doc: &Doc, start: usize, and: usize) -> bool {
    if doc.lower(and) != "and" {
        return false;
    }
    let quote = doc.tokens[start].quote;
    let paragraph = doc.tokens[start].paragraph;
    let after_end = (and + 1..doc.tokens.len())
        .take(MAX_WORDS_AFTER_AND + 1)
        .find(|&k| {
            let t = &doc.tokens[k];
            t.kind != TokenKind::Word
                || t.quote != quote
                || t.paragraph != paragraph
                || !is_capitalised(doc.word(k))
                || is_acronym(doc.word(k))
        })
        .unwrap_or(doc.tokens.len());
    let after = after_end - (and + 1);
    // The words after "and" end the name: not "the Association of Ann Roe Fans and National
    // Association of Bo Fans", not "the Harbor Movement and The Ledger".
    let ends_name = after_end == doc.tokens.len()
        || !(CONNECTORS.contains(&doc.lower(after_end)) || is_name_particle(doc.word(after_end)));
    if after == 0
        || after > MAX_WORDS_AFTER_AND
        || !ends_name
        || ARTICLES.contains(&doc.lower(and + 1))
    {
        return false;
    }
    // ("The Harbor and Canal Commission" opening a sentence: the run holds its article.)
    let the = |k: usize| doc.lower(k) == "the";
    let first = if the(start) { start + 1 } else { start };
    let before: Vec<&str> = (first..and).map(|k| doc.word(k)).collect();
    if before.contains(&"and") {
        return false;
    }
    // A common word comes before "and" ("Office of Ferries and Budget"): not a person or
    // a place, which are names of their own ("Friends for Ann Roe and Bo", "the University
    // of Dayton and Harbor College").
    let headed = before.len() >= 3
        && (before.contains(&"for") || headed_before_of(&before))
        && is_common_word(doc.lower(and - 1));
    // ("the federal Harbor and Canal Commission": an adjective may come between.)
    let after_the = (first > start
        || start > 0 && the(start - 1)
        || start > 1 && the(start - 2) && !is_capitalised(doc.word(start - 1)))
        && !before.is_empty()
        && classify(&before) == Some(EntityKind::Person)
        && ORGANIZATION_WORDS.contains_key(doc.word(after_end - 1));
    // "told Parking and Traffic Enforcement to …": one capitalised common word, opening the
    // run, names nothing alone either.
    let one_common_word = first == start
        && before.len() == 1
        && !NON_NAMES.contains(before[0])
        && is_common_word(doc.lower(start))
        && after <= 3
        && ORGANIZATION_WORDS.contains_key(doc.word(after_end - 1));
    (headed && after <= 3) || after_the || one_common_word
}

/// The most capitalised words after an "and" inside an organization's name.
const MAX_WORDS_AFTER_AND: usize = 4;

/// Function words that end no name, capitalised: a run ending in one has run over a sentence's
/// end ("as No. But the vote …") or is a headline's clause ("Roe Is Not Done"). (Modals and
/// "do", "an", "so" are left out: they are surnames too, "George Will", "Cy Do".)
const SENTENCE_WORDS_ENDING_NO_NAME: &[&str] = &[
    "the", "a", "this", "these", "those", "that", "but", "and", "or", "nor", "is", "are", "was",
    "were", "be", "not", "now", "also", "behind", "you", "by", "it",
];

/// Whether a run ending before token `end` is followed by a comma and a US state, and the
/// state by no name: the run is a place there ("in Green Harbor, Wisconsin, …", "a Stone
/// Creek, Ark.-based company"). ("Al Bo, Ohio Republican" is a person's description.)
fn before_its_state(doc: &Doc, end: usize) -> bool {
    let word = |k: usize| (k < doc.tokens.len()).then(|| doc.word(k));
    if word(end) != Some(",") || !word(end + 1).is_some_and(is_capitalised) {
        return false;
    }
    (1..=2).any(|n| {
        let state_end = end + 1 + n;
        if state_end > doc.tokens.len() {
            return false;
        }
        let state = doc.span(end + 1..state_end);
        let state = state.strip_suffix("-based").unwrap_or(state);
        state_named(state).is_some() && word(state_end).is_none_or(|next| !is_capitalised(next))
    })
}

/// Whether an organization's word heads the name before "of": "Department of Justice",
/// "the Office of Harbor Services".
fn headed_before_of(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|pair| pair[1] == "of" && ORGANIZATION_WORDS.contains_key(pair[0]))
}

/// Endings after a hyphen, besides participles, that make a word describe the name after it:
/// "Korean-born", "Soviet-style", "Roe-like", "Kemp-type", "Roe-era", a maker's trade
/// ("Zorbex-maker Vale"), and irregular participles ("Kemp-held", "Roe-run", "Dayton-made").
const COMPOUND_ENDINGS: &[&str] = &[
    "born", "style", "like", "type", "era", "maker", "held", "run", "made", "built",
];

/// Whether a word is a compound adjective ending in a participle after its hyphen: of origin or
/// seat ("Korean-born", "Dayton-based"), of control or backing ("Harbor Fund-backed", "Roe-led",
/// "Prize-winning"), or one of [`COMPOUND_ENDINGS`] ("Soviet-style", "Roe-era"). It describes
/// the name after it and is never part of one.
pub fn is_compound_adjective(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, ending)| {
        ending.chars().all(|c| c.is_ascii_lowercase())
            && (ending.ends_with("ed")
                || ending.ends_with("ing")
                || COMPOUND_ENDINGS.contains(&ending))
    })
}

/// Whether a word is a common noun opened by a capital letter and a hyphen: "T-shirts",
/// "X-ray", "U-turn".
pub fn is_letter_compound(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.next() == Some('-')
        && chars.as_str().len() > 1
        && chars.all(|c| c.is_ascii_lowercase())
}

/// Whether "a" or "an" stands right before token `k`: "a Republican Vane", "a President Vane"
/// compare or suppose rather than name.
fn after_indefinite_article(doc: &Doc, k: usize) -> bool {
    k > 0 && ["a", "an"].contains(&doc.lower(k - 1))
}

/// The word without a possessive ending, if it has one: Ledger‘s -> Ledger, groups’ -> groups.
pub fn possessive_stem(word: &str) -> Option<&str> {
    for ending in ["’s", "'s", "‘s", "’S", "'S"] {
        if let Some(stem) = word.strip_suffix(ending) {
            if !stem.is_empty() {
                return Some(stem);
            }
        }
    }
    word.strip_suffix('’')
        .or_else(|| word.strip_suffix('\''))
        .filter(|s| s.ends_with('s'))
}

/// Reads one run of name words into mentions.
fn read_run(doc: &Doc, start: usize, end: usize, out: &mut Vec<NameMention>) {
    let mut first = start;
    // Sentence words that never start a name come off the front, and so does a sentence
    // adverb before a name ("Interestingly Bo …"; not a given name, "Kimberly Bo").
    let sentence_adverb = |k: usize| {
        let word = doc.word(k);
        k + 1 < end
            && word.ends_with("ly")
            && word.len() >= MIN_SENTENCE_ADVERB_LEN
            && !GIVEN_NAMES.contains_key(word)
    };
    while first < end
        && (is_sentence_word(doc.word(first)) && !opens_with_given_name(doc, first, end)
            || sentence_adverb(first))
    {
        first += 1;
    }
    // "South Korean-born Ann Roe", "the Dayton-based Acme Corp.": a name starts after a
    // compound adjective of origin or seat, which ends the run when nothing follows it.
    if let Some(k) = (first..end)
        .rev()
        .find(|&k| is_compound_adjective(doc.word(k)))
    {
        first = k + 1;
        if first >= end {
            return;
        }
    }
    // "Support for Al Bo has grown", "Vote for Bo, he said": a common word opening a sentence
    // before "for" is no organization's first word, and comes off with the "for" (an
    // organization's word is one, "Center for Harbor Studies"; so is a plural of people,
    // "Citizens for Bo").
    if first + 2 < end
        && doc.opens_sentence(first)
        && doc.word(first + 1) == "for"
        && is_common_word(doc.lower(first))
        && !ORGANIZATION_WORDS.contains_key(doc.word(first))
        && !doc.lower(first).ends_with('s')
    {
        first += 2;
    }
    // "And for Bo and the others": a connector left opening the run joins nothing before it.
    while first < end && CONNECTORS.contains(&doc.word(first)) {
        first += 1;
    }
    // ("Suddenly I saw": the pronoun "I" ends no name either, nor does a common noun opened
    // by a capital letter and a hyphen: "Al Bo T-shirts".)
    let mut last = end;
    while last > first
        && (CONNECTORS.contains(&doc.word(last - 1))
            || doc.word(last - 1) == "I"
            || is_letter_compound(doc.word(last - 1)))
    {
        last -= 1;
    }
    // "… said No. But", "Orange Is", "CLUB The crew": a run ending in a sentence's function
    // word runs over a sentence's end or is a headline's clause, and names no one.
    if last > first + 1 && SENTENCE_WORDS_ENDING_NO_NAME.contains(&doc.lower(last - 1)) {
        return;
    }
    // "BITE THE DUST ON THE DEBATE STAGE Ann Roe …": a shouted headline before a name comes
    // off the front.
    let shouted = |k: usize| shouted_letters(doc.word(k)) > 1;
    let shouted_words = (first..last).take_while(|&k| shouted(k)).count();
    // "BO HAS EDGE IN HARBOR RACE": a run of that many words shouted throughout is a
    // headline and names no one.
    if shouted_words >= MIN_SHOUTED_HEADLINE_WORDS && first + shouted_words == last {
        return;
    }
    if shouted_words >= MIN_SHOUTED_HEADLINE_WORDS && first + shouted_words < last {
        first += shouted_words;
        while first < last && is_sentence_word(doc.word(first)) {
            first += 1;
        }
    }
    if first >= last {
        return;
    }
    // "Dayton Republican Ann Roe": a place or body before a describing word of party or role
    // goes with it.
    // (Not a title's word: "Former President Al Bo", "Vice President Al Bo".)
    let describes = |k: usize| {
        let word = doc.word(k);
        describes_a_person(word) && titles_starting_with(word).is_empty()
    };
    // ("Attorney General Ann Roe", "Surgeon General Ann Roe": not a title's second word.)
    let in_title = || {
        titles_starting_with(doc.word(first)).iter().any(|t| {
            t.words.len() > 1
                && first + t.words.len() <= last
                && title_words_match(
                    &(first..first + t.words.len())
                        .map(|k| doc.word(k))
                        .collect::<Vec<_>>(),
                    &t.words,
                )
        })
    };
    if last >= first + 4
        && !GIVEN_NAMES.contains_key(doc.word(first))
        && describes(first + 1)
        && GIVEN_NAMES.contains_key(doc.word(first + 2))
        && !in_title()
    {
        first += 1;
    }
    let descriptor = describing_word(doc, first, last);
    if descriptor.is_some() {
        // "has been called a Republican Bo": a party or a role after "a" makes a comparison
        // with the person, not a mention of them ("the Republican Cy Dee" is one).
        if after_indefinite_article(doc, first) {
            return;
        }
        first += 1;
    }
    let words: Vec<&str> = (first..last).map(|i| doc.word(i)).collect();
    let after_determiner = first > start && DETERMINERS.contains(&doc.lower(first - 1))
        || first == start && start > 0 && DETERMINERS.contains(&doc.word(start - 1));
    // "his Justice Department": a title before an organization's word (not an outlet's, which
    // may be a surname: "Judge Al Post") is part of the organization's name, which the run
    // names whole (below).
    let last_word = possessive_stem(words[words.len() - 1]).unwrap_or(words[words.len() - 1]);
    // ("Future Presidents Organization of Dayton": or heads it before "of".)
    let is_organization_word = |w: &str| ORGANIZATION_WORDS.get(w) == Some(&false);
    let organization_headed = is_organization_word(last_word)
        || words
            .windows(2)
            .any(|pair| pair[1] == "of" && is_organization_word(pair[0]));
    if let Some((title_at, title_len, title)) = find_title(&words).filter(|_| !organization_headed)
    {
        let name_from = first + title_at + title_len;
        // "Mr. President": a courtesy title before an office's title addresses its holder,
        // and names no one (a role's title may be a surname: "Mr. King").
        let addressed = || {
            (name_from..last).all(|k| {
                let word = possessive_stem(doc.word(k)).unwrap_or(doc.word(k));
                titles_starting_with(word)
                    .iter()
                    .any(|t| t.class == TitleClass::Office && t.words.len() == 1)
            })
        };
        if title.class == TitleClass::Courtesy && addressed() {
            return;
        }
        // Role words before the title that end in an organization's word name it: "Harbor
        // Workers Union Chair Al Bo", "Senate Harbors Chair Al Bo" (not a word that names no
        // institution alone: "Party Chair Ray Holt"). Acronyms in a role's words are
        // organizations too: "NWCC Chair Chris Van Holt".
        let names_organization = title_at > 0
            && ORGANIZATION_WORDS.contains_key(words[title_at - 1])
            && (title_at > 1 || STANDALONE_ORGANIZATION_WORDS.contains(words[0]));
        if names_organization {
            let end = first + title_at;
            out.push(mention(
                doc,
                first,
                end,
                first,
                EntityKind::Organization,
                false,
            ));
        } else {
            for i in first..first + title_at {
                if is_acronym(doc.word(i)) {
                    out.push(mention(doc, i, i + 1, i, EntityKind::Organization, false));
                }
            }
        }
        // An office title's mention starts at the title ("Yellow Dog Reps. Al Bo" is "Reps. Al Bo");
        // a role's starts at its first word.
        let from = if title.class == TitleClass::Role {
            first
        } else {
            first + title_at
        };
        // "Sen. Al Bo of Texas": the state is no part of the name.
        // "Chancellor Ann Roe of Germany", "Rep. Ann Lam of Kempco": nor is a place or a
        // firm, which is a name of its own, as it is after a name with no title.
        // "Col. Al Bo for Cy Dee to refuse": nor is what follows "for".
        let of = (name_from + 1..last).find(|&k| CONNECTORS.contains(&doc.word(k)));
        let home = of
            .filter(|&of| doc.word(of) == "of")
            .and_then(|of| Some((of, home_state(doc, of, last)?)));
        let mut name_end = of.unwrap_or(last);
        // "President Al Bo Speech at …": a thing word after the name is no part of it.
        while name_end > name_from + 1 && NON_PERSON_WORDS.contains(doc.word(name_end - 1)) {
            name_end -= 1;
        }
        // "the Attorney General and …", "elected Chief Executive.": a title's word after an
        // office's or a role's title is the office's name, not a person's ("Mr. King" is one).
        let office_word = |k: usize| {
            !titles_starting_with(doc.word(k)).is_empty() || ROLE_NOUNS.contains(doc.lower(k))
        };
        if title.class != TitleClass::Courtesy
            && name_end == name_from + 1
            && office_word(name_from)
        {
            return;
        }
        let mut m = mention(doc, name_from, name_end, from, EntityKind::Person, false);
        // "New Jersey Gov. Al Bo": a state before an office's title is the holder's.
        let state_before = (title.class == TitleClass::Office && title_at > 0)
            .then(|| state_named(&words[..title_at].join(" ")))
            .flatten();
        m.state = home
            .map(|(_, state)| state)
            .or(state_before)
            .map(str::to_string);
        // "what a President Vane would do": an office after "a" is one the person may hold,
        // not one they hold.
        let supposed = after_indefinite_article(doc, from);
        match title.class {
            _ if supposed => {}
            TitleClass::Role => {
                // "Justices Ann Roe, Cy Dee and Bo": a plural title gives each the singular.
                let mut role_words: Vec<&str> = words[..title_at + title_len].to_vec();
                let written = role_words[title_at..].join(" ");
                if written.strip_suffix('s') == Some(title.short) {
                    role_words.truncate(title_at);
                    role_words.push(title.short);
                }
                m.role = Some(role_words.join(" "));
            }
            TitleClass::Office | TitleClass::Courtesy => m.title = Some(title.short),
        }
        read_tags(doc, last, &mut m);
        out.push(m);
        if let Some(of) = of {
            read_run(doc, of + 1, last, out);
        }
        return;
    }
    // "Ida Vale for Harbor Watch", "Lawyers for Ann Kemp": a person's name on either side of
    // "for" makes no organization of the run, which is read as two. (An organization's word
    // before "for" keeps it one, "Dayton Institute for Rents"; so does an office after a
    // person's name, a campaign's committee, "Ann Kemp for Senate", and an organization's
    // word after a name that follows "for": "Forward for Ann PAC".)
    if let Some(f) = words
        .iter()
        .position(|w| *w == "for")
        .filter(|&f| f > 0 && f + 1 < words.len())
    {
        let after = &words[f + 1..];
        let head = words[f - 1];
        let office = after.len() == 1
            && (STANDALONE_ORGANIZATION_WORDS.contains(after[0])
                || !titles_starting_with(after[0]).is_empty());
        let headed = ORGANIZATION_WORDS.contains_key(head);
        // ("Cy Pellow for Morning Survey": a word no lexicon knows ends a person's name
        // before "for", after a word that is not a common one: not "Harbor Action for …",
        // "Irish Americans for …" or "Moderate Case for …".)
        let lower_head = head.to_lowercase();
        let surname_before = f >= 2
            && !NON_PERSON_WORDS.contains(head)
            && !is_people_plural(&lower_head)
            && !ROLE_NOUNS.contains(lower_head.as_str())
            && !is_common_word(&lower_head)
            && !is_common_word(&words[0].to_lowercase());
        // ("went to Ohio for Harbor Party dinners": so does a place's.)
        let place_before = is_place_name(&words[..f].join(" "));
        let person_before =
            opens_with_person_name(doc, first, first + f) || surname_before || place_before;
        let person_after = opens_with_person_name(doc, first + f + 1, last);
        let organization_after = ORGANIZATION_WORDS.contains_key(last_word);
        if !headed && (person_before && !office || person_after && !organization_after) {
            read_run(doc, first, first + f, out);
            read_run(doc, first + f + 1, last, out);
            return;
        }
    }
    // "X of Y" is one organization only when X is one ("Department of Justice"); "Al Bo of
    // Texas" is a person and his state.
    if let Some(of) = words.iter().position(|w| *w == "of") {
        let head = words[..of].last().copied().unwrap_or_default();
        if !ORGANIZATION_WORDS.contains_key(head) {
            let before = out.len();
            read_run(doc, first, first + of, out);
            match home_state(doc, first + of, last) {
                Some(state) => {
                    if let Some(m) = out[before..]
                        .iter_mut()
                        .rfind(|m| m.kind == EntityKind::Person && m.last == first + of)
                    {
                        m.state.get_or_insert_with(|| state.to_string());
                    }
                }
                None => read_run(doc, first + of + 1, last, out),
            }
            return;
        }
    }
    if words.len() == 1 && is_shouted_word(doc, first) {
        return;
    }
    // "Workers say …", "Music is …": an organization's word alone, opening its sentence, is
    // the common word when the post writes it in lower case too. Anywhere else, alone, it
    // names no one either ("the Department", "State of the Union"), unless it is a news
    // outlet's ("the Post reported") or an institution's ("the Senate"). An outlet's word
    // names its outlet after "the" only: opening its sentence it is the common word ("News of
    // the deal broke", "Radio hosts agreed").
    let word = possessive_stem(words[0]).unwrap_or(words[0]);
    let common_word = words.len() == 1
        && ORGANIZATION_WORDS.get(word).is_some_and(|&outlet| {
            let names_alone = outlet || STANDALONE_ORGANIZATION_WORDS.contains(word);
            !names_alone || doc.opens_sentence(first) && (outlet || doc.writes_in_lower_case(word))
        });
    if common_word {
        return;
    }
    // "the Office of Harbor Services Ann Roe had announced": a thing's word before a given
    // name and a surname ends the thing, and the person's name starts after it (not before
    // a modal: "Dayton Post Will Fight Back").
    // "the Office of Harbor Affairs Roe had announced": so does an organization's word before
    // a lone surname, unless a given name opens the run ("Mary Church Roe") or the word is an
    // organization's too ("Harbor Business School").
    // After an article, the run is one thing's name: "at the Dayton House Ann Roe briefing
    // room" (unless an organization's word heads it before "of").
    let thing_then_name = (1..words.len().saturating_sub(1)).find(|&n| {
        let organization_word = ORGANIZATION_WORDS.contains_key(words[n]);
        let thing_word = organization_word || NON_PERSON_WORDS.contains(words[n]);
        let given_name_after =
            || n + 2 < words.len() && opens_with_person_name(doc, first + n + 1, last);
        let surname_after = || {
            n + 2 == words.len()
                && organization_word
                && !ORGANIZATION_WORDS.contains_key(words[n + 1])
                && !opens_with_given_name(doc, first, last)
        };
        // ("the Office of Harbor Services Ann Roe …": the article is the organization's.)
        (!after_determiner || headed_before_of(&words[..n]))
            && thing_word
            && (given_name_after() || surname_after())
    });
    if let Some(n) = thing_then_name {
        read_run(doc, first, first + n + 1, out);
        read_run(doc, first + n + 1, last, out);
        return;
    }
    let kind = classify(&words);
    // "The Ohio Senator spoke", "Idaho Sen.": a person's run ending in an office's title,
    // with no name after it, is an office (not after a given name: "Ann Mayor"; and not a role's
    // title, which may be a surname: "Al King").
    // ("Ledger TV Chairman", "House Speaker", "the Republican National Committeeman", "Ohio
    // Secretary of State": a role's title too, after initials, an organization's word, an
    // adjective, a word the post writes in lower case or a place.)
    let person = kind == Some(EntityKind::Person);
    let before = words.len().checked_sub(2).map(|k| words[k]);
    let describes_role = |w: &str| {
        let adjective = ends_in_adjective(w)
            || w.chars().count() > MIN_IAL_ADJECTIVE_LEN
                && (w.ends_with("nal") || w.ends_with("ral"));
        is_acronym(w)
            || ORGANIZATION_WORDS.contains_key(w)
            || adjective
            || doc.writes_in_lower_case(w)
    };
    let ends_in_office = person
        && before.is_some_and(|w| !GIVEN_NAMES.contains_key(w))
        && titles_starting_with(words[words.len() - 1])
            .iter()
            .filter(|t| t.words.len() == 1)
            .any(|t| {
                t.class == TitleClass::Office
                    || t.class == TitleClass::Role
                        && (before.is_some_and(describes_role)
                            || is_place_name(&words[..words.len() - 1].join(" ")))
            });
    if ends_in_office {
        return;
    }
    // "North Dakota Republican Ann Roe", "Ohio Al Bo": a state's full name before a given name
    // or a party is no part of the name (nor is the state a given name: "Virginia Roe"; and a
    // thing goes on: "Ohio Free Press", "Ohio General Hospital").
    let state_words = (1..words.len().min(MAX_STATE_WORDS + 1)).rev().find(|&n| {
        let named = GIVEN_NAMES.contains_key(words[n])
            || matches!(Descriptor::of(words[n]), Some(Descriptor::Party(_)));
        named && {
            let state = words[..n].join(" ");
            state_named(&state) == Some(state.as_str())
        }
    });
    if let Some(n) = state_words.filter(|_| person) {
        if !GIVEN_NAMES.contains_key(words[0]) {
            read_run(doc, first + n, last, out);
            return;
        }
    }
    // "Ku Klux Klan Grand Wizard Al Bo", "Navy SEAL Cy Dee": capitalised words before a known
    // given name and a surname, none of them a given name, describe the person named after
    // them, whose role they are. (Not after an article: "at the Dayton House Ann Roe briefing
    // room"; nor in a headline, which capitalises its verbs: "Ann Lund Backs Al Bo".)
    let described_from = (words.len() >= MIN_DESCRIBED_RUN_WORDS
        && !doc.headline
        && !after_determiner
        && !GIVEN_NAMES.contains_key(words[0]))
    .then(|| {
        (2..words.len() - 1).find(|&n| {
            let name = &words[n..];
            opens_with_person_name(doc, first + n, last)
                && name.len() <= 3
                && !words[..n].iter().any(|w| GIVEN_NAMES.contains_key(w))
                && classify(name) == Some(EntityKind::Person)
        })
    })
    .flatten();
    if let Some(n) = described_from {
        let before = out.len();
        read_run(doc, first + n, last, out);
        if let Some(m) = out[before..]
            .iter_mut()
            .find(|m| m.kind == EntityKind::Person && m.first == first + n)
        {
            // ("House Harbors Republican Carl Ames": a party's word ending them is his party.)
            let described = match Descriptor::of(words[n - 1]) {
                Some(party @ Descriptor::Party(_)) => {
                    party.describe(m);
                    &words[..n - 1]
                }
                _ => &words[..n],
            };
            m.role.get_or_insert_with(|| described.join(" "));
        }
        return;
    }
    match kind {
        Some(EntityKind::Organization) => out.push(mention(
            doc,
            first,
            last,
            first,
            EntityKind::Organization,
            false,
        )),
        Some(EntityKind::Person) => {
            // "Alma Vega Plaza", "Morning Today Show", "CAPITOL HAS SPOKEN"
            let shouted =
                words.len() > 1 && words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()));
            let thing = names_a_thing(&[&words[..words.len() - 1], &[last_word]].concat())
                || words[..words.len() - 1].iter().enumerate().any(|(n, w)| {
                    NON_NAMES.contains(w) && (n > 0 || !opens_with_given_name(doc, first, last))
                })
                || CALENDAR_WORDS.contains(last_word)
                || is_place_name(&[&words[..words.len() - 1], &[last_word]].concat().join(" "))
                || words.iter().any(|w| CONNECTORS.contains(w))
                || ends_in_adjective(last_word)
                || opens_with_initials(&words)
                || shouted;
            // "in North Haven", and opening a sentence, "At Boca Vista, where …" (not "In
            // Roe’s view": an owner is no place).
            let before = first.checked_sub(1).map(|k| doc.word(k));
            let place = before_its_state(doc, last) && !opens_with_given_name(doc, first, last)
                || before.is_some_and(|w| PLACE_PREPOSITIONS.contains(&w))
                || before.is_some_and(|w| {
                    PLACE_PREPOSITIONS.contains(&w.to_lowercase().as_str())
                        && possessive_stem(words[words.len() - 1]).is_none()
                });
            // "at a Will Ames rally. … Ames said": a given name and a surname after an
            // article, before the lower-case noun they modify, name the person when the post
            // names the surname again ("the George Marsh bridge" alone is a thing's name).
            let modifies_noun = words.len() == 2
                && GIVEN_NAMES.contains_key(words[0])
                && !last_word.contains('-')
                && last < doc.tokens.len()
                && doc.tokens[last].kind == TokenKind::Word
                && doc.word(last).starts_with(char::is_lowercase)
                && doc.capitalised_count(last_word) >= 2;
            if thing || after_determiner && !modifies_noun || place {
                return;
            }
            // "the mayor's wife, Anna, spoke": a lone name set off after a role noun is a
            // person, though the post never gives it in full.
            let after_role_noun = first >= 2
                && doc.word(first - 1) == ","
                && ROLE_NOUNS.contains(doc.lower(first - 2))
                && last < doc.tokens.len()
                && matches!(doc.word(last), "," | ".");
            let bare = words.len() == 1 && !after_role_noun;
            let mut m = mention(doc, first, last, first, EntityKind::Person, bare);
            if let Some(descriptor) = descriptor {
                descriptor.describe(&mut m);
            }
            read_tags(doc, last, &mut m);
            if !bare {
                read_apposition_role(doc, first, last, &mut m, out);
            } else {
                // "Roe, the former secretary of state, said": a lone surname takes the role
                // after it, for the person it joins (never an organization's kind: it joins
                // people only). A role before it may end a clause instead ("the party's
                // consultants, Roe was").
                read_apposition_after(doc, last, &mut m);
                if m.kind != EntityKind::Person {
                    m.kind = EntityKind::Person;
                    m.role = None;
                }
            }
            if m.party.is_some() {
                m.bare = false;
            }
            out.push(m);
        }
        None => {}
    }
}

/// Whether a run of several words opens with an outlet's or a body's initials, so it names no
/// person: "told WXYZ Ohio", "the QRX Cash Depot". A person's initials are two letters at most
/// ("JB Lund").
fn opens_with_initials(words: &[&str]) -> bool {
    words.len() > 1 && words[0].len() > 2 && is_acronym(words[0])
}

/// Whether a run's last word is an adjective, so the run modifies the noun after it and names
/// no one: "Republican Gubernatorial candidate Al Bo", "the Democratic Judicial caucus",
/// "African American voters".
pub fn ends_in_adjective(word: &str) -> bool {
    // (Not "Green" or "Independent", which are surnames and nouns too.)
    let party =
        party_named(word).is_some_and(|(_, party)| party.ends_with("ic") || party.ends_with("an"));
    party
        || GROUP_ADJECTIVES.contains(word)
        || word.len() > MIN_IAL_ADJECTIVE_LEN && word.ends_with("ial")
}

/// The party a word names, as (code, party): "Republican" -> ("R", "Republican"), and the
/// noun of an "-ic" party, "Democrat" -> ("D", "Democratic").
fn party_named(word: &str) -> Option<(&'static str, &'static str)> {
    PARTY_CODES
        .iter()
        .find(|(_, party)| party_member(party) == word || **party == word)
        .map(|(code, party)| (*code, *party))
}

/// Words that end the head of an apposition: "a doctor at the clinic", "a group that …".
const APPOSITION_HEAD_ENDS: &[&str] = &[
    "of", "at", "in", "for", "with", "on", "from", "to", "who", "that", "which", "and", "during",
    "under", "since",
];

/// Shorter capitalised words in "-ly" are surnames as often as adverbs ("Daly", "Kelly").
const MIN_SENTENCE_ADVERB_LEN: usize = 9;

/// Shouted words that make a headline rather than an acronym's role ("NATO Ambassador").
const MIN_SHOUTED_HEADLINE_WORDS: usize = 3;

/// Shorter words in "-ial" may be surnames ("Dial"); longer ones are adjectives
/// ("Presidential", "Judicial").
const MIN_IAL_ADJECTIVE_LEN: usize = 6;

/// What a describing word before a name says about the person.
#[derive(Debug, PartialEq, Eq)]
enum Descriptor {
    /// A role noun: "Activist Ann Lee" -> "activist".
    Role(String),
    /// A party: "Republican Carl Ames" -> "R".
    Party(&'static str),
    /// Any other word: "Rival Carl Ames".
    Other,
}

impl Descriptor {
    /// What a word says as a description: a party ("Republican") or a role ("Activist").
    fn of(word: &str) -> Option<Descriptor> {
        let party = party_named(word);
        let lower = word.to_lowercase();
        match party {
            Some((code, _)) => Some(Descriptor::Party(code)),
            None if ROLE_NOUNS.contains(lower.as_str()) => Some(Descriptor::Role(lower)),
            None => None,
        }
    }

    /// Gives the person what the word says: a role or a party.
    fn describe(self, m: &mut NameMention) {
        match self {
            Descriptor::Role(role) => m.role = Some(role),
            Descriptor::Party(code) => m.party = Some(code.to_string()),
            Descriptor::Other => {}
        }
    }
}

/// Whether a word describes a person named after it: a party ("Republican") or a role noun
/// ("reporter", "member").
pub fn describes_a_person(word: &str) -> bool {
    Descriptor::of(word).is_some()
}

/// Whether a capitalised phrase is a thing or a place for a word of it ("the Farm Bill",
/// "Pennsylvania Avenue", "The Rachel Roe Show", "Kemp Circle"); a given name opening a
/// longer phrase is a person's ("Bill Vane").
pub fn names_a_thing(words: &[&str]) -> bool {
    // "Ann Law": a given name and a thing word that is a surname too.
    let given_and_surname = matches!(words, [given, last]
        if GIVEN_NAMES.contains_key(given) && SURNAME_THING_WORDS.contains(last));
    let place_prefix = words.len() > 1 && PLACE_PREFIXES.contains(words[0]);
    let place_suffix = words.len() > 1 && PLACE_SUFFIXES.contains(words[words.len() - 1]);
    let place_ending = words.len() > 1
        && PLACE_ENDINGS.contains(words[words.len() - 1])
        && !GIVEN_NAMES.contains_key(words[0]);
    place_prefix
        || place_suffix
        || place_ending
        || !given_and_surname
            && words.iter().enumerate().any(|(n, word)| {
                NON_PERSON_WORDS.contains(word)
                    && !(n == 0 && words.len() > 1 && GIVEN_NAMES.contains_key(word))
            })
}

/// The word at `first` when it describes the name after it rather than starting it: it is
/// followed by a given name and two or more name words, and is neither a given name nor a
/// title. "Activist Ann Lee", "Republican Carl Ames"; not "Mary Ann Lee", not "Sen. Ann Lee".
/// A party word, a role noun or a plural of people is never a given name, so the given name
/// after it need not be known: "Republican Jeb Bo", "Reporter Jomo Kemp", "Ohioans Jeb Bo".
fn describing_word(doc: &Doc, first: usize, last: usize) -> Option<Descriptor> {
    let word = doc.word(first);
    // "Republican Bo" and "Reporter Kemp" describe a lone surname, too; a role noun before
    // a title is the title's ("Party Chair Ray Holt"), and one before "of" heads an
    // organization's name ("Department of Harbors").
    let descriptor = Descriptor::of(word).filter(|d| {
        matches!(d, Descriptor::Party(_))
            || first + 1 < last
                && is_capitalised(doc.word(first + 1))
                && titles_starting_with(doc.word(first + 1)).is_empty()
    });
    let no_given_name = || descriptor.is_some() || is_people_plural(doc.lower(first));
    if last < first + if descriptor.is_some() { 2 } else { 3 } {
        return None;
    }
    // "Democratic National Committee", "the Democratic Party of Ohio": an organization's
    // name keeps its first word.
    let last_word = doc.word(last - 1);
    let headed = || {
        (first..last).any(|k| doc.word(k) == "of")
            && headed_before_of(&(first..last).map(|k| doc.word(k)).collect::<Vec<_>>())
    };
    if ORGANIZATION_WORDS.contains_key(possessive_stem(last_word).unwrap_or(last_word)) || headed()
    {
        return None;
    }
    // "Physicians for Clean Air warned": a word before a connector opens an organization's
    // name, and describes no one.
    if CONNECTORS.contains(&doc.word(first + 1)) {
        return None;
    }
    // "Democratic Harbor Committee Chair Ann Roe": nor does one opening the name of an
    // organization inside the run, here before a role's title (but "Republican House Speaker
    // Al Bo" is a Republican: "House" names an institution alone).
    let opens_organization = (first + 1..last - 1).any(|k| {
        let word = doc.word(k);
        ORGANIZATION_WORDS.get(word) == Some(&false)
            && !STANDALONE_ORGANIZATION_WORDS.contains(word)
    });
    if opens_organization {
        return None;
    }
    // ("San Pedro Vela, Honduras": a place's prefix opens the place's name.)
    if GIVEN_NAMES.contains_key(word)
        || !(GIVEN_NAMES.contains_key(doc.word(first + 1)) || no_given_name())
        || !titles_starting_with(word).is_empty()
        || PLACE_PREFIXES.contains(word)
    {
        return None;
    }
    Some(descriptor.unwrap_or(Descriptor::Other))
}

/// What a run of name words (no title) names, if anything.
fn classify(words: &[&str]) -> Option<EntityKind> {
    let last = words[words.len() - 1];
    let last = possessive_stem(last).unwrap_or(last);
    // "on TV", "a super PAC": a common noun's initials alone name nothing ("Ledger TV" does).
    if words.len() == 1 && COMMON_INITIALISMS.contains(last) {
        return None;
    }
    // "Department of Justice": an organization's word heads its name before "of".
    if words.contains(&"for")
        || words.contains(&"&")
        || headed_before_of(words)
        || ORGANIZATION_WORDS.contains_key(last)
    {
        return Some(EntityKind::Organization);
    }
    let brand = is_camel_case(last) && !is_joined_surname(last);
    if words.len() == 1 && (is_acronym(last) || brand || is_domain(last)) {
        return Some(EntityKind::Organization);
    }
    if words.iter().all(|w| is_acronym(w)) {
        return None;
    }
    // "a third of Nova Scotians": a plural of people is a group, no one.
    if is_people_plural(last) {
        return None;
    }
    // "the Ohio RNC", "Young Dayton HRC": a party's or a body's initials end its chapter's name;
    // two letters end a brand's or a project's ("Harbor XM", "Keel DC").
    if words.len() > 1 && is_acronym(last) && last.len() >= 2 {
        return Some(EntityKind::Organization);
    }
    Some(EntityKind::Person)
}

/// Whether the word at `k` is an ordinary word shouted, not an organization's initials: one the
/// post also writes in lower case ("CONSTANTLY"), a place ("WASHINGTON —"), a dateline's town
/// ("KEMPTON, Wyo. —", "KEMPTON, Burma —"), a label alone in its paragraph ("ABSTRACT.") or
/// opening it before a colon ("EMAIL:"), a day or a month ("MONDAY"), or a long common word
/// ("RELENTLESSLY"). Four letters at least: "SUV", "NATO" stay initials.
fn is_shouted_word(doc: &Doc, k: usize) -> bool {
    let word = doc.word(k);
    if shouted_letters(word) < MIN_SHOUTED_WORD_LETTERS {
        return false;
    }
    // Alone: no other word in its paragraph, whose ends are a few marks away at most.
    let paragraph = doc.tokens[k].paragraph;
    let other = |j: usize| match doc.tokens.get(j) {
        Some(t) if t.paragraph == paragraph => Some(t.kind == TokenKind::Word),
        _ => None,
    };
    let ends_by = |steps: &mut dyn Iterator<Item = usize>| {
        steps
            .take(MAX_LABEL_MARKS + 1)
            .find_map(|j| match other(j) {
                None => Some(true),
                Some(true) => Some(false),
                Some(false) => None,
            })
            .unwrap_or(false)
    };
    let opens = k == 0 || ends_by(&mut (0..k).rev().chain(std::iter::once(usize::MAX)));
    let alone = opens && ends_by(&mut (k + 1..=doc.tokens.len()));
    // "CASPER, Wyo. —", "PARIS (AP) —", "KEMPTON, Burma —": a dateline's town, opening its
    // paragraph before a state, a country or a wire's credit.
    let word_at = |j: usize| (j < doc.tokens.len()).then(|| doc.word(j));
    let dateline = opens
        && match word_at(k + 1) {
            Some(",") => {
                word_at(k + 2).is_some_and(|w| state_named(w).is_some() || is_place_name(w))
            }
            Some(w) => w == "(" || is_dash(w),
            None => false,
        };
    // "EMAIL: desk@example.com": a common word opening its paragraph before a colon is a label;
    // "we won RELENTLESSLY": a long one is a word shouted anywhere (initials that spell a
    // common word are short: "CARE", "NOW").
    let stem = possessive_stem(word).unwrap_or(word);
    let common = is_common_word(&stem.to_lowercase());
    let label = opens && common && word_at(k + 1) == Some(":");
    let long_common = common && shouted_letters(word) >= MIN_SHOUTED_COMMON_WORD_LETTERS;
    // "WHAT’S COOKING.", "TWO DEAD IN HARBOR FIRE": a common word in a run of shouted words is
    // a shouted headline's (where "CREW" and "the CHIP program" stand alone).
    let shouted_neighbour = |j: usize| {
        j < doc.tokens.len()
            && doc.tokens[j].kind == TokenKind::Word
            && doc.tokens[j].paragraph == doc.tokens[k].paragraph
            && shouted_letters(doc.word(j)) >= 2
    };
    let in_headline = common && (k > 0 && shouted_neighbour(k - 1) || shouted_neighbour(k + 1));
    let titled = title_case(word);
    in_headline
        || doc.writes_in_lower_case(word)
        || is_place_name(&titled)
        || CALENDAR_WORDS.contains(title_case(stem).as_str())
        || alone
        || dateline
        || label
        || long_common
}

/// An acronym: two or more capital letters (NWCC, SWU), not a state code or a roman numeral.
pub fn is_acronym(word: &str) -> bool {
    let word = possessive_stem(word).unwrap_or(word);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word.chars().all(|c| c.is_uppercase() || c == '&')
        && !is_name_suffix(word)
        && state_named(word).is_none()
}

/// Camel case: a capital after a lower-case letter inside the word (ReachOut, DayLed).
fn is_camel_case(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars
        .windows(2)
        .skip(1)
        .any(|w| w[0].is_lowercase() && w[1].is_uppercase())
}

/// A surname with its particle joined on: "McLean", "DeSantis", "MacArthur" (unlike the brand
/// "ReachOut", the part before the inner capital is a name particle).
fn is_joined_surname(word: &str) -> bool {
    let inner = word
        .char_indices()
        .skip(1)
        .find(|(_, c)| c.is_uppercase())
        .map(|(at, _)| at);
    inner.is_some_and(|at| is_name_particle(&word[..at]))
}

/// The surname after a particle hyphened to it, written lower case inside a name: "al-Rashid"
/// -> "Rashid" ("Samir al-Rashid"), "el-Amin" -> "Amin".
pub fn hyphened_surname(word: &str) -> Option<&str> {
    // (Asked at the end of every name: a particle is short, its hyphen near the start.)
    const MAX_PARTICLE_BYTES: usize = 6;
    if !word.as_bytes()[..word.len().min(MAX_PARTICLE_BYTES)].contains(&b'-') {
        return None;
    }
    let (particle, rest) = word.split_once('-')?;
    (is_name_particle(particle) && rest.chars().count() > 1 && is_capitalised(rest)).then_some(rest)
}

/// A web domain used as a name: ReachOut.org.
fn is_domain(word: &str) -> bool {
    [".org", ".com", ".net", ".us", ".io"]
        .iter()
        .any(|d| word.to_lowercase().ends_with(d))
}

/// The last title in a run that is followed by a name word: (position, length, title).
/// Whether a run's words are a title's: its lower-case words may be capitalised in title-cased
/// text ("White House Chief Of Staff Ann Roe").
fn title_words_match(run: &[&str], title: &[&str]) -> bool {
    run.len() == title.len()
        && run.iter().zip(title).all(|(word, title_word)| {
            word == title_word
                || title_word.starts_with(char::is_lowercase)
                    && word.eq_ignore_ascii_case(title_word)
        })
}

fn find_title(words: &[&str]) -> Option<(usize, usize, &'static super::lexicon::Title)> {
    let mut found: Option<(usize, usize, &'static super::lexicon::Title)> = None;
    // "Martin Luther King Jr.", "Martin Luther King Day": a title word without a full stop,
    // in a run opened by a given name and followed by no name (a suffix or a thing's word),
    // is a surname ("Charlotte Mayor Ann Roe" has a title).
    let opens_with_given_name = GIVEN_NAMES.contains_key(words[0]);
    let surname_at = |at: usize, n: usize| {
        at > 0
            && opens_with_given_name
            && !words[at].ends_with('.')
            && words[at + n..]
                .iter()
                .all(|w| is_name_suffix(w) || NON_PERSON_WORDS.contains(w))
    };
    for at in 0..words.len() {
        // "Vice President Al Bo": a title inside a longer one found first is part of it.
        if found.is_some_and(|(start, n, _)| at < start + n) {
            continue;
        }
        for title in titles_starting_with(words[at]) {
            let n = title.words.len();
            if at + n < words.len()
                && title_words_match(&words[at..at + n], &title.words)
                && is_capitalised(words[at + n])
                && !surname_at(at, n)
            {
                found = Some((at, n, title));
                break;
            }
        }
    }
    found
}

/// Times a name is decoded again: text read wrongly twice ("FranÃÂ§ois") needs two.
const MAX_MOJIBAKE_ROUNDS: usize = 2;

/// A name garbled by reading its UTF-8 bytes as Latin-1, repaired: "JuliÃ¡n Roe" is "Julián
/// Roe". None when the name shows no such garbling or does not decode. The garbling may have
/// been decomposed since, "Ã" written as "A" and a combining tilde, "Â" as "A" and a
/// combining circumflex ("PeÃ±a").
fn repair_mojibake(name: &str) -> Option<String> {
    let mut repaired: Option<String> = name
        .contains(['\u{303}', '\u{302}'])
        .then(|| name.replace("A\u{303}", "Ã").replace("A\u{302}", "Â"));
    for _ in 0..MAX_MOJIBAKE_ROUNDS {
        let current = repaired.as_deref().unwrap_or(name);
        if !current.contains(['Ã', 'Â']) {
            break;
        }
        let bytes: Option<Vec<u8>> = current
            .chars()
            .map(|c| u8::try_from(u32::from(c)).ok())
            .collect();
        match bytes.and_then(|b| String::from_utf8(b).ok()) {
            Some(decoded) => repaired = Some(decoded),
            None => break,
        }
    }
    repaired
}

fn mention(
    doc: &Doc,
    first: usize,
    last: usize,
    from: usize,
    kind: EntityKind,
    bare: bool,
) -> NameMention {
    let words: Vec<&str> = (first..last).map(|i| doc.word(i)).collect();
    let mut name_words = words.clone();
    let n = name_words.len();
    name_words[n - 1] = possessive_stem(name_words[n - 1]).unwrap_or(name_words[n - 1]);
    let written_words: Vec<&str> = (from..last).map(|i| doc.word(i)).collect();
    let mut written = written_words.join(" ");
    if let Some(stem) = possessive_stem(words[n - 1]) {
        written.truncate(written.len() - (words[n - 1].len() - stem.len()));
    }
    let name = name_words.join(" ");
    NameMention {
        first,
        last,
        from,
        name: repair_mojibake(&name).unwrap_or(name),
        kind,
        bare,
        title: None,
        role: None,
        party: None,
        state: None,
        written,
    }
}

/// The US state named by the words after "of" at `of`, up to `end`: "of New York".
fn home_state(doc: &Doc, of: usize, end: usize) -> Option<&'static str> {
    let words: Vec<&str> = (of + 1..end).map(|k| doc.word(k)).collect();
    let joined = words.join(" ");
    state_named(possessive_stem(&joined).unwrap_or(&joined))
}

/// Reads a party tag after a name: (D-Utah), (R-N.Y.), (D) of North Carolina.
fn read_tags(doc: &Doc, after: usize, m: &mut NameMention) {
    if let Some((_, code, state)) = comma_party_tag(doc, after) {
        m.party = Some(code.to_string());
        m.state = state.map(str::to_string);
        return;
    }
    if after >= doc.tokens.len() || doc.word(after) != "(" {
        return;
    }
    let Some(close) = (after + 1..doc.tokens.len().min(after + 6)).find(|&i| doc.word(i) == ")")
    else {
        return;
    };
    let inside: String = (after + 1..close)
        .map(|i| doc.word(i))
        .collect::<Vec<_>>()
        .join(" ");
    let inside = inside.replace(" .", ".");
    let (code, state) = match inside.split_once('-') {
        Some((code, state)) => (code.trim(), Some(state.trim())),
        None => (inside.trim(), None),
    };
    if !PARTY_CODES.contains_key(code) {
        return;
    }
    m.party = Some(code.to_string());
    m.state = state.and_then(state_named).map(str::to_string);
    if m.state.is_none() {
        m.state = state_after_party_tag(doc, close).map(|(_, state)| state.to_string());
    }
}

/// The state named after a party tag's closing parenthesis at `close`, "(D) of North
/// Carolina", with the token after its words.
pub fn state_after_party_tag(doc: &Doc, close: usize) -> Option<(usize, &'static str)> {
    if doc.tokens.len() <= close + 2 || doc.word(close + 1) != "of" {
        return None;
    }
    (1..=3).rev().find_map(|len| {
        let end = close + 2 + len;
        let state = (end <= doc.tokens.len()).then(|| home_state(doc, close + 1, end))?;
        state.map(|state| (end, state))
    })
}

/// Reads a role from an apposition before or after a person's name.
fn read_apposition_role(
    doc: &Doc,
    first: usize,
    last: usize,
    m: &mut NameMention,
    out: &[NameMention],
) {
    if m.role.is_none() {
        if let Some((role, party)) = role_before_name(doc, first, last, out) {
            m.role = Some(role);
            m.party = m.party.take().or(party.map(str::to_string));
            return;
        }
    }
    // "ORG’s executive director, NAME" or "its president, NAME"
    if first >= 2 && doc.word(first - 1) == "," {
        let mut k = first - 1;
        let mut role_words = Vec::new();
        while k > 0 {
            let w = doc.word(k - 1);
            if doc.tokens[k - 1].kind != TokenKind::Word
                || is_capitalised(w)
                || possessive_stem(w).is_some()
            {
                break;
            }
            role_words.push(w);
            k -= 1;
        }
        role_words.reverse();
        let has_head = role_words.last().is_some_and(|w| ROLE_NOUNS.contains(*w));
        if has_head && role_words.len() <= 4 && k > 0 {
            let owner = doc.word(k - 1);
            let role = role_words.join(" ");
            if let Some(stem) = possessive_stem(owner) {
                let org = out
                    .iter()
                    .rev()
                    .take(NEARBY_MENTIONS)
                    .find(|o| o.last == k && o.kind == EntityKind::Organization);
                let owner_name = org.map_or(stem.to_string(), |o| o.name.clone());
                m.role = Some(format!("{role} of {owner_name}"));
                return;
            }
            if DETERMINERS.contains(&owner.to_lowercase().as_str()) {
                m.role = Some(role);
                return;
            }
        }
    }
    // "The Daily Ledger’s Ann Roe": a news outlet's possessive just before the name.
    if let Some(org) = out
        .iter()
        .rev()
        .take(NEARBY_MENTIONS)
        .find(|o| o.last == first && o.kind == EntityKind::Organization)
    {
        let outlet = org
            .name
            .split(' ')
            .next_back()
            .is_some_and(|w| ORGANIZATION_WORDS.get(w) == Some(&true));
        if outlet && possessive_stem(doc.word(first - 1)).is_some() {
            m.role = Some(format!("{} reporter", org.name));
            return;
        }
    }
    read_apposition_after(doc, last, m);
}

/// The role written in lower case right before a name, with the name that owns it: "White
/// House press secretary Ann Roe", "campaign manager Cy Dee", "the Roe campaign manager Al Bo".
/// Up to [`MAX_ROLE_MODIFIERS`] words before the role noun, none a function word or shaped
/// like a verb ("hired campaign manager Al Bo" is a manager). A plural ("told reporters Ann
/// Roe") or a relation owned by a pronoun ("her husband Al Bo") is no role. A party's word
/// before it is the role's and gives the party: "Democratic strategist Lu Vane". A noun for a
/// body names no person's role ("the advocacy group Code Pink"), and a lone noun after an
/// article may head a clause instead: "a voter Ann Roe won by 2 points" (but "the reporter Ann
/// Roe said", "the reporter, Ann Roe,").
fn role_before_name(
    doc: &Doc,
    first: usize,
    last: usize,
    out: &[NameMention],
) -> Option<(String, Option<&'static str>)> {
    let head = first.checked_sub(1)?;
    let lower_word = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word && doc.word(k).starts_with(char::is_lowercase)
    };
    if doc.headline || !lower_word(head) || !is_singular_role_noun(doc.word(head)) {
        return None;
    }
    if ORGANIZATION_WORDS.contains_key(capitalise(doc.word(head)).as_str())
        || ADJECTIVE_ROLE_NOUNS.contains(&doc.word(head))
    {
        return None;
    }
    let modifier = |k: usize| {
        let w = doc.word(k);
        lower_word(k)
            && !FUNCTION_WORDS.contains(w)
            && (!CUE_VERBS.contains(w) || words_ending_cue(w).contains(&doc.lower(k + 1)))
            && !["ed", "ly", "ing"].iter().any(|end| w.ends_with(end))
    };
    let mut start = head;
    while start > 0 && head - start < MAX_ROLE_MODIFIERS && modifier(start - 1) {
        start -= 1;
    }
    if start > 0 && PRONOUN_OWNERS.contains(&doc.lower(start - 1)) {
        return None;
    }
    let party = start
        .checked_sub(1)
        .and_then(|k| party_named(doc.word(k)))
        .map(|(code, _)| code);
    if party.is_some() {
        start -= 1;
    }
    let after_article = start > 0 && ARTICLES.contains(&doc.lower(start - 1));
    let name_ends_clause = doc
        .tokens
        .get(last)
        .is_none_or(|t| t.kind != TokenKind::Word || CUE_VERBS.contains(doc.lower(last)));
    if after_article && start == head && !name_ends_clause {
        return None;
    }
    let role = doc.span(start..first).to_string();
    // The name just before: "White House", "the Roe campaign".
    let owner = out
        .iter()
        .rev()
        .take(NEARBY_MENTIONS)
        .find(|o| o.last == start && o.first < start);
    let role = match owner {
        Some(o) => format!("{} {role}", doc.span(o.first..o.last)),
        None => role,
    };
    Some((role, party))
}

/// The role (or, for "Harbor Watch, a watchdog group,", the organization's kind and role) in
/// the apposition after a name ending at `last`: "NAME, a doctor at the clinic, said".
fn read_apposition_after(doc: &Doc, last: usize, m: &mut NameMention) {
    if last + 2 < doc.tokens.len()
        && doc.word(last) == ","
        && ARTICLES.contains(&doc.word(last + 1))
    {
        let mut k = last + 2;
        let mut words = Vec::new();
        while k < doc.tokens.len() && k < last + 12 && doc.tokens[k].kind == TokenKind::Word {
            words.push(doc.word(k));
            k += 1;
        }
        // "For Ann Lee, the Bo campaign was the first time she voted": a verb before any
        // "who" makes the words a clause, no description of her.
        // So does a verb right after the head noun: "an unfavorable view of Al Bo, the poll
        // found", "As Bo attacked Cy Dee, the attendees chanted". (A participle or an adjective
        // with its preposition modifies the noun: "a lawyer representing the family", "an aide
        // close to the campaign".)
        let preposition = |w: &&str| APPOSITION_HEAD_ENDS.contains(w) || *w == "by";
        let ends_sentence = k < doc.tokens.len() && doc.word(k) == ".";
        let head_len = words.iter().position(preposition).unwrap_or(words.len());
        let verb_after_head = words[..head_len]
            .iter()
            .rposition(|w| ROLE_NOUNS.contains(*w))
            .and_then(|k| Some((k, words.get(k + 1)?, words.get(k + 2))))
            .is_some_and(|(head, next, after)| {
                // A past form, or a word closing the sentence after the noun alone ("the
                // poll found.").
                let verb_shaped = next.ends_with("ed")
                    || CUE_VERBS.contains(*next)
                    || head == 0 && after.is_none() && ends_sentence;
                next.starts_with(char::is_lowercase)
                    && verb_shaped
                    && !after.is_some_and(preposition)
            });
        let clause = verb_after_head
            || words
                .iter()
                .take_while(|w| !RELATIVE_PRONOUNS.contains(w))
                .any(|w| BE_FORMS.contains(w) || AUXILIARIES.contains(w));
        let closed = !clause && k < doc.tokens.len() && matches!(doc.word(k), "," | "." | ")");
        // "Harbor Watch, a watchdog group, said": the apposition's head noun is an
        // organization's word, so the name is an organization's ("a super PAC" too).
        let head = words
            .iter()
            // ("a company based in Ohio": a participle ends the head too.)
            .take_while(|w| {
                !APPOSITION_HEAD_ENDS.contains(w)
                    && (!w.chars().any(char::is_uppercase)
                        || is_acronym(w) && ORGANIZATION_WORDS.contains_key(*w))
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
            })
            .last()
            .map(|w| capitalise(w));
        let organization = head.is_some_and(|h| ORGANIZATION_WORDS.contains_key(h.as_str()));
        if closed && organization {
            m.kind = EntityKind::Organization;
            m.role = Some(words.join(" "));
        } else if closed && words.iter().any(|w| ROLE_NOUNS.contains(*w)) {
            m.role = Some(words.join(" "));
        }
    }
}

/// A plural title covers each name of the list after it: "Reps. A (D-Utah), B (D-La.) and C".
fn add_list_titles(doc: &Doc, mentions: &mut [NameMention]) {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| mentions[i].first);
    for w in 0..order.len() {
        let (i, head) = (order[w], &mentions[order[w]]);
        let plural = head.from < head.first
            && TITLES.iter().any(|t| {
                t.is_plural()
                    && Some(t.short) == head.title
                    && doc.word(head.first - 1) == t.words[t.words.len() - 1]
            });
        if !plural {
            continue;
        }
        let title = mentions[i].title;
        let mut prev_last = mentions[i].last;
        for &j in &order[w + 1..] {
            let gap: Vec<&str> = (prev_last..mentions[j].first)
                .map(|k| doc.word(k))
                .collect();
            let joined = gap
                .iter()
                .filter(|g| !g.starts_with('(') && !g.ends_with(')'))
                .copied()
                .collect::<Vec<_>>();
            let in_list = gap.len() <= 8
                && (joined.contains(&",") || joined.contains(&"and"))
                && gap.iter().all(|g| {
                    *g == ","
                        || *g == "and"
                        || *g == "("
                        || *g == ")"
                        || PARTY_CODES.keys().any(|c| g.starts_with(c))
                        || g.contains('-')
                });
            if !in_list || mentions[j].kind != EntityKind::Person {
                break;
            }
            mentions[j].title = mentions[j].title.or(title);
            mentions[j].bare = false;
            prev_last = mentions[j].last;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<NameMention> {
        find_names(&Doc::new(text))
    }

    /// Asserts that no name found in `text` is one `bad` picks out.
    fn assert_no_name(text: &str, bad: impl Fn(&str) -> bool) {
        let found = names(text);
        assert!(found.iter().all(|m| !bad(&m.name)), "{text}: {found:#?}");
    }

    fn role<'a>(found: &'a [NameMention], name: &str) -> Option<&'a str> {
        find(found, name).role.as_deref()
    }

    fn find<'a>(found: &'a [NameMention], name: &str) -> &'a NameMention {
        found
            .iter()
            .find(|m| m.name == name)
            .unwrap_or_else(|| panic!("{name} not in {found:#?}"))
    }

    #[test]
    fn role_words_ending_in_an_organizations_word_name_it() {
        let found = names(
            "Harbor Workers Union Chair Al Bo spoke. Retired Navy Adm. Cy Dee spoke. Senate \
             Majority Leader Ida Vane left.",
        );
        let organizations: Vec<&str> = found
            .iter()
            .filter(|m| m.kind == EntityKind::Organization)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(
            organizations,
            ["Harbor Workers Union", "Navy"],
            "{found:#?}"
        );
        assert_eq!(role(&found, "Al Bo"), Some("Harbor Workers Union Chair"));
        // A word that names no institution alone names none in a role.
        let found = names("Party Chair Ray Holt spoke.");
        assert!(found.iter().all(|m| m.name != "Party"), "{found:#?}");
    }

    #[test]
    fn people_is_no_ones_name() {
        // A party word had made "People" a Democrat.
        assert_no_name("Talks with the Democratic People's envoy failed.", |name| {
            name.starts_with("People")
        });
    }

    #[test]
    fn a_party_word_opening_an_organization_in_a_role_stays_in_the_role() {
        let found = names("On Monday, Democratic Harbor Committee Chair Ann Roe spoke.");
        assert_eq!(
            role(&found, "Ann Roe"),
            Some("Democratic Harbor Committee Chair")
        );
        // A party before an institution's name alone describes the person, not the role.
        let found = names("On Monday, Republican House Speaker Al Bo spoke.");
        assert_eq!(role(&found, "Al Bo"), Some("House Speaker"));
    }

    #[test]
    fn a_common_word_opening_a_sentence_before_for_opens_no_organization() {
        let found = names("Support for Al Bo has grown. Enthusiasm for Kemp Energy fell.");
        assert!(
            found.iter().all(|m| !m.name.contains(" for ")),
            "{found:#?}"
        );
        assert_eq!(find(&found, "Al Bo").kind, EntityKind::Person);
        // Nor a common word inside a sentence, nor a word no common one, as a campaign's.
        for (text, name) in [
            (
                "Workers joined the Fight for Fifteen march.",
                "Fight for Fifteen",
            ),
            ("Kempco for Schools raised money.", "Kempco for Schools"),
        ] {
            assert_eq!(find(&names(text), name).kind, EntityKind::Organization);
        }
        // An organization's word, or a plural of people, opens one.
        for text in [
            "Center for Harbor Studies staff met. Citizens for Bo rode.",
            "Lawmakers met. Citizens for Bo rode. Center for Harbor Studies staff met.",
        ] {
            let found = names(text);
            assert_eq!(
                find(&found, "Citizens for Bo").kind,
                EntityKind::Organization
            );
            assert_eq!(
                find(&found, "Center for Harbor Studies").kind,
                EntityKind::Organization
            );
        }
    }

    #[test]
    fn a_run_ending_in_a_sentences_function_word_names_no_one() {
        // A sentence end the full stop of an abbreviation hid ("No. But") had made a person "No.
        // But"; a shouted headline run into its story's first word had made an organization.
        assert_no_name(
            "The bill was filed as No. But the vote never came.",
            |name| name.contains("But"),
        );
        assert_no_name(
            "HARBOR CREW SKIPS DAYTON CLUB The crew cited the rain.",
            |name| name.contains("CLUB"),
        );
        // A modal is a surname too.
        let found = names("The columnist George Will spoke.");
        assert_eq!(find(&found, "George Will").kind, EntityKind::Person);
    }

    #[test]
    fn a_persons_name_on_either_side_of_for_makes_no_organization() {
        // "wrote Cy Pellow for Morning Survey" had made one organization of the writer and his
        // employer, and the speaker with it.
        let found = names("The poll is out, wrote Cy Pellow for Morning Survey on Monday.");
        assert_eq!(find(&found, "Cy Pellow").kind, EntityKind::Person);
        assert_eq!(
            find(&found, "Morning Survey").kind,
            EntityKind::Organization
        );
        let found = names("The mayor went to Ohio for Harbor Party dinners.");
        assert_eq!(find(&found, "Harbor Party").kind, EntityKind::Organization);
        assert!(found.iter().all(|m| m.name != "Ohio for Harbor Party"));
        let found = names("The memo went to Lawyers for Ann Kemp on Monday.");
        assert_eq!(find(&found, "Ann Kemp").kind, EntityKind::Person);
        assert_eq!(find(&found, "Ann Kemp").role, None);
        // A campaign's committee, an organization's word heading the name and one ending a
        // name after "for" keep the run one organization's.
        for name in [
            "Ann Kemp for Senate",
            "James Dale Center for Harbor Studies",
            "Forward for Ann PAC",
            "Irish Americans for Kemp",
            "Harbor Action for Dayton",
            "Moderate Case for Kemp",
            "Dayton Harvest for Fair Rents",
        ] {
            let found = names(&format!("A gift came from the {name} on Monday."));
            assert_eq!(find(&found, name).kind, EntityKind::Organization, "{name}");
        }
    }

    #[test]
    fn a_plural_before_for_opens_an_organizations_name() {
        // "Physicians for Clean Air warned" had read "Physicians" as a word describing the
        // person after it, and made an organization "for Clean Air".
        let found = names("Physicians for Clean Air warned of the smoke.");
        assert_eq!(
            find(&found, "Physicians for Clean Air").kind,
            EntityKind::Organization
        );
    }

    #[test]
    fn a_run_opening_with_initials_of_three_letters_names_no_person() {
        // "Roe told WXYZ Ohio" had made a person "WXYZ Ohio", whom a later "she" then found.
        assert_no_name(
            "Ann Roe told WXYZ Ohio on Monday that she would run.",
            |name| name.contains("WXYZ"),
        );
        // Two letters may be a person's initials.
        let found = names("The senator hired JB Lund as her aide.");
        assert_eq!(find(&found, "JB Lund").kind, EntityKind::Person);
    }

    #[test]
    fn a_title_is_kept_and_a_role_title_makes_a_role() {
        let found = names("Sen. Kay Roe met Senate Majority Leader Ann Poe and President Lund.");
        assert_eq!(find(&found, "Kay Roe").title, Some("Sen."));
        assert_eq!(
            find(&found, "Ann Poe").role.as_deref(),
            Some("Senate Majority Leader")
        );
        let lund = find(&found, "Lund");
        assert_eq!((lund.title, lund.bare), (Some("President"), false));
        // The words before a role title are the role, not the name: international bodies'
        // offices, local and staff offices, firms' and newsrooms'; and a country after the name
        // is no part of it.
        for (text, roles) in [
            (
                "U.N. Secretary General Ann Poe met Alliance Secretary-General Kay Roe.",
                [
                    ("Ann Poe", "U.N. Secretary General"),
                    ("Kay Roe", "Alliance Secretary-General"),
                ]
                .as_slice(),
            ),
            (
                "Dayton Police Chief Ann Poe met Roe Senior Adviser Al Bo and Assistant U.S. \
                 Attorney Kay Lund.",
                &[
                    ("Ann Poe", "Dayton Police Chief"),
                    ("Al Bo", "Roe Senior Adviser"),
                    ("Kay Lund", "Assistant U.S. Attorney"),
                ],
            ),
            (
                "Acme CEO Ann Poe met Ledger Editor-in-Chief Al Bo and Chancellor Kay Lund of \
                 Germany.",
                &[
                    ("Ann Poe", "Acme CEO"),
                    ("Al Bo", "Ledger Editor-in-Chief"),
                    ("Kay Lund", "Chancellor"),
                ],
            ),
        ] {
            let found = names(text);
            for (name, role) in roles {
                assert_eq!(find(&found, name).role.as_deref(), Some(*role), "{text}");
            }
        }
    }

    #[test]
    fn a_given_name_that_is_also_a_modal_opens_a_name_unless_its_sentence_asks() {
        let found = names("Yesterday Will Ames spoke. Will Roe win? In May Lund voted.");
        assert_eq!(find(&found, "Will Ames").kind, EntityKind::Person);
        assert!(found.iter().all(|m| m.name != "Will Roe"), "{found:#?}");
        assert!(found.iter().all(|m| m.name != "May Lund"), "{found:#?}");
    }

    #[test]
    fn firms_unions_and_forces_are_organizations_and_a_lone_common_one_is_none() {
        let found = names(
            "Acme Capital, the Dayton Mine Workers and the Ohio Defense Forces met. Government \
             is slow, the government said. Kemp Inc and Vale Ltd agreed.",
        );
        for org in [
            "Acme Capital",
            "Dayton Mine Workers",
            "Ohio Defense Forces",
            "Kemp Inc",
            "Vale Ltd",
        ] {
            assert_eq!(find(&found, org).kind, EntityKind::Organization, "{org}");
        }
        assert!(found.iter().all(|m| m.name != "Government"), "{found:#?}");
        // Alone anywhere, it names no one, unless it is a news outlet's word.
        assert_no_name(
            "On Monday the Department said no, and the Ledger Post reported it.",
            |name| name == "Department",
        );
        let found = names(
            "Bo spoke. The Post reported it, and the Senate voted. The Party’s platform changed.",
        );
        assert_eq!(find(&found, "Post").kind, EntityKind::Organization);
        assert_eq!(find(&found, "Senate").kind, EntityKind::Organization);
        assert!(found.iter().all(|m| m.name != "Party"), "{found:#?}");
        // Opening its sentence without "the", an outlet's word is the common word.
        assert_no_name(
            "Bo left the race. News of the deal broke Monday. Radio hosts cheered.",
            |name| name == "News" || name == "Radio",
        );
        // A title before an organization's word is part of its name.
        let found = names("Al Bo and his Justice Department acted. Judge Cy Post ruled.");
        assert_eq!(
            find(&found, "Justice Department").kind,
            EntityKind::Organization
        );
        assert_eq!(find(&found, "Cy Post").kind, EntityKind::Person);
    }

    #[test]
    fn a_state_before_a_given_name_or_a_party_is_no_part_of_the_name() {
        let found = names(
            "North Dakota Republican Ann Roe spoke. Then Ohio Al Bo spoke, and Virginia Lund \
             nodded.",
        );
        assert_eq!(find(&found, "Ann Roe").party.as_deref(), Some("R"));
        assert_eq!(find(&found, "Al Bo").kind, EntityKind::Person);
        assert_eq!(find(&found, "Virginia Lund").kind, EntityKind::Person);
    }

    #[test]
    fn an_office_without_a_name_names_no_one() {
        let found = names(
            "Votes went to Ohio Senator, New Mexico Secretary and Idaho Sen. alike. “Thank \
             you, Mr. President,” \
             said Mr. King, and Ann Mayor nodded. The house voted. Then House Speaker spoke, and \
             DWFA Director nodded, and so did the Republican National Committeeman.",
        );
        for office in [
            "Ohio Senator",
            "New Mexico Secretary",
            "Idaho Sen.",
            "President",
            "House Speaker",
            "DWFA Director",
            "National Committeeman",
        ] {
            assert!(
                found.iter().all(|m| m.name != office),
                "{office}: {found:#?}"
            );
        }
        assert_eq!(find(&found, "King").title, Some("Mr."));
        assert_eq!(find(&found, "Ann Mayor").kind, EntityKind::Person);
        // A title's word after a title names the office: no person "General" or "Executive".
        let found =
            names("The Attorney General and the FBI agreed. Ann Roe was elected Chief Executive.");
        assert!(
            found
                .iter()
                .all(|m| m.name != "General" && m.name != "Executive"),
            "{found:#?}"
        );
    }

    #[test]
    fn handles_hashtags_and_link_paths_are_no_names() {
        let found = names(
            "Al Bo (@SpeakerBo) wrote #VoteRoe at https://t.co/XyzAbc12 and Acme Corp replied \
             in a WXKN/Dayton Ledger poll.",
        );
        let names: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Al Bo", "Acme Corp", "WXKN", "Dayton Ledger"]);
    }

    #[test]
    fn an_ordinary_word_shouted_is_no_organization() {
        let found = names(
            "ABSTRACT.\n\nWASHINGTON — Al Bo spoke CONSTANTLY, and constantly, with NATO and \
             UNESCO.",
        );
        for word in ["ABSTRACT", "WASHINGTON", "CONSTANTLY"] {
            assert!(found.iter().all(|m| m.name != word), "{word}: {found:#?}");
        }
        for org in ["NATO", "UNESCO"] {
            assert_eq!(find(&found, org).kind, EntityKind::Organization);
        }
        // A common word among shouted words is a headline's; alone it may be initials.
        let found = names("Al Bo spoke.\n\nWHAT’S COOKING.\n\nON THE RADIO.\n\nHe thanked CREW.");
        for word in ["WHAT", "COOKING", "RADIO"] {
            assert!(found.iter().all(|m| m.name != word), "{word}: {found:#?}");
        }
        assert_eq!(find(&found, "CREW").kind, EntityKind::Organization);
        // A shouted word ending the paragraph before is no neighbour, and initials keep theirs.
        let found = names("Al Bo spoke.\n\nON NATO\n\nCREW, a watchdog, spoke to Al Bo.");
        for org in ["NATO", "CREW"] {
            assert_eq!(find(&found, org).kind, EntityKind::Organization);
        }
        // A common word labelling its paragraph before a colon, and a long common word shouted
        // once ("EMAIL" and "RELENTLESSLY" had been organizations).
        let found = names("They fight RELENTLESSLY, said Al Bo.\n\nEMAIL: desk@example.com.");
        for word in ["EMAIL", "RELENTLESSLY"] {
            assert!(found.iter().all(|m| m.name != word), "{word}: {found:#?}");
        }
        // A day shouted ("MONDAY’S" had been an organization).
        let text = "Al Bo spoke.\n\nMONDAY’S ‘BRIEFS’ come first.";
        assert_no_name(text, |name| name.starts_with("MONDAY"));
    }

    #[test]
    fn a_datelines_town_is_no_organization() {
        // Towns no lexicon lists, before a state or a wire's credit.
        for text in [
            "KEMPTON, Wyo. — Al Bo spoke with NATO.",
            "KEMPTON (AP) — Al Bo spoke with NATO.",
            "KEMPTON — Al Bo spoke with NATO.",
            "KEMPTON, Burma — Al Bo spoke with NATO.",
        ] {
            let found = names(text);
            assert!(found.iter().all(|m| m.name != "KEMPTON"), "{found:#?}");
            assert_eq!(find(&found, "NATO").kind, EntityKind::Organization);
        }
        // Initials opening a paragraph before a comma and no state, or in mid-paragraph
        // before a dash, stay initials.
        let found = names("KEMPTON, the cooks' union, backed Al Bo.");
        assert_eq!(find(&found, "KEMPTON").kind, EntityKind::Organization);
        let found = names("Al Bo spoke with KEMPTON — the cooks' union — on Friday.");
        assert_eq!(find(&found, "KEMPTON").kind, EntityKind::Organization);
    }

    #[test]
    fn a_connector_opening_a_run_and_the_pronoun_i_ending_it_are_no_part_of_a_name() {
        let found = names(
            "And for Bo and the others, it is best to wait. As for Roe, she won. Suddenly I \
             saw them.",
        );
        assert!(found.iter().all(|m| !m.name.ends_with(" I")), "{found:#?}");
        assert!(
            found.iter().all(|m| !m.name.starts_with("for ")),
            "{found:#?}"
        );
        assert_eq!(find(&found, "Bo").kind, EntityKind::Person);
    }

    #[test]
    fn a_plural_institution_word_ends_an_organizations_name() {
        // "Kempton Park Productions" had been a person.
        let found = names(
            "Ann Roe founded Kempton Park Productions. Vale Colleges closed. The Kemp Harbor \
             Organizations met.",
        );
        for firm in [
            "Kempton Park Productions",
            "Vale Colleges",
            "Kemp Harbor Organizations",
        ] {
            assert_eq!(find(&found, firm).kind, EntityKind::Organization, "{firm}");
        }
    }

    #[test]
    fn a_firms_legal_form_ends_an_organizations_name() {
        // "Kemp L.P." had been a person.
        let found =
            names("Al Bo joined Kemp L.P. in May. Vale LLP, Harbor PLC and Bo Corp agreed.");
        for firm in ["Kemp L.P.", "Vale LLP", "Harbor PLC", "Bo Corp"] {
            assert_eq!(find(&found, firm).kind, EntityKind::Organization, "{firm}");
        }
    }

    #[test]
    fn a_capital_letter_and_a_hyphen_open_a_common_noun_ending_no_name() {
        // "Al Bo T-shirts" had been a person of its own.
        let found = names("Fans wore Al Bo T-shirts to the rally.");
        assert_eq!(find(&found, "Al Bo").kind, EntityKind::Person);
        assert!(
            found.iter().all(|m| !m.name.contains("T-shirts")),
            "{found:#?}"
        );
    }

    #[test]
    fn a_lone_surname_takes_the_role_after_it_but_not_one_ending_a_clause_before_it() {
        let found = names(
            "Ann Roe spoke. Roe, the former secretary of state, was there. While Al Bo was \
             adviser to the governor's political party, Bo was busy. Acme, a company, paid.",
        );
        let roe = found.iter().find(|m| m.name == "Roe").expect("Roe");
        assert_eq!(roe.role.as_deref(), Some("former secretary of state"));
        let bo = found.iter().find(|m| m.name == "Bo").expect("Bo");
        assert_eq!(bo.role, None);
        // A lone word joins people only, so its apposition never makes it an organization.
        assert!(found
            .iter()
            .all(|m| m.name != "Acme" || m.kind == EntityKind::Person));
    }

    #[test]
    fn an_apposition_headed_by_an_organization_word_makes_the_name_an_organization() {
        let found = names(
            "Harbor Watch, a watchdog group, spoke. Acme Holdings, a company based in Ohio, \
             spoke. Ann Roe, a spokeswoman for the group, spoke. Cy Dee, a Democratic Party \
             activist, spoke.",
        );
        assert_eq!(find(&found, "Harbor Watch").kind, EntityKind::Organization);
        assert_eq!(find(&found, "Acme Holdings").kind, EntityKind::Organization);
        assert_eq!(find(&found, "Ann Roe").kind, EntityKind::Person);
        assert_eq!(find(&found, "Cy Dee").kind, EntityKind::Person);
        // An organization's initials may head it ("a super PAC" had made a person of the
        // PAC); a capitalised word of another name does not ("a University of Dayton professor").
        let found = names(
            "Harbor Light, a super PAC aligned with Al Bo, spent heavily. Ida Vale, a University of \
             Dayton law professor, spoke.",
        );
        assert_eq!(find(&found, "Harbor Light").kind, EntityKind::Organization);
        assert_eq!(find(&found, "Ida Vale").kind, EntityKind::Person);
    }

    #[test]
    fn watchdogs_pollsters_party_chapters_and_regions_are_no_people() {
        let found = names(
            "Harbor Watch sued. Lakeview Research polled. The Dayton GOP met. The Ohio RNC \
             voted. Aid reached Eastern Europe and Central Asia by New Year, at 9 Eastern \
             Standard Time. Team Vance cheered. Al West spoke. Harbor XM hired Al Bo II.",
        );
        for org in [
            "Harbor Watch",
            "Lakeview Research",
            "Dayton GOP",
            "Ohio RNC",
            "Harbor XM",
        ] {
            assert_eq!(find(&found, org).kind, EntityKind::Organization, "{org}");
        }
        assert_eq!(find(&found, "Al Bo II").kind, EntityKind::Person);
        for place in [
            "Eastern Europe",
            "Central Asia",
            "New Year",
            "Eastern Standard Time",
            "Team Vance",
        ] {
            assert!(found.iter().all(|m| m.name != place), "{place}: {found:#?}");
        }
        // "West" stays a surname.
        assert_eq!(find(&found, "Al West").kind, EntityKind::Person);
        // A run ending in a people's or a region's adjective describes the noun after it; one
        // starting with it may be a name ("American Harbor Fund").
        let found = names(
            "Many African American voters met Eastern European envoys. American Harbor Fund \
             paid. New Yorkers cheered. Moderate Islamic clerics met.",
        );
        for group in [
            "African American",
            "Eastern European",
            "New Yorkers",
            "Moderate Islamic",
        ] {
            assert!(found.iter().all(|m| m.name != group), "{group}: {found:#?}");
        }
        find(&found, "American Harbor Fund");
        // A place prefix opens a place, not a name it stands inside; a sentence adverb is no
        // part of the name after it.
        let found = names(
            "Interestingly Cy Vance spoke. San Pedro and Fort Lee sent aid. Ma Lin San Tu listened. \
             Upper Kemp and Southwest Bo voted. Southern Kemp and West Lund sent aid too. Cy \
             West went.",
        );
        assert_eq!(find(&found, "Cy Vance").kind, EntityKind::Person);
        find(&found, "Ma Lin San Tu");
        // ("Cy West": a direction ending a name is a surname.)
        find(&found, "Cy West");
        for place in [
            "San Pedro",
            "Fort Lee",
            "Upper Kemp",
            "Southwest Bo",
            "Southern Kemp",
            "West Lund",
        ] {
            assert!(found.iter().all(|m| m.name != place), "{place}: {found:#?}");
        }
        // A place suffix closes a place ("Kemp Circle" had been a person), whatever opens
        // it; opening a name, it is a given name.
        let found = names("Crowds filled Kempton Circle and Ida Vale Gardens. Ranch Bo spoke.");
        find(&found, "Ranch Bo");
        for place in ["Kempton Circle", "Ida Vale Gardens"] {
            assert!(found.iter().all(|m| m.name != place), "{place}: {found:#?}");
        }
        // Provinces, mansions, palaces and shoals are places wherever the word stands.
        let text = "Kemp Province, Vale Mansion, Kempton Palace and Bo Shoal were quiet.";
        assert_no_name(text, |name| name != "Bo");
        // "St." opens a place or closes a street ("St. Kempton", "Kemp St." had been persons);
        // inside a name it is the surname's.
        let found = names("St. Kempton voted, Kemp St. was shut, and Ann St. Vane spoke.");
        find(&found, "Ann St. Vane");
        for place in ["St. Kempton", "Kemp St."] {
            assert!(found.iter().all(|m| m.name != place), "{place}: {found:#?}");
        }
    }

    #[test]
    fn a_shouted_headline_before_a_name_is_no_part_of_it() {
        // "BRIDGE VOTE SET FOR TUESDAY Ann Roe …" in a digest of items.
        let found = names("BRIDGE VOTE SET FOR TUESDAY Ann Roe will not attend.");
        assert_eq!(find(&found, "Ann Roe").kind, EntityKind::Person);
        assert!(
            found.iter().all(|m| !m.name.contains("BRIDGE")),
            "{found:#?}"
        );
        // One or two shouted words may be an organization's role: "NATO Ambassador Ann Roe".
        let found = names("NATO Ambassador Kay Lund spoke.");
        assert_eq!(
            find(&found, "Kay Lund").role.as_deref(),
            Some("NATO Ambassador")
        );
        // A shouted headline names no one.
        let found = names("Al Bo spoke.\n\nBO HAS EDGE IN HARBOR RACE\n\nHe left.");
        assert!(found.iter().all(|m| !m.name.contains("EDGE")), "{found:#?}");
    }

    #[test]
    fn a_describing_word_before_a_given_name_is_no_part_of_the_name() {
        // Activist Ann Lee said; Republican Carl Ames said; Rival Carl Ames said
        let found = names("Activist Ann Lee met Republican Carl Ames. Rival Tom Ross left.");
        assert_eq!(find(&found, "Ann Lee").role.as_deref(), Some("activist"));
        assert_eq!(find(&found, "Carl Ames").party.as_deref(), Some("R"));
        find(&found, "Tom Ross");
        // A given name of either gender opens a name too: "Harbor Patrol Chris Dee" had been
        // one person's name.
        let found = names("The crowd cheered when Harbor Patrol Chris Dee took the stage.");
        find(&found, "Chris Dee");
        // A given name before a given name, and a title, stay: Mary Ann Lee, Sen. Ann Lee.
        let found = names("Mary Ann Lee met Sen. Ann Lee.");
        find(&found, "Mary Ann Lee");
        assert_eq!(find(&found, "Ann Lee").title, Some("Sen."));
        // A party word describes the name after it whatever its given name; an organization's
        // name keeps it.
        let found =
            names("Republican Jeb Ames met Democrat Ross and the Democratic National Committee.");
        assert_eq!(find(&found, "Jeb Ames").party.as_deref(), Some("R"));
        assert_eq!(find(&found, "Ross").party.as_deref(), Some("D"));
        assert_eq!(
            find(&found, "Democratic National Committee").kind,
            EntityKind::Organization
        );
        // So do a role noun and a plural of people: "Reporter Jomo Kemp", "Moderator Kemp",
        // "Georgians Jeb Vane" had been people of those names.
        let found =
            names("Reporter Jomo Kemp asked Moderator Lund. Georgians Jeb Vane and Al Bo voted.");
        assert_eq!(find(&found, "Jomo Kemp").role.as_deref(), Some("reporter"));
        assert_eq!(find(&found, "Lund").role.as_deref(), Some("moderator"));
        find(&found, "Jeb Vane");
        // A place or body before the describing word goes with it; a title's words do not.
        let found = names("Dayton Republican Carl Ames met Vice President Tom Ross.");
        assert_eq!(find(&found, "Carl Ames").party.as_deref(), Some("R"));
        assert_eq!(find(&found, "Tom Ross").title, Some("Vice President"));
        // Nor does a title whose second word is a role noun: "Surgeon General Ann Roe" had
        // the role "general".
        let found = names("Surgeon General Ann Roe met Attorney General Carl Ames.");
        assert_eq!(
            find(&found, "Ann Roe").role.as_deref(),
            Some("Surgeon General")
        );
        assert_eq!(
            find(&found, "Carl Ames").role.as_deref(),
            Some("Attorney General")
        );
        // A place's prefix opens a place's name: "San Pedro Vela" had been a person, Pedro
        // Vela.
        assert_no_name("Towns like San Pedro Vela grew fast.", |name| {
            name.contains("Vela")
        });
    }

    #[test]
    fn an_organizations_word_before_of_heads_its_name() {
        // "the Department of Harbors" and "the Ohio Court of Appeals" had named nothing.
        let found = names(
            "The Department of Harbors agreed, and the Ohio Court of Appeals ruled. Ann Roe of \
             Dayton spoke.",
        );
        for name in ["Department of Harbors", "Ohio Court of Appeals"] {
            assert_eq!(find(&found, name).kind, EntityKind::Organization);
        }
        assert_eq!(find(&found, "Ann Roe").kind, EntityKind::Person);
        // A party word opening such a name is part of it, not a description.
        let found = names("The Democratic Party of Ohio met.");
        assert_eq!(
            find(&found, "Democratic Party of Ohio").kind,
            EntityKind::Organization
        );
    }

    #[test]
    fn a_thing_word_inside_a_run_ends_the_thing_before_a_name() {
        // The object of a relative clause runs into its subject: "the Office of Harbor
        // Services Ann Roe had set up" had made a person "Harbor Services Ann Roe".
        let found = names("She would lead the Office of Harbor Services Ann Roe had set up.");
        assert_eq!(find(&found, "Ann Roe").kind, EntityKind::Person);
        assert_no_name(
            "She would lead the Office of Harbor Affairs Kemp had set up.",
            |n| n.contains("Affairs Kemp"),
        );
        // A given name opening the run keeps it whole; a modal starts no name; nor does an
        // organization's word.
        find(&names("Mary Church Lund spoke."), "Mary Church Lund");
        assert_no_name("Dayton Post Will Fight Back, it read.", |n| {
            n.contains("Fight")
        });
        let found = names("Ann Roe joined Dayton Business School.");
        assert_eq!(
            find(&found, "Dayton Business School").kind,
            EntityKind::Organization
        );
        // After an article, the run is one thing's name.
        assert_no_name("He spoke in the Dayton House Ann Roe briefing room.", |n| {
            n.contains("Ann")
        });
    }

    #[test]
    fn a_possessive_of_people_before_an_organizations_word_is_inside_its_name() {
        // "the Swiss People’s Party" had made a person "Swiss People".
        let found = names("The Harbor People’s Party and the Veterans’ Union met Ann Roe’s aide.");
        for name in ["Harbor People’s Party", "Veterans’ Union"] {
            assert_eq!(find(&found, name).kind, EntityKind::Organization);
        }
        assert_eq!(find(&found, "Ann Roe").kind, EntityKind::Person);
    }

    #[test]
    fn a_name_starts_after_a_compound_adjective() {
        // "South Korean-born Monte Lund" and "New York City-based" had been people.
        let found = names("South Korean-born Monte Lund met the Dayton-based Acme Corp. staff.");
        find(&found, "Monte Lund");
        assert_eq!(find(&found, "Acme Corp.").kind, EntityKind::Organization);
        assert_no_name("New York City-based writers met.", |n| n.contains("based"));
        // Any participle after the hyphen: "Harbor Prize-winning" had been a person, and
        // "Kemp-backed Harbor Fund" an organization's name.
        let found = names("A Harbor Prize-winning poet joined the Kemp-backed Harbor Fund.");
        assert_eq!(find(&found, "Harbor Fund").kind, EntityKind::Organization);
        assert!(found.iter().all(|m| !m.name.contains('-')), "{found:#?}");
        // Or a likeness: "Ann Roe-style" had been a person.
        assert_no_name("Bo wants Ann Roe-style rules.", |n| n.contains("style"));
        // An era's ("Kemp House-era" had been a person), and a maker's trade before a firm.
        assert_no_name("He kept Kemp House-era rules.", |n| n.contains("era"));
        let found = names("The Zorbex-maker Vale spoke.");
        find(&found, "Vale");
        assert!(found.iter().all(|m| !m.name.contains('-')), "{found:#?}");
        // An irregular participle ("the Kemp-held Harbor Board" had been one organization).
        for compound in ["Kemp-held", "Kemp-run", "Kemp-made", "Kemp-built"] {
            let found = names(&format!("He faced the {compound} Harbor Board."));
            find(&found, "Harbor Board");
        }
        // A hyphened name is none, even one ending like a participle: "Ann Bo-Reed".
        let found = names("Ann Bo-Reed met Samir al-Rashid.");
        find(&found, "Ann Bo-Reed");
        find(&found, "Samir al-Rashid");
    }

    #[test]
    fn a_plural_of_people_ending_a_run_is_a_group() {
        // "a third of Nova Scotians" had made a person.
        assert_no_name("A third of Nova Scotians voted for the levy.", |n| {
            n.contains("Scotians")
        });
        assert_no_name("He met Young Socialists on Friday.", |n| {
            n.contains("Socialists")
        });
        // A plural of an office too: "Republican Governors" had been a person.
        assert_no_name(
            "“Republican Governors rarely agree,” Al Bo said.",
            |n| n.contains("Governors"),
        );
        // A plural of people the lexicon lists: "Kempton Conservatives" had been a person.
        assert_no_name("He met Kempton Conservatives on Friday.", |n| {
            n.contains("Conservatives")
        });
    }

    #[test]
    fn a_name_before_its_state_is_a_place() {
        // "in Green Bay, Wisconsin" had made a person.
        assert_no_name("Bo visited Stone Harbor, Wisconsin, on Monday.", |n| {
            n.contains("Harbor")
        });
        assert_no_name("Stone Creek, Ark.-based Acme makes boats.", |n| {
            n.contains("Creek")
        });
        // A state with a description after it describes the person.
        find(&names("Cy Dee, Ohio Republican, spoke."), "Cy Dee");
    }

    #[test]
    fn a_place_after_a_capitalised_preposition_is_no_person() {
        // The place after "At" had taken the resident's "he".
        let found = names("At Vista Heights, where it costs a lot, Al Bo smiled.");
        assert!(
            found.iter().all(|m| m.name != "Vista Heights"),
            "{found:#?}"
        );
        // An owner after it is someone: "In Roe’s view, …".
        let found = names("In Ann Roe’s view, the plan failed.");
        find(&found, "Ann Roe");
    }

    #[test]
    fn a_large_city_is_no_person() {
        let found = names("She spoke to the network’s Los Angeles affiliate and Des Moines radio.");
        assert!(
            found.iter().all(|m| m.kind != EntityKind::Person
                || !["Los Angeles", "Des Moines"].contains(&m.name.as_str())),
            "{found:#?}"
        );
    }

    #[test]
    fn a_speech_or_a_video_is_no_person() {
        assert_no_name(
            "[Video: President Al Bo Speech at the Dover Club.]",
            |name| name.ends_with("Speech"),
        );
        assert_no_name("Voters saw Al Bo Interview clips.", |name| {
            name.ends_with("Interview")
        });
    }

    #[test]
    fn a_chief_of_staff_is_a_role_not_an_organization() {
        let found = names("That, DNC Chief of Staff Ann Lee explained, is by design.");
        assert_eq!(
            find(&found, "Ann Lee").role.as_deref(),
            Some("DNC Chief of Staff")
        );
        assert!(found.iter().all(|m| m.name != "DNC Chief"), "{found:#?}");
    }

    #[test]
    fn a_title_inside_a_longer_title_is_part_of_it() {
        let found = names("Vice President Al Bo spoke.");
        assert_eq!(find(&found, "Al Bo").title, Some("Vice President"));
    }

    #[test]
    fn a_preposition_opening_a_sentence_starts_no_name() {
        // "Outside Carrier" was a person, who later took a woman's "she".
        assert_no_name(
            "Outside Ravel’s plant on Main Street, a worker named Al Bo smiled.",
            |name| name.starts_with("Outside"),
        );
        assert_no_name("Amid Ravel’s troubles, Al Bo smiled.", |name| {
            name.starts_with("Amid")
        });
        // "Top Vane aides …" had made a person "Top Vane", who took Vane's bare surname.
        let found = names("Top Ravel aides met. Neither Ravel nor Bo came.");
        assert!(
            found
                .iter()
                .all(|m| !m.name.starts_with("Top") && !m.name.starts_with("Neither")),
            "{found:#?}"
        );
    }

    #[test]
    fn that_before_a_name_is_a_conjunction_not_a_determiner() {
        let found = names("The one thing that Ann Lee loves is film.");
        assert_eq!(find(&found, "Ann Lee").kind, EntityKind::Person);
    }

    #[test]
    fn party_tags_in_every_form() {
        // (D-Utah), (D-La.), (D) of North Carolina
        let found = names(
            "Rep. Al Bo (D-Utah) and Rep. Cy Do (R-La.) met Sen. Ed Fo (D) of North Carolina.",
        );
        let bo = find(&found, "Al Bo");
        assert_eq!(
            (bo.party.as_deref(), bo.state.as_deref()),
            (Some("D"), Some("Utah"))
        );
        assert_eq!(find(&found, "Cy Do").state.as_deref(), Some("Louisiana"));
        let fo = find(&found, "Ed Fo");
        assert_eq!(
            (fo.party.as_deref(), fo.state.as_deref()),
            (Some("D"), Some("North Carolina"))
        );
    }

    #[test]
    fn a_state_after_of_is_the_persons_state_not_his_name() {
        // "Sen. Al Bo of Texas" made a person "Al Bo of Texas" with the alias "Sen. Texas".
        let found =
            names("Sen. Al Bo of Texas spoke. Rep. Cy Do of New York and Ed Fo of Ohio met.");
        assert_eq!(find(&found, "Al Bo").state.as_deref(), Some("Texas"));
        assert_eq!(find(&found, "Cy Do").state.as_deref(), Some("New York"));
        assert_eq!(find(&found, "Ed Fo").state.as_deref(), Some("Ohio"));
        assert!(found.iter().all(|m| !m.name.contains(" of ")), "{found:?}");
        // Nor is a town or a firm after a title and a name: "Mayor Cy Dee of Kempton" had been
        // a person with the alias "Kempton", which every later "Kempton" went to.
        let found = names("Mayor Cy Dee of Kempton met Rep. Ann Lam of KXL.");
        find(&found, "Cy Dee");
        find(&found, "Ann Lam");
        assert_eq!(find(&found, "KXL").kind, EntityKind::Organization);
        assert!(found.iter().all(|m| !m.name.contains(" of ")), "{found:?}");
        // Nor is a name after "for", which is no state ("Col. Al Bo for Cy Dee" had been one
        // person).
        let found = names("It shamed Col. Al Bo for Cy Dee to refuse, and Sen. Jo Kemp for Texas.");
        assert_eq!(find(&found, "Al Bo").title, Some("Col."));
        find(&found, "Cy Dee");
        assert_eq!(find(&found, "Jo Kemp").state, None);
        // An organization's word before "of" heads an organization a title's word opens.
        let found = names("He spoke to Future Presidents Organization of Dayton.");
        let org = "Future Presidents Organization of Dayton";
        assert_eq!(find(&found, org).kind, EntityKind::Organization);
    }

    #[test]
    fn a_party_tag_between_commas() {
        // "Rep. Al Bo, R-Pa., said": an AP-style party tag between commas
        let found = names("Rep. Al Bo, R-Pa., said so, and Sen. Cy Do, D-N.Y., agreed.");
        let bo = find(&found, "Al Bo");
        assert_eq!(
            (bo.party.as_deref(), bo.state.as_deref()),
            (Some("R"), Some("Pennsylvania"))
        );
        assert_eq!(find(&found, "Cy Do").state.as_deref(), Some("New York"));
    }

    #[test]
    fn a_plural_title_covers_the_list() {
        let found = names(
            "ads against Yellow Dog Reps. Al Bo (D-Utah), Cy Do (D-La.) and Ed Fo (D-Ga.) ran.",
        );
        for name in ["Al Bo", "Cy Do", "Ed Fo"] {
            assert_eq!(find(&found, name).title, Some("Rep."), "{name}");
        }
        assert!(found.iter().all(|m| m.name != "Yellow Dog"));
        let found = names("the deficits of Presidents Bo and Dee grew.");
        for name in ["Bo", "Dee"] {
            assert_eq!(find(&found, name).title, Some("President"), "{name}");
        }
    }

    #[test]
    fn organizations_by_word_connector_acronym_camel_case_and_domain() {
        let found = names(
            "The Service Workers International Union, Democracy for Tomorrow, the NWCC, ReachOut and ReachOut.org met.",
        );
        for name in [
            "Service Workers International Union",
            "Democracy for Tomorrow",
            "NWCC",
            "ReachOut",
            "ReachOut.org",
        ] {
            assert_eq!(find(&found, name).kind, EntityKind::Organization, "{name}");
        }
    }

    #[test]
    fn an_ampersand_between_capitalised_words_joins_one_organizations_name() {
        let found = names(
            "Ann Roe, a lawyer at Kemp & Vale, wrote for Harbor Fish & Game before she joined \
             Dayton Books & Media.",
        );
        for name in ["Kemp & Vale", "Harbor Fish & Game", "Dayton Books & Media"] {
            assert_eq!(find(&found, name).kind, EntityKind::Organization, "{name}");
        }
        // Not the pronoun "I", nor two given names, nor an ampersand glued to its words.
        assert_no_name(
            "Bo wrote: Mary & I agree. Mary & Ann left. The S.&P. index fell.",
            |name| name.contains('&'),
        );
    }

    #[test]
    fn a_title_made_past_by_then_opening_a_sentence_is_no_part_of_the_name() {
        let found = names("Then-Gov. Cy Dee signed it, and then-Sen. Al Bo did too.");
        assert_eq!(find(&found, "Cy Dee").written, "Cy Dee");
        find(&found, "Al Bo");
    }

    #[test]
    fn a_title_word_after_a_given_name_with_no_name_after_it_is_a_surname() {
        // Not a person "Jr." with the role "Ann Lee King", nor a person "Day".
        let found = names("As Ann Lee King Jr. said, it was the eve of Ann Lee King Day.");
        assert_eq!(find(&found, "Ann Lee King Jr.").role, None);
        assert_no_name("On Ann Lee King Day we rest.", |name| name == "Day");
        // A name after the title: "Charlotte" opens a place, and Mayor is her title.
        let found = names("Charlotte Mayor Ann Roe spoke.");
        assert_eq!(find(&found, "Ann Roe").title, Some("Mayor"));
    }

    #[test]
    fn a_sentence_word_before_a_surname_is_no_given_name() {
        // A participle opening the sentence, and a word the post writes in lower case before
        // a surname the post gives another given name.
        let text = "Al Bo won in Ohio. Young Bo supporters cheered, and the young crowd sang. \
                    Watching Roe on the stage, the crowd was loud.";
        assert_no_name(text, |name| ["Young Bo", "Watching Roe"].contains(&name));
        let found = names(text);
        assert_eq!(
            found.iter().filter(|m| m.name == "Bo").count(),
            1,
            "{found:#?}"
        );
        // A common word of the lexicon opening the sentence, though the post never writes it
        // in lower case ("Vintage Bo" had been a person).
        let text = "Al Bo won in Ohio. Vintage Bo showed up at the fair.";
        assert_no_name(text, |name| name == "Vintage Bo");
        find(&names(text), "Bo");
        // A place or a people's adjective anywhere ("Ohio Bo" had been a person).
        let text = "Al Bo won. Then Ohio Bo staffers and New York Bo fans cheered, and Kurdish \
                    Bo voters sang.";
        assert_no_name(text, |name| name != "Al Bo" && name != "Bo");
        // Not before anything but a role noun: it may be a given name the lexicon lacks.
        let found = names("Al Bo won. “We won,” said Kurdish Bo, his brother.");
        find(&found, "Kurdish Bo");
        // A given name the lexicon does not know stays, when the post names no other Lund.
        let found = names("Hope Lund spoke. We hope she wins. Lund left.");
        find(&found, "Hope Lund");
        // A particle opening the sentence is the surname's, written lower case elsewhere.
        let found = names("Mayor Ed de Vane spoke. De Vane left.");
        find(&found, "De Vane");
    }

    #[test]
    fn a_party_after_a_makes_a_comparison_not_a_mention() {
        let text = "Al Bo, who has been called a Republican Vane, spoke. Then the Republican Cy \
                    Dee spoke.";
        assert_no_name(text, |name| name.ends_with("Vane"));
        let found = names(text);
        assert_eq!(find(&found, "Cy Dee").party.as_deref(), Some("R"));
    }

    #[test]
    fn an_office_after_a_is_supposed_not_held() {
        let found = names("Nobody knows what a President Vane would do. Sen. Cy Dee spoke.");
        assert_eq!(find(&found, "Vane").title, None, "{found:#?}");
        assert_eq!(find(&found, "Cy Dee").title, Some("Sen."));
    }

    #[test]
    fn a_common_nouns_initials_alone_name_no_organization() {
        let text = "Al Bo said on TV that a super PAC met the FBI. Ledger TV agreed.";
        assert_no_name(text, |name| ["TV", "PAC"].contains(&name));
        let found = names(text);
        assert_eq!(find(&found, "FBI").kind, EntityKind::Organization);
        assert_eq!(find(&found, "Ledger TV").kind, EntityKind::Organization);
        // "a FOIA request", "a VIP pass" had made organizations.
        let text = "Al Bo filed a FOIA request and got a VIP pass for the HIV clinic.";
        assert_no_name(text, |name| ["FOIA", "VIP", "HIV"].contains(&name));
    }

    #[test]
    fn a_place_ending_makes_a_place_unless_a_given_name_opens_the_phrase() {
        // "an office overlooking Vela Bay": a person, Vela Bay, had been found.
        let found = names("From his office overlooking Vela Bay, Ann Bay saw Kemp Heights.");
        let people: Vec<&str> = found
            .iter()
            .filter(|m| m.kind == EntityKind::Person && !m.bare)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(people, ["Ann Bay"], "{found:#?}");
    }

    #[test]
    fn shows_films_causes_columns_and_places_are_no_people() {
        let found = names(
            "Al Bo hosted Friday Night Laughs. Fans of Moon Wars and Blue Votes Matter met at \
             Cedar Point. In the Harbor Scene column, Ann Roe wrote. The Farmers Front won. \
             Lakeview Prison, Old Hollywood and Cy Dee Olympics were shown. Kemp Vale Pact \
             failed. Vela Atoll sank. Lund Vane Symposium closed. Dear Jim, I wrote.",
        );
        let people: Vec<&str> = found
            .iter()
            .filter(|m| m.kind == EntityKind::Person && !m.bare)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(people, ["Al Bo", "Ann Roe"], "{found:#?}");
        assert_eq!(find(&found, "Farmers Front").kind, EntityKind::Organization);
        // Causes, orders and programs are things; publishers, shows and firms organizations.
        let found = names(
            "Al Bo praised Urban Renewal Development, the Civil Rights march, a Clean Water \
             Order and the Open Data System. Harbor Books, Dayton Sports Live and Lakeview \
             Communications agreed. The Lund Loans Arena hosted the Vick Marathon. Roman \
             Catholic leaders met. Harbor Stores closed. Lakeview Heights voters, the Vane \
             Institution and the Harbor Corps met. So did South Korean diplomats. Lund \
             Brothers, Vane Resources, Cedar Ventures and the Harbor Museum agreed. Kemp \
             Energy, Vale Healthcare and Lund Insurance sued in the Ninth Circuit.",
        );
        let people: Vec<&str> = found
            .iter()
            .filter(|m| m.kind == EntityKind::Person && !m.bare)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(people, ["Al Bo"], "{found:#?}");
        for name in [
            "Harbor Books",
            "Dayton Sports Live",
            "Lakeview Communications",
            "Harbor Stores",
            "Vane Institution",
            "Harbor Corps",
            "Lund Brothers",
            "Vane Resources",
            "Cedar Ventures",
            "Harbor Museum",
            "Kemp Energy",
            "Vale Healthcare",
            "Lund Insurance",
            "Ninth Circuit",
        ] {
            assert_eq!(find(&found, name).kind, EntityKind::Organization, "{name}");
        }
    }

    #[test]
    fn a_name_ends_with_its_sentence() {
        // "in Peoria, Ill. Kemp met her" had made a person "Ill. Kemp".
        assert_no_name("She grew up in Peoria, Ill. Kemp met her there.", |n| {
            n.starts_with("Ill")
        });
    }

    #[test]
    fn lower_case_words_ending_in_a_role_noun_before_a_name_are_the_persons_role() {
        // "White House press secretary Ann Roe", "campaign manager Cy Dee" had no role.
        let found = names(
            "White House press secretary Ann Roe spoke. Later, campaign manager Cy Dee and \
             Democratic strategist Lu Vane agreed, as Harbor Watch spokesman Al Fry said. Bo \
             thanked Ed Lund, a senior fellow at the institute, and chose to back fellow Jo Kemp.",
        );
        assert_eq!(
            find(&found, "Ann Roe").role.as_deref(),
            Some("White House press secretary")
        );
        assert_eq!(
            find(&found, "Cy Dee").role.as_deref(),
            Some("campaign manager")
        );
        assert_eq!(
            find(&found, "Ed Lund").role.as_deref(),
            Some("senior fellow at the institute")
        );
        assert_eq!(find(&found, "Jo Kemp").role, None);
        let vane = find(&found, "Lu Vane");
        assert_eq!(vane.role.as_deref(), Some("Democratic strategist"));
        assert_eq!(vane.party.as_deref(), Some("D"));
        assert_eq!(
            find(&found, "Al Fry").role.as_deref(),
            Some("Harbor Watch spokesman")
        );
        // A verb or a pronoun before the noun is none of the role; a body's noun, a plural,
        // or a lone noun after an article heading a clause gives none.
        let found = names(
            "The party hired campaign manager Al Fry. Her husband Jo Kemp came, as did the \
             advocacy group Harbor Pink. Bo met reporters Ed Lund and Cy Dee, and the candidate \
             Ann Roe endorsed won.",
        );
        assert_eq!(
            find(&found, "Al Fry").role.as_deref(),
            Some("campaign manager")
        );
        for name in ["Jo Kemp", "Harbor Pink", "Ed Lund", "Ann Roe"] {
            assert_eq!(find(&found, name).role, None, "{name}");
        }
    }

    #[test]
    fn capitalised_words_before_a_given_name_and_a_surname_are_the_persons_role() {
        // "Ku Klux Klan Grand Wizard …" and "Navy SEAL …" had been part of people's names.
        let found = names("Harbor Watch Grand Wizard Carl Ames met Navy SEAL Ann Lee Jr.");
        assert_eq!(
            find(&found, "Carl Ames").role.as_deref(),
            Some("Harbor Watch Grand Wizard")
        );
        assert_eq!(
            find(&found, "Ann Lee Jr.").role.as_deref(),
            Some("Navy SEAL")
        );
        // A party's word ending them is the person's party.
        let found = names("Bo met House Harbors Republican Carl Ames.");
        let ames = find(&found, "Carl Ames");
        assert_eq!(ames.role.as_deref(), Some("House Harbors"));
        assert_eq!(ames.party.as_deref(), Some("R"));
        // After an article the run is a thing's name, and a thing's word ends no name.
        assert_no_name("They met at the Dayton House Ann Lee briefing room.", |n| {
            n == "Ann Lee"
        });
        let found = names("Bo paid, and Harbor Watch Grand Ann Lee Foundation paid.");
        assert_eq!(
            find(&found, "Harbor Watch Grand Ann Lee Foundation").kind,
            EntityKind::Organization
        );
    }

    #[test]
    fn a_title_of_a_work_names_no_one() {
        // "the sitcom “Gilmore Lads”", "on Friday’s “Roe Tonight”" had made people.
        let text = "She named the sitcom “Gilmore Lads” as her favourite, and Bo told WXYZ’s \
                    “Dee Morning” on Friday that he agreed.";
        assert_no_name(text, |n| n.contains("Gilmore") || n.contains("Dee"));
    }

    #[test]
    fn a_title_in_title_case_keeps_only_the_names_the_post_gives_outside_it() {
        let text = "Al Vane joins a growing list of critics. Roe sent an email titled “Speaker Al \
                    Vane Joins Growing List of Critics.” Her very merry ads, “A Very Vane \
                    Christmas,” ran too.";
        let people: Vec<String> = names(text)
            .into_iter()
            .filter(|m| !m.bare)
            .map(|m| m.name)
            .collect();
        assert_eq!(people, ["Al Vane", "Al Vane"]);
        // Words spoken keep their names, even with a capitalised common word: they are no
        // title.
        let text = "Al Vane spoke. “The List had Ann Roe and Cy Dee on it, and it grew longer,” \
                    he said. The list grew.";
        let people: Vec<String> = names(text)
            .into_iter()
            .filter(|m| !m.bare)
            .map(|m| m.name)
            .collect();
        assert_eq!(people, ["Al Vane", "Ann Roe", "Cy Dee"]);
    }

    #[test]
    fn a_name_garbled_by_a_wrong_encoding_is_repaired() {
        // Once ("JuliÃ¡n"), twice ("Fran\u{c3}\u{83}\u{c2}\u{a7}ois"), once and decomposed
        // ("NuA\u{303}\u{b1}ez", "Ã" as "A" and a combining tilde); a name that does not
        // decode stays as written ("TomÃ" is cut short).
        let found = names(
            "JuliÃ¡n Roe met Fran\u{c3}\u{83}\u{c2}\u{a7}ois Vane and SÃ© Lund, not TomÃ Kemp \
             or Ida NuA\u{303}\u{b1}ez.",
        );
        let people: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            people,
            [
                "Julián Roe",
                "François Vane",
                "Sé Lund",
                "TomÃ Kemp",
                "Ida Nuñez"
            ]
        );
    }

    #[test]
    fn a_name_ends_where_words_run_together() {
        let found = names("Posted by Ann RoeFlagShareLikeReplyCy Dee today.");
        let people: Vec<&str> = found
            .iter()
            .filter(|m| !m.bare)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(people, ["Ann Roe", "Cy Dee"], "{found:#?}");
    }

    #[test]
    fn countries_are_places_not_people() {
        for text in [
            "He flew from Saudi Arabia to South Korea and met Al Bo there.",
            // A state of the past too: "Nazi Germany" had been a person.
            "He likened the plan to Nazi Germany, said Al Bo.",
            // And a territory: "American Samoa" had been a person.
            "Al Bo won American Samoa. American Samoa sends six delegates.",
            // And a capital, or a city in the news.
            "Al Bo flew from Baton Rouge to Kuala Lumpur. Kuala Lumpur welcomed him.",
            // And a province, a part of the world, or a place a place's prefix opens:
            // "Nova Scotia" had been a person.
            "Nova Scotia's ferry fee rose, said Al Bo. Central Asia watched. So did Cape \
             Vela, N. Korea and Washington D.C. voters.",
        ] {
            let found = names(text);
            assert!(
                found
                    .iter()
                    .all(|m| m.kind != EntityKind::Person || m.name == "Al Bo"),
                "{found:#?}"
            );
        }
    }

    #[test]
    fn a_particle_joined_to_a_surname_is_no_brand() {
        // A surname met alone.
        let found = names("Later McArdle met DeVane, and ReachOut paid.");
        for name in ["McArdle", "DeVane"] {
            assert_eq!(find(&found, name).kind, EntityKind::Person, "{name}");
        }
        assert_eq!(find(&found, "ReachOut").kind, EntityKind::Organization);
    }

    #[test]
    fn a_particle_hyphened_to_a_surname_stays_in_the_name() {
        // "the poet Samir al-Rashid, who lives in Dayton": one name, not "Samir" alone.
        let found = names("The poet Samir al-Rashid, who lives in Dayton, spoke. Bo ran.");
        assert_eq!(find(&found, "Samir al-Rashid").kind, EntityKind::Person);
        assert_eq!(hyphened_surname("el-Amin"), Some("Amin"));
        assert_eq!(hyphened_surname("al-"), None);
        assert_eq!(hyphened_surname("well-Known"), None);
        assert_eq!(hyphened_surname("al-qaida"), None);
    }

    #[test]
    fn an_and_inside_an_organizations_name_stays_in_it() {
        // "the House Docks and Piers Committee" had been "Piers Committee" and nothing.
        let found = names(
            "The Harbor and Canal Commission met the House Docks and Piers Committee and \
             the Office of Ferries and Budget. Roe thanked the Department of Housing and \
             Urban Renewal and the Center for Docks and Piers.",
        );
        for org in [
            "Harbor and Canal Commission",
            "House Docks and Piers Committee",
            "Office of Ferries and Budget",
            "Department of Housing and Urban Renewal",
            "Center for Docks and Piers",
        ] {
            assert_eq!(find(&found, org).kind, EntityKind::Organization, "{org}");
        }
        // One capitalised common word before "and" names nothing alone: "Traffic
        // Enforcement" had been the name. A given name is no common word.
        let found = names("The mayor told Parking and Traffic Enforcement to stop towing.");
        let org = "Parking and Traffic Enforcement";
        assert_eq!(find(&found, org).kind, EntityKind::Organization);
        let found = names("The mayor thanked Rose and Kemp Fund for their help.");
        find(&found, "Kemp Fund");
        // Nor is a sentence word.
        let found = names("Roe spoke. Yesterday and Kemp Fund staff came.");
        find(&found, "Kemp Fund");
        // Two names: after an organization's word, before an article, a place, a second
        // "and" or a name going on past "of".
        let found = names(
            "Bo thanked the House and Senate, the Ledger Group and Dayton Committee, the Kemp \
             Fund and The Ledger, the University of Dayton and Harbor College, the Alliance \
             for Fair Pay and The Ledger, and the Society of Ann Fans and Society of Bo Fans.",
        );
        for name in [
            "House",
            "Senate",
            "Ledger Group",
            "Dayton Committee",
            "Kemp Fund",
            "Harbor College",
            "Alliance for Fair Pay",
            "Society of Bo Fans",
        ] {
            find(&found, name);
        }
        assert_no_name(
            "The Board of Canals and Docks and Piers Commission met.",
            |name| name.matches(" and ").count() > 1,
        );
    }

    #[test]
    fn determiners_places_and_things_are_not_people() {
        // staffers in the Green Room; call their Member of Congress; The Rachel Roe Show
        let found = names(
            "Staff in the East Hall called their Member of Congress about the Clean Air Act.",
        );
        // "Staff" opens the sentence: at most a bare candidate, never a person by itself.
        assert!(
            found.iter().all(|m| m.kind != EntityKind::Person || m.bare),
            "{found:#?}"
        );
        assert!(found
            .iter()
            .any(|m| m.name == "Congress" && m.kind == EntityKind::Organization));
    }

    #[test]
    fn a_full_name_modifying_a_noun_after_an_article_is_a_person_named_again() {
        // "at a Will Ames rally here. … Ames was on TV": the rally's namesake is Will Ames.
        let found = names("Roe spoke at a Will Ames rally here. Later Ames was on TV.");
        assert_eq!(find(&found, "Will Ames").kind, EntityKind::Person);
        // Named once, or with a thing word, it stays the thing's name.
        for text in [
            "Roe spoke at a Will Ames rally here.",
            "Roe signed the Ann Statement text. The Statement was long.",
        ] {
            assert_no_name(text, |name| {
                name.starts_with("Will") || name.starts_with("Ann")
            });
        }
    }

    #[test]
    fn shouted_runs_and_runs_with_sentence_or_thing_words_are_not_people() {
        // "CAPITOL HAS SPOKEN", "Morning Today Show", "Alma Vega Plaza"
        let found =
            names("Then CAPITOL HAS SPOKEN and Morning Today Show aired from Alma Vega Plaza on Streamline Friday.");
        assert!(
            found.iter().all(|m| m.kind != EntityKind::Person || m.bare),
            "{found:#?}"
        );
    }

    #[test]
    fn a_pronoun_with_its_verb_and_a_compass_district_name_no_one() {
        // "We’re Dayton" had been a person; so had "Southeast Dayton".
        let found = names("“We’re Dayton people,” he said of Southeast Dayton.");
        assert!(
            found.iter().all(|m| m.kind != EntityKind::Person || m.bare),
            "{found:#?}"
        );
    }

    #[test]
    fn a_run_ending_in_an_adjective_names_no_one() {
        // "Gubernatorial" and "Republican" describe the person after them; "Green" is a party
        // and a surname.
        let found = names("Republican Gubernatorial candidate Sen. Al Bo met Grant Green.");
        assert!(found.iter().all(|m| !m.name.contains("Gubernatorial")));
        assert_eq!(find(&found, "Al Bo").title, Some("Sen."));
        assert_eq!(find(&found, "Grant Green").kind, EntityKind::Person);
    }

    #[test]
    fn a_thing_word_that_is_a_surname_ends_a_given_names_name() {
        // "Law" ends "the Farm Law" as a thing, and "Ann Law" as a person.
        let found = names("On Labor Day, Ann Law spoke against the Farm Law.");
        assert_eq!(find(&found, "Ann Law").kind, EntityKind::Person);
        assert!(found.iter().all(|m| m.kind != EntityKind::Person
            || !m.name.contains("Farm") && !m.name.contains("Labor")));
    }

    #[test]
    fn a_given_name_opening_a_name_is_no_thing_word() {
        // "Bill" opens a name; "the Farm Bill" is still a thing.
        let found = names("Later Bill Ostrand met Ann Roe about the Farm Bill.");
        assert_eq!(find(&found, "Bill Ostrand").kind, EntityKind::Person);
        assert!(found
            .iter()
            .all(|m| !m.name.contains("Farm") || m.kind != EntityKind::Person));
    }

    #[test]
    fn sentence_words_come_off_a_names_front() {
        let found = names("But Ezra Roe noted it. Last week, Lugo left.");
        assert_eq!(find(&found, "Ezra Roe").kind, EntityKind::Person);
        assert!(find(&found, "Lugo").bare);
        assert!(found.iter().all(|m| m.name != "Last"));
    }

    #[test]
    fn appositions_give_roles() {
        let found = names("ReachOut’s executive director, Jan Ruiz, said no. Hugh Hill, a doctor at the clinic, agreed.");
        assert_eq!(
            role(&found, "Jan Ruiz"),
            Some("executive director of ReachOut")
        );
        assert_eq!(role(&found, "Hugh Hill"), Some("doctor at the clinic"));
        // A verb makes the words after the comma a clause, unless it follows "who".
        let found = names(
            "For Ann Lee, the Bo campaign was the first time she voted. Cy Dee, the pollster who \
             is president of the firm, agreed.",
        );
        assert_eq!(role(&found, "Ann Lee"), None);
        assert_eq!(
            role(&found, "Cy Dee"),
            Some("pollster who is president of the firm")
        );
        // So does a past form right after the head noun, or a word closing the sentence
        // after the noun alone; not a participle or an adjective with its preposition.
        let found = names(
            "Most voters dislike Al Bo, the poll found. As Bo mocked Ann Roe, the crowd \
             members chanted, “Go home!” Against Roe, the Ohio governor earned most votes. Cy \
             Dee, a lawyer representing the family, and Ed Lund, an aide close to the mayor, \
             spoke.",
        );
        assert_eq!(role(&found, "Al Bo"), None);
        assert_eq!(role(&found, "Ann Roe"), None, "{found:#?}");
        assert_eq!(
            role(&found, "Cy Dee"),
            Some("lawyer representing the family")
        );
        assert_eq!(role(&found, "Ed Lund"), Some("aide close to the mayor"));
    }

    #[test]
    fn a_news_outlets_possessive_makes_a_reporter() {
        let found = names("The Daily Ledger‘s Ann Roe reported it.");
        assert_eq!(
            find(&found, "Ann Roe").role.as_deref(),
            Some("Daily Ledger reporter")
        );
        assert_eq!(find(&found, "Daily Ledger").kind, EntityKind::Organization);
    }

    #[test]
    fn a_state_before_an_office_title_is_the_holders() {
        let found =
            names("New Jersey Gov. Al Bo met Texas Sen. Jo Kemp and Yellow Dog Sen. Cy Dee.");
        assert_eq!(find(&found, "Al Bo").state.as_deref(), Some("New Jersey"));
        assert_eq!(find(&found, "Jo Kemp").state.as_deref(), Some("Texas"));
        assert_eq!(find(&found, "Cy Dee").state, None);
    }

    #[test]
    fn a_plural_apostrophe_after_a_given_name_ends_the_persons_name() {
        // "Sen. Al Quillens’ College Fund plan" had made one person of it all.
        let found = names("Sen. Al Quillens’ College Fund plan would cost a lot.");
        assert_eq!(find(&found, "Al Quillens").kind, EntityKind::Person);
        assert_eq!(find(&found, "College Fund").kind, EntityKind::Organization);
        // A group's plural goes on into its organization's name.
        let found = names("The Dayton Nurses’ Association met.");
        assert_eq!(
            find(&found, "Dayton Nurses’ Association").kind,
            EntityKind::Organization
        );
        // "Any" opens a sentence, never a name.
        assert_no_name("Any Questions were asked.", |name| name.contains("Any"));
    }

    #[test]
    fn a_plural_title_gives_the_singular_role() {
        // "followed by Justices Ann B. Roe, …" had given her the role "justices".
        let found = names("The court changed, followed by Justices Ann B. Roe, Cy Dee and Bo.");
        assert_eq!(role(&found, "Ann B. Roe"), Some("Justice"));
    }

    #[test]
    fn a_title_written_in_title_case_is_a_title() {
        let found = names("Later, former City Hall Chief Of Staff Cy Vane pressured them.");
        let vane = find(&found, "Cy Vane");
        assert_eq!(vane.role.as_deref(), Some("City Hall Chief Of Staff"));
    }

    #[test]
    fn acronyms_in_a_role_are_organizations() {
        let found = names("NWCC Chair Chris Van Holt warned them.");
        assert_eq!(
            find(&found, "Chris Van Holt").role.as_deref(),
            Some("NWCC Chair")
        );
        assert_eq!(find(&found, "NWCC").kind, EntityKind::Organization);
    }

    #[test]
    fn a_lone_name_after_a_role_noun_is_a_person() {
        let found = names("On the first night, the mayor’s wife, Anna, will speak. Lugo left.");
        assert!(!find(&found, "Anna").bare);
        // A lone word elsewhere is still only a candidate.
        assert!(find(&found, "Lugo").bare);
    }

    #[test]
    fn a_quoted_nickname_joins_the_two_halves_of_a_name() {
        let found = names("Jose “Pepe” Marquez of Dayton carried a photo.");
        let jose = find(&found, "Jose Marquez");
        assert!(!jose.bare && jose.kind == EntityKind::Person);
        assert!(found.iter().all(|m| m.name != "Pepe"));
        // A describing word before the given name stays out, and a title and tag stay on.
        let found =
            names("Marine John “Tig” Tiegen and state Del. Ana “Nana” Ruiz (D-Ohio) spoke.");
        assert_eq!(find(&found, "John Tiegen").written, "John Tiegen");
        let ana = find(&found, "Ana Ruiz");
        assert_eq!((ana.title, ana.party.as_deref()), (Some("Del."), Some("D")));
    }
}

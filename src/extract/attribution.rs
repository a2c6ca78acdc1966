//! Who said each quotation, with which cue, about whom, and whether it is speech, a quoted
//! phrase or a scare quote.
//!
//! A quotation's frame is the rest of its sentence (for a nested quotation, the rest of its
//! sentence inside the outer one). The speaker is found in this order, each with the shape
//! that motivated it:
//! 1. right after the quotation: `“…,” Roe said`, `“…,” said Roe`, `“…,” Hugh Hill, a doctor,
//!    said`, `“…,” according to Roe`, `“…,” as Roe put it`, `“…” ― Ann Roe`, a sentence that
//!    is nothing but the attribution (`“…?” Roe asked.`, `“… missing.” Roe said.`), or a
//!    signature on the line under a quotation that opens its paragraph (`- Ann Roe,
//!    Philadelphia.`);
//! 2. the nearest cue before it: `Roe said, “…”`, `An aide … tells the Ledger: “…”`, `As Roe
//!    noted, …: “…”`, `Roe called the plan “…”`, `according to Roe, “…”`; a cue with no subject
//!    of its own (`…, adding, “…”`) keeps the sentence's speaker; a past cue opening the
//!    sentence is inverted (`Said Roe, who grew up nearby, “…”`); a cue inside an adverbial
//!    clause closed by a comma gives way to the main clause's (`Roe said that when Bell
//!    railed against banks, “…”`), and so does a cue before an owned speech noun whose clause
//!    the quotation opens (`Bo mocked Roe’s claim that Dee “founded the gang”`);
//! 3. a colon after a subject with no cue: `Roe put it this way: “…”`, `A Lesson From Roe:
//!    ‘…’`; a name alone between a dash and the colon comes before all the rest (`Polls
//!    agree - Roe: “…”`); with no cue or colon, a speech noun's owner (`Roe's claim that
//!    “…”`, `his comment Monday that “…”`);
//! 4. a quotation standing alone as a sentence goes on from the speaker of the quotation or
//!    attributing sentence just before it (`“…,” Roe said. “…”`);
//! 5. a phrase quoted in a sentence whose subject names a person or organization of the post
//!    is theirs, whatever the verb (`Roe openly admires the general as a “strong leader”`);
//! 6. four or more words quoted in the writer's sentence, with no cue of their own, go on with
//!    the speaker of their paragraph (`Unless rivals quit, “it's very hard to see …”`).
//!
//! A quotation closed by a comma and followed by a few words and a cue to the sentence's end is
//! speech even when those words name no person (`“…,” said the ruling.`, `“…,” it added.`); so
//! is a whole sentence quoted after a colon, whoever said it (`… shown by this finding: “40
//! firms reported …”`).
//!
//! A cue whose subject is a common noun that names no person (`… shootings and protests demands
//! that “…”`, `the museum would tell of “…”`) gives way to a named reporter before it in the
//! sentence (`Roe said …`). A cue word after a determiner, a quantifier (`a few questions`) or
//! a name led by "a" (`a Roe tweet`) is a noun; one in the infinitive (`authorized to speak`)
//! reports nothing. A passive cue (`was told`, `has been called “…” by Roe`) speaks for its
//! agent after "by", or for no one named, and gives way to an active cue before it (`Roe argued
//! that the losses could be blamed on “…”`).
//!
//! A speaker phrase is a noun phrase (`the note says`, `the unsigned opinion said`: a cue word
//! used as a noun and a participle after a determiner belong to it) whose head stands next to
//! the cue, past adverbs and auxiliaries (`Roe also said`), a party tag, an apposition or a
//! participle's object (`students marching across the campus chanted`). It resolves to a
//! named person or organization of the post, a pronoun's antecedent, a role (`the party chair`,
//! learned from `Party Chair Ray Holt`), the one named before a document noun (`the Fund's
//! report stated`, `Roe’s email to supporters notes`), or stays a description as written (`A
//! campaign official`). A pronoun stands for the most salient fitting person: in its own
//! sentence, the subject of a reporting verb (`Cross said he …`), else the first person named;
//! else the speaker just quoted (a quotation inside another is no new speaker), else the
//! reporter of an earlier sentence (`Roe won the room, Bo said. “…,” he said.`: Bo), else its
//! subject; never further back than the paragraph before, unless a
//! pronoun of the same gender there carries an earlier antecedent on (`Roe … / Instead, the
//! senator stuck to her message. / “…,” she said.`). An earlier sentence led by such a
//! pronoun passes on its antecedent, not the people it names (`Roe hosts a show. He has known
//! Bo for years. He has called …`: Roe). "It" stands for no one.
//!
//! A quotation is `speech` when it stands as what was said (it starts the sentence, or follows
//! a cue, comma or colon and starts with a capital); `partial` when it is a phrase inside the
//! writer's sentence (`Roe called their plans “a reckless gamble.”`); `scare` when nothing
//! attributes it, or when it is a word or two modifying the next word (`“real” tax reform`,
//! `“moderate” members`).
//!
//! Its targets are the people and organizations named inside it, and the groups of the
//! sentence before when its frame says `their`/`them`; never its speaker.

use std::collections::HashMap;
use std::ops::{Range, RangeInclusive};

use super::entities::{gendered_pronoun, Placed, Roster};
use super::lexicon::{
    is_common_word, is_people_plural, is_place_name, is_singular_role_noun, is_year_or_month,
    state_named, words_ending_cue, MultiWords, ARTICLES, AUXILIARIES, BE_FORMS, CALENDAR_WORDS,
    CONTINUING_CUES, CONTRACTIONS, CUE_IDIOMS, CUE_PHRASES, CUE_VERBS, DOCUMENT_NOUNS,
    FUNCTION_WORDS, GIVEN_NAMES, GROUP_ADJECTIVES, INSTITUTION_NOUNS, IRREGULAR_VERB_FORMS,
    MAKE_FORMS, NON_NAMES, NON_PERSON_WORDS, ORGANIZATION_WORDS, PEOPLE_PLURAL_ENDINGS,
    PHRASE_PREPOSITIONS, PRONOUNS, RELATIVE_PRONOUNS, REPORTING_VERBS, ROLE_NOUNS, SPEECH_NOUNS,
    TIME_PERIODS, TITLES,
};
use super::names::{
    comma_party_tag, describes_a_person, ends_in_adjective, is_acronym, is_capitalised,
    is_compound_adjective, is_letter_compound, is_sentence_word, is_title_of_work, names_a_thing,
    opens_with_given_name, possessive_stem, state_after_party_tag, CONNECTORS, PLACE_PREPOSITIONS,
};
use super::quotes::QuotedSpan;
use super::text::{is_dash, Doc, TokenKind};
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
    "did",
    "does",
    "do",
    "never",
    "often",
    "always",
    "usually",
    "sometimes",
    "again",
    "still",
    "first",
    "now",
    "even",
    "just",
    "already",
    "once",
    "earlier",
    "long",
    "is",
    "was",
    "were",
    "are",
    "am",
    "reportedly",
    "recently",
    "previously",
    "further",
    "each",
    "both",
];
/// Words a cue takes as the whole of what was said: "Melanie said yes".
const SAID_OBJECTS: &[&str] = &["yes", "no", "so", "nothing", "hello", "goodbye", "thanks"];
/// Nouns that name a quoted expression: "used the phrase “radical extremism” often".
const EXPRESSION_NOUNS: &[&str] = &["phrase", "term", "word", "words", "slogan", "line"];
/// Determiners: a noun phrase starts with one; a cue word after one is a noun ("a call").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "his", "her", "their", "its", "our", "my", "your", "one", "another",
];
/// Number words: like quantifiers, and after "the" a subject of their own ("the two write").
const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
];
/// Whether a lower-cased word is a quantifier or a number word.
fn is_quantifier(word: &str) -> bool {
    QUANTIFIERS.contains(&word) || NUMBER_WORDS.contains(&word)
}
/// Endings of words that open a sentence capitalised but name no one: participles, adverbs,
/// peoples ("Russian"), and plurals ("Proponents", "Authorities"; with
/// [`PEOPLE_PLURAL_ENDINGS`], "Analysts", "Russians").
const COMMON_WORD_ENDINGS: &[&str] = &[
    "ing", "ed", "ly", "ian", "ions", "ives", "ents", "ants", "ities",
];
/// Words (an adverb, a particle, an object) that may stand between a cue and the comma
/// introducing its quotation: "writes back, “…”", "telling her, “…”".
const MAX_INTRODUCING_WORDS: usize = 2;
/// Quantifiers: a cue word after one is a plural noun ("a few questions", "several reports").
/// "same" always takes a noun too ("struck the same notes").
const QUANTIFIERS: &[&str] = &[
    "same",
    "few",
    "many",
    "several",
    "some",
    "more",
    "most",
    "no",
    "these",
    "those",
    "such",
    "other",
    "fewer",
    "numerous",
    "various",
    "multiple",
    "countless",
];
/// Prepositions whose object, in a phrase opening the sentence, is someone other than the
/// subject after it: "In an interview with Roe, he said".
const FRONTED_PREPOSITIONS: &[&str] = &[
    "with", "to", "for", "by", "from", "about", "against", "toward", "towards",
];
/// Prepositions opening a sentence's phrase, whose object is out of the main clause: a name
/// in "Regarding Bo's speech, Roe shared her view" yields to Roe as a pronoun's antecedent.
/// Not "for" or "to", which name whose view the sentence gives ("For Bo, the plan is …").
const OPENING_PREPOSITIONS: &[&str] = &[
    "regarding",
    "following",
    "during",
    "despite",
    "amid",
    "in",
    "at",
    "on",
    "with",
    "from",
    "about",
    "against",
    "like",
    "unlike",
    "over",
    "under",
    "without",
    "among",
    "beyond",
];
/// Prepositions after which a cue word is a noun: "the secretary of state", "asked for comment".
const NOUN_PREPOSITIONS: &[&str] = &[
    "of", "for", "with", "without", "about", "from", "by", "on", "in", "at", "into", "over",
    "amid", "despite",
];
/// Prepositions after a participle inside a subject: "protesters marching through the
/// streets", "a source speaking to the Ledger".
const PARTICIPLE_PREPOSITIONS: &[&str] = &[
    "to", "through", "with", "on", "in", "at", "for", "from", "about", "into", "outside", "near",
    "across", "around", "along", "before",
];
/// Appositions skipped between a speaker and the cue.
const MAX_APPOSITIONS: usize = 3;
/// Most words of a head before its apposition opening a sentence: "Bell's niece, Ana Ruiz, …",
/// "Campaign for Fair Rents’s executive director, Ann Roe, …".
const MAX_APPOSITION_HEAD: usize = 8;
/// Words that open a clause: the subject of a clause's verbs follows one ("when Roe …").
const CLAUSE_OPENERS: &[&str] = &[
    "when", "that", "while", "after", "before", "because", "since", "as", "if", "though",
    "although", "where", "but", "why",
];
/// Most words in a phrase of place or time between a speech noun and its "that": "Bo's
/// suggestion at the last debate that …".
const MAX_OWNED_PHRASE: usize = 4;
/// Words of a speaker's name labelling a transcript's paragraph: "Ann B. Roe:".
const MAX_LABEL_WORDS: usize = 3;
/// Conjunctions that join a clause with a subject of its own after a comma: "Bo signed it, while
/// Roe balked".
const JOINING_CONJUNCTIONS: &[&str] = &["while", "whereas", "but", "and"];
/// Conjunctions that may open a sentence before its clause: "So while attacking …, she …".
const OPENING_CONJUNCTIONS: &[&str] = &["and", "but", "so"];
/// Words opening an adverbial clause: a cue inside one, closed by a comma before the quotation,
/// does not report it ("Roe said that when Bell railed against banks, “…”" is Roe's).
const SUBORDINATORS: &[&str] = &[
    "when", "whenever", "while", "if", "because", "although", "though", "after", "before", "since",
    "once", "unless", "until",
];
/// Words joining a participle cue to the clause whose subject speaks: "Roe dodged questions
/// before saying", "Roe rallied voters by warning", "then she went on air for calling", "Roe
/// struck down the rule, as well as ruling that …".
const PARTICIPLE_LINKS: &[&str] = &[
    "by", "for", "before", "after", "while", "when", "in", "without", "as", "well",
];
/// Cues that give a name: right after a thing, the quotation is what it is called ("a class
/// called “Perception”").
const NAMING_CUES: &[&str] = &["called", "named", "dubbed", "labeled", "labelled"];
/// Cues whose object is the listener, never the speaker: "told the Ledger", "tells the paper".
const LISTENER_CUES: &[&str] = &["told", "tells", "tell", "telling"];
/// Words of a frame that point back to the groups of the sentence before.
const GROUP_REFERENCES: &[&str] = &["their", "them", "they"];
/// Longest speaker phrase, in tokens.
const MAX_PHRASE: usize = 8;
/// Longest span from a quotation to its cue across an apposition: "“…,” Leonard Roe, director
/// of the … Center, said".
const MAX_APPOSITION: usize = 40;
/// How far before a quotation its cue is looked for, in tokens.
const MAX_LOOKBACK: usize = 80;
/// How many sentences back a pronoun's antecedent is looked for.
const MAX_ANTECEDENT_SENTENCES: usize = 5;
/// How many pronouns a pronoun's antecedent is followed back through ("she … her … She said").
const MAX_PRONOUN_LINKS: usize = 3;
/// Shorter capitalised words in -ed or -ing are names as often as participles ("Ted", "Ming").
const MIN_OPENING_PARTICIPLE_LEN: usize = 5;
/// Most words of the "of" phrase after a role noun: "the secretary of state", "the chairman of
/// the water board".
const MAX_OF_WORDS: usize = 3;
/// Most words from an owning pronoun to the name it describes ("his cousin Al Bo").
const MAX_OWNED_WORDS: usize = 3;
/// How many sentences a quoted speaker stays the likeliest antecedent of a pronoun.
const SPEAKER_SALIENCE_SENTENCES: usize = 3;
/// A scare quote modifying a noun has at most this many words: “real” tax reform.
const MAX_MODIFIER_WORDS: usize = 2;
/// Words of a quotation, after a colon, that make it speech even in lower case.
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
    /// A speaker phrase and the cue, as token ranges.
    Phrase(Range<usize>, Range<usize>),
    /// A cue without a subject of its own: the sentence's speaker said it too.
    CueOnly(Range<usize>),
    /// A passive cue: its subject was spoken to or about; the speaker, if any, is the agent
    /// after "by" ("has been called “…” by Roe").
    Passive(Range<usize>),
    /// A name given to a thing, no one's words: "a class called “Perception”".
    Name,
}

/// The speaker last quoted, and where.
#[derive(Debug, Clone)]
struct LastSpeaker {
    /// None when the quotation was attributed to someone the post does not name ("she said").
    speaker: Option<Speaker>,
    sentence: usize,
    /// Its paragraph's place among the paragraphs of prose ([`Doc::prose_paragraph`]).
    paragraph: usize,
}

/// What attributing one document needs at every quotation.
struct Attributor<'d, 'r, 't> {
    doc: &'d Doc<'t>,
    roster: &'r mut Roster,
    /// The post's author, whom "I" outside quotations names: "“…,” I told the mayor."
    author: Option<usize>,
    genders: Vec<Option<char>>,
    last: Option<LastSpeaker>,
    /// The speaker of each sentence that attributes without quoting, by sentence.
    sentence_speakers: HashMap<usize, Speaker>,
    /// The speaker entity of each quotation attributed so far, by quotation.
    quote_speakers: Vec<Option<usize>>,
}

/// Attributes every quotation of `doc`, in order. People met only as speakers ("Burman said")
/// join the roster.
pub fn attribute_quotes(doc: &Doc, roster: &mut Roster, author: Option<usize>) -> Vec<Attribution> {
    let genders = learned_genders(doc, roster);
    let mut attributor = Attributor {
        doc,
        roster,
        author,
        genders,
        last: None,
        sentence_speakers: HashMap::new(),
        quote_speakers: Vec::with_capacity(doc.quotes.len()),
    };
    attributor.sentence_speakers = attributor.sentence_speakers();
    let mut attributions: Vec<Attribution> = (0..doc.quotes.len())
        .map(|q| {
            let attribution = attributor.attribute(q);
            let entity = attribution.speaker.as_ref().and_then(|s| s.entity);
            attributor.quote_speakers.push(entity);
            attribution
        })
        .collect();
    credit_pull_quotes(doc, &mut attributions);
    attributions
}

/// A pull quote: a quotation standing alone as its paragraph, with no cue of its own, that
/// repeats a sentence of a speech quotation attributed elsewhere in the post, before or after
/// it. It is that speaker's ("“We have room for one more!”" as a subhead, then "“We have room
/// for one more!” said Ann Roe, …"). Sentences are matched by their words, case and
/// punctuation aside, and need [`MIN_SPEECH_WORDS`] words.
fn credit_pull_quotes(doc: &Doc, attributions: &mut [Attribution]) {
    let stands_alone = |q: usize| {
        let quote = &doc.quotes[q];
        let open = doc.token_at(quote.open);
        let close = close_token(doc, quote);
        quote.parent.is_none()
            && open < doc.tokens.len()
            && starts_paragraph(doc, open)
            && (close + 1..doc.tokens.len())
                .take_while(|&k| doc.tokens[k].paragraph == doc.tokens[open].paragraph)
                .all(|k| doc.tokens[k].kind != TokenKind::Word)
    };
    let candidates: Vec<usize> = (0..doc.quotes.len())
        .filter(|&q| attributions[q].cue.is_none() && stands_alone(q))
        .collect();
    if candidates.is_empty() {
        return;
    }
    // Each attributed quotation's sentences, and its whole text, by their words.
    let mut attributed: HashMap<String, usize> = HashMap::new();
    for (q, attribution) in attributions.iter().enumerate() {
        if doc.quotes[q].parent.is_some()
            || attribution.cue.is_none()
            || attribution.speaker.is_none()
            || attribution.kind != QuoteKind::Speech
        {
            continue;
        }
        let text = doc.quotes[q].text(doc.text);
        for sentence in text.split_inclusive(['.', '!', '?']).chain([text.as_str()]) {
            let key = sentence_key(sentence);
            if key.split(' ').count() >= MIN_SPEECH_WORDS {
                attributed.entry(key).or_insert(q);
            }
        }
    }
    for q in candidates {
        let key = sentence_key(&doc.quotes[q].text(doc.text));
        if let Some(&source) = attributed.get(&key).filter(|&&source| source != q) {
            attributions[q].speaker = attributions[source].speaker.clone();
            attributions[q].kind = QuoteKind::Speech;
        }
    }
}

/// A sentence's words, lower-cased, of letters and digits, joined by one space: the key a pull
/// quote and the quotation it repeats share.
fn sentence_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’'))
        .filter(|word| !word.is_empty())
        .map(|word| word.replace(['\'', '’'], "").to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Attributor<'_, '_, '_> {
    fn attribute(&mut self, q: usize) -> Attribution {
        let doc = self.doc;
        // "Jose “Pepe” Marquez": a nickname is no one's words.
        if doc.nickname(q).is_some() {
            return Attribution {
                kind: QuoteKind::Scare,
                speaker: None,
                cue: None,
                about: Vec::new(),
            };
        }
        let quote = &doc.quotes[q];
        let open = doc.token_at(quote.open);
        let close = close_token(doc, quote);
        let (from, to) = frame(doc, quote, open, close);
        let level = quote.parent;
        // A quotation opening the paragraph after "Roe made the following comment:" is framed
        // by that sentence.
        let introduced = open > 0 && starts_paragraph(doc, open) && doc.word(open - 1) == ":";
        let from_before = if introduced {
            doc.sentences[doc.sentence_of(open - 1)].start
        } else {
            from
        };
        let found = speaker_by_label(doc, quote)
            .or_else(|| self.speaker_by_headline_label(from, open, level))
            .or_else(|| self.speaker_before_dashes(quote, open, close, level))
            .or_else(|| speaker_owning_quotation(doc, from, open, close, level))
            .or_else(|| speaker_by_name_label(doc, from, open, level))
            .or_else(|| {
                // "After Bo said students might do better at “…,” Roe said: “…”": an
                // attribution ending in a colon introduces the quotation after it; a cue before
                // this one is its own.
                let after = speaker_after(doc, close + 1, to, level)?;
                // "Although Roe says that Bo “broke the story” of the standoff, others argue
                // that …": an attribution further on, past other words, yields to one before
                // the quotation in its own clause.
                let mut next = close + 1;
                while next < to && (doc.word(next) == "," || is_dash(doc.word(next))) {
                    next += 1;
                }
                let yields = match &after {
                    Found::Phrase(phrase, cue) => {
                        let end = phrase.end.max(cue.end);
                        let introduces_next = introduces_quotation(doc, end);
                        let distant = phrase.start.min(cue.start) > next + 1;
                        introduces_next
                            || distant
                            || reports_own_clause(doc, from, (open, end), to, level)
                    }
                    _ => false,
                };
                let before = || speaker_before(doc, from_before, open, level);
                if yields {
                    if let Some(before @ Found::Phrase(..)) = before() {
                        return Some(before);
                    }
                }
                // "Under what Al Bo called “the old model,” the club charged fees": the phrase
                // is named by "what … called" right before it, whatever verb follows.
                let called_right_before = open > 0 && CALL_FORMS.contains(&lower(doc, open - 1));
                let named = called_right_before.then(before).flatten().filter(|found| {
                    matches!(found, Found::Phrase(_, cue) if cue.end == open && names_by_what(doc, cue))
                });
                named.or(Some(after))
            })
            .or_else(|| speaker_in_next_sentence(doc, quote, (open, close), level))
            .or_else(|| speaker_signed_below(doc, open, close, level))
            .or_else(|| according_to_anywhere(doc, from, to, level))
            .or_else(|| {
                let closing = speaker_closing_sentence(doc, close + 1, to, level)?;
                // "Ann Roe said Bo “is not kind,” and the press jumped on it (“Roe Rebukes
                // Bo,” declared La Gazza)": an attribution closing the sentence after a later
                // quotation is that one's when a cue before this one governs it.
                let Found::Phrase(phrase, cue) = &closing else {
                    return Some(closing);
                };
                let later_quotation = (close + 1..phrase.start.min(cue.start))
                    .any(|k| doc.tokens[k].kind == TokenKind::Mark);
                match later_quotation.then(|| speaker_before(doc, from_before, open, level)) {
                    Some(Some(before @ Found::Phrase(..))) => Some(before),
                    _ => Some(closing),
                }
            })
            .or_else(|| speaker_by_owned_claim(doc, from, open, level))
            .or_else(|| {
                let before = speaker_before(doc, from_before, open, level)?;
                // "The candidates say they are not avoiding Roe, who was hurt by Bo's
                // conclusion that her acts were “careless”": a speech noun's owner past a
                // comma after the cue is nearer.
                let Found::Phrase(_, cue) = &before else {
                    return Some(before);
                };
                let owned = speaker_by_owner(doc, from, open, level).filter(|owner| {
                    matches!(owner, Found::Phrase(phrase, _)
                        if (cue.end..phrase.start).any(|k| doc.word(k) == ","))
                });
                owned.or(Some(before))
            })
            .or_else(|| speaker_by_colon(doc, from_before, open, level))
            .or_else(|| speaker_by_owner(doc, from, open, level))
            .or_else(|| self.speaker_by_paragraph_label(open, level));
        let sentence = doc.sentence_of(open);
        let paragraph = doc.prose_paragraph(open);
        let (speaker, cue, continued) = match &found {
            Some(Found::Phrase(phrase, cue)) => (
                Some(self.resolve(phrase.clone())),
                Some(cue_text(doc, cue.clone())),
                false,
            ),
            Some(Found::Passive(cue)) => {
                let agent = (close + 2 < to && lower(doc, close + 1) == "by")
                    .then(|| phrase_after(doc, close + 2, to, level))
                    .flatten();
                (
                    agent.map(|phrase| self.resolve(phrase)),
                    Some(cue_text(doc, cue.clone())),
                    false,
                )
            }
            Some(Found::Name) => (None, None, false),
            Some(Found::CueOnly(cue)) => {
                let in_sentence = self
                    .last
                    .as_ref()
                    .filter(|l| l.sentence == sentence)
                    .and_then(|l| l.speaker.clone());
                // "Roe said, adding, “…”": the cue before has the subject.
                let earlier = || match speaker_before(doc, from_before, cue.start, level) {
                    Some(Found::Phrase(phrase, _)) => Some(phrase),
                    _ => None,
                };
                // "On July 6, Ames made the following comment: / “…”": the introducing
                // sentence's subject.
                let introducer = introduced
                    .then(|| sentence_subject(doc, from_before, cue.start))
                    .flatten();
                let subject = in_sentence
                    .or_else(|| earlier().map(|phrase| self.resolve(phrase)))
                    .or_else(|| {
                        self.opening_participle_subject(from, cue.start, (open, close), to, level)
                    })
                    .or_else(|| self.first_subject(from, open, level))
                    // "After the flood, Al Bo faulted the county, and stressed the “…”": the
                    // subject after a phrase opening the sentence. (Not for a relative clause's
                    // cue: "… a speech by the mayor, who said that “…”" is the mayor's.)
                    .or_else(|| {
                        let relative = cue.start > from
                            && RELATIVE_PRONOUNS.contains(&lower(doc, cue.start - 1));
                        let comma = (!relative && opens_adverbial(doc, from))
                            .then(|| {
                                (from..open.min(from + MAX_PHRASE)).find(|&k| clause_comma(doc, k))
                            })
                            .flatten()?;
                        self.first_subject(comma + 1, open, level)
                    })
                    .or_else(|| {
                        let speaker = self.resolve(introducer?);
                        speaker.entity.is_some().then_some(speaker)
                    });
                (subject, Some(cue_text(doc, cue.clone())), false)
            }
            None if level.is_none() && frame_is_empty(doc, from, to, level) => {
                // The last quotation's speaker goes on in its paragraph, and into the next one
                // when no sentence of the writer's stands between them.
                let recent = self.last.as_ref().filter(|l| {
                    l.sentence <= sentence
                        && (l.paragraph == paragraph
                            || l.paragraph + 1 == paragraph
                                && starts_paragraph(doc, open)
                                && l.sentence + 1 >= sentence)
                });
                match recent {
                    Some(last) => (last.speaker.clone(), None, true),
                    None => {
                        let before = sentence.checked_sub(1);
                        let speaker = before.and_then(|s| self.sentence_speakers.get(&s).cloned());
                        // "The party issued a statement on Friday. / “On behalf of everyone
                        // here, we apologize …”": sentences quoted on their own are speech, by
                        // the named subject of the sentence before, if any.
                        if speaker.is_none() && is_standalone_speech(doc, quote) {
                            let subject = before
                                .filter(|&s| doc.sentences[s].end <= open)
                                .and_then(|s| {
                                    // "At Roe's direction, the party issued a statement."
                                    let range = doc.sentences[s].clone();
                                    let start =
                                        after_opening_adverbial(doc, range.start, range.end);
                                    // "Pause." alone: nothing follows the capitalised word,
                                    // so it is the subject of no sentence.
                                    let predicate =
                                        noun_phrase_starting_at(doc, start, range.end, None)
                                            .is_some_and(|p| {
                                                (p.end..range.end.min(p.end + 4))
                                                    .any(|k| doc.tokens[k].kind == TokenKind::Word)
                                            });
                                    predicate
                                        .then(|| self.first_subject(start, range.end, None))
                                        .flatten()
                                });
                            (subject, None, true)
                        } else {
                            let continued = speaker.is_some();
                            (speaker, None, continued)
                        }
                    }
                }
            }
            // Rule 5: a phrase quoted in a sentence whose subject is named is the subject's,
            // whatever the verb: "Ames has pushed his promise of “free tuition”".
            // "Unless rivals quit, “…”": one capitalised word the name finder passed over is
            // too weak a subject for a sentence with no cue.
            // "Bo vetoed the budget, while Ann Roe, the former mayor, hoped for a “fresh start”":
            // a clause joined after a comma has a subject of its own.
            None if level.is_none() => match joined_clause_start(doc, from, open)
                .and_then(|start| sentence_subject(doc, start, open))
                .or_else(|| sentence_subject(doc, from, open))
                .filter(|phrase| {
                    phrase.len() > 1
                        || pronoun_of(doc.word(phrase.start)).is_some()
                        || !placed_within(self.roster, phrase.start, phrase.end).is_empty()
                }) {
                Some(phrase) => {
                    let speaker = self.resolve(phrase);
                    (Some(speaker).filter(|s| s.entity.is_some()), None, false)
                }
                // "“This is our night,” said Al Roe. Unless rivals quit, “it is hard to see
                // anyone catching us.”": words of a sentence (not a phrase) quoted in the
                // speaker's paragraph, with no attribution of their own, go on with him.
                None => {
                    let words = quote.text(doc.text).split_whitespace().count();
                    // ("“The levy is dead,” Roe said in March. / Then, a week later on the
                    // radio: “…”": a sentence introduced by a colon after words with no subject
                    // goes on from the paragraph before, as a quotation standing alone does.)
                    let colon_opens_sentence = open > from
                        && doc.word(open - 1) == ":"
                        && is_quoted_sentence(doc, quote, MIN_SPEECH_WORDS);
                    let recent = self.last.as_ref().filter(|l| {
                        (l.paragraph == paragraph
                            && sentence.saturating_sub(l.sentence) <= SPEAKER_SALIENCE_SENTENCES)
                            || colon_opens_sentence
                                && l.paragraph + 1 == paragraph
                                && l.sentence + 1 == sentence
                    });
                    // ("Cy Dee says the firm did nothing wrong. “The county keeps claiming
                    // …” in its filings.": so do they after a reporting sentence of the
                    // paragraph, with no quotation of its own, right before.)
                    let reporter = || {
                        let before = sentence.checked_sub(1)?;
                        (doc.prose_paragraph(doc.sentences[before].start) == paragraph)
                            .then(|| self.sentence_speakers.get(&before).cloned())
                            .flatten()
                    };
                    match recent {
                        Some(last) if words >= MIN_SPEECH_WORDS => {
                            (last.speaker.clone(), None, false)
                        }
                        None if words >= MIN_SPEECH_WORDS => (reporter(), None, false),
                        _ => (None, None, false),
                    }
                }
            },
            None => (None, None, false),
        };
        // A pronoun that stands for nobody in the post names no speaker.
        // "“…,” it added.": "it" is a document or a body the reader knows from context (a
        // paragraph on a newspaper's story), too loosely tied to a name to give it one.
        let speaker = speaker.filter(|s| {
            s.entity.is_some()
                || pronoun_of(&s.text).is_none()
                    && pronoun_owning(&s.text).is_none()
                    && !is_impersonal_pronoun(&s.text)
        });
        // "… as the survey found: “40 firms said they would hire …”": a whole sentence
        // quoted after a colon is someone's words, even when no rule finds whose.
        let after_colon = open > from && doc.word(open - 1) == ":";
        let cue = cue.or_else(|| {
            let unattributed_sentence = speaker.is_none()
                && !continued
                && level.is_none()
                && after_colon
                && is_quoted_sentence(doc, quote, MIN_SPEECH_WORDS);
            unattributed_sentence.then(|| ":".to_string())
        });
        let attributed = speaker.is_some() || cue.is_some() || continued;
        // "a fight against what he calls the “rigged” count": the word is his, though it
        // modifies a noun.
        let named_by_what = match &found {
            Some(Found::Phrase(_, cue)) => names_by_what(doc, cue),
            _ => false,
        };
        let reported = cue.as_deref().is_some_and(is_reporting_cue) || named_by_what;
        let kind = quote_kind(
            doc, quote, from, open, level, attributed, continued, reported,
        );
        // A quotation inside another that nothing attributes, or only the outer speaker's "I"
        // or "we", is the outer speaker's words ("Let me read you the letter: ‘Dear friends,
        // …’"), no statement of its own: stored, never reported. ("He said he was tired of
        // ‘…’" is someone else's.)
        let by_outer_speaker = match &found {
            None => true,
            Some(Found::Phrase(phrase, _)) => {
                phrase.len() == 1
                    && pronoun_of(doc.word(phrase.start))
                        .is_some_and(|pronoun| PRONOUNS.get(pronoun.as_str()) == Some(&'x'))
            }
            Some(_) => false,
        };
        let kind = if level.is_some() && by_outer_speaker && speaker.is_none() {
            QuoteKind::Scare
        } else {
            kind
        };
        let speaker = speaker.filter(|_| kind != QuoteKind::Scare);
        // A quotation inside another is the outer speaker's report, not a new turn: in "“They
        // thought Bo saying, ‘Vote!’ would do it,” she said. She added …", "she" is still
        // the outer speaker.
        if kind != QuoteKind::Scare && level.is_none() {
            let end = close.min(doc.tokens.len() - 1);
            self.last = Some(LastSpeaker {
                speaker: speaker.clone(),
                sentence: doc.sentence_of(end),
                paragraph: doc.prose_paragraph(end),
            });
        }
        // "Bo called her remarks “theater.”": a "her" or "his" of the frame, outside the
        // speaker's phrase, stands for someone the quotation is about.
        let speaker_phrase = match &found {
            Some(Found::Phrase(phrase, _)) => phrase.clone(),
            _ => 0..0,
        };
        let mut referred: Vec<usize> = (from.max(open.saturating_sub(MAX_LOOKBACK))..open)
            .filter(|&k| at_level(doc, k, level) && !speaker_phrase.contains(&k))
            .filter_map(|k| {
                let gender = match lower(doc, k) {
                    "her" => 'f',
                    "his" | "him" => 'm',
                    _ => return None,
                };
                self.antecedent(k, gender)
            })
            .collect();
        // Whom the frame between the cue and the quotation names, the quotation is about:
        // - "Bo called Roe a “pathological liar”": a judging cue's object ("told Roe, “…”"
        //   reports).
        // - "Roe said the toll Bo backs is “a tax on the poor”": the clause a reporting cue
        //   reports, which a partial quotation completes (after its "that"; "told the Ledger
        //   the fee was “…”" reports to the listener, about no one).
        let frame_names = match &found {
            Some(Found::Phrase(_, cue) | Found::CueOnly(cue)) if cue.end <= open => {
                if !is_reporting_cue(doc.span(cue.clone())) {
                    Some(cue.end..open)
                } else if kind == QuoteKind::Partial {
                    let that = (cue.end..open)
                        .find(|&k| at_level(doc, k, level) && lower(doc, k) == "that");
                    let listener = cue.clone().any(|k| LISTENER_CUES.contains(&lower(doc, k)));
                    match that {
                        Some(that) => Some(that + 1..open),
                        None => (!listener).then_some(cue.end..open),
                    }
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(frame) = frame_names {
            referred.extend(
                placed_within(self.roster, frame.start, frame.end)
                    .iter()
                    .filter(|p| {
                        p.last <= open
                            && at_level(doc, p.first, level)
                            && !speaker_phrase.contains(&p.first)
                    })
                    .map(|p| p.entity),
            );
        }
        let about = targets(
            doc,
            self.roster,
            quote,
            (open, close),
            from,
            level,
            speaker.as_ref(),
            &referred,
        );
        Attribution {
            kind,
            speaker,
            cue,
            about,
        }
    }

    /// Resolves a speaker phrase: a named person or organization, a pronoun's antecedent, a
    /// role the post gave someone, or a description kept as written.
    fn resolve(&mut self, phrase: Range<usize>) -> Speaker {
        let doc = self.doc;
        let text = doc.span(phrase.clone()).to_string();
        if phrase.len() == 1 {
            let word = doc.word(phrase.start);
            if let Some(pronoun) = pronoun_of(word).or_else(|| pronoun_owning(word)) {
                let entity = self.antecedent(phrase.start, PRONOUNS[pronoun.as_str()]);
                return Speaker { text, entity };
            }
            // "Though the Fund named no candidate, it warned of “…”": "it" is an
            // organization named earlier in its own sentence, and nothing further off.
            if is_impersonal_pronoun(word) {
                let at = doc.sentence_of(phrase.start);
                let sentence = doc.sentences[at].clone();
                let entity = placed_within(self.roster, sentence.start, phrase.start)
                    .iter()
                    .rev()
                    .find(|p| {
                        doc.tokens[p.first].quote.is_none()
                            && self.roster.entities[p.entity].kind == EntityKind::Organization
                    })
                    .map(|p| p.entity);
                if entity.is_some() {
                    return Speaker { text, entity };
                }
                // "“…,” Shopwell Inc. wrote. / It added, “…”": the organization that spoke in
                // the sentence before goes on. (A document or a body described there, "the
                // report", stays no one's: "it" may be the paper carrying it.)
                // ("The Ledger reported that Bo said so. / It added, “…”": so does one that
                // reported there without quoting.)
                let is_organization = |s: &Speaker| {
                    s.entity
                        .is_some_and(|e| self.roster.entities[e].kind == EntityKind::Organization)
                };
                let before = self
                    .last
                    .as_ref()
                    .filter(|l| l.sentence + 1 == at)
                    .and_then(|l| l.speaker.clone())
                    .filter(is_organization)
                    .or_else(|| {
                        let reported = self.sentence_speakers.get(&at.checked_sub(1)?)?;
                        Some(reported.clone()).filter(is_organization)
                    });
                return before.unwrap_or(Speaker { text, entity });
            }
        }
        // A name the post gives that ends with the phrase speaks whole: one that runs back
        // past the phrase's first word ("Citizens for Fair Rents said", the phrase cut at
        // "for"), or the whole phrase after its article ("The Department of Harbor Safety").
        let sentence = &doc.sentences[doc.sentence_of(phrase.start)];
        let article = usize::from(DETERMINERS.contains(&lower(doc, phrase.start)));
        if let Some(p) = placed_within(self.roster, sentence.start, phrase.start + article + 1)
            .iter()
            .find(|p| {
                p.last == phrase.end && (p.from < phrase.start || p.from == phrase.start + article)
            })
        {
            let text = if p.from < phrase.start {
                doc.span(p.from..phrase.end).to_string()
            } else {
                text
            };
            return Speaker {
                entity: Some(p.entity),
                text,
            };
        }
        // "a lawsuit filed by the federal Harbor and Canal Commission": a name the phrase
        // was cut inside at its "and" speaks whole.
        if phrase.end < doc.tokens.len() && lower(doc, phrase.end) == "and" {
            if let Some(p) = placed_within(self.roster, phrase.start, phrase.end)
                .iter()
                .find(|p| p.last > phrase.end)
            {
                return Speaker {
                    entity: Some(p.entity),
                    text: doc.span(phrase.start..p.last).to_string(),
                };
            }
        }
        // A mention that ends the phrase's head names the speaker: "Ames spokesman Cy
        // Fallon"; the head ends before "of" or "to": "Mr. Lam of the River Alliance", "Roe's
        // email to supporters".
        let head_end = head_end(doc, &phrase);
        let placed = placed_within(self.roster, phrase.start, head_end);
        if let Some(p) = placed.iter().rev().find(|p| p.last == head_end) {
            return Speaker {
                entity: Some(p.entity),
                text,
            };
        }
        // "Ames’ email notes …", "the Fund's report stated": a document speaks
        // for the one the phrase names before it, or after its "of" ("“Sunk!” blared the
        // front page of the Ledger").
        if DOCUMENT_NOUNS.contains(lower(doc, head_end - 1)) {
            let of_owner = || {
                let of = (head_end..doc.tokens.len().min(head_end + 2))
                    .find(|&k| lower(doc, k) == "of")?;
                let from =
                    of + usize::from(of + 1 < doc.tokens.len() && lower(doc, of + 1) == "the") + 1;
                placed_within(self.roster, from, from + 1)
                    .iter()
                    .find(|p| p.first == from)
                    .map(|p| p.entity)
            };
            let entity = placed
                .iter()
                .rev()
                .find(|p| p.last < head_end)
                .map(|p| p.entity)
                .or_else(of_owner);
            if entity.is_some() {
                return Speaker { entity, text };
            }
        }
        // "Former Secretary of State Ann Albee, saying": a titled name runs on past the "of".
        if let Some(p) = placed
            .iter()
            .find(|p| p.first > head_end && p.last >= phrase.end)
        {
            let text = doc.span(phrase.start..p.last).to_string();
            return Speaker {
                entity: Some(p.entity),
                text,
            };
        }
        // "said former secretary of state Ann Roe": a name closing a singular role's "of"
        // phrase holds the role ("supporters of Ann Roe" are not she, nor is "a friend of Ann
        // Roe", whose role is held for her).
        let role_of = head_end < phrase.end
            && lower(doc, head_end) == "of"
            && is_singular_role_noun(lower(doc, head_end - 1));
        if let Some(p) = placed_within(self.roster, head_end, phrase.end)
            .iter()
            .find(|p| role_of && p.last == phrase.end && p.first != head_end + 1)
        {
            return Speaker {
                entity: Some(p.entity),
                text,
            };
        }
        if let Some(entity) = self
            .roster
            .lookup(&text)
            .or_else(|| self.roster.role_entity(&text, phrase.start))
        {
            return Speaker {
                entity: Some(entity),
                text,
            };
        }
        // A headline capitalises every word, so a name runs on into the words after it ("Roe
        // Slams Bell for …"): the known name at the phrase's start is the speaker, and
        // capitalised words alone make nobody new.
        if doc.headline {
            if let Some(known) = placed.iter().find(|p| p.from == phrase.start) {
                return Speaker {
                    entity: Some(known.entity),
                    text: known.written.clone(),
                };
            }
            // "Roe Says Museum Will Tell of …": the words before the first cue are the name.
            let cut = phrase
                .clone()
                .skip(1)
                .find(|&k| CUE_VERBS.contains(lower(doc, k)))
                .unwrap_or(phrase.end);
            let text = doc.span(phrase.start..cut).to_string();
            let entity = self.roster.lookup(&text);
            return Speaker { text, entity };
        }
        // "Cy Dee Will wrote …": a phrase cut inside a name the post gives (the given name
        // "Will" read as a modal) is that name's; a name owning what follows speaks for no one
        // ("After Ann Roe's speech, Will described …" made a person "Ann").
        let cut_name = placed_within(self.roster, phrase.start, phrase.end)
            .iter()
            .find(|p| {
                p.last > phrase.end
                    && p.first < phrase.end
                    && self.roster.entities[p.entity].kind == EntityKind::Person
            })
            .map(|p| (p.entity, possessive_stem(doc.word(p.last - 1)).is_some()));
        if let Some((entity, owner)) = cut_name {
            let entity = (!owner).then_some(entity);
            return Speaker { text, entity };
        }
        // "Citizens for Fair Rents has pushed its promise of “…”": an organization's name the
        // phrase opens (cut at "for") is the speaker, whole.
        let cut_organization = placed_within(self.roster, phrase.start, phrase.start + 1)
            .iter()
            .find(|p| {
                p.last > phrase.end
                    && self.roster.entities[p.entity].kind == EntityKind::Organization
            });
        if let Some(p) = cut_organization {
            return Speaker {
                entity: Some(p.entity),
                text: doc.span(p.from..p.last).to_string(),
            };
        }
        // Capitalised words the name finder passed over are a person met as a speaker.
        let words: Vec<usize> = phrase
            .clone()
            .skip_while(|&k| is_sentence_word(doc.word(k)) || is_compound_adjective(doc.word(k)))
            .collect();
        let shouted = words.len() > 1
            && words
                .iter()
                .all(|&k| !doc.word(k).chars().any(char::is_lowercase));
        // "The Majority Leader said": a phrase ending in a title is a role, never a new name.
        let role = words
            .last()
            .is_some_and(|&k| TITLES.iter().any(|t| t.words.last() == Some(&doc.word(k))));
        let capitalised = words
            .iter()
            .all(|&k| is_capitalised(doc.word(k)) && possessive_stem(doc.word(k)).is_none());
        let lone_role_noun = words.len() == 1 && ROLE_NOUNS.contains(lower(doc, words[0]));
        // "Many Americans saw …", "South Korea said": a group, a thing (the name finder's own
        // list) or a country is no person.
        let name = words
            .iter()
            .map(|&k| doc.word(k))
            .collect::<Vec<_>>()
            .join(" ");
        // ("Another Muslim who worshiped there said": a group's adjective names no one.)
        // ("T-shirts appeared that said …": so is a common noun opened by a letter.)
        let thing = names_a_thing(&words.iter().map(|&k| doc.word(k)).collect::<Vec<_>>())
            || is_place_name(possessive_stem(&name).unwrap_or(&name))
            || words.iter().any(|&k| is_letter_compound(doc.word(k)))
            || words.last().is_some_and(|&k| {
                // ("Some Kurds …", "Many Germans said": so does its plural.)
                let word = doc.word(k);
                GROUP_ADJECTIVES.contains(word)
                    || word
                        .strip_suffix('s')
                        .is_some_and(|adjective| GROUP_ADJECTIVES.contains(adjective))
            });
        // "Outside the arena, about 200 protesters …, chanting “…”": a function word opening a
        // sentence is no one.
        // ("Checks are stricter for Syrians, who are told …": a plural of people anywhere.)
        let common_word = words.len() == 1
            && (self.is_common_word_opening(words[0])
                || FUNCTION_WORDS.contains(lower(doc, words[0]))
                || is_people_plural(lower(doc, words[0])));
        // "“Part of the job is to say: ‘…’”": a lone word opening a quotation is capitalised
        // by its place; it names someone only if the post does elsewhere.
        let opens_quotation = words.len() == 1
            && doc.tokens[words[0]]
                .quote
                .is_some_and(|q| doc.token_at(doc.quotes[q].open) + 1 == words[0])
            && self.roster.lookup(doc.word(words[0])).is_none();
        let is_name = (1..=4).contains(&words.len())
            && capitalised
            && !shouted
            && !role
            && !lone_role_noun
            && !thing
            && !common_word
            && !opens_quotation;
        if !is_name {
            return Speaker { text, entity: None };
        }
        // "“…,” The Hill reported.": a name after "the" is an institution; so is one after an
        // institution's noun ("the newspaper Kurier", "the city of Dayton") and one ending in
        // an organization's word ("Police announce …").
        let before = |n: usize| phrase.start.checked_sub(n).map(|k| lower(doc, k));
        let institution_noun = |n: usize| before(n).is_some_and(|w| INSTITUTION_NOUNS.contains(w));
        let institution = lower(doc, phrase.start) == "the"
            || institution_noun(1)
            || before(1) == Some("of") && institution_noun(2)
            || words
                .last()
                .is_some_and(|&k| ORGANIZATION_WORDS.contains_key(doc.word(k)));
        let kind = if institution {
            EntityKind::Organization
        } else {
            EntityKind::Person
        };
        let entity = self
            .roster
            .lookup_before(&name, phrase.start)
            .unwrap_or_else(|| self.roster.add_speaker(&name, kind));
        if self.genders.len() < self.roster.entities.len() {
            self.genders.resize(self.roster.entities.len(), None);
        }
        let first = words[0];
        let at = self.roster.placed.partition_point(|p| p.from < first);
        self.roster.placed.insert(
            at,
            Placed {
                entity,
                from: first,
                first,
                last: phrase.end,
                written: name,
            },
        );
        Speaker {
            text,
            entity: Some(entity),
        }
    }

    /// Whether the capitalised word at `k` is a common word capitalised only because it opens a
    /// sentence: "Flying home that night, she vented …", "Domestically, …", "Russian officials",
    /// "Audiences can expect …" (when "audiences" is written elsewhere in the post), "Feeds on
    /// our fears …" (a word of the common-word list, which holds no name).
    fn is_common_word_opening(&self, k: usize) -> bool {
        let doc = self.doc;
        // ("(Donations are reported in ranges.)": a parenthesis may open the sentence.)
        let after_parenthesis = k > 0 && doc.word(k - 1) == "(" && doc.opens_sentence(k - 1);
        let opens = doc.opens_sentence(k)
            || (k > 0 && doc.tokens[k - 1].kind == TokenKind::Mark)
            || after_parenthesis;
        if !opens {
            return false;
        }
        let word = doc.word(k);
        let lower = word.to_lowercase();
        // "Witnesses said …", "Jokes are told …": a plural whose singular the post writes in
        // lower case ("a witness", "a joke").
        let singular_in_lower_case = ["es", "s"].iter().any(|ending| {
            lower
                .strip_suffix(ending)
                .is_some_and(|stem| stem.len() > 1 && doc.writes_in_lower_case(stem))
        });
        // "Reports indicate …": a word in -s before a plural verb is a plural, not a name.
        let plural_verb = lower.ends_with('s')
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && {
                let verb = doc.lower(k + 1);
                matches!(verb, "are" | "were" | "have")
                    || CUE_VERBS.contains(verb)
                        && !verb.ends_with('s')
                        && !verb.ends_with("ing")
                        && !is_past_form(verb)
            };
        // ("Analysts say", "Russians fear", "Proponents argue": a plural's ending too.)
        plural_verb
            || COMMON_WORD_ENDINGS
                .iter()
                .chain(PEOPLE_PLURAL_ENDINGS)
                .any(|e| lower.ends_with(e))
            || is_adjective_shaped(word)
            || doc.writes_in_lower_case(&lower)
            || singular_in_lower_case
            || is_common_word(&lower)
    }

    /// The person (or, for "they", organization) a pronoun at token `at` stands for.
    fn antecedent(&self, at: usize, gender: char) -> Option<usize> {
        self.antecedent_through(at, gender, 0)
    }

    /// [`Self::antecedent`], reached through `links` pronouns already: where no one fitting is
    /// named, an earlier "he" or "her" of the same gender carries its own antecedent on ("The
    /// candidate's reply came in her own tweets. / She tweeted: “…”").
    fn antecedent_through(&self, at: usize, gender: char, links: usize) -> Option<usize> {
        let doc = self.doc;
        if gender == 'x' {
            // "I" and "we" outside a quotation are the writer: "I" is the post's author, when
            // the post names one ("“Your Honor,” I said, “…”").
            let writer = doc.tokens[at].quote.is_none() && lower(doc, at) == "i";
            return self.author.filter(|_| writer);
        }
        let level = doc.tokens[at].quote;
        // "“He stopped and said, ‘We must win,’” Al Bo said.": a "he" in a quotation is someone
        // other than its speaker, who would say "I".
        let quoting = level.and_then(|q| self.quote_speakers.get(q).copied().flatten());
        let fits = |entity: usize| {
            let e = &self.roster.entities[entity];
            if quoting == Some(entity) {
                return false;
            }
            match gender {
                'p' => e.kind == EntityKind::Organization,
                _ => {
                    e.kind == EntityKind::Person
                        && self
                            .genders
                            .get(entity)
                            .copied()
                            .flatten()
                            .is_none_or(|g| g == gender)
                }
            }
        };
        // "“They say, ‘Tell me what went wrong.’” said Ann Roe, a Harbor College professor":
        // a "they" quoted stands for an organization the quotation names, not one of the
        // writer's frame.
        let quoted_they = gender == 'p' && level.is_some();
        let visible = |p: &&Placed| {
            let q = doc.tokens[p.first].quote;
            q.is_none() && !quoted_they || q == level
        };
        let sentence = doc.sentence_of(at);
        // No further back than the paragraph before: across two paragraph breaks a "he" is
        // as often someone the post has not named.
        let paragraph = doc.prose_paragraph(at);
        let near = |p: usize| p + 1 >= paragraph;
        // The last quotation's speaker stays salient a paragraph further when no one is named
        // in between: "“…,” he said. / Staying competitive is among the reasons … / “…,” he
        // added."
        let unnamed_since = |l: &LastSpeaker| {
            let from = doc.sentences[l.sentence].end;
            placed_within(self.roster, from, at)
                .iter()
                .all(|p| !visible(&p) || self.roster.entities[p.entity].kind != EntityKind::Person)
        };
        let salient =
            |l: &&LastSpeaker| sentence.saturating_sub(l.sentence) <= SPEAKER_SALIENCE_SENTENCES;
        let last_further = self
            .last
            .as_ref()
            .filter(salient)
            .filter(|l| l.paragraph + 2 == paragraph && unnamed_since(l));
        let near = |p: usize| near(p) || last_further.is_some_and(|l| p >= l.paragraph);
        let last = self
            .last
            .as_ref()
            .filter(salient)
            .filter(|l| near(l.paragraph));
        let first_fitting_from = |s: usize, from: usize, before: usize| {
            let range = &doc.sentences[s];
            let placed = placed_within(self.roster, from.max(range.start), before.min(range.end));
            placed
                .iter()
                .enumerate()
                .filter(|(_, p)| visible(p))
                .find(|&(n, p)| {
                    fits(p.entity)
                        && !modifies_next_name(doc, p, placed.get(n + 1))
                        && !in_aside_between_quotations(doc, p.first)
                })
                .map(|(_, p)| p)
        };
        let first_fitting = |s: usize, before: usize| first_fitting_from(s, 0, before);
        // "With a vote for Roe ruled out, Bell said he …": in the pronoun's own sentence,
        // the subject of a reporting verb before it comes first.
        // (Within MAX_LOOKBACK tokens, so a sentence without end costs no more per pronoun.)
        let range = &doc.sentences[sentence];
        let window = range.start.max(at.saturating_sub(MAX_LOOKBACK));
        let reporter = placed_within(self.roster, window, at.min(range.end))
            .iter()
            .filter(visible)
            .filter(|p| fits(p.entity))
            .find(|p| {
                let mut verb = p.last;
                while verb < at && is_between_subject_and_cue(doc, verb) {
                    verb += 1;
                }
                verb < at && is_cue_verb(doc, verb, level)
            })
            .map(|p| p.entity);
        // "At a breakfast Monday with the Dover Ledger, he said …": a name governed by a
        // preposition in the phrase opening the sentence is not its subject pronoun's antecedent.
        // "Picking Roe over Bo would be a “bad trade,” she said": the words a quotation goes
        // on from are part of what she said, and a name in them is no antecedent. (Not after a
        // colon or comma: "Roe was blunt: “…,” she said.")
        let reported_words_end = (at >= range.start + 2
            && doc.tokens[at - 1].kind == TokenKind::Mark)
            .then(|| {
                doc.tokens[at - 2]
                    .quote
                    .filter(|_| doc.tokens[at - 2].quote != level)
            })
            .flatten()
            .map(|q| doc.token_at(doc.quotes[q].open))
            .filter(|&open| open > range.start && is_plain_word(doc, open - 1, level));
        let own = || {
            let found = first_fitting(sentence, at)?;
            if reported_words_end.is_some_and(|open| found.last <= open) {
                return None;
            }
            let found = found.entity;
            let opens_with_phrase = at > range.start + 1
                && doc.word(at - 1) == ","
                && opens_adverbial(doc, range.start);
            // "As for Bo, he said …" names its topic: the pronoun's antecedent.
            let topic = |p: &Placed| p.first >= 2 && lower(doc, p.first - 2) == "as";
            let governed = opens_with_phrase
                && placed_within(self.roster, window, at).iter().any(|p| {
                    p.entity == found
                        && p.first > range.start
                        && FRONTED_PREPOSITIONS.contains(&lower(doc, p.first - 1))
                        && !topic(p)
                });
            // "The trouble with reviving the Bo Act, she said, is …": a pronoun reporting
            // in the middle of its clause speaks about what comes before, not as it.
            let parenthetical = at > range.start + 1
                && doc.word(at - 1) == ","
                && at + 2 < range.end
                && is_cue_verb(doc, at + 1, level)
                && doc.word(at + 2) == ",";
            (!governed && !parenthetical).then_some(found)
        };
        if let Some(subject) = reporter {
            return Some(subject);
        }
        // "He campaigned for Al Bo, and in the fall he thanked three donors": a pronoun
        // of the same gender opening the sentence is its subject, and a later one in a joined
        // clause goes on about the same man, not about a name between them.
        // ("Although he praised Bo, he called …": so is one opening a subordinate clause that
        // opens the sentence.)
        let subordinate_subject = range.start + 1;
        let opening = if SUBORDINATORS.contains(&lower(doc, range.start))
            && pronoun_of(doc.word(subordinate_subject)).is_some()
        {
            subordinate_subject
        } else {
            after_opening_adverbial(doc, range.start, range.end)
        };
        if links < MAX_PRONOUN_LINKS
            && opening < at
            && doc.tokens[opening].quote.is_none()
            && gendered_pronoun(lower(doc, opening)) == Some(gender)
            && pronoun_of(doc.word(opening)).is_some()
        {
            return self.antecedent_through(opening, gender, links + 1);
        }
        if let Some(subject) = own() {
            return Some(subject);
        }
        // A pronoun of the same gender, outside quotations: the one before it may be followed.
        // ("He’s also for the plan." counts: a contracted pronoun is one.)
        let same_pronoun = |k: usize| {
            let word = lower(doc, k);
            let contracted = || {
                word.contains(['’', '\''])
                    && pronoun_of(word).is_some_and(|p| gendered_pronoun(&p) == Some(gender))
            };
            doc.tokens[k].quote.is_none()
                && (gendered_pronoun(word) == Some(gender) || contracted())
        };
        // The nearest such pronoun before `before` in sentence `s`.
        let earlier_pronoun = |s: usize, before: usize| {
            let range = &doc.sentences[s];
            let end = before.min(range.end);
            (range.start.max(end.saturating_sub(MAX_LOOKBACK))..end)
                .rev()
                .find(|&k| same_pronoun(k))
        };
        let chained = |s: usize, before: usize| {
            (links < MAX_PRONOUN_LINKS)
                .then(|| earlier_pronoun(s, before))
                .flatten()
                .map(|k| self.antecedent_through(k, gender, links + 1))
        };
        if let Some(found) = chained(sentence, at) {
            return found;
        }
        // "“…,” he said. / For the town, Misty Vale had been a turning point. / “…,” he
        // added.": a pronoun going on with a continuing cue is the last quotation's speaker,
        // past names in between that report nothing.
        let continuing = {
            let mut verb = at + 1;
            while verb < range.end && is_between_subject_and_cue(doc, verb) {
                verb += 1;
            }
            verb < range.end && CONTINUING_CUES.contains(lower(doc, verb))
        };
        let reported_since = |l: &LastSpeaker| {
            (l.sentence + 1..sentence).any(|s| {
                self.sentence_speakers
                    .get(&s)
                    .is_some_and(|speaker| speaker.entity.is_some())
            })
        };
        if let Some(entity) = last
            .filter(|l| continuing && l.sentence < sentence && !reported_since(l))
            .and_then(|l| l.speaker.as_ref()?.entity)
            .filter(|&e| fits(e))
        {
            return Some(entity);
        }
        // Back through earlier sentences: someone named since the last quotation wins; from the
        // last quotation's sentence on, its speaker does.
        for s in (1..=MAX_ANTECEDENT_SENTENCES)
            .filter_map(|back| sentence.checked_sub(back))
            .filter(|&s| near(doc.prose_paragraph(doc.sentences[s].start)))
        {
            if let Some(last) = last.filter(|l| l.sentence >= s) {
                if let Some(entity) = last
                    .speaker
                    .as_ref()
                    .and_then(|s| s.entity)
                    .filter(|&e| fits(e))
                {
                    return Some(entity);
                }
            }
            // "…, according to county chair Al Bo. “…,” he said.": the sentence's speaker.
            if let Some(entity) = self
                .sentence_speakers
                .get(&s)
                .and_then(|speaker| speaker.entity)
                .filter(|&e| fits(e))
            {
                return Some(entity);
            }
            let range = &doc.sentences[s];
            // "He has declared Bo “chosen.” He has also called …": a sentence whose subject
            // is a pronoun of the same gender goes on about its antecedent, not its object.
            let subject = after_opening_adverbial(doc, range.start, range.end);
            if links < MAX_PRONOUN_LINKS
                && subject < range.end
                && same_pronoun(subject)
                && pronoun_of(doc.word(subject)).is_some()
            {
                return self.antecedent_through(subject, gender, links + 1);
            }
            // "… – she campaigned for nominee Al Bo. / “…,” she said.": a pronoun of the same
            // gender before the sentence's first fitting name is the one followed, for a name
            // whose gender is unknown is more often someone that pronoun spoke of. Not in the
            // phrase opening the sentence ("To his successor, Al Bo leaves …" names him after),
            // nor an owner of the name ("The second, his cousin Al Bo, …").
            let name = first_fitting(s, usize::MAX);
            let pronoun = (links < MAX_PRONOUN_LINKS)
                .then(|| {
                    let end = name
                        .map_or(range.end, |p| p.first)
                        .min(range.start + MAX_LOOKBACK);
                    // (A comma before a joined clause ends no opening phrase: "The race was
                    // her first, and she doubts Vale …".)
                    let opening_phrase_end = opens_adverbial(doc, range.start)
                        .then(|| {
                            (range.start..end).rev().find(|&k| {
                                doc.word(k) == ","
                                    && !JOINING_CONJUNCTIONS.contains(&lower(doc, k + 1))
                            })
                        })
                        .flatten()
                        .map_or(range.start, |comma| comma + 1);
                    // "his cousin Al Bo": the owner is someone else than the name
                    let owns_the_name = |k: usize| {
                        name.is_some_and(|p| {
                            p.first <= k + MAX_OWNED_WORDS
                                && (k + 1..p.first).all(|j| is_plain_word(doc, j, None))
                        })
                    };
                    (opening_phrase_end..end).find(|&k| same_pronoun(k) && !owns_the_name(k))
                })
                .flatten();
            if let Some(k) = pronoun {
                return self.antecedent_through(k, gender, links + 1);
            }
            // "While Bo was away, Cy Dee ran the office. / “…,” he said.": a name in a clause
            // opening the sentence with a subordinating word, a preposition ("In a talk with
            // Bo, …") or a participle ("Noting that Bo …, …") yields to Dee, the main
            // clause's, unless a pronoun of the same gender comes first there ("When the host
            // asked Bo about it, he shared a laugh with Roe" goes on about Bo).
            let name = name.map(|first| {
                let clause_end =
                    opening_clause_end(doc, range).filter(|&comma| first.first < comma);
                clause_end
                    .and_then(|comma| {
                        first_fitting_from(s, comma + 1, usize::MAX)
                            .filter(|main| !(comma + 1..main.first).any(same_pronoun))
                    })
                    .unwrap_or(first)
            });
            if let Some(p) = name {
                return Some(p.entity);
            }
            if let Some(found) = chained(s, usize::MAX) {
                return found;
            }
        }
        None
    }

    /// A headline opening with someone the post names and a colon: every quotation after it
    /// is theirs, whatever verb the rest has ("Ann Roe: Bo Asking Moderator To Check Facts
    /// ‘Reeks of Fear’"). A label the post names no one by ("Exclusive:", "Watch:") is none.
    fn speaker_by_headline_label(
        &self,
        from: usize,
        open: usize,
        level: Option<usize>,
    ) -> Option<Found> {
        if !self.doc.headline || level.is_some() {
            return None;
        }
        self.label_at(from, open)
    }

    /// A body paragraph opening with a person the post names and a colon, as a transcript's
    /// lines do: a quotation later in it that nothing else attributes is theirs ("Ann Roe:
    /// Sure, for most folks it is never, ‘My savings are a gamble.’").
    fn speaker_by_paragraph_label(&self, open: usize, level: Option<usize>) -> Option<Found> {
        let doc = self.doc;
        if doc.headline || level.is_some() {
            return None;
        }
        let paragraph = doc.tokens[open].paragraph;
        let start = (open.saturating_sub(MAX_LOOKBACK)..=open)
            .rev()
            .find(|&k| k == 0 || doc.tokens[k - 1].paragraph != paragraph)?;
        // A person's name of a few words: a subhead before a colon ("Vetoes Stall the Peace
        // Talks: …") names no one, even when the name finder took it for one.
        let person = placed_within(self.roster, start, start + 1)
            .first()
            .is_some_and(|p| {
                self.roster.entities[p.entity].kind == EntityKind::Person
                    && p.last - p.first <= MAX_LABEL_WORDS
            });
        person.then(|| self.label_at(start, open)).flatten()
    }

    /// The name the post knows ending right before a colon near `start`, before `open`: a
    /// label naming the speaker.
    fn label_at(&self, start: usize, open: usize) -> Option<Found> {
        let doc = self.doc;
        let colon = (start..open.min(start + MAX_PHRASE)).find(|&k| doc.word(k) == ":")?;
        let named = placed_within(self.roster, start, colon)
            .iter()
            .any(|p| p.from == start && p.last == colon);
        named.then(|| Found::Phrase(start..colon, colon..colon + 1))
    }

    /// A quotation set off by dashes right after a name is that one's: "including the former
    /// candidate Al Bo -- “It is disqualifying …” -- and Cy Fox, a former official".
    fn speaker_before_dashes(
        &self,
        quote: &QuotedSpan,
        open: usize,
        close: usize,
        level: Option<usize>,
    ) -> Option<Found> {
        let doc = self.doc;
        // "--" may be two tokens.
        let mut dash = open.checked_sub(1).filter(|&k| is_dash(doc.word(k)))?;
        while dash > 0 && is_dash(doc.word(dash - 1)) {
            dash -= 1;
        }
        // Words of a sentence, not a shout: "booed Al Bo -- “Go home!” -- all night".
        let closed = close + 1 < doc.tokens.len()
            && is_dash(doc.word(close + 1))
            && quote.has_words(doc.text, MIN_SPEECH_WORDS);
        // Someone named in full: "Links -- “OUTLIERS” --" and "in Russian — “Do svidaniya!” —"
        // name no speaker.
        let name = placed_within(self.roster, dash.saturating_sub(MAX_PHRASE), dash)
            .iter()
            .find(|p| {
                let entity = &self.roster.entities[p.entity];
                p.last == dash
                    && at_level(doc, p.first, level)
                    && entity.kind == EntityKind::Person
                    && entity.name.contains(' ')
            })?;
        closed.then(|| Found::Phrase(name.first..name.last, dash..dash + 1))
    }

    /// The subject of the main clause after a participle opening the sentence, past the
    /// quotation in it: "After saying her foot was “so swollen …,” she was rushed off", "In
    /// calling Bo “a fraud,” Roe went further". A conjunction may come first: "So while
    /// attacking the “greed” of banks, she took …".
    fn opening_participle_subject(
        &mut self,
        from: usize,
        cue: usize,
        (open, close): (usize, usize),
        to: usize,
        level: Option<usize>,
    ) -> Option<Speaker> {
        let doc = self.doc;
        let opener = |k: usize| {
            SUBORDINATORS.contains(&lower(doc, k))
                || PARTICIPLE_LINKS.contains(&lower(doc, k))
                || k == from && OPENING_CONJUNCTIONS.contains(&lower(doc, k))
        };
        let opens_sentence = is_participle(doc, cue) && (from..cue).all(opener);
        if !opens_sentence {
            return None;
        }
        let comma = |k: usize| at_level(doc, k, level) && doc.word(k) == ",";
        // "Reading from his notes, Al Bo got the title “Harbor Watch” wrong": the participle's
        // clause may close before the quotation, which the main clause's subject speaks. The
        // comma closing it may stand inside the quotation (“…,”).
        let start = if let Some(k) = (cue + 1..open).find(|&k| comma(k)) {
            k + 1
        } else if close > 0 && doc.word(close - 1) == "," {
            close + 1
        } else {
            (close + 1..to).find(|&k| comma(k))? + 1
        };
        let phrase = noun_phrase_starting_at(doc, start, to, level)?;
        let named = pronoun_of(doc.word(phrase.start)).is_some()
            || is_capitalised(doc.word(phrase.end - 1))
            || ROLE_NOUNS.contains(lower(doc, phrase.end - 1));
        named.then(|| self.resolve(phrase))
    }

    /// The subject that begins the sentence, for a cue with none of its own (`…, adding, “…”`).
    /// A phrase of a preposition is none ("In Dayton, …").
    fn first_subject(&mut self, from: usize, open: usize, level: Option<usize>) -> Option<Speaker> {
        if OPENING_PREPOSITIONS.contains(&lower(self.doc, from)) {
            return None;
        }
        let phrase = noun_phrase_starting_at(self.doc, from, open.min(from + MAX_LOOKBACK), level)?;
        let speaker = self.resolve(phrase);
        speaker.entity.is_some().then_some(speaker)
    }

    /// Speakers of sentences that attribute without quoting ("Roe told reporters the plan would
    /// work.", "The plan failed, according to Al Bo."), by sentence, for a quotation standing
    /// alone right after and for a pronoun's antecedent.
    fn sentence_speakers(&mut self) -> HashMap<usize, Speaker> {
        let doc = self.doc;
        let mut found = HashMap::new();
        for (s, range) in doc.sentences.iter().enumerate() {
            // A sentence quoting words of speech has its own attribution; a short phrase
            // quoted in the writer's words leaves it one that attributes without quoting
            // ("What “go after them” means is unclear, since Bo spoke only in bromides.").
            // (Each quotation is read once, at its first word.)
            let quotes_speech = range.clone().any(|k| {
                let q = doc.tokens[k].quote;
                let first = k == range.start || doc.tokens[k - 1].quote != q;
                first && q.is_some_and(|q| doc.quotes[q].has_words(doc.text, MIN_SPEECH_WORDS))
            });
            if quotes_speech {
                continue;
            }
            let quotes_any = range.clone().any(|k| doc.tokens[k].kind == TokenKind::Mark);
            // Only someone the name finder found: "according to New York magazine" makes no
            // person of the magazine ("…, according to a Ledger analysis, according to Sen. Ann
            // Roe." is Roe's). The last one is nearest the quotation.
            let according_to = according_to_phrases(doc, range.start, range.end, None)
                .map(|(phrase, _)| phrase)
                .filter(|phrase| {
                    placed_within(self.roster, phrase.start, phrase.end)
                        .iter()
                        .any(|p| p.last == phrase.end)
                })
                .last();
            // A cue in a clause opening a sentence that quotes ("When Roe pointed out that Bo
            // calls it “a plan,” Al Bo seized on it.") reports the quoted phrase, not the
            // sentence.
            let cue_from = if quotes_any {
                opening_clause_end(doc, range).map_or(range.start, |comma| comma + 1)
            } else {
                range.start
            };
            let cue = || {
                (cue_from..range.end)
                    .take(MAX_LOOKBACK)
                    .find(|&k| is_cue_verb(doc, k, None))
            };
            // "Bo won the crowds with promises of change, Pell said.": an
            // attribution closing the sentence reports all of it.
            let closing = || {
                let mut end = range.end;
                while end > range.start && !is_plain_word(doc, end - 1, None) {
                    end -= 1;
                }
                while end > range.start && is_day_or_time(doc.word(end - 1)) {
                    end -= 1;
                }
                let cue = end.checked_sub(1).filter(|&k| k > range.start)?;
                let phrase = (is_cue_verb(doc, cue, None) && !is_participle(doc, cue))
                    .then(|| subject_before(doc, range.start, cue, None))
                    .flatten()?;
                (phrase.start > range.start && doc.word(phrase.start - 1) == ",").then_some(phrase)
            };
            // "Whether the Roe or Bo plan works will tell, said Cy Dee, an editor.": an
            // inverted attribution after a comma reports all of it, whoever it names before.
            let inverted = || {
                let cue = (range.start + 1..range.end)
                    .rev()
                    .take(MAX_APPOSITION)
                    .find(|&k| {
                        doc.tokens[k - 1].kind == TokenKind::Punct
                            && doc.word(k - 1) == ","
                            && is_cue_verb(doc, k, None)
                            && !is_participle(doc, k)
                            && is_reporting_cue(lower(doc, k))
                    })?;
                // The speaker ends the clause ("…, said Al Bo, a Fund director."), where
                // in "Cy Dee, a director, said Al Bo had left" the comma closes an aside and
                // the name begins what was said.
                phrase_after(doc, cue + 1, range.end, None).filter(|phrase| {
                    phrase.end >= range.end || matches!(doc.word(phrase.end), "," | "(" | "." | ";")
                })
            };
            // "Roe declined to say whether she would lead the office Bo had announced.": a
            // cue in a clause right after a noun (a plain one after a determiner, or an
            // organization's name) says what the noun is, and reports nothing.
            let after_noun = |phrase: &Range<usize>| {
                // (The phrase may hold the noun: "the office Bo".)
                let placed = placed_within(self.roster, range.start, phrase.end);
                let Some(name) = placed.last().filter(|p| p.last == phrase.end) else {
                    return false;
                };
                let k = name.from;
                let plain_noun = k >= range.start + 2
                    && is_plain_word(doc, k - 1, None)
                    && !is_capitalised(doc.word(k - 1))
                    && !is_day_or_time(doc.word(k - 1))
                    && DETERMINERS.contains(&lower(doc, k - 2));
                let organization = placed.len() > 1 && {
                    let before = &placed[placed.len() - 2];
                    before.last == k
                        && self.roster.entities[before.entity].kind == EntityKind::Organization
                };
                plain_noun || organization
            };
            let phrase = closing().or(according_to).or_else(inverted).or_else(|| {
                cue()
                    .and_then(|cue| subject_before(doc, range.start, cue, None))
                    .filter(|phrase| !after_noun(phrase))
            });
            if let Some(phrase) = phrase {
                let speaker = self.resolve(phrase);
                if speaker.entity.is_some() {
                    found.insert(s, speaker);
                }
            }
        }
        found
    }
}

/// Whether a mention only modifies the name after it, a role noun or two between: "Bo" in
/// "Bo consultant Cy Fox", "Roe" in "Roe campaign manager Jeff Dale".
fn modifies_next_name(doc: &Doc, mention: &Placed, next: Option<&Placed>) -> bool {
    next.is_some_and(|next| {
        next.first > mention.last
            && next.first <= mention.last + 3
            && (mention.last..next.first).all(|k| ROLE_NOUNS.contains(doc.word(k)))
    })
}

/// The mentions placed within tokens `start..end` (by where they start).
fn placed_within(roster: &Roster, start: usize, end: usize) -> &[Placed] {
    let first = roster.placed.partition_point(|p| p.from < start);
    let last = roster.placed.partition_point(|p| p.from < end);
    &roster.placed[first..last.max(first)]
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
            let inside = |i: usize| {
                doc.tokens[i]
                    .quote
                    .is_some_and(|q| q == parent || doc.quotes[q].parent == Some(parent))
            };
            let mut from = open;
            while from > 0 && open - from < MAX_LOOKBACK && inside(from - 1) && !is_end(from - 1) {
                from -= 1;
            }
            let mut to = close + 1;
            while to < doc.tokens.len() && to - close < MAX_LOOKBACK && inside(to) && !is_end(to) {
                to += 1;
            }
            (from, to)
        }
    }
}

/// Whether token `i` belongs to the frame's level (not inside this or a sibling quotation).
/// The forms of "call", the verb that names a thing with the quoted words.
const CALL_FORMS: &[&str] = &["call", "calls", "called", "calling"];

/// A cue "call" after "what", naming a thing with the quoted words: "what Bo calls the
/// “rigged” count", "under what Mr. Pike called “the old model,”".
fn names_by_what(doc: &Doc, cue: &Range<usize>) -> bool {
    CALL_FORMS.contains(&lower(doc, cue.start))
        && (cue.start.saturating_sub(4)..cue.start).any(|k| lower(doc, k) == "what")
}

fn at_level(doc: &Doc, i: usize, level: Option<usize>) -> bool {
    doc.tokens[i].quote == level && doc.tokens[i].kind != TokenKind::Mark
}

fn lower<'d>(doc: &'d Doc, i: usize) -> &'d str {
    doc.lower(i)
}

/// Whether the cue word at `i` reports nothing before the word after it (marked `!word` in the
/// cue lexicon): "Bo said Roe will continue to be “a friend of farmers”", "With a vote for Roe
/// ruled out, …", "state Sen. Al Bo".
fn reports_nothing_before_next(doc: &Doc, i: usize) -> bool {
    let ending = words_ending_cue(lower(doc, i));
    !ending.is_empty() && doc.tokens.get(i + 1).is_some() && ending.contains(&lower(doc, i + 1))
}

/// Whether token `i` is a cue verb (or starts a multi-word one) used as a verb.
fn is_cue_verb(doc: &Doc, i: usize, level: Option<usize>) -> bool {
    // Cues are lower case ("the United States" holds none), but for headlines, which capitalise
    // every word: "Roe Calls Plan ‘A Disgrace’".
    let word = doc.word(i);
    let lower_case = word.chars().all(|c| !c.is_uppercase());
    let headline_case = doc.headline && i > 0 && word.chars().skip(1).all(char::is_lowercase);
    // "Said Dora Pyne, who grew up nearby, “…”": a past-tense cue opening a sentence, a name
    // after it, is inverted. (Asked only of a cue word.)
    let opens_inverted = || {
        i + 1 < doc.tokens.len()
            && doc.opens_sentence(i)
            && word.chars().skip(1).all(char::is_lowercase)
            && is_past_form(lower(doc, i))
            && is_capitalised(doc.word(i + 1))
            && !NON_NAMES.contains(doc.word(i + 1))
    };
    let before_particle = reports_nothing_before_next(doc, i);
    // "Saying the plan was “dead,” Roe left", "Calling Bo “a fraud,” Roe …": a participle
    // opening a sentence.
    let opening_participle = || {
        doc.opens_sentence(i)
            && word.ends_with("ing")
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
    };
    at_level(doc, i, level)
        && doc.tokens[i].kind == TokenKind::Word
        && !before_particle
        && (lower_case && CUE_VERBS.contains(word) && !is_noun_use(doc, i)
            || CUE_VERBS.contains(lower(doc, i))
                && (headline_case || opens_inverted() || opening_participle())
                && !is_noun_use(doc, i)
            || cue_idiom_at(doc, i, level).is_some())
}

/// Whether a lower-cased word is a past tense or participle: "argued", "told", "written".
fn is_past_form(word: &str) -> bool {
    word.ends_with("ed") || IRREGULAR_VERB_FORMS.contains(word)
}

/// Whether a cue word is a passive participle, whose subject is spoken to or about, not the
/// speaker: "ten pupils were admitted", "Roe was told", "the plan is called “…”". A
/// comparison is no cue either: "a tactic compared to ‘begging the umpire’".
fn is_passive(doc: &Doc, i: usize) -> bool {
    let word = lower(doc, i);
    if !is_past_form(word) {
        return false;
    }
    // "was not told", "were also asked": adverbs between are skipped.
    let before = (0..i).rev().find(|&k| {
        let w = lower(doc, k);
        BE_FORMS.contains(&w) || !(w == "not" || is_between_subject_and_cue(doc, k))
    });
    let after_be = before.is_some_and(|k| BE_FORMS.contains(&lower(doc, k)));
    let comparison = word == "compared"
        && i + 1 < doc.tokens.len()
        && ["to", "with"].contains(&lower(doc, i + 1));
    after_be || comparison
}

/// Whether the word at `i` follows a word `opens` accepts, `back` words before it, with only
/// words `modifier` accepts between: "Bo’s boldest claim" (an owner, then modifiers), "the
/// wholesale labeling" (a determiner).
fn follows_through_modifiers(
    i: usize,
    back: RangeInclusive<usize>,
    opens: impl Fn(usize) -> bool,
    modifier: impl Fn(usize) -> bool,
) -> bool {
    back.into_iter()
        .any(|back| i >= back && opens(i - back) && (i - back + 1..i).all(&modifier))
}

/// Whether a cue word is used as a noun: a form that can be one (call, claims, report — not
/// said, told or adding) after a determiner, perhaps with one modifier between:
/// "In a late-night call with …" has no cue; after a determiner and a singular word, a bare
/// form is always a noun: "a quick reply: “…”".
fn is_noun_use(doc: &Doc, i: usize) -> bool {
    let word = lower(doc, i);
    // "Ames’s claims", "the campaign’s statement", and past a name the possessive owns:
    // "Calls Roe’s Harbor Remarks ‘Reckless’".
    let owned = |k: usize| possessive_stem(doc.word(k)).is_some();
    // "Bo’s boldest claim that …", "Roe's pledge to stay “impartial”": a bare
    // form after an owner and lower-case modifiers (no plural: "Roe’s aides claim" is a verb).
    let bare_form = !word.ends_with('s') && !is_past_form(word) && !word.ends_with("ing");
    let after_modifiers = bare_form
        && follows_through_modifiers(i, 2..=3, owned, |k| {
            let w = doc.word(k);
            doc.tokens[k].kind == TokenKind::Word
                && !is_capitalised(w)
                && !w.ends_with('s')
                && !owned(k)
        });
    let after_owner = i > 0 && owned(i - 1)
        || i > 1 && owned(i - 2) && is_capitalised(doc.word(i - 1)) && !owned(i - 1)
        || after_modifiers;
    if after_owner && !is_past_form(word) && !["says", "tells"].contains(&word) {
        return true;
    }
    // "the wholesale labeling of voters as …": a gerund after a determiner (and lower-case
    // modifiers) and before "of" is a noun.
    let gerund_noun = word.ends_with("ing")
        && i + 1 < doc.tokens.len()
        && lower(doc, i + 1) == "of"
        && follows_through_modifiers(
            i,
            1..=3,
            |k| DETERMINERS.contains(&lower(doc, k)),
            |k| {
                doc.tokens[k].kind == TokenKind::Word && doc.word(k).chars().all(char::is_lowercase)
            },
        );
    if gerund_noun {
        return true;
    }
    let verb_only =
        is_past_form(word) || word.ends_with("ing") || !doc.word(i).chars().all(char::is_lowercase);
    if verb_only || ["says", "tells", "sings"].contains(&word) {
        return false;
    }
    // "White House deputy counsel Al Bo": a bare form between a singular role noun and a name
    // is no verb of it (which would take an -s) but the rest of a title.
    let before_name = doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && is_capitalised(doc.word(i + 1)));
    if !word.ends_with('s')
        && before_name
        && i > 0
        && doc.word(i - 1).chars().all(char::is_lowercase)
        && is_singular_role_noun(doc.word(i - 1))
    {
        return true;
    }
    // "suggesting a few questions", "several reports"; "the secretary of state", "asked for
    // comment"; "the Sept. 11 attacks".
    // "“…,” the two write.": a number after "the" is the subject itself.
    let the_number =
        i > 1 && lower(doc, i - 2) == "the" && NUMBER_WORDS.contains(&lower(doc, i - 1));
    let governs_noun = |k: usize| {
        is_quantifier(lower(doc, k))
            || NOUN_PREPOSITIONS.contains(&lower(doc, k))
            || is_number(doc.word(k))
    };
    if i > 0 && !the_number && governs_noun(i - 1) {
        return true;
    }
    // "rated 32% of Republican claims as “false”": past an adjective of party or nation.
    // "to disprove Republican claims of “…”": so after any lower-case word but a determiner
    // ("the Republican claims" may be one Republican's verb).
    if i > 1
        && is_adjective_shaped(doc.word(i - 1))
        && (governs_noun(i - 2)
            || doc.tokens[i - 2].kind == TokenKind::Word
                && doc.word(i - 2).chars().all(char::is_lowercase)
                && !DETERMINERS.contains(&lower(doc, i - 2)))
    {
        return true;
    }
    // "a Carl Ames tweet attacking …", "22 Roe emails": a name after "a" or a number
    // modifies the noun.
    let name_start = (0..i)
        .rev()
        .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && is_capitalised(doc.word(k)))
        .last();
    if name_start.is_some_and(|k| {
        k > 0 && (["a", "an"].contains(&lower(doc, k - 1)) || is_number(doc.word(k - 1)))
    }) {
        return true;
    }
    // With a modifier between, only when a word follows: "a pre-holiday call with …" is a
    // noun, "the article read." is a verb.
    let word_follows = doc
        .tokens
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Word);
    // "his supporters notes that …": a plural between makes the word its verb.
    let plural_between = i > 0 && lower(doc, i - 1).ends_with('s') && word.ends_with('s');
    // "Roe delivered a snappy retort: “…”": after a determiner and a singular word, a bare
    // form ("retort", not "retorts" or "retorted") can be no verb.
    // ("the Dayton depot attack": two singular words may stand between.)
    let bare_form = !word.ends_with('s') && word != "read";
    // "Proponents of the new bill say …": the singulars end a phrase after "of" that modifies
    // a plural of people, whose verb the bare form is (not "the news of the harbor attack").
    let of_plural = |determiner: usize| {
        determiner >= 2 && lower(doc, determiner - 1) == "of" && {
            let head = lower(doc, determiner - 2);
            head.ends_with('s') && ROLE_NOUNS.contains(head)
        }
    };
    // "the use of private email servers": after "of" and a singular head, which would take
    // the verb in -s, a bare form is a noun ("most of our staff say" is a verb).
    let of_singular = |of: usize| {
        of >= 1 && lower(doc, of) == "of" && {
            let head = lower(doc, of - 1);
            doc.tokens[of - 1].kind == TokenKind::Word
                && doc.word(of - 1).chars().all(char::is_lowercase)
                && !head.ends_with('s')
                && !governs_noun(of - 1)
        }
    };
    let after_singulars = |back: usize| {
        i >= back
            && (DETERMINERS.contains(&lower(doc, i - back)) && !of_plural(i - back)
                || of_singular(i - back))
            && (i - back + 1..i).all(|k| {
                let w = lower(doc, k);
                doc.tokens[k].kind == TokenKind::Word
                    && !w.ends_with('s')
                    && !FUNCTION_WORDS.contains(w)
                    && !is_day_or_time(doc.word(k))
            })
    };
    if bare_form && !the_number && (after_singulars(2) || after_singulars(3)) {
        return true;
    }
    // "“…,” the officials say in a statement", "the Lakeview Democrats state": a bare form
    // after a plural of people is its verb, unless a verb follows it ("the Ledger report said").
    // (Not after any word in -s: "his famous demand", "an alias email".)
    let plural_subject = i > 0 && {
        let before = lower(doc, i - 1);
        let next = doc.tokens.get(i + 1).map(|_| lower(doc, i + 1));
        let people = ROLE_NOUNS.contains(before) || is_capitalised(doc.word(i - 1));
        people
            && before.ends_with('s')
            && !before.ends_with("ss")
            && possessive_stem(doc.word(i - 1)).is_none()
            && !word.ends_with('s')
            && next.is_none_or(|w| {
                !CUE_VERBS.contains(w)
                    && !BE_FORMS.contains(&w)
                    && !AUXILIARIES.contains(&w)
                    && !is_past_form(w)
            })
    };
    (1..=2).any(|back| {
        i >= back
            && DETERMINERS.contains(&lower(doc, i - back))
            && !of_plural(i - back)
            && (back == 1
                || word_follows
                    && !plural_between
                    && !plural_subject
                    && doc.tokens[i - 1].kind == TokenKind::Word
                    && !CUE_VERBS.contains(lower(doc, i - 1)))
    })
}

/// Tokens of the cue verb at `i`: one, or a multi-word verb's length.
fn cue_len(doc: &Doc, i: usize, level: Option<usize>) -> usize {
    cue_idiom_at(doc, i, level).unwrap_or(1)
}

/// Length of the multi-word item of `list` starting at `i`.
fn multiword_at(list: &MultiWords, doc: &Doc, i: usize, level: Option<usize>) -> Option<usize> {
    if !list.may_start(lower(doc, i)) {
        return None;
    }
    list.iter()
        .find(|p| {
            i + p.len() <= doc.tokens.len()
                && p.iter().enumerate().all(|(k, w)| {
                    at_level(doc, i + k, level) && doc.word(i + k).eq_ignore_ascii_case(w)
                })
        })
        .map(Vec::len)
}

/// Length of a multi-word cue verb ("put it") starting at `i`. One ending in "on" reports
/// where the words stop or go on "about" or "to" ("“…,” he went on.", "went on about “…”"),
/// not before an object: "when the council goes on break, “…”" has no cue.
fn cue_idiom_at(doc: &Doc, i: usize, level: Option<usize>) -> Option<usize> {
    multiword_at(&CUE_IDIOMS, doc, i, level).filter(|&len| {
        let next = i + len;
        lower(doc, next - 1) != "on"
            || doc
                .tokens
                .get(next)
                .is_none_or(|t| t.kind != TokenKind::Word)
            || matches!(lower(doc, next), "about" | "to")
    })
}

/// Length of a cue phrase whose speaker follows ("according to") starting at `i`. Opening a
/// reported clause it is part of what was reported: "Roe said that according to her
/// tally, the bill will pass …, but “we are still short.”"
fn cue_phrase_at(doc: &Doc, i: usize, level: Option<usize>) -> Option<usize> {
    if i > 0 && lower(doc, i - 1) == "that" {
        return None;
    }
    multiword_at(&CUE_PHRASES, doc, i, level)
}

fn cue_text(doc: &Doc, cue: Range<usize>) -> String {
    doc.span(cue).to_lowercase()
}

/// Whether a quotation opening at `open`, governed by "that" and a cue before it in its frame
/// from `from` ("Bo claimed on Tuesday that “…”"), is followed by an attribution that reports a
/// clause of its own, ending at `end` ("…,” one of his aides said the cases differ"): the
/// quotation is the first cue's, and the second speaker says something else.
fn reports_own_clause(
    doc: &Doc,
    from: usize,
    (open, end): (usize, usize),
    to: usize,
    level: Option<usize>,
) -> bool {
    let lowest = from.max(open.saturating_sub(MAX_LOOKBACK));
    let governed = open >= lowest + 2
        && lower(doc, open - 1) == "that"
        && (lowest..open - 1).any(|k| is_cue_verb(doc, k, level));
    governed && end < to && opens_reported_clause(doc, end)
}

/// Whether word `k`, right after an attribution, opens a clause that attribution reports:
/// "that", a determiner, a pronoun or a capitalised word other than a day ("Roe says Bo is
/// …", "said the plan is …").
fn opens_reported_clause(doc: &Doc, k: usize) -> bool {
    let word = doc.word(k);
    let lower = lower(doc, k);
    doc.tokens[k].kind == TokenKind::Word
        && (lower == "that"
            || DETERMINERS.contains(&lower)
            || pronoun_of(word).is_some()
            || is_capitalised(word) && !is_day_or_time(word))
}

/// Whether a cue of the frame from `from`, at most [`MAX_INTRODUCING_WORDS`] words before a
/// comma or colon right before the quotation at `open`, introduces it: "telling her, “…”",
/// "According to Roe, “…”".
fn introduced_by_cue(doc: &Doc, from: usize, open: usize, level: Option<usize>) -> bool {
    open >= from + 2
        && matches!(doc.word(open - 1), "," | ":")
        && (from.max((open - 1).saturating_sub(MAX_INTRODUCING_WORDS + 1))..open - 1)
            .any(|k| is_cue_verb(doc, k, level) || cue_phrase_at(doc, k, level).is_some())
}

/// Whether an attribution ending at `end`, after a quotation, introduces a quotation of its
/// own: it ends in a colon, or a comma right before an opening mark, perhaps past an adverb or
/// a particle ("Ann Roe answers Cy Mills with, “Why now?” Mills writes back, “You look
/// cute.”") or an aside ("Roe joked, again putting on a drawl, “…”"). The
/// quotation before it is then someone else's.
fn introduces_quotation(doc: &Doc, end: usize) -> bool {
    /// Words of an aside between an attribution and the quotation it introduces.
    const MAX_INTRODUCING_ASIDE: usize = 8;
    let Some(mark) = (end..doc.tokens.len())
        .take(MAX_INTRODUCING_WORDS + 1)
        .find(|&k| doc.tokens[k].kind != TokenKind::Word || is_capitalised(doc.word(k)))
    else {
        return false;
    };
    // (A mark stands outside its quotation: the word after it tells which one it opens.)
    let opens_quotation = |comma: usize| {
        doc.tokens.get(comma + 1).is_some_and(|t| {
            t.kind == TokenKind::Mark
                && doc
                    .tokens
                    .get(comma + 2)
                    .and_then(|w| w.quote)
                    .is_some_and(|q| doc.quotes[q].open == t.start)
        })
    };
    // "Roe joked, again putting on a drawl, “…”": an aside may stand between.
    let after_aside = || {
        let comma = (mark + 1..doc.tokens.len().min(mark + 1 + MAX_INTRODUCING_ASIDE))
            .find(|&k| doc.tokens[k].kind != TokenKind::Word)?;
        (doc.word(comma) == ",").then_some(comma)
    };
    doc.word(mark) == ":"
        || doc.word(mark) == ","
            && (opens_quotation(mark) || after_aside().is_some_and(opens_quotation))
}

/// Rule 1: the attribution right after the quotation.
fn speaker_after(doc: &Doc, start: usize, end: usize, level: Option<usize>) -> Option<Found> {
    let mut i = start;
    let mut dash = None;
    while i < end && at_level(doc, i, level) && (doc.word(i) == "," || is_dash(doc.word(i))) {
        if doc.word(i) != "," {
            dash = Some(i);
        }
        i += 1;
    }
    // "“…,” as a Treasury memo put it.": the subject and cue follow "as".
    if i + 1 < end && at_level(doc, i, level) && lower(doc, i) == "as" {
        i += 1;
    }
    if i >= end || !at_level(doc, i, level) {
        return None;
    }
    // "“…,” the ruling said.": a comma closing the quotation leaves the sentence to its
    // attribution.
    let closed_by_comma = i == start && start >= 2 && doc.word(start - 2) == ",";
    if cue_phrase_at(doc, i, level).is_some() {
        let (phrase, cue) = cue_phrase_speaker(doc, i, end, level)?;
        return Some(Found::Phrase(phrase, cue));
    }
    if is_cue_verb(doc, i, level) {
        let len = cue_len(doc, i, level);
        // "“terrible,” denounced her record": a judging verb is never inverted ("“…,” shot
        // back Roe" is).
        if len == 1 && !is_reporting_cue(lower(doc, i)) {
            return None;
        }
        // "the “top secret” email chains": an inverted cue follows a quotation closed by its
        // punctuation ("“Why now?” asked Roe") or opening its sentence; right after a bare
        // phrase in mid-sentence it is a noun. (A nested quotation may close it: "“They say,
        // ‘Vote,’” said Roe".)
        let last_quoted = &doc.tokens[start.saturating_sub(2)];
        let punctuated = i > start
            || last_quoted.kind != TokenKind::Word
            || last_quoted
                .quote
                .is_some_and(|q| doc.opens_sentence(doc.token_at(doc.quotes[q].open)));
        if !punctuated {
            return None;
        }
        // "“…,” telling reporters …": a participle's subject is the clause's, before the
        // quotation, never the listener after it; the rules looking before the quotation
        // find it.
        if is_participle(doc, i) {
            return None;
        }
        let phrase = phrase_after(doc, i + len, end, level).or_else(|| {
            sentence_tail(doc, i + len, end, level)
                .filter(|tail| closed_by_comma && is_described_speaker(doc, tail.clone(), level))
        })?;
        // "Mr. Roe, citing “…,” said the candidate could win": a verb after the phrase makes
        // it the subject of a reported clause, not an inverted speaker.
        let reported_clause = phrase.end < end && {
            let next = lower(doc, phrase.end);
            BE_FORMS.contains(&next) || AUXILIARIES.contains(&next)
        };
        if reported_clause {
            return None;
        }
        return Some(Found::Phrase(phrase, i..i + len));
    }
    // A signature after a dash: “…” ― Ann Roe; not a reporter's byline closing a sentence
    // whose own cue attributes the quotation ("Roe insisted that it was “…”.--Kim Hill.").
    if let Some(dash) = dash {
        let first = doc.sentences[doc.sentence_of(start - 1)]
            .start
            .max(start.saturating_sub(MAX_LOOKBACK));
        if (first..start).any(|k| is_cue_verb(doc, k, level)) {
            return None;
        }
        let last = (i..end.min(i + 6))
            .take_while(|&k| at_level(doc, k, level) && is_capitalised(doc.word(k)))
            .last()?;
        // "“Do svidaniya!” - Russian for “goodbye.”": a signature ends its sentence or runs
        // into an apposition; a word going on after it makes the words a gloss.
        let runs_on = doc.tokens.get(last + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.paragraph == doc.tokens[last].paragraph
                && !is_capitalised(doc.word(last + 1))
        });
        if runs_on {
            return None;
        }
        return Some(Found::Phrase(i..last + 1, dash..dash + 1));
    }
    // A subject, then (past an apposition or a party tag) the cue.
    for j in i..end.min(i + MAX_APPOSITION) {
        // "“…,” Bill Roe, wearing “Vote Bo” pins, said": a quoted name in an apposition (not a
        // list of quotations: "“how the deal was struck,” and “empty shelves,” Ann said").
        if level.is_none() && is_quoted_name(doc, j) && (i..j).any(|k| doc.word(k) == ",") {
            continue;
        }
        if !at_level(doc, j, level) || matches!(doc.word(j), "." | ";" | ":" | "!" | "?") {
            return None;
        }
        // "“…,” a clerk, who was not allowed to comment, told the Ledger.": a cue in the
        // infinitive reports nothing; nor does a participle modifying the phrase before it
        // ("“unhinged” a Carl Ames tweet attacking her").
        let cue_verb = is_cue_verb(doc, j, level);
        // "“…?” a clerk could be heard asking Roe": after a verb of perceiving, the participle
        // is what the subject was heard doing; the subject stands before the verb group.
        if cue_verb && j > i && is_participle(doc, j) {
            if let Some(verb) = participle_verb_group(doc, i, j) {
                let cue = j..j + cue_len(doc, j, level);
                return subject_before(doc, i, verb, level)
                    .map(|phrase| Found::Phrase(phrase, cue));
            }
        }
        // "“gag order” measures added by Bo": a past form before an agent's "by" is a
        // passive participle modifying the noun before it, no cue with a subject ("Roe said by
        // telephone" is one).
        let passive_participle = j + 2 < end
            && lower(doc, j + 1) == "by"
            && (is_capitalised(doc.word(j + 2)) || DETERMINERS.contains(&lower(doc, j + 2)));
        if cue_verb
            && !is_infinitive(doc, i, j)
            && !is_participle(doc, j)
            && !passive_participle
            && !in_relative_clause(doc, i, j)
        {
            // "Leonard Roe, director of …, said", "Rep. Al Bo (R-Ohio), a member, said", and
            // "''…'' of the plan, Mr. Roe said", where the subject opens a clause after a comma.
            let Some(phrase) = subject_before(doc, i, j, level) else {
                let cue = j..j + cue_len(doc, j, level);
                let subject_end = before_adverbs(doc, i + 1, j);
                return (closed_by_comma && is_described_speaker(doc, i..subject_end, level))
                    .then(|| sentence_tail(doc, cue.end, end, level))
                    .flatten()
                    .map(|_| Found::Phrase(i..subject_end, cue));
            };
            // "retired Air Force general Lloyd Roe said", "a narrator in the campaign ad asks":
            // modifiers and prepositional phrases between the quotation and the phrase belong
            // to it.
            // ("Bell's niece, state Del. Ana Ruiz (D-Ohio), shouted": an adjective or two may
            // stand between the comma and the name; not a preposition's phrase, as in "Al
            // Bo, a spokesman for Speaker Ann Roe told the Ledger".)
            let head = before_adjectives(doc, i, phrase.start, level);
            let after_comma = head > i && doc.word(head - 1) == ",";
            // "“…,” Al Bo and Cy Fox wrote.", "“…,” experts Al Bo and Cy Fox of the Institute
            // for Science wrote": names joined by "and" speak together.
            let joins_names = |k: usize| {
                lower(doc, k) == "and"
                    && k > i
                    && is_capitalised(doc.word(k - 1))
                    && is_capitalised(doc.word(k + 1))
            };
            // "“…” in the way the State Department responds": a phrase opening with a preposition
            // is an adverbial, and the name in it is a reduced relative clause's subject.
            let opens_adverbial = PHRASE_PREPOSITIONS.contains(&lower(doc, i));
            // "“…,” the Ohio senator and Republican candidate said": two descriptions of one
            // speaker after one article.
            let joins_descriptions = |k: usize| {
                lower(doc, k) == "and"
                    && lower(doc, i) == "the"
                    && !DETERMINERS.contains(&lower(doc, k + 1))
            };
            let joined = !opens_adverbial
                && (i..phrase.start).all(|k| {
                    is_modifier_or_preposition(doc, k, level)
                        || joins_names(k)
                        || joins_descriptions(k)
                });
            // "''the old guard,'' on Monday night he said it still ran …": words before a
            // pronoun are no modifiers of it; the attribution is the next clause's.
            let pronoun = pronoun_of(doc.word(phrase.start)).is_some();
            let phrase = match (phrase.start == i || after_comma, joined && !pronoun) {
                (true, _) => phrase,
                (false, true) => i..phrase.end,
                (false, false) => return None,
            };
            // "…,” Melanie said yes, over and over": the cue has its own object; the
            // quotation is not what was said.
            let cue = j..j + cue_len(doc, j, level);
            if cue.end < end && SAID_OBJECTS.contains(&lower(doc, cue.end)) {
                return None;
            }
            return Some(Found::Phrase(phrase, cue));
        }
    }
    None
}

/// Whether the word at `k` stands in a relative clause set off by a comma: "“…,” Al Bo, who
/// spoke on condition of anonymity, said." — "spoke" reports nothing; "said" is the cue.
///
/// A clause of "be" and a noun phrase ends at the next verb, even with no comma to close it:
/// in "Ann Roe, who is chair of the Voters Fund said", "said" is the main clause's.
fn in_relative_clause(doc: &Doc, from: usize, k: usize) -> bool {
    let clause_start = (from..k).rev().find(|&m| doc.word(m) == ",");
    clause_start.is_some_and(|comma| {
        let pronoun = comma + 1;
        pronoun < k
            && RELATIVE_PRONOUNS.contains(&lower(doc, pronoun))
            && !is_be_and_noun_clause(doc, pronoun, k)
    })
}

/// Whether the relative clause opening with the pronoun at `pronoun` is "be" and a noun phrase
/// ("who is chair of the fund", "who was a member"), which ends before a verb at `verb`.
fn is_be_and_noun_clause(doc: &Doc, pronoun: usize, verb: usize) -> bool {
    pronoun + 3 < verb
        && BE_FORMS.contains(&lower(doc, pronoun + 1))
        && (DETERMINERS.contains(&lower(doc, pronoun + 2))
            || ROLE_NOUNS.contains(lower(doc, pronoun + 2)))
}

/// A signature on its own line under a quotation that opens its paragraph: "“…” / - Ann Roe,
/// Philadelphia." (not "… called him “my friend.” / - Wire Service.").
fn speaker_signed_below(
    doc: &Doc,
    open: usize,
    close: usize,
    level: Option<usize>,
) -> Option<Found> {
    let dash = close + 1;
    let signs = level.is_none()
        && starts_paragraph(doc, open)
        && dash + 1 < doc.tokens.len()
        && doc.tokens[dash].paragraph != doc.tokens[close].paragraph
        && is_dash(doc.word(dash));
    if !signs {
        return None;
    }
    let paragraph = doc.tokens[dash].paragraph;
    let last = (dash + 1..doc.tokens.len().min(dash + 7))
        .take_while(|&k| {
            doc.tokens[k].paragraph == paragraph
                && doc.tokens[k].quote.is_none()
                && is_capitalised(doc.word(k))
        })
        .last()?;
    // The name ends its line or a comma follows: "- Ann Roe, Philadelphia."
    let ends = doc
        .tokens
        .get(last + 1)
        .is_none_or(|t| t.paragraph != paragraph || matches!(doc.word(last + 1), "," | "."));
    ends.then(|| Found::Phrase(dash + 1..last + 1, dash..dash + 1))
}

/// Rule 1, past the sentence end: a question or exclamation cannot close with a comma, so its
/// attribution opens the next sentence: "“Why are you still backing him?” Ames asked."; after a
/// full stop, a sentence that is nothing but the attribution is one too: "“… that are
/// missing.” Ames said."
fn speaker_in_next_sentence(
    doc: &Doc,
    quote: &QuotedSpan,
    (open, close): (usize, usize),
    level: Option<usize>,
) -> Option<Found> {
    let text = doc.text[quote.start()..quote.end()].trim_end();
    if !text.ends_with(['?', '!', '.']) || close + 1 >= doc.tokens.len() {
        return None;
    }
    let next = &doc.sentences[doc.sentence_of(close + 1)];
    if next.start != close + 1 || doc.tokens[next.start].paragraph != doc.tokens[close].paragraph {
        return None;
    }
    // "“…!” Bell's niece, Ana Ruiz, shouted.": the phrase may follow a head it is in apposition
    // to.
    let opens_next = |phrase: &Range<usize>| {
        let head = before_adjectives(doc, next.start, phrase.start, level);
        phrase.start == next.start
            || head <= next.start + MAX_APPOSITION_HEAD
                && head > next.start
                && doc.word(head - 1) == ","
                && (next.start..head - 1).all(|k| is_modifier_or_preposition(doc, k, level))
    };
    // "“…” That quote from Police Chief Al Bo ran on the front page.": a speech noun after a
    // demonstrative names its source after "from".
    let source_noun = next.start + 3 < next.end
        && ["that", "this", "the"].contains(&lower(doc, next.start))
        && is_speech_noun(lower(doc, next.start + 1))
        && lower(doc, next.start + 2) == "from";
    if let Some(source) = source_noun
        .then(|| noun_phrase_starting_at(doc, next.start + 3, next.end, level))
        .flatten()
        .filter(|phrase| is_capitalised(doc.word(phrase.end - 1)))
    {
        return Some(Found::Phrase(source, next.start + 1..next.start + 2));
    }
    match speaker_after(doc, next.start, next.end, level)? {
        Found::Phrase(phrase, cue) if opens_next(&phrase) => {
            let mut end = phrase.end.max(cue.end);
            while end < next.end && is_day_or_time(doc.word(end)) {
                end += 1;
            }
            let attribution_only = end >= next.end || matches!(doc.word(end), "." | "!");
            let introduces_own = introduces_quotation(doc, end);
            // "… telling her, “you are a star!” She replied to him that …": a quotation that a
            // cue of its own sentence introduces goes to the next sentence only when that
            // sentence is nothing but the attribution.
            let own_sentence = doc.sentences[doc.sentence_of(open)].start;
            let introduced = introduced_by_cue(doc, own_sentence, open, level);
            // "“What if he had lessons?” The agency said Tuesday that it will …", "“Amen!”
            // Rivals say Democrats are …": a cue that reports a clause of its own does not
            // take the question before it.
            let say = matches!(lower(doc, cue.start), "say" | "says" | "said");
            let reports_clause = end < next.end
                && (lower(doc, end) == "that" || say && opens_reported_clause(doc, end));
            let exclaims = text.ends_with(['?', '!']) && !introduced && !reports_clause;
            ((exclaims || attribution_only) && !introduces_own)
                .then_some(Found::Phrase(phrase, cue))
        }
        _ => None,
    }
}

/// Where the phrase at `start` begins counting the adjectives before it, two at most and none
/// before `lowest`: "state" in "…, state Del. Ana Ruiz".
fn before_adjectives(doc: &Doc, lowest: usize, start: usize, level: Option<usize>) -> usize {
    let lowest = lowest.max(start.saturating_sub(2));
    let mut head = start;
    while head > lowest && is_adjective_before_name(doc, head - 1, level) {
        head -= 1;
    }
    head
}

/// A lower-case adjective before a titled name: "state" in "state Del. Ana Ruiz", "former".
/// Not a preposition or a determiner, which would open a phrase of their own.
fn is_adjective_before_name(doc: &Doc, k: usize, level: Option<usize>) -> bool {
    let w = lower(doc, k);
    is_modifier_or_preposition(doc, k, level)
        && !is_capitalised(doc.word(k))
        && !PHRASE_PREPOSITIONS.contains(&w)
        && !DETERMINERS.contains(&w)
}

/// A word that can stand before a speaker phrase's head inside it: a modifier ("retired") or a
/// preposition of a phrase ("in", "of"), never a cue, pronoun or other function word.
fn is_modifier_or_preposition(doc: &Doc, k: usize, level: Option<usize>) -> bool {
    let w = lower(doc, k);
    at_level(doc, k, level)
        && doc.tokens[k].kind == TokenKind::Word
        && pronoun_of(doc.word(k)).is_none()
        && (!CUE_VERBS.contains(w) || reports_nothing_before_next(doc, k))
        && (!FUNCTION_WORDS.contains(w)
            || PHRASE_PREPOSITIONS.contains(&w)
            || DETERMINERS.contains(&w)
            || is_quantifier(w))
}

/// The speaker phrase after an inverted cue: `said Sen. Al Bo (D-Utah), a …` -> `Sen. Al Bo`,
/// past a day or time ("said Monday").
fn phrase_after(doc: &Doc, start: usize, end: usize, level: Option<usize>) -> Option<Range<usize>> {
    let mut i = start;
    while i < end && at_level(doc, i, level) && (is_day_or_time(doc.word(i)) || doc.word(i) == "on")
    {
        i += 1;
    }
    // "said one of her aides, who …": a part of a group is the whole phrase.
    let partitive = i + 2 < end
        && (i..i + 2).all(|k| at_level(doc, k, level))
        && (DETERMINERS.contains(&lower(doc, i)) || is_quantifier(lower(doc, i)))
        && lower(doc, i + 1) == "of";
    if partitive {
        // "of those advisers": a demonstrative leads the group as a determiner would.
        let group_start = if is_quantifier(lower(doc, i + 2)) {
            i + 3
        } else {
            i + 2
        };
        if let Some(group) = noun_phrase_starting_at(doc, group_start, end, level) {
            return Some(i..group.end);
        }
    }
    // "according to some on the left", "said many in the party": a quantifier standing for
    // people takes the place they are in.
    let placed_group = i + 2 < end
        && (i..i + 2).all(|k| at_level(doc, k, level))
        && is_quantifier(lower(doc, i))
        && ["in", "on", "at", "within", "among", "across"].contains(&lower(doc, i + 1));
    if placed_group {
        if let Some(place) = noun_phrase_starting_at(doc, i + 2, end, level) {
            return Some(i..place.end);
        }
    }
    let phrase = noun_phrase_starting_at(doc, i, end, level)?;
    // "said Campaign for Fair Rents’s executive director, Ann Roe": a name joined by "of" or
    // "for" goes on to its possessive, which owns the description after it.
    let owner = (phrase.end < end && CONNECTORS.contains(&doc.word(phrase.end)))
        .then(|| {
            (phrase.end + 1..end.min(phrase.end + MAX_PHRASE))
                .take_while(|&k| {
                    at_level(doc, k, level)
                        && (is_capitalised(doc.word(k)) || CONNECTORS.contains(&doc.word(k)))
                })
                .find(|&k| possessive_stem(doc.word(k)).is_some())
        })
        .flatten();
    let (phrase, owned) = match owner
        .and_then(|k| noun_phrase_starting_at(doc, k + 1, end, level).filter(|p| p.start == k + 1))
    {
        Some(description) => (phrase.start..description.end, true),
        None => (phrase, false),
    };
    // "according to figures by Amy Roe of the institute", "according to a brief
    // lodged by Al Bo": the work's author speaks.
    let by = (phrase.end..end.min(phrase.end + 3))
        .find(|&by| names_author_at(doc, phrase.start, by))
        .unwrap_or(phrase.end);
    let authored = by > phrase.end || is_bare_common_noun(doc, &phrase);
    if authored
        && by + 1 < end
        && at_level(doc, by, level)
        && matches!(lower(doc, by), "by" | "from")
    {
        if let Some(author) = noun_phrase_starting_at(doc, by + 1, end, level)
            .filter(|author| is_capitalised(doc.word(author.end - 1)))
        {
            return Some(author);
        }
    }
    // "said the agency's director, Cy B. Crane, on Monday": the name in apposition.
    let described = DETERMINERS.contains(&lower(doc, phrase.start))
        || possessive_stem(doc.word(phrase.start)).is_some()
        || owned;
    if described && phrase.end + 1 < end && doc.word(phrase.end) == "," {
        let name_start = phrase.end + 1;
        let name_end = (name_start..end.min(name_start + MAX_PHRASE))
            .take_while(|&k| at_level(doc, k, level) && is_capitalised(doc.word(k)))
            .last()
            .map(|k| k + 1);
        if let Some(name_end) = name_end {
            let closes = name_end == end || matches!(doc.word(name_end), "," | "." | ";");
            if closes && !NON_NAMES.contains(doc.word(name_start)) {
                return Some(name_start..name_end);
            }
        }
    }
    Some(phrase)
}

/// What is left of a sentence after an inverted cue, when it is a few plain words up to the
/// sentence's end: a speaker the phrase rules pass over, kept as written ("“…,” said the
/// ruling."); empty when the cue ends the sentence.
fn sentence_tail(
    doc: &Doc,
    start: usize,
    end: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    let stop = (start..end.min(start + MAX_PHRASE + 1))
        .find(|&k| !is_plain_word(doc, k, level))
        .unwrap_or(end);
    let closes = stop == end || matches!(doc.word(stop), "." | "!" | "?" | ";");
    (closes && stop <= start + MAX_PHRASE).then_some(start..stop)
}

/// A word token of the quotation's level.
fn is_plain_word(doc: &Doc, k: usize, level: Option<usize>) -> bool {
    at_level(doc, k, level) && doc.tokens[k].kind == TokenKind::Word
}

/// Whether a few words right after a quotation's closing comma can be a speaker the phrase
/// rules pass over: led by a determiner or a capital, at most four words ("the ruling", "the
/// Acme report", "it").
fn is_described_speaker(doc: &Doc, words: Range<usize>, level: Option<usize>) -> bool {
    (1..=4).contains(&words.len())
        && words.clone().all(|k| is_plain_word(doc, k, level))
        && (DETERMINERS.contains(&lower(doc, words.start))
            || is_capitalised(doc.word(words.start))
            || is_impersonal_pronoun(doc.word(words.start)))
}

/// A word that is a number: "22", "2016", "9/11".
fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
}

/// A day or a time of day, which names no speaker: "said Monday", "Roe on Friday declared".
fn is_day_or_time(word: &str) -> bool {
    (CALENDAR_WORDS.contains(word) && word.ends_with("day"))
        || ["today", "yesterday", "tonight"].contains(&word.to_lowercase().as_str())
}

/// Whether `phrase` is a phrase of relative time and nothing else ("this week", "last
/// year"): the time of a clause, never its subject ("a county audit done this spring
/// noted …").
fn is_time_phrase(doc: &Doc, phrase: Range<usize>) -> bool {
    phrase.len() >= 2 && past_relative_time(doc, phrase.start, phrase.end) == phrase.end
}

/// Words that make a span of time a phrase of time: "last week", "earlier this month".
const RELATIVE_TIME_WORDS: &[&str] = &["last", "this", "next", "earlier", "later", "that"];

/// The end of a phrase of relative time starting at `k` ("last week", "earlier this month"),
/// or `k` when none starts there.
fn past_relative_time(doc: &Doc, k: usize, to: usize) -> usize {
    let mut end = k;
    while end < to && end < k + 2 && RELATIVE_TIME_WORDS.contains(&lower(doc, end)) {
        end += 1;
    }
    if end > k && end < to && TIME_PERIODS.contains(lower(doc, end)) {
        end + 1
    } else {
        k
    }
}

/// "… at a rally last month, according to Ann Roe": an "according to" anywhere in the sentence
/// attributes all of it.
fn according_to_anywhere(doc: &Doc, from: usize, to: usize, level: Option<usize>) -> Option<Found> {
    according_to_phrases(doc, from, to, level)
        .next()
        .map(|(phrase, cue)| Found::Phrase(phrase, cue))
}

/// The speaker a cue phrase at `j` introduces, and the cue: "according to Sen. Ann Roe", "in the
/// words of the report". Not a phrase that names no one: "according to their instinctive
/// preference" (see [`heads_a_speaker`]).
fn cue_phrase_speaker(
    doc: &Doc,
    j: usize,
    to: usize,
    level: Option<usize>,
) -> Option<(Range<usize>, Range<usize>)> {
    let len = cue_phrase_at(doc, j, level)?;
    let phrase = phrase_after(doc, j + len, to, level)?;
    heads_a_speaker(doc, &phrase).then_some((phrase, j..j + len))
}

/// Where the head of a speaker phrase ends: before its first preposition or "to" ("some on
/// the left", "Mr. Lam of the River Alliance", "Roe's email to supporters").
fn head_end(doc: &Doc, phrase: &Range<usize>) -> usize {
    (phrase.start + 1..phrase.end)
        .find(|&k| {
            let w = lower(doc, k);
            PHRASE_PREPOSITIONS.contains(&w) || w == "to"
        })
        .unwrap_or(phrase.end)
}

/// Whether a phrase's head can speak: a name, a personal pronoun, a quantifier of people, a
/// role, a document or an institution ("Ann Roe", "she", "some on the left", "his wife", "the
/// editorial", "the city"); not "his appearance" or "their preference".
fn heads_a_speaker(doc: &Doc, phrase: &Range<usize>) -> bool {
    // ("a study last year": nor does a phrase of time after the head.)
    let end = head_end(doc, phrase);
    let end = (phrase.start + 1..end)
        .find(|&k| k + 1 < end && past_relative_time(doc, k, end) == end)
        .unwrap_or(end);
    let head = end - 1;
    let noun = lower(doc, head);
    is_capitalised(doc.word(head))
        || pronoun_of(doc.word(head)).is_some()
        || is_quantifier(noun)
        || ROLE_NOUNS.contains(noun)
        || DOCUMENT_NOUNS.contains(noun)
        || INSTITUTION_NOUNS.contains(noun)
}

/// Every "according to" phrase between `from` and `to`, with its cue, in order: "…, according
/// to a Ledger analysis, according to Sen. Ann Roe."
fn according_to_phrases<'d, 't>(
    doc: &'d Doc<'t>,
    from: usize,
    to: usize,
    level: Option<usize>,
) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + use<'d, 't> {
    (from..to.min(from + 4 * MAX_LOOKBACK))
        .filter_map(move |j| cue_phrase_speaker(doc, j, to, level))
}

/// Rule 1, further on: an attribution after a later comma that closes the sentence covers all
/// of it: "The treaty signals “the start of a long decline” for the pact, said Ida Marsh,
/// head of …", "Taxes are “a crisis” and “a drag on growth,” Ida Marsh proclaimed."
fn speaker_closing_sentence(
    doc: &Doc,
    start: usize,
    to: usize,
    level: Option<usize>,
) -> Option<Found> {
    // After a comma of the sentence, or after a later quotation's closing mark.
    (start..to.min(start + MAX_LOOKBACK))
        .filter_map(|k| {
            if at_level(doc, k, level) && doc.word(k) == "," {
                Some(k)
            } else {
                (k > start && doc.tokens[k].kind == TokenKind::Mark && k + 1 < to).then_some(k + 1)
            }
        })
        .find_map(|k| {
            let found = speaker_after(doc, k, to, level)?;
            let Found::Phrase(phrase, cue) = &found else {
                return None;
            };
            // "he mocked the board's “grand plan” for the docks, cited his record on a mailer
            // and …": after its cue, a phrase whose head cannot speak is the cue's object, not
            // an inverted speaker.
            if cue.start < phrase.start && !heads_a_speaker(doc, phrase) {
                return None;
            }
            let mut end = phrase.end.max(cue.end);
            while end < to && is_day_or_time(doc.word(end)) {
                end += 1;
            }
            end = past_relative_time(doc, end, to);
            // "… proclaimed to a cheering crowd.", "… said in a statement."
            let closes = end >= to
                || matches!(
                    doc.word(end),
                    "." | "," | ";" | "!" | "?" | "(" | "to" | "during"
                )
                || PHRASE_PREPOSITIONS.contains(&doc.word(end))
                || doc.tokens[end].kind == TokenKind::Mark;
            closes.then_some(found)
        })
}

/// A capitalised word shaped like an adjective of party or nation, which names no speaker on
/// its own: "Republican claims", "Mexican officials", "Democratic", "Islamic", "Hispanic". Not
/// every "-ic" is one: "Petrovic told a reporter …" names a speaker.
fn is_adjective_shaped(word: &str) -> bool {
    let ending = [
        "atic", "amic", "anic", "ific", "tic", "lic", "bic", "ican", "ish", "ese",
    ]
    .iter()
    .any(|ending| word.ends_with(ending));
    (ending || ends_in_adjective(word)) && word.chars().skip(1).all(char::is_lowercase)
}

/// Rule 2: the nearest cue before the quotation, and its subject.
fn speaker_before(doc: &Doc, from: usize, open: usize, level: Option<usize>) -> Option<Found> {
    let lowest = from.max(open.saturating_sub(MAX_LOOKBACK));
    // A cue whose subject is a bare common noun, kept while a named reporter is looked for.
    let mut clause_noun: Option<Found> = None;
    let mut passive: Option<Found> = None;
    // A cue inside an adverbial clause, kept while the main clause's cue is looked for.
    let mut subordinate: Option<Found> = None;
    for j in (lowest..open).rev() {
        // "on a tape that Bo called “crude,” Cy Dee voiced a wish to “…”": the cue
        // before the first quotation governs it, not this one.
        if j + 2 < open && opens_clause_after_quotation(doc, j, level) {
            break;
        }
        if !at_level(doc, j, level) {
            continue;
        }
        if j + 1 < open {
            if let Some((phrase, cue)) = cue_phrase_speaker(doc, j, open, level) {
                return Some(Found::Phrase(phrase, cue));
            }
        }
        // "Roe said, and I quote, “…”": the writer's aside reports nothing.
        let writers_aside =
            j > lowest && lower(doc, j - 1) == "i" && ["quote", "repeat"].contains(&lower(doc, j));
        // "Members who would not rule out a strike were “foolish,” Roe insisted": a cue in
        // the infinitive reports nothing yet; the finite cue before it does.
        // "That prompted Ann Roe to call Bo “very sleepy”": the causative's object calls
        // (unless a cue nearer the quotation has a subject already).
        if clause_noun.is_none() && is_infinitive(doc, lowest, j) && is_cue_verb(doc, j, level) {
            let subject = causative_object(doc, lowest, j - 1, level)
                .or_else(|| purpose_subject(doc, lowest, j - 1, level));
            if let Some(subject) = subject {
                return Some(Found::Phrase(subject, j..j + cue_len(doc, j, level)));
            }
        }
        if is_cue_verb(doc, j, level) && !is_infinitive(doc, lowest, j) && !writers_aside {
            let cue = j..j + cue_len(doc, j, level);
            // "Hill suggested that the troubles could be blamed on “…”": a passive cue gives way
            // to an active one before it.
            // "the audit — often labeled a “witch hunt” by the Blues —": a participle set
            // off after a comma or dash, with an agent after the quotation, is passive too.
            // (Only a judging cue: "Roe, a union leader, said that …" is the main verb.)
            let set_off_participle = is_past_form(lower(doc, j))
                && !REPORTING_VERBS.contains(lower(doc, j))
                && {
                    let before = before_adverbs(doc, lowest, j);
                    before > lowest
                        && (doc.word(before - 1) == "," || is_dash(doc.word(before - 1)))
                }
                && {
                    let quote = doc.tokens.get(open + 1).and_then(|t| t.quote);
                    quote.is_some_and(|q| {
                        let close = close_token(doc, &doc.quotes[q]);
                        close + 2 < doc.tokens.len() && lower(doc, close + 1) == "by"
                    })
                };
            if is_passive(doc, j) || set_off_participle {
                // "Bo was asked by moderator Ann Roe whether … “…”": the agent right
                // after the passive cue speaks.
                let agent = (cue.end + 1 < open && lower(doc, cue.end) == "by")
                    .then(|| phrase_after(doc, cue.end + 1, open, level))
                    .flatten();
                if let Some(agent) = agent {
                    return Some(Found::Phrase(agent, cue));
                }
                passive = passive.or(Some(Found::Passive(cue)));
                continue;
            }
            // "The paradox of it, says Carl Ames, a historian, is that …": a cue between commas
            // with a name after it is inverted.
            // "…, told the Ledger, …" names the listener.
            let inverted = (j > lowest && doc.word(j - 1) == "," || doc.opens_sentence(j))
                && !is_participle(doc, j)
                && !LISTENER_CUES.contains(&lower(doc, j));
            if let Some(phrase) = inverted
                .then(|| phrase_after(doc, cue.end, open, level))
                .flatten()
                .filter(|phrase| {
                    is_capitalised(doc.word(phrase.start))
                        && !NON_NAMES.contains(doc.word(phrase.start))
                        && matches!(doc.word(phrase.end.min(open - 1)), "," | ":")
                })
            {
                return Some(Found::Phrase(phrase, cue));
            }
            // "Roe released a short film that said, “…”": a document's relative clause
            // speaks for the subject of the clause it hangs on, as a participle does.
            let document_clause = j >= lowest + 2
                && ["that", "which"].contains(&lower(doc, j - 1))
                && DOCUMENT_NOUNS.contains(lower(doc, j - 2));
            let subject = if document_clause {
                hanging_subject(doc, lowest, j - 1, level)
            } else if let Some(object) = object_before_for(doc, lowest, j, level) {
                Some(object)
            } else if let Some(verb) = participle_verb_group(doc, lowest, j) {
                subject_before(doc, lowest, verb, level)
            } else {
                participle_subject(doc, lowest, j, level)
                    .or_else(|| subject_before(doc, lowest, j, level))
            };
            // "Roe shared notes for a night class called “Harbors”": a thing called by a name
            // right after it is named, not speaking.
            // ("a pension rule called the “golden parachute”": "the" may come between.)
            let name_at = if j + 2 < doc.tokens.len() && lower(doc, j + 1) == "the" {
                j + 2
            } else {
                j + 1
            };
            let names_a_thing = name_at < doc.tokens.len()
                && NAMING_CUES.contains(&lower(doc, j))
                && (doc.tokens[name_at].kind == TokenKind::Mark
                    && subject.as_ref().is_some_and(|p| {
                        // ("these things called “…”": or a quantifier.)
                        is_bare_common_noun(doc, p)
                            && (ARTICLES.contains(&lower(doc, p.start))
                                || is_quantifier(lower(doc, p.start)))
                            // "a website run by a group called “Fair Harbor Fund”": after
                            // "a", a role noun is named too.
                            || ["a", "an"].contains(&lower(doc, p.start))
                                && p.clone().all(|k| !is_capitalised(doc.word(k)))
                    })
                    // "A new group called Fair Votes ran ads quoting her: “…”": a thing just
                    // named by a name, after "a" and its modifiers.
                    || is_capitalised(doc.word(name_at))
                        && doc.tokens[name_at].kind == TokenKind::Word
                        && (j.saturating_sub(MAX_PHRASE)..j)
                            .rev()
                            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
                            .any(|k| ["a", "an"].contains(&lower(doc, k))));
            if names_a_thing {
                if name_at == open {
                    return Some(Found::Name);
                }
                continue;
            }
            // "Roe said the run of floods and fires demands that every town invest in “better
            // levees”": a bare common noun is the subject of a verb inside the reported
            // clause; a named reporter before it speaks.
            let bare = subject
                .as_ref()
                .is_some_and(|p| is_bare_common_noun(doc, p));
            // "… had kept files later deemed “classified”": a past form right after a
            // plain noun with no determiner modifies it; someone unnamed deemed them so.
            // (Not "many pundits called him “…”": the quotation follows the participle, or
            // "as" and an article.)
            let modifies_noun = bare
                && is_past_form(lower(doc, j))
                && subject.as_ref().is_some_and(|p| {
                    !DETERMINERS.contains(&lower(doc, p.start))
                        && !is_quantifier(lower(doc, p.start))
                        && !is_impersonal_pronoun(doc.word(p.start))
                        && before_adverbs(doc, lowest, j) == p.end
                        && (p.end..j).all(|k| !AUXILIARIES.contains(&lower(doc, k)))
                })
                && (cue.end..open).all(|k| ["as", "a", "an", "the"].contains(&lower(doc, k)));
            if modifies_noun {
                passive = passive.or(Some(Found::Passive(cue)));
                continue;
            }
            let found = match subject {
                Some(phrase) => Found::Phrase(phrase, cue),
                None => Found::CueOnly(cue),
            };
            let clause = clause_start(doc, lowest, j, level);
            // "… before saying, “…”" is no clause of its own: the participle has no subject.
            let in_adverbial_clause = clause > lowest
                && clause < j
                && !is_participle(doc, j)
                && SUBORDINATORS.contains(&lower(doc, clause - 1))
                && (j..open).any(|k| at_level(doc, k, level) && doc.word(k) == ",");
            if in_adverbial_clause {
                subordinate = subordinate.or(Some(found));
                continue;
            }
            match (bare, &clause_noun) {
                (true, None) => clause_noun = Some(found),
                (false, Some(_)) if matches!(found, Found::CueOnly(_)) => return clause_noun,
                _ => return Some(found),
            }
        }
    }
    clause_noun.or(subordinate).or(passive)
}

/// A subject that names no speaker by itself: lower-case words, perhaps after a determiner,
/// with no pronoun, role noun or document noun ("protests", "the museum").
fn is_bare_common_noun(doc: &Doc, phrase: &Range<usize>) -> bool {
    phrase.clone().all(|k| {
        let word = doc.word(k);
        let w = word.to_lowercase();
        // "Americans", "Democrats": a people or a party named as a group is a plain noun too.
        let group = NON_PERSON_WORDS.contains(word) && word.ends_with('s');
        (!is_capitalised(word) || group)
            && pronoun_of(word).is_none()
            && !ROLE_NOUNS.contains(w.as_str())
            && !DOCUMENT_NOUNS.contains(w.as_str())
    })
}

/// Whether the cue at `k` is in the infinitive, "to" standing before it after `from`: "refused
/// to rule out", "authorized to speak".
fn is_infinitive(doc: &Doc, from: usize, k: usize) -> bool {
    k > from && lower(doc, k - 1) == "to" && !after_used_to(doc, from, k)
}

/// Whether token `k` follows "used to", no earlier than `from`: "he used to boast that …"
/// reports what he said, again and again, so the cue is no infinitive and "used to" stands
/// between it and its subject.
fn after_used_to(doc: &Doc, from: usize, k: usize) -> bool {
    k >= from + 2 && lower(doc, k - 1) == "to" && lower(doc, k - 2) == "used"
}

/// Verbs that make their object do what the infinitive after it says: "That prompted Roe to
/// call Bo “sleepy”" says that Roe called him so.
const CAUSATIVE_VERBS: &[&str] = &[
    "prompted",
    "prompting",
    "prompts",
    "led",
    "leading",
    "leads",
    "caused",
    "causing",
    "causes",
    "forced",
    "forcing",
    "forces",
    "spurred",
    "spurring",
    "spurs",
    "drove",
    "driving",
    "drives",
    "moved",
    "moving",
    "moves",
    "inspired",
    "inspiring",
    "inspires",
];

/// The named object of a causative verb right before the "to" at `to`, no earlier than `from`:
/// "prompted Ann Roe to", "led him to". It is the subject of the infinitive after "to".
fn causative_object(
    doc: &Doc,
    from: usize,
    to: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    let object = noun_phrase_ending_at(doc, from, to, level)?;
    let named = is_capitalised(doc.word(object.end - 1))
        || object.len() == 1 && pronoun_of(doc.word(object.start)).is_some();
    let causes = object.start > from && CAUSATIVE_VERBS.contains(&lower(doc, object.start - 1));
    (named && causes).then_some(object)
}

/// Words a participle phrase holds at most before the infinitive of its purpose: "taking to
/// Twitter to", "going on the radio again to".
const MAX_PURPOSE_WORDS: usize = 6;

/// The named subject of a participle whose phrase goes on to an infinitive of purpose, the
/// "to" standing at `to`: "The campaign denied it, with Ann Roe taking to Twitter to call Bo
/// “…”" says that Roe called him so. The phrase holds no comma or quotation.
fn purpose_subject(
    doc: &Doc,
    from: usize,
    to: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    let lowest = from.max(to.saturating_sub(MAX_PURPOSE_WORDS));
    let participle = (lowest..to)
        .rev()
        .take_while(|&k| is_plain_word(doc, k, level))
        .find(|&k| k > from && lower(doc, k).ends_with("ing"))?;
    noun_phrase_ending_at(doc, from, participle, level)
        .filter(|phrase| is_capitalised(doc.word(phrase.end - 1)))
}

/// Whether the cue at `k` is a participle: "saying", "writing", "calling", "having called".
/// A capitalised word in -ing inside its sentence is a name: "DCCC Chair Al Sterling called
/// the bill “weak,” adding …".
fn is_participle(doc: &Doc, k: usize) -> bool {
    let ing =
        lower(doc, k).ends_with("ing") && (!is_capitalised(doc.word(k)) || doc.opens_sentence(k));
    ing || k > 0 && lower(doc, k - 1) == "having"
}

/// Where the verb group that makes the participle at `cue` its own verb starts, when one stands
/// before it: a verb of perceiving ("could be heard" in "a clerk could be heard asking", "was
/// seen" in "Roe was seen shouting") or of aspect ("kept" in "when Bo kept asking her why …",
/// "began" in "Roe began shouting"). Its subject stands before the group, as a finite cue's does.
fn participle_verb_group(doc: &Doc, from: usize, cue: usize) -> Option<usize> {
    /// Past participles of perceiving.
    const PERCEIVED: &[&str] = &["heard", "seen", "overheard", "caught", "filmed", "recorded"];
    /// Verbs of aspect whose object is the participle doing the speaking.
    const ASPECT: &[&str] = &[
        "kept",
        "keeps",
        "keep",
        "began",
        "begins",
        "begin",
        "started",
        "starts",
        "start",
        "continued",
        "continues",
        "continue",
    ];
    let verb = cue.checked_sub(1).filter(|&k| k > from)?;
    let aspect = ASPECT.contains(&lower(doc, verb));
    if !aspect && !PERCEIVED.contains(&lower(doc, verb)) {
        return None;
    }
    let mut start = verb;
    while start > from && {
        let w = lower(doc, start - 1);
        BE_FORMS.contains(&w)
            || AUXILIARIES.contains(&w)
            || is_between_subject_and_cue(doc, start - 1)
    } {
        start -= 1;
    }
    // ("Roe heard Bo asking": a perceiving verb in the past tense has its own object.)
    (aspect || start < verb).then_some(start)
}

/// The named or pronoun object of the verb before "for" and the participle at `cue`: "Bo
/// criticized Ann Roe for saying “…”" is Roe's, "blamed her for saying" hers ("Bo apologized
/// for saying" has none, and "was praised by Roe for saying" is still Bo's).
fn object_before_for(
    doc: &Doc,
    from: usize,
    cue: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    if cue < from + 3 || !is_participle(doc, cue) || lower(doc, cue - 1) != "for" {
        return None;
    }
    let object = noun_phrase_ending_at(doc, from, cue - 1, level)?;
    // "Bo was praised by Roe for saying": the passive's subject.
    let by = object
        .start
        .checked_sub(1)
        .filter(|&k| k > from + 1 && lower(doc, k) == "by");
    if let Some(by) = by {
        let passive = BE_FORMS.contains(&lower(doc, by - 2)) && is_past_form(lower(doc, by - 1));
        return passive
            .then(|| subject_before(doc, from, by - 2, level))
            .flatten();
    }
    let first = doc.word(object.start);
    let named = pronoun_of(first).is_some() && object.len() == 1
        || is_capitalised(doc.word(object.end - 1)) && !NON_NAMES.contains(first);
    // ("won praise from Roe for saying" is no object's.)
    let after_verb = object.start > from
        && doc.tokens[object.start - 1].kind == TokenKind::Word
        && !is_capitalised(doc.word(object.start - 1))
        && !FUNCTION_WORDS.contains(lower(doc, object.start - 1));
    (named && after_verb).then_some(object)
}

/// The subject of a participle cue that hangs on a clause: the named, pronoun or role subject
/// opening the clause, past the clause's object ("Roe released an ad calling it “reckless”",
/// "The senator emailed supporters saying: “…”", "Roe wrote to donors, telling them …", "Roe
/// dodged questions before saying, “…”"). A name or pronoun right before the participle is its
/// own subject and is left to [`subject_before`] ("an ad showing Roe saying “…”").
fn participle_subject(
    doc: &Doc,
    from: usize,
    cue: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    if !is_participle(doc, cue) || cue <= from {
        return None;
    }
    hanging_subject(doc, from, cue, level)
}

/// The subject of the clause a participle, or a document's relative clause, hangs on (see
/// [`participle_subject`]); `cue` is the participle, or the relative pronoun: "Roe released a
/// video that said, “…”".
fn hanging_subject(
    doc: &Doc,
    from: usize,
    cue: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    // "…, alternately shouting “…”": an adverb before the participle is neither link nor
    // subject.
    // "…, having referred to him as “…”": the participle opens at "having".
    let mut bare = if cue > from && lower(doc, cue - 1) == "having" {
        cue - 1
    } else {
        cue
    };
    while bare > from && is_between_subject_and_cue(doc, bare - 1) {
        bare -= 1;
    }
    let mut end = bare;
    let is_mark = |k: usize| doc.tokens[k].kind == TokenKind::Mark && doc.tokens[k].quote == level;
    loop {
        if end > from
            && (doc.word(end - 1) == "," || PARTICIPLE_LINKS.contains(&lower(doc, end - 1)))
        {
            end -= 1;
            continue;
        }
        // "… had kept files once labeled “classified,” writing …": a quotation closed
        // by its own comma ends the clause as the comma would.
        let quotation_ends_clause = end > from + 2
            && is_mark(end - 1)
            && doc.word(end - 2) == ","
            && !at_level(doc, end - 2, level);
        let opening = quotation_ends_clause
            .then(|| {
                (from.max(end.saturating_sub(MAX_LOOKBACK))..end - 2)
                    .rev()
                    .find(|&k| is_mark(k))
            })
            .flatten();
        match opening {
            Some(k) => end = k,
            None => break,
        }
        // "… of Roe telling one aide to “Go home!,” while telling another …": a participle
        // after a quotation that a named subject's participle introduced shares that subject
        // (the participle, its object and a "to" at most, before the quotation).
        let lowest = from.max(end.saturating_sub(MAX_INTRODUCING_WORDS + 3));
        let named_participle = (lowest..end)
            .rev()
            .find(|&k| k > from && is_participle(doc, k) && at_level(doc, k, level))
            .and_then(|k| noun_phrase_ending_at(doc, from, k, level))
            .filter(|phrase| is_capitalised(doc.word(phrase.end - 1)));
        if named_participle.is_some() {
            return named_participle;
        }
    }
    // "looping the streets around the stadium - where the Lakeview Hawks played - while
    // chanting “…”": an aside between dashes is no clause the participle hangs on.
    if let Some(dash) = dashed_aside_before(doc, from, end) {
        end = dash;
        while end > from && doc.word(end - 1) == "," {
            end -= 1;
        }
    }
    // "endorsed Bo at Acme Hall, Mr. Bo's private club, calling him “…”": a description set
    // off by commas after a name is no clause the participle hangs on either. (It has no
    // verb: "In an interview, Roe continued to question Bo's record, saying" is a clause.)
    if end > from + 1 && doc.word(end) == "," {
        let described = (from.max(end.saturating_sub(MAX_APPOSITION))..end)
            .rev()
            .find(|&k| doc.word(k) == ",")
            .filter(|&comma| {
                comma > from
                    && comma + 1 < end
                    && is_capitalised(doc.word(comma - 1))
                    && (DETERMINERS.contains(&lower(doc, comma + 1))
                        || (comma + 1..end).any(|k| possessive_stem(doc.word(k)).is_some()))
                    && (comma + 1..end).all(|k| is_phrase_word(doc, k, level))
            });
        if let Some(comma) = described {
            end = comma;
        }
    }
    let linked = end < bare;
    let own = (!linked)
        .then(|| noun_phrase_ending_at(doc, from, end, level))
        .flatten();
    // "sent a series of tweets Friday saying": after a day, with no phrase of its own, the
    // participle hangs on the clause; after anything else ("with Roe reportedly yelling") the
    // subject is looked for before it.
    if !linked && own.is_none() && !(end > from && is_day_or_time(doc.word(end - 1))) {
        return None;
    }
    if let Some(own) = own {
        // "issued a statement Tuesday saying": a day names no one.
        let last = doc.word(own.end - 1);
        let named = pronoun_of(doc.word(own.start)).is_some()
            || (is_capitalised(last)
                && !is_day_or_time(last)
                && !NON_NAMES.contains(doc.word(own.start)));
        // "Roe wrote a letter to Bell asking …": the addressee is no subject; nor is a place
        // ("Roe answered on Facebook writing, “…”").
        let addressed =
            own.start > from && ["to", "on", "in", "at"].contains(&lower(doc, own.start - 1));
        if named && !addressed {
            return None;
        }
    }
    // "Roe shared a syllabus for a class called “Perception” on his page, writing": a quoted
    // name is part of the clause.
    let mut start = clause_start(doc, from, end, level);
    // "… to discuss his remarks about his rival, Ann Roe, saying “…”": a name in apposition to
    // the noun before it is no clause of its own.
    let apposition = start > from + 1
        && start < end
        && doc.word(start - 1) == ","
        && doc.tokens[start - 2].kind == TokenKind::Word
        && !is_capitalised(doc.word(start - 2))
        && (start..end).all(|k| is_capitalised(doc.word(k)));
    if apposition {
        start = clause_start(doc, from, start - 1, level);
    }
    while start > from && is_quoted_name(doc, start - 1) {
        let mut k = start - 1;
        while k > from && is_quoted_name(doc, k - 1) {
            k -= 1;
        }
        start = clause_start(doc, from, k, level);
    }
    // "Pell complained that Bo is too rigid, suggesting he sees issues as “black and
    // white”": a participle after a reported clause hangs on the reporting verb.
    if let Some(reporting) = reporting_verb_before_that(doc, from, start, level) {
        if let Some(phrase) = subject_before(doc, from, reporting, level) {
            return Some(phrase);
        }
    }
    let clause_subject = |start: usize, after_opener: bool| {
        // "Then he cut into Bell, calling him …": an adverb opening the clause is no subject,
        // nor is a conjunction before it ("And then Roe went on the attack, saying …").
        let mut start = start;
        while start + 1 < end
            && (BETWEEN_SPEAKER_AND_CUE.contains(&lower(doc, start))
                || doc.opens_sentence(start) && OPENING_CONJUNCTIONS.contains(&lower(doc, start)))
        {
            start += 1;
        }
        // "Mr. Roe tries to turn it to his advantage, shouting …": "tries" is the verb.
        let phrase = noun_phrase_starting_at(doc, start, end, level)?;
        // "The Harbor Fund went after the plan, calling it …": after "the" and an
        // organization's name, a lower-case word is the verb unless it is a role noun heading
        // the phrase ("The Harbor Fund lawyer"); after other capitalised words it may be a
        // noun ("The Ohio senator", "the New York banker").
        let after_article = (lower(doc, phrase.start) == "the")
            .then(|| name_before_verb(doc, phrase.start + 1..phrase.end))
            .filter(|named| {
                named.start < named.end
                    && is_capitalised(doc.word(named.start))
                    && ORGANIZATION_WORDS.contains_key(doc.word(named.end - 1))
                    && named.end < phrase.end
                    && !ROLE_NOUNS.contains(lower(doc, named.end))
            })
            .map(|named| phrase.start..named.end);
        let named = after_article.unwrap_or_else(|| name_before_verb(doc, phrase.clone()));
        let phrase = if named.end < phrase.end && !is_capitalised(doc.word(named.end)) {
            named
        } else {
            phrase
        };
        // "The Ohio senator sought to …": a role noun heads the phrase; a verb after it
        // with no ending of its own is none of it.
        // ("A spokeswoman for Harbor Watch wrote to the press, arguing": the role's complement,
        // which the phrase took with it, stays; a role noun ending the complement ends the
        // phrase: "A source close to the mayor left early, saying".)
        let is_role = |k: usize| ROLE_NOUNS.contains(lower(doc, k));
        let holds_complement = |k: usize| {
            (k + 2..=k + 3).any(|c| {
                c < phrase.end && role_before_complement(doc, phrase.start, c, level) == Some(k)
            })
        };
        // (Role nouns in a row are one: "A Roe campaign official".)
        let first_role = phrase.clone().find(|&k| is_role(k)).map(|k| {
            (k..phrase.end)
                .take_while(|&j| is_role(j))
                .last()
                .unwrap_or(k)
        });
        let phrase = match first_role {
            Some(k) if DETERMINERS.contains(&lower(doc, phrase.start)) => {
                let last_role = phrase.clone().rev().find(|&j| is_role(j)).unwrap_or(k);
                if !holds_complement(k) {
                    phrase.start..k + 1
                } else if last_role > k {
                    // (With the name after it: "a spokesman for candidate Ann Roe".)
                    let named = (last_role + 1..phrase.end)
                        .take_while(|&j| is_capitalised(doc.word(j)))
                        .last()
                        .unwrap_or(last_role);
                    phrase.start..named + 1
                } else if is_capitalised(doc.word(phrase.end - 1)) {
                    phrase
                } else {
                    // ("a group of nine levee" ends in no noun: the role alone.)
                    phrase.start..k + 1
                }
            }
            _ => phrase,
        };
        // ("The council adopted a resolution that said …": an institution speaks too.)
        let subject = pronoun_of(doc.word(phrase.start)).is_some()
            || phrase.clone().any(|k| {
                (is_capitalised(doc.word(k)) && !NON_NAMES.contains(doc.word(k)))
                    || ROLE_NOUNS.contains(lower(doc, k))
                    || INSTITUTION_NOUNS.contains(lower(doc, k))
            });
        // After an opener that is also a preposition, a preposition after the phrase shows
        // the opener was one: "Roe went after Bell on Monday, calling …". A party tag comes
        // before the verb: "Rep. Al Bo (D-Ore.) answered the ruling, saying: “…”".
        // So does an apposition: "Roe, the sitting mayor, repeated claims …".
        let verb = if phrase.end < end && doc.word(phrase.end) == "(" {
            (phrase.end..end.min(phrase.end + 6))
                .find(|&k| doc.word(k) == ")")
                .map_or(phrase.end, |k| k + 1)
        } else if phrase.end + 1 < end
            && doc.word(phrase.end) == ","
            && DETERMINERS.contains(&lower(doc, phrase.end + 1))
        {
            (phrase.end + 2..end.min(phrase.end + MAX_PHRASE))
                .find(|&k| doc.word(k) == ",")
                .map_or(phrase.end, |k| k + 1)
        } else {
            phrase.end
        };
        let verb_follows = verb < end
            && doc.tokens[verb].kind == TokenKind::Word
            && !is_capitalised(doc.word(verb))
            && !is_participle(doc, verb)
            && !(after_opener && PARTICIPLE_PREPOSITIONS.contains(&lower(doc, verb)));
        (subject && verb_follows && possessive_stem(doc.word(phrase.end - 1)).is_none())
            .then_some(phrase)
    };
    // "The mayor tried to quiet the hall, and took a shouted question calmly, saying …": a
    // clause of "and" and a verb shares the subject of the clause before it.
    if start > from + 1 && doc.word(start - 1) == "," && lower(doc, start) == "and" {
        let before = clause_start(doc, from, start - 1, level);
        if let Some(subject) = clause_subject(before, false) {
            return Some(subject);
        }
    }
    // "Roe turns it to his advantage, showcasing his crowds, alternately shouting “…”": a
    // participle after another shares its subject.
    if start > from && doc.word(start - 1) == "," && start < end && is_participle(doc, start) {
        return participle_subject(doc, from, start, level);
    }
    // "Mr. Roe, who said last week that …, issued a statement Tuesday saying": the clause
    // opens with its verb after a relative clause; its subject stands before that.
    if opens_with_verb(doc, from, start) {
        return subject_before(doc, from, start, level).filter(|phrase| {
            pronoun_of(doc.word(phrase.start)).is_some() || is_capitalised(doc.word(phrase.end - 1))
        });
    }
    // "Roe came close to admitting that the plant had leaked, saying …": a participle
    // after a clause led by "that" hangs on the main clause, whose subject opens the sentence.
    let main = after_opening_adverbial(doc, from, end);
    if linked && that_before(doc, from, start).is_some() && main < start {
        if let Some(subject) = clause_subject(main, false) {
            return Some(subject);
        }
    }
    // "Roe went after Bell, calling him “…”": an opener word with no verb after its phrase was
    // a preposition; the clause opens before it.
    let opener = start
        .checked_sub(1)
        .filter(|&k| k > from && doc.tokens[k].kind == TokenKind::Word && at_level(doc, k, level));
    // "Roe apologized for the posts after they surfaced, saying …": after a
    // subordinate clause the participle hangs on the main clause before it.
    let main_clause = || clause_subject(clause_start(doc, from, opener?, level), false);
    if opener.is_some_and(|k| SUBORDINATORS.contains(&lower(doc, k))) {
        if let Some(subject) = main_clause() {
            return Some(subject);
        }
    }
    clause_subject(start, opener.is_some()).or_else(main_clause)
}

/// Whether the clause starting at `start` (after `from`) opens with its verb after a comma: a
/// lower-case word that is no determiner, pronoun or clause opener ("Mr. Roe, who said …,
/// issued a statement", "One backer, Rep. Al Bo, gave the idea a whirl").
fn opens_with_verb(doc: &Doc, from: usize, start: usize) -> bool {
    start > from
        && doc.word(start - 1) == ","
        && doc.tokens[start].kind == TokenKind::Word
        && !is_capitalised(doc.word(start))
        && !DETERMINERS.contains(&lower(doc, start))
        && pronoun_of(doc.word(start)).is_none()
        && !CLAUSE_OPENERS.contains(&lower(doc, start))
}

/// The "that" right before the clause starting at `start`, after `from`: "an admission that
/// …", "Roe said that …".
fn that_before(doc: &Doc, from: usize, start: usize) -> Option<usize> {
    start
        .checked_sub(1)
        .filter(|&k| k > from && lower(doc, k) == "that")
}

/// The cue verb whose "that" opens the clause starting at `start`: "Roe said Monday that …",
/// "Roe has argued repeatedly that …".
fn reporting_verb_before_that(
    doc: &Doc,
    from: usize,
    start: usize,
    level: Option<usize>,
) -> Option<usize> {
    let that = that_before(doc, from, start)?;
    (from.max(that.saturating_sub(3))..that)
        .rev()
        .take_while(|&k| is_plain_word(doc, k, level))
        .find(|&k| is_cue_verb(doc, k, level))
}

/// Whether token `by` is the "by" that names a document's author, the document named after
/// `from`: "an email sent out by Roe", "a court document filed by Roe".
fn names_author_at(doc: &Doc, from: usize, by: usize) -> bool {
    if by < from + 2 || lower(doc, by) != "by" {
        return false;
    }
    let participle = if lower(doc, by - 1) == "out" {
        by - 2
    } else {
        by - 1
    };
    participle > from
        && is_past_form(lower(doc, participle))
        && DOCUMENT_NOUNS.contains(lower(doc, participle - 1))
}

/// The subject of the cue at `cue`: the noun phrase whose head stands just before it, past
/// adverbs, auxiliaries, a party tag or an apposition ("Al Bo (D-Utah) also said", "Hugh Hill, a
/// doctor at the clinic, said").
fn subject_before(
    doc: &Doc,
    from: usize,
    cue: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    let mut end = before_adverbs(doc, from, cue);
    if end > from && lower(doc, end - 1) == "and" {
        return coordinated_subject(doc, from, end - 1, level);
    }
    // "a letter sent out by Roe on Monday warned": the author of a document
    // the subject names speaks through it.
    let opens = clause_start(doc, from, end, level);
    let authored = (opens + 2..end).find(|&by| names_author_at(doc, opens, by));
    if let Some(by) = authored {
        return noun_phrase_starting_at(doc, by + 1, end, level);
    }
    // "Gov. Al Bo (R-OH), said": a comma after a party tag.
    if end >= from + 2 && doc.word(end - 1) == "," && doc.word(end - 2) == ")" {
        end -= 1;
    }
    // Appositions, perhaps several: "Scott Roe, the attorney general of Ohio, one of the
    // states suing, said". A state after a town is the town's, not one more apposition: "Al
    // Bo, 30, of Dayton, Ohio, who was polled, said".
    // An aside set off by dashes closes as an apposition's comma does: "On Friday, Ann Roe —
    // mentioned by the Ledger as a choice for the job — told".
    let dashed = dashed_aside_before(doc, from, end);
    if let Some(dash) = dashed {
        // "A former candidate -- Al Bo, who lost in 2008 -- said": a name opening the aside
        // names the description before it.
        let mut after = dash + 1;
        while after < end && is_dash(doc.word(after)) {
            after += 1;
        }
        let described = noun_phrase_ending_at(doc, from, dash, level)
            .is_some_and(|p| !is_capitalised(doc.word(p.end - 1)));
        let name = noun_phrase_starting_at(doc, after, end, level).filter(|p| {
            is_capitalised(doc.word(p.start))
                && is_capitalised(doc.word(p.end - 1))
                && (doc.word(p.end) == "," || is_dash(doc.word(p.end)))
        });
        if let Some(name) = name.filter(|_| described) {
            return Some(name);
        }
        end = dash + 1;
    }
    let (mut stripped, mut first) = (0, true);
    while stripped < MAX_APPOSITIONS {
        stripped += 1;
        let is_first = std::mem::replace(&mut first, false);
        let closes = is_first && dashed.is_some() || end > from && doc.word(end - 1) == ",";
        if end <= from || !closes {
            break;
        }
        let inner_end = end - 1;
        // "Rep. Al Bo, R-Pa., said": a party tag is no apposition.
        if let Some(start) = (from..inner_end)
            .rev()
            .take(6)
            .find(|&k| doc.word(k) == ",")
        {
            if comma_party_tag(doc, start).is_some_and(|(after, _, _)| after == end) {
                end = start;
                continue;
            }
        }
        // No comma before this one: after an apposition it closes the subject ("Hugh Hill, a
        // doctor, said"); alone it ends a clause with no subject ("walked on, chanting “…”").
        let Some(start) = (from..inner_end).rev().find(|&k| doc.word(k) == ",") else {
            if is_first && dashed.is_none() {
                return None;
            }
            end = inner_end;
            break;
        };
        // "Or, as Tom Reed, a former secretary, put it:": the name after a clause opener.
        // ("Al Bo, after a long pause, said": a preposition before a determiner opens an
        // aside.)
        let start = if start + 2 < inner_end
            && CLAUSE_OPENERS.contains(&lower(doc, start + 1))
            && !DETERMINERS.contains(&lower(doc, start + 2))
        {
            start + 1
        } else {
            start
        };
        // "in what Bo Bell, a former treasurer, called “…”", "charges that Bo Bell, for one,
        // called “…”": the subject ends the clause before the apposition.
        if let Some(what) =
            (start + 1..inner_end).find(|&k| matches!(lower(doc, k), "what" | "that"))
        {
            if let Some(phrase) = noun_phrase_ending_at(doc, what + 1, inner_end, level)
                .filter(|p| p.start == what + 1 && is_capitalised(doc.word(p.end - 1)))
            {
                return Some(phrase);
            }
        }
        // A description: "a doctor at the clinic", "Ames' campaign manager", "59".
        let describes = start + 1 < inner_end
            && (!is_capitalised(doc.word(start + 1))
                || possessive_stem(doc.word(start + 1)).is_some()
                || (start + 1..inner_end).any(|k| {
                    // "Party Chair" describes; "Representative Ann Lee" is a titled name.
                    ROLE_NOUNS.contains(lower(doc, k))
                        && (!is_capitalised(doc.word(k)) || k + 1 == inner_end)
                }));
        // A place ("from Lakeview, New York, said") or a list ("serving in Chile, Peru and
        // France, praised") between commas is no name in apposition.
        let segment: Vec<&str> = (start + 1..inner_end).map(|k| doc.word(k)).collect();
        // A party and a state describe: "Rep. Al Bo, Republican of New York, said".
        let party_of_state = segment.len() >= 3
            && segment[1] == "of"
            && state_named(&segment[2..].join(" ")).is_some();
        let state = state_named(&segment.join(" ")).is_some();
        if state {
            stripped -= 1;
        }
        let place_or_list =
            state || party_of_state || segment.iter().any(|w| matches!(*w, "and" | "or"));
        // "Mr. Ames, whose firm, Datavex, sells maps, said": a name inside a relative
        // clause is no apposition of the subject.
        // "Al Bo, the editor of the town's weekly, Dayton Ledger, said", "Ed Bo, a friend of
        // the chairman, Ann Roe, said": a name after a description that is itself in
        // apposition to the name opening the clause names the description's last noun; the
        // first name is the subject. The name stays the subject after no name ("Its director,
        // Ann Roe, said"), a name in an opening phrase ("In a letter to the Ledger, its
        // editor, Ann Roe, said") or a relative clause ("Ohio, a state that the party's
        // nominee, Ann Roe, called").
        let names_the_thing = || {
            let Some(comma) = (from..start).rev().find(|&k| doc.word(k) == ",") else {
                return false;
            };
            let description = comma + 1..start;
            !description.is_empty()
                && !is_capitalised(doc.word(comma + 1))
                && !description.clone().any(|k| {
                    let w = lower(doc, k);
                    w == "that" || RELATIVE_PRONOUNS.contains(&w)
                })
                && noun_phrase_ending_at(doc, from, comma, level).is_some_and(|p| {
                    is_capitalised(doc.word(p.end - 1))
                        && (p.start == from
                            || p.start == doc.sentences[doc.sentence_of(p.start)].start)
                })
        };
        if !describes
            && !place_or_list
            && !in_relative_clause(doc, from, start)
            && !names_the_thing()
        {
            // The name is the apposition: "its director, Colette Marsh, said"; a clause
            // between the commas is none ("At the rally, Roe thanked Bell, adding"). A party
            // tag closes the name: "On the show, Sen. Al Bo (D-Mo.), who backs Roe, said".
            let name_end = if doc.word(inner_end - 1) == ")" {
                (start + 1..inner_end).rev().find(|&k| doc.word(k) == "(")?
            } else {
                inner_end
            };
            return noun_phrase_ending_at(doc, start + 1, name_end, level)
                .filter(|phrase| phrase.start == start + 1);
        }
        // The apposition's opening comma may close another apposition before it.
        end = start + 1;
    }
    if end > from && doc.word(end - 1) == "," {
        end -= 1;
    }
    // "Sen. Al Bo (D) of Utah said": the state after the party tag is the tag's.
    if let Some(close) = (end.saturating_sub(5).max(from)..end).find(|&k| {
        doc.word(k) == ")" && state_after_party_tag(doc, k).is_some_and(|(after, _)| after == end)
    }) {
        end = close + 1;
    }
    // "Al Bo (D-Utah) said", "Rep. Al Bo (R-Ohio), a member of the panel, said"
    if end > from && doc.word(end - 1) == ")" {
        end = (from..end).rev().find(|&k| doc.word(k) == "(")?;
    }
    // "… for Mr. Al Bo, who said he meant to take “…”": the named antecedent of a "who"
    // right before the cue, perhaps past an apposition ("with Al Bo, now the party's
    // whip, who in 2012 said").
    if end >= from + 3 && lower(doc, end - 1) == "who" && doc.word(end - 2) == "," {
        let mut name_end = end - 2;
        // "Sen. Al Bo, R-Ariz., who went on to …": past a party tag.
        if let Some(comma) = (from.max(name_end.saturating_sub(6))..name_end)
            .rev()
            .find(|&k| comma_party_tag(doc, k).is_some_and(|(after, _, _)| after == name_end + 1))
        {
            name_end = comma;
        }
        for _ in 0..2 {
            let Some(phrase) = noun_phrase_ending_at(doc, from, name_end, level) else {
                break;
            };
            if is_capitalised(doc.word(phrase.end - 1)) {
                return Some(phrase);
            }
            // The apposition opens at the comma before it, past plain words only.
            let Some(comma) = (from.max(name_end.saturating_sub(MAX_PHRASE))..name_end)
                .rev()
                .take_while(|&k| doc.word(k) == "," || is_plain_word(doc, k, level))
                .find(|&k| doc.word(k) == ",")
            else {
                break;
            };
            name_end = comma;
        }
    }
    // "A campaign official who was at the dinner tells": the subject is before "who"; before
    // its comma too when "be" and a noun phrase make the clause: "Ann Roe, who is chair of the
    // Voters Fund said".
    let window = from.max(end.saturating_sub(MAX_PHRASE + 4));
    let relative = (window..end)
        .rev()
        .take_while(|&k| is_plain_word(doc, k, level))
        .find(|&k| {
            RELATIVE_PRONOUNS.contains(&lower(doc, k))
                && k + 1 < end
                && !is_capitalised(doc.word(k + 1))
        })
        .map(|k| {
            let after_comma = k > from && doc.word(k - 1) == ",";
            if after_comma && is_be_and_noun_clause(doc, k, cue) {
                k - 1
            } else {
                k
            }
        });
    if let Some(phrase) = relative.and_then(|k| noun_phrase_ending_at(doc, from, k, level)) {
        return Some(phrase);
    }
    let phrase = noun_phrase_ending_at(doc, from, end, level)?;
    // "Students marching across the campus chanted", "a source speaking to the Ledger
    // said": the object of a participle is no subject; the phrase before the participle is.
    // ("an ad showing Bell saying" is Bell's: a participle cue has its own subject.)
    let participle = phrase
        .start
        .checked_sub(1)
        .filter(|_| !is_participle(doc, cue))
        .map(|k| {
            if k > from && PARTICIPLE_PREPOSITIONS.contains(&lower(doc, k)) {
                k - 1
            } else {
                k
            }
        });
    if let Some(k) = participle.filter(|&k| k > from && is_participle(doc, k)) {
        if !is_capitalised(doc.word(k)) && at_level(doc, k, level) {
            if let Some(subject) = noun_phrase_ending_at(doc, from, k, level) {
                return Some(subject);
            }
        }
    }
    // "Roe in his announcement speech called immigrants “…”", "after a woman in Dover,
    // Delaware, told him": a phrase of place or occasion between the subject opening the
    // clause (a name or a person) and the cue.
    if phrase.start > from + 1
        && ["in", "at", "on", "during"].contains(&lower(doc, phrase.start - 1))
    {
        let preposition = phrase.start - 1;
        let opens = clause_start(doc, from, preposition, level);
        if let Some(subject) = noun_phrase_ending_at(doc, opens, preposition, level).filter(|p| {
            let named = is_capitalised(doc.word(p.end - 1))
                && !is_participle(doc, p.start)
                && !NON_NAMES.contains(doc.word(p.start));
            // ("a narrator in the campaign ad asks" is one phrase: a person before a place
            // only.)
            let person_at_place = ROLE_NOUNS.contains(lower(doc, p.end - 1))
                && is_capitalised(doc.word(phrase.end - 1));
            p.start == opens && (named || person_at_place)
        }) {
            return Some(subject);
        }
        // "Someone in the crowd shouted", "a narrator in the ad asks": a person at a place
        // that is no name is described by it; the phrase is whole.
        if let Some(person) = noun_phrase_ending_at(doc, opens, preposition, level).filter(|p| {
            p.start == opens
                && ROLE_NOUNS.contains(lower(doc, p.end - 1))
                && !is_capitalised(doc.word(phrase.end - 1))
        }) {
            return Some(person.start..phrase.end);
        }
    }
    // "… in a way Police Chief Al Bo slammed as “…”": a name after a determiner and a plain
    // noun opens the noun's relative clause, and is the cue's subject ("the Ohio senator Al
    // Bo" is a role and a name).
    // (Not "a fairly reliable Democratic state", "the Chamber of Commerce", "a super PAC": a
    // lone word after the noun must look like a name.)
    let after_plain_noun = DETERMINERS
        .contains(&lower(doc, phrase.start))
        .then(|| {
            (phrase.start + 2..phrase.end).find(|&k| {
                let noun = lower(doc, k - 1);
                is_capitalised(doc.word(k))
                    && !is_capitalised(doc.word(k - 1))
                    && !ROLE_NOUNS.contains(noun)
                    && !DETERMINERS.contains(&noun)
                    && !FUNCTION_WORDS.contains(noun)
            })
        })
        .flatten()
        .filter(|&k| {
            let word = doc.word(k);
            let name_like = word.chars().all(char::is_alphabetic)
                && !is_adjective_shaped(word)
                && !is_acronym(word);
            (k..phrase.end).all(|n| is_capitalised(doc.word(n)))
                && (phrase.end > k + 1 || name_like)
        });
    if let Some(name) = after_plain_noun {
        return Some(name..phrase.end);
    }
    // "Ames was away in Dover, Maine, promising …": a place is no speaker ("a narrator in the
    // campaign ad asks" is one, taken whole by [`speaker_after`]).
    Some(phrase).filter(|phrase| {
        phrase.start == from
            || !PLACE_PREPOSITIONS.contains(&lower(doc, phrase.start - 1))
            || (from..phrase.start).all(|k| is_modifier_or_preposition(doc, k, level))
    })
}

/// The subject of a cue verb coordinated with an earlier verb: the named or pronoun subject
/// opening the clause before "and" ("… when Ames mocked Bell on taxes and called him a
/// “moderate”"). The clause opens after a comma or a subordinating word.
fn coordinated_subject(
    doc: &Doc,
    from: usize,
    and: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    let lowest = from.max(and.saturating_sub(MAX_LOOKBACK));
    let mut start = clause_start(doc, lowest, and, level);
    // "That prompted Ann Roe to make a joke and call Bo “…”": a bare verb after "and" goes on
    // with the infinitive, whose subject is the causative's object.
    let bare_verb = doc.tokens.get(and + 1).is_some_and(|_| {
        let verb = lower(doc, and + 1);
        !verb.ends_with('s') && !is_past_form(verb) && !verb.ends_with("ing")
    });
    if let Some(object) = bare_verb
        .then(|| {
            (start..and)
                .rev()
                .filter(|&k| lower(doc, k) == "to")
                .find_map(|to| causative_object(doc, lowest, to, level))
        })
        .flatten()
    {
        return Some(object);
    }
    // "he turned to the crowd, raised his hand and said, “…”": verb phrases in a series
    // share the subject of the first.
    // ("Outside the hall, about 50 students gathered, waving flags and chanting": a
    // function word opens no verb phrase.)
    for _ in 0..MAX_APPOSITIONS {
        if !opens_with_verb(doc, lowest, start)
            || FUNCTION_WORDS.contains(lower(doc, start))
            || is_quantifier(lower(doc, start))
        {
            break;
        }
        // "One of Bo's donors, former Rep. Ann Roe, lives in Ohio and wrote": a name in
        // apposition, after words describing it, names the subject.
        let apposition = noun_phrase_starting_at(doc, start, and, level)
            .filter(|p| doc.word(p.end) == "," && is_capitalised(doc.word(p.end - 1)));
        if let Some(phrase) = apposition {
            let name = (phrase.start..phrase.end).find(|&k| is_capitalised(doc.word(k)))?;
            return Some(name..phrase.end);
        }
        start = clause_start(doc, lowest, start - 1, level);
    }
    // ("Ann Roe lives in Ohio and wrote that …": "lives" is the verb, not a plural noun.)
    let phrase = name_before_verb(doc, noun_phrase_starting_at(doc, start, and, level)?);
    // "the state bar finished its review and deemed him “…”"
    let name_start = if lower(doc, phrase.start) == "the" && phrase.len() > 1 {
        phrase.start + 1
    } else {
        phrase.start
    };
    let named = pronoun_of(doc.word(phrase.start)).is_some()
        || (name_start..phrase.end)
            .all(|k| is_capitalised(doc.word(k)) && possessive_stem(doc.word(k)).is_none());
    let verb_follows = doc.tokens.get(phrase.end).is_some_and(|t| {
        t.kind == TokenKind::Word && phrase.end < and && !is_capitalised(doc.word(phrase.end))
    });
    (named && verb_follows).then_some(phrase)
}

/// Where the clause holding token `end` opens, looking back no further than `from`: after a
/// comma, semicolon or colon, a quotation, or a subordinating word ("when Roe …").
fn clause_start(doc: &Doc, from: usize, end: usize, level: Option<usize>) -> usize {
    (from..end)
        .rev()
        .find(|&k| {
            !at_level(doc, k, level)
                || matches!(doc.word(k), "," | ";" | ":")
                || CLAUSE_OPENERS.contains(&lower(doc, k))
        })
        .map_or(from, |k| k + 1)
}

/// Longest quotation, in bytes, read as a name within the writer's clause.
const MAX_QUOTED_NAME: usize = 40;

/// Whether token `k` is in a quotation of at most three words with no punctuation closing it,
/// like a title or a name, which the writer's clause runs through: "Roe shared notes for a
/// class called “Harbors” on his page, writing …" (not "will play the “outsider card,” Roe
/// said").
fn is_quoted_name(doc: &Doc, k: usize) -> bool {
    let short = |k: usize| {
        doc.tokens[k].kind != TokenKind::Mark
            && doc.tokens[k].quote.is_some_and(|q| {
                let quote = &doc.quotes[q];
                let text = &doc.text[quote.start()..quote.end()];
                quote.parent.is_none()
                    && text.len() <= MAX_QUOTED_NAME
                    && text.matches(' ').count() < 3
                    && text.ends_with(char::is_alphanumeric)
            })
    };
    // A mark belongs to the quotation beside it.
    short(k)
        || doc.tokens[k].kind == TokenKind::Mark
            && (k > 0 && short(k - 1) || k + 1 < doc.tokens.len() && short(k + 1))
}

/// Where the adverbs, auxiliaries and days before the cue at `cue` begin, no earlier than
/// `from`: the end of the subject in "Al Bo also said", "Al Bo on Friday declared".
fn before_adverbs(doc: &Doc, from: usize, cue: usize) -> usize {
    let mut end = cue;
    while end > from {
        if is_between_subject_and_cue(doc, end - 1) {
            end -= 1;
        } else if after_used_to(doc, from, end) {
            // "he used to boast"
            end -= 2;
        } else if end >= from + 2
            && lower(doc, end - 2) == "in"
            && is_year_or_month(doc.word(end - 1))
        {
            // "Al Bo, who in 2010 said …", "Roe in March told …"
            end -= 2;
        } else if is_day_or_time(doc.word(end - 1)) {
            // "President Roe on Friday declared …", "Roe during a Sunday thanked …"
            end -= 1;
            // "Voters on Super Tuesday said …": a thing's word names the day with it.
            if end > from && NON_PERSON_WORDS.contains(doc.word(end - 1)) {
                end -= 1;
            }
            if end > from && ["a", "the", "this", "last"].contains(&lower(doc, end - 1)) {
                end -= 1;
            }
            if end > from && ["on", "during"].contains(&lower(doc, end - 1)) {
                end -= 1;
            }
        } else {
            break;
        }
    }
    end
}

/// Whether token `k` is "Will" as a surname: capitalised before a finite verb, which a modal
/// never is ("While Will acknowledges …", "Will said …"; not "Will she say …").
fn is_surname_will(doc: &Doc, k: usize) -> bool {
    doc.word(k) == "Will"
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word)
        && {
            let next = lower(doc, k + 1);
            is_past_form(next) || next.ends_with('s') && !next.ends_with("ss")
        }
}

/// Adverbs (words in -ly too) and auxiliaries between a speaker and the cue, and a form of
/// "make", whose object the cue word may be ("his friends make jokes about …").
fn is_between_subject_and_cue(doc: &Doc, k: usize) -> bool {
    let w = lower(doc, k);
    BETWEEN_SPEAKER_AND_CUE.contains(&w) && !is_surname_will(doc, k)
        || MAKE_FORMS.contains(&w)
        || (w.len() > 4
            && w.ends_with("ly")
            && doc.tokens[k].kind == TokenKind::Word
            && !is_capitalised(doc.word(k)))
}

/// The pronoun a word is, contractions included: "He’s" -> "he".
fn pronoun_of(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let bare = CONTRACTIONS
        .iter()
        .find_map(|c| lower.strip_suffix(c))
        .unwrap_or(&lower)
        .to_string();
    PRONOUNS
        .get(bare.as_str())
        .is_some_and(|&gender| gender != 'o')
        .then_some(bare)
}

/// The personal pronoun of a possessive one, which stands for the same person: "his" -> "he".
fn pronoun_owning(word: &str) -> Option<String> {
    let pronoun = match word.to_lowercase().as_str() {
        "his" => "he",
        "her" => "she",
        "their" => "they",
        _ => return None,
    };
    Some(pronoun.to_string())
}

/// Words between a speech noun and the quotation it owns, at most: "his old remarks on
/// closing the port to keep out so-called foreign “…”".
const MAX_OWNED_DISTANCE: usize = 12;

/// Rule 3b, when no cue attributes the quotation: a speech noun owned by its speaker, with at
/// most two modifiers between: "Roe's claim that there were “…”", "his comment Monday
/// that “…”", "Contrary to her pledge to stay “impartial”". The owner is a possessive name or
/// "his", "her", "their"; no cue verb stands between the noun and the quotation.
fn speaker_by_owner(doc: &Doc, from: usize, open: usize, level: Option<usize>) -> Option<Found> {
    let lowest = from.max(open.saturating_sub(MAX_OWNED_DISTANCE));
    let noun = (lowest..open).rev().find(|&k| {
        let w = lower(doc, k);
        at_level(doc, k, level) && !is_capitalised(doc.word(k)) && is_speech_noun(w)
    })?;
    if (noun + 1..open).any(|k| is_cue_verb(doc, k, level) || !at_level(doc, k, level)) {
        return None;
    }
    // The noun's content follows it ("claim that", "pledge to be", "comments on", "line:"),
    // perhaps after a day; "taking Ames's remark at first as praise -- “…”" is no report
    // of the remark.
    let mut next = noun + 1;
    while next < open && (is_day_or_time(doc.word(next)) || lower(doc, next) == "on") {
        next += 1;
    }
    // "Bo's suggestion at a debate that …": past a short phrase of place or time to "that".
    if next < open
        && (PHRASE_PREPOSITIONS.contains(&lower(doc, next)) || lower(doc, next) == "during")
    {
        if let Some(that) = (next + 1..open.min(next + MAX_OWNED_PHRASE + 2))
            .take_while(|&k| is_plain_word(doc, k, level))
            .find(|&k| lower(doc, k) == "that")
        {
            next = that;
        }
    }
    // "Roe’s response was: “…”", "Bo’s claim is that …": the content after a copula. A saying
    // may follow it directly ("Roe’s campaign slogan is “Jobs for all.”"); a phrase in lower
    // case there is a verdict on the claim ("Bo’s claim is “laughable”"), no content.
    let saying_follows = || {
        next + 1 == open
            && doc
                .tokens
                .get(open + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && is_capitalised(doc.word(open + 1)))
    };
    if next < open
        && BE_FORMS.contains(&lower(doc, next))
        && (next + 1 < open && (doc.word(next + 1) == ":" || lower(doc, next + 1) == "that")
            || saying_follows())
    {
        next += 1;
    }
    let content_follows = next == open
        || is_dash(doc.word(next))
        || matches!(
            lower(doc, next),
            "that" | "to" | "about" | "of" | "on" | "," | ":"
        );
    if !content_follows {
        return None;
    }
    // Back over at most two modifiers ("patronizing", "most explosive") to the owner.
    let owner = (from.max(noun.saturating_sub(3))..noun).rev().find(|&k| {
        possessive_stem(doc.word(k)).is_some() || pronoun_owning(doc.word(k)).is_some()
    })?;
    if (owner + 1..noun).any(|k| !is_plain_word(doc, k, level) || is_capitalised(doc.word(k))) {
        return None;
    }
    Some(Found::Phrase(
        owner_phrase(doc, from, owner, level)?,
        noun..noun + 1,
    ))
}

/// A speech noun owned by someone, with "that" after it, before the cue of the sentence: the
/// quotation in the noun's clause is the owner's, not the cue's subject's ("Al Bo mocked Ann
/// Roe's claim that Cy Dee “founded the gang”" quotes Roe).
fn speaker_by_owned_claim(
    doc: &Doc,
    from: usize,
    open: usize,
    level: Option<usize>,
) -> Option<Found> {
    let found = speaker_by_owner(doc, from, open, level)?;
    let Found::Phrase(_, noun) = &found else {
        return None;
    };
    // The quotation opens the clause, after its subject at most: in "Roe's claim that Bo is
    // for it is “simply not true”" the words are the cue's subject's verdict on the claim.
    let subject_only = |k: usize| {
        is_capitalised(doc.word(k))
            || pronoun_of(doc.word(k)).is_some()
            || doc.word(k).ends_with('.')
    };
    let that = noun.end;
    (that < open
        && lower(doc, that) == "that"
        && open - that <= MAX_PHRASE
        && (that + 1..open).all(subject_only))
    .then_some(found)
}

/// A quotation between its owner and a speech noun: "Carl Ames’s “ten percent” comment",
/// "her “deplorables” remark". The owner is a possessive name or "his", "her", "their".
fn speaker_owning_quotation(
    doc: &Doc,
    from: usize,
    open: usize,
    close: usize,
    level: Option<usize>,
) -> Option<Found> {
    let owner = open.checked_sub(1)?;
    let noun = close + 1;
    let owned = pronoun_owning(doc.word(owner)).is_some()
        || possessive_stem(doc.word(owner)).is_some_and(is_capitalised);
    if !owned || noun >= doc.tokens.len() || !at_level(doc, noun, level) {
        return None;
    }
    if !is_speech_noun(lower(doc, noun)) {
        return None;
    }
    Some(Found::Phrase(
        owner_phrase(doc, from, owner, level)?,
        noun..noun + 1,
    ))
}

/// Whether a lower-cased word is a speech noun, singular or plural: "claim", "remarks".
fn is_speech_noun(word: &str) -> bool {
    SPEECH_NOUNS.contains(word)
        || word
            .strip_suffix('s')
            .is_some_and(|s| SPEECH_NOUNS.contains(s))
}

/// The phrase of an owner ending at its possessive `owner`: "his", "Carl Ames’s", "the
/// intelligence community's".
fn owner_phrase(
    doc: &Doc,
    from: usize,
    owner: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    if pronoun_owning(doc.word(owner)).is_some() {
        return Some(owner..owner + 1);
    }
    let start = if is_capitalised(doc.word(owner)) {
        // ("But Al Bo’s claim": a sentence word opening it is none of the name.)
        (from..owner)
            .rev()
            .take_while(|&k| at_level(doc, k, level) && is_capitalised(doc.word(k)))
            .filter(|&k| !NON_NAMES.contains(doc.word(k)))
            .last()
            .unwrap_or(owner)
    } else {
        noun_phrase_ending_at(doc, from, owner + 1, level)?.start
    };
    Some(start..owner + 1)
}

/// Whether a word is "it": a pronoun that can report ("“…,” it added.") but stands for no
/// person.
fn is_impersonal_pronoun(word: &str) -> bool {
    PRONOUNS.get(word.to_lowercase().as_str()) == Some(&'o')
}

/// Whether a pronoun that can also be a determiner is one here, a noun after it: "said her
/// spokesman" (not "told her."). Only "her" is both.
fn is_pronoun_determiner(doc: &Doc, k: usize) -> bool {
    DETERMINERS.contains(&lower(doc, k))
        && doc.tokens.get(k + 1).is_some_and(|next| {
            next.kind == TokenKind::Word
                && next.quote == doc.tokens[k].quote
                && pronoun_of(doc.word(k + 1)).is_none()
                && !FUNCTION_WORDS.contains(lower(doc, k + 1))
        })
}

/// Whether a word can stand inside a speaker's noun phrase: a capitalised word, a determiner,
/// a possessive, a number, or a lower-case modifier or noun that is neither a function word,
/// nor a cue, nor shaped like a verb form.
fn is_phrase_word(doc: &Doc, k: usize, level: Option<usize>) -> bool {
    if in_nickname(doc, k, level) {
        return true;
    }
    // "9/11 widow Tess Strand"
    let joins_words = doc.word(k) == "/"
        && k > 0
        && doc.tokens[k - 1].kind == TokenKind::Word
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word);
    if at_level(doc, k, level) && joins_words {
        return true;
    }
    if !at_level(doc, k, level) || doc.tokens[k].kind != TokenKind::Word {
        return false;
    }
    let word = doc.word(k);
    // ("Dayton Picks a Clerk Who Once Mocked ‘…’": a headline capitalises its relative
    // pronoun, which ends the phrase as it would in lower case.)
    if pronoun_of(word).is_some() || RELATIVE_PRONOUNS.contains(&lower(doc, k)) {
        return false;
    }
    if is_capitalised(word) || is_number(word) || possessive_stem(word).is_some() {
        return true;
    }
    let w = word.to_lowercase();
    // "the unsigned opinion said": a participle after a determiner is an adjective, or a noun
    // after a possessive ("a source familiar with Roe’s thinking said").
    let after_determiner = k > 0
        && (DETERMINERS.contains(&lower(doc, k - 1)) || possessive_stem(doc.word(k - 1)).is_some());
    // "said Harbors ranking member Ann Roe", "Oversight ranking Democrat Ann Roe": so is one
    // between a capitalised word and a role noun or a party, and a word in -ing after any
    // word: "former State transit planning director Ann Roe wrote" (not "Roe’s aide greeted
    // supporters").
    let describes_next = || {
        k > 0
            && doc.tokens[k - 1].kind == TokenKind::Word
            && (is_capitalised(doc.word(k - 1)) || w.ends_with("ing"))
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && describes_a_person(doc.word(k + 1))
    };
    // ("the camp director known to staff as …": an irregular verb's past form too.)
    let verb_shaped = || {
        (is_past_form(&w) || w.ends_with("ing"))
            && !ROLE_NOUNS.contains(w.as_str())
            && !after_determiner
            && !describes_next()
    };
    // "the congressional report said", "the note says": a cue word used as a noun, or before
    // a word after which it reports nothing ("White House press secretary Ann Roe").
    let cue_word = || {
        CUE_VERBS.contains(w.as_str())
            && !is_noun_use(doc, k)
            && !reports_nothing_before_next(doc, k)
    };
    // ("Roe’s letter makes a case: “…”": "make" is a verb.)
    DETERMINERS.contains(&w.as_str())
        || !FUNCTION_WORDS.contains(w.as_str())
            && !MAKE_FORMS.contains(&w.as_str())
            && !cue_word()
            && !verb_shaped()
}

/// Whether token `k` is a word or a mark of a nickname inside a name at `level`: "state Del.
/// Ana “Nana” Ruiz" is one phrase.
fn in_nickname(doc: &Doc, k: usize, level: Option<usize>) -> bool {
    let token = &doc.tokens[k];
    let quote = match token.kind {
        TokenKind::Mark => [k + 1, k.wrapping_sub(1)]
            .into_iter()
            .filter_map(|j| doc.tokens.get(j))
            .find_map(|t| t.quote.filter(|&q| Some(q) != level)),
        _ => token.quote.filter(|&q| Some(q) != level),
    };
    quote.is_some_and(|q| doc.quotes[q].parent == level && doc.nickname(q).is_some())
}

/// Whether a word can head a speaker's noun phrase: a name, a role noun ("official",
/// "campaign"), the last noun of a phrase led by a determiner ("the New York businessman"),
/// or a plural ("experts").
fn is_phrase_head(doc: &Doc, k: usize, start: usize) -> bool {
    let word = doc.word(k);
    let w = word.to_lowercase();
    let stem = possessive_stem(word).unwrap_or(word);
    let determined = k > start && DETERMINERS.contains(&lower(doc, start));
    // "Judicial Watch stated": a word that never starts a name may end one.
    let ends_name = k > start && {
        let before = doc.word(k - 1);
        is_capitalised(before) && !NON_NAMES.contains(before)
    };
    (is_capitalised(word)
        && (!NON_NAMES.contains(stem) || ends_name || is_surname_will(doc, k))
        && possessive_stem(word).is_none()
        && !(k == start && is_adjective_shaped(word)))
        || ROLE_NOUNS.contains(w.as_str())
        // "From Roe's Facebook post: “…”"
        || DOCUMENT_NOUNS.contains(w.as_str())
        || (determined && possessive_stem(word).is_none() && !w.ends_with("ly"))
        // A plural ("experts"), not a word whose -s is no plural's: "spontaneous", "campus",
        // "crisis".
        || (w.ends_with('s')
            && w.len() > 3
            && !["ss", "us", "is"].iter().any(|ending| w.ends_with(ending))
            && possessive_stem(word).is_none())
}

/// The noun phrase whose last word is just before `end`: back over phrase words to a
/// determiner (kept) or anything else (not kept). A pronoun is a phrase by itself.
fn noun_phrase_ending_at(
    doc: &Doc,
    from: usize,
    end: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    if end <= from || !at_level(doc, end - 1, level) {
        return None;
    }
    if pronoun_of(doc.word(end - 1)).is_some() || is_impersonal_pronoun(doc.word(end - 1)) {
        return Some(end - 1..end);
    }
    let mut start = end;
    while start > from && end - start < MAX_PHRASE && is_phrase_word(doc, start - 1, level) {
        start -= 1;
        if DETERMINERS.contains(&lower(doc, start)) {
            break;
        }
    }
    // "several officials said": a quantifier opens the phrase; "many of the voters said": one
    // before "of" heads it.
    let quantifier = |k: usize| at_level(doc, k, level) && is_quantifier(lower(doc, k));
    if start > from && start < end && quantifier(start - 1) {
        start -= 1;
    } else if start >= from + 2 && lower(doc, start - 1) == "of" && quantifier(start - 2) {
        start -= 2;
    }
    // "Mr. Lam of the River Alliance": a name before "of" heads the phrase (a role noun,
    // capitalised or not, is no name: "Critics of the plan say").
    let role = role_before_complement(doc, from, start, level);
    let mut head = end - 1;
    if start >= from + 2
        && lower(doc, start - 1) == "of"
        && is_capitalised(doc.word(start - 2))
        && at_level(doc, start - 2, level)
        && role.is_none()
    {
        let mut head_start = start - 2;
        while head_start > from
            && end - head_start < MAX_PHRASE + 4
            && is_phrase_word(doc, head_start - 1, level)
            && is_capitalised(doc.word(head_start - 1))
        {
            head_start -= 1;
        }
        start = head_start;
    } else if let Some(role) = role {
        // "The chairman of the committee said", "An aide to Ann Roe said": a role before
        // "of", "to" or "for" heads the phrase, with its own modifiers back to a determiner.
        head = role;
        let mut head_start = role;
        while head_start > from
            && end - head_start < MAX_PHRASE + 4
            && is_phrase_word(doc, head_start - 1, level)
        {
            head_start -= 1;
            if DETERMINERS.contains(&lower(doc, head_start)) {
                break;
            }
        }
        start = head_start;
    }
    // "Ames’ email to his donors notes": an owned document is the
    // subject ("wrote a letter to Bell asking" stays with the letter's writer).
    if start >= from + 2
        && lower(doc, start - 1) == "to"
        && DOCUMENT_NOUNS.contains(lower(doc, start - 2))
    {
        // Back to its owner: "Ames’", "the campaign’s".
        let owner = (from.max(start.saturating_sub(5))..start - 2)
            .rev()
            .find(|&k| possessive_stem(doc.word(k)).is_some());
        if let Some(owner) = owner.filter(|&k| (k..start).all(|w| at_level(doc, w, level))) {
            return Some(owner..end);
        }
    }
    // Sentence words are not part of a name: "Last week Roe said" -> "Roe" (but "Will Roe
    // said" is a man).
    // ("Someone close to the mayor said": not a role heading the phrase.)
    while start + 1 < end
        && start != head
        && NON_NAMES.contains(doc.word(start))
        && !DETERMINERS.contains(&lower(doc, start))
        && !is_quantifier(lower(doc, start))
        && !opens_with_given_name(doc, start, end)
    {
        start += 1;
    }
    (start < end && is_phrase_head(doc, head.max(start), start) && !is_time_phrase(doc, start..end))
        .then_some(start..end)
}

/// Words joining a role noun to whom the role is held for: "an aide to Ann Roe", "the chair
/// of the board", "a spokesman for the campaign".
const COMPLEMENT_LINKS: &[&str] = &["of", "to", "for"];
/// Adjectives between a role noun and its link: "a source close to Ann Roe", "a person
/// familiar with the talks".
const COMPLEMENT_ADJECTIVES: &[(&str, &str)] = &[("close", "to"), ("familiar", "with")];

/// The role noun whose complement starts at `start`, if one does: the noun in "an aide to
/// Ann Roe", "a source close to the campaign", "a person familiar with the talks" before the
/// phrase "Ann Roe", "the campaign", "the talks".
fn role_before_complement(
    doc: &Doc,
    from: usize,
    start: usize,
    level: Option<usize>,
) -> Option<usize> {
    let link = start.checked_sub(1).filter(|&k| k > from)?;
    let linked = lower(doc, link);
    let adjective = link
        .checked_sub(1)
        .filter(|&k| COMPLEMENT_ADJECTIVES.contains(&(lower(doc, k), linked)));
    if adjective.is_none() && !COMPLEMENT_LINKS.contains(&linked) {
        return None;
    }
    let role = adjective
        .unwrap_or(link)
        .checked_sub(1)
        .filter(|&k| k >= from)?;
    let noun = lower(doc, role);
    // "one Democrat familiar with the talks": a party's member is a person's role too, before
    // "close to" or "familiar with".
    let member =
        adjective.is_some() && describes_a_person(doc.word(role)) && !ROLE_NOUNS.contains(noun);
    // Before "of", any role ("the secretary of state", "the report of the panel"); before
    // another link, a person's role, not a document's ("a letter to Ann Roe" is addressed to
    // her), and before a name or a determined phrase ("roused the crowd to spontaneous
    // cheers" holds none).
    let of = adjective.is_none() && linked == "of";
    // A capitalised noun is a name's word ("Campaign for Fair Rents"), unless it opens the
    // sentence ("Sources close to Ann Roe said").
    let common = !is_capitalised(doc.word(role)) || doc.opens_sentence(role);
    let persons_role = !DOCUMENT_NOUNS.contains(noun) && !INSTITUTION_NOUNS.contains(noun);
    let heads = if of {
        ROLE_NOUNS.contains(noun)
    } else {
        opens_complement(doc, start)
            && (member || ROLE_NOUNS.contains(noun) && persons_role && common)
    };
    (heads && (role..start).all(|k| at_level(doc, k, level))).then_some(role)
}

/// Whether a role's complement may start at `k`: at a name or a determiner ("a friend of Ann
/// Roe", "an aide to the mayor"), or at a role before a name ("a spokesman for presidential
/// candidate Ann Roe"), not at a bare common noun ("groups of students").
fn opens_complement(doc: &Doc, k: usize) -> bool {
    /// Words a role before a name may take before it: "presidential candidate".
    const MAX_ROLE_WORDS: usize = 3;
    let titled_name = || {
        (k..doc.tokens.len().min(k + MAX_ROLE_WORDS)).any(|j| {
            ROLE_NOUNS.contains(lower(doc, j))
                && (k..j).all(|i| doc.tokens[i].kind == TokenKind::Word)
                && j + 1 < doc.tokens.len()
                && is_capitalised(doc.word(j + 1))
        })
    };
    is_capitalised(doc.word(k)) || DETERMINERS.contains(&lower(doc, k)) || titled_name()
}

/// The noun phrase that starts at `start` (after an inverted cue: `said Sen. Al Bo, a …`).
fn noun_phrase_starting_at(
    doc: &Doc,
    start: usize,
    end: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    let mut start = start;
    while start < end
        && at_level(doc, start, level)
        && (doc.tokens[start].kind != TokenKind::Word
            || matches!(lower(doc, start), "and" | "but" | "as" | "so"))
    {
        start += 1;
    }
    if start >= end || !at_level(doc, start, level) {
        return None;
    }
    if pronoun_of(doc.word(start)).is_some() && !is_pronoun_determiner(doc, start) {
        return Some(start..start + 1);
    }
    // "said retired Army Gen. Al Bo", "said undecided voter Ann Roe": a participle opening
    // the phrase before a capitalised word or a role noun is its adjective.
    let leading_adjective = |k: usize| {
        let w = lower(doc, k);
        k == start
            && k + 1 < end
            && doc.tokens[k].kind == TokenKind::Word
            && (w.ends_with("ed") || w.ends_with("ing"))
            && !CUE_VERBS.contains(w)
            && !FUNCTION_WORDS.contains(w)
            && at_level(doc, k + 1, level)
            && (is_capitalised(doc.word(k + 1))
                || ROLE_NOUNS.contains(lower(doc, k + 1))
                || (k + 2 < end
                    && is_phrase_word(doc, k + 1, level)
                    && at_level(doc, k + 2, level)
                    && is_capitalised(doc.word(k + 2))))
    };
    // "said her spokesman": the phrase goes on past "her".
    let mut stop = if is_pronoun_determiner(doc, start) {
        start + 1
    } else {
        start
    };
    while stop < end
        && stop - start < MAX_PHRASE
        && (is_phrase_word(doc, stop, level) || leading_adjective(stop))
    {
        if stop > start && DETERMINERS.contains(&lower(doc, stop)) {
            break;
        }
        stop += 1;
    }
    let head = (start..stop)
        .rev()
        .find(|&k| is_phrase_head(doc, k, start))?;
    // "the former secretary of state talked …", "said the secretary of state": a role noun's
    // "of" phrase in lower case goes with it, up to a verb. ("Secretary of State Ann Roe" is a
    // titled name, read as one.)
    let of = head + 1;
    // (A plural keeps its own reading: "Small groups of students kept walking".)
    let singular_role = is_singular_role_noun(lower(doc, head));
    if singular_role && of + 1 < end && lower(doc, of) == "of" {
        let of_end = (of + 1..end.min(of + 1 + MAX_OF_WORDS))
            .take_while(|&k| {
                let w = lower(doc, k);
                // ("added an owner of a bakery that bakes rye": a relative clause ends it.)
                is_plain_word(doc, k, level)
                    && !is_capitalised(doc.word(k))
                    && !is_past_form(w)
                    && !is_cue_verb(doc, k, level)
                    && w != "that"
                    && !RELATIVE_PRONOUNS.contains(&w)
            })
            .last();
        // ("said former secretary of state Ann Roe": a name after it makes it her title.)
        let name_follows = |last: usize| {
            last + 1 < end
                && doc.tokens[last + 1].kind == TokenKind::Word
                && is_capitalised(doc.word(last + 1))
        };
        if let Some(last) = of_end {
            if !name_follows(last) {
                return Some(start..last + 1);
            }
            let name_end = (last + 1..end.min(last + 1 + MAX_PHRASE))
                .take_while(|&k| at_level(doc, k, level) && is_capitalised(doc.word(k)))
                .last()?;
            return Some(start..name_end + 1);
        }
    }
    // "said a friend of Ann Roe", "said a source close to the campaign": a role's complement
    // goes with it (see [`role_before_complement`]).
    let complement = (head + 2..=head + 3).find(|&c| {
        c < end
            && opens_complement(doc, c)
            && role_before_complement(doc, start, c, level).is_some_and(|role| role >= start)
    });
    if let Some(c) = complement {
        if let Some(held) = noun_phrase_starting_at(doc, c, end, level) {
            return Some(start..held.end);
        }
    }
    Some(start..head + 1)
}

/// Whether token `k` lies in the writer's aside set off by dashes between two parts of a
/// quotation: "“I don't think the plan” -- that Vane drew up -- “will last,” he says". A name
/// there glosses the quotation; it is no antecedent of "he". (An aside that reports, "— Ann
/// Roe told Vane —", gives its subject as the reporter, which is asked first.)
fn in_aside_between_quotations(doc: &Doc, k: usize) -> bool {
    let is_mark = |j: usize| doc.tokens[j].kind == TokenKind::Mark;
    let bound = |j: &usize| is_dash(doc.word(*j)) || is_mark(*j);
    let Some(mut opening) = (k.saturating_sub(MAX_APPOSITION)..k).rev().find(bound) else {
        return false;
    };
    let Some(mut closing) = (k + 1..doc.tokens.len().min(k + 1 + MAX_APPOSITION)).find(bound)
    else {
        return false;
    };
    if !is_dash(doc.word(opening)) || !is_dash(doc.word(closing)) {
        return false;
    }
    while opening > 0 && is_dash(doc.word(opening - 1)) {
        opening -= 1;
    }
    while closing + 1 < doc.tokens.len() && is_dash(doc.word(closing + 1)) {
        closing += 1;
    }
    opening > 0 && is_mark(opening - 1) && closing + 1 < doc.tokens.len() && is_mark(closing + 1)
}

/// Where an aside set off by dashes opens, when the words before `end` close one: the opening
/// dash of "Ann Roe — mentioned by the Ledger as a choice for the job — told". A dash may be
/// two tokens ("--").
fn dashed_aside_before(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    let mut closing = end
        .checked_sub(1)
        .filter(|&k| k > from && is_dash(doc.word(k)))?;
    while closing > from && is_dash(doc.word(closing - 1)) {
        closing -= 1;
    }
    let mut opening = (from.max(end.saturating_sub(MAX_APPOSITION))..closing)
        .rev()
        .find(|&k| is_dash(doc.word(k)))?;
    while opening > from && is_dash(doc.word(opening - 1)) {
        opening -= 1;
    }
    Some(opening)
}

/// A name labelling the quotation, alone between a dash and a colon: "Pollsters agree - Ann
/// Roe: “…”", "VOTERS WANT A LEADER - Al Bo and Cy Do: “…”". It outranks a cue before the
/// dash, which belongs to the words there.
fn speaker_by_name_label(
    doc: &Doc,
    from: usize,
    open: usize,
    level: Option<usize>,
) -> Option<Found> {
    let colon = open
        .checked_sub(1)
        .filter(|&k| k > from && doc.word(k) == ":")?;
    let dash = (from.max(colon.saturating_sub(MAX_PHRASE + 1))..colon)
        .rev()
        .find(|&k| is_dash(doc.word(k)))?;
    let names_only = dash + 1 < colon
        && (dash + 1..colon).all(|k| {
            let word = doc.word(k);
            at_level(doc, k, level) && (is_capitalised(word) || matches!(word, "and" | "&"))
        });
    if !names_only {
        return None;
    }
    let phrase = noun_phrase_starting_at(doc, dash + 1, colon, level)?;
    Some(Found::Phrase(phrase, colon..colon + 1))
}

/// Rule 3: `Roe put it this way: “…”` — a named or pronoun subject before a colon.
fn speaker_by_colon(doc: &Doc, from: usize, open: usize, level: Option<usize>) -> Option<Found> {
    // A headline may open with its speaker: "Roe: Plan Is ‘Dead on Arrival’".
    let headline_colon = || {
        doc.headline
            .then(|| (from..open.min(from + MAX_PHRASE)).find(|&k| doc.word(k) == ":"))
            .flatten()
    };
    let colon = open
        .checked_sub(1)
        .filter(|&k| k >= from && doc.word(k) == ":")
        .or_else(headline_colon)?;
    let lowest = from.max(colon.saturating_sub(MAX_LOOKBACK));
    // A dash opens a clause too: "Signs of a shift were there all along - more from Al Bo:".
    let clause_start = (lowest..colon)
        .rev()
        .find(|&k| {
            matches!(doc.word(k), "," | ";") || is_dash(doc.word(k)) || !at_level(doc, k, level)
        })
        .map_or(lowest, |k| k + 1);
    // "One supporter, Rep. Al Bo, Republican of Ohio, gave the idea a whirl on WXKN: “…”": a
    // clause opening with its verb after a comma has its subject before the appositions.
    if opens_with_verb(doc, lowest, clause_start) {
        let subject = subject_before(doc, lowest, clause_start, level)
            .filter(|phrase| is_capitalised(doc.word(phrase.end - 1)));
        // "Roe raised a hand as if to calm the room, then leaned in and boomed: “…”": a verb
        // phrase after a comma goes on from the sentence's subject.
        if let Some(phrase) = subject.or_else(|| sentence_subject(doc, from, clause_start)) {
            return Some(Found::Phrase(phrase, colon..colon + 1));
        }
    }
    // "More from Al Bo: “…”": a clause opening with what comes from someone.
    if let Some(from_word) =
        (clause_start..colon.min(clause_start + 2)).find(|&k| lower(doc, k) == "from")
    {
        let source = noun_phrase_starting_at(doc, from_word + 1, colon, level)
            .filter(|p| is_capitalised(doc.word(p.start)));
        if let Some(source) = source {
            return Some(Found::Phrase(source, colon..colon + 1));
        }
    }
    let mut phrase = noun_phrase_starting_at(doc, clause_start, colon, level)?;
    // "Ann Roe’s response was: “…”": what a name owns speaks for it; the owner rule reads it.
    if phrase.end < colon && possessive_stem(doc.word(phrase.end)).is_some() {
        return None;
    }
    // "A Lesson From Ann Roe: ‘Be the voice …’": the one a message comes from speaks.
    // A headline capitalises "From" into the phrase.
    let from_word = (phrase.start..colon.min(phrase.end + 1)).find(|&k| lower(doc, k) == "from");
    if let Some(source) = from_word.and_then(|k| noun_phrase_starting_at(doc, k + 1, colon, level))
    {
        phrase = source;
    }
    if let Some(name) = name_closing_clause(doc, &phrase, colon, level) {
        return Some(Found::Phrase(name, colon..colon + 1));
    }
    let phrase = name_before_verb(doc, phrase);
    // ("The Week: Roe stands by ‘…’": a headline's label of common words, which it
    // capitalises, names no one; "Critics: …" are people.)
    let label_word = |k: usize| {
        doc.headline && is_common_word(lower(doc, k)) && !ROLE_NOUNS.contains(lower(doc, k))
    };
    let named = phrase
        .clone()
        .any(|k| is_capitalised(doc.word(k)) && !NON_NAMES.contains(doc.word(k)) && !label_word(k));
    (named || pronoun_of(doc.word(phrase.start)).is_some())
        .then_some(Found::Phrase(phrase, colon..colon + 1))
}

/// The name closing the clause before a colon, when the quotation after the colon is theirs
/// though the clause opens with other words: the clause is one long noun phrase ("Former
/// secretary of the treasury Ann Roe: “…”"), or the name follows a role noun ("The result
/// did not surprise Republican pollster Ann Roe: “…”"). `phrase` is the noun phrase opening
/// the clause. ("Ed Roe had a word for Al Bo: “…”" is Roe's: neither holds.)
fn name_closing_clause(
    doc: &Doc,
    phrase: &Range<usize>,
    colon: usize,
    level: Option<usize>,
) -> Option<Range<usize>> {
    let start = (phrase.end..colon)
        .rev()
        .take_while(|&k| {
            at_level(doc, k, level)
                && doc.tokens[k].kind == TokenKind::Word
                && is_capitalised(doc.word(k))
        })
        .last()?;
    if start <= phrase.end || NON_NAMES.contains(doc.word(start)) {
        return None;
    }
    // A cue word after "of" or an article is a noun: "secretary of state".
    let in_noun_phrase = |k: usize| {
        is_modifier_or_preposition(doc, k, level)
            || at_level(doc, k, level)
                && CUE_VERBS.contains(lower(doc, k))
                && (lower(doc, k - 1) == "of" || DETERMINERS.contains(&lower(doc, k - 1)))
    };
    let one_phrase = lower(doc, phrase.end) == "of" && (phrase.end..start).all(in_noun_phrase);
    let after_role = ROLE_NOUNS.contains(lower(doc, start - 1));
    (one_phrase || after_role).then_some(start..colon)
}

/// A phrase cut before the lower-case word after its opening name: a verb in -s after a name
/// is no plural noun of its phrase ("Ed Fox admires …", "the Ledger reveals a few facts: “…”").
fn name_before_verb(doc: &Doc, phrase: Range<usize>) -> Range<usize> {
    // "Article 33 affirms": a number goes on with a name.
    let is_name_word = |k: usize| {
        let word = doc.word(k);
        (is_capitalised(word) || is_number(word)) && possessive_stem(word).is_none()
    };
    let name_end = phrase
        .clone()
        .find(|&k| !is_name_word(k))
        .unwrap_or(phrase.end);
    // ("Small groups of protesters kept marching": a plural before "of" is a noun.)
    let noun_of = name_end + 1 < doc.tokens.len() && lower(doc, name_end + 1) == "of";
    // ("White House press secretary Ann Roe called": lower-case words ending in a role noun
    // before a name describe the name.)
    let role_before_name = (name_end..phrase.end)
        .find(|&k| is_name_word(k))
        .is_some_and(|k| ROLE_NOUNS.contains(lower(doc, k - 1)));
    if name_end > phrase.start
        && name_end < phrase.end
        && !is_adjective_shaped(doc.word(name_end - 1))
        && !NON_NAMES.contains(doc.word(phrase.start))
        && !noun_of
        && !role_before_name
    {
        return phrase.start..name_end;
    }
    // "The Ledger sports columnist Al Bo went as far as to say:": a name after a role noun
    // ends the phrase; a lower-case word after it is its verb.
    let last_name = phrase.clone().rev().find(|&k| is_name_word(k));
    if let Some(last) = last_name.filter(|&k| k + 1 < phrase.end) {
        let mut first = last;
        while first > phrase.start && is_name_word(first - 1) {
            first -= 1;
        }
        if first > phrase.start && ROLE_NOUNS.contains(lower(doc, first - 1)) {
            return phrase.start..last + 1;
        }
    }
    phrase
}

/// Whether the word at `k`, opening a sentence, can open an adverbial phrase rather than a
/// name: lower-case, or a capitalised word that starts no name ("In", "After", "With").
fn opens_adverbial(doc: &Doc, k: usize) -> bool {
    let word = doc.word(k);
    !is_capitalised(word) || NON_NAMES.contains(word) || opens_participle_phrase(doc, k)
}

/// The comma closing a clause or phrase that opens the sentence `range` with a subordinating
/// word, a preposition or a participle ("While Bo was away, …", "In a talk with Bo, …",
/// "Noting that Bo …, …"): its names and cues are not the main clause's.
fn opening_clause_end(doc: &Doc, range: &Range<usize>) -> Option<usize> {
    let opener = lower(doc, range.start);
    let opens = SUBORDINATORS.contains(&opener)
        || OPENING_PREPOSITIONS.contains(&opener)
        || opens_participle_phrase(doc, range.start);
    if !opens {
        return None;
    }
    // The comma may close a quotation: "When Lee said it was “a plan,” Roe …".
    (range.start..range.end.min(range.start + MAX_LOOKBACK)).find(|&k| clause_comma(doc, k))
}

/// Whether token `k` is a comma of the writer's sentence, closing a phrase or clause: outside
/// quotations, or the last token inside one ('On "Face the Nation," Sen. Al Bo said').
fn clause_comma(doc: &Doc, k: usize) -> bool {
    let closes_quote = || {
        doc.tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Mark)
    };
    doc.word(k) == "," && (at_level(doc, k, None) || closes_quote())
}

/// Whether the word at `k` is a participle opening a phrase: "Introduced on stage by Cy Dee,
/// Al Bo …", "Noting that …". It stands before a lower-case word that is no cue ("Fielding
/// said" is a name's), and a given name ("Jared") is none.
fn opens_participle_phrase(doc: &Doc, k: usize) -> bool {
    let word = doc.word(k);
    (word.ends_with("ed") || word.ends_with("ing"))
        && word.len() > MIN_OPENING_PARTICIPLE_LEN
        && !GIVEN_NAMES.contains_key(word)
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !is_capitalised(doc.word(k + 1)))
        && !is_cue_verb(doc, k + 1, doc.tokens[k].quote)
}

/// Where a sentence's subject starts: past an opening adverbial, commas and all ("On July 6,
/// 2015, Ames made …", "At Roe's direction, the party issued …"), looking no further than
/// `open`.
fn after_opening_adverbial(doc: &Doc, from: usize, open: usize) -> usize {
    // 'On "Face the Nation," Sen. Al Bo said': the comma may close a quoted title.
    // ("During the debate, Roe cracked, “…”": the comma before the quotation is the verb's.)
    let leading_comma = (from..open.min(from + MAX_PHRASE))
        .rev()
        .find(|&k| clause_comma(doc, k) && k + 1 < open);
    let starts_lower = opens_adverbial(doc, from);
    match leading_comma {
        Some(comma) if starts_lower && at_level(doc, comma, None) => comma + 1,
        Some(comma) if starts_lower => comma + 2,
        _ => from,
    }
}

/// The named subject opening a sentence, before a quotation in it: past a leading phrase that
/// ends in a comma ("In 2016, Roe has pushed …"), a name or a pronoun followed by a verb.
fn sentence_subject(doc: &Doc, from: usize, open: usize) -> Option<Range<usize>> {
    let start = after_opening_adverbial(doc, from, open);
    let phrase = name_before_verb(doc, noun_phrase_starting_at(doc, start, open, None)?);
    let is_name_word =
        |k: usize| is_capitalised(doc.word(k)) && possessive_stem(doc.word(k)).is_none();
    // "The Truth Institute" opening the sentence, or "the Truth Institute" after an adverb.
    let article = usize::from(phrase.len() > 1 && doc.word(phrase.start) == "the");
    let named = pronoun_of(doc.word(phrase.start)).is_some()
        || (phrase.start + article..phrase.end).all(is_name_word);
    let is_verb = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && !is_capitalised(doc.word(k)))
    };
    // "Roe, who has campaigned for Bell since May, blasted Ames as a “…”": past a clause or
    // an apposition between commas.
    let after_commas = || {
        (phrase.end < open && doc.word(phrase.end) == ",")
            .then(|| {
                (phrase.end + 1..open.min(phrase.end + MAX_APPOSITION))
                    .take_while(|&k| at_level(doc, k, None))
                    .find(|&k| doc.word(k) == ",")
            })
            .flatten()
            .is_some_and(|comma| is_verb(comma + 1))
    };
    (named && (is_verb(phrase.end) || after_commas())).then_some(phrase)
}

/// Whether the closing mark at `k` ends a quotation closed by its own comma with a named
/// subject right after it, which opens a clause of its own: "on a tape that Bo called “crude,”
/// Cy Dee voiced a wish to …" (not "“…,” said Bo", nor a list of quotations). The quotation is
/// a cue's object; a cue's "that" before it makes the clause after it part of what is reported
/// ("Roe argued that by refusing to call it “war,” Bo is …").
fn opens_clause_after_quotation(doc: &Doc, k: usize, level: Option<usize>) -> bool {
    let shape = k >= 1
        && k + 1 < doc.tokens.len()
        && doc.tokens[k].kind == TokenKind::Mark
        && doc.tokens[k].quote == level
        && doc.word(k - 1) == ","
        && !at_level(doc, k - 1, level)
        && at_level(doc, k + 1, level)
        && is_capitalised(doc.word(k + 1))
        && !NON_NAMES.contains(doc.word(k + 1));
    if !shape {
        return false;
    }
    let Some(q) = doc.tokens[k - 1].quote else {
        return false;
    };
    let open = doc.token_at(doc.quotes[q].open);
    let sentence = doc.sentences[doc.sentence_of(open)].start;
    let lowest = sentence.max(open.saturating_sub(MAX_LOOKBACK));
    let cue_object = (lowest.max(open.saturating_sub(MAX_INTRODUCING_WORDS + 1))..open)
        .any(|j| is_cue_verb(doc, j, level));
    let reported =
        (lowest + 1..open).any(|j| lower(doc, j) == "that" && is_cue_verb(doc, j - 1, level));
    cue_object && !reported
}

/// Where the last clause joined by ", while", ", whereas", ", but" or ", and" opens, one
/// after a quotation closed by its own comma ([`opens_clause_after_quotation`]), or one after
/// a headline's label ("The Week: Roe stands by ‘…’"), between `from` and a quotation at
/// `open` (no further back than [`MAX_LOOKBACK`] tokens).
fn joined_clause_start(doc: &Doc, from: usize, open: usize) -> Option<usize> {
    (from.max(open.saturating_sub(MAX_LOOKBACK)) + 1..open)
        .rev()
        .find(|&k| {
            (at_level(doc, k, None)
                && JOINING_CONJUNCTIONS.contains(&lower(doc, k))
                && doc.word(k - 1) == ",")
                || opens_clause_after_quotation(doc, k, None)
                || doc.headline && doc.word(k) == ":"
        })
        .map(|k| k + 1)
}

/// A transcript paragraph names its speaker before a colon: "“ROE: Well, look, …".
fn speaker_by_label(doc: &Doc, quote: &QuotedSpan) -> Option<Found> {
    let label = super::quotes::transcript_label(&doc.text[quote.start()..quote.end()])?;
    let first = doc.token_at(quote.start());
    let words = label.split_whitespace().count();
    let colon = first + words;
    (colon < doc.tokens.len() && doc.word(colon) == ":")
        .then(|| Found::Phrase(first..colon, colon..colon + 1))
}

/// Words a quotation standing alone needs to be speech with no attribution at all.
const MIN_STANDALONE_WORDS: usize = 8;

/// A quotation of whole sentences standing alone: capitalised, closed by a full stop, and
/// long enough that nobody would quote it to keep a distance from its words.
fn is_standalone_speech(doc: &Doc, quote: &QuotedSpan) -> bool {
    is_quoted_sentence(doc, quote, MIN_STANDALONE_WORDS)
}

/// Whether a quotation is a sentence of at least `min_words` words: a capital or a digit
/// first, a full stop, question or exclamation mark last.
fn is_quoted_sentence(doc: &Doc, quote: &QuotedSpan, min_words: usize) -> bool {
    let text = quote.text(doc.text);
    let text = text.trim();
    text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && text.ends_with(['.', '!', '?', '…'])
        && text.split_whitespace().count() >= min_words
}

/// Rule 4's test: the frame holds no words of its own, only this and other quotations.
fn frame_is_empty(doc: &Doc, from: usize, to: usize, level: Option<usize>) -> bool {
    (from..to).all(|k| !at_level(doc, k, level) || doc.tokens[k].kind != TokenKind::Word)
}

fn starts_paragraph(doc: &Doc, open: usize) -> bool {
    open == 0 || doc.tokens[open - 1].paragraph != doc.tokens[open].paragraph
}

/// Genders known from courtesy titles and roles, or learned from the text: a person followed
/// in the same sentence by "he" or "she" before anyone else is named ("Roe said she would
/// run"), or named alone in a sentence whose next sentence opens with one ("Ann Roe won. She
/// thanked …").
fn learned_genders(doc: &Doc, roster: &Roster) -> Vec<Option<char>> {
    let mut votes = vec![(0u32, 0u32); roster.entities.len()];
    let mut vote = |entity: usize, word: &str| match gendered_pronoun(word) {
        Some('m') => {
            votes[entity].0 += 1;
            true
        }
        Some(_) => {
            votes[entity].1 += 1;
            true
        }
        None => false,
    };
    let is_person = |p: &Placed| {
        roster.entities[p.entity].kind == EntityKind::Person && doc.tokens[p.first].quote.is_none()
    };
    for (n, p) in roster
        .placed
        .iter()
        .enumerate()
        .filter(|(_, p)| is_person(p))
    {
        let sentence_end = doc.sentences[doc.sentence_of(p.first)].end;
        let next_mention = roster.placed.get(n + 1).map_or(usize::MAX, |q| q.from);
        for k in p.last..sentence_end.min(next_mention) {
            if doc.tokens[k].quote.is_none() && vote(p.entity, lower(doc, k)) {
                break;
            }
        }
    }
    for (s, range) in doc.sentences.iter().enumerate() {
        let people: Vec<usize> = placed_within(roster, range.start, range.end)
            .iter()
            .filter(|p| is_person(p))
            .map(|p| p.entity)
            .collect();
        let alone = people.first().filter(|&&e| people.iter().all(|&o| o == e));
        if let (Some(&entity), Some(next)) = (alone, doc.sentences.get(s + 1)) {
            vote(entity, lower(doc, next.start));
        }
    }
    votes
        .into_iter()
        .enumerate()
        .map(|(i, (m, f))| {
            roster.gender(i).or(match m.cmp(&f) {
                std::cmp::Ordering::Greater => Some('m'),
                std::cmp::Ordering::Less => Some('f'),
                std::cmp::Ordering::Equal => None,
            })
        })
        .collect()
}

/// Whether a cue reports what was said ("said", "noted", "according to") rather than judging
/// or urging ("urging", "criticize").
fn is_reporting_cue(cue: &str) -> bool {
    let words: Vec<String> = cue.split_whitespace().map(str::to_lowercase).collect();
    words.iter().any(|w| REPORTING_VERBS.contains(w.as_str()))
        || CUE_PHRASES.iter().any(|phrase| {
            phrase
                .iter()
                .map(|w| w.to_lowercase())
                .eq(words.iter().cloned())
        })
}

/// Speech, partial or scare, by how the quotation sits in its sentence. A word or two quoted
/// before a noun is the writer's scare quote, unless a cue that reports speech attributes it:
/// "Vance said … the mayor faced a “slam-dunk” indictment" is Vance's phrase; in "They’re urging
/// “moderate” members" the word is the writer's.
#[allow(clippy::too_many_arguments)]
fn quote_kind(
    doc: &Doc,
    quote: &QuotedSpan,
    from: usize,
    open: usize,
    level: Option<usize>,
    attributed: bool,
    continued: bool,
    reported: bool,
) -> QuoteKind {
    if !attributed || (modifies_next_word(doc, quote) && !reported) || is_title_of_work(doc, quote)
    {
        return QuoteKind::Scare;
    }
    if continued {
        return QuoteKind::Speech;
    }
    let text = quote.text(doc.text);
    // Inside a quotation, a nested whole sentence is someone's words, not the writer's phrase:
    // “… he said he hated to see ‘neighbors sue their own neighbors.’”
    let whole_sentence = text.trim_end().ends_with(['.', '!', '?'])
        && text.split_whitespace().count() >= MIN_SPEECH_WORDS;
    if level.is_some() && whole_sentence {
        return QuoteKind::Speech;
    }
    let starts_upper = text
        .trim_start_matches(['.', '…', ' ', '(', '['])
        .starts_with(char::is_uppercase);
    let lowest = from.max(open.saturating_sub(MAX_LOOKBACK));
    let before = (lowest..open)
        .rev()
        .find(|&k| at_level(doc, k, level) || doc.tokens[k].kind == TokenKind::Mark);
    let Some(k) = before else {
        return QuoteKind::Speech;
    };
    let w = doc.word(k);
    let introduces = matches!(w, "," | ":" | "—" | "–")
        || is_cue_verb(doc, k, level)
        || doc.tokens[k].kind == TokenKind::Mark;
    if introduces
        && (starts_upper || w == ":" && text.split_whitespace().count() >= MIN_SPEECH_WORDS)
    {
        QuoteKind::Speech
    } else {
        QuoteKind::Partial
    }
}

/// A short quotation that modifies the word after it is a scare quote, whatever verb is near:
/// "whom they fault for not backing “real” tax reform", "“moderate” members".
fn modifies_next_word(doc: &Doc, quote: &QuotedSpan) -> bool {
    let text = quote.text(doc.text);
    let ends_clause = text
        .trim_end()
        .ends_with(|c: char| c.is_ascii_punctuation() || c == '…');
    if ends_clause
        || text.split_whitespace().count() > MAX_MODIFIER_WORDS
        || quote.close <= quote.end()
    {
        return false;
    }
    let next = doc.token_at(quote.close);
    if next >= doc.tokens.len() {
        return false;
    }
    // "Ann Roe: ‘Of Course’ Bo Is Fit": a quotation opening the clause after a colon starts what
    // the colon introduces, and modifies nothing.
    let open = doc.token_at(quote.open);
    if open > 0 && doc.word(open - 1) == ":" {
        return false;
    }
    // "a “spoiled heir” who’s acting …": a contraction of a function word is one too.
    let word = lower(doc, next);
    let word = word.split_once(['\'', '’']).map_or(word, |(stem, _)| stem);
    // "used the phrase “radical extremism” often": a quotation named as an expression modifies
    // nothing, and an adverb is no noun.
    let named_expression = open > 0 && EXPRESSION_NOUNS.contains(&lower(doc, open - 1));
    // "blasted Bell as a “disgrace” Wednesday": a day is no noun the quotation modifies.
    doc.tokens[next].kind == TokenKind::Word
        && doc.tokens[next].start == quote.close + 1
        && !named_expression
        && !word.ends_with("ly")
        && !BETWEEN_SPEAKER_AND_CUE.contains(&word)
        && !FUNCTION_WORDS.contains(word)
        // ("who “cheated” him": nor is a pronoun, the object of a quoted verb.)
        && !PRONOUNS.contains_key(doc.word(next))
        && !CUE_VERBS.contains(word)
        && !is_day_or_time(doc.word(next))
        // "called Roe “Lazy Annie” several times": a count of times modifies the verb.
        && !(next + 1 < doc.tokens.len() && matches!(lower(doc, next + 1), "times" | "time"))
}

/// Whom a quotation is about: entities named inside it, those `referred` to by its frame (a
/// pronoun, or a judging cue's object: "Bo called Roe a “liar”"), and the groups of the
/// sentence before when its frame refers back to them; never the speaker.
#[allow(clippy::too_many_arguments)]
fn targets(
    doc: &Doc,
    roster: &Roster,
    quote: &QuotedSpan,
    (open, close): (usize, usize),
    from: usize,
    level: Option<usize>,
    speaker: Option<&Speaker>,
    referred: &[usize],
) -> Vec<usize> {
    let speaker_entity = speaker.and_then(|s| s.entity);
    let mut about: Vec<usize> = placed_within(roster, open + 1, close)
        .iter()
        .filter(|p| p.last <= close && doc.tokens[p.first].start >= quote.start())
        .map(|p| p.entity)
        .collect();
    about.extend_from_slice(referred);
    // "“The Roe campaign is busy”": a name the post gives someone, after a determiner and
    // modifying the noun after it, is about them too. (It is no mention: no pronoun refers
    // back to it.)
    let modifier_of = |k: usize| {
        let modifies = DETERMINERS.contains(&lower(doc, k - 1))
            && is_capitalised(doc.word(k))
            && doc.tokens[k + 1].kind == TokenKind::Word
            && doc.word(k + 1).starts_with(char::is_lowercase);
        modifies
            .then(|| roster.lookup_before(doc.word(k), k))
            .flatten()
    };
    about.extend((open + 2..close.saturating_sub(1)).filter_map(modifier_of));
    let lowest = from.max(open.saturating_sub(MAX_LOOKBACK));
    let refers_back = (lowest..open)
        .any(|k| at_level(doc, k, level) && GROUP_REFERENCES.contains(&lower(doc, k)));
    if refers_back && level.is_none() {
        if let Some(previous) = doc
            .sentence_of(open)
            .checked_sub(1)
            .map(|s| doc.sentences[s].clone())
        {
            let groups = placed_within(roster, previous.start, previous.end)
                .iter()
                .filter(|p| roster.entities[p.entity].kind == EntityKind::Organization)
                .map(|p| p.entity);
            about.extend(groups);
        }
    }
    let mut unique = Vec::with_capacity(about.len());
    for entity in about {
        if Some(entity) != speaker_entity && !unique.contains(&entity) {
            unique.push(entity);
        }
    }
    unique
}

#[cfg(test)]
mod tests {
    use crate::extract::{extract_post, EntityKind, Format, PostFacts, QuoteKind};

    /// The names of whom the quotation `text` of `facts` is about.
    fn about<'a>(facts: &'a PostFacts, text: &str) -> Vec<&'a str> {
        let quote = facts.quotes.iter().find(|q| q.text == text).unwrap();
        quote
            .about
            .iter()
            .map(|&e| facts.entities[e].name.as_str())
            .collect()
    }

    /// (quote, kind, speaker as the archive names it, cue) for each quotation of a post body.
    fn said(body: &str) -> Vec<(String, QuoteKind, Option<String>, Option<String>)> {
        let facts = extract_post(Format::Text, &format!("A HEADLINE…. {body}")).unwrap();
        facts
            .quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.as_ref().map(|s| match s.entity {
                    Some(e) => facts.entities[e].name.clone(),
                    None => s.text.clone(),
                });
                (q.text.clone(), q.kind, speaker, q.cue.clone())
            })
            .collect()
    }

    /// The names of the people and organizations the extractor finds in a post body.
    fn entity_names(body: &str) -> Vec<String> {
        let facts = extract_post(Format::Text, &format!("A HEADLINE…. {body}")).unwrap();
        facts.entities.into_iter().map(|e| e.name).collect()
    }

    /// Asserts the speaker `said` gives the quotation `quote` of `body`.
    fn assert_speaker(body: &str, quote: &str, expected: Option<&str>) {
        assert_eq!(speaker_of(body, quote).as_deref(), expected, "{body}");
    }

    fn speaker_of(body: &str, quote: &str) -> Option<String> {
        said(body)
            .into_iter()
            .find(|q| q.0 == quote)
            .unwrap_or_else(|| panic!("{quote:?} not found"))
            .2
    }

    fn kind_of(body: &str, quote: &str) -> QuoteKind {
        said(body)
            .into_iter()
            .find(|q| q.0 == quote)
            .unwrap_or_else(|| panic!("{quote:?} not found"))
            .1
    }

    #[test]
    fn a_word_in_ing_before_a_role_noun_is_part_of_the_role() {
        // "former State transit planning director Ann Roe wrote": "planning" had been read as
        // a verb, and the quotation left with no speaker.
        assert_speaker(
            "“We did it,” former State transit planning director Ann Roe wrote.",
            "We did it,",
            Some("Ann Roe"),
        );
        // A past form before a role noun stays a verb.
        assert_speaker(
            "Later, Al Bo’s chief aide greeted volunteers, saying: “Hold the line.”",
            "Hold the line.",
            Some("Al Bo’s chief aide"),
        );
    }

    #[test]
    fn a_master_of_ceremonies_is_a_role() {
        // "said master of ceremonies Ivo Lund, …" had left the quotation as a scare quote.
        assert_speaker(
            "“Welcome, everyone,” said master of ceremonies Ivo Lund, the club’s treasurer.",
            "Welcome, everyone,",
            Some("Ivo Lund"),
        );
    }

    #[test]
    fn an_organizations_name_cut_at_for_speaks_whole() {
        // "Citizens for Fair Rents said" had given the quotation to a person "Fair Rents",
        // the words after "for".
        let body = "Citizens for Fair Rents said the plan was “a scam.”";
        assert_speaker(body, "a scam.", Some("Citizens for Fair Rents"));
        // A sentence's subject that opens such a name and stops at its "for" is the name
        // whole: "Citizens" alone had been no one, and the phrase a scare quote.
        let body =
            "Citizens for Fair Rents has pushed its promise of “a home for all” since spring.";
        assert_speaker(body, "a home for all", Some("Citizens for Fair Rents"));
    }

    #[test]
    fn a_name_the_phrase_was_cut_inside_at_its_and_speaks_whole() {
        // "filed by the federal Harbor" had been the speaker.
        let body = "According to a lawsuit filed by the federal Harbor and Canal Commission, the \
                    builder “padded” its invoices.";
        assert_speaker(body, "padded", Some("Harbor and Canal Commission"));
    }

    #[test]
    fn an_institution_speaks_through_its_documents_relative_clause() {
        // "a resolution which said" had no speaker: the subject was no name or role.
        let body = "The council adopted a resolution that said the district “rejects the toll.”";
        assert_speaker(body, "rejects the toll.", Some("The council"));
        let body = "The company issued a statement Friday, saying it was “deeply sorry.”";
        assert_speaker(body, "deeply sorry.", Some("The company"));
        // A memoir speaks for its author.
        let body = "The talks were “a swamp,” according to Al Bo’s memoir.";
        assert_speaker(body, "a swamp,", Some("Al Bo"));
    }

    #[test]
    fn someone_described_by_a_place_or_a_complement_speaks_as_written() {
        // "When someone in the hall yelled, “…,” Bo replied, “…”" had given both to Bo:
        // "someone" headed no phrase, so the cue before the first had no subject.
        let body = "When someone in the hall yelled, “Taxes,” Bo replied, “Not tonight.”";
        assert_speaker(body, "Taxes,", Some("someone in the hall"));
        assert_speaker(body, "Not tonight.", Some("Bo"));
        // A person at a place that is no name is described by it ("the crowd" had spoken).
        let body = "A man in the crowd shouted, “Roe!”";
        assert_speaker(body, "Roe!", Some("A man in the crowd"));
        // Opening the sentence, the role is no sentence word to drop.
        let body = "Someone close to the mayor said the plan was “dead.”";
        assert_speaker(body, "dead.", Some("Someone close to the mayor"));
        // An occupation is a person's role: "A farmer in Ohio" is no "Ohio".
        let body = "A farmer in Ohio said, “Roe is fine.”";
        assert_speaker(body, "Roe is fine.", Some("A farmer"));
        // A relative clause ends a role's "of" phrase.
        let body = "“Sales fell by half,” added an owner of a bakery that bakes rye.";
        assert_speaker(body, "Sales fell by half,", Some("an owner of a bakery"));
        let body = "“Sales fell by half,” added an owner of a bakery who asked not to be named.";
        assert_speaker(body, "Sales fell by half,", Some("an owner of a bakery"));
    }

    #[test]
    fn a_comma_right_before_the_quotation_closes_no_opening_phrase() {
        // The comma after "cracked" had been taken for the end of "During the debate", so
        // the sentence had no subject and the quotation went on with Al Bo.
        let body = "Al Bo spoke first. During the debate, Ann Roe cracked, “Ask my barber \
                    about taxes.”";
        assert_speaker(body, "Ask my barber about taxes.", Some("Ann Roe"));
    }

    #[test]
    fn a_courtroom_role_heads_the_participles_subject() {
        // "counsel" is a role noun as well as a cue verb: the participle hangs on "Roe's
        // defense counsel", where "a filing" had been the speaker.
        let body = "Ann Roe was jailed.\n\nIn a filing, Roe's defense counsel urged mercy, \
                    calling the theft “a cry for help.”";
        assert_speaker(body, "a cry for help.", Some("Roe's defense counsel"));
        let body = "Ann Roe was jailed.\n\nIn a filing, Roe's public defender urged mercy, \
                    calling the theft “a cry for help.”";
        assert_speaker(body, "a cry for help.", Some("Roe's public defender"));
        // "the trial" had been the speaker: "juror" headed no phrase.
        let body = "A juror in the trial said, “It was hard.”";
        assert_speaker(body, "It was hard.", Some("A juror in the trial"));
    }

    #[test]
    fn an_invisible_mark_before_a_quotation_is_no_word_of_the_sentence() {
        // "\u{202A}”Pave the road first,” said Al Bo." had been a partial quotation: the
        // direction mark was read as a word before it.
        let body = "\u{202A}”Pave the road first,” said Al Bo.";
        assert_eq!(kind_of(body, "Pave the road first,"), QuoteKind::Speech);
    }

    #[test]
    fn a_quoted_sentence_after_a_reporting_sentence_of_its_paragraph_is_the_reporters() {
        // Dee reports without quoting; the writer's sentence that follows quotes him, and the
        // standalone quotation after it goes on with him. Both had had no speaker.
        let body = "Cy Dee, who represents the builder, says the firm did nothing wrong. \
                    “The county keeps claiming that the permits for the pier were forged” in \
                    its filings. “We kept every receipt for the whole project.”";
        let quoted = "The county keeps claiming that the permits for the pier were forged";
        assert_speaker(body, quoted, Some("Cy Dee"));
        assert_speaker(
            body,
            "We kept every receipt for the whole project.",
            Some("Cy Dee"),
        );
        // A phrase of the writer's sentence, too.
        let body = "Dee has said the bridge plan was rushed. So the county now has “a span \
                    that nobody asked for.”";
        assert_speaker(body, "a span that nobody asked for.", Some("Dee"));
        // Not past the paragraph.
        let body = "Cy Dee, who represents the builder, says the firm did nothing wrong.\n\n\
                    “The county keeps claiming that the permits for the pier were forged” in \
                    its filings.";
        assert_speaker(body, quoted, None);
    }

    #[test]
    fn a_sentence_after_a_colon_with_no_subject_goes_on_from_the_paragraph_before() {
        // The second had no speaker: "Then, a week later on the radio:" names no one.
        let first = "“The levy is dead,” Al Bo told the Ledger in March.";
        let later = "Then, a week later on the radio: “I never said the levy was dead.”";
        let body = format!("{first}\n\n{later}");
        assert_speaker(&body, "I never said the levy was dead.", Some("Al Bo"));
        // Not two paragraphs on, nor past a sentence of the writer's, nor for a phrase.
        let body = format!("{first}\n\nIt rained.\n\n{later}");
        assert_speaker(&body, "I never said the levy was dead.", None);
        let body = format!("{first} It rained.\n\n{later}");
        assert_speaker(&body, "I never said the levy was dead.", None);
        let body = format!("{first}\n\nThen, a week later on the radio: “a levy of some kind”");
        assert_speaker(&body, "a levy of some kind", None);
    }

    #[test]
    fn a_sentence_word_opening_an_owners_name_is_none_of_the_speakers_text() {
        // The speaker had been written "But Al Bo’s".
        let body = "A HEADLINE…. But Al Bo’s claim is that the audit is “a fishing trip.”";
        let facts = extract_post(Format::Text, body).unwrap();
        let speaker = facts.quotes[0].speaker.as_ref().unwrap();
        assert_eq!(speaker.text, "Al Bo’s");
    }

    #[test]
    fn a_participle_after_a_verb_of_perceiving_is_the_subjects_cue() {
        // "could be heard asking" had left the question a scare quote.
        let body = "“Will you raise the levy?” a clerk could be heard asking Roe.";
        assert_speaker(body, "Will you raise the levy?", Some("a clerk"));
        let body = "“Go home!” Al Bo was seen shouting at the crowd.";
        assert_speaker(body, "Go home!", Some("Al Bo"));
        // Not without the verb group: the crowd did not hear itself.
        let body = "“Go home!” the crowd heard shouting.";
        assert_speaker(body, "Go home!", None);
    }

    #[test]
    fn a_lone_word_opening_an_organizations_name_is_that_organization() {
        // "Kemp" had been a person of its own beside the network.
        let body = "Al Bo skipped the debate on Kemp News. Kemp gave another account: “He \
                    was invited and said no.”";
        assert_speaker(body, "He was invited and said no.", Some("Kemp News"));
        // Not a given name: that is someone met by it alone.
        let body = "Ida spoke at the Ida Vale Trust gala. Ida said: “We raised enough.”";
        assert_speaker(body, "We raised enough.", Some("Ida"));
    }

    #[test]
    fn a_given_name_of_either_gender_marks_none() {
        // "Chris" may be "he" or "she".
        let body = "Chris Dee runs the clinic. “We are full,” she said.";
        assert_speaker(body, "We are full,", Some("Chris Dee"));
        let body = "Chris Dee runs the clinic. “We are full,” he said.";
        assert_speaker(body, "We are full,", Some("Chris Dee"));
    }

    #[test]
    fn an_object_after_a_closing_cue_is_no_inverted_speaker() {
        // "cited his record" had made "his record" the speaker.
        let body = "Al Bo spoke. At the fair he mocked the board's “grand plan” for the docks, \
                    cited his record on a mailer and drew cheers.";
        assert_speaker(body, "grand plan", Some("Al Bo"));
        // A role after the cue still speaks: "…, said his wife".
        let body = "Al Bo spoke. The plan signals “a mess” for the town, said his wife.";
        assert_speaker(body, "a mess", Some("his wife"));
        for (closing, speaker) in [
            ("said the editorial", "the editorial"),
            ("said the city", "the city"),
        ] {
            let body = format!("The plan signals “a mess” for the town, {closing}.");
            assert_speaker(&body, "a mess", Some(speaker));
        }
        let body = "Ann Roe spoke. The plan signals “a mess” for the town, said she.";
        assert_speaker(body, "a mess", Some("Ann Roe"));
    }

    #[test]
    fn the_object_before_for_and_a_participle_is_its_speaker() {
        // "teased Bo for calling himself the “prince of potholes”" had been the teaser's words.
        let body =
            "Ann Roe teased Al Bo for calling himself the “prince of potholes” at the forum.";
        assert_speaker(body, "prince of potholes", Some("Al Bo"));
        let body = "Ann Roe spoke. Al Bo faulted her for saying that the levy was “too timid.”";
        assert_speaker(body, "too timid.", Some("Ann Roe"));
        // Not with no object, nor a passive's agent.
        let body = "Al Bo apologized for saying the plan was “a scam.”";
        assert_speaker(body, "a scam.", Some("Al Bo"));
        let body = "Al Bo won praise from Ann Roe for saying the plan was “a scam.”";
        assert_speaker(body, "a scam.", Some("Al Bo"));
        let body = "Al Bo was praised by Ann Roe for saying the plan was “a scam.”";
        assert_speaker(body, "a scam.", Some("Al Bo"));
    }

    #[test]
    fn a_gerund_after_for_hangs_on_its_own_clause() {
        // "Then she went on air for calling …" and a "where" clause's "she" had given the
        // phrase no speaker.
        let body = "Ann Roe ran. Then she went on air for calling the levy a “fair deal.”";
        assert_speaker(body, "fair deal.", Some("Ann Roe"));
        let body = "Ann Roe ran. Crowds booed in Kempton, where she stood up for calling the \
                    levy “a fraud.”";
        assert_speaker(body, "a fraud.", Some("Ann Roe"));
    }

    #[test]
    fn a_participle_after_a_verb_of_aspect_is_the_subjects_cue() {
        // In a "when" clause, "kept asking" had given the phrase to the main clause's subject.
        let body = "Her slips recalled a day in 2019, when Sen. Al Bo (R-Ohio) kept asking \
                    the chief if “faulty” wiring had started the blaze.";
        assert_speaker(body, "faulty", Some("Al Bo"));
        let body = "The talks stalled in May, when Ann Roe began calling the offer “an insult.”";
        assert_speaker(body, "an insult.", Some("Ann Roe"));
    }

    #[test]
    fn a_quantifier_for_people_takes_the_place_they_are_in() {
        // "According to some on the left, …" had no phrase: the quotation was a scare quote,
        // or went to the sentence's subject.
        let body = "According to some on the left, Vale was “incognito.”";
        assert_speaker(body, "incognito.", Some("some on the left"));
        let body = "“She is a fraud,” said many in the party.";
        assert_speaker(body, "She is a fraud,", Some("many in the party"));
    }

    #[test]
    fn a_common_word_opening_a_sentence_alone_is_no_person() {
        // A list of charges, each without its subject: "Feeds" had been made a person who
        // called rivals “clowns”. (A name that is a word too stays one: "Baker said".)
        let body = "The list runs long.\n\nFeeds on our fears and calls his rivals “clowns.”";
        assert!(!entity_names(body).iter().any(|n| n == "Feeds"));
        let body = "The list runs long.\n\nBaker said the plan was “a scam.”";
        assert_speaker(body, "a scam.", Some("Baker"));
        assert!(entity_names(body).iter().any(|n| n == "Baker"));
        // Nor is a number in words: "Thirty-one" had been a person.
        let body = "Thirty-one counties objected. Forty-two said the rule was “a scam.”";
        assert!(entity_names(body).is_empty(), "{:?}", entity_names(body));
    }

    #[test]
    fn a_given_name_outweighs_a_role_in_man() {
        // Once "Harbor Watch spokesman" was read as her role, "she" had found no one.
        let body =
            "Harbor Watch spokesman Ann Lund confirmed it. “They are not with us,” she said.";
        assert_speaker(body, "They are not with us,", Some("Ann Lund"));
    }

    #[test]
    fn a_state_after_a_party_tag_is_no_speaker() {
        // "Sen. Al Bo (D) of Utah said" had made "Utah" the speaker, and "“…,” Gov. Ann Roe (R)
        // of Maine said." a scare quote.
        let body = "Sen. Al Bo (D) of Utah said, “We will win.”";
        assert_speaker(body, "We will win.", Some("Al Bo"));
        let body = "“We will win,” Gov. Ann Roe (R) of North Carolina said. “We always do.”";
        assert_speaker(body, "We will win,", Some("Ann Roe"));
        assert_speaker(body, "We always do.", Some("Ann Roe"));
    }

    #[test]
    fn a_capitalised_word_in_ing_inside_a_sentence_is_a_name() {
        // "Sterling" had been read as a participle, leaving the speaker "DCCC Chair".
        let body = "DCCC Chair Sterling Roe called the bill “weak,” adding, “We can do better.”";
        assert_speaker(body, "We can do better.", Some("Sterling Roe"));
    }

    #[test]
    fn press_before_a_role_noun_is_no_cue_and_the_role_describes_the_name() {
        // "press" is a cue verb ("Reporters pressed Roe"), but not in "press secretary"; and
        // the lower-case role after "White House" goes on to the name.
        let body = "“We will win,” said White House press secretary Ann Roe.";
        assert_speaker(body, "We will win,", Some("Ann Roe"));
        let body = "White House press secretary Ann Roe called the bill “weak,” adding, “We can \
                    do better.”";
        assert_speaker(body, "We can do better.", Some("Ann Roe"));
        let body = "Campaign manager Ann Roe called the bill “weak,” adding, “We can do better.”";
        assert_speaker(body, "We can do better.", Some("Ann Roe"));
    }

    #[test]
    fn an_according_to_that_names_no_one_yields_to_a_later_one() {
        // The quotation after the sentence had gone to no one, then to "Already".
        let body = "Already, groups spent $5 million, according to a Ledger analysis, according \
                    to Sen. Ann Roe (D-Mo.). “I have no idea how they voted.”";
        assert_speaker(body, "I have no idea how they voted.", Some("Ann Roe"));
        assert!(!entity_names(body).contains(&"Already".to_string()));
        // Of two that name someone, the nearer.
        let body = "Few were hurt, according to the Harbor Police Agency, and eight shots were \
                    fired, according to Ann Roe. “It is going to get worse.”";
        assert_speaker(body, "It is going to get worse.", Some("Ann Roe"));
    }

    #[test]
    fn an_according_to_before_a_quotation_introduces_it() {
        // The next sentence's cue had taken the question, as it does after no cue ("Roe
        // said, “…?” Cy Kemp told the crowd." is Roe's too).
        let body = "Ann Roe spoke first. According to Roe, “How could I not say that?” Cy Kemp \
                    told the crowd.";
        assert_speaker(body, "How could I not say that?", Some("Ann Roe"));
    }

    #[test]
    fn an_organization_named_with_for_owns_the_description_before_a_name() {
        // "said Campaign for Fair Rents’s executive director, Ann Roe" had stopped at
        // "Campaign"; with the cue after, the head had been too long for an apposition.
        let body = "“We will win,” said Campaign for Fair Rents’s executive director, Ann Roe.";
        assert_speaker(body, "We will win,", Some("Ann Roe"));
        let body = "“Why not?” Campaign for Fair Rents’s executive director, Ann Roe, told us.";
        assert_speaker(body, "Why not?", Some("Ann Roe"));
    }

    #[test]
    fn a_question_before_a_cue_that_reports_a_clause_stays_with_its_speaker() {
        // "The agency said Tuesday that …" had taken the question Roe went on with.
        let body = "“We are both fine,” Ann Roe said. “What if Bo had lessons?” The agency said \
                    Tuesday that it will release the files.";
        assert_speaker(body, "What if Bo had lessons?", Some("Ann Roe"));
        let body = "“We are both fine,” Ann Roe said. “Amen, brother!” Rivals say Democrats are \
                    trying to distract the public.";
        assert_speaker(body, "Amen, brother!", Some("Ann Roe"));
    }

    #[test]
    fn a_clause_joined_after_a_comma_has_its_own_subject() {
        let body = "Gov. Al Bo on Monday vetoed the budget, while Ann Roe, the former mayor, \
                    hoped the city would “start over from scratch” at once.";
        assert_speaker(body, "start over from scratch", Some("Ann Roe"));
    }

    #[test]
    fn a_pronoun_opening_the_sentence_is_a_later_same_pronouns_antecedent() {
        let body = "Sen. Al Bo wants a big role. He won friends by campaigning for candidate \
                    Russ Fein, and in the fall, he thanked three donors with letters that \
                    praised his “grand coalition.”";
        assert_speaker(body, "grand coalition.", Some("Al Bo"));
        // So is one opening a subordinate clause that opens the sentence ("Cy Dee", named in
        // between, had been the speaker).
        let body = "Al Bo won Ohio. Although he praised Cy Dee at length, he called the race \
                    “a walk.”";
        assert_speaker(body, "a walk.", Some("Al Bo"));
        // A name opening that clause leaves the main clause's pronoun in charge.
        let body = "Al Bo won Ohio. When Ann Roe called, he thanked Cy Dee, and he said they \
                    should “quit now.”";
        assert_speaker(body, "quit now.", Some("Al Bo"));
    }

    #[test]
    fn a_quotation_a_cue_governs_ends_its_search_before_a_new_named_clause() {
        let body = "On a tape that Judge Al Bo called “crude,” Cy Dee voiced a wish to “jail \
                    them all.”";
        assert_speaker(body, "jail them all.", Some("Cy Dee"));
        // A cue's "that" before the first quotation reports the clause after it too.
        let body = "Ann Roe argued that by refusing to call it “hard times,” Cy Dee is \
                    “saying we have no problem at all.”";
        assert_speaker(body, "saying we have no problem at all.", Some("Ann Roe"));
        // A quotation no cue governs ends nothing: the cue before it goes on.
        let body = "Al Bo insisted, after months of “hard times,” Cy Dee's plan was “a success.”";
        let found = said(body);
        let success = found.iter().find(|q| q.0 == "a success.").unwrap();
        assert_eq!(success.2.as_deref(), Some("Al Bo"), "{found:?}");
        assert_eq!(success.3.as_deref(), Some("insisted"), "{found:?}");
    }

    #[test]
    fn a_bare_cue_after_a_phrase_of_a_plural_is_the_plurals_verb() {
        let body = "Members of the union say it would “save lives and money.”";
        assert_speaker(body, "save lives and money.", Some("Members of the union"));
        let body = "Critics of the new plan say it would “cut costs.”";
        assert_eq!(kind_of(body, "cut costs."), QuoteKind::Partial);
        // After a singular head, the word stays a noun.
        let body = "The rest of the retort: “We won.”";
        assert_eq!(kind_of(body, "We won."), QuoteKind::Scare);
    }

    #[test]
    fn a_transcript_paragraphs_label_speaks_its_quotations() {
        let body = "HOST: Is it a gamble?\n\nAnn Roe: Sure, for most folks it is never, ‘My \
                    savings are a gamble.’ Not for most people.";
        assert_speaker(body, "My savings are a gamble.", Some("Ann Roe"));
        // A title-case subhead before a colon is no speaker's label, though the name finder
        // takes it for a name.
        let body = "Vetoes Impede Peace Efforts: Ending “the scourge of war” was a goal.";
        assert_eq!(speaker_of(body, "the scourge of war"), None);
    }

    #[test]
    fn two_descriptions_after_one_article_are_one_speaker() {
        let body = "“The north is run by a lunatic,” the Ohio senator and Republican \
                    presidential candidate said in a statement.";
        assert_speaker(
            body,
            "The north is run by a lunatic,",
            Some("the Ohio senator and Republican presidential candidate"),
        );
        // Two people, each with an article, are not read as one.
        let body = "“We will win,” the senator and the governor said.";
        assert_ne!(kind_of(body, "We will win,"), QuoteKind::Speech);
    }

    #[test]
    fn a_name_in_an_opening_subordinate_clause_yields_to_the_main_clauses() {
        let body = "Although it was not the last word on Ann Roe's emails, Attorney General Cy \
                    Dee took the last step on Wednesday.\n\n“Late today, I met with the \
                    director,” she said in a statement.";
        assert_speaker(body, "Late today, I met with the director,", Some("Cy Dee"));
        // A pronoun of the same gender opening the main clause goes on about the name before.
        let body = "When the talk show host steered Al Bo toward the coming race, he shared a laugh with Ed Fox.\n\n\
                    “I think it is funny,” he said.";
        assert_speaker(body, "I think it is funny,", Some("Al Bo"));
        // So does a name in a phrase opening the sentence with a preposition.
        let body =
            "In a radio interview with host Cy Dee, Al Bo made it clear that he had doubts.\n\n\
                    “It was hard to work there,” he told the host.";
        assert_speaker(body, "It was hard to work there,", Some("Al Bo"));
        // And a name in an opening participle's phrase.
        let body = "Noting that both Cy Dee and Al Bo fought the press, Ann Roe put her finger on \
                    what links them.\n\n“Bo is the first since Dee to talk of winning,” she wrote.";
        assert_speaker(
            body,
            "Bo is the first since Dee to talk of winning,",
            Some("Ann Roe"),
        );
        // "For" and "to" name whose view the sentence gives.
        let body = "For Cy Dee, Al Bo is wrong about the plan. “He has failed,” he says.";
        assert_speaker(body, "He has failed,", Some("Cy Dee"));
    }

    #[test]
    fn a_show_or_works_title_after_on_or_in_is_no_ones_words() {
        let body = "Sen. Al Bo appeared on “Meet the Press.” He said in “The Art of the Deal” \
                    that he wins. Bo insisted on “a very big deal.”";
        assert_eq!(kind_of(body, "Meet the Press."), QuoteKind::Scare);
        assert_eq!(kind_of(body, "The Art of the Deal"), QuoteKind::Scare);
        assert_speaker(body, "a very big deal.", Some("Al Bo"));
    }

    #[test]
    fn a_speaker_met_after_an_adjective_of_origin_is_named_without_it() {
        // "The Dublin-based Shire said …" had made a person "Dublin-based Shire".
        let body = "The Dayton-based Lundco said the deal was “dead.”";
        assert_speaker(body, "dead.", Some("Lundco"));
        assert!(!entity_names(body).iter().any(|n| n.contains("based")));
    }

    #[test]
    fn a_participle_between_a_body_and_a_role_describes_the_speaker() {
        // "said Oversight ranking Democrat …" had made the committee's word the speaker.
        let body = "“It is all they have,” said Harbors ranking Democrat Ann Roe (D-Md.).";
        assert_speaker(body, "It is all they have,", Some("Ann Roe"));
        let body = "“It is all they have,” said Harbors ranking member Ann Roe.";
        assert_speaker(body, "It is all they have,", Some("Ann Roe"));
        // A participle between two names is a verb: "Roe citing Bo" is Roe.
        let body = "“It is all they have,” said Ann Roe citing Cy Bo.";
        assert_speaker(body, "It is all they have,", Some("Ann Roe"));
    }

    #[test]
    fn a_plural_of_a_role_noun_is_no_name() {
        // "Attorneys for Roe …, saying" had made a person "Attorneys".
        let body = "Attorneys for Ann Roe opposed the effort, saying the account was “private.”";
        assert!(!entity_names(body).iter().any(|n| n == "Attorneys"));
    }

    #[test]
    fn a_speech_nouns_owner_past_a_comma_after_the_cue_is_nearer() {
        let body = "The candidates say they are not avoiding Ann Roe, who was hurt by Cy Bo's \
                    conclusion that her acts were “extremely careless.”";
        assert_speaker(body, "extremely careless.", Some("Cy Bo"));
        // Without a comma between, the cue's subject keeps it.
        let body = "Ann Roe says Cy Bo's conclusion that her acts were “careless” is wrong.";
        assert_speaker(body, "careless", Some("Ann Roe"));
    }

    #[test]
    fn a_name_in_an_aside_between_two_parts_of_a_quotation_is_no_antecedent() {
        let body = "Al Vane has a record. He has covered all the bases.\n\nVane's pollster, Doug \
                    Kemp, says his man has the money. “I don't think the wisdom” -- that Vane \
                    is a liberal -- “is going to last,” he says.";
        assert_speaker(body, "is going to last,", Some("Doug Kemp"));
        // An aside that reports gives the reporter: "— Ann Roe told Vane —".
        let body = "Al Vane has a record. “I think” — Ann Roe told Vane — “we can win,” she added.";
        assert_speaker(body, "we can win,", Some("Ann Roe"));
    }

    #[test]
    fn an_imperative_before_a_colon_is_no_speaker() {
        // "Ask yourself: …" had made a person "Ask".
        let body = "Ask yourself: Which state is Ann Roe going to win with her message of tax \
                    cuts, farmers as the “enemy,” and so on?";
        assert_ne!(speaker_of(body, "enemy,").as_deref(), Some("Ask"));
        assert!(!entity_names(body).iter().any(|n| n == "Ask"));
    }

    #[test]
    fn will_before_a_finite_verb_is_a_surname() {
        // "While Will acknowledges …" had found no speaker: "Will" was read as a modal.
        let body = "Columnist Jomo Will wrote a column. While Will acknowledges the appeal of a \
                    “forceful persona,” he sees Roe as lacking it. Will said it was “over.”";
        assert_speaker(body, "forceful persona,", Some("Jomo Will"));
        assert_speaker(body, "over.", Some("Jomo Will"));
        // The modal stays one: "Roe will say …", "Will she say …?"
        let body = "Ann Roe spoke. Roe will say it is “fine.” Will she say it is “done”?";
        assert_speaker(body, "fine.", Some("Ann Roe"));
        assert_speaker(body, "done", Some("Ann Roe"));
    }

    #[test]
    fn calling_off_reports_nothing() {
        // "The Dublin-based Shire called off a deal": no speaker, no one met as one.
        let body = "The Dayton-based Lundco called off the merger with Acme Corp.";
        assert!(!entity_names(body).iter().any(|n| n.contains("Lundco")));
    }

    #[test]
    fn a_title_after_a_possessive_or_a_works_noun_is_no_ones_words() {
        let body = "Sen. Al Bo told WXYZ’s “Morning Desk” that he would run. In his 2009 book, \
                    “Keep Your Word,” Bo wrote of his father. Ann Roe praised the documentary \
                    “Tenth.” Bo called Roe’s plan “Simply Wrong,” he said.";
        assert_eq!(kind_of(body, "Morning Desk"), QuoteKind::Scare);
        assert_eq!(kind_of(body, "Keep Your Word,"), QuoteKind::Scare);
        assert_eq!(kind_of(body, "Tenth."), QuoteKind::Scare);
        assert_speaker(body, "Simply Wrong,", Some("Al Bo"));
        // The work's noun may follow its title: "Holding It Down" had been the host's words.
        let body = "Ann Roe took calls on her “Holding It Down” radio program.";
        assert_eq!(kind_of(body, "Holding It Down"), QuoteKind::Scare);
        // Or stand in an apposition after the title's comma: "Small Towns" had been the words
        // of the sentence's subject.
        let body = "Ann Roe sang at the launch when Al Bo released “Small Towns,” his second \
                    collection of poems.";
        assert_eq!(kind_of(body, "Small Towns,"), QuoteKind::Scare);
        let body = "Ann Roe sang when Al Bo released “Small Towns”, his second collection.";
        assert_eq!(kind_of(body, "Small Towns"), QuoteKind::Scare);
    }

    #[test]
    fn a_question_word_is_no_part_of_the_speakers_phrase() {
        // "why critics" had been the speaker.
        let body = "That is why critics say he had tried to “gut” the plan.";
        assert_speaker(body, "gut", Some("critics"));
    }

    #[test]
    fn a_gerund_between_a_determiner_and_of_is_no_cue() {
        // "the wholesale labeling of voters as …" had made "the wholesale" the speaker of
        // the phrase quoted inside Ann Roe's quotation.
        let body = "“There is no basis for the wholesale labeling of voters as coming from a \
                    ‘lost county,’ and we reject it,” Ann Roe said.";
        assert_ne!(kind_of(body, "lost county,"), QuoteKind::Partial);
        // A title beside an event's noun is no one's words either.
        let body = "Ann Roe spoke at a “Voters First” forum on Monday.";
        assert_eq!(kind_of(body, "Voters First"), QuoteKind::Scare);
    }

    #[test]
    fn a_phrase_of_time_is_no_speaker() {
        // "this year" had been the speaker: a phrase of time is the clause's time, not its
        // subject.
        let body = "A county audit done this spring noted several “phishing” attempts.";
        assert_eq!(speaker_of(body, "phishing"), None);
    }

    #[test]
    fn a_word_whose_s_is_no_plurals_heads_no_speaker_phrase() {
        // "joyous" and "this" end in -s but are no plural nouns: they had been the speakers
        // of the chant and of the phrase quoted inside the pollster's quotation.
        let body = "The hall erupted in joyous chants of “Four more years!”";
        assert_eq!(speaker_of(body, "Four more years!"), None);
        let body = "“People are upset,” said Al Bo, a pollster. “This is not anger, this is \
                    saying ‘give us a fair deal.’”";
        assert_speaker(body, "give us a fair deal.", Some("Al Bo"));
    }

    #[test]
    fn an_irregular_verbs_past_form_ends_the_speaker_phrase() {
        // "the camp director known" and "The Dayton businessman went" had been the speakers:
        // "known" and "went" end no -ed, but are verbs all the same.
        let body = "“It is weak,” said the camp director known to staff as Iron Ann.";
        assert_speaker(body, "It is weak,", Some("the camp director"));
        let body = "The Dayton businessman went after the plan, calling it “a scam.”";
        assert_speaker(body, "a scam.", Some("The Dayton businessman"));
    }

    #[test]
    fn a_quotation_alone_in_its_paragraph_in_title_case_is_a_subheading() {
        let body = "Ann Roe spoke at the mill.\n\n‘Nobody Saw It Coming.’\n\nRoe said: “The \
                    flood came at night.”\n\n“We Will Win!”\n\n“And we will win again,” she said.";
        assert_eq!(kind_of(body, "Nobody Saw It Coming."), QuoteKind::Scare);
        assert_speaker(body, "The flood came at night.", Some("Ann Roe"));
        assert_speaker(body, "And we will win again,", Some("Ann Roe"));
    }

    #[test]
    fn a_quotation_introduced_by_its_own_cue_is_not_the_next_sentences() {
        let body = "Sen. Al Bo wrote to Ann Roe when she fell ill, telling her, “you are a \
                    star and we need you back!” She replied to him that it was kind.";
        assert_speaker(body, "you are a star and we need you back!", Some("Al Bo"));
        // A sentence that is only the attribution still takes it.
        let body = "Sen. Al Bo wrote to Ann Roe, asking her, “are you back?” She answered.";
        assert_speaker(body, "are you back?", Some("Ann Roe"));
    }

    #[test]
    fn a_quotation_closed_by_its_comma_ends_the_clause_a_participle_hangs_on() {
        let body = "Sen. Al Bo spoke. On Monday, he seized on word that the agency had kept \
                    files once labeled “classified,” writing in a post: “The files are a scandal.”";
        assert_speaker(body, "The files are a scandal.", Some("Al Bo"));
        // A participle after one that a name introduced shares its subject.
        let body = "In the book, Al Bo gives an account of Ann Roe telling one aide to “Go \
                    home!,” while telling another to, “Get out!”";
        assert_speaker(body, "Get out!", Some("Ann Roe"));
    }

    #[test]
    fn a_cue_word_between_a_role_noun_and_a_name_is_a_title() {
        // "counsel" is a cue verb, but not in "deputy counsel Al Bo".
        let found = said(
            "The panel studied the death of deputy counsel Al Bo, a loss Ann Roe saw as \
             “quite strange” at the time.",
        );
        assert!(
            found.iter().all(|q| q.3.as_deref() != Some("counsel")),
            "{found:?}"
        );
    }

    #[test]
    fn a_pull_quote_is_the_speaker_of_the_quotation_it_repeats() {
        let body = "Sen. Al Bo was in town.\n\n“We have room for one more!”\n\nThe club \
                    meets on Fridays. Bo is seen as a favorite.\n\n“We have room for one \
                    more!” said Ann Roe, the head of the club.";
        assert_eq!(
            said(body)
                .iter()
                .filter(|q| q.2.as_deref() == Some("Ann Roe") && q.1 == QuoteKind::Speech)
                .count(),
            2
        );
    }

    #[test]
    fn speaker_right_after_the_quote() {
        let found = said("Sen. Ann Roe spoke. “We will win,” Roe opined in the call.");
        assert_eq!(
            found[0],
            (
                "We will win,".into(),
                QuoteKind::Speech,
                Some("Ann Roe".into()),
                Some("opined".into())
            )
        );
        assert_speaker(
            "Ann Roe spoke. “We will win,” said Roe.",
            "We will win,",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn speaker_after_an_apposition_or_party_tag() {
        // “…,” Rep. Al Bo (R-Ohio), a panel member, said: the tag and the apposition are skipped
        let body = "“We will win,” Rep. Al Bo (R-Ohio), a member of the panel, said.";
        assert_speaker(body, "We will win,", Some("Al Bo"));
        let body = "“We will win,” Hugh Hale, a doctor at the clinic, said.";
        assert_speaker(body, "We will win,", Some("Hugh Hale"));
    }

    #[test]
    fn an_inverted_cue_follows_a_punctuated_or_sentence_opening_quotation() {
        // A cue form right after a bare phrase in mid-sentence is a noun.
        let body = "Aides traded the “top secret” email chains for weeks.";
        assert_eq!(kind_of(body, "top secret"), QuoteKind::Scare);
        let body = "“We did it” said Al Bo. “Why now?” asked Cy Dee.";
        assert_speaker(body, "We did it", Some("Al Bo"));
        assert_speaker(body, "Why now?", Some("Cy Dee"));
    }

    #[test]
    fn a_quotation_governed_by_that_stays_with_its_cue_when_the_next_speaker_reports_more() {
        let body =
            "But even as Al Bo claimed on Tuesday that “Roe got in trouble for less,” one of \
                    the aides for Ann Roe said the cases differ.";
        assert_speaker(body, "Roe got in trouble for less,", Some("Al Bo"));
        // The attribution after it, reporting nothing more, is the quotation's.
        let body = "Al Bo argued that “the plan will fail,” Ann Roe said in a statement.";
        assert_speaker(body, "the plan will fail,", Some("Ann Roe"));
    }

    #[test]
    fn an_attribution_introducing_its_own_quotation_is_not_the_one_before() {
        let body = "Ann Roe answers Cy Mills with, “Why now? Was that on my way out?” Mills then \
                    writes back, “You look fine.”";
        assert_speaker(body, "Why now? Was that on my way out?", Some("Ann Roe"));
        assert_speaker(body, "You look fine.", Some("Cy Mills"));
        // A split quotation stays one speaker's.
        let body = "“We will win,” Al Bo said, “and soon.”";
        assert_speaker(body, "We will win,", Some("Al Bo"));
        // So does one past an aside: "Kemp" had been Roe's.
        let body = "When someone in the crowd shouted, “Kemp,” Ann Roe joked, again putting on a \
                    drawl, “Amen, friend! Come on up!”";
        assert_speaker(body, "Kemp,", Some("someone in the crowd"));
        // ("said, “and soon”" has no aside, and a split quotation stays whole past one.)
        let body = "“We will win,” Al Bo said, smiling, “and soon.”";
        assert_speaker(body, "We will win,", Some("Al Bo"));
    }

    #[test]
    fn speaker_after_named_will() {
        // A given name that is also a modal opens the speaker's name after the quotation.
        let body = "“We will win,” Will Ames, the chairman, said.";
        assert_speaker(body, "We will win,", Some("Will Ames"));
        let body = "“We will win,” Will Ames said.";
        assert_speaker(body, "We will win,", Some("Will Ames"));
    }

    #[test]
    fn a_pronoun_speaker_inside_a_quotation_is_not_its_speaker() {
        // The man quoted by Ames inside his own quotation is someone else, who met him.
        let body = "Al Bo met Cy Ames in May. “He stopped and said, ‘We must win the county,’” \
                    Ames said.";
        assert_speaker(body, "We must win the county,", Some("Al Bo"));
    }

    #[test]
    fn speaker_after_past_a_relative_clause() {
        // The cue in the relative clause reports nothing, and the part names its group.
        let body = "“We will win,” Al Bo, who spoke on the condition of anonymity, said.";
        assert_speaker(body, "We will win,", Some("Al Bo"));
        let body =
            "“We will win,” said one of those aides, who spoke on the condition of anonymity.";
        assert_speaker(body, "We will win,", Some("one of those aides"));
        let body =
            "“We will win,” one of those aides, who spoke on the condition of anonymity, said.";
        assert_speaker(body, "We will win,", Some("one of those aides"));
        let body =
            "“We will win,” said some of the aides, who spoke on the condition of anonymity.";
        assert_speaker(body, "We will win,", Some("some of the aides"));
    }

    #[test]
    fn speaker_after_a_participle_and_a_noun() {
        // The participle and the common noun before the name describe it.
        let body = "“We will win,” said retired dentist Al Bo, asked about the plan.";
        assert_speaker(body, "We will win,", Some("Al Bo"));
    }

    #[test]
    fn an_attribution_ending_in_a_colon_introduces_the_next_quote() {
        let body = "After Al Bo said that farmers could do well with “smaller herds,” \
                    Ann Roe said: “That is not my view at all.”";
        assert_speaker(body, "smaller herds,", Some("Al Bo"));
        assert_speaker(body, "That is not my view at all.", Some("Ann Roe"));
    }

    #[test]
    fn said_before_a_reported_clause_is_not_inverted() {
        let body = "Mr. Al Bo, citing “the magic of the race,” said the candidate could win.";
        assert_speaker(body, "the magic of the race,", Some("Al Bo"));
    }

    #[test]
    fn a_document_that_says_speaks_for_the_clause_subject() {
        let body = "In selling the plan, Ann Roe released a video that said, “We will build it.”";
        assert_speaker(body, "We will build it.", Some("Ann Roe"));
        // A sign is a document too.
        let body = "At the rally, Amy Pell hoisted a sign that read “Ten percent!” Others cheered.";
        assert_speaker(body, "Ten percent!", Some("Amy Pell"));
    }

    #[test]
    fn a_phrase_of_occasion_between_subject_and_cue() {
        let body = "The break was complete when Al Bo in his first speech called them “thieves.”";
        assert_speaker(body, "thieves.", Some("Al Bo"));
        // The participle opening the sentence is no subject.
        let body = "Al Bo smiled. Speaking in a calm voice now, he went on to read Chapter \
                    4:1-3 from the charter, saying: “We are back.”";
        assert_speaker(body, "We are back.", Some("Al Bo"));
    }

    #[test]
    fn a_perfect_participle_hangs_on_the_clause() {
        let body = "For instance: That Ann Roe also misjudged the dictator, having referred to \
                    him as a “reformer.”";
        assert_speaker(body, "reformer.", Some("Ann Roe"));
    }

    #[test]
    fn a_document_speaks_for_its_author() {
        let body =
            "Meanwhile, a letter mailed out by Al Bo on Monday morning spoke of the work to come: \
                    “There are ten contests left.”";
        assert_speaker(body, "There are ten contests left.", Some("Al Bo"));
    }

    #[test]
    fn a_document_heads_a_speaker_phrase() {
        let body = "Ann Roe spoke. From Roe's blog post: “For the good of the town, we must \
                    move on.”";
        assert_speaker(
            body,
            "For the good of the town, we must move on.",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn a_person_before_a_place_is_the_subject() {
        let body = "Al Bo is assuring voters he is tough after a woman in Dover, Delaware, told \
                    him she worries he is “too nice” to win.";
        assert_speaker(body, "too nice", Some("a woman"));
    }

    #[test]
    fn a_participle_after_a_reported_clause_past_an_apposition() {
        let body =
            "Ann Roe, the sitting governor, repeated claims that Bo recites the same lines, \
                    calling him a “talented guy” on stage.";
        assert_speaker(body, "talented guy", Some("Ann Roe"));
    }

    #[test]
    fn verbs_in_a_series_share_their_subject() {
        let body =
            "When I asked Al Bo if he would back Roe, he looked into my camera, furrowed his \
                    brow and said, “I am going to back you!”";
        assert_speaker(body, "I am going to back you!", Some("Al Bo"));
        let body = "In late June, the Ohio Teachers Association completed its review of Bo and \
                    deemed him “well qualified,” its highest rating.";
        assert_speaker(body, "well qualified,", Some("Ohio Teachers Association"));
        let body =
            "Outside the hall in Dover, about 90 protesters gathered in two groups, holding \
                    signs and chanting “Stop Bo.”";
        assert_ne!(speaker_of(body, "Stop Bo.").as_deref(), Some("Outside"));
    }

    #[test]
    fn boomed_and_repeated_are_cues() {
        let body = "Ann Roe won applause as she praised her home county and then boomed, \
                    “Today, you proved it again.”";
        assert_speaker(body, "Today, you proved it again.", Some("Ann Roe"));
        let body = "Al Bo asked about it. “Grizzly bears?” Ann Roe repeated.";
        assert_speaker(body, "Grizzly bears?", Some("Ann Roe"));
    }

    #[test]
    fn a_manager_can_be_a_she() {
        let body =
            "Mary Dunn, a benefits manager, said she had a question. \n\n“I feel stuck,” she \
                    said.";
        assert_speaker(body, "I feel stuck,", Some("Mary Dunn"));
    }

    #[test]
    fn words_before_a_pronoun_are_no_modifiers_of_it() {
        let body = "Al Bo spoke. Where he once bragged that he had routed “the old guard,” on \
                    Monday night he said it still ran “the council.”";
        assert_speaker(body, "the old guard,", Some("Al Bo"));
    }

    #[test]
    fn a_later_attribution_yields_to_the_quotations_own() {
        let body = "Although Ann Roe says that Bo “broke the story” of the standoff in Dover, \
                    others argue that he did not.";
        assert_speaker(body, "broke the story", Some("Ann Roe"));
        // "“…” of the plan, Mr. Roe said" keeps its attribution after the quotation.
        let body = "The bill is “the best part” of the plan, Mr. Al Roe said.";
        assert_speaker(body, "the best part", Some("Al Roe"));
    }

    #[test]
    fn a_name_after_a_role_noun_ends_the_phrase_before_a_colon() {
        let body = "Critics joined in. The Dover Times food columnist Al Bo went as far as to \
                    say: “The diner is finished.”";
        assert_speaker(body, "The diner is finished.", Some("Al Bo"));
    }

    #[test]
    fn a_quoted_expression_is_its_users() {
        let body = "Al Bo has used the phrase “radical extremism” often in his campaign.";
        assert_eq!(kind_of(body, "radical extremism"), QuoteKind::Partial);
        assert_speaker(body, "radical extremism", Some("Al Bo"));
        let body = "Al Bo has used the term “radical extremism” hundreds of times.";
        assert_eq!(kind_of(body, "radical extremism"), QuoteKind::Partial);
        // An adverb after a short quotation is no noun it modifies.
        let body = "Ann Roe called the plan “a disaster” repeatedly.";
        assert_eq!(kind_of(body, "a disaster"), QuoteKind::Partial);
    }

    #[test]
    fn remembered_is_a_cue() {
        let body =
            "“Analysts said no, and she proved them wrong,” remembered Al Bo, a former aide.";
        assert_speaker(
            body,
            "Analysts said no, and she proved them wrong,",
            Some("Al Bo"),
        );
    }

    #[test]
    fn a_quotation_in_dashes_after_a_name_is_theirs() {
        let body = "Many Republicans have said the same, including the former candidate Al Bo -- \
                    “It is disqualifying to hide the returns” -- and Cy Fox, a former official.";
        assert_speaker(
            body,
            "It is disqualifying to hide the returns",
            Some("Al Bo"),
        );
        // A shout at someone is not theirs.
        let body = "The crowd booed Al Bo -- “Go home!” -- all night.";
        assert_ne!(speaker_of(body, "Go home!").as_deref(), Some("Al Bo"));
        // Nor is one named by a single word ("Links -- “OUTLIERS” --").
        let body =
            "Mr. Bo arrived. The team booed Mr. Bo -- “the whole plan for the year” -- all day.";
        assert_ne!(
            speaker_of(body, "the whole plan for the year").as_deref(),
            Some("Bo")
        );
    }

    #[test]
    fn a_participle_opening_the_sentence_has_the_main_clauses_subject() {
        let body = "Ann Roe wrote a memoir.\n\nAfter saying her knee was “so stiff I could not \
                    climb the stairs,” she was sent home to rest.";
        assert_speaker(
            body,
            "so stiff I could not climb the stairs,",
            Some("Ann Roe"),
        );
        let body = "Saying the plan was “dead on arrival,” Al Bo left the room.";
        assert_speaker(body, "dead on arrival,", Some("Al Bo"));
        // Its object may be a name.
        let body = "Calling Al Bo “a fraud,” Ann Roe went further than her party.";
        assert_speaker(body, "a fraud,", Some("Ann Roe"));
        // A preposition may open the participle's phrase, and a role noun head the subject.
        let body = "By calling Al Bo “a fraud,” Ann Roe went further than her party.";
        assert_speaker(body, "a fraud,", Some("Ann Roe"));
        let body = "In calling Al Bo “a fraud,” the mayor went further than her party.";
        assert_speaker(body, "a fraud,", Some("the mayor"));
        // A past participle opens the sentence as well, and the named subject after its phrase
        // has the phrase quoted in the main clause.
        let body = "Introduced on stage by a local band, Al Bo began a long complaint about the “forgotten towns” of the state.";
        assert_speaker(body, "forgotten towns", Some("Al Bo"));
        // The participle's clause closes before the quotation, in the main clause.
        let body = "Reading from his notes, Al Bo twice got wrong the title of the charity “Harbor Watch” on stage.";
        assert_speaker(body, "Harbor Watch", Some("Al Bo"));
    }

    #[test]
    fn an_opening_phrase_may_end_in_a_quoted_title() {
        let body = "Al Roe spoke on Sunday.\n\nOn “Meet the Voters,” Sen. Ann Bo (Ore.), who lost \
                    the runoff, blamed the weather. “Rain keeps the older voters at home every \
                    single time.”";
        assert_speaker(
            body,
            "Rain keeps the older voters at home every single time.",
            Some("Ann Bo"),
        );
    }

    #[test]
    fn a_speech_noun_owned_past_its_modifiers() {
        let body =
            "But Al Bo’s most startling claim is that the board is a “rigged jury” of rivals.";
        assert_speaker(body, "rigged jury", Some("Al Bo"));
        let body = "Al Bo spoke. The doubt goes beyond Bo's much-mocked pledge to stay “impartial” in talks.";
        assert_speaker(body, "impartial", Some("Al Bo"));
        // Past a phrase of place or time before "that".
        let body = "Ann Roe won in part because of Al Bo's smug remark at a forum that she \
                    seemed “nice enough.”";
        assert_speaker(body, "nice enough.", Some("Al Bo"));
        // "Roe’s aides claim that …" is a verb.
        let body = "Ann Roe’s aides claim that the plan is “a fraud” on voters.";
        assert_eq!(
            speaker_of(body, "a fraud").as_deref(),
            Some("Ann Roe’s aides")
        );
    }

    #[test]
    fn a_name_after_the_reporting_is_an_institution() {
        // So is one after an institution's noun, and one ending in an organization's word:
        // the newspaper, the city and the police had been people.
        for (body, name) in [
            ("“The plan is bold,” The Lantern reported.", "Lantern"),
            (
                "The Ohio newspaper Kurier noted that “no one came.”",
                "Kurier",
            ),
            (
                "In a tweet, the city of Dayton urged people to “stay inside.”",
                "Dayton",
            ),
            ("At noon, Police said “he is in custody.”", "Police"),
        ] {
            let facts =
                extract_post(Format::Text, &format!("A HEADLINE…. Al Bo spoke. {body}")).unwrap();
            let speaker = facts.quotes[0]
                .speaker
                .as_ref()
                .and_then(|s| s.entity)
                .unwrap();
            assert_eq!(facts.entities[speaker].name, name);
            assert_eq!(
                facts.entities[speaker].kind,
                EntityKind::Organization,
                "{body}"
            );
        }
    }

    #[test]
    fn a_spelled_out_military_title_is_a_role_the_post_refers_back_to() {
        let body = "The chairman, Gen. Al Bo, put the same question to Admiral Cy Harris. \
                    Asked about it, the admiral laughed.\n\n“I am glad nobody was recording,” he \
                    said.";
        assert_speaker(body, "I am glad nobody was recording,", Some("Cy Harris"));
    }

    #[test]
    fn an_owned_claim_before_its_quotation_outranks_the_cue() {
        let body = "Gov. Al Bo blamed the press for making an issue out of Ann Roe’s claim that \
                    President Cy Dee “founded the gang,” saying they were nitpicking.";
        assert_speaker(body, "founded the gang,", Some("Ann Roe"));
        // Past the claim's own verb the words are the cue's: a verdict on the claim.
        let body = "Al Bo said that Ann Roe’s claim that Cy Dee is for it is “simply not true.”";
        assert_speaker(body, "simply not true.", Some("Al Bo"));
    }

    #[test]
    fn a_quotation_between_its_owner_and_a_speech_noun() {
        let body = "Al Bo’s “ten percent” comment was almost as careless as the others.";
        assert_eq!(kind_of(body, "ten percent"), QuoteKind::Partial);
        assert_speaker(body, "ten percent", Some("Al Bo"));
        let body = "Ann Roe spoke. Her “basket of cranks” remark cost her votes.";
        assert_speaker(body, "basket of cranks", Some("Ann Roe"));
        // A quotation before some other noun is the writer's: "Roe’s “moderate” allies".
        let body = "Ann Roe’s “moderate” allies left.";
        assert_eq!(kind_of(body, "moderate"), QuoteKind::Scare);
        assert_eq!(said(body)[0].3, None, "no noun of speech attributes it");
    }

    #[test]
    fn a_quantifier_opens_a_speakers_description() {
        // "officials" and "of the voters" had been the speakers.
        assert_speaker(
            "Several officials said “it is over.”",
            "it is over.",
            Some("Several officials"),
        );
        let body = "Al Bo spoke. Later, many of the voters said “it is over.”";
        assert_speaker(body, "it is over.", Some("many of the voters"));
        // Things a quantifier opens are named by "called"; people call.
        let body = "Al Bo spoke. “I watch these films called ‘Harbor Life,’ mostly,” Bo said.";
        assert_eq!(kind_of(body, "Harbor Life,"), QuoteKind::Scare);
        let body = "Bo kept what several lawmakers called “fraud” out of the ledger.";
        assert_speaker(body, "fraud", Some("several lawmakers"));
    }

    #[test]
    fn a_day_with_its_article_stands_between_subject_and_cue() {
        let body = "The club is so large that Al Bo during a Sunday praised its members “for \
                    standing by me all year” and left.";
        assert_speaker(body, "for standing by me all year", Some("Al Bo"));
        // A thing's word before the day names it with the day: "Super" had been the speaker.
        let body =
            "Many voters queuing outside the school gym on Super Tuesday said “a fresh start.”";
        assert_speaker(body, "a fresh start.", Some("Many voters"));
    }

    #[test]
    fn it_is_an_organization_named_in_its_sentence() {
        let body = "Although the Dover Bankers Association did not single out Bo, it referenced \
                    “political tensions” in rich economies.";
        assert_speaker(
            body,
            "political tensions",
            Some("Dover Bankers Association"),
        );
        // With no organization in its sentence, "it" names no one: "“…,” it added."
        let body = "The Dover Bankers Association met. “Rates will rise,” it added.";
        assert_speaker(body, "Rates will rise,", None);
        // Unless an organization spoke in the sentence before: it goes on.
        let body = "“Nobody at the store knew the seller,” Shopwell Inc. wrote in a \
                    statement.\n\nIt added, “The item is gone and every buyer gets a refund.”";
        let refund = "The item is gone and every buyer gets a refund.";
        assert_speaker(body, refund, Some("Shopwell Inc."));
        // A description that spoke stays no one's.
        let body = "“Nobody at the store knew the seller,” the report said.\n\nIt added, \
                    “The item is gone and every buyer gets a refund.”";
        assert_speaker(body, refund, None);
        // So does an organization that reported in the sentence before without quoting.
        let body = "Shopwell Inc. reported that the seller had left. It added, “The item is gone \
                    and every buyer gets a refund.”";
        assert_speaker(body, refund, Some("Shopwell Inc."));
    }

    #[test]
    fn what_someone_calls_a_thing_is_their_word() {
        let body = "Mr. Al Bo spoke, pointing to the fight against what he calls the “rigged” \
                    vote count.";
        assert_eq!(kind_of(body, "rigged"), QuoteKind::Partial);
        assert_speaker(body, "rigged", Some("Al Bo"));
        // Without "what" the word is the writer's label: "he calls the “rigged” count a
        // scandal" is still his, but "urging “moderate” members" is not.
        let body = "Ann Roe is urging “moderate” members to vote.";
        assert_eq!(kind_of(body, "moderate"), QuoteKind::Scare);
        // The employees' words.
        let body = "Many tenants spoke. The dispute over whether the landlord runs what former \
                    tenants have called a “slum racket” grew louder.";
        assert_speaker(body, "slum racket", Some("former tenants"));
    }

    #[test]
    fn an_aside_between_dashes_is_no_clause_a_participle_hangs_on() {
        let body = "Small groups of students kept walking, circling the blocks around the \
                    arena - where the Lakeview Hawks played the Dover Bears - while chanting, \
                    “Fund our schools now.”";
        assert_speaker(body, "Fund our schools now.", Some("Small groups"));
    }

    #[test]
    fn an_aside_between_dashes_after_the_subject_closes_like_an_apposition() {
        // The opening phrase left the subject unfound: the quotation had no speaker.
        let body = "On Friday, Ann Roe — named by the Ledger as the leading choice for the job — \
                    told Cy Dee of the Herald, that “the offer deserves a long and sober look.”";
        assert_speaker(
            body,
            "the offer deserves a long and sober look.",
            Some("Ann Roe"),
        );
        // An apposition between commas before the aside: the name before the commas speaks,
        // not the company in the apposition.
        let body = "Al Bo, the chief executive of Vane Media -- the firm that makes the show -- \
                    told me, “We make programs and we sell them to anyone who pays.”";
        assert_speaker(
            body,
            "We make programs and we sell them to anyone who pays.",
            Some("Al Bo"),
        );
        // A name opening the aside names the description before it.
        let body = "A former party chairman -- Al Bo, who lost the race to Cy Dee -- said the \
                    mayor “has run out of ideas for the port.”";
        assert_speaker(body, "has run out of ideas for the port.", Some("Al Bo"));
    }

    #[test]
    fn the_writers_and_i_quote_is_no_cue() {
        let body = "Small wonder Al Bo told them, and I quote, “We adore the night shift.”";
        assert_speaker(body, "We adore the night shift.", Some("Al Bo"));
    }

    #[test]
    fn a_name_in_apposition_to_an_object_is_no_participles_subject() {
        let body =
            "Sen. Al Bo (I-Ore.) went on the radio to explain his comments about his rival, Ann \
                    Roe, saying “even half asleep” she would beat them.";
        assert_speaker(body, "even half asleep", Some("Al Bo"));
    }

    #[test]
    fn continue_to_is_no_cue() {
        // The words are Roe's, not Bo's.
        let body = "Ann Roe said she is sure Bo will continue to be “a friend of farmers.”";
        assert_speaker(body, "a friend of farmers.", Some("Ann Roe"));
    }

    #[test]
    fn making_clear_reports_its_subjects_words() {
        // "she made it clear on Monday the fees are “a mistake”" had been a scare quote.
        let found = said(
            "Ann Roe will vote yes, and she made it clear on Monday the fees are “a \
             mistake.” Al Bo makes clear he wants “a new vote.”",
        );
        for (text, cue) in [
            ("a mistake.", "made it clear"),
            ("a new vote.", "makes clear"),
        ] {
            let quote = found.iter().find(|q| q.0 == text).expect(text);
            assert_eq!(quote.3.as_deref(), Some(cue), "{found:?}");
        }
        assert_speaker(
            "Ann Roe will vote yes, and she made it clear on Monday the fees are “a mistake.”",
            "a mistake.",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn went_on_reports_only_without_an_object() {
        // "goes on recess" is no cue; "went on about “…”" and "“…,” he went on." are.
        let body = "Sen. Al Bo said that once the council goes on break, “I plan to rest.”";
        assert_speaker(body, "I plan to rest.", Some("Al Bo"));
        let found =
            said("Sen. Al Bo spoke. As Bo went on about “how the deal was struck,” we left.");
        assert_eq!(found[0].2.as_deref(), Some("Al Bo"));
        assert_eq!(found[0].3.as_deref(), Some("went on"));
    }

    #[test]
    fn a_participle_past_an_adverb_or_another_participle() {
        // The adverb is skipped, a participle after another shares its subject, and "tries" is no
        // part of the name.
        let body =
            "Mr. Al Bo tries to turn the jeers to his advantage, alternately shouting “Out!”";
        assert_speaker(body, "Out!", Some("Al Bo"));
        let body = "Mr. Al Bo tries to turn the jeers to his advantage, showing his crowds, \
                    alternately shouting “Out!”";
        assert_speaker(body, "Out!", Some("Al Bo"));
    }

    #[test]
    fn a_thing_called_by_a_name_is_not_speaking() {
        // The class is named, not quoted, and the clause runs through its name to the participle's
        // subject.
        let body = "Later on Sunday, Al Bo shared notes for a night class called “Harbors” \
                    on his page, writing “Let me check the records.”";
        let found = said(body);
        assert_eq!(found[0].1, QuoteKind::Scare);
        assert_eq!(found[0].2, None);
        assert_eq!(found[1].2.as_deref(), Some("Al Bo"));
        let body = "Ann Roe will play the “outsider card,” Al Bo said, adding that the answer \
                    “is to read her votes.”";
        assert_speaker(body, "is to read her votes.", Some("Al Bo"));
        // Named by a name, after "a" and its modifiers.
        let body =
            "A local warm-up band called Blue Fern led the hall in a chant of “President Ann Roe.”";
        assert_speaker(body, "President Ann Roe.", None);
        // A role noun after "a" is named too: "a group" had said “Fair Harbor Fund.”
        let body = "The site belongs to a group called “Fair Harbor Fund.”";
        assert_eq!(kind_of(body, "Fair Harbor Fund."), QuoteKind::Scare);
        // A phrase with a name in it describes a speaker.
        let body = "An aide to Ann Roe called “absurd” the idea of a toll.";
        assert_speaker(body, "absurd", Some("An aide to Ann Roe"));
    }

    #[test]
    fn according_to_a_work_or_inside_a_reported_clause() {
        // The work's author speaks.
        let body = "A “fair rent” is about $900, according to figures by Ann Roe of the \
                    Lakeview Institute.";
        assert_speaker(body, "fair rent", Some("Ann Roe"));
        // A document's author, named after "by".
        let body = "“The records do not show a loss,” according to a brief lodged \
                    by county attorney Dan Arby.";
        assert_speaker(body, "The records do not show a loss,", Some("Dan Arby"));
        // The reporter speaks.
        let body = "Al Bo said Monday that according to its tally, the union has won, \
                    but “the ballots are still coming in.”";
        assert_speaker(body, "the ballots are still coming in.", Some("Al Bo"));
    }

    #[test]
    fn a_past_form_right_after_a_plain_noun_modifies_it() {
        // Someone unnamed deemed the messages so; the messages say nothing.
        let body = "Al Bo seized on reports that the office had kept files later deemed \
                    “classified” for years.";
        let speaker = speaker_of(body, "classified");
        assert!(
            speaker.as_ref().is_none_or(|s| !s.contains("files")),
            "{speaker:?}"
        );
        // With a quantifier, or an object before the quotation, the noun is the subject.
        let body =
            "Al Bo did well in the debate, and many pundits called him “the adult in the room.”";
        assert_speaker(body, "the adult in the room.", Some("many pundits"));
    }

    #[test]
    fn the_agent_of_a_passive_cue_speaks() {
        let body = "Al Bo was asked by moderator Ann Roe whether the plan would risk \
                    “adding another costly program.”";
        assert_speaker(body, "adding another costly program.", Some("Ann Roe"));
        // A judging participle set off by a dash, its agent after the quotation.
        let body = "While the Greens faced criticism for the audit — often labeled a \
                    “witch hunt” by the Blues — it seems Al Bo was right.";
        assert_speaker(body, "witch hunt", Some("the Blues"));
        // A reporting verb after an apposition's comma is the main verb.
        let body = "Ann Roe, a union leader, said that unions “have too often waited” by \
                    holding back.";
        assert_speaker(body, "have too often waited", Some("Ann Roe"));
    }

    #[test]
    fn a_short_sentence_after_a_colon() {
        // A sentence of four words after a colon is speech, and the verb phrase after the comma
        // goes on from the sentence's subject.
        let body = "Al Bo waved as if to stop the noise, then leaned in and grinned: \
                    “Let’s win in November.”";
        let found = said(body);
        assert_eq!(found[0].1, QuoteKind::Speech);
        assert_eq!(found[0].2.as_deref(), Some("Al Bo"));
        assert_eq!(found[0].3.as_deref(), Some(":"));
        let found = said("The memo ended on one line: “Let’s win in November.”");
        assert_eq!(found[0].1, QuoteKind::Speech);
        let body = "Ann Roe got the memo. Ann Roe’s response was: “Is that shop in Ohio?”";
        assert_speaker(body, "Is that shop in Ohio?", Some("Ann Roe"));
    }

    #[test]
    fn a_headline_opening_with_a_known_name_and_a_colon_is_theirs() {
        let speaker_of_headline = |text: &str| {
            let facts = extract_post(Format::Text, text).unwrap();
            let speaker = facts.quotes[0].speaker.as_ref().and_then(|s| s.entity);
            speaker.map(|e| facts.entities[e].name.clone())
        };
        let text = "Al Bo: Roe Asking Moderator To Check Facts ‘Reeks of Fear.’\n\nAl Bo spoke. \
                    Ann Roe spoke.";
        assert_eq!(speaker_of_headline(text).as_deref(), Some("Al Bo"));
        // A label the post names nobody by is no speaker.
        let text = "Watch: Roe Asking Moderator To Check Facts ‘Reeks of Fear.’\n\nAnn Roe spoke.";
        assert_eq!(speaker_of_headline(text).as_deref(), Some("Ann Roe"));
        // Nor is one of common words, which the headline capitalises: the clause after the
        // colon has its own subject ("The Week" had been the speaker).
        let text = "The Week: Roe stands by her ‘Dayton plan.’\n\nAnn Roe spoke.";
        assert_eq!(speaker_of_headline(text).as_deref(), Some("Ann Roe"));
        // A role noun's plural is people, and speaks as written.
        let facts =
            extract_post(Format::Text, "Critics: Plan Is ‘Dead on Arrival’\n\nIt is.").unwrap();
        let speaker = facts.quotes[0].speaker.as_ref().map(|s| s.text.as_str());
        assert_eq!(speaker, Some("Critics"));
        // A quotation opening the clause after the colon is no scare quote of the name after it.
        let text = "Al Bo: ‘Of Course’ Ann Roe Is Fit To Lead.\n\nAl Bo spoke.";
        assert_eq!(speaker_of_headline(text).as_deref(), Some("Al Bo"));
    }

    #[test]
    fn a_headlines_relative_pronoun_ends_the_speaker_phrase() {
        // "a Clerk Who" had been the speaker: the headline capitalises "Who".
        let text = "Dayton Picks a Clerk Who Once Mocked ‘Sheep’ at the Polls.\n\nVoters chose \
                    Ann Roe.";
        let facts = extract_post(Format::Text, text).unwrap();
        let speaker = facts.quotes[0].speaker.as_ref();
        assert!(
            speaker.is_none_or(|s| !s.text.contains("Who")),
            "{speaker:?}"
        );
    }

    #[test]
    fn a_headline_noun_owned_past_a_name_is_no_cue() {
        // The remarks are owned; the second verb shares the headline's subject.
        let facts = extract_post(
            Format::Text,
            "Roe Says Hackers Hit Party, Calls Bo’s Moscow Remarks ‘Troubling.’\n\nAnn Roe spoke.",
        )
        .unwrap();
        let quote = &facts.quotes[0];
        let speaker = quote.speaker.as_ref().and_then(|s| s.entity);
        assert_eq!(
            speaker.map(|e| facts.entities[e].name.as_str()),
            Some("Ann Roe")
        );
        assert_eq!(quote.cue.as_deref(), Some("calls"));
    }

    #[test]
    fn each_and_both_stand_between_subject_and_cue() {
        let body = "After what the Lakeview Ledger and the Dover Times each called a “bad month,” \
                    the campaign regrouped.";
        assert_speaker(body, "bad month,", Some("Dover Times"));
    }

    #[test]
    fn the_two_is_a_subject() {
        let body = "Al Bo and Ann Roe sent a letter. “You picked a new standard,” the two write.";
        assert_speaker(body, "You picked a new standard,", Some("the two"));
    }

    #[test]
    fn an_adverb_opening_a_participles_clause_is_no_subject() {
        let body = "Al Bo accused Roe of being “soft” on crime. Then he cut into Ames, calling \
                    him a “stiff.”";
        assert_speaker(body, "stiff.", Some("Al Bo"));
        let body = "And then Al Bo went on the attack, saying, “Is the governor going to resign?”";
        assert_speaker(body, "Is the governor going to resign?", Some("Al Bo"));
    }

    #[test]
    fn who_before_the_cue_stands_for_the_name_before_it() {
        let body = "The loss was steep for Mr. Al Bo, who said he would get “a day off.”";
        assert_speaker(body, "a day off.", Some("Al Bo"));
        // Past a party tag, which names no one.
        let body = "The party chose Sen. Al Bo, R-Ariz., who went on to call it “a rout.”";
        assert_speaker(body, "a rout.", Some("Al Bo"));
    }

    #[test]
    fn who_past_a_year_and_an_apposition_stands_for_the_name() {
        let body = "Ann Roe has never got on with Bo Bell, now the council's longest-serving \
                    member, who in 2012 said his aim was to keep Roe “out of the mayor's office.”";
        assert_speaker(body, "out of the mayor's office.", Some("Bo Bell"));
        let body = "Ann Roe has long quarrelled with Bo Bell, who in March said her plan was \
                    “a fantasy.”";
        assert_speaker(body, "a fantasy.", Some("Bo Bell"));
    }

    #[test]
    fn speaker_after_past_an_aside_or_joined_by_and() {
        let body = "“She has plenty of friends here,” Al Bo, after a short silence, said of Roe.";
        assert_speaker(body, "She has plenty of friends here,", Some("Al Bo"));
        // The two write together; the archive keeps the phrase and the last of them.
        let found = said("“He is holding on,” Al Bo and Cy Fox wrote.");
        assert_eq!(found[0].2.as_deref(), Some("Cy Fox"));
        assert_eq!(found[0].3.as_deref(), Some("wrote"));
        // Past a role noun before them, and a phrase of "of" and "for" after them.
        let body = "“The new rods would let them build larger bombs,” nuclear experts Al Bo and \
                    Ann Roe of the Dayton Institute for Science wrote in May.";
        assert_speaker(
            body,
            "The new rods would let them build larger bombs,",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn a_name_modifying_a_role_and_name_is_no_antecedent() {
        let body = "Al Bo won that night. Bo consultant Cy Fox picked up the thread. \
                    “Voters sense that,” he said.";
        assert_speaker(body, "Voters sense that,", Some("Cy Fox"));
    }

    #[test]
    fn a_characterisation_before_a_day_is_the_subjects() {
        let found = said("Gov. Al Bo slammed Ann Roe as a “fraud” Thursday on the radio.");
        assert_eq!(found[0].1, QuoteKind::Partial);
        assert_eq!(found[0].2.as_deref(), Some("Al Bo"));
        let body = "Sen. Al Bo (D-Ohio) has been steadily pounding Ann Roe as a “con artist” ― \
                    just as he did with Cy Fox.";
        assert_speaker(body, "con artist", Some("Al Bo"));
    }

    #[test]
    fn a_participle_after_a_tag_or_a_subordinate_clause() {
        let body = "In a statement, Rep. Al Bo (D-Ore.) answered the ruling, saying: \
                    “The court got this wrong.”";
        assert_speaker(body, "The court got this wrong.", Some("Al Bo"));
        let body = "Ann Roe apologized for the posts after they surfaced, saying they were \
                    “a young man's mistakes.”";
        assert_speaker(body, "a young man's mistakes.", Some("Ann Roe"));
    }

    #[test]
    fn a_cue_word_after_a_number_word_is_a_noun() {
        let found = said("Al Bo went further, endorsing eight state candidates “who embody it.”");
        assert_ne!(found[0].3.as_deref(), Some("state"));
    }

    #[test]
    fn a_thing_called_the_name_and_a_function_word_opening_a_sentence() {
        let found = said("Both oppose a pension rule called the “golden parachute” today.");
        assert_eq!(found[0].1, QuoteKind::Scare);
        // "Outside" is no one.
        let body = "Outside the hall in Lakeview, about 50 students stood in small groups, \
                    waving flags and chanting “Dump the mayor.”";
        assert_ne!(
            speaker_of(body, "Dump the mayor.").as_deref(),
            Some("Outside")
        );
    }

    #[test]
    fn a_quoted_name_in_an_apposition_but_not_in_a_list() {
        let body = "“We had better years,” delegate Al Bo, wearing “Vote Roe” pins, said.";
        assert_speaker(body, "We had better years,", Some("Al Bo"));
        // The list stays the cue's before it.
        let body = "As Al Bo went on about “a crooked board” and “empty shelves”, Ann Roe \
                    said yes.";
        assert_speaker(body, "a crooked board", Some("Al Bo"));
        // She said "yes".
        let body = "As Al Bo went on about “a crooked board” and “our own neighbors,” Ann Roe \
                    said yes, over and over.";
        assert_speaker(body, "our own neighbors,", Some("Al Bo"));
    }

    #[test]
    fn we_outside_a_quotation_is_the_writer() {
        // "we" stands for no one named before.
        let body = "Sen. Al Bo lost in Congress. We watch the envoys in Lakeview \
                    relentlessly referring to the town as the “Great Pit.”";
        assert_speaker(body, "Great Pit.", None);
    }

    #[test]
    fn a_signature_after_a_dash() {
        // “…” ― Ana Ruiz: a signature after a dash
        assert_eq!(
            speaker_of(
                "“We are tired of waiting.” ― Ana Ruiz",
                "We are tired of waiting."
            )
            .as_deref(),
            Some("Ana Ruiz")
        );
        // Words going on after the capitalised ones make a gloss, no signature.
        assert_eq!(
            speaker_of(
                "His friends jeered, “Ciao, bello!” - Italian for “goodbye, handsome.”",
                "Ciao, bello!"
            ),
            None
        );
    }

    #[test]
    fn a_name_inside_a_relative_clause_is_no_apposition() {
        let body = "Mr. Al Bo, whose newest firm, Datavex, sells maps, said the mayor was \
                    restless: “He never sits still for a minute.”";
        assert_speaker(body, "He never sits still for a minute.", Some("Al Bo"));
    }

    #[test]
    fn her_before_a_noun_is_a_determiner() {
        // "“…,” said her spokesman, Al Bo." is Bo's, not the woman's before.
        let body = "Ann Roe spoke. “We will win,” said her spokesman, Al Bo.";
        assert_speaker(body, "We will win,", Some("Al Bo"));
        // "her record" is the object of the next verb, no inverted speaker.
        let body = "Al Bo then described Ann Roe as “hopeless,” attacked her record and \
                    said she should not run.";
        assert_speaker(body, "hopeless,", Some("Al Bo"));
    }

    #[test]
    fn a_byline_after_an_attributed_sentence_is_no_signature() {
        let body = "Al Bo said he would stay and argued that his union was \"still the largest \
                    one.\"--Kim Hill.";
        assert_speaker(body, "still the largest one.", Some("Al Bo"));
    }

    #[test]
    fn speaker_before_the_quote_and_anonymous_descriptions() {
        let body = "A Statehouse aide who was at the dinner tells the Ledger: “The governor was furious about the vote.”";
        let found = said(body);
        assert_eq!(found[0].2.as_deref(), Some("A Statehouse aide"));
        assert_eq!(found[0].3.as_deref(), Some("tells"));
        let body =
            "As Ida Vale noted, that fits the pattern of the season: “It looks like a plan.”";
        assert_speaker(body, "It looks like a plan.", Some("Ida Vale"));
        // A role before "of" heads the description, not the noun after "of".
        let body = "The chairman of the water board said the town needs “a better levee.”";
        let found = said(body);
        assert_eq!(
            found[0].2.as_deref(),
            Some("The chairman of the water board")
        );
        // And names the one the post gave that role, after the quotation too, and as the
        // subject of a clause a participle hangs on.
        let body = "Secretary of Defense Ann Roe flew in on Monday.\n\nThe secretary of defense said, “We need a plan.”";
        assert_speaker(body, "We need a plan.", Some("Ann Roe"));
        let body = "Secretary of Defense Ann Roe flew in.\n\n“We need a plan,” said the secretary of defense.";
        assert_speaker(body, "We need a plan,", Some("Ann Roe"));
        let body = "Ann Roe, the former secretary of state, flew in.\n\nThe former secretary of state went on about continuing the “progress we made” in her term.";
        assert_speaker(body, "progress we made", Some("Ann Roe"));
        // A name after the role's "of" phrase holds the role; a plural's is someone else.
        // A role given after the surname alone names her too.
        let body = "Ann Roe spoke. Roe, the former secretary of state, was there.\n\n“We need a \
                    plan,” the former secretary of state said.";
        assert_speaker(body, "We need a plan,", Some("Ann Roe"));
        let body = "“We need a plan,” said former secretary of state Ann Roe.";
        assert_speaker(body, "We need a plan,", Some("Ann Roe"));
        let body = "Ann Roe spoke. Supporters of Ann Roe said, “We need a plan,” at the rally.";
        assert_ne!(
            speaker_of(body, "We need a plan,").as_deref(),
            Some("Ann Roe")
        );
    }

    #[test]
    fn a_role_names_the_one_given_it_before_it() {
        // The head of a role with a prepositional phrase is a role phrase too.
        let body = "Al Bo, a Republican senator from Ohio, spoke on Monday.\n\n“We will win,” the \
                    senator said.";
        assert_speaker(body, "We will win,", Some("Al Bo"));
        // A role used before the post names anyone with it is no one yet.
        let body = "As boos erupt, the executive says, “Please quiet down.”\n\nLater, Al Bo, an \
                    executive at the firm, spoke.";
        assert_speaker(body, "Please quiet down.", Some("the executive"));
        let body = "“Please quiet down,” the executive said.\n\nAl Bo, an executive at the firm, \
                    spoke.";
        assert_speaker(body, "Please quiet down,", Some("the executive"));
    }

    #[test]
    fn a_role_two_hold_names_the_one_of_them_named_last() {
        let body = "Sen. Al Bo and Sen. Ann Roe met at noon. Roe spoke last.\n\n“We agree,” the \
                    senator said.";
        assert_speaker(body, "We agree,", Some("Ann Roe"));
        // An organization named since is no one of them.
        let body = "Sen. Al Bo met Sen. Ann Roe at noon. Roe spoke last, at the Harbor Fund.\n\n\
                    “We agree,” the senator said.";
        assert_speaker(body, "We agree,", Some("Ann Roe"));
        // Not when someone else was named after them: the senator may be one the post never
        // titled.
        let body = "Sen. Al Bo and Sen. Ann Roe met at noon. Cy Dee spoke last.\n\n“We agree,” \
                    the senator said.";
        assert_speaker(body, "We agree,", Some("the senator"));
    }

    #[test]
    fn a_state_before_a_role_names_its_one_holder_placed_nowhere_else() {
        let body = "Sen. Al Bo and Sen. Ann Roe (D-Vt.) met.\n\n“We agree,” the Ohio senator said.";
        assert_speaker(body, "We agree,", Some("Al Bo"));
        let body = "Sen. Al Bo met Cy Dee.\n\n“We agree,” the Ohio senator said.";
        assert_speaker(body, "We agree,", Some("Al Bo"));
        // Two senators the post places nowhere: neither for sure.
        let body = "Sen. Al Bo and Sen. Ann Roe met.\n\n“We agree,” the Ohio senator said.";
        assert_speaker(body, "We agree,", Some("the Ohio senator"));
        // Nor one named only after it.
        let body = "“We agree,” the Ohio senator said.\n\nLater Sen. Al Bo met Cy Dee.";
        assert_speaker(body, "We agree,", Some("the Ohio senator"));
    }

    #[test]
    fn according_to_names_the_speaker_after_it() {
        let body =
            "The deal is done, according to Mayor Lena Park. “We signed it,” the mayor said.";
        assert_speaker(body, "We signed it,", Some("Lena Park"));
        // Not a phrase whose head cannot speak: "their habit" had been the speaker.
        let body = "Voters pick “A” or “B,” according to their habit.";
        assert_eq!(kind_of(body, "A"), QuoteKind::Scare);
        // A document can, past a phrase of time after it.
        let body = "The levy had “no effect on jobs,” according to a study last year.";
        assert_speaker(body, "no effect on jobs,", Some("a study last year"));
    }

    #[test]
    fn a_cue_without_subject_keeps_the_sentence_speaker() {
        let body = "Party Chair Ray Holt warned of a “family feud,” adding, “We believe in unity.”";
        let found = said(body);
        assert_eq!(found[0].1, QuoteKind::Partial);
        assert_eq!(
            found[1],
            (
                "We believe in unity.".into(),
                QuoteKind::Speech,
                Some("Ray Holt".into()),
                Some("adding".into())
            )
        );
    }

    #[test]
    fn a_quote_standing_alone_continues_the_last_speaker() {
        let body = "“We will win,” Ann Roe said. “We always do.”\n\n“And we will do it again.”";
        let found = said(body);
        assert_eq!(found[1].2.as_deref(), Some("Ann Roe"));
        assert_eq!(found[2].2.as_deref(), Some("Ann Roe"));
        assert_eq!(found[2].1, QuoteKind::Speech);
    }

    #[test]
    fn a_pronoun_stands_for_the_fitting_person() {
        let body =
            "Ann Roe met Bob Lee on Monday. She said she would run.\n\n“I am ready,” she said.";
        assert_speaker(body, "I am ready,", Some("Ann Roe"));
        let body = "Bob Lee spoke after Ann Roe. He was brief. “We are done,” he said.";
        assert_speaker(body, "We are done,", Some("Bob Lee"));
    }

    #[test]
    fn a_role_stands_for_the_person_given_it() {
        let body = "Party Chair Ray Holt spoke. The party chair said their “only task” should be “winning more seats.”";
        let found = said(body);
        assert!(
            found.iter().all(|q| q.2.as_deref() == Some("Ray Holt")),
            "{found:?}"
        );
        assert!(found.iter().all(|q| q.1 == QuoteKind::Partial));
    }

    #[test]
    fn partial_and_scare_quotes() {
        let body =
            "Groups like Voters First ran ads. Al Reyes called their plans “a reckless gamble.”";
        assert_eq!(kind_of(body, "a reckless gamble."), QuoteKind::Partial);
        let body =
            "Ann Roe worried about groups, whom they fault for not backing “real” tax reform.";
        assert_eq!(kind_of(body, "real"), QuoteKind::Scare);
        assert_eq!(
            kind_of("They are urging “moderate” members to vote.", "moderate"),
            QuoteKind::Scare
        );
        // A preposition in -ing is no noun the phrase modifies.
        let body = "Ann Roe accuses Al Bo of a “cheap trick” regarding her loans.";
        assert_eq!(kind_of(body, "cheap trick"), QuoteKind::Partial);
    }

    #[test]
    fn a_past_cue_opening_a_sentence_is_inverted() {
        let body = "The mill is a library now. Said Dora Pyne, who worked there as a girl, “It smelled of oil for years.”";
        assert_speaker(body, "It smelled of oil for years.", Some("Dora Pyne"));
        let body = "Added Mr. Fox: “It was a good day.”";
        assert_speaker(body, "It was a good day.", Some("Fox"));
        // A participle opening a sentence is no inverted cue.
        let body = "Asked Monday about the plan, Ann Roe said, “No.”";
        assert_speaker(body, "No.", Some("Ann Roe"));
    }

    #[test]
    fn a_phrase_in_a_sentence_with_a_named_subject_is_the_subjects() {
        let body = "Ed Fox has pushed his promise of “free buses” for a year.";
        assert_speaker(body, "free buses", Some("Ed Fox"));
        // A verb in -s after the name is not a plural noun of the subject.
        let body = "Ed Fox openly admires the general as a “strong leader” and says so.";
        assert_speaker(body, "strong leader", Some("Ed Fox"));
        // Past a relative clause between commas.
        let body = "Ed Fox, who has campaigned for Al Bo since May, sees the mayor as a “disgrace” on most days.";
        assert_speaker(body, "disgrace", Some("Ed Fox"));
        // One capitalised word nobody is named by is no subject.
        let body = "Unless rivals quit the race, “the vote is settled” by spring.";
        assert_speaker(body, "the vote is settled", None);
    }

    #[test]
    fn a_cue_word_used_as_a_noun_is_no_cue() {
        let body = "In a late-night call with donors, Ann Roe fretted about “loyalty” tests.";
        assert_eq!(kind_of(body, "loyalty"), QuoteKind::Scare);
        let body =
            "“We disagree,” Ann Roe said, proposing a few questions, including, “Why now, sir?”";
        assert_speaker(body, "Why now, sir?", Some("Ann Roe"));
        let body = "Ann Roe is describing as “unhinged” a Carl Ames tweet attacking her.";
        assert_speaker(body, "unhinged", Some("Ann Roe"));
        let body = "Ann Roe gave a quick reply: “Nobody is backing down.”";
        assert_speaker(body, "Nobody is backing down.", Some("Ann Roe"));
        // … but "The statement read: “…”" reads.
        let body = "The statement read: “We are closing the plant.”";
        assert_eq!(
            kind_of(body, "We are closing the plant."),
            QuoteKind::Speech
        );
        // After a plural of people, a bare form is their verb, even before a preposition;
        // after another word in -s it stays a noun.
        let body = "“We will win,” the aides say in a statement.";
        assert_speaker(body, "We will win,", Some("the aides"));
        let body = "Ann Roe used an alias email at work, “Kay Dee,” for years.";
        assert_ne!(said(body)[0].3.as_deref(), Some("email"));
        // After "of" and a singular head, a bare form is a noun: the cue is the verb before.
        let body = "Cy Dee called the use of private email servers “reckless,” but no crime.";
        assert_eq!(said(body)[0].3.as_deref(), Some("called"));
        // After a plural head it is the plural's verb.
        let body = "Backers of the harbor levy argue “it pays for itself.”";
        assert_eq!(said(body)[0].3.as_deref(), Some("argue"));
        // After "make" a cue word is its object; "make" stands between it and the speaker
        // ("his friends make" had been the speaker), and ends a speaker's phrase before a
        // colon.
        let body = "Now his friends make jokes about sending monitors here “to keep it fair.”";
        assert_speaker(body, "to keep it fair.", Some("his friends"));
        let body = "Ann Roe spoke. Roe’s letter makes a plain case: “We stand for liberty.”";
        assert_speaker(body, "We stand for liberty.", Some("Ann Roe"));
        // After "same" a cue word is a noun.
        let body = "At the rally, where “fear” was the word, Ann Roe struck the same notes, again.";
        assert_ne!(said(body)[0].3.as_deref(), Some("notes"));
        // After "on", "in" or "at" a cue word is a noun: "seized on reports that …".
        let body = "Al Bo seized on reports that the office kept “secret files” for years.";
        assert_ne!(said(body)[0].3.as_deref(), Some("reports"));
        // A bare form after a determiner and two singular words is a noun.
        let body = "Al Bo scolded the mayor for never calling the Dayton depot attack a case \
                    of “plain arson.”";
        assert_speaker(body, "plain arson.", Some("Al Bo"));
        // Not past a preposition: "the unions who phoned her at once say …".
        let body = "The unions who phoned her at once say they are “worried about it.”";
        assert_speaker(body, "worried about it.", Some("The unions"));
    }

    #[test]
    fn a_nested_whole_sentence_is_speech() {
        let body = "An aide tells the Ledger: “He said he hated to see ‘neighbors sue their own neighbors.’”";
        let found = said(body);
        assert_eq!(found[1].0, "neighbors sue their own neighbors.");
        assert_eq!(found[1].1, QuoteKind::Speech);
    }

    #[test]
    fn a_nested_quotation_in_the_outer_speakers_own_voice_is_not_reported() {
        // The question is part of his words.
        let body = "“Let me read you what we asked: ‘The mayor skipped the meeting. \
                    Does it matter to you?’ Most said no,” Al Bo said.";
        let found = said(body);
        assert_eq!(found[1].1, QuoteKind::Scare, "{found:?}");
        assert_eq!(found[1].2, None);
    }

    #[test]
    fn headlines_capitalise_their_cues_and_name_speakers_before_a_colon() {
        let facts = extract_post(
            Format::Text,
            "Ann Roe Calls Plan ‘A Disgrace’\n\nAnn Roe spoke on Monday.",
        )
        .unwrap();
        let speaker = facts.quotes[0]
            .speaker
            .as_ref()
            .and_then(|s| s.entity)
            .map(|e| facts.entities[e].name.as_str());
        assert_eq!(
            (facts.quotes[0].kind, speaker),
            (QuoteKind::Partial, Some("Ann Roe"))
        );
        let facts = extract_post(
            Format::Text,
            "Ann Roe: Plan Is ‘Dead on Arrival’\n\nAnn Roe spoke on Monday.",
        )
        .unwrap();
        assert_eq!(
            facts.quotes[0]
                .speaker
                .as_ref()
                .and_then(|s| s.entity)
                .map(|e| facts.entities[e].name.as_str()),
            Some("Ann Roe")
        );
        let facts = extract_post(
            Format::Text,
            "Advice From Ann Roe: ‘Speak so the back row can hear.’\n\nAnn Roe spoke on Monday.",
        )
        .unwrap();
        assert_eq!(
            facts.quotes[0]
                .speaker
                .as_ref()
                .and_then(|s| s.entity)
                .map(|e| facts.entities[e].name.as_str()),
            Some("Ann Roe")
        );
        // The name ends before the first one, "Says".
        let facts = extract_post(
            Format::Text,
            "Roe Says New Library Will Tell of ‘Hope and Loss’\n\nMayor Ann Roe opened the library.",
        )
        .unwrap();
        assert_eq!(
            facts.quotes[0]
                .speaker
                .as_ref()
                .and_then(|s| s.entity)
                .map(|e| facts.entities[e].name.as_str()),
            Some("Ann Roe")
        );
    }

    #[test]
    fn modifiers_prepositions_and_stacked_appositions_belong_to_the_speaker() {
        // "…" retired Navy admiral Ed Lutz said: the modifiers belong to the speaker
        let body = "Ann Roe “is the only candidate ready,” retired Navy admiral Ed Lutz said.";
        assert_speaker(body, "is the only candidate ready,", Some("Ed Lutz"));
        // “…?” a narrator in the campaign ad asks.
        assert_speaker(
            "“Why not?” a narrator in the campaign ad asks.",
            "Why not?",
            Some("a narrator in the campaign ad"),
        );
        // "“…,” X, the attorney general of a state, one of the states suing, said": stacked appositions
        let body = "“It is an overreach,” Lee Park, the attorney general of Ohio, one of the states that sued the agency, said.";
        assert_speaker(body, "It is an overreach,", Some("Lee Park"));
        // "“…,” said 9/11 widow X": a modifier with a slash
        assert_eq!(
            speaker_of(
                "“They are wrong,” said 9/11 widow Tess Strand.",
                "They are wrong,"
            )
            .as_deref(),
            Some("Tess Strand")
        );
    }

    #[test]
    fn a_speaker_nobody_names_still_carries_the_quotation_on() {
        // "Hold on," she said. "Help is coming.": the second carries the first speaker on
        let found = said("“Hold on,” she said. “Help is coming.”");
        assert_eq!(found[1].1, QuoteKind::Speech);
        assert_eq!(found[1].2, None);
    }

    #[test]
    fn a_surname_ending_like_an_adjective_can_speak() {
        // Petrovic told a reporter that he felt “…”: a surname in -ic can speak
        let body = "Petrovic told a radio host that he felt “a great deal of pride” today.";
        assert_speaker(body, "a great deal of pride", Some("Petrovic"));
    }

    #[test]
    fn indicated_is_a_cue() {
        // Halvorsen indicated that the aides “should have known …”: "indicate" is a cue
        let body = "Asked by lawmakers, Halvorsen indicated that the aides “should have known better” then.";
        assert_speaker(body, "should have known better", Some("Halvorsen"));
    }

    #[test]
    fn a_cue_after_and_has_the_subject_of_the_verb_before() {
        // "… as when Ames mocked Bell and called him a “moderate”": the subject of the verb before "and"
        let body = "There were jabs, as when Ames mocked Bell on taxes and labelled him a “moderate,” to laughter.";
        assert_speaker(body, "moderate,", Some("Ames"));
        // A verb in -s after the name is no plural noun of its phrase.
        let body = "Ann Roe lives in Dayton and wrote that the vote was “a shame for the town.”";
        assert_speaker(body, "a shame for the town.", Some("Ann Roe"));
        // A name in apposition after the words describing it names the subject.
        let body = "One of Bo's old donors who still backs Kemp, former Ohio Rep. Ann Roe, lives \
                    in Dayton and wrote in an email that the vote was “a shame for the town.”";
        assert_speaker(body, "a shame for the town.", Some("Ann Roe"));
    }

    #[test]
    fn the_object_of_a_causative_verb_speaks_the_infinitive_cue() {
        let body = "That prompted Ann Kemp to call Cy Vane “rather sleepy,” a nod to his age.";
        assert_speaker(body, "rather sleepy,", Some("Ann Kemp"));
        // The object may be a pronoun.
        let body = "Al Bo heard the joke. It prompted him to call Cy Vane “rather sleepy.”";
        assert_speaker(body, "rather sleepy.", Some("Al Bo"));
        // Also past "and": the bare verb goes on with the infinitive.
        let body = "Roe coached Vane to “breathe deeply.” That prompted Ann Kemp to make a joke \
                    about naps and call Cy Vane “rather sleepy,” a nod to his age.";
        assert_speaker(body, "rather sleepy,", Some("Ann Kemp"));
        // A cue nearer the quotation keeps its subject: "one lawmaker called".
        let body = "That plan prompted the Ohio House to call a hearing; one lawmaker called \
                    Vane “the prince of the press release.”";
        assert_speaker(
            body,
            "the prince of the press release.",
            Some("one lawmaker"),
        );
    }

    #[test]
    fn the_subject_of_a_participle_speaks_the_infinitive_of_its_purpose() {
        // The denial's subject had been the speaker.
        let body = "The Vane campaign denied it, with Ann Roe taking to Twitter to call Cy Vane \
                    “a total fraud” on Monday.";
        assert_speaker(body, "a total fraud", Some("Ann Roe"));
        // Not past a comma: the participle's phrase ends there.
        let body = "The Vane campaign denied it, with Ann Roe watching, and moved to call the \
                    story “a total fraud” on Monday.";
        assert_ne!(
            speaker_of(body, "a total fraud").as_deref(),
            Some("Ann Roe")
        );
    }

    #[test]
    fn a_name_after_a_plain_noun_is_the_subject_of_its_relative_clause() {
        // The opening phrase ("After …") and the place preposition ("in") had left the cue
        // with no subject.
        let body = "After handling the files in a way Police Chief Al Bo slammed as “rather \
                    sloppy,” Roe has gotten better at apologies.";
        assert_speaker(body, "rather sloppy,", Some("Al Bo"));
    }

    #[test]
    fn a_common_noun_subject_gives_way_to_the_named_reporter() {
        // A thing is the subject of a verb inside the reported clause.
        let body = "Ed Fox said the wave of strikes and protests demands that we all show “more patience” now.";
        assert_speaker(body, "more patience", Some("Ed Fox"));
        let body = "Ed Fox said the museum would tell of “grief and joy” for years.";
        assert_speaker(body, "grief and joy", Some("Ed Fox"));
        // A person described by a common noun speaks for himself.
        let body = "Ed Fox said a heckler yelled “Go home!” at him.";
        assert_speaker(body, "Go home!", Some("a heckler"));
        // A people named as a group is such a noun; alone, it still speaks as written.
        let body = "Ed Fox said he expected that Americans will say “enough” to the plan.";
        assert_speaker(body, "enough", Some("Ed Fox"));
        let body = "Democrats called the plan “a disaster.”";
        assert_speaker(body, "a disaster.", Some("Democrats"));
    }

    #[test]
    fn days_name_no_one_and_stand_between_subject_and_cue() {
        let body = "Mr. Roe, who said last month that the referee was unfair, put out a statement Monday saying, “That is not my view.”";
        assert_speaker(body, "That is not my view.", Some("Roe"));
        let body = "The mill, which President Ann Lee on Friday declared a landmark, was kept “to remind us of the river.”";
        assert_speaker(body, "to remind us of the river.", Some("Ann Lee"));
    }

    #[test]
    fn a_participle_inside_the_subject_keeps_its_object_out() {
        // The participle's object is not the subject.
        let body = "Marchers walking through the old town chanted “No more cuts.”";
        assert_speaker(body, "No more cuts.", Some("Marchers"));
        let body = "A source speaking to the Daily Ledger said the deal was “almost done.”";
        assert_speaker(body, "almost done.", Some("A source"));
        let body = "Fans waving flags shouted “Go home!”";
        assert_speaker(body, "Go home!", Some("Fans"));
    }

    #[test]
    fn a_passive_cue_names_its_agent_or_no_one() {
        // "… has been called the “…” by …": the subject is the one described; the agent after
        // "by" speaks. Without one, the quotation is still attributed, to no one named.
        let body = "Lena Moss, the leader of the region, has been called the “Iron Lady of the North” by Paul Dane, a rival.";
        assert_speaker(body, "Iron Lady of the North", Some("Paul Dane"));
        let body = "Ruth Kay was told, “Go home now.” Her bus was late.";
        assert_speaker(body, "Go home now.", None);
        assert_eq!(kind_of(body, "Go home now."), QuoteKind::Speech);
        let body = "The agency was compared to “a sleeping giant” in the report.";
        assert_speaker(body, "a sleeping giant", None);
        assert_eq!(kind_of(body, "a sleeping giant"), QuoteKind::Partial);
        // An active cue before the passive one speaks: "… suggested that the troubles could be
        // blamed on “…”".
        let body = "Ed Fox argued that the losses could be blamed on “the weather in the spring.”";
        assert_speaker(body, "the weather in the spring.", Some("Ed Fox"));
    }

    #[test]
    fn a_participle_cue_takes_the_subject_of_its_clause() {
        // A participle hangs on the clause before it; its object, or the listener after it,
        // never speaks: "X put out an ad calling it “…”", "X wrote donors saying: “…”".
        let cases = [
            ("After the vote, Ames put out a short video ad calling the bill “reckless” for the state.", "reckless"),
            ("Late on Sunday, Ames posted a receipt on his website, writing “Here is the bill you said I never paid.”", "Here is the bill you said I never paid."),
            ("On Tuesday, Mr. Ames waved off several questions about the race before saying, “We should talk about jobs.”", "We should talk about jobs."),
            ("The Maine senator Ann Ames wrote donors saying: “We keep going in every county.”", "We keep going in every county."),
            ("Ames welcomed the ruling as “splendid,” telling the press on Friday that it was a good day.", "splendid,"),
            // "after" is a preposition here, and the clause is no apposition.
            ("Speaking at a fair in Salem, Oregon, Ames went after Bell, calling him “a total stiff.”", "a total stiff."),
            ("Mr. Ames also came close to an admission that Bell Corp. workers had run the site, saying, “We never said nobody was there.”", "We never said nobody was there."),
            // "as well as" links the participle too.
            ("In May, Judge Ida Ames struck down the rule, as well as ruling that the county could not cite “public order” as a reason.", "public order"),
        ];
        for (body, quote) in cases {
            let speaker = speaker_of(body, quote);
            assert!(
                speaker.as_deref().is_some_and(|s| s.ends_with("Ames")),
                "{body}: {speaker:?}"
            );
        }
        // After "the" and an organization's name, the verb is no part of the subject; after
        // a place, the noun is.
        assert_speaker(
            "The Harbor Fund went after the plan, calling it “a scam” on Monday.",
            "a scam",
            Some("Harbor Fund"),
        );
        assert_speaker(
            "The Harbor Fund lawyer went after the plan, calling it “a scam” on Monday.",
            "a scam",
            Some("The Harbor Fund lawyer"),
        );
        assert_speaker(
            "The Ohio senator sought to calm the hall, calling it “a scam” on Monday.",
            "a scam",
            Some("The Ohio senator"),
        );
        let speaker = speaker_of(
            "The Dayton businessman went after the plan, calling it “a scam” on Monday.",
            "a scam",
        );
        assert!(
            speaker
                .as_deref()
                .is_some_and(|s| s.contains("businessman")),
            "{speaker:?}"
        );
        // A name right before the participle is its own subject.
        let body = "Ames ran an ad showing Bell saying “we will raise taxes” at a fair.";
        assert_speaker(body, "we will raise taxes", Some("Bell"));
    }

    #[test]
    fn a_place_or_a_list_between_commas_is_no_speaker() {
        // "X, a donor from Lakeview, New York, said": the state closes the apposition.
        let body = "Rita Vale, a donor from Lakeview, New York, said the speeches mattered. “I hate to admit it,” she said.";
        assert_speaker(body, "I hate to admit it,", Some("Rita Vale"));
        // "X, who served in Chile, Peru and France, praised …": a list is no name.
        let body = "Hal Moss, who served in Chile, Peru and France, praised the plan as “bold.”";
        assert_speaker(body, "bold.", Some("Hal Moss"));
        // "Ames was in Dover, Maine, promising …": a place is no speaker.
        let body = "Ames was away in Dover, Maine, promising to “build the wall.”";
        assert_ne!(
            speaker_of(body, "build the wall.").as_deref(),
            Some("Dover")
        );
    }

    #[test]
    fn a_pronoun_goes_to_the_speaker_of_the_sentence_before() {
        // "…, according to county chair C. “…,” he said.": the earlier sentence's speaker
        let body = "The seats went evenly to Al Ames and Bo Bell, according to county chairman Cy Cole. “Ames has plenty of fans here,” he said.";
        assert_speaker(body, "Ames has plenty of fans here,", Some("Cy Cole"));
    }

    #[test]
    fn a_cue_in_a_clause_after_a_noun_makes_no_speaker_of_the_sentence() {
        // "the office Bo had announced" says which office; the sentence reports nothing of
        // Bo's, so the "she" after it is still Roe.
        for office in ["the office", "the Office of Harbor Affairs"] {
            let body = format!(
                "Ida Bo spoke. Mary Roe met her.\n\nRoe, who is leaving the council, declined \
                 a question about whether she would run {office} Bo had announced.\n\n\
                 “Next question,” she said."
            );
            assert_speaker(&body, "Next question,", Some("Mary Roe"));
        }
    }

    #[test]
    fn a_cue_in_the_infinitive_after_the_quotation_reports_nothing() {
        let body = "“The clerks are swamped,” a county source, who was not allowed to comment, told the Daily Ledger.";
        assert_speaker(body, "The clerks are swamped,", Some("a county source"));
    }

    #[test]
    fn a_document_speaks_for_the_one_named_before_it() {
        let body =
            "The Lakeview Fund met. “The harvest will be late,” the Lakeview Fund report stated.";
        assert_speaker(body, "The harvest will be late,", Some("Lakeview Fund"));
        // The owned document is the subject, and "notes" after a plural its verb.
        let body = "Carl Ames spoke. Ames’ email to his donors notes that Ann Roe “is a tax lawyer by trade.”";
        assert_speaker(body, "is a tax lawyer by trade.", Some("Carl Ames"));
    }

    #[test]
    fn a_pronoun_in_its_sentence_goes_to_the_reporter_first() {
        let body = "With Carl Trent gone, Dan Cross said he sees two paths: back Ann Roe, whom he called “a reluctant choice,” or sit it out.";
        assert_speaker(body, "a reluctant choice,", Some("Dan Cross"));
        // "ruled out" reports nothing, so Trent is no reporter.
        let body = "With a vote for Carl Trent ruled out, Dan Cross said he sees two paths: back Ann Roe, whom he called “a reluctant choice,” or sit it out.";
        assert_speaker(body, "a reluctant choice,", Some("Dan Cross"));
    }

    #[test]
    fn a_name_after_a_preposition_in_the_opening_phrase_is_not_the_pronoun() {
        let body = "Carl Ames spoke on Monday. At a breakfast Tuesday with Dana Lowe, he said he was running not to settle “an old score with anyone.”";
        assert_speaker(body, "an old score with anyone.", Some("Carl Ames"));
        // Without the preposition, the name in the opening phrase is still the antecedent.
        let body = "Carl Ames spoke on Monday. At Dana Lowe’s breakfast Tuesday, he said he was running not to settle “an old score with anyone.”";
        assert_speaker(body, "an old score with anyone.", Some("Dana Lowe"));
        // "As for" names the sentence's topic, whom the pronoun goes on about.
        let body = "Carl Ames warned against it. As for Dan Cross, he said he is not worried. \
                    “I will have the delegates,” he said.";
        assert_speaker(body, "I will have the delegates,", Some("Dan Cross"));
    }

    #[test]
    fn a_quotation_inside_another_does_not_become_the_last_speaker() {
        // "She" is still the outer speaker, not the one her quotation quotes.
        let body = "Lena Park runs the county caucus. “They thought Tom Reyes saying, ‘Go vote for the ticket,’ would do it. It won’t,” she said.\n\nShe added that turnout looked thin: “We need more doors knocked, not more speeches.”";
        assert_speaker(body, "Go vote for the ticket,", Some("Tom Reyes"));
        assert_speaker(
            body,
            "We need more doors knocked, not more speeches.",
            Some("Lena Park"),
        );
    }

    #[test]
    fn a_document_or_it_after_a_closing_comma_attributes_the_quotation() {
        // "“…,” said the ruling." and "“…,” it added.": the speaker is no person, but the
        // quotation is speech, not a scare quote; "it" names nobody.
        let body = "“A county cannot purge voters for skipping one election,” said the ruling. “The notice process is flawed,” the majority opinion stated. The Ledger covered the case closely.\n\n“The county has a long way to go,” it further wrote.";
        let quotes = said(body);
        let find = |text: &str| quotes.iter().find(|q| q.0 == text).unwrap().clone();
        let ruling = find("A county cannot purge voters for skipping one election,");
        assert_eq!(ruling.1, QuoteKind::Speech);
        assert_eq!(ruling.2.as_deref(), Some("the ruling"));
        let stated = find("The notice process is flawed,");
        assert_eq!(stated.1, QuoteKind::Speech);
        assert_eq!(stated.2.as_deref(), Some("the majority opinion"));
        let wrote = find("The county has a long way to go,");
        assert_eq!(
            (wrote.1, wrote.2, wrote.3.as_deref()),
            (QuoteKind::Speech, None, Some("wrote"))
        );
        // A cue word used as a noun, or a participle after a determiner, is part of the phrase.
        let body = "“Pay your fines, Ed!” the note says. “We take no side on the facts” in the dispute, the unsigned order said. “The vault was open,” the county report said.";
        let quotes = said(body);
        let find = |text: &str| quotes.iter().find(|q| q.0 == text).unwrap().clone();
        assert_eq!(find("Pay your fines, Ed!").2.as_deref(), Some("the note"));
        assert_eq!(
            find("We take no side on the facts").2.as_deref(),
            Some("the unsigned order")
        );
        assert_eq!(
            find("The vault was open,").2.as_deref(),
            Some("the county report")
        );
    }

    #[test]
    fn a_quotation_after_an_introducing_sentence_is_its_subjects() {
        // "On July 6, Ames made the following comment: / “…”": no cue verb, but the sentence
        // that introduces the paragraph names the speaker, past its dated opening.
        let body = "On July 6, 2015, Dana Whitlock made the following comment:\n\n“For young workers the jobless rate is twice the average. That is a scandal.”";
        assert_eq!(
            speaker_of(
                body,
                "For young workers the jobless rate is twice the average. That is a scandal."
            )
            .as_deref(),
            Some("Dana Whitlock")
        );
    }

    #[test]
    fn a_participle_after_a_reported_clause_hangs_on_the_reporting_verb() {
        // "Pell complained that Bo is too rigid, suggesting he sees issues as “…”": the one
        // who complained suggests it, not the subject of the clause he reported.
        let body = "Ray Okafor complained that Lina Marsh is too rigid, suggesting she sees every issue as “black and white.”";
        assert_speaker(body, "black and white.", Some("Ray Okafor"));
    }

    #[test]
    fn an_addressee_before_a_participle_is_no_subject() {
        let body = "Mayor Greta Holm sent a note to Sheriff Paul Verity asking him to look into the “mix-up.”";
        assert_speaker(body, "mix-up.", Some("Greta Holm"));
        let body = "Mayor Greta Holm took the question on her blog writing, “Yes, I will.”";
        assert_speaker(body, "Yes, I will.", Some("Greta Holm"));
    }

    #[test]
    fn a_roles_complement_goes_with_it_and_the_name_in_it_is_no_speaker() {
        // An aide to Ann Roe is not Ann Roe: the phrase is the speaker as written.
        let cases = [
            (
                "An aide to Ann Roe said the plan was “dead on arrival.”",
                "dead on arrival.",
                "An aide to Ann Roe",
            ),
            (
                "Sources close to Ann Roe said the plan was “dead on arrival.”",
                "dead on arrival.",
                "Sources close to Ann Roe",
            ),
            (
                "“It is dead,” a person close to Ann Roe said.",
                "It is dead,",
                "a person close to Ann Roe",
            ),
            (
                "“It is dead,” said a spokesman for the Roe campaign.",
                "It is dead,",
                "a spokesman for the Roe campaign",
            ),
            (
                "“It is dead,” said one person familiar with the talks.",
                "It is dead,",
                "one person familiar with the talks",
            ),
            (
                "“It is dead,” said a friend of Ann Roe.",
                "It is dead,",
                "a friend of Ann Roe",
            ),
            // An organization's name whose word before "of" is a role's, after its article,
            // is the organization (the phrase had been no one).
            (
                "The Department of Harbor Safety concluded that the fence was “weak.”",
                "weak.",
                "Department of Harbor Safety",
            ),
            // A plural role opening the sentence, with no determiner, heads its complement
            // too ("Critics" had been read as a name's word, and the phrase left headless).
            (
                "Critics of the plan say it is “a tax on the poor.”",
                "a tax on the poor.",
                "Critics of the plan",
            ),
            // A word in -ing after a possessive is a noun ("thinking" had ended the phrase,
            // leaving no speaker).
            (
                "A source familiar with Roe’s thinking said the bill was “dead.”",
                "dead.",
                "A source familiar with Roe’s thinking",
            ),
            // A party's member before "familiar with" is a role, too.
            (
                "One Democrat familiar with the talks said the bill was “dead.”",
                "dead.",
                "One Democrat familiar with the talks",
            ),
            // A complement may open with the role before a name ("presidential candidate Ann
            // Roe" had been the speaker, and the spokesman no one).
            (
                "A spokesman for presidential candidate Ann Roe said the memo was “absurd.”",
                "absurd.",
                "A spokesman for presidential candidate Ann Roe",
            ),
            // The subject a participle hangs on keeps its complement: "A spokeswoman" and "A
            // spokesman" alone had been the speakers.
            (
                "A spokeswoman for Harbor Watch wrote to the press, arguing, “The law is clear.”",
                "The law is clear.",
                "A spokeswoman for Harbor Watch",
            ),
            (
                "A source close to the mayor left early, saying the deal was “dead.”",
                "dead.",
                "A source close to the mayor",
            ),
            // Role nouns in a row head the phrase together: "A Roe campaign" had been the
            // speaker.
            (
                "A Roe campaign official later walked it back, saying Roe “had no video in \
                 mind.”",
                "had no video in mind.",
                "A Roe campaign official",
            ),
            (
                "A spokesman for the Ohio candidate Ann Roe called a memo suggesting that her \
                 donors got favors from the county “absurd.”",
                "absurd.",
                "A spokesman for the Ohio candidate Ann Roe",
            ),
            // A body of people is a role too: the institute the experts work at had spoken.
            (
                "A team of nine levee experts at the Harbor Institute said the dam could “fail \
                 by spring.”",
                "fail by spring.",
                "A team of nine levee experts",
            ),
            // A complement that ends in no noun is left off.
            (
                "A group of nine levee buffs at the Harbor Institute wrote to the city, \
                 arguing that the dam could “fail by spring.”",
                "fail by spring.",
                "A group",
            ),
        ];
        for (body, quote, speaker) in cases {
            assert_speaker(body, quote, Some(speaker));
        }
        // A letter is addressed to the name after "to"; the writer speaks.
        assert_speaker(
            "Al Bo wrote a letter to Gov. Ann Roe asking the state to look into the “fiasco.”",
            "fiasco.",
            Some("Al Bo"),
        );
        // A capitalised noun not opening its sentence is a name's word.
        assert_speaker(
            "“We will win,” said Campaign for Fair Rents’s executive director, Ann Roe.",
            "We will win,",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn a_titled_name_runs_on_past_its_of() {
        let body = "Former Secretary of State Ann Albee urged farmers to vote, saying, “Your voice counts too.”";
        assert_speaker(body, "Your voice counts too.", Some("Ann Albee"));
    }

    #[test]
    fn a_cue_in_the_infinitive_reports_nothing() {
        // "to rule" is no attribution; "insisted" is.
        let body = "On Monday, Tad Morrow insisted that members who would not rule out a strike were “foolish.”";
        assert_speaker(body, "foolish.", Some("Tad Morrow"));
    }

    #[test]
    fn a_pronoun_reporting_inside_its_clause_is_none_of_the_names_before_it() {
        let body = "“We must act,” Ann Roe said.\n\nThe trouble with hiring Cy Dee, she said, is that “he never listens.”";
        assert_speaker(body, "he never listens.", Some("Ann Roe"));
    }

    #[test]
    fn a_pronoun_before_a_name_of_unknown_gender_is_followed_first() {
        // Cy's gender is unknown; "she" in the sentence before is followed back to Ann Roe.
        let body = "Sen. Ann Roe would not rule out a change. It is not as if she never backed anyone – she campaigned hard for nominee Cy Dee.\n\n“I was at every event,” she said.";
        assert_speaker(body, "I was at every event,", Some("Ann Roe"));
        // Not a pronoun in the phrase opening the sentence, which names its man after.
        let body = "Cy Dee took a firm stance. “Roads are bad,” he said.\n\nIn his review of the plan, Lu Kor voiced doubt that voters back Dee.\n\n“It is incredible,” he said.";
        assert_speaker(body, "It is incredible,", Some("Lu Kor"));
        // Nor the owner in a description of the name.
        let body = "The first farmer, Cy Dee, said he was sure. The second, his cousin Lu Kor, cited the debt.\n\n“He owes too much,” he said.";
        assert_speaker(body, "He owes too much,", Some("Lu Kor"));
    }

    #[test]
    fn a_pronoun_follows_an_earlier_pronoun_back_to_its_name() {
        // "his" carries the name on.
        let body = "Sen. Ann Roe is declining to answer the ads.\n\nInstead, the senator is keeping to her own script.\n\n“We have built a lot of roads,” she told supporters.";
        assert_speaker(body, "We have built a lot of roads,", Some("Ann Roe"));
        // A country is no person a pronoun could stand for.
        let body = "Dan Ortiz was born in 1979.\n\nBut he was sent back to Portugal, where he knew no one.\n\n“I cannot come home,” he said.";
        assert_speaker(body, "I cannot come home,", Some("Dan Ortiz"));
        // A contracted "He’s" carries the name on as "he" does, across the paragraph between.
        let body = "“The idea came from Gov. Al Bo,” Cy Dee said.\n\nHe’s also a fan of the new bridge plan.\n\n“If you don’t build, how do you grow?” he said.";
        assert_speaker(body, "If you don’t build, how do you grow?", Some("Cy Dee"));
        // A sentence led by "he" goes on about his antecedent, not about the man he names.
        let body = "Tom Lark hosts a radio show. He has known Al Bo for years. He has also called the senator “the next Lincoln.”";
        assert_speaker(body, "the next Lincoln.", Some("Tom Lark"));
    }

    #[test]
    fn a_name_alone_between_a_dash_and_a_colon_labels_the_quotation() {
        let body = "Analysts agree - Ann Roe: “The lesson is to keep calling voters late.”";
        assert_speaker(
            body,
            "The lesson is to keep calling voters late.",
            Some("Ann Roe"),
        );
        let body = "TURNOUT FELL IN THE CITIES - Al Bo and Cy Do: “Fewer young voters came out.”";
        assert_speaker(body, "Fewer young voters came out.", Some("Al Bo"));
    }

    #[test]
    fn a_verb_after_a_name_before_a_colon_is_no_part_of_the_speaker() {
        let body = "Newsline reveals a few facts: “Of its voters, 3,020 are Democrats.”";
        assert_speaker(
            body,
            "Of its voters, 3,020 are Democrats.",
            Some("Newsline"),
        );
        let body = "Section 12 affirms: “No agency shall share the records.”";
        assert_speaker(
            body,
            "No agency shall share the records.",
            Some("Section 12"),
        );
    }

    #[test]
    fn a_signature_on_the_line_under_a_quotation_names_its_speaker() {
        let body = "Others asked too.\n\n“I went to the plant before it closed.”\n\n- Roe.\n\nRoe tends to overstate it.";
        assert_speaker(body, "I went to the plant before it closed.", Some("Roe"));
        let body = "“It needs to stop.”\n\n-Mia Lund, Philadelphia.";
        assert_speaker(body, "It needs to stop.", Some("Mia Lund"));
        // A wire credit under the writer's sentence signs nothing.
        let body = "The candidate pointed to a man and called him “my good friend.”\n\n- Newswire.";
        assert_speaker(body, "my good friend.", Some("The candidate"));
    }

    #[test]
    fn a_section_label_between_paragraphs_keeps_a_pronoun_near_its_antecedent() {
        // A newspaper's summary, then its story under a label: "he" opens the story.
        let body = "SUMMARY.\n\nCy Pellow, who runs the Harbor Fund, makes no apologies.\n\nTHE \
                    STORY.\n\nHe has called the levy “a swindle.”";
        assert_speaker(body, "a swindle.", Some("Cy Pellow"));
    }

    #[test]
    fn a_pronoun_reaches_back_one_paragraph_and_the_last_speaker_one_more() {
        // Across two paragraph breaks a "he" is as often someone the post has not named: better
        // no speaker than a guess.
        let near = "Dan Ortiz runs the county shelter.\n\n“We are full every night,” he said.";
        assert_speaker(near, "We are full every night,", Some("Dan Ortiz"));
        let far = "Dan Ortiz runs the county shelter.\n\nThe shelter opened in 1998 and has 40 beds.\n\nFunding comes from a county levy.\n\n“We are full every night,” he said.";
        assert_eq!(speaker_of(far, "We are full every night,"), None);
        // The last quotation's speaker stays salient a paragraph further, when no one is
        // named in between.
        let quoted = "Dan Ortiz runs the county shelter. “It was a hard winter,” he said.\n\nThe \
                      shelter has 40 beds.\n\n“We are full every night,” he added.";
        assert_speaker(quoted, "We are full every night,", Some("Dan Ortiz"));
        // Someone named in between, even a woman, ends that.
        let named = "Dan Ortiz runs the county shelter. “It was a hard winter,” he said.\n\nThe \
                     shelter has 40 beds, Ann Roe noted.\n\n“We are full every night,” he added.";
        assert_eq!(speaker_of(named, "We are full every night,"), None);
    }

    #[test]
    fn words_quoted_later_in_the_speakers_paragraph_go_on_with_him() {
        // No cue of its own, a sentence's worth of words, his paragraph.
        let body = "“This is our night,” said Walt Brenner, a party strategist. Unless other rivals quit soon, “it is hard to see anyone catching us.”\n\nThe race moves on to “safe” states.";
        let quotes = said(body);
        let later = quotes
            .iter()
            .find(|q| q.0 == "it is hard to see anyone catching us.")
            .unwrap();
        assert_eq!(later.1, QuoteKind::Partial);
        assert_eq!(later.2.as_deref(), Some("Walt Brenner"));
        // A word in the next paragraph stays the writer's.
        assert_eq!(kind_of(body, "safe"), QuoteKind::Scare);
    }

    #[test]
    fn inverted_and_parenthetical_attributions() {
        // "The paradox of X, says A, a historian, is that she was “…”": inverted between commas.
        let body = "The puzzle of Nan, says Carl Ames, archivist at the city library, is that she was “the loudest voice on the council,” yet won no vote.";
        assert_speaker(body, "the loudest voice on the council,", Some("Carl Ames"));
        // … but "…, told the Ledger, …" names the listener.
        let body =
            "Dan Dorr, who was on the slate, told the Ledger, “Of the three, I like Bell best.”";
        assert_speaker(body, "Of the three, I like Bell best.", Some("Dan Dorr"));
        // "Gov. A (R-OH), said, “…”": a comma after the party tag.
        let body =
            "After the primary, Gov. Al Bo (R-OH), said, “We will rent a wagon for the trip west.”";
        assert_speaker(
            body,
            "We will rent a wagon for the trip west.",
            Some("Al Bo"),
        );
        // "Or, as A, a former secretary, put it: “…”": the name after "as".
        let body = "Or, as Tom Reed, a former secretary of commerce, put it: “The trouble is already inside the walls.”";
        assert_speaker(
            body,
            "The trouble is already inside the walls.",
            Some("Tom Reed"),
        );
    }

    #[test]
    fn a_sentence_quoted_on_its_own_is_speech() {
        // Whole sentences quoted alone are nobody's scare quotes; the subject before says them.
        let body = "Rita Vale, the group’s director, praised the plan on Thursday.\n\n“The council should hear a full plan from her before the vote.”";
        let found = said(body);
        assert_eq!(found[0].1, QuoteKind::Speech);
        assert_eq!(found[0].2.as_deref(), Some("Rita Vale"));
        // With nobody before it, it is speech by an unknown speaker.
        let found = said(
            "The report came out.\n\n“We will look at every one of these cases again next year.”",
        );
        assert_eq!(
            (found[0].1, found[0].2.as_deref()),
            (QuoteKind::Speech, None)
        );
        // Past the opening adverbial.
        let body = "At Vale’s direction, the Harbor League published an apology on Friday.\n\n“On behalf of everyone here, we apologize to the families for the delay.”";
        assert_speaker(
            body,
            "On behalf of everyone here, we apologize to the families for the delay.",
            Some("Harbor League"),
        );
        // A short phrase alone stays a scare quote.
        let found = said("The report came out. It was “fine.”");
        assert_eq!(found[0].1, QuoteKind::Scare);
    }

    #[test]
    fn a_speech_noun_from_a_name_in_the_next_sentence_names_the_speaker() {
        let body = "“I would rather lose than lie to the voters.” That quote from Police Chief \
                    Al Bo ran on the front page in 1990.";
        assert_speaker(
            body,
            "I would rather lose than lie to the voters.",
            Some("Al Bo"),
        );
        // Not a thing's: "The line from the budget" names no one.
        let body = "“We cut what we could and kept the parks open.” The line from the budget \
                    office ran in 1990.";
        assert_speaker(body, "We cut what we could and kept the parks open.", None);
    }

    #[test]
    fn a_question_is_attributed_by_the_next_sentence() {
        // "“…?” Roe asked the crowd.": a question cannot close with a comma
        let body = "Sen. Ann Roe spoke first. Later Bo Lin took the stage. “Why are you still here?” Roe asked the crowd.";
        assert_speaker(body, "Why are you still here?", Some("Ann Roe"));
    }

    #[test]
    fn adding_takes_the_subject_of_the_cue_before() {
        // "A and B will meet, C said, adding, “…”": the subject of the cue before
        let body = "Ames and Bell will meet next week, Cole said, adding, “They need to talk.”";
        assert_speaker(body, "They need to talk.", Some("Cole"));
    }

    #[test]
    fn a_description_after_an_inverted_cue_gives_way_to_the_name_beside_it() {
        // "…," said the agency's director, James B. Crane, on Monday: the name in apposition
        let body = "They found no “links worth a second look,” said the agency’s director, James B. Crane, on Monday.";
        assert_speaker(body, "links worth a second look,", Some("James B. Crane"));
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_no_speaker() {
        // "Flying home …, she told …": a participle opening the sentence is no speaker
        let body = "Dana Vey ran the firm. Flying home that evening, she told her partner it would be “truly grim.”";
        assert_speaker(body, "truly grim.", Some("Dana Vey"));
        // Audiences can expect him to play with “a little more recklessness.” … audiences
        let body =
            "Audiences can expect “a little more recklessness” tonight, and audiences know it.";
        assert_eq!(speaker_of(body, "a little more recklessness"), None);
        // A plural whose singular the post writes in lower case, also after a parenthesis
        // opening the sentence: no person "Witnesses" or "Tickets".
        let body = "One witness saw the fire. Witnesses said “the roof went first.” Bo sold a \
                    ticket. (Tickets are usually reported as “sold out.”)";
        let names = entity_names(body);
        assert!(
            !names.iter().any(|n| n == "Witnesses" || n == "Tickets"),
            "{names:?}"
        );
        assert_eq!(
            speaker_of(body, "the roof went first.").as_deref(),
            Some("Witnesses")
        );
        // A word in -s before a plural verb is a plural: no person "Reports" (a name takes
        // "says": "Jones says …").
        let body = "Reports indicate the vote was “close to a tie.” Jones says “it was not.”";
        assert_eq!(entity_names(body), ["Jones"]);
    }

    #[test]
    fn a_group_is_no_person_met_as_a_speaker() {
        // The subject stays as written, and no person "Americans" is made
        let body = "Many Americans then saw the council as “the party of endless meetings,” the pollster found.";
        let names = entity_names(body);
        assert!(!names.iter().any(|n| n == "Americans"), "{names:?}");
        // Nor a group's adjective after a determiner.
        let body = "Another Muslim who prays there said “the imam was kind.”";
        assert_eq!(entity_names(body), Vec::<String>::new());
        // Nor a common noun opened by a letter ("T-shirts" had been a person).
        let body = "Al Bo spoke. T-shirts at the gate said “Stay home.”";
        assert_eq!(entity_names(body), ["Al Bo"]);
        // Nor its plural ("Germans" had been a person), nor a country's initials after a
        // party's adjective ("U.S." had been a Democrat).
        let body = "Some Germans said “the fair was loud.” Some Democrat U.S. envoys claim to \
                    oppose “the fair.”";
        assert_eq!(entity_names(body), Vec::<String>::new());
        // Nor a plural of people, wherever it stands.
        let body = "Checks are stricter for Syrians, who are told it is “a long wait.”";
        assert_eq!(entity_names(body), Vec::<String>::new());
        // Nor a plural opening its sentence, by its ending or as a role noun, kept as written.
        let body = "Analysts said “the economy will slow.” Respondents said “yes.” Allies say \
                    “no.”";
        assert_eq!(entity_names(body), Vec::<String>::new());
        assert_speaker(body, "the economy will slow.", Some("Analysts"));
        // Nor "Others", nor a run of adjectives before the person they describe.
        let body = "Some marched. Others, angry at the mayor, shouted, “Open the books!” \
                    Republican Gubernatorial candidate Rep. Al Bo spoke last, warning the \
                    Ledger: “The plan is a mess.”";
        let names = entity_names(body);
        assert!(
            names
                .iter()
                .all(|n| n != "Others" && !n.contains("Gubernatorial")),
            "{names:?}"
        );
        assert_speaker(body, "The plan is a mess.", Some("Al Bo"));
        // A word that never starts a name may end one.
        let body = "Harbor Watch stated in a bulletin that the audit “shows the ledger went missing in May.”";
        assert_speaker(
            body,
            "shows the ledger went missing in May.",
            Some("Harbor Watch"),
        );
    }

    #[test]
    fn a_given_name_tells_which_person_she_can_be() {
        // "Jane Orlov … Dunne agreed. “…,” she said.": a given name tells who "she" can be
        let body = "Jane Orlov met Paul Dunne. In the interview, Orlov made it clear. Dunne agreed. “We are ready,” she said.";
        assert_speaker(body, "We are ready,", Some("Jane Orlov"));
    }

    #[test]
    fn a_modifier_quoted_under_a_reporting_cue_is_the_speakers() {
        // A reporting cue keeps the phrase its speaker's.
        let body = "Vance said the mayor faced an “open-and-shut” recall.";
        assert_eq!(kind_of(body, "open-and-shut"), QuoteKind::Partial);
        assert_speaker(body, "open-and-shut", Some("Vance"));
        let body = "Vance is urging “moderate” members to vote.";
        assert_eq!(kind_of(body, "moderate"), QuoteKind::Scare);
        // A count of times after the quotation modifies the verb: "Lazy Annie" had been a
        // scare quote modifying "several".
        let body = "At the forum, Al Bo called Roe “Lazy Annie” several times.";
        assert_speaker(body, "Lazy Annie", Some("Al Bo"));
        // A pronoun after a quoted verb is its object: "cheated" had been a scare quote.
        let body = "Al Bo blasted the board as “cranks” who “cheated” him.";
        assert_speaker(body, "cheated", Some("Al Bo"));
        // A cue verb before an agent's "by" is a passive participle of the noun the quotation
        // modifies: "measures" had been the speaker of "gag order".
        let body = "The council shelved the budget over “gag order” measures added by Al Bo.";
        assert_eq!(kind_of(body, "gag order"), QuoteKind::Scare);
        // ("said by telephone" is still a cue.)
        let body = "“We will win,” Al Bo said by telephone.";
        assert_speaker(body, "We will win,", Some("Al Bo"));
    }

    #[test]
    fn an_attribution_closing_the_sentence_covers_it() {
        // "… signals “…” for the pact, said Ida Marsh, head of …": the closing attribution covers it
        let body = "The vote signals “the start of a long decline” for the pact, said Ida Marsh, head of the party.";
        assert_speaker(body, "the start of a long decline", Some("Ida Marsh"));
        // "Taxes are “…” and “…,” Ida Marsh proclaimed": one attribution for both
        let body =
            "Taxes are “a crisis” and “a drag on growth,” Ida Marsh proclaimed to the crowd.";
        assert_speaker(body, "a crisis", Some("Ida Marsh"));
        // … but not a clause that goes on: the verb is no attribution of the quotation.
        let body =
            "Ida Marsh called the plan “a disaster” at a rally, which Bo Lin said was unfair.";
        assert_speaker(body, "a disaster", Some("Ida Marsh"));
        // … nor a quotation its own cue governs, when the closing attribution comes after a
        // later quotation: that one is the later quotation's.
        let body = "When Ann Roe said Bo “is not kind” in an interview, the press jumped on it \
                    (“Roe Rebukes Bo,” declared La Gazza in Rome).";
        assert_speaker(body, "is not kind", Some("Ann Roe"));
        assert_speaker(body, "Roe Rebukes Bo,", Some("La Gazza"));
    }

    #[test]
    fn a_party_tag_between_commas_is_no_apposition() {
        // "“…!” Rep. Al Bo, R-Pa., said": an AP-style party tag between commas
        let body = "“Perpetual motion!” Rep. Al Bo, R-Pa., said of the week.";
        assert_speaker(body, "Perpetual motion!", Some("Al Bo"));
    }

    #[test]
    fn a_phrase_before_a_contracted_function_word_is_no_modifier() {
        // "Gov. Al Bo called the mayor a “spoiled heir”": a phrase before a contracted word
        let body = "Gov. Al Bo called the mayor a “spoiled heir” who’s acting out.";
        assert_eq!(kind_of(body, "spoiled heir"), QuoteKind::Partial);
    }

    #[test]
    fn a_clause_final_cue_after_a_description_is_a_verb() {
        // “…,” the article read.
        assert_speaker(
            "“The city is back,” the article read.",
            "The city is back,",
            Some("the article"),
        );
    }

    #[test]
    fn a_name_of_an_organization_speaks_for_himself() {
        // "“…,” Mr. Lam of the River Alliance said": the name before "of" is the speaker
        let body = "“It was the best of the bad choices,” Mr. Lam of the River Alliance said.";
        assert_speaker(body, "It was the best of the bad choices,", Some("Lam"));
    }

    #[test]
    fn a_description_led_by_a_determiner_is_kept_as_written() {
        // "“…,” the Ohio businessman said": a description kept as written
        assert_eq!(
            speaker_of(
                "“We need change,” the Ohio businessman said.",
                "We need change,"
            )
            .as_deref(),
            Some("the Ohio businessman")
        );
    }

    #[test]
    fn targets_are_named_inside_or_referred_back_to_never_the_speaker() {
        let facts = extract_post(
            Format::Text,
            "T…. Groups like the Voters First Coalition ran ads. Al Reyes called their efforts “unwise, as Reyes and Mia Poe know.”",
        )
        .unwrap();
        let targets = about(&facts, &facts.quotes[0].text);
        assert!(
            targets.contains(&"Voters First Coalition") && targets.contains(&"Mia Poe"),
            "{targets:?}"
        );
        assert!(!targets.contains(&"Al Reyes"));
        // "her" in the frame stands for the woman the remarks were hers; "his" for the speaker
        // himself is no target.
        let facts = extract_post(
            Format::Text,
            "T…. “We waited two years,” Sen. Ann Roe said.\n\nRep. Al Bo called her remarks “pure theater” and his own plan “the only fix.”",
        )
        .unwrap();
        assert_eq!(about(&facts, "pure theater"), ["Ann Roe"]);
        assert!(about(&facts, "the only fix.")
            .iter()
            .all(|&name| name != "Al Bo"));
        // Whom a judging cue's object names; not the one a reporting cue addresses.
        let facts = extract_post(
            Format::Text,
            "T…. Al Bo and Ann Roe met.\n\nBo called Roe a “pathological liar.”\n\nRoe told Bo, \
             “We will see.”",
        )
        .unwrap();
        assert_eq!(about(&facts, "pathological liar."), ["Ann Roe"]);
        assert!(about(&facts, "We will see.").is_empty());
        // (A judging cue's speech too: "Bo blasted Roe: “…”".)
        let facts = extract_post(
            Format::Text,
            "T…. Al Bo and Ann Roe met.\n\nBo blasted Roe: “She lies about everything.”",
        )
        .unwrap();
        assert_eq!(about(&facts, "She lies about everything."), ["Ann Roe"]);
        // A partial quotation completes the clause its reporting cue reports, and is about
        // whom that clause names; not about the listener, nor the speaker's own phrase.
        let facts = extract_post(
            Format::Text,
            "T…. Al Bo and Ann Roe met.\n\nRoe said the toll Bo backs is “a tax on the poor.”\n\n\
             Roe told the Ledger the fee was “a scam.”\n\nRoe told the Ledger that the \
             levy was “a fraud.”\n\nAccording to a Harbor Fund official, the toll was “a \
             mistake.”",
        )
        .unwrap();
        assert_eq!(about(&facts, "a tax on the poor."), ["Al Bo"]);
        assert!(about(&facts, "a scam.").is_empty());
        assert!(about(&facts, "a fraud.").is_empty());
        assert!(about(&facts, "a mistake.").is_empty());
    }

    #[test]
    fn a_surname_modifying_a_noun_in_a_quotation_makes_it_about_its_person() {
        // "“The Roe campaign is busy”" had been about no one.
        let facts = extract_post(
            Format::Text,
            "T…. Ann Roe, Cy White and Ann Will are running for mayor.\n\n“The Roe campaign \
             is busy, and a White House aide agrees,” Al Bo said.\n\nHe left. “Yes. Will voters \
             care? It is a Harbor matter,” he said.",
        )
        .unwrap();
        // (Not before a capitalised word: "a White House aide" is no one's.)
        let targets = about(
            &facts,
            "The Roe campaign is busy, and a White House aide agrees,",
        );
        assert!(targets.contains(&"Ann Roe"), "{targets:?}");
        assert!(!targets.contains(&"Cy White"), "{targets:?}");
        // It is no mention: "he" is still Bo.
        let quote = facts
            .quotes
            .iter()
            .find(|q| q.text == "Yes. Will voters care? It is a Harbor matter,")
            .unwrap();
        let speaker = quote.speaker.as_ref().and_then(|s| s.entity);
        assert_eq!(
            speaker.map(|e| facts.entities[e].name.as_str()),
            Some("Al Bo")
        );
        // (Nor is a word opening a sentence: "Will voters care?" is not about Ann Will.)
        assert!(about(&facts, "Yes. Will voters care? It is a Harbor matter,").is_empty());
    }

    #[test]
    fn a_cue_word_after_a_preposition_or_a_number_is_a_noun() {
        assert_speaker(
            "Sen. Ann Roe has pushed the secretary of state to be “tougher on crime.”",
            "tougher on crime.",
            Some("Ann Roe"),
        );
        // Nobody here chants.
        let found = said("The Ohio team was met with chants of “Bo, Bo, Bo” at the gym.");
        assert_eq!(found[0].3, None);
        assert_speaker(
            "The Treasury Department said it has sealed 14 Ames emails as “highly sensitive” for now.",
            "highly sensitive",
            Some("Treasury Department"),
        );
        assert_speaker(
            "Ann Roe recalled the Oct. 3 attacks, her work with nurses and her fight for jobs from “Dayton to Toledo.”",
            "Dayton to Toledo.",
            Some("Ann Roe"),
        );
        // Past an adjective of party or nation, and past a sentence adverb to the subject.
        let body = "The Truth Institute rated 30% of Republican claims as “false,” against 10% of \
                    Democratic claims. Conversely, the Truth Institute rated 20% of Democratic claims \
                    as “mostly true” against 10% of Republican claims.";
        assert_speaker(body, "false,", Some("Truth Institute"));
        assert_speaker(body, "mostly true", Some("Truth Institute"));
        // So after a verb: the words before "claims" are no subject of it.
        let body = "Democrats will release transcripts to disprove Republican claims of \
                    “significant progress” in the probe.";
        let found = said(body);
        assert_ne!(found[0].3.as_deref(), Some("claims"), "{found:?}");
        assert_ne!(
            found[0].2.as_deref(),
            Some("disprove Republican"),
            "{found:?}"
        );
    }

    #[test]
    fn a_party_tag_closes_a_name_between_commas() {
        assert_speaker(
            "On the same show, Sen. Ann Roe (D-Ohio), who backs Bell, said Ames made the senator a “sharper” rival.",
            "sharper",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn a_participle_opening_an_inverted_speaker_is_its_adjective() {
        assert_speaker(
            "“I could not disagree more,” said retired Army Col. Ed Marsh, who served in Kabul.",
            "I could not disagree more,",
            Some("Ed Marsh"),
        );
        assert_speaker(
            "“I am still not sure,” said undecided voter Ada Pinto of Keene.",
            "I am still not sure,",
            Some("Ada Pinto"),
        );
    }

    #[test]
    fn an_attribution_after_as_follows_the_quotation() {
        assert_speaker(
            "The rule demands “a clean record of earnings,” as Ann Roe put it.",
            "a clean record of earnings,",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn a_whole_sentence_after_a_colon_is_speech_whoever_said_it() {
        let found = said(
            "The scale of it shows in one audit: “40 firms reported 900 accounts to the state and only 90 to the city.”",
        );
        assert_eq!(found[0].1, QuoteKind::Speech);
        assert_eq!(found[0].2, None);
        assert_eq!(found[0].3.as_deref(), Some(":"));
    }

    #[test]
    fn a_participle_after_a_clause_of_and_has_the_first_clauses_subject() {
        assert_speaker(
            "Sen. Ann Roe spoke. The senator tried to calm the crowd, and took the boos in stride, saying the hecklers would “not be harmed” there.",
            "not be harmed",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn an_opener_followed_by_a_preposition_was_a_preposition() {
        assert_speaker(
            "Ann Roe went after Bo Bell on Monday over his tax plan, calling it “reckless” and worse.",
            "reckless",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn a_cue_inside_an_adverbial_clause_gives_way_to_the_main_cue() {
        assert_speaker(
            "Ann Roe said that when Bo Bell railed against the banks in the Senate, “he was speaking for all of us.”",
            "he was speaking for all of us.",
            Some("Ann Roe"),
        );
        // With no main cue, the clause's cue still attributes.
        assert_speaker(
            "When Bo Bell railed against the banks, “we all cheered.”",
            "we all cheered.",
            Some("Bo Bell"),
        );
    }

    #[test]
    fn a_sentence_of_nothing_but_an_attribution_covers_the_quotation_before() {
        assert_speaker(
            "Ann Roe spoke at noon. “We will find every missing ballot in this county.” Bo Bell said.",
            "We will find every missing ballot in this county.",
            Some("Bo Bell"),
        );
        // A sentence that goes on says something else.
        assert_speaker(
            "“We will find every missing ballot.” Bo Bell said it again on Monday.",
            "We will find every missing ballot.",
            None,
        );
    }

    #[test]
    fn a_participle_after_a_day_hangs_on_the_clause() {
        assert_speaker(
            "Ann Roe posted a string of messages late Monday saying that her rival had erred in naming Bo Bell “as the voice of reform.”",
            "as the voice of reform.",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn a_participle_after_a_description_set_off_by_commas_hangs_on_the_clause() {
        let body = "On Friday, Mr. Al Bo endorsed Mr. Cy Dee at Acme Hall, Mr. Dee's private \
                    club, calling him “a very intelligent man.”";
        assert_speaker(body, "a very intelligent man.", Some("Al Bo"));
        // A clause between the commas is the one it hangs on.
        let body = "In an interview with WXKN, Al Bo continued to question Dee's temper, saying \
                    Dee could not “make deals” now.";
        assert_speaker(body, "make deals", Some("Al Bo"));
    }

    #[test]
    fn a_colon_after_a_clause_opening_with_its_verb_has_the_subject_before_it() {
        assert_speaker(
            "One early backer, Representative Al Bo, Republican of Ohio, tried the line on WXKN on Monday: “You could argue that the governor is a crook.”",
            "You could argue that the governor is a crook.",
            Some("Al Bo"),
        );
    }

    #[test]
    fn a_speech_noun_speaks_for_its_owner() {
        assert_speaker(
            "Al Bo hid his returns. Contrary to his claim that voters would “learn nothing,” they would learn a lot.",
            "learn nothing,",
            Some("Al Bo"),
        );
        assert_speaker(
            "Ann Roe won because of Al Bo's clumsy suggestion that she was “nice enough.”",
            "nice enough.",
            Some("Al Bo"),
        );
        // The noun's content does not follow it.
        assert_ne!(
            speaker_of(
                "Al Bo took Ann Roe's suggestion at first as praise -- “So I am the expert” -- and moved on.",
                "So I am the expert",
            )
            .as_deref(),
            Some("Ann Roe")
        );
    }

    #[test]
    fn elaborated_is_a_cue() {
        assert_speaker(
            "Ann Roe spoke. “As far as I know,” she elaborated, “nobody doubts his service.”",
            "As far as I know,",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn surmised_confessed_beamed_and_retaliated_are_cues() {
        for verb in ["surmised", "confessed", "beamed", "retaliated"] {
            let body = format!("Ann Roe spoke. “We are tired of waiting,” she {verb}.");
            assert_speaker(&body, "We are tired of waiting,", Some("Ann Roe"));
        }
    }

    #[test]
    fn a_plural_role_noun_opening_a_sentence_is_no_one() {
        // The delegates are no person, so "he" is still Bo.
        let body = "“We keep our word,” Al Bo said in July.\n\nDelegates asked how Bo \
                    could walk away from a promise.\n\n“This became personal,” he said.";
        assert_speaker(body, "This became personal,", Some("Al Bo"));
    }

    #[test]
    fn what_a_speaker_called_is_his_phrase() {
        assert_speaker(
            "He held the line in 1980, in what Bo Bell, a former party treasurer, called “trench warfare.”",
            "trench warfare.",
            Some("Bo Bell"),
        );
        // "that" opens the clause too, before an aside between commas.
        assert_speaker(
            "He had gone too far, and made claims that Bo Bell, for one, called “pure spin.”",
            "pure spin.",
            Some("Bo Bell"),
        );
        assert_speaker(
            "In 2009, under what Mr. Pike called “the old model,” the Lakeside Golf Club went public.",
            "the old model,",
            Some("Pike"),
        );
        // A cue verb after the quotation is the main clause's, not the phrase's.
        assert_speaker(
            "In 2009, under what Mr. Pike called “the old model,” the Lakeside Golf Club charged fees.",
            "the old model,",
            Some("Pike"),
        );
    }

    #[test]
    fn a_pronoun_goes_to_the_reporter_closing_the_sentence_before() {
        assert_speaker(
            "Al Bo ran for mayor. Ed Roe won the room with fiery speeches and promises to clean house, Bo said. “He was sharp and quick,” he said.",
            "He was sharp and quick,",
            Some("Al Bo"),
        );
        // An inverted attribution closing the sentence reports it, whoever it names before.
        let body = "Ann Roe and Al Bo are running. Whether the Roe or Bo plan works will tell, \
                    said Cy Dee, an editor. “It is close,” he said.";
        assert_speaker(body, "It is close,", Some("Cy Dee"));
        // "according to" after it reports the report: its name is the nearer speaker.
        let body = "Ann Roe and Al Bo are running. The fund raised $5 million, said Cy Dee, its \
                    chair, according to Roe. “It is close,” she said.";
        assert_speaker(body, "It is close,", Some("Ann Roe"));
        // A name after "said" that opens what was said, and one after a participle, are no
        // reporters.
        let body =
            "Al Bo spoke. Cy Dee, who runs the Fund, said Al Bo had left. “It is close,” he \
                    said.";
        assert_speaker(body, "It is close,", Some("Cy Dee"));
        let body = "Al Bo spoke. Cy Dee wrote to the board, quoting Al Bo. “It is close,” he said.";
        assert_speaker(body, "It is close,", Some("Cy Dee"));
        // Nor is a name after a cue with its subject before it, nor the object of a verb that
        // judges rather than reports.
        let body = "Al Bo spoke. Cy Dee said Al Bo, the mayor, had left. “It is close,” he said.";
        assert_speaker(body, "It is close,", Some("Cy Dee"));
        let body = "Al Bo spoke. Cy Dee, who runs the Fund, praised Al Bo. “It is close,” he said.";
        assert_speaker(body, "It is close,", Some("Cy Dee"));
    }

    #[test]
    fn a_sentence_quoting_only_a_phrase_still_attributes() {
        // Sentences quoted alone go to the speaker of the sentence before, whose own quotation
        // is a phrase no one is said to speak.
        let body = "What “go after them” means is left to voters, since Al Bo spoke only in \
                    bromides during the interview.\n\n“We have to do something and it is the \
                    only way.”";
        assert_speaker(
            body,
            "We have to do something and it is the only way.",
            Some("Al Bo"),
        );
        // A cue in the clause opening such a sentence reports the phrase, not the sentence.
        let body = "When Ann Lee pointed out that Al Bo calls it “a plan,” Ann Roe seized on the \
                    word, repeating her line. “A plan is not the same,” she said.";
        assert_speaker(body, "A plan is not the same,", Some("Ann Roe"));
    }

    #[test]
    fn a_phrase_opening_with_a_preposition_after_the_quotation_is_no_speaker() {
        // The name after "in the way" is the subject of a clause about the way, not a speaker.
        assert_speaker(
            "Mayor Al Bo has warned against “a betrayal of our town” in how fast the State Department responds to the floods.",
            "a betrayal of our town",
            Some("Al Bo"),
        );
    }

    #[test]
    fn a_town_and_its_state_are_one_apposition() {
        // Age, town and state, then a relative clause: four commas, three appositions.
        assert_speaker(
            "“We need a new road,” Al Bo, 30, of Dayton, Ohio, who was among those polled, said in an interview.",
            "We need a new road,",
            Some("Al Bo"),
        );
    }

    #[test]
    fn a_name_closing_the_clause_before_a_colon_speaks() {
        // The whole clause is one noun phrase: its head is a title, its name at the end.
        assert_speaker(
            "Former secretary of state Ann Roe:\"We heard it from the records office.\"",
            "We heard it from the records office.",
            Some("Ann Roe"),
        );
        // The name follows a role noun, as the object of the clause.
        assert_speaker(
            "The late swing did not surprise Republican pollster Ann Roe: “Voters make up their minds in the last week.”",
            "Voters make up their minds in the last week.",
            Some("Ann Roe"),
        );
        // A name after "for" is the one addressed; the clause's subject speaks.
        assert_speaker(
            "Ed Roe had a message for Al Bo: “Go home now, and do not come back.”",
            "Go home now, and do not come back.",
            Some("Ed Roe"),
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_description_of_a_thing_is_the_things() {
        let body = "Al Bo, the editor of the town’s weekly paper, Dayton Ledger, said every mayor was “both a builder and a talker.”";
        assert_speaker(body, "both a builder and a talker.", Some("Al Bo"));
        // The name is the subject after a name in an opening phrase or in a relative clause.
        let body = "In a letter to the Ledger, its editor, Ann Roe, said it was “a rout.”";
        assert_speaker(body, "a rout.", Some("Ann Roe"));
        let body =
            "Ohio, a state that the party’s nominee, Ann Roe, called “our firewall,” voted early.";
        assert_speaker(body, "our firewall,", Some("Ann Roe"));
    }

    #[test]
    fn a_sentence_of_one_capitalised_word_is_no_speakers() {
        // A stage direction between the turns of a phone call: "Pause." names no one.
        let body =
            "“I am calling from the campaign. How are you today?” Ann Roe, a retired nurse, \
                    said into the phone.\n\nShe waits.\n\nPause.\n\n“Well, you do that! The \
                    mayor will thank you for it.”";
        assert_speaker(
            body,
            "Well, you do that! The mayor will thank you for it.",
            None,
        );
        // A sentence with more after its subject still gives the quotation its speaker.
        let body = "Ann Roe, the party chair, issued a statement on Friday.\n\n“On behalf of \
                    everyone here, we apologize to the voters of this county.”";
        assert_speaker(
            body,
            "On behalf of everyone here, we apologize to the voters of this county.",
            Some("Ann Roe"),
        );
    }

    #[test]
    fn a_sentence_adverb_is_no_speaker() {
        // Between subject and cue: "always", "am".
        let found = said("The county board has always claimed to be an “open” body.");
        assert_eq!(found[0].2.as_deref(), Some("The county board"));
        // Opening the sentence, with or without a comma.
        let found =
            said("Ultimately the levy’s foes are telling parents, “You will have to wait.”");
        assert_eq!(found[0].2.as_deref(), Some("the levy’s foes"));
        let body = "Often, families did not keep the papers.\n\n“There was not a lot of help \
                    for parents in those early years, nobody told us what to keep.”";
        assert_eq!(said(body)[0].2, None);
        let body =
            "Thanks to his new show, Al Bo can add a title to his long resume: “song collector.”";
        assert_ne!(said(body)[0].2.as_deref(), Some("Thanks"));
    }

    #[test]
    fn more_from_a_name_after_a_dash_introduces_their_words() {
        // A digest's item: the words before the dash are the writer's.
        let body = "Signs of a shift were there all along -More from Al Bo: “Data from our firm \
                    shows both issues were in play this year.”";
        assert_speaker(
            body,
            "Data from our firm shows both issues were in play this year.",
            Some("Al Bo"),
        );
    }

    #[test]
    fn a_relative_clause_of_be_and_a_noun_ends_before_the_cue() {
        // No comma closes "who is chair of …"; "said" is the main clause's verb.
        let body = "“He tells each crowd what it wants to hear,” Ann Roe, who is chair of the \
                    Dayton Voters Fund said in a statement.";
        assert_speaker(
            body,
            "He tells each crowd what it wants to hear,",
            Some("Ann Roe"),
        );
        // A clause with a verb of its own keeps the cue: "who" is the object of "called".
        let body = "Ann Roe mocked Al Bo, who she called “the little mayor.”";
        assert_speaker(body, "the little mayor.", Some("Ann Roe"));
    }

    #[test]
    fn why_opens_the_clause_whose_verbs_share_a_subject() {
        let body = "This is why Bo Bell cannot just point fingers and cry “but they are greedy!” \
                    when voters leave.";
        assert_speaker(body, "but they are greedy!", Some("Bo Bell"));
        // "cannot" is a function word, no part of a subject phrase.
        let body = "This is why the parties cannot just point fingers and cry “but they are \
                    greedy!” when voters leave.";
        assert_ne!(
            speaker_of(body, "but they are greedy!").as_deref(),
            Some("the parties cannot")
        );
    }

    #[test]
    fn a_phrase_cut_inside_a_name_is_that_name_or_no_one() {
        // "Will" read as a modal cuts the phrase of "Cy Dee Will": no person "Cy Dee".
        let body = "Cy Dee Will wrote a column. Cy Dee Will wrote that Bo was “a man of the past.”";
        assert_eq!(entity_names(body), ["Cy Dee Will"]);
        assert_speaker(body, "a man of the past.", Some("Cy Dee Will"));
        // A name owning what follows speaks for no one: no person "Ann". "Will" before a
        // finite verb is a surname the post gives no one: kept as written, no person.
        let body = "Ann Roe spoke first. After Ann Roe’s speech, Will described Bo as “a man of \
                    the past.”";
        assert_eq!(entity_names(body), ["Ann Roe"]);
        assert_eq!(
            speaker_of(body, "a man of the past.").as_deref(),
            Some("Will")
        );
    }

    #[test]
    fn a_lone_word_opening_a_quotation_is_nobody_new() {
        let body = "“Part of the job is to say: ‘Look, this one is for real. He is one of us,’” \
                    Mr. Bo said of Mr. Roe.";
        let names = entity_names(body);
        assert!(names.iter().all(|n| n != "Part"), "{names:?}");
        // A name the post gives elsewhere still speaks there.
        let body = "Ann Roe spoke first. “Roe: we are done here,” the notes read.";
        assert!(entity_names(body).iter().any(|n| n == "Ann Roe"));
    }

    #[test]
    fn a_quoted_nickname_is_no_ones_words() {
        let body = "Jose “Pepe” Marquez of Dayton carried a photo. “I cried the whole way \
                    through the parade,” he said.";
        assert_eq!(kind_of(body, "Pepe"), QuoteKind::Scare);
        assert_speaker(body, "Pepe", None);
        assert_speaker(
            body,
            "I cried the whole way through the parade,",
            Some("Jose Marquez"),
        );
        // A headline capitalises every word: a quoted word between two is no nickname.
        let post = "Ann Roe Backs Al Bo: I Am ‘Stunned’ By Ed Fox.\n\nAnn Roe backed Al Bo.";
        let facts = extract_post(Format::Text, post).unwrap();
        let stunned = facts.quotes.iter().find(|q| q.text == "Stunned").unwrap();
        assert_eq!(stunned.kind, QuoteKind::Partial);
    }

    #[test]
    fn state_before_a_title_is_no_cue() {
        let body = "“We are tying their hands,” state Sen. Al Bo (D) said during the debate.";
        assert_speaker(body, "We are tying their hands,", Some("Al Bo"));
        let body = "“This is our year!” his niece, state Del. Ana “Nana” Ruiz (D-Dayton), \
                    shouted to the crowd.";
        assert_speaker(body, "This is our year!", Some("Ana Ruiz"));
        assert_eq!(said(body)[0].3.as_deref(), Some("shouted"));
        assert_eq!(kind_of(body, "Nana"), QuoteKind::Scare);
    }

    #[test]
    fn state_before_a_body_of_the_state_is_no_cue() {
        // "deriding Harbor Party state leaders as “greedy”" had the cue "state" and the speaker
        // "Harbor Party".
        let body = "Al Bo, a lawyer, wrote a column for the Ledger, deriding Harbor Party state \
                    leaders as “greedy” and lazy.";
        assert_speaker(body, "greedy", Some("Al Bo"));
        assert_eq!(said(body)[0].3.as_deref(), Some("deriding"));
    }

    #[test]
    fn a_phrase_opening_the_sentence_is_no_subject_of_its_participle() {
        // "At two of them, the justice took aim at Bo, saying she would not “…”" had the
        // speaker "two of them": "justice" was no role noun.
        let body = "Justice Ann Roe gave talks all summer. At two of them, the justice took aim \
                    at Bo, saying she would not “dwell on” his record.";
        assert_speaker(body, "dwell on", Some("Ann Roe"));
    }

    #[test]
    fn a_state_or_a_party_before_a_role_noun_names_the_one_they_describe() {
        // "the Florida senator said" had stayed unresolved though the post tagged him (R-Fla.).
        let body = "New Jersey Gov. Al Bo spoke. Sen. Cy Dee (R-Fla.) spoke too. Ann Roe, a \
                    Republican senator from Texas, spoke. Rep. Ed Lund (D-Ohio) came.\n\n\
                    “We will win,” the Florida senator said. “We lost,” the New Jersey governor \
                    said. “Maybe,” the Texas senator said. “No,” the Ohio Democrat said. “Yes,” \
                    the Republican senator said.";
        assert_speaker(body, "We will win,", Some("Cy Dee"));
        assert_speaker(body, "We lost,", Some("Al Bo"));
        assert_speaker(body, "Maybe,", Some("Ann Roe"));
        assert_speaker(body, "No,", Some("Ed Lund"));
        // Two Republican senators: the phrase names neither.
        assert_speaker(body, "Yes,", Some("the Republican senator"));
    }

    #[test]
    fn a_phrase_of_relative_time_may_close_an_attribution() {
        // "…, as Al Bo suggested last week." had left a quoted modifier a scare quote.
        let body = "The mayor is no “part-time” official, as Al Bo suggested last week.";
        assert_speaker(body, "part-time", Some("Al Bo"));
        let body = "The mayor is no “part-time” official, Al Bo said earlier this month.";
        assert_speaker(body, "part-time", Some("Al Bo"));
    }

    #[test]
    fn a_page_speaks_for_the_paper_after_its_of() {
        // "“Sunk!” blared the front page of the Ledger" had no speaker: "blare" was no cue,
        // and a document's owner was looked for before it only.
        let body = "The coverage was harsh. “Sunk!” blared the front page of the Ledger.";
        assert_speaker(body, "Sunk!", Some("Ledger"));
    }

    #[test]
    fn a_saying_right_after_an_owned_speech_noun_and_a_copula_is_the_owners() {
        // "Ann Roe’s campaign slogan is “Jobs for all.”" was a scare quote.
        let body = "Ann Roe’s campaign slogan is “Jobs for all.” But now she wants more.";
        assert_speaker(body, "Jobs for all.", Some("Ann Roe"));
        // A verdict in lower case on the claim is no content of it.
        let body = "Ann Roe’s claim is “laughable.” But now she wants more.";
        assert_eq!(kind_of(body, "laughable."), QuoteKind::Scare);
    }

    #[test]
    fn a_quoted_they_stands_for_no_organization_of_the_frame() {
        // The nested quotation had gone to the college of the speaker's apposition.
        let body = "“Good bosses listen first,” said Ann Roe, a Harbor College professor. “They \
                    say, ‘Tell me what went wrong.’”";
        assert_speaker(body, "Tell me what went wrong.", None);
        // One the quotation names is still its "they".
        let body = "“Harbor College is in trouble. They say, ‘We will cut the staff.’” Ann Roe \
                    said.";
        assert_speaker(body, "We will cut the staff.", Some("Harbor College"));
    }

    #[test]
    fn a_cue_with_no_subject_of_its_own_looks_past_a_phrase_opening_the_sentence() {
        // "After the flood, Al Bo faulted the county, and stressed the danger that “…”" had no
        // speaker: the sentence's first words name no one.
        let body = "After the flood, Al Bo faulted the county, and stressed the danger that “the \
                    old levee” still poses.";
        assert_speaker(body, "the old levee", Some("Al Bo"));
        // A relative clause's cue is its antecedent's, not the sentence subject's, and a
        // phrase of a preposition is no subject ("In Dayton" had been the speaker).
        let body = "In Dayton, Al Bo sat through a speech by the mayor, who said that the mill \
                    had been “a blessing for every family” and left.";
        let speaker = speaker_of(body, "a blessing for every family");
        assert!(
            !matches!(speaker.as_deref(), Some("Al Bo" | "Dayton" | "In Dayton")),
            "{speaker:?}"
        );
    }

    #[test]
    fn a_participle_opening_a_sentence_after_a_conjunction_has_the_main_subject() {
        // "So while attacking the “greed” of banks, she took …" had no speaker.
        let body = "Ann Roe spoke in Dayton. So while attacking the “greed” of banks at every \
                    stop, she took their money.";
        assert_speaker(body, "greed", Some("Ann Roe"));
    }

    #[test]
    fn a_pronoun_that_adds_goes_on_with_the_last_speaker() {
        // A name in between that reports nothing had taken the "he" of "he added".
        let body = "Cy Dee talked about the mill. “We lost four hundred jobs,” he said.\n\n\
                    For the town, Misty Vale had been a turning point. “Nobody here forgot \
                    it,” he added.";
        assert_speaker(body, "Nobody here forgot it,", Some("Cy Dee"));
        // One who reports in between is the one who goes on.
        let body = "Cy Dee talked about the mill. “We lost four hundred jobs,” he said.\n\n\
                    Al Bo said the mill had saved the town. “Nobody here forgot it,” he added.";
        assert_speaker(body, "Nobody here forgot it,", Some("Al Bo"));
    }

    #[test]
    fn the_words_a_quotation_goes_on_from_hold_no_antecedent() {
        // "Picking Vale over Bo would be a “bad trade,” she said" had gone to Vale, and the
        // comma before "and she doubts Vale" had been taken for the end of an opening phrase.
        let body = "Ida Vale spoke on Monday. Al Bo did too.\n\n\
                    Ann Roe, a nurse from Dayton, will not vote for Vale. The Bo race was her \
                    first try at politics, and she doubts Vale will fix the clinics.\n\n\
                    Picking Vale over Bo would be a “bad trade for the town,” she said.";
        assert_speaker(body, "bad trade for the town,", Some("Ann Roe"));
        // After a colon the words before are the writer's.
        let body = "Ann Roe spoke first. Ida Vale was blunt: “It is over,” she said.";
        assert_speaker(body, "It is over,", Some("Ida Vale"));
    }

    #[test]
    fn a_speaker_after_an_exclamation_may_follow_the_head_of_an_apposition() {
        let body = "“This is our year!” Bell's niece, Ana Ruiz, shouted to the crowd.";
        assert_speaker(body, "This is our year!", Some("Ana Ruiz"));
        // An adjective and a nickname inside the apposition, and the next quotation goes on.
        let body = "“This is our year!” Bell's niece, state Del. Ana “Nana” Ruiz (D-Dayton), \
                    shouted to the crowd. “The town is watching us today.”";
        assert_speaker(body, "This is our year!", Some("Ana Ruiz"));
        assert_speaker(body, "The town is watching us today.", Some("Ana Ruiz"));
        // Not past a preposition: the name after "for" is no speaker.
        let body = "“We have not been briefed,” Al Bo, a spokesman for House Speaker Ann Roe \
                    told the Ledger.";
        assert_ne!(
            speaker_of(body, "We have not been briefed,").as_deref(),
            Some("Ann Roe")
        );
    }

    #[test]
    fn an_adjective_before_a_name_is_no_preposition_or_article() {
        let doc = crate::extract::text::Doc::new("state Del. Ana Ruiz for the town");
        let adjective = |k| super::is_adjective_before_name(&doc, k, None);
        assert!(adjective(0));
        assert!(!adjective(1) && !adjective(4) && !adjective(5));
    }
}

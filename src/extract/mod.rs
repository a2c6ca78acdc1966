//! From a post's raw text to its facts: title, author, clean body, people and organizations,
//! quotations with speakers and targets, update and correction notes.
//!
//! Extraction is a pure, deterministic function of the text (no I/O, no database, no clock), so
//! an archive can be re-extracted from `posts.raw` whenever the rules improve. Offsets in the
//! facts are character (Unicode scalar) offsets into [`PostFacts::body`], end exclusive.

pub mod attribution;
pub mod corrections;
pub mod entities;
pub mod layout;
pub mod lexicon;
pub mod names;
pub mod quotes;
pub mod text;

use serde::Serialize;

/// The format a raw post is written in; it decides how the text is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text: headline line (`HEADLINE…. first paragraph`), blank-line paragraphs.
    Text,
}

impl Format {
    /// The name stored in `posts.format`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
        }
    }

    /// The format named by `posts.format`.
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "text" => Some(Format::Text),
            _ => None,
        }
    }
}

/// Why a post yields no facts. The importer reports it against the file and stores nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// Nothing is left once the headline and boilerplate are removed.
    #[error("no body text once the headline and boilerplate are removed")]
    NoBody,
    /// The extractor itself failed on this post: a bug in morgue, not in the post. The other
    /// posts go on.
    #[error("the extractor failed on this post (a bug in morgue; please report it): {0}")]
    Failed(String),
}

/// A span of the body, in characters, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Whether an entity is a person or an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
}

impl EntityKind {
    /// The name stored in `people.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
        }
    }
}

/// A person or organization as one post knows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// The fullest name the post uses: "Chris Van Holt".
    pub name: String,
    pub kind: EntityKind,
    /// Title written before the name: "Sen.", "Rep.", "President".
    pub title: Option<String>,
    /// Role from an apposition or title: "Senate Majority Leader", "author".
    pub role: Option<String>,
    /// Party code: "D", "R", "I".
    pub party: Option<String>,
    /// US state, spelled out.
    pub state: Option<String>,
    /// Every other way the post refers to it: "Van Holt", "The NWCC chair".
    pub aliases: Vec<String>,
}

impl Entity {
    /// An entity known only by its name.
    pub fn named(name: impl Into<String>, kind: EntityKind) -> Entity {
        Entity {
            name: name.into(),
            kind,
            title: None,
            role: None,
            party: None,
            state: None,
            aliases: Vec::new(),
        }
    }
}

/// Where an entity is named in the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Index into [`PostFacts::entities`].
    pub entity: usize,
    pub text: String,
    pub span: Span,
}

/// What kind of quotation a quoted string is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Attributed direct speech: “We ought to win,” Vane said.
    Speech,
    /// A phrase quoted inside the writer's sentence, with a speaker: Bell called it “unwise.”
    Partial,
    /// No speaker and no cue: “true” health-care reform.
    Scare,
}

impl QuoteKind {
    /// The name stored in `quotes.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Partial => "partial",
            QuoteKind::Scare => "scare",
        }
    }
}

/// Who said a quotation: as written, and the entity it refers to (none for "a White House
/// official").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    pub text: String,
    /// Index into [`PostFacts::entities`].
    pub entity: Option<usize>,
}

/// Which part of a post a quotation stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TextPart {
    Title,
    Body,
}

impl TextPart {
    /// The name stored in `quotes.part`.
    pub fn as_str(self) -> &'static str {
        match self {
            TextPart::Title => "title",
            TextPart::Body => "body",
        }
    }
}

/// A quotation in the title or body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The characters between the marks (a quotation spanning paragraphs is joined by spaces).
    pub text: String,
    /// Where it stands.
    pub part: TextPart,
    /// Offsets in the part it stands in, marks excluded.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    /// The cue as written: "said", "tells", "according to".
    pub cue: Option<String>,
    /// Index into [`PostFacts::quotes`] of the quote this one is nested in.
    pub parent: Option<usize>,
    /// Indexes into [`PostFacts::entities`] of whom it is about.
    pub about: Vec<usize>,
}

/// The kind of an editorial note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CorrectionKind {
    Update,
    Correction,
    EditorsNote,
}

impl CorrectionKind {
    /// The name stored in `corrections.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            CorrectionKind::Update => "update",
            CorrectionKind::Correction => "correction",
            CorrectionKind::EditorsNote => "editors_note",
        }
    }
}

/// An update or correction note, and the word an asterisk ties it to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    pub kind: CorrectionKind,
    /// As written: "Update/Correction", "UPDATE 2".
    pub label: String,
    pub text: String,
    pub anchor: Option<String>,
    pub anchor_span: Option<Span>,
    /// The sentence the anchor stands in: "The referendum needs 78,000 signatures, which his
    /// allies insist is easy* for them."
    pub anchor_sentence: Option<String>,
}

/// Everything extracted from one post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PostFacts {
    pub title: String,
    /// Index into `entities` of the author.
    pub author: Option<usize>,
    pub published_at: Option<String>,
    pub url: Option<String>,
    /// Clean body: paragraphs joined by blank lines.
    pub body: String,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
    pub corrections: Vec<Correction>,
}

/// The role given to the entity that wrote the post.
pub const AUTHOR_ROLE: &str = "author";

/// Extracts a post's facts from its raw text. A panic inside the extractor (a bug) is caught
/// and becomes [`ExtractError::Failed`] for this post, so an import or a re-extraction of many
/// posts reports the one and goes on with the others.
pub fn extract_post(format: Format, raw: &str) -> Result<PostFacts, ExtractError> {
    caught(|| extract_post_unguarded(format, raw))
}

/// Runs `extract`, turning a panic into [`ExtractError::Failed`] with the panic's message.
fn caught<T>(extract: impl FnOnce() -> Result<T, ExtractError>) -> Result<T, ExtractError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(extract)).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Err(ExtractError::Failed(message))
    })
}

/// [`extract_post`] without the guard.
fn extract_post_unguarded(format: Format, raw: &str) -> Result<PostFacts, ExtractError> {
    let layout = match format {
        Format::Text => layout::read_layout(raw),
    };
    if layout.paragraphs.is_empty() {
        return Err(ExtractError::NoBody);
    }
    let body = layout.paragraphs.join("\n\n");
    let title = if layout.title.is_empty() {
        title_from_body(&body)
    } else {
        layout.title
    };
    let doc = text::Doc::new(&body);
    let mut roster = entities::Roster::build(&doc, &names::find_names(&doc));
    let author = layout.author.map(|name| {
        let id = roster
            .lookup(&name)
            .unwrap_or_else(|| roster.add_person(&name));
        let entity = &mut roster.entities[id];
        entity.role.get_or_insert_with(|| AUTHOR_ROLE.to_string());
        id
    });
    let body_attributions = attribution::attribute_quotes(&doc, &mut roster, author);
    let title_doc = text::Doc::headline(&title);
    let title_attributions = attribute_title(&title_doc, &mut roster);

    let body_chars = CharOffsets::new(&body);
    let title_chars = CharOffsets::new(&title);
    let mut quotes = Vec::with_capacity(doc.quotes.len() + title_doc.quotes.len());
    for (part, doc, attributions, chars) in [
        (TextPart::Body, &doc, body_attributions, &body_chars),
        (
            TextPart::Title,
            &title_doc,
            title_attributions,
            &title_chars,
        ),
    ] {
        let first = quotes.len();
        for (found, a) in doc.quotes.iter().zip(attributions) {
            quotes.push(Quote {
                text: found.text(doc.text),
                part,
                span: chars.span(found.start(), found.end()),
                kind: a.kind,
                speaker: a.speaker,
                cue: a.cue,
                parent: found.parent.map(|p| first + p),
                about: a.about,
            });
        }
    }
    let kept = people_with_evidence(&roster.entities, author, &quotes);
    let author = author.and_then(|id| kept[id]);
    for quote in &mut quotes {
        if let Some(speaker) = &mut quote.speaker {
            speaker.entity = speaker.entity.and_then(|id| kept[id]);
        }
        quote.about.retain_mut(|id| match kept[*id] {
            Some(new) => {
                *id = new;
                true
            }
            None => false,
        });
    }
    let mentions = roster
        .placed
        .iter()
        .filter_map(|p| kept[p.entity].map(|entity| (entity, p)))
        .map(|(entity, p)| {
            let start = doc.tokens[p.from].start;
            let written_end = start + p.written.len();
            let end = if body.get(start..written_end) == Some(p.written.as_str()) {
                written_end
            } else {
                doc.tokens[p.last - 1].end
            };
            Mention {
                entity,
                text: body[start..end].to_string(),
                span: body_chars.span(start, end),
            }
        })
        .collect();
    let corrections = corrections::find_notes(&body)
        .into_iter()
        .map(|n| Correction {
            kind: n.kind,
            label: n.label,
            text: n.text,
            anchor: n.anchor.map(|(s, e)| body[s..e].to_string()),
            anchor_span: n.anchor.map(|(s, e)| body_chars.span(s, e)),
            anchor_sentence: n
                .anchor
                .map(|(s, e)| corrections::sentence_around(&body, s, e).to_string()),
        })
        .collect();
    Ok(PostFacts {
        title,
        author,
        published_at: layout.published_at,
        url: None,
        body,
        entities: roster
            .entities
            .into_iter()
            .zip(&kept)
            .filter_map(|(entity, kept)| kept.map(|_| entity))
            .collect(),
        mentions,
        quotes,
        corrections,
    })
}

/// Each entity's index once the people with nothing to say they are people are dropped, or
/// `None` for those: a phrase of common words ([`entities::is_common_phrase`]) that is not the
/// author and speaks no quotation. "Quiet Harvest Minds returns this fall" names no one;
/// "Quiet Harvest said" keeps it as the speaker.
fn people_with_evidence(
    entities: &[Entity],
    author: Option<usize>,
    quotes: &[Quote],
) -> Vec<Option<usize>> {
    let speaks = |id: usize| {
        quotes
            .iter()
            .any(|q| q.speaker.as_ref().and_then(|s| s.entity) == Some(id))
    };
    let mut next = 0;
    entities
        .iter()
        .enumerate()
        .map(|(id, entity)| {
            let dropped = author != Some(id) && entities::is_common_phrase(entity) && !speaks(id);
            (!dropped).then(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// Attributes the headline's quotations, resolving the names it uses against the body's
/// people (`Roe says plan 'absolutely right'`). An all-capitals headline names nobody.
fn attribute_title(
    title_doc: &text::Doc,
    roster: &mut entities::Roster,
) -> Vec<attribution::Attribution> {
    if title_doc.quotes.is_empty() {
        return Vec::new();
    }
    let letters: Vec<char> = title_doc
        .text
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let shouting = letters.iter().filter(|c| c.is_uppercase()).count() * 10 > letters.len() * 8;
    let mut title_roster = roster.clone();
    title_roster.placed.clear();
    if !shouting {
        for m in names::find_names(title_doc) {
            if let Some((entity, last)) = known_name_in_headline(title_doc, roster, &m) {
                let written = if last == m.last {
                    m.written
                } else {
                    title_doc.span(m.from..last).to_string()
                };
                title_roster.placed.push(entities::Placed {
                    entity,
                    from: m.from,
                    first: m.first,
                    last,
                    written,
                });
            }
        }
    }
    let found = attribution::attribute_quotes(title_doc, &mut title_roster, None);
    roster.entities = title_roster.entities;
    roster.genders = title_roster.genders;
    found
}

/// The body's person or organization a headline name stands for, and the token its name ends
/// before. Title case runs a name on into the words after it ("Roe Slams Bell for Mocking His
/// Fast"): then the longest run of the name's first words that the body knows is the name.
fn known_name_in_headline(
    title_doc: &text::Doc,
    roster: &entities::Roster,
    m: &names::NameMention,
) -> Option<(usize, usize)> {
    (m.first + 1..=m.last).rev().find_map(|last| {
        let name = title_doc.span(m.first..last);
        roster.lookup(name).map(|entity| (entity, last))
    })
}

/// Converts byte offsets of a text to character offsets, in time proportional to the distance
/// from a checkpoint, never to the text's length.
struct CharOffsets<'a> {
    text: &'a str,
    /// Character count at every `STEP`-th byte boundary.
    checkpoints: Vec<(usize, usize)>,
}

impl<'a> CharOffsets<'a> {
    const STEP: usize = 256;

    fn new(text: &'a str) -> CharOffsets<'a> {
        let mut checkpoints = vec![(0, 0)];
        let mut next = Self::STEP;
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            if byte >= next {
                checkpoints.push((byte, chars));
                next = byte + Self::STEP;
            }
        }
        CharOffsets { text, checkpoints }
    }

    fn char_at(&self, byte: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1;
        let (b, c) = self.checkpoints[i];
        c + self.text[b..byte].chars().count()
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.char_at(start),
            end: self.char_at(end),
        }
    }
}

/// A title for a post without a headline: its first words.
fn title_from_body(body: &str) -> String {
    const WORDS: usize = 10;
    let first_line = body.lines().next().unwrap_or_default();
    let words: Vec<&str> = first_line.split_whitespace().collect();
    if words.len() <= WORDS {
        words.join(" ")
    } else {
        format!("{}…", words[..WORDS].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_the_extractor_is_one_posts_error() {
        let failed = caught::<()>(|| panic!("index out of bounds"));
        match failed {
            Err(ExtractError::Failed(message)) => assert_eq!(message, "index out of bounds"),
            other => panic!("{other:?}"),
        }
        assert!(caught(|| Ok(1)).is_ok());
    }

    #[test]
    fn extraction_is_deterministic() {
        let text = "T…. Sen. Jane Roe said, “We will win.”\n\nFollow Sam on Twitter @s. Sam Ortiz is a writer.";
        assert_eq!(
            extract_post(Format::Text, text),
            extract_post(Format::Text, text)
        );
    }

    #[test]
    fn a_post_of_only_boilerplate_has_no_body() {
        let text = "Our ideas matter... Please donate today!\n\nFollow Sam on Twitter @s.";
        assert_eq!(extract_post(Format::Text, text), Err(ExtractError::NoBody));
    }

    #[test]
    fn a_headline_name_running_into_title_case_words_is_the_known_name() {
        // Title case runs a name on into its verb: "Roe Slams Bell for …, Quotes Scripture to
        // ‘Stand Firm’ Critics" names Ann Roe of the body, and nobody called "Ann Roe Slams Bell".
        let text = "Ann Roe Slams Bell for Mocking Her Fast, Quotes Scripture to ‘Stand Firm’ Critics\n\nAnn Roe said on Monday that she would fast. Roe answered her critics.";
        let facts = extract_post(Format::Text, text).unwrap();
        let names: Vec<&str> = facts.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.contains("Slams")), "{names:?}");
        let quote = facts
            .quotes
            .iter()
            .find(|q| q.text == "Stand Firm")
            .unwrap();
        let speaker = quote.speaker.as_ref().and_then(|s| s.entity);
        assert_eq!(
            speaker.map(|e| facts.entities[e].name.as_str()),
            Some("Ann Roe")
        );
    }

    #[test]
    fn a_phrase_of_common_words_is_a_person_only_when_it_speaks() {
        // A show's name names no one, and a quotation naming it is about Ann Roe alone; the
        // phrase that speaks stays, as the speaker.
        let text = "T…. Quiet Harvest Minds returns to Harbor TV this fall.\n\n“Ann Roe and Quiet Harvest Minds are a fine match,” Cy Dee said.\n\n“We are ready,” Bitter Spoon said in a statement.";
        let facts = extract_post(Format::Text, text).unwrap();
        let names: Vec<&str> = facts.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.contains(&"Quiet Harvest Minds"), "{names:?}");
        assert!(facts.mentions.iter().all(|m| !m.text.contains("Minds")));
        let named = |id: usize| facts.entities[id].name.as_str();
        let about: Vec<&str> = facts.quotes[0].about.iter().map(|&id| named(id)).collect();
        assert_eq!(about, ["Ann Roe"]);
        let speakers: Vec<Option<&str>> = facts
            .quotes
            .iter()
            .map(|q| q.speaker.as_ref().and_then(|s| s.entity).map(named))
            .collect();
        assert_eq!(speakers, [Some("Cy Dee"), Some("Bitter Spoon")]);
    }

    #[test]
    fn a_post_without_headline_is_titled_by_its_first_words() {
        let text = "One two three four five six seven eight nine ten eleven twelve.";
        let facts = extract_post(Format::Text, text).unwrap();
        assert_eq!(
            facts.title,
            "One two three four five six seven eight nine ten…"
        );
    }

    #[test]
    fn the_author_is_an_entity_with_the_author_role() {
        let text = "T…. Body.\n\nJane Roe";
        let facts = extract_post(Format::Text, text).unwrap();
        let author = &facts.entities[facts.author.unwrap()];
        assert_eq!(author.name, "Jane Roe");
        assert_eq!(author.role.as_deref(), Some(AUTHOR_ROLE));
    }

    #[test]
    fn i_outside_quotations_is_the_author() {
        let text = "T…. The clerk asked why. “Judge,” I said, “let me explain the delay \
                    first.”\n\nJane Roe";
        let facts = extract_post(Format::Text, text).unwrap();
        assert_eq!(facts.quotes.len(), 2);
        for quote in &facts.quotes {
            let speaker = quote.speaker.as_ref().and_then(|s| s.entity);
            assert_eq!(speaker, facts.author, "{}", quote.text);
        }
        // With no author, the writer is no one the archive names.
        let facts = extract_post(Format::Text, "T…. “Judge,” I said, “we agree.”").unwrap();
        assert_eq!(facts.quotes.len(), 2);
        assert!(facts
            .quotes
            .iter()
            .all(|q| q.speaker.as_ref().and_then(|s| s.entity).is_none()));
    }
}

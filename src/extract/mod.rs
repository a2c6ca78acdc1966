//! From a post's raw text to its facts: title, author, clean body, people and organizations,
//! quotations with speakers and targets, update and correction notes.
//!
//! Extraction is a pure, deterministic function of the text (no I/O, no database, no clock), so
//! an archive can be re-extracted from `posts.raw` whenever the rules improve. Offsets in the
//! facts are character (Unicode scalar) offsets into [`PostFacts::body`], end exclusive.

pub mod layout;
pub mod lexicon;

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
    /// The fullest name the post uses: "Chris Van Hollen".
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
    /// Every other way the post refers to it: "Van Hollen", "The DCCC chair".
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
    /// Attributed direct speech: “We ought to win,” Obama said.
    Speech,
    /// A phrase quoted inside the writer's sentence, with a speaker: Reid called it “unwise.”
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

/// A quotation in the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The characters between the marks.
    pub text: String,
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

/// Extracts a post's facts from its raw text.
pub fn extract_post(format: Format, raw: &str) -> Result<PostFacts, ExtractError> {
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
    let mut entities = Vec::new();
    let author = layout.author.map(|name| {
        let mut entity = Entity::named(name, EntityKind::Person);
        entity.role = Some(AUTHOR_ROLE.to_string());
        entities.push(entity);
        entities.len() - 1
    });
    Ok(PostFacts {
        title,
        author,
        published_at: None,
        url: None,
        body,
        entities,
        mentions: Vec::new(),
        quotes: Vec::new(),
        corrections: Vec::new(),
    })
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
    fn extraction_is_deterministic() {
        let text = "T…. Sen. Jane Roe said, “We will win.”\n\nFollow Sam on Twitter @s. Sam Ortiz is a writer.";
        assert_eq!(
            extract_post(Format::Text, text),
            extract_post(Format::Text, text)
        );
    }

    #[test]
    fn a_post_of_only_boilerplate_has_no_body() {
        let text =
            "Our ideas matter... But we need your help! Donate Now!\n\nFollow Sam on Twitter @s.";
        assert_eq!(extract_post(Format::Text, text), Err(ExtractError::NoBody));
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
}

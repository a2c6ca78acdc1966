//! The word lists the extractor reads: cue verbs, titles, party codes, US states, organization
//! words, boilerplate phrases. They live in `lexicons/*.txt` (one entry per line, `#` starts a
//! comment) and are embedded in the binary, so the rules stay in code and the vocabulary in data.

// FxHash: the lexicons are looked up for nearly every word, and their keys are not chosen by
// anyone who could make them collide.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A lexicon file's entries as a set, for lookups.
fn word_set(text: &'static str) -> HashSet<&'static str> {
    entries(text).into_iter().collect()
}

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

/// Words that begin with an apostrophe without opening a quotation ('em, 'til).
pub static ELISIONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("../../lexicons/elisions.txt")));

/// Verb forms that attribute speech: said, tells, adding, opined. Each lexicon line is a base
/// form with its irregular forms; the regular forms are derived by [`inflections`].
pub static CUE_VERBS: LazyLock<HashSet<String>> = LazyLock::new(|| cue_forms(|_| true));

/// The cue verb forms that report what was said (said, noted, declaring), not those that judge
/// or urge (urging, criticized: marked `~` in the lexicon).
pub static REPORTING_VERBS: LazyLock<HashSet<String>> =
    LazyLock::new(|| cue_forms(|line| !line.starts_with('~')));

/// The cue verb forms that go on with what the last quotation's speaker said (added,
/// continues: marked `+` in the lexicon): "“…,” he added." is the last speaker's.
pub static CONTINUING_CUES: LazyLock<HashSet<String>> =
    LazyLock::new(|| cue_forms(|line| line.starts_with('+')));

/// Cue verb forms, with the words after which they report nothing (marked `!word` in the
/// lexicon): "Bo will continue to be “a friend …”", "With a vote for Roe ruled out, Bell
/// said …" have no cue in "continue" and "ruled".
pub static CUES_NOT_BEFORE: LazyLock<HashMap<String, Vec<&'static str>>> = LazyLock::new(|| {
    let mut map: HashMap<String, Vec<&'static str>> = HashMap::default();
    for line in entries(include_str!("../../lexicons/cue_verbs.txt")) {
        let particles: Vec<&str> = line
            .split(' ')
            .filter_map(|w| w.strip_prefix('!'))
            .collect();
        if particles.is_empty() {
            continue;
        }
        for form in cue_forms(|l| l == line) {
            map.entry(form).or_default().extend(&particles);
        }
    }
    map
});

/// The words before which the cue word `word` (lower case) reports nothing, none for most:
/// "press" before "secretary", "continue" before "to".
pub fn words_ending_cue(word: &str) -> &'static [&'static str] {
    CUES_NOT_BEFORE.get(word).map_or(&[], Vec::as_slice)
}

/// Every form of the cue lexicon's verbs on lines that `keep` accepts.
fn cue_forms(keep: impl Fn(&str) -> bool) -> HashSet<String> {
    entries(include_str!("../../lexicons/cue_verbs.txt"))
        .into_iter()
        .filter(|line| keep(line))
        .flat_map(|line| {
            let mut words = line
                .trim_start_matches(['~', '+'])
                .split(' ')
                .filter(|w| !w.starts_with('!'));
            let base = words.next().unwrap_or_default();
            inflections(base)
                .into_iter()
                .chain(words.map(str::to_string))
        })
        .collect()
}

/// A verb's regular forms: "stress" -> stress, stresses, stressed, stressing; "note" -> notes,
/// noted, noting; "reply" -> replies, replied, replying.
pub fn inflections(base: &str) -> Vec<String> {
    let before_last = base.chars().rev().nth(1);
    let consonant_y = base.ends_with('y') && before_last.is_some_and(|c| !"aeiou".contains(c));
    let y_stem = base.strip_suffix('y').filter(|_| consonant_y);
    let sibilant =
        base.ends_with(['s', 'x', 'z', 'o']) || base.ends_with("sh") || base.ends_with("ch");
    let third = match y_stem {
        Some(stem) => format!("{stem}ies"),
        None if sibilant => format!("{base}es"),
        None => format!("{base}s"),
    };
    let past = match y_stem {
        Some(stem) => format!("{stem}ied"),
        None if base.ends_with('e') => format!("{base}d"),
        None => format!("{base}ed"),
    };
    let ing = match base.strip_suffix('e') {
        Some(stem) if !base.ends_with("ee") => format!("{stem}ing"),
        _ => format!("{base}ing"),
    };
    vec![base.to_string(), third, past, ing]
}

/// Past tenses and participles of irregular verbs: "went", "known", "given".
pub static IRREGULAR_VERB_FORMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/irregular_verbs.txt")));

/// Function words: "is", "of", "and".
pub static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/function_words.txt")));

/// Multi-word verbs whose subject is the speaker: "put it", "pointed out".
pub static CUE_IDIOMS: LazyLock<MultiWords> =
    LazyLock::new(|| MultiWords::parse(include_str!("../../lexicons/cue_idioms.txt")));

/// Multi-word cues whose speaker follows: "according to".
pub static CUE_PHRASES: LazyLock<MultiWords> =
    LazyLock::new(|| MultiWords::parse(include_str!("../../lexicons/cue_phrases.txt")));

/// A lexicon of multi-word items ("according to"), each as its words, with the set of their
/// first words lower-cased: most words start none, and are turned away with one lookup.
pub struct MultiWords {
    items: Vec<Vec<&'static str>>,
    firsts: HashSet<String>,
}

impl MultiWords {
    fn parse(text: &'static str) -> MultiWords {
        let items: Vec<Vec<&'static str>> = entries(text)
            .into_iter()
            .map(|p| p.split(' ').collect())
            .collect();
        let firsts = items.iter().map(|p| p[0].to_lowercase()).collect();
        MultiWords { items, firsts }
    }

    /// Whether some item starts with this lower-cased word.
    pub fn may_start(&self, lower_word: &str) -> bool {
        self.firsts.contains(lower_word)
    }
}

impl std::ops::Deref for MultiWords {
    type Target = [Vec<&'static str>];

    fn deref(&self) -> &Self::Target {
        &self.items
    }
}

/// A title written before a name, as its words, and its short form ("Senator" -> "Sen.").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    pub words: Vec<&'static str>,
    pub short: &'static str,
    pub class: TitleClass,
}

/// What a title says about the person it precedes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleClass {
    /// An office kept as the person's title: Sen., Rep., Gov., President.
    Office,
    /// The words up to and including it are the person's role: Senate Majority Leader.
    Role,
    /// Mr., Ms., Dr.: says nothing about office.
    Courtesy,
}

impl Title {
    /// Plural titles ("Reps.", "Senators") apply to every name of a list that follows.
    pub fn is_plural(&self) -> bool {
        let last = self.words[self.words.len() - 1];
        last != self.short
            && (last.ends_with("s.") || last.ends_with('s'))
            && !self.short.ends_with('s')
    }
}

/// Titles, longest first so "Vice President" is tried before "President".
pub static TITLES: LazyLock<Vec<Title>> = LazyLock::new(|| {
    let mut titles: Vec<Title> = entries(include_str!("../../lexicons/titles.txt"))
        .into_iter()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (written, short) = (fields.next()?, fields.next()?);
            let class = match fields.next()? {
                "role" => TitleClass::Role,
                "courtesy" => TitleClass::Courtesy,
                _ => TitleClass::Office,
            };
            Some(Title {
                words: written.split(' ').collect(),
                short,
                class,
            })
        })
        .collect();
    titles.sort_by_key(|t| std::cmp::Reverse(t.words.len()));
    titles
});

/// Titles by their first word, each list longest first: the titles that can start at a word.
static TITLES_BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<&'static Title>>> =
    LazyLock::new(|| {
        let mut index: HashMap<&'static str, Vec<&'static Title>> = HashMap::default();
        for title in TITLES.iter() {
            index.entry(title.words[0]).or_default().push(title);
        }
        index
    });

/// The titles whose first word is `word`, longest first ("Vice President" before "Vice").
pub fn titles_starting_with(word: &str) -> &'static [&'static Title] {
    TITLES_BY_FIRST_WORD.get(word).map_or(&[], Vec::as_slice)
}

/// A US state and the ways a party tag writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub name: &'static str,
    pub ap: &'static str,
    pub postal: &'static str,
}

/// US states (and D.C.).
pub static US_STATES: LazyLock<Vec<State>> = LazyLock::new(|| {
    entries(include_str!("../../lexicons/us_states.txt"))
        .into_iter()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            Some(State {
                name: fields.next()?,
                ap: fields.next()?,
                postal: fields.next()?,
            })
        })
        .collect()
});

/// The states by the ways a tag writes them, each with its place in [`US_STATES`]: as
/// written (full name, AP abbreviation, postal code), and by AP abbreviation without its period.
static STATE_KEYS: LazyLock<[HashMap<&'static str, usize>; 2]> = LazyLock::new(|| {
    let mut written: HashMap<&str, usize> = HashMap::default();
    let mut bare: HashMap<&str, usize> = HashMap::default();
    for (i, s) in US_STATES.iter().enumerate() {
        for key in [s.name, s.ap, s.postal] {
            written.entry(key).or_insert(i);
        }
        bare.entry(s.ap.trim_end_matches('.')).or_insert(i);
    }
    [written, bare]
});

/// The state a tag names, by full name, AP abbreviation or postal code: "La." -> Louisiana.
/// Where two states could match, the first in the lexicon wins.
pub fn state_named(text: &str) -> Option<&'static str> {
    let [written, bare] = &*STATE_KEYS;
    let as_written = written.get(text).copied();
    let without_period = bare.get(text.trim_end_matches('.')).copied();
    let first = match (as_written, without_period) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some(US_STATES[first].name)
}

/// Countries and territories: "South Korea", "Saudi Arabia", "Russia".
pub static COUNTRIES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/countries.txt")));

/// Provinces, regions and parts of the world: "Nova Scotia", "Central Asia".
pub static REGIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/regions.txt")));

/// Whether a run of words names a US state, a country, a region or a large city, never a
/// person: "New York", "South Korea", "Nova Scotia", "Los Angeles".
pub fn is_place_name(text: &str) -> bool {
    COUNTRIES.contains(text)
        || REGIONS.contains(text)
        || CITIES.contains(text)
        || state_named(text).is_some()
}

/// Large cities: "Los Angeles", "Des Moines".
pub static CITIES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/cities.txt")));

/// Party codes of tags like "(D-Utah)".
pub static PARTY_CODES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    entries(include_str!("../../lexicons/parties.txt"))
        .into_iter()
        .filter_map(|line| line.split_once('\t'))
        .collect()
});

/// The noun for a party's member: "Democratic" -> "Democrat"; "Republican" is both.
pub fn party_member(party: &str) -> &str {
    party.strip_suffix("ic").unwrap_or(party)
}

/// Words that make a capitalised name an organization; `true` for news-outlet words.
pub static ORGANIZATION_WORDS: LazyLock<HashMap<&'static str, bool>> = LazyLock::new(|| {
    entries(include_str!("../../lexicons/organization_words.txt"))
        .into_iter()
        .map(|w| match w.strip_suffix('*') {
            Some(word) => (word, true),
            None => (w.trim_end_matches('+'), false),
        })
        .collect()
});

/// The organization words that name an institution alone ("the Senate", "Republicans"),
/// marked "+" in the lexicon.
pub static STANDALONE_ORGANIZATION_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    entries(include_str!("../../lexicons/organization_words.txt"))
        .into_iter()
        .filter_map(|w| w.strip_suffix('+'))
        .collect()
});

/// Particles inside a personal name ("Van Holt", "de la"), lower-cased.
pub static NAME_PARTICLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/name_particles.txt")));

/// Whether a word is a name particle, ignoring case: "van", "Van", "de". (Lowered on the
/// stack: every word of a name is asked, and particles are short and ASCII.)
pub fn is_name_particle(word: &str) -> bool {
    /// Bytes of the longest particle, "della", with room to spare.
    const MAX_PARTICLE_BYTES: usize = 8;
    if word.len() > MAX_PARTICLE_BYTES || !word.is_ascii() {
        return false;
    }
    let mut buffer = [0u8; MAX_PARTICLE_BYTES];
    let lowered = &mut buffer[..word.len()];
    lowered.copy_from_slice(word.as_bytes());
    lowered.make_ascii_lowercase();
    std::str::from_utf8(lowered).is_ok_and(|w| NAME_PARTICLES.contains(w))
}

/// Endings of plurals of people, which name no one wherever they stand: "Syrians", "Socialists".
pub const PEOPLE_PLURAL_ENDINGS: &[&str] = &["ians", "ists"];

/// Whether a word (in lower case, or capitalised) is a plural of people by its ending:
/// "Syrians", "socialists".
pub fn is_people_plural(word: &str) -> bool {
    PEOPLE_PLURAL_ENDINGS
        .iter()
        .any(|ending| word.ends_with(ending))
}

/// Days and months: a capitalised phrase ending in one is a date, not a person ("Streamline Friday").
pub static CALENDAR_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/calendar_words.txt")));

/// Spans of time that a relative word makes a phrase of time: "last week", "this fall".
pub static TIME_PERIODS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/time_periods.txt")));

/// A year or a month, which names no speaker: "in 2010", "in March".
pub fn is_year_or_month(word: &str) -> bool {
    let year = word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"));
    year || (CALENDAR_WORDS.contains(word) && !word.ends_with("day"))
}

/// Adjectives of a people, a region or a faith ("American", "Eastern", "Jewish"): a run ending
/// in one names no one.
pub static GROUP_ADJECTIVES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/group_adjectives.txt")));

const NON_PERSON_WORDS_TEXT: &str = include_str!("../../lexicons/non_person_words.txt");

/// A lexicon's words with the mark each carries after a tab, if any: "Law\tsurname" is
/// ("Law", Some("surname")), "Act" is ("Act", None).
fn marked_entries(
    text: &'static str,
) -> impl Iterator<Item = (&'static str, Option<&'static str>)> {
    entries(text)
        .into_iter()
        .map(|line| match line.split_once('\t') {
            Some((word, mark)) => (word, Some(mark.trim())),
            None => (line, None),
        })
}

/// The non-person words carrying `mark` after a tab (`None`: no mark): "Law\tsurname",
/// "San\tprefix".
fn non_person_words_marked(mark: Option<&str>) -> impl Iterator<Item = &'static str> + '_ {
    marked_entries(NON_PERSON_WORDS_TEXT)
        .filter_map(move |(word, found)| (found == mark).then_some(word))
}

/// Words that, ending a capitalised phrase, make it a thing or place: "Affordable Care Act".
/// The surname-marked ones count too; the prefix-marked ones are [`PLACE_PREFIXES`].
pub static NON_PERSON_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    non_person_words_marked(None)
        .chain(non_person_words_marked(Some("surname")))
        .collect()
});

/// The words that make a place only opening a capitalised phrase, marked `prefix` in the
/// lexicon: "San Juan", "Fort Lee" (but "Ma Lin San Tu" is a person).
pub static PLACE_PREFIXES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| non_person_words_marked(Some("prefix")).collect());

/// The words that make a place only closing a capitalised phrase, marked `suffix` in the
/// lexicon: "Kemp Circle", "Kemp Ranch".
pub static PLACE_SUFFIXES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| non_person_words_marked(Some("suffix")).collect());

/// The words that make a place closing a capitalised phrase no given name opens, marked
/// `place` in the lexicon: "Vela Bay", "Kemp Heights" (but "Ann Bay" is a person).
pub static PLACE_ENDINGS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| non_person_words_marked(Some("place")).collect());

/// The thing words that are surnames too, marked `surname` in the lexicon: after a lone given
/// name they end a person's name ("Ann Law", "Bo Day"), not a thing's.
pub static SURNAME_THING_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| non_person_words_marked(Some("surname")).collect());

/// Prepositions inside a speaker phrase or a role; the head comes before the first one: "a
/// narrator in the ad", "Mr. Lam of the River Alliance", "a Republican senator from Ohio".
pub const PHRASE_PREPOSITIONS: &[&str] = &["of", "in", "at", "for", "from", "with", "on"];

/// Forms of "be": a participle after one is passive ("was told"); a phrase holding one is a
/// clause, no description ("the Bo campaign was the first").
pub const BE_FORMS: &[&str] = &["is", "was", "were", "are", "be", "been", "being"];

/// Verbs a pronoun takes into its word: "We’re", "I’m", "They’ll", "He’s".
pub const CONTRACTIONS: &[&str] = &[
    "’s", "'s", "’d", "'d", "’ll", "'ll", "’m", "'m", "’ve", "'ve", "’re", "'re",
];

/// Forms of "make", a verb whose object may be a cue word used as a noun: it stands between
/// the speaker and that cue ("his friends make jokes about it", "Roe’s aides make claims").
pub const MAKE_FORMS: &[&str] = &["make", "makes", "made", "making"];

/// Verbs that open a clause's predicate after its subject: "said the candidate could win".
pub const AUXILIARIES: &[&str] = &[
    "could", "would", "will", "can", "may", "might", "must", "should", "has", "had", "have",
    "does", "did",
];

/// Relative pronouns: a speaker phrase ends before one ("an official who was there said"), and
/// a description may hold a clause after one ("a pollster who is president of the firm").
pub const RELATIVE_PRONOUNS: &[&str] = &["who", "which", "whose"];

/// The articles: a phrase opening with one is a description ("a doctor", "the editor").
pub const ARTICLES: &[&str] = &["a", "an", "the"];

/// The role nouns' lexicon: a noun a line, with its mark after a tab ("wife\trelation").
static ROLE_NOUNS_TEXT: &str = include_str!("../../lexicons/role_nouns.txt");

/// Nouns that head a description of a speaker: "a White House official".
pub static ROLE_NOUNS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    marked_entries(ROLE_NOUNS_TEXT)
        .flat_map(|(noun, _)| [noun.to_string(), plural(noun)])
        .collect()
});

/// The role nouns marked `relation`, in the singular: a relation to someone ("wife",
/// "son"), not a position.
pub static RELATION_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    marked_entries(ROLE_NOUNS_TEXT)
        .filter_map(|(noun, mark)| (mark == Some("relation")).then_some(noun))
        .collect()
});

/// The regular plural of a noun: "lawyer" -> "lawyers", "witness" -> "witnesses", "ally" ->
/// "allies", "spokesman" -> "spokesmen".
fn plural(noun: &str) -> String {
    let consonant_y = noun
        .strip_suffix('y')
        .filter(|stem| stem.chars().last().is_some_and(|c| !"aeiou".contains(c)));
    if let Some(stem) = noun.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = consonant_y {
        format!("{stem}ies")
    } else if ["s", "x", "ch", "sh"].iter().any(|e| noun.ends_with(e)) {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// Whether a lower-case word is a role noun in the singular, naming one person: "secretary",
/// not "supporters".
pub fn is_singular_role_noun(word: &str) -> bool {
    ROLE_NOUNS.contains(word) && !word.ends_with('s')
}

/// Nouns for a text that speaks for its author: "the Fund's report stated".
pub static DOCUMENT_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/document_nouns.txt")));

/// Nouns for a work whose title is quoted after them: "the documentary “Tenth.”".
pub static WORK_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/work_nouns.txt")));

/// Nouns for an institution: a speaker named right after one, or after one and "of", is an
/// organization ("the newspaper Kurier noted", "the city of Dayton urged").
pub static INSTITUTION_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/institution_nouns.txt")));

/// Nouns for words someone said, singular: "Roe's claim that “…”".
pub static SPEECH_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/speech_nouns.txt")));

/// Initialisms of common nouns ("TV", "CEO", "PAC"): alone, they name no organization.
pub static COMMON_INITIALISMS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/common_initialisms.txt")));

/// Common English words that are never names ("harvest", "quiet"), lower case and sorted: a
/// phrase made only of them is a person's name only with more to say so
/// ([`crate::extract::entities::is_common_phrase`]). The list is long, so it is searched, not
/// hashed: reading it costs a scan of the file, not forty thousand insertions.
static COMMON_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("../../lexicons/common_words.txt")));

/// Whether a lower-case word is a common English word that is never a name: "harvest", not
/// "baker".
pub fn is_common_word(word: &str) -> bool {
    COMMON_WORDS.binary_search(&word).is_ok()
}

/// Capitalised words that never begin a name: The, But, Monday.
pub static NON_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../lexicons/non_names.txt")));

/// Words whose final period is not a sentence end: Sen., Mr., U.S.; state abbreviations too.
pub static ABBREVIATIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut set: HashSet<&'static str> = entries(include_str!("../../lexicons/abbreviations.txt"))
        .into_iter()
        .collect();
    set.extend(US_STATES.iter().map(|s| s.ap).filter(|a| a.ends_with('.')));
    set.extend(
        TITLES
            .iter()
            .flat_map(|t| t.words.iter().copied())
            .filter(|w| w.ends_with('.')),
    );
    set
});

/// Labels that open an editorial note, with the kind of note.
pub static CORRECTION_LABELS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut labels: Vec<(&str, &str)> =
        entries(include_str!("../../lexicons/correction_labels.txt"))
            .into_iter()
            .filter_map(|line| line.split_once('\t'))
            .collect();
    labels.sort_by_key(|(label, _)| std::cmp::Reverse(label.len()));
    labels
});

/// Common given names and the gender they mostly mark ('m' or 'f', or 'x' for both): "Jane
/// Roe" can be "she".
pub static GIVEN_NAMES: LazyLock<HashMap<&'static str, char>> =
    LazyLock::new(|| genders(include_str!("../../lexicons/given_names.txt")));

/// The groups of forms of one given name ("Joseph Joe Joey"), by each form in lower case: the
/// groups a form stands in.
static GIVEN_NAME_FORMS: LazyLock<HashMap<String, Vec<usize>>> = LazyLock::new(|| {
    let mut groups: HashMap<String, Vec<usize>> = HashMap::default();
    for (group, line) in entries(include_str!("../../lexicons/given_name_forms.txt"))
        .into_iter()
        .enumerate()
    {
        for form in line.split_whitespace() {
            groups.entry(form.to_lowercase()).or_default().push(group);
        }
    }
    groups
});

/// Letters a short form needs to be taken for the start of its formal name: "Ben" is
/// Benjamin, "Matt" Matthew; "Al" is too short to tell Alan from Albert.
const MIN_SHORT_FORM_LETTERS: usize = 3;

/// Whether two given names may name one person: the same name, a short form that starts the
/// other ("Ben", "Benjamin"), or two forms of one name in the lexicon ("Bob", "Robert").
pub fn same_given_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if short.chars().count() >= MIN_SHORT_FORM_LETTERS && long.starts_with(short.as_str()) {
        return true;
    }
    let groups = |name: &str| GIVEN_NAME_FORMS.get(name).map_or(&[][..], Vec::as_slice);
    let (of_a, of_b) = (groups(&a), groups(&b));
    a == b || of_a.iter().any(|g| of_b.contains(g))
}

/// Pronouns that can stand for a speaker, with their gender: m, f, p (plural), x (unknown).
pub static PRONOUNS: LazyLock<HashMap<&'static str, char>> =
    LazyLock::new(|| genders(include_str!("../../lexicons/pronouns.txt")));

/// A lexicon of `word<TAB>gender letter` lines.
fn genders(text: &'static str) -> HashMap<&'static str, char> {
    entries(text)
        .into_iter()
        .filter_map(|line| {
            let (word, gender) = line.split_once('\t')?;
            Some((word, gender.chars().next()?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_not_entries() {
        static TEXT: &str = "# a comment\n\n said \n  # another\ntold\n";
        assert_eq!(entries(TEXT), vec!["said", "told"]);
    }

    #[test]
    fn role_nouns_come_with_their_regular_plurals() {
        assert_eq!(plural("lawyer"), "lawyers");
        assert_eq!(plural("witness"), "witnesses");
        assert_eq!(plural("ally"), "allies");
        assert_eq!(plural("attorney"), "attorneys");
        assert_eq!(plural("spokesman"), "spokesmen");
        assert!(ROLE_NOUNS.contains("attorneys") && ROLE_NOUNS.contains("officials"));
        assert!(is_singular_role_noun("attorney") && !is_singular_role_noun("attorneys"));
    }

    #[test]
    fn forms_of_one_given_name_are_the_same_given_name() {
        assert!(same_given_name("Joe", "Joseph"));
        assert!(same_given_name("bob", "Robert"));
        assert!(same_given_name("Ben", "Benjamin"));
        assert!(same_given_name("Ann", "Ann"));
        assert!(!same_given_name("Paul", "Mike"));
        // Too short to be taken for a start, and in no group together.
        assert!(!same_given_name("Al", "Alma"));
        assert!(same_given_name("Al", "Alan"));
    }

    #[test]
    fn states_are_found_by_every_spelling() {
        assert_eq!(state_named("La."), Some("Louisiana"));
        assert_eq!(state_named("Utah"), Some("Utah"));
        assert_eq!(state_named("NC"), Some("North Carolina"));
        assert_eq!(state_named("N.C."), Some("North Carolina"));
        // An AP abbreviation with its period dropped, or a name with one added.
        assert_eq!(state_named("La"), Some("Louisiana"));
        assert_eq!(state_named("Utah."), Some("Utah"));
        assert_eq!(state_named("Narnia"), None);
    }

    #[test]
    fn regular_verb_forms_are_derived() {
        assert_eq!(
            inflections("stress"),
            ["stress", "stresses", "stressed", "stressing"]
        );
        assert_eq!(inflections("note"), ["note", "notes", "noted", "noting"]);
        assert_eq!(
            inflections("reply"),
            ["reply", "replies", "replied", "replying"]
        );
        assert_eq!(inflections("say"), ["say", "says", "sayed", "saying"]);
    }

    #[test]
    fn plural_titles_are_plural() {
        let reps = TITLES.iter().find(|t| t.words == ["Reps."]).unwrap();
        assert!(reps.is_plural());
        let rep = TITLES.iter().find(|t| t.words == ["Rep."]).unwrap();
        assert!(!rep.is_plural());
        assert!(TITLES.iter().all(|t| !t.words.is_empty()));
        let leader = TITLES.iter().find(|t| t.words == ["Leader"]).unwrap();
        assert_eq!(leader.class, TitleClass::Role);
    }

    #[test]
    fn every_lexicon_parses() {
        assert!(
            CUE_VERBS.contains("said") && CUE_PHRASES.iter().any(|p| p == &["according", "to"])
        );
        assert!(CUE_VERBS.contains("stressing") && CUE_VERBS.contains("told"));
        assert_eq!(CUES_NOT_BEFORE.get("continued"), Some(&vec!["to"]));
        assert_eq!(CUES_NOT_BEFORE.get("ruling"), Some(&vec!["out"]));
        assert!(!CUES_NOT_BEFORE.contains_key("said"));
        assert!(!CUE_VERBS.contains("!to") && CUE_VERBS.contains("ruled"));
        assert_eq!(PARTY_CODES.get("D"), Some(&"Democratic"));
        assert_eq!(ORGANIZATION_WORDS.get("Post"), Some(&true));
        assert_eq!(ORGANIZATION_WORDS.get("Union"), Some(&false));
        assert!(ABBREVIATIONS.contains("Ga.") && ABBREVIATIONS.contains("Sen."));
        assert_eq!(PRONOUNS.get("she"), Some(&'f'));
        assert!(
            CORRECTION_LABELS[0].0.len() >= CORRECTION_LABELS[CORRECTION_LABELS.len() - 1].0.len()
        );
        assert!(!NON_NAMES.is_empty() && !NON_PERSON_WORDS.is_empty() && !ROLE_NOUNS.is_empty());
        // Searched by bisection, so it must stay sorted.
        assert!(COMMON_WORDS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(is_common_word("harvest") && !is_common_word("baker"));
        assert!(SURNAME_THING_WORDS.contains("Law") && NON_PERSON_WORDS.contains("Law"));
        assert!(ROLE_NOUNS.contains("sons") && RELATION_NOUNS.contains("son"));
        assert!(ROLE_NOUNS.contains("mayor") && !RELATION_NOUNS.contains("mayor"));
    }

    #[test]
    fn embedded_lexicons_are_lower_case() {
        for phrase in APPEAL_PHRASES.iter().chain(SOCIAL_NETWORKS.iter()) {
            assert_eq!(*phrase, phrase.to_lowercase(), "{phrase}");
        }
    }
}

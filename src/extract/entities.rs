//! One record per person or organization of a post, from its name mentions.
//!
//! Rules, each with the shape that motivated it:
//! - A person's surname, and title plus surname, are aliases of the full name: "Van Holt"
//!   and "Sen. Haller" are "Chris Van Holt" and "Kay Haller". A titled surname alone ("President
//!   Roe") is its own person until a full name ending in it appears.
//! - A lone capitalised word is a mention when it is an alias of someone named in the post,
//!   even one that looks like an organization's: "Ida DeLuca … DeLuca said".
//! - Organizations merge ignoring case and a leading "The" (HARBORLINE = Harborline, The Daily
//!   Ledger = Daily Ledger), a domain ending (ReachOut.org = ReachOut), initials (SWU = Service
//!   Workers Union) and camel-case clippings (DayLed = Dayton Ledger).
//! - A person introduced with a title or role is also "the" + that title or role, when no one
//!   else in the post has it: "NWCC Chair Chris Van Holt" makes "the NWCC chair" and "the
//!   chair" him; "President Vane" makes "the president" him. Such a phrase becomes an alias
//!   where the post uses it.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::lexicon::{
    is_common_word, is_name_particle, is_place_name, is_singular_role_noun, party_member,
    state_named, titles_starting_with, TitleClass, GIVEN_NAMES, GROUP_ADJECTIVES,
    ORGANIZATION_WORDS, PARTY_CODES, PHRASE_PREPOSITIONS, RELATION_NOUNS, ROLE_NOUNS, TITLES,
};
use super::names::{hyphened_surname, is_acronym, is_name_suffix, possessive_stem, NameMention};
use super::text::{Doc, TokenKind};
use super::{Entity, EntityKind};

/// Words left out of initials: "Department of Justice" -> DOJ.
const INITIALS_SKIP: &[&str] = &["of", "for", "the", "and", "The"];

/// A mention placed in a document: tokens `from..last` (title included) name `entity`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub entity: usize,
    pub from: usize,
    pub first: usize,
    pub last: usize,
    pub written: String,
}

/// How often, and where last, a namesake has been named so far in the text.
#[derive(Debug, Default, Clone, Copy)]
struct Mentioned {
    /// The token the latest mention starts at.
    last: usize,
    count: usize,
}

/// The people and organizations of one post, and where each is mentioned.
#[derive(Debug, Default, Clone)]
pub struct Roster {
    pub entities: Vec<Entity>,
    /// Gender known from a courtesy title or a gendered role: 'm' or 'f'.
    pub genders: Vec<Option<char>>,
    /// Mentions in the body, in text order.
    pub placed: Vec<Placed>,
    /// Entities by every name and alias, lower-cased, so a lookup costs the same in a post of
    /// ten names and one of ten thousand.
    index: HashMap<String, Vec<usize>>,
    /// Role phrases with the people holding them: "nwcc chair" -> [Chris Van Holt], "senator"
    /// -> two senators.
    roles: Vec<(String, Vec<usize>)>,
    /// Where each entity is first named, by entity, read once the roster is built: a role
    /// names its holder only after that.
    first_named: HashMap<usize, usize>,
}

impl Roster {
    /// The gender of entity `i`: its given name's, else what a courtesy title or a role marks.
    /// A given name outweighs a role in "-man": "Harbor Watch spokesman Hope Lund … she said".
    pub fn gender(&self, i: usize) -> Option<char> {
        let by_name = || given_name_gender(&self.entities[i].name);
        match self.genders[i] {
            None => by_name(),
            Some(marked) => Some(by_name().unwrap_or(marked)),
        }
    }

    /// Builds the roster of a document from its name mentions.
    pub fn build(doc: &Doc, names: &[NameMention]) -> Roster {
        let mut roster = Roster::default();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        // A camel-case word that is the surname of someone named in full is that person:
        // "Ida DeLuca … DeLuca said".
        let surnames: std::collections::HashSet<&str> = names
            .iter()
            .filter(|m| m.kind == EntityKind::Person && m.name.contains(' '))
            .filter_map(|m| m.name.rsplit(' ').next())
            .collect();
        // So is a transcript's shouted label: "DELUCA: Well, look …" after "Gov. Cara DeLuca".
        let shouted_surnames: std::collections::HashSet<String> =
            surnames.iter().map(|s| s.to_uppercase()).collect();
        let organization_heads: HashSet<&str> = names
            .iter()
            .filter(|m| m.kind == EntityKind::Organization)
            .filter_map(|m| m.name.split(' ').next())
            .collect();
        let branch = |name: &str| names_a_branch(name, |head| organization_heads.contains(head));
        let kind_of = |m: &NameMention| match m.kind {
            EntityKind::Organization
                if surnames.contains(m.name.as_str())
                    || shouted_surnames.contains(m.name.as_str()) =>
            {
                EntityKind::Person
            }
            EntityKind::Person if branch(&m.name) => EntityKind::Organization,
            kind => kind,
        };
        // Organizations first, then full-named people, then titled surnames (those whose title
        // marks a gender first: "Mr. Vane" tells "President Vane" from Mary Vane), then bare
        // words.
        let mut order: Vec<&NameMention> = names.iter().filter(|m| !m.bare).collect();
        order.sort_by_cached_key(|m| {
            (
                kind_of(m) == EntityKind::Person,
                std::cmp::Reverse(m.name.matches(' ').count()),
                gender_of(m.title, m.role.as_deref()).is_none(),
            )
        });
        // Where each person is named so far, for choosing between namesakes.
        let mut named_at: HashMap<usize, BTreeSet<usize>> = HashMap::new();
        for m in order {
            let entity = match kind_of(m) {
                EntityKind::Organization => roster.organization_for(m, &mut by_key),
                EntityKind::Person => roster.person_for(m, &named_at),
            };
            roster.place(entity, m);
            named_at.entry(entity).or_default().insert(m.from);
        }
        roster.placed.sort_by_key(|p| p.from);
        roster.index_given_names();
        // Bare surnames in the order of the text, each namesake's latest mention kept so far,
        // bare ones included: "Bill Roe … Jane Roe … her book … Roe wrote" is Jane.
        let mut bare_mentions: Vec<&NameMention> = names.iter().filter(|m| m.bare).collect();
        bare_mentions.sort_by_key(|m| m.first);
        let mut latest: HashMap<usize, Mentioned> = HashMap::new();
        let mut seen = 0;
        let mut bare = Vec::new();
        let mention = |latest: &mut HashMap<usize, Mentioned>, entity: usize, at: usize| {
            let entry = latest.entry(entity).or_default();
            entry.last = at;
            entry.count += 1;
        };
        for m in bare_mentions {
            while seen < roster.placed.len() && roster.placed[seen].from < m.first {
                mention(
                    &mut latest,
                    roster.placed[seen].entity,
                    roster.placed[seen].from,
                );
                seen += 1;
            }
            // "“Ann, let’s be clear …”": a given name addressing someone inside a quotation
            // names no one the writer means; nor does one opening a sentence that the post
            // also writes in lower case, a word ("Hope is fading … we hope").
            let opens_sentence = m.first == 0
                || doc.tokens[m.first - 1].kind == TokenKind::Mark
                || matches!(doc.word(m.first - 1), "." | "?" | "!");
            let addressed = doc.tokens[m.first].quote.is_some()
                && m.last < doc.tokens.len()
                && doc.word(m.last) == ",";
            let word = || doc.writes_in_lower_case(&m.name);
            if GIVEN_NAMES.contains_key(m.name.as_str()) && opens_sentence && (addressed || word())
            {
                continue;
            }
            if let Some(entity) = roster.namesake_for(doc, m, &latest) {
                mention(&mut latest, entity, m.first);
                bare.push((entity, m));
            }
        }
        for (entity, m) in bare {
            roster.place(entity, m);
            // "Ann Roe … Roe, the former secretary of state, …": the role read at the surname.
            let e = &mut roster.entities[entity];
            e.role = preferred_role(e.role.take(), m.role.as_ref());
        }
        roster.merge_clippings();
        roster.merge_nicknames(doc);
        for p in &roster.placed {
            let first = roster.first_named.entry(p.entity).or_insert(p.from);
            *first = (*first).min(p.from);
        }
        roster.roles = roster.role_phrases();
        roster.place_role_mentions(doc);
        roster.placed.sort_by_key(|p| p.from);
        roster.reindex();
        roster
    }

    /// Records every name of entity `id` in the index.
    fn index_names(&mut self, id: usize) {
        let e = &self.entities[id];
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            let ids = self.index.entry(name.to_lowercase()).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }

    /// Rebuilds the index from scratch, after merges renumbered the entities.
    fn reindex(&mut self) {
        self.index.clear();
        for id in 0..self.entities.len() {
            self.index_names(id);
        }
        self.index_given_names();
    }

    /// Indexes a given name alone under the one person of the post named in full with it,
    /// for the post only (it is no alias the archive keeps): "Ann Roe … “We will win,” Ann
    /// said" is Ann Roe. A given name two people share, or one an entity is named by, is
    /// left out.
    fn index_given_names(&mut self) {
        let mut by_given: HashMap<String, Vec<usize>> = HashMap::new();
        for (id, e) in self.entities.iter().enumerate() {
            let mut words = e.name.split(' ');
            if let (Some(given), Some(_)) = (words.next(), words.next()) {
                if e.kind == EntityKind::Person && GIVEN_NAMES.contains_key(given) {
                    by_given.entry(given.to_lowercase()).or_default().push(id);
                }
            }
        }
        for (given, ids) in by_given {
            if let [one] = ids[..] {
                self.index.entry(given).or_insert_with(|| vec![one]);
            }
        }
    }

    /// Adds a person known only from being the subject of a speech verb ("Burman said").
    pub fn add_person(&mut self, name: &str) -> usize {
        self.add_speaker(name, EntityKind::Person)
    }

    /// Adds a person or organization known only from being the subject of a speech verb
    /// ("Burman said", "The Hill reported").
    pub fn add_speaker(&mut self, name: &str, kind: EntityKind) -> usize {
        if let Some(found) = self.lookup(name) {
            return found;
        }
        // The organization whose name `word` opens: "Kemp" opens "Kemp News". (One named
        // `name` alone was found above.)
        let opened_by = |word: &str| {
            self.entities.iter().position(|e| {
                e.kind == EntityKind::Organization && e.name.split(' ').next() == Some(word)
            })
        };
        // "Kemp News … Kemp gave another account": a lone word, no given name, opening an
        // organization's name is that organization, written short.
        let opened =
            (kind == EntityKind::Person && !name.contains(' ') && !GIVEN_NAMES.contains_key(name))
                .then(|| opened_by(name))
                .flatten();
        if let Some(organization) = opened {
            self.entities[organization].aliases.push(name.to_string());
            self.index_names(organization);
            return organization;
        }
        let kind = match kind {
            EntityKind::Person if names_a_branch(name, |head| opened_by(head).is_some()) => {
                EntityKind::Organization
            }
            kind => kind,
        };
        let mut entity = Entity::named(name, kind);
        // "Nora Quill", met as a byline or a speaker, is also "Quill", as a name the finder
        // read would be.
        let words: Vec<&str> = name.split(' ').collect();
        if kind == EntityKind::Person && words.len() > 1 {
            entity.aliases.extend(short_names(&words));
        }
        self.entities.push(entity);
        self.genders.push(None);
        let id = self.entities.len() - 1;
        self.index_names(id);
        id
    }

    /// The entity with this name or alias, ignoring case; the first one if several.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.lookup_before(name, usize::MAX)
    }

    /// The entity with this name or alias, preferring the one mentioned last before `token`.
    pub fn lookup_before(&self, name: &str, token: usize) -> Option<usize> {
        /// How many earlier mentions are searched to choose between namesakes.
        const NAMESAKE_WINDOW: usize = 2000;
        let candidates = self.index.get(&name.to_lowercase())?;
        match candidates[..] {
            [] => None,
            [one] => Some(one),
            _ => {
                let before = self.placed.partition_point(|p| p.from < token);
                self.placed[..before]
                    .iter()
                    .rev()
                    .take(NAMESAKE_WINDOW)
                    .find(|p| candidates.contains(&p.entity))
                    .map(|p| p.entity)
                    .or(Some(candidates[0]))
            }
        }
    }

    /// The person a bare surname stands for. Between namesakes, a gendered pronoun in its
    /// sentence (within `HINT_WINDOW` tokens) with no one else named between picks the one of
    /// that gender, after it first ("Bill Roe spoke. … Roe herself said she …" is not Bill),
    /// then before it ("In her book, Roe noted …"); otherwise the one named last, if that was
    /// in its paragraph, and else the one named most so far: a post's bare surname is its
    /// principal, and a relative it names in passing ("a photo of Jo Vane") is named in
    /// full again.
    fn namesake_for(
        &self,
        doc: &Doc,
        m: &NameMention,
        latest: &HashMap<usize, Mentioned>,
    ) -> Option<usize> {
        /// How far a gendered pronoun is looked for on each side, in tokens.
        const HINT_WINDOW: usize = 40;
        let candidates = self.index.get(&m.name.to_lowercase())?;
        if let [one] = candidates[..] {
            return Some(one);
        }
        let sentence = doc.sentences[doc.sentence_of(m.first)].clone();
        let at = self.placed.partition_point(|p| p.from < m.first);
        let next_name = self.placed[at..]
            .iter()
            .find(|p| p.from > m.first)
            .map_or(usize::MAX, |p| p.from);
        let previous_name = at.checked_sub(1).map_or(0, |k| self.placed[k].last + 1);
        let pronoun = |k: usize| {
            doc.tokens[k]
                .quote
                .is_none()
                .then(|| gendered_pronoun(doc.lower(k)))
                .flatten()
        };
        let after = sentence.end.min(next_name).min(m.last + 1 + HINT_WINDOW);
        let before = sentence
            .start
            .max(previous_name)
            .max(m.first.saturating_sub(HINT_WINDOW));
        let hint = (m.last + 1..after)
            .find_map(pronoun)
            .or_else(|| (before..m.first).rev().find_map(pronoun));
        let gender = |i: usize| self.gender(i);
        let fitting: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| hint.is_some() && gender(i) == hint)
            .collect();
        if let [one] = fitting[..] {
            return Some(one);
        }
        let named: Vec<(usize, &Mentioned)> = candidates
            .iter()
            .filter_map(|&c| Some((c, latest.get(&c)?)))
            .collect();
        let paragraph = doc.tokens[m.first].paragraph;
        let last_named = named.iter().max_by_key(|(_, seen)| seen.last);
        if let Some(&(c, _)) =
            last_named.filter(|(_, seen)| doc.tokens[seen.last].paragraph == paragraph)
        {
            return Some(c);
        }
        named
            .iter()
            .max_by_key(|(_, seen)| (seen.count, seen.last))
            .map(|&(c, _)| c)
            .or(candidates.first().copied())
    }

    fn place(&mut self, entity: usize, m: &NameMention) {
        self.placed.push(Placed {
            entity,
            from: m.from,
            first: m.first,
            last: m.last,
            written: m.written.clone(),
        });
        let e = &mut self.entities[entity];
        // (A given name alone, "Ann" for Ann Roe, names her in this post only.)
        let given_name = e.name.split_once(' ').map(|(given, _)| given);
        for alias in [&m.written, &m.name] {
            if !e.name.eq_ignore_ascii_case(alias)
                && !e.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias))
                && given_name != Some(alias.as_str())
            {
                e.aliases.push(alias.clone());
            }
        }
        self.index_names(entity);
    }

    fn organization_for(&mut self, m: &NameMention, by_key: &mut HashMap<String, usize>) -> usize {
        let key = organization_key(&m.name);
        if let Some(&found) = by_key.get(&key) {
            return found;
        }
        // "the Homebuilders Association of Oregon … the Homebuilders Association": a name
        // placed by "of" and a place is also the name without it, within the post. (Not a
        // party's: "the Democratic Party of Ohio" is a chapter of "the Democratic Party".)
        let unplaced = m.name.rsplit_once(" of ").filter(|(name, place)| {
            let head = name.rsplit(' ').next().unwrap_or_default();
            name.contains(' ')
                && head != "Party"
                && ORGANIZATION_WORDS.contains_key(head)
                && is_place_name(place)
        });
        // (Longer names come first: the name without the place is free, or another place's
        // chapter holds it, "the Harbor Union of Ohio … of Texas", and keeps it.)
        if let Some((name, _)) = unplaced {
            by_key
                .entry(organization_key(name))
                .or_insert(self.entities.len());
        }
        let mut entity = Entity::named(
            m.name.trim_start_matches("The ").to_string(),
            EntityKind::Organization,
        );
        let stem = m
            .name
            .rsplit_once('.')
            .filter(|(_, tld)| tld.len() <= 3 && tld.chars().all(char::is_lowercase));
        if let Some((stem, _)) = stem {
            entity.aliases.push(stem.to_string());
        }
        self.entities.push(entity);
        self.genders.push(None);
        let id = self.entities.len() - 1;
        by_key.insert(key, id);
        self.index_names(id);
        id
    }

    /// The person a name mention stands for, created if new. A surname with a courtesy title
    /// of the other gender is someone else: in "Al Ames … Mr. Ames … Ms. Ames said",
    /// Ms. Ames is a person of her own, named with her title.
    fn person_for(&mut self, m: &NameMention, named_at: &HashMap<usize, BTreeSet<usize>>) -> usize {
        let words: Vec<&str> = m.name.split(' ').collect();
        let gender = gender_of(m.title, m.role.as_deref());
        let titled = (words.len() == 1)
            .then(|| m.title.filter(|_| gender.is_some()))
            .flatten()
            .map(|title| format!("{title} {}", m.name));
        let fits = |roster: &Self, i: usize| {
            let known = roster.gender(i);
            roster.entities[i].kind == EntityKind::Person
                && !matches!((known, gender), (Some(a), Some(b)) if a != b)
        };
        let (found, other_gender) = if words.len() == 1 {
            // Between namesakes who fit, the one named last before it, else the one named
            // first after it: "President Vane" opening the post is the "Mr. Vane" of the next
            // paragraph, not "the first lady, Mary Vane" further on.
            let namesakes: &[usize] = self
                .index
                .get(&m.name.to_lowercase())
                .map_or(&[], Vec::as_slice);
            let nearness = |i: usize| {
                let at = named_at.get(&i);
                let before = at.and_then(|at| at.range(..m.first).next_back().copied());
                let after = at.and_then(|at| at.range(m.first + 1..).next().copied());
                match (before, after) {
                    (Some(at), _) => (1, at),
                    (None, Some(at)) => (0, usize::MAX - at),
                    (None, None) => (0, 0),
                }
            };
            // One who already bears the title comes first: "Senator Vane" is Sen. Ted Vane, not
            // his wife named just before.
            let same_title =
                |i: usize| m.title.is_some() && self.entities[i].title.as_deref() == m.title;
            let mut fitting: Vec<usize> = namesakes
                .iter()
                .copied()
                .filter(|&i| fits(self, i))
                .collect();
            // "… Al Vane's campaign … Ida Vane's speech … both President Vane and the vice
            // president …": an office no namesake bears, between two named in full
            // who fit, names neither for sure. The titled surname stays a person of its own,
            // whom the archive may know by it.
            let undecided = m.title.is_some_and(|t| !is_courtesy_title(t))
                && fitting
                    .iter()
                    .filter(|&&i| is_named_in_full(&self.entities[i].name))
                    .count()
                    > 1
                && !fitting.iter().any(|&i| same_title(i));
            // "President Al Vane … Ida Vane … Secretary Vane": a namesake holding another office
            // is not the one an office or a role before the surname names, while another fits.
            let office = m
                .title
                .filter(|t| !is_courtesy_title(t))
                .map(str::to_string)
                .or_else(|| m.role.clone());
            let other_office = |i: usize| {
                office.as_deref().is_some_and(|office| {
                    self.entities[i]
                        .title
                        .as_deref()
                        .is_some_and(|t| !is_courtesy_title(t) && t != office)
                })
            };
            if fitting.iter().any(|&i| !other_office(i)) {
                fitting.retain(|&i| !other_office(i));
            }
            let nearest = fitting
                .iter()
                .copied()
                .max_by_key(|&i| (same_title(i), nearness(i)))
                .filter(|_| !undecided);
            match nearest {
                Some(i) => (Some(i), false),
                None => (
                    titled.as_deref().and_then(|t| self.lookup(t)),
                    !namesakes.is_empty(),
                ),
            }
        } else {
            (self.lookup(&m.name), false)
        };
        let id = match found.filter(|&i| fits(self, i)) {
            Some(id) => id,
            None => {
                let name = match &titled {
                    Some(titled) if other_gender => titled.clone(),
                    _ => m.name.clone(),
                };
                let mut entity = Entity::named(name, EntityKind::Person);
                if words.len() > 1 {
                    entity.aliases.extend(short_names(&words));
                } else if other_gender {
                    // "Mr. Vane" is also the "Vane" of a later "Vane said".
                    entity.aliases.push(m.name.clone());
                }
                self.entities.push(entity);
                self.genders.push(None);
                self.entities.len() - 1
            }
        };
        let e = &mut self.entities[id];
        // An office outranks a courtesy title: "Mr. Vane … President Vane" is President.
        e.title = match (e.title.take(), m.title) {
            (Some(old), Some(new)) if is_courtesy_title(&old) && !is_courtesy_title(new) => {
                Some(new.to_string())
            }
            (old, new) => old.or(new.map(str::to_string)),
        };
        e.role = preferred_role(e.role.take(), m.role.as_ref());
        e.party = e.party.clone().or(m.party.clone());
        e.state = e.state.clone().or(m.state.clone());
        if let Some(title) = m.title {
            if let Some(surname) = e.aliases.first().cloned().filter(|_| words.len() > 1) {
                let titled = format!("{title} {surname}");
                if !e.aliases.contains(&titled) {
                    e.aliases.push(titled);
                }
            }
        }
        if self.genders[id].is_none() {
            self.genders[id] = gender;
        }
        self.index_names(id);
        id
    }

    /// Merges organizations written as initials or camel-case clippings into the full name.
    fn merge_clippings(&mut self) {
        let n = self.entities.len();
        let is_long = |e: &Entity| e.kind == EntityKind::Organization && e.name.contains(' ');
        // Initials are the long name's the post writes first: in a post naming the "Harbor
        // Oak Party" and then the "Housing and Outreach Project", "HOP" is the party.
        let mut first_at: HashMap<usize, usize> = HashMap::new();
        for p in &self.placed {
            first_at.entry(p.entity).or_insert(p.from);
        }
        let mut by_initials: HashMap<String, usize> = HashMap::new();
        for i in (0..n).filter(|&i| is_long(&self.entities[i])) {
            let at = |i: usize| first_at.get(&i).copied().unwrap_or(usize::MAX);
            by_initials
                .entry(initials(&self.entities[i].name))
                .and_modify(|held| {
                    if at(i) < at(*held) {
                        *held = i;
                    }
                })
                .or_insert(i);
        }
        // Long names by the first letters of their words, which a clipping's capitals repeat.
        let mut longs: HashMap<String, Vec<usize>> = HashMap::new();
        for i in (0..n).filter(|&i| is_long(&self.entities[i])) {
            let key = word_first_letters(&self.entities[i].name);
            longs.entry(key).or_default().push(i);
        }
        for short in 0..n {
            let e = &self.entities[short];
            if e.kind != EntityKind::Organization || e.name.contains(' ') {
                continue;
            }
            let target = by_initials.get(&e.name).copied().or_else(|| {
                let camel = e.name.chars().skip(1).any(char::is_uppercase);
                camel
                    .then(|| {
                        longs
                            .get(&chunk_first_letters(&e.name))?
                            .iter()
                            .copied()
                            .find(|&l| is_clipping(&e.name, &self.entities[l].name))
                    })
                    .flatten()
            });
            if let Some(long) = target {
                self.merge_into(short, long, |_| true);
            }
        }
        // "The Harbor Post reported … The Post said": an outlet's word alone is the one outlet of
        // the post whose name it ends. The archive does not learn it as an alias: another post's
        // "Post" may be another paper.
        for short in 0..n {
            let e = &self.entities[short];
            if e.kind != EntityKind::Organization
                || ORGANIZATION_WORDS.get(e.name.as_str()) != Some(&true)
            {
                continue;
            }
            let ending = format!(" {}", e.name);
            let outlets: Vec<usize> = (0..n)
                .filter(|&l| is_long(&self.entities[l]) && self.entities[l].name.ends_with(&ending))
                .collect();
            if let [long] = outlets[..] {
                self.merge_into(short, long, |_| false);
            }
        }
        let owners: HashSet<String> = by_initials
            .values()
            .map(|&i| self.entities[i].name.clone())
            .collect();
        self.remove_emptied();
        for e in self
            .entities
            .iter_mut()
            .filter(|e| e.kind == EntityKind::Organization && owners.contains(&e.name))
        {
            let acronym = initials(&e.name);
            if acronym.len() >= 3 && !e.aliases.contains(&acronym) {
                e.aliases.push(acronym);
            }
        }
    }

    /// Merges a nickname, a describing word before a person's given name ("Crooked Ann",
    /// "Little Al"), into the one person the post names in full with that given name. The
    /// word must be one the post also writes in lower case, or look like a participle or a
    /// clipped one ("Crooked", "Lyin’"), so that a given name the lexicon does not know ("Jomo
    /// Scott") is never read as one.
    fn merge_nicknames(&mut self, doc: &Doc) {
        /// Letters a describing word in -ed has at least ("Crooked"; not "Ted", "Fred").
        const MIN_PARTICIPLE_LETTERS: usize = 6;
        // The people named in full, by given name.
        let mut by_given_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind == EntityKind::Person && is_named_in_full(&e.name) {
                let given = e.name.split(' ').next().unwrap_or_default();
                by_given_name.entry(given.to_string()).or_default().push(i);
            }
        }
        for short in 0..self.entities.len() {
            let e = &self.entities[short];
            let Some((word, given)) = e.name.split_once(' ') else {
                continue;
            };
            let describes = || {
                doc.writes_in_lower_case(word)
                    || word.ends_with("ed") && word.chars().count() >= MIN_PARTICIPLE_LETTERS
                    || word.ends_with("in’")
                    || word.ends_with("in'")
            };
            let Some(holders) = by_given_name.get(given) else {
                continue;
            };
            // (A name of three words or more has no one-word given name after its first word.)
            if e.kind != EntityKind::Person || GIVEN_NAMES.contains_key(word) || !describes() {
                continue;
            }
            let named: Vec<usize> = holders
                .iter()
                .copied()
                .filter(|&i| i != short && !self.entities[i].name.is_empty())
                .collect();
            let [long] = named[..] else {
                continue;
            };
            // (Not its lone given name, read as its surname: "Ann" names no one for sure.)
            self.merge_into(short, long, |alias| alias.contains(' '));
        }
        self.remove_emptied();
    }

    /// Merges entity `short` into `long`: its name and aliases, those `keep` accepts, become
    /// `long`'s aliases (once each), its mentions `long`'s, and its name is emptied for
    /// [`Self::remove_emptied`].
    fn merge_into(&mut self, short: usize, long: usize, keep: impl Fn(&str) -> bool) {
        let name = std::mem::take(&mut self.entities[short].name);
        let moved = std::mem::take(&mut self.entities[short].aliases);
        let aliases = &mut self.entities[long].aliases;
        for alias in std::iter::once(name).chain(moved).filter(|a| keep(a)) {
            if !aliases.contains(&alias) {
                aliases.push(alias);
            }
        }
        for p in self.placed.iter_mut().filter(|p| p.entity == short) {
            p.entity = long;
        }
    }

    /// Drops entities emptied by a merge and renumbers the mentions.
    fn remove_emptied(&mut self) {
        let mut new_index = Vec::with_capacity(self.entities.len());
        let mut next = 0;
        for e in &self.entities {
            new_index.push(next);
            if !e.name.is_empty() {
                next += 1;
            }
        }
        let keep: Vec<bool> = self.entities.iter().map(|e| !e.name.is_empty()).collect();
        let mut k = keep.iter();
        self.entities.retain(|_| *k.next().unwrap_or(&true));
        let mut k = keep.iter();
        self.genders.retain(|_| *k.next().unwrap_or(&true));
        for p in &mut self.placed {
            p.entity = new_index[p.entity];
        }
    }

    /// The person a role phrase at token `at` names: "The president" -> the one person titled
    /// President, named before it ("the executive says" early in a post is not the executive
    /// quoted by name later).
    pub fn role_entity(&self, phrase: &str, at: usize) -> Option<usize> {
        let lower = phrase.to_lowercase();
        let rest = lower.strip_prefix("the ")?;
        let holders_of = |role: &str| {
            self.roles
                .iter()
                .find(|(p, _)| p == role)
                .map(|(_, holders)| holders.as_slice())
        };
        if let Some(holders) = holders_of(rest) {
            if let [entity] = *holders {
                return self.named_before(entity, at).then_some(entity);
            }
            // "Sen. Al Bo and Sen. Ann Roe … Roe spoke last. “…,” the senator said": a role two
            // people hold is the one of them who is the person named last before it.
            let before = self.placed.partition_point(|p| p.from < at);
            return self.placed[..before]
                .iter()
                .rev()
                .find(|p| self.entities[p.entity].kind == EntityKind::Person)
                .map(|p| p.entity)
                .filter(|e| holders.contains(e));
        }
        // "Sen. Al Bo and Sen. Ann Roe (Vt.) … “…,” the Ohio senator said": a state before a role
        // names the one holder of the role whose state the post does not contradict.
        let words: Vec<&str> = phrase.split(' ').collect();
        let (noun, place) = words[1..].split_last()?;
        let state = state_named(&place.join(" "))?;
        let holders = holders_of(&noun.to_lowercase())?;
        let mut fitting = holders.iter().copied().filter(|&e| {
            self.entities[e]
                .state
                .as_deref()
                .is_none_or(|known| known == state)
        });
        let holder = fitting.next().filter(|_| fitting.next().is_none())?;
        self.named_before(holder, at).then_some(holder)
    }

    /// Whether `entity` is named somewhere before token `at`.
    fn named_before(&self, entity: usize, at: usize) -> bool {
        self.first_named
            .get(&entity)
            .is_some_and(|&first| first < at)
    }

    /// The role phrases ("nwcc chair", "chair", "president") of the post's people, each with the
    /// people holding it, in the order the post's people and their roles give them.
    fn role_phrases(&self) -> Vec<(String, Vec<usize>)> {
        let mut phrases: Vec<(String, usize)> = Vec::new();
        for (i, e) in self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
        {
            let mut own = Vec::new();
            // "Senate Majority Leader" is also "majority leader" and "leader".
            if let Some(role) = &e.role {
                let lower = role.to_lowercase();
                let words: Vec<&str> = lower.split(' ').collect();
                let ends_with_title = TITLES.iter().any(|t| {
                    t.words
                        .last()
                        .is_some_and(|w| w.eq_ignore_ascii_case(words[words.len() - 1]))
                });
                let shortest = if ends_with_title { words.len() - 1 } else { 0 };
                // "Secretary of State" is no "state": a phrase never starts at or after "of".
                own.extend(
                    (0..=shortest)
                        .filter(|&k| !words[k.saturating_sub(1)..=k].contains(&"of"))
                        .map(|k| words[k..].join(" ")),
                );
                // "a Republican senator from Ohio" is also "the Republican senator" and "the
                // senator": the words before the role's first preposition, when a role noun
                // heads them.
                let head_end = words
                    .iter()
                    .position(|w| PHRASE_PREPOSITIONS.contains(w))
                    .unwrap_or(words.len());
                let headed = head_end < words.len()
                    && head_end > 0
                    && is_singular_role_noun(words[head_end - 1]);
                if headed {
                    own.extend((0..head_end).map(|k| words[k..head_end].join(" ")));
                }
            }
            if let Some(title) = &e.title {
                own.extend(title_nouns(title));
            }
            own.extend(described_by_state_and_party(e, &own));
            for phrase in own {
                phrases.push((phrase, i));
            }
        }
        let mut roles: Vec<(String, Vec<usize>)> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        for (phrase, i) in phrases {
            let n = *at.entry(phrase.clone()).or_insert_with(|| {
                roles.push((phrase, Vec::new()));
                roles.len() - 1
            });
            if !roles[n].1.contains(&i) {
                roles[n].1.push(i);
            }
        }
        roles
    }

    /// Finds "the NWCC chair", "The President" (not followed by a name) and places them.
    fn place_role_mentions(&mut self, doc: &Doc) {
        // (Only a role one person holds is placed.)
        let phrases: Vec<(Vec<&str>, usize)> = self
            .roles
            .iter()
            .filter_map(|(p, holders)| match holders[..] {
                [e] => Some((p.split(' ').collect(), e)),
                _ => None,
            })
            .collect();
        // The phrases by their first word, so that each "the" costs one lookup however many
        // roles the post gives.
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (n, (words, _)) in phrases.iter().enumerate() {
            by_first.entry(words[0].to_lowercase()).or_default().push(n);
        }
        let mut found = Vec::new();
        for i in 0..doc.tokens.len() {
            if i + 1 >= doc.tokens.len() || !doc.word(i).eq_ignore_ascii_case("the") {
                continue;
            }
            let next = doc.word(i + 1);
            let next = possessive_stem(next).unwrap_or(next).to_lowercase();
            let Some(candidates) = by_first.get(&next) else {
                continue;
            };
            for (words, entity) in candidates.iter().map(|&n| &phrases[n]) {
                let end = i + 1 + words.len();
                let fits = end <= doc.tokens.len()
                    && words.iter().enumerate().all(|(k, w)| {
                        let token = doc.word(i + 1 + k);
                        token.eq_ignore_ascii_case(w)
                            || possessive_stem(token).is_some_and(|s| s.eq_ignore_ascii_case(w))
                    });
                let before_name = end < doc.tokens.len()
                    && doc.tokens[end].kind == TokenKind::Word
                    && super::names::is_capitalised(doc.word(end));
                // A role names someone only after the post has named them.
                if fits && !before_name && self.named_before(*entity, i) {
                    let written = doc.span(i..end).to_string();
                    found.push(Placed {
                        entity: *entity,
                        from: i,
                        first: i + 1,
                        last: end,
                        written,
                    });
                    break;
                }
            }
        }
        for p in found {
            let e = &mut self.entities[p.entity];
            // "the president’s address" names "the president".
            let alias = possessive_stem(&p.written)
                .unwrap_or(&p.written)
                .to_string();
            if !e.aliases.iter().any(|a| a == &alias)
                && !e
                    .aliases
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(&alias) && a.starts_with('T'))
            {
                if let Some(pos) = e
                    .aliases
                    .iter()
                    .position(|a| a.eq_ignore_ascii_case(&alias))
                {
                    e.aliases[pos] = alias;
                } else {
                    e.aliases.push(alias);
                }
            }
            self.placed.push(p);
        }
    }
}

/// The shorter names a person named in full also goes by: the surname, the name without
/// its middle initial or middle name ("Ann B. Roe" is "Roe" and "Ann Roe"), and a double surname's two words
/// ("Ana Ruiz Vega" is also "Ruiz Vega"; "Ann Lee Roe" is no "Lee Roe", "Lee" being a given
/// name).
pub fn short_names(words: &[&str]) -> Vec<String> {
    let surname = surname(words);
    let mut names = vec![];
    if let (Some(_), [given, _, last]) = (middle_of(words), words) {
        names.push(format!("{given} {last}"));
    }
    let unsuffixed: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !is_name_suffix(w))
        .collect();
    if let [_, .., first, last] = unsuffixed[..] {
        let double = unsuffixed.len() >= 3
            && !surname.contains(' ')
            && !first.contains('.')
            && !GIVEN_NAMES.contains_key(first);
        if double {
            names.push(format!("{first} {last}"));
        }
    }
    // "Samir al-Rashid" is "al-Rashid" and, as often, "Rashid".
    if let Some(bare) = hyphened_surname(&surname) {
        names.push(bare.to_string());
    }
    names.insert(0, surname);
    names
}

/// Whether a name opens with a title: "Mr. Kemp", "President Vick" (not "Al Bo"). Such a
/// name is a way of writing a person's surname, never a fuller name.
pub fn opens_with_title(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    titles_starting_with(words[0])
        .iter()
        .any(|t| words.len() > t.words.len() && words[..t.words.len()] == t.words[..])
}

/// Whether a name is an organization's branch, not a person: an organization's opening word
/// (`opens_organization`) or initials, no given name, before a place ("Kemp News … Kemp Ohio
/// reported", "KXL Texas said").
fn names_a_branch(name: &str, opens_organization: impl Fn(&str) -> bool) -> bool {
    name.split_once(' ').is_some_and(|(head, place)| {
        (is_acronym(head) || opens_organization(head))
            && !GIVEN_NAMES.contains_key(head)
            && is_place_name(place)
    })
}

/// Whether a person's name is a full name, not a lone surname or a titled one ("Vane", "Van
/// Vane", "Mr. Vane"): between namesakes, only full names tell two people apart. ("Al Park"
/// is one: a given name may be a particle too.)
pub fn is_named_in_full(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or_default();
    let particle = is_name_particle(first) && !GIVEN_NAMES.contains_key(first);
    name.contains(' ') && !particle && !opens_with_title(name)
}

/// Whether a person is only a capitalised phrase of common words, with nothing else in the
/// post to say it is a person: "Quiet Harvest Minds", "Bitter Spoon" (a show, a dish, a
/// slogan). A title, a role, a party or state says so, and so does a given name opening it
/// ("Chip Harvest"); a word that is also a name ("Baker", "Grant") is no common word. A place
/// or a people's adjective may open the phrase: "Tulsa Bears", "New York Owls", "American
/// Harvest Voices" (a team, a club, a group). After a people's adjective, one plural is a
/// people whatever the word: "Syrian Zorbs", "Ottoman Turks".
pub fn is_common_phrase(person: &Entity) -> bool {
    let unmarked = person.title.is_none()
        && person.role.is_none()
        && person.party.is_none()
        && person.state.is_none();
    let words: Vec<&str> = person.name.split(' ').collect();
    let first = words[0];
    let place = (1..words.len())
        .rev()
        .find(|&n| {
            is_place_name(&words[..n].join(" ")) || n == 1 && GROUP_ADJECTIVES.contains(first)
        })
        .unwrap_or(0);
    let people = matches!(words[..], [adjective, plural] if GROUP_ADJECTIVES.contains(adjective)
        && plural.ends_with('s') && !plural.ends_with("ss"));
    person.kind == EntityKind::Person
        && unmarked
        && !GIVEN_NAMES.contains_key(first)
        && (people
            || words[place..]
                .iter()
                .all(|word| is_common_word(&word.to_lowercase())))
}

/// The middle of a three-word name, an initial or a middle name: "Ann B. Roe" -> "B.", "Ann
/// Baird Roe" -> "Baird". A middle name comes after a known given name, and is no particle of
/// the surname ("Ann Van Dorn"), no initials run together ("George HW Roe") and no suffix's
/// neighbour ("Ann Roe Jr.").
pub fn middle_of<'w>(words: &[&'w str]) -> Option<&'w str> {
    let [given, middle, last] = words else {
        return None;
    };
    let middle_name = GIVEN_NAMES.contains_key(given)
        && !is_name_particle(middle)
        && !is_name_suffix(last)
        && middle.chars().skip(1).any(char::is_lowercase);
    (middle_initial(words).is_some() || middle_name).then_some(*middle)
}

/// The middle initial of a three-word name: "Ann B. Roe" -> 'B'.
pub fn middle_initial(words: &[&str]) -> Option<char> {
    let [_, middle, _] = words else {
        return None;
    };
    let mut chars = middle.chars();
    let letter = chars.next().filter(char::is_ascii_uppercase)?;
    (chars.as_str() == ".").then_some(letter)
}

/// The surname of a full name: from its first particle, else its last word, suffixes left out:
/// "Chris Van Holt" -> "Van Holt", "Al Bo Jr." -> "Bo".
pub fn surname(words: &[&str]) -> String {
    let words: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !is_name_suffix(w))
        .collect();
    let particle = words
        .iter()
        .skip(1)
        .position(|w| is_name_particle(w))
        .map(|p| p + 1)
        .filter(|&p| p + 1 < words.len());
    let from = particle.unwrap_or(words.len().saturating_sub(1));
    words[from..].join(" ")
}

/// A key under which spellings of one organization meet.
fn organization_key(name: &str) -> String {
    let lower = name.to_lowercase();
    let lower = lower.trim_start_matches("the ");
    let lower = match lower.rsplit_once('.') {
        Some((stem, tld)) if tld.len() <= 3 && !stem.contains(' ') => stem,
        _ => lower,
    };
    lower.to_string()
}

/// Initials of a multi-word name: "Service Workers International Union" -> "SWIU".
fn initials(name: &str) -> String {
    significant_words(name)
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Whether a camel-case word clips each word of a name: "DayLed" clips "Dayton Ledger".
fn is_clipping(short: &str, long: &str) -> bool {
    let chunks = camel_chunks(short);
    let words: Vec<&str> = significant_words(long).collect();
    chunks.len() >= 2
        && chunks.len() == words.len()
        && chunks
            .iter()
            .zip(&words)
            .all(|(c, w)| c.len() >= 2 && w.starts_with(c.as_str()))
}

/// A camel-case word's pieces, each opened by a capital: "DayLed" -> "Day", "Led".
fn camel_chunks(short: &str) -> Vec<String> {
    let mut chunks: Vec<String> = Vec::new();
    for c in short.chars() {
        if c.is_uppercase() || chunks.is_empty() {
            chunks.push(String::new());
        }
        if let Some(last) = chunks.last_mut() {
            last.push(c);
        }
    }
    chunks
}

/// A name's words that initials and clippings keep: "Bank of the West" -> "Bank", "West".
fn significant_words(name: &str) -> impl Iterator<Item = &str> {
    name.split(' ').filter(|w| !INITIALS_SKIP.contains(w))
}

/// The first letter of each of a name's significant words, capital or not.
fn word_first_letters(name: &str) -> String {
    significant_words(name)
        .filter_map(|w| w.chars().next())
        .collect()
}

/// The first letter of each piece of a camel-case word: "DayLed" -> "DL".
fn chunk_first_letters(short: &str) -> String {
    camel_chunks(short)
        .iter()
        .filter_map(|c| c.chars().next())
        .collect()
}

/// The nouns a title is also written as: "President" -> "president", "Sen." -> "senator".
fn title_nouns(short: &str) -> Vec<String> {
    TITLES
        .iter()
        .filter(|t| t.short == short && t.class != TitleClass::Courtesy && !t.is_plural())
        .map(|t| t.words.join(" "))
        .filter(|w| !w.ends_with('.'))
        .map(|w| w.to_lowercase())
        .collect()
}

/// The phrases a person's state and party make of the role nouns in `nouns` (lower case):
/// Sen. Ann Roe (R-Fla.) is also "the Florida senator", "the Republican senator" and "the
/// Florida Republican". A state is read from the tag or the title ("New Jersey Gov. Al Bo") or
/// from a role "… from Texas".
fn described_by_state_and_party(person: &Entity, nouns: &[String]) -> Vec<String> {
    let role_state = person.role.as_deref().and_then(|role| {
        let (_, after) = role.split_once(" from ")?;
        state_named(after)
    });
    let state = person
        .state
        .as_deref()
        .or(role_state)
        .map(str::to_lowercase);
    let party = person
        .party
        .as_deref()
        .and_then(|code| PARTY_CODES.get(code))
        .map(|party| party.to_lowercase());
    // The nouns a role noun ends: "senator", not "republican senator from texas".
    let nouns: Vec<&str> = nouns
        .iter()
        .filter_map(|phrase| phrase.rsplit(' ').next())
        .filter(|noun| is_singular_role_noun(noun))
        .collect();
    let mut phrases = Vec::new();
    for noun in &nouns {
        if let Some(state) = &state {
            phrases.push(format!("{state} {noun}"));
        }
        if let Some(party) = &party {
            phrases.push(format!("{party} {noun}"));
        }
    }
    if let (Some(state), Some(party)) = (&state, &party) {
        // "Democratic" is an adjective; its holder is "the Ohio Democrat".
        phrases.push(format!("{state} {}", party_member(party)));
    }
    phrases.sort();
    phrases.dedup();
    phrases
}

/// The gender a lower-cased personal pronoun marks: "his" -> 'm', "herself" -> 'f'.
pub fn gendered_pronoun(word: &str) -> Option<char> {
    match word {
        "he" | "his" | "him" | "himself" => Some('m'),
        "she" | "her" | "hers" | "herself" => Some('f'),
        _ => None,
    }
}

/// Whether a title is a courtesy one ("Mr.", "Ms.", "Dr."), which any namesake may bear, not an
/// office ("President", "Sen.").
fn is_courtesy_title(title: &str) -> bool {
    TITLES
        .iter()
        .any(|t| t.short == title && t.class == TitleClass::Courtesy)
}

/// The gender a full name's given name marks: "Heather Jonas" -> 'f'. A lone word may be a
/// surname, so it marks nothing; nor does a name used for both ("Chris Jonas", marked 'x').
pub fn given_name_gender(name: &str) -> Option<char> {
    let mut words = name.split(' ');
    let first = words.next()?;
    words.next()?;
    GIVEN_NAMES
        .get(first)
        .copied()
        .filter(|&gender| gender != 'x')
}

/// The role a person keeps of the one held and another a mention gives: the one held, unless
/// it is a relation to someone ("husband of Ann Roe", "daughter") and the other a position
/// ("Ohio governor").
pub fn preferred_role(held: Option<String>, other: Option<&String>) -> Option<String> {
    match (held, other) {
        (Some(held), Some(other)) if is_relation(&held) && !is_relation(other) => {
            Some(other.clone())
        }
        (held, other) => held.or_else(|| other.cloned()),
    }
}

/// Whether a role names a relation to someone: its head, the last word before "of" or of the
/// whole role, is a relation noun ("husband of Ann Roe", "mother of three", "son").
pub fn is_relation(role: &str) -> bool {
    let head = role.split(" of ").next().unwrap_or(role);
    head.rsplit(' ')
        .next()
        .is_some_and(|word| RELATION_NOUNS.contains(word.to_lowercase().as_str()))
}

/// Gender from a courtesy title or a gendered role word: "spokeswoman", "congressman" (a word
/// ending in "man", not one holding it: a "manager" has none).
fn gender_of(title: Option<&str>, role: Option<&str>) -> Option<char> {
    match title {
        Some("Mr.") => return Some('m'),
        Some("Mrs." | "Ms.") => return Some('f'),
        _ => {}
    }
    // A capitalised word is a name or a nationality ("German"), unless it is a role noun
    // ("Chairman").
    role?.split_whitespace().rev().find_map(|written| {
        let word = written.to_lowercase();
        if !written.starts_with(char::is_lowercase) && !ROLE_NOUNS.contains(word.as_str()) {
            None
        } else if word.ends_with("woman") || word.ends_with("women") {
            Some('f')
        } else if word.ends_with("man") || word.ends_with("men") {
            Some('m')
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::names::find_names;
    use super::*;

    fn roster(text: &str) -> Roster {
        let doc = Doc::new(text);
        Roster::build(&doc, &find_names(&doc))
    }

    fn entity<'a>(r: &'a Roster, name: &str) -> &'a Entity {
        &r.entities[entity_id(r, name)]
    }

    #[test]
    fn a_given_name_alone_is_the_one_person_named_in_full_with_it() {
        // "“We will win,” Ann said" had made a second person, "Ann".
        let r = roster("Ann Roe and Al Bo ran. Later Ann spoke, and Al Vane came.");
        assert_eq!(written_entity(&r, "Ann"), entity_id(&r, "Ann Roe"));
        // Only in the post: the archive keeps no alias "Ann" for her.
        assert!(!entity(&r, "Ann Roe").aliases.contains(&"Ann".to_string()));
        // Two people share "Al": neither is "Al" alone.
        assert_eq!(r.lookup("Al"), None);
        // Nor does one opening a sentence that the post also writes in lower case: a word.
        let r = roster("Hope Vale ran. Hope is fading, and we hope for rain.");
        assert!(
            r.placed.iter().all(|p| p.written != "Hope"),
            "{:#?}",
            r.placed
        );
        // (Inside a sentence, capitalised, it is her: "Later Hope spoke".)
        let r = roster("Hope Vale ran. Later Hope spoke, and we hope she wins.");
        assert_eq!(written_entity(&r, "Hope"), entity_id(&r, "Hope Vale"));
        // A given name addressing someone inside a quotation names no one.
        let r = roster("Ann Roe ran. Bo said, “Ann, wait.” He went on: “Fine. Ann, let us go.”");
        assert!(
            r.placed.iter().all(|p| p.written != "Ann"),
            "{:#?}",
            r.placed
        );
        // As a speaker too, in the body and in the headline, read after the body.
        let first_speaker = |text: &str| {
            let facts = crate::extract::extract_post(crate::extract::Format::Text, text).unwrap();
            let speaker = facts.quotes[0].speaker.as_ref().and_then(|s| s.entity);
            speaker.map(|e| facts.entities[e].name.clone())
        };
        for text in [
            "T…. Ann Roe ran.\n\n“We will win,” Ann said.",
            "Ann: Toll Plan ‘Absolutely Wrong’.\n\nAnn Roe spoke on Monday.",
        ] {
            assert_eq!(first_speaker(text).as_deref(), Some("Ann Roe"), "{text}");
        }
    }

    #[test]
    fn a_relation_gives_way_to_a_position_and_a_position_stays() {
        // "Ida Vane’s husband, Al Vane, … Al Vane, the port director": he is the director.
        let r = roster(
            "Ida Vane’s husband, Al Vane, spoke. Later Al Vane, the port director, left. Cy Dee, \
             the city clerk, came. Cy Dee, a father of two, left.",
        );
        assert_eq!(entity(&r, "Al Vane").role.as_deref(), Some("port director"));
        assert_eq!(entity(&r, "Cy Dee").role.as_deref(), Some("city clerk"));
        assert_eq!(
            preferred_role(Some("son".into()), Some(&"mother of two".to_string())),
            Some("son".into())
        );
    }

    /// The entity of the first mention written `written`.
    fn written_entity(r: &Roster, written: &str) -> usize {
        r.placed
            .iter()
            .find(|p| p.written == written)
            .unwrap_or_else(|| panic!("no mention {written:?} in {:#?}", r.placed))
            .entity
    }

    /// The index of the entity named `name`.
    fn entity_id(r: &Roster, name: &str) -> usize {
        r.entities
            .iter()
            .position(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name} not in {:#?}", r.entities))
    }

    #[test]
    fn a_surname_is_an_alias_of_the_full_name() {
        let r = roster(
            "Sen. Kay Lund spoke. Later, Lund left. Chris Van Holt agreed, and Van Holt stayed. \
             Ana Ruiz Vega came, and Ruiz Vega sat.",
        );
        assert_eq!(
            r.entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person)
                .count(),
            3
        );
        assert_eq!(
            written_entity(&r, "Ruiz Vega"),
            entity_id(&r, "Ana Ruiz Vega")
        );
        assert!(entity(&r, "Kay Lund").aliases.contains(&"Lund".to_string()));
        assert!(entity(&r, "Kay Lund")
            .aliases
            .contains(&"Sen. Lund".to_string()));
        assert!(entity(&r, "Chris Van Holt")
            .aliases
            .contains(&"Van Holt".to_string()));
        assert_eq!(r.placed.len(), 6);
    }

    #[test]
    fn a_nickname_before_a_given_name_is_the_person_named_in_full() {
        // "Crooked Ann" and "Little Cy" had been people of their own.
        let r = roster(
            "Al Bo mocked “Crooked Ann” and Little Cy. Ann Roe and Cy Dee laughed. He is a \
             little man. Scott Lund and Jomo Scott came.",
        );
        assert_eq!(written_entity(&r, "Crooked Ann"), entity_id(&r, "Ann Roe"));
        assert_eq!(written_entity(&r, "Little Cy"), entity_id(&r, "Cy Dee"));
        assert!(!entity(&r, "Ann Roe").aliases.contains(&"Ann".to_string()));
        // An unknown given name is no describing word.
        assert_ne!(
            written_entity(&r, "Jomo Scott"),
            entity_id(&r, "Scott Lund")
        );
    }

    #[test]
    fn an_organization_placed_by_of_is_also_its_name_without_the_place() {
        let r = roster(
            "The Harbor Workers Union of Ohio agreed; the Harbor Workers Union said so. The \
             Democratic Party of Ohio met, and the Democratic Party did not.",
        );
        assert_eq!(
            written_entity(&r, "Harbor Workers Union"),
            entity_id(&r, "Harbor Workers Union of Ohio")
        );
        // A party's chapter is not the party.
        assert_ne!(
            written_entity(&r, "Democratic Party"),
            entity_id(&r, "Democratic Party of Ohio")
        );
        // Nor are two places' chapters one.
        let r = roster("The Harbor Union of Ohio and the Harbor Union of Texas met.");
        assert_ne!(
            entity_id(&r, "Harbor Union of Ohio"),
            entity_id(&r, "Harbor Union of Texas")
        );
    }

    #[test]
    fn a_pronoun_after_a_shared_surname_picks_the_namesake() {
        // The pronoun's gender picks the woman, though the man was named last.
        let r = roster("Jane Moss spoke first. Then Bill Moss spoke. Moss herself said she left.");
        let jane = entity_id(&r, "Jane Moss");
        assert_eq!(written_entity(&r, "Moss"), jane, "{:#?}", r.entities);
        // A pronoun before it counts too, and a bare surname is a mention the next one
        // follows: "In her 2003 memoir, Vane noted … “…,” Vane wrote in 2003."
        let r = roster(
            "Jane Moss spoke first. Then Bill Moss spoke. In her book, Moss noted it. Moss wrote.",
        );
        let jane = entity_id(&r, "Jane Moss");
        let bare: Vec<usize> = r
            .placed
            .iter()
            .filter(|p| p.written == "Moss")
            .map(|p| p.entity)
            .collect();
        assert_eq!(bare, vec![jane, jane], "{:#?}", r.entities);
        // With no pronoun, the one named last.
        let r = roster("Jane Moss spoke first. Then Bill Moss spoke. Moss left.");
        let bill = entity_id(&r, "Bill Moss");
        assert_eq!(written_entity(&r, "Moss"), bill);
    }

    #[test]
    fn a_bare_surname_past_its_paragraph_is_the_principal() {
        // The senator the post keeps naming, not the wife named once in the paragraph before.
        let r = roster(
            "Sen. Ted Vane spoke. Vane left early. Later Vane came back.\n\nBo mocked a photo \
             of Heidi Vane.\n\nVane said that was low.",
        );
        let ted = entity_id(&r, "Ted Vane");
        let last = r.placed.iter().rev().find(|p| p.written == "Vane").unwrap();
        assert_eq!(last.entity, ted, "{:#?}", r.entities);
    }

    #[test]
    fn a_camel_case_surname_of_someone_named_in_full_is_that_person() {
        let r = roster("Cara DeLuca filmed it. DeLuca said so.");
        assert_eq!(r.entities.len(), 1, "{:#?}", r.entities);
        assert_eq!(entity(&r, "Cara DeLuca").kind, EntityKind::Person);
        assert_eq!(r.placed.len(), 2);
        // A transcript's shouted label is the surname too.
        let r = roster("Gov. Cara DeLuca spoke.\n\nDELUCA: Well, look, the plan is fine.");
        assert_eq!(r.entities.len(), 1, "{:#?}", r.entities);
        assert_eq!(r.placed.len(), 2);
    }

    #[test]
    fn a_titled_surname_joins_the_full_name() {
        let r = roster("Ann Roe won. Ms. Roe thanked voters.");
        let roe = entity(&r, "Ann Roe");
        assert_eq!(roe.title.as_deref(), Some("Ms."));
        assert_eq!(r.genders[0], Some('f'));
    }

    #[test]
    fn a_role_ending_in_man_marks_a_man_and_a_manager_nothing() {
        // "manager" made her a man, so a later "she" found no one.
        assert_eq!(gender_of(None, Some("benefits manager")), None);
        assert_eq!(gender_of(None, Some("campaign spokesman")), Some('m'));
        assert_eq!(gender_of(None, Some("Congresswoman")), Some('f'));
        assert_eq!(gender_of(None, Some("German chancellor")), None);
    }

    #[test]
    fn a_titled_surname_goes_to_the_namesake_it_fits() {
        // The first lady's given name is a woman's, so "Mr. Vane" is someone else, and "President
        // Vane" is the one the post keeps naming.
        let r = roster(
            "President Vane is rolling out a message. Mr. Vane spoke on Saturday. The aides \
             plan to employ Mr. Vane and the first lady, Mary Vane. Mr. Vane agreed.",
        );
        let mary = entity(&r, "Mary Vane");
        assert!(
            mary.aliases
                .iter()
                .all(|a| a != "Mr. Vane" && a != "President Vane"),
            "{mary:#?}"
        );
        let president = written_entity(&r, "President Vane");
        let mister = written_entity(&r, "Mr. Vane");
        assert_eq!(president, mister);
        assert_eq!(r.entities[president].title.as_deref(), Some("President"));
        // "Mr. Vane" in a post on Tom Vane that names his father George Vane first: the
        // namesake named last before it.
        let r = roster(
            "George W. Vane was president. His son Jed Vane is running. At a rally, Mr. Vane \
             spoke.",
        );
        let mister = written_entity(&r, "Mr. Vane");
        assert_eq!(r.entities[mister].name, "Jed Vane");
        // "the endorsement of Senator Vane" after "a photo of Heidi Vane": the senator.
        let r = roster("Sen. Ted Vane spoke. Bo mocked a photo of Heidi Vane. Senator Vane won.");
        let senator = written_entity(&r, "Senator Vane");
        assert_eq!(r.entities[senator].name, "Ted Vane");
    }

    #[test]
    fn an_outlets_word_alone_is_the_one_outlet_whose_name_it_ends() {
        let r = roster("The Harbor Post reported the deal on Monday. The Post said it was final.");
        let paper = written_entity(&r, "Post");
        assert_eq!(r.entities[paper].name, "Harbor Post");
        // Within the post only: the archive learns no "Post" for the paper.
        assert!(
            r.entities[paper].aliases.iter().all(|a| a != "Post"),
            "{r:#?}"
        );
        // Two papers so named: neither for sure.
        let r = roster("The Harbor Post and the Dayton Post reported it. The Post said so.");
        assert_eq!(r.entities[written_entity(&r, "Post")].name, "Post");
        // Only an outlet's word: "the House" is no "White House".
        let r = roster("The White House said nothing. The House voted on Monday.");
        assert_eq!(r.entities[written_entity(&r, "House")].name, "House");
    }

    #[test]
    fn a_namesake_holding_another_office_is_not_the_one_a_title_names() {
        // The president was named last, but "Secretary" is not his office.
        let r = roster("Ida Vane arrived. President Al Vane spoke. Secretary Vane left.");
        assert_eq!(
            r.entities[written_entity(&r, "Secretary Vane")].name,
            "Ida Vane"
        );
        // An office no one of two named in full bears still names neither.
        let r = roster("Ida Vane arrived. President Al Vane spoke. Gov. Vane left.");
        assert_eq!(r.entities[written_entity(&r, "Gov. Vane")].name, "Vane");
        // With no other namesake, the president is still the one.
        let r = roster("President Al Vane spoke. Secretary Vane left.");
        assert_eq!(
            r.entities[written_entity(&r, "Secretary Vane")].name,
            "Al Vane"
        );
    }

    #[test]
    fn an_office_no_namesake_bears_names_neither_of_two_named_in_full() {
        // Ida was named last, but nothing in the post makes her the governor.
        let r = roster("Al Vane and Ida Vane arrived. Ida Vane waved. Gov. Vane spoke first.");
        let governor = written_entity(&r, "Gov. Vane");
        assert_eq!(r.entities[governor].name, "Vane");
        assert_eq!(r.entities[governor].title.as_deref(), Some("Gov."));
        // One who bears the office is the one.
        let r = roster("Gov. Al Vane and Ida Vane arrived. Ida Vane waved. Gov. Vane spoke.");
        assert_eq!(r.entities[written_entity(&r, "Gov. Vane")].name, "Al Vane");
    }

    #[test]
    fn a_surname_with_the_other_genders_title_is_someone_else() {
        // Mr. Ames … Ms. Ames, his daughter, said
        let r = roster(
            "Carl Vane spoke. Mr. Vane left. Ms. Vane, his daughter, stayed. Ms. Vane smiled.",
        );
        let carl = entity(&r, "Carl Vane");
        assert!(!carl.aliases.iter().any(|a| a == "Ms. Vane"), "{carl:#?}");
        let daughter = entity(&r, "Ms. Vane");
        assert_eq!(daughter.kind, EntityKind::Person);
        assert_eq!(
            r.placed
                .iter()
                .filter(|p| r.entities[p.entity].name == "Ms. Vane")
                .count(),
            2
        );
    }

    #[test]
    fn a_possessive_role_phrase_adds_the_role_as_alias() {
        let r =
            roster("President Ada Quill spoke. Hours before the president’s address, aides met.");
        let quill = entity(&r, "Ada Quill");
        assert!(
            quill.aliases.iter().any(|a| a == "the president"),
            "{quill:#?}"
        );
        assert!(
            !quill.aliases.iter().any(|a| a.ends_with("’s")),
            "{quill:#?}"
        );
    }

    #[test]
    fn organizations_merge_case_the_domain_initials_and_clippings() {
        let r = roster(
            "The Daily Ledger and REACHOUT met ReachOut.org, ReachOut, the Service Workers Union and SWU. The DayLed article and the Dayton Ledger agreed.",
        );
        let orgs: Vec<&Entity> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organization)
            .collect();
        assert_eq!(orgs.len(), 4, "{orgs:#?}");
        assert!(entity(&r, "Service Workers Union")
            .aliases
            .contains(&"SWU".to_string()));
        assert!(entity(&r, "Dayton Ledger")
            .aliases
            .contains(&"DayLed".to_string()));
    }

    #[test]
    fn initials_two_long_names_share_are_the_first_written() {
        // A post on the "Harbor Oak Party" citing its "Housing and Outreach Project": "HOP"
        // had gone to the project, and become an alias of both across the archive.
        let r = roster(
            "The Harbor Oak Party met. The Housing and Outreach Project was read. The HOP voted.",
        );
        let party = entity_id(&r, "Harbor Oak Party");
        assert_eq!(written_entity(&r, "HOP"), party);
        assert!(r.entities[party].aliases.contains(&"HOP".to_string()));
        let plan = entity(&r, "Housing and Outreach Project");
        assert!(!plan.aliases.contains(&"HOP".to_string()), "{plan:#?}");
    }

    #[test]
    fn a_role_makes_the_role_phrase_an_alias_and_a_mention() {
        let r = roster("NWCC Chair Chris Van Holt warned them. The NWCC chair said no. President Lund agreed, and the president left.");
        let holt = entity_id(&r, "Chris Van Holt");
        assert!(
            r.entities[holt]
                .aliases
                .contains(&"The NWCC chair".to_string()),
            "{:?}",
            r.entities[holt].aliases
        );
        assert!(r
            .placed
            .iter()
            .any(|p| p.entity == holt && p.written == "The NWCC chair"));
        let lund = entity_id(&r, "Lund");
        assert!(r
            .placed
            .iter()
            .any(|p| p.entity == lund && p.written == "the president"));
    }

    #[test]
    fn a_role_with_of_makes_no_phrase_of_its_last_words() {
        let r = roster("Secretary of State Ann Albee spoke. The state agreed.");
        let albee = entity(&r, "Ann Albee");
        assert!(
            !albee
                .aliases
                .iter()
                .any(|a| a.eq_ignore_ascii_case("the state")),
            "{:?}",
            albee.aliases
        );
        assert_eq!(r.placed.len(), 1, "{:?}", r.placed);
    }

    #[test]
    fn an_organizations_word_or_initials_before_a_place_name_its_branch() {
        // "Kemp Ohio" had been a person beside the network Kemp News.
        let r = roster("Kemp News ran it. Kemp Ohio reported that Jo Ohio won.");
        assert_eq!(entity(&r, "Kemp Ohio").kind, EntityKind::Organization);
        assert_eq!(entity(&r, "Jo Ohio").kind, EntityKind::Person);
        // Met only as a speaker, too; not after a given name, nor before anything but a place.
        let mut r = roster("Kemp News ran it. The Ida Vale Trust paid.");
        for (name, kind) in [
            ("KXL Texas", EntityKind::Organization),
            ("Kemp Texas", EntityKind::Organization),
            ("Vale Texas", EntityKind::Person),
            ("Ida Texas", EntityKind::Person),
            ("Kemp Vale", EntityKind::Person),
        ] {
            let id = r.add_speaker(name, EntityKind::Person);
            assert_eq!(r.entities[id].kind, kind, "{name}");
        }
    }

    #[test]
    fn a_phrase_of_common_words_with_nothing_more_is_no_person() {
        let person = |name: &str| Entity::named(name, EntityKind::Person);
        assert!(is_common_phrase(&person("Quiet Harvest Minds")));
        assert!(is_common_phrase(&person("Absent")));
        // A place may open it: a team ("Tulsa Bears" had been a person).
        assert!(is_common_phrase(&person("Tulsa Bears")));
        assert!(is_common_phrase(&person("New York Owls")));
        assert!(!is_common_phrase(&person("Tulsa Baker")));
        // So may a people's adjective: a group.
        assert!(is_common_phrase(&person("American Harvest Voices")));
        assert!(!is_common_phrase(&person("American Harvest Baker")));
        // The lexicon holds the adjectives of nations too ("Kurdish Harvest" had been a person).
        assert!(is_common_phrase(&person("Kurdish Harvest Voices")));
        // Before one plural, whatever the word, it names a people ("Syrian Zorbs" had been a
        // person); a surname in -ss is no plural.
        assert!(is_common_phrase(&person("Syrian Zorbs")));
        assert!(!is_common_phrase(&person("Syrian Zorb")));
        assert!(!is_common_phrase(&person("Syrian Zorbess")));
        // A given name, a word that is also a name, a title or a role say it is a person.
        assert!(!is_common_phrase(&person("Chip Harvest")));
        assert!(!is_common_phrase(&person("Quiet Baker")));
        let titled = Entity {
            title: Some("Sen.".to_string()),
            ..person("Quiet Harvest")
        };
        assert!(!is_common_phrase(&titled));
        let with_role = Entity {
            role: Some("singer".to_string()),
            ..person("Quiet Harvest")
        };
        assert!(!is_common_phrase(&with_role));
        assert!(!is_common_phrase(&Entity::named(
            "Quiet Harvest",
            EntityKind::Organization
        )));
    }

    #[test]
    fn surnames_and_initials() {
        assert_eq!(surname(&["Chris", "Van", "Holt"]), "Van Holt");
        assert_eq!(short_names(&["Ann", "B.", "Roe"]), ["Roe", "Ann Roe"]);
        // "Ann Baird Roe" is "Ann Roe" too; "George HW Roe" runs initials together.
        assert_eq!(
            short_names(&["Ann", "Baird", "Roe"]),
            ["Roe", "Ann Roe", "Baird Roe"]
        );
        assert_eq!(short_names(&["Ann", "Paul", "Roe"]), ["Roe", "Ann Roe"]);
        assert_eq!(middle_of(&["George", "HW", "Roe"]), None);
        assert_eq!(middle_of(&["Ann", "Van", "Dorn"]), None);
        // "Ana Ruiz Vega … Ruiz Vega said": a double surname is a name of its own.
        assert_eq!(short_names(&["Ana", "Ruiz", "Vega"]), ["Vega", "Ruiz Vega"]);
        assert_eq!(
            short_names(&["Ana", "Ruiz", "Vega", "Jr."]),
            ["Vega", "Ruiz Vega"]
        );
        assert_eq!(short_names(&["Chris", "Van", "Holt"]), ["Van Holt"]);
        // "Samir al-Rashid … Rashid said": a hyphened particle is often dropped.
        assert_eq!(
            short_names(&["Samir", "al-Rashid"]),
            ["al-Rashid", "Rashid"]
        );
        assert_eq!(short_names(&["Ann", "Roe-Bo"]), ["Roe-Bo"]);
        assert_eq!(surname(&["Al", "Bo", "Jr."]), "Bo");
        assert_eq!(initials("Department of Justice"), "DJ");
        assert!(is_clipping("DayLed", "Dayton Ledger"));
        assert!(!is_clipping("DayLed", "Dayton Ledger Office"));
    }
}

//! Writing one post's facts: the post row (an upsert on its external key, never
//! `INSERT OR REPLACE`, which would leave stale full-text rows), its people resolved against the
//! whole archive, and its derived rows (mentions, quotes, corrections), replaced wholesale.

use std::collections::HashMap;

use anyhow::Context;
use rusqlite::{params, Connection, OptionalExtension};

use super::pairs::PairChanges;
use super::reuse::{Boilerplate, Passages};
use crate::extract::entities::{
    is_named_in_full, is_relation, middle_initial, middle_of, opens_with_title, preferred_role,
};
use crate::extract::lexicon::{same_given_name, GIVEN_NAMES};
use crate::extract::{Entity, EntityKind, PostFacts};
use crate::import::RawPost;

/// What saving a post did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveOutcome {
    Inserted,
    Updated,
    Unchanged,
}

/// Every stored post's external key and content hash: what an import compares files with.
pub fn stored_hashes(conn: &Connection) -> anyhow::Result<HashMap<String, String>> {
    Ok(conn
        .prepare("SELECT source, content_hash FROM posts")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?)
}

/// What the store keeps in memory while an import runs: boilerplate found so far, the
/// changes to `people_pairs` not yet written, the posts whose `person_quotes` rows are still
/// to be written and the people whose title and role are still to be settled. Tell it when a
/// batch's transaction commits or rolls back; end the import with [`finish_writes`].
#[derive(Debug, Default)]
pub struct ImportState {
    boilerplate: Boilerplate,
    pairs: PairChanges,
    /// Posts whose `person_quotes` rows are written at the end of the import: written beside
    /// each post, their `INSERT … SELECT` would open a statement journal, at which FTS5 flushes
    /// its pending index, once per post instead of once per batch.
    person_quotes: PendingIds,
    /// People and organizations a post of the import gave a title or a role, or took one from.
    titled: PendingIds,
}

impl ImportState {
    /// The open transaction was committed.
    pub fn commit(&mut self) {
        self.pairs.commit();
        self.person_quotes.commit();
        self.titled.commit();
    }

    /// The open transaction was rolled back: what it found is forgotten.
    pub fn rollback(&mut self) {
        self.boilerplate.forget();
        self.pairs.rollback();
        self.person_quotes.rollback();
        self.titled.rollback();
    }
}

/// Ids of rows an import acts on at its end, in [`finish_writes`]: those added in a transaction
/// that rolls back are forgotten.
#[derive(Debug, Default)]
struct PendingIds {
    /// Ids of committed transactions.
    committed: Vec<i64>,
    /// Ids of the open transaction.
    open: Vec<i64>,
}

impl PendingIds {
    /// An id of the open transaction.
    fn add(&mut self, id: i64) {
        self.open.push(id);
    }

    fn commit(&mut self) {
        self.committed.append(&mut self.open);
    }

    fn rollback(&mut self) {
        self.open.clear();
    }

    /// The committed ids, each once, as a JSON array (for `json_each`), forgotten here.
    fn take_json(&mut self) -> anyhow::Result<String> {
        let mut ids = std::mem::take(&mut self.committed);
        ids.sort_unstable();
        ids.dedup();
        Ok(serde_json::to_string(&ids)?)
    }
}

/// Writes the `person_quotes` rows of the import's posts (a post's old rows went with its old
/// quotations). Some may be there already: renaming a person during the import wrote the rows
/// of their quotations (trigger `person_quotes_rename`), as they are now.
fn write_person_quotes(conn: &Connection, posts: &mut PendingIds) -> anyhow::Result<()> {
    // One statement for all of them (the ids as a JSON array): twice as fast as one per post.
    conn.prepare_cached(
        "INSERT OR IGNORE INTO person_quotes SELECT * FROM person_quotes_computed
         WHERE post_id IN (SELECT value FROM json_each(?1))",
    )?
    .execute([posts.take_json()?])
    .context("cannot list the stored posts' quotations in person_quotes")?;
    Ok(())
}

/// Rows ANALYZE samples per index: statistics good enough to plan by, in a fraction of a second
/// at 100,000 posts.
const ANALYSIS_LIMIT: i64 = 1000;

/// Ends an import or re-extraction: writes the pair counts it changed, removes people no post
/// refers to any more, lists the stored posts' quotations in `person_quotes`, counts everyone's posts and quotations again and refreshes the query
/// planner's statistics (without them, listing 3,549 corrections walked all 100,000 posts in
/// date order instead of sorting the corrections). Call inside one transaction, after the last
/// batch was committed.
pub fn finish_writes(conn: &Connection, state: &mut ImportState) -> anyhow::Result<()> {
    state.pairs.write(conn)?;
    remove_orphans(conn)?;
    settle_titles_and_roles(conn, &mut state.titled)?;
    write_person_quotes(conn, &mut state.person_quotes)?;
    count_people(conn)?;
    conn.pragma_update(None, "analysis_limit", ANALYSIS_LIMIT)?;
    conn.execute_batch("ANALYZE")?;
    Ok(())
}

/// Inserts or updates a post and replaces its derived rows; `passages` are its body's
/// ([`Passages::of`]). Call inside a transaction.
pub fn save_post(
    conn: &Connection,
    raw: &RawPost,
    facts: &PostFacts,
    passages: &Passages,
    state: &mut ImportState,
) -> anyhow::Result<SaveOutcome> {
    let existed: Option<i64> = conn
        .prepare_cached("SELECT id FROM posts WHERE source = ?1")?
        .query_row([&raw.key], |r| r.get(0))
        .optional()?;
    let now = now_iso8601();
    let entity_ids = resolve_entities(conn, &facts.entities)?;
    let author_id = facts.author.map(|i| entity_ids[i]);
    let values = params![
        raw.key,
        raw.format.as_str(),
        raw.hash,
        facts.title,
        author_id,
        facts.published_at,
        facts.url,
        facts.body,
        raw.raw,
        now
    ];
    // The post's id is known for an update; a new post's is the inserted row's, and its text is
    // indexed here (see migration 0005). No upsert and no RETURNING: either opens a statement
    // journal, at which FTS5 flushes its pending index.
    let post_id = match existed {
        Some(id) => {
            conn.prepare_cached(
                "UPDATE posts SET format = ?2, content_hash = ?3, title = ?4, author_id = ?5,
                    published_at = ?6, url = ?7, body = ?8, raw = ?9, updated_at = ?10
                 WHERE source = ?1",
            )?
            .execute(values)
            .with_context(|| format!("cannot write post {}", raw.key))?;
            id
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO posts (source, format, content_hash, title, author_id, published_at,
                                    url, body, raw, imported_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            )?
            .execute(values)
            .with_context(|| format!("cannot write post {}", raw.key))?;
            let id = conn.last_insert_rowid();
            conn.prepare_cached("INSERT INTO posts_fts (rowid, title, body) VALUES (?1, ?2, ?3)")?
                .execute(params![id, facts.title, facts.body])?;
            id
        }
    };
    // A new post has no derived rows to clear; skipping the deletes spares FTS5 a flush each.
    let replacing = existed.is_some();
    if replacing {
        state.pairs.count_post(mentioned_before(conn, post_id)?, -1);
        titled_before(conn, post_id, &mut state.titled)?;
        clear_derived(conn, post_id)?;
        super::reuse::clear_post(conn, post_id)?;
    }
    write_derived(conn, post_id, facts, &entity_ids, &mut state.titled)?;
    state.pairs.count_post(mentioned(facts, &entity_ids), 1);
    state.person_quotes.add(post_id);
    super::reuse::index_post(conn, post_id, passages, &mut state.boilerplate)?;
    Ok(if existed.is_some() {
        SaveOutcome::Updated
    } else {
        SaveOutcome::Inserted
    })
}

/// Rewrites a stored post's extracted columns and writes its derived rows from new facts,
/// keeping its raw text and import dates. Used by `reextract`, which empties every derived
/// table first: the post must have no derived rows left.
pub fn replace_facts(
    conn: &Connection,
    post_id: i64,
    facts: &PostFacts,
    state: &mut ImportState,
) -> anyhow::Result<()> {
    let entity_ids = resolve_entities(conn, &facts.entities)?;
    let author_id = facts.author.map(|i| entity_ids[i]);
    conn.prepare_cached(
        "UPDATE posts SET author_id = ?2, published_at = ?3, url = ?4 WHERE id = ?1",
    )?
    .execute(params![post_id, author_id, facts.published_at, facts.url])?;
    // Title and body only when they changed: updating them re-indexes the post's full text.
    conn.prepare_cached(
        "UPDATE posts SET title = ?2, body = ?3 WHERE id = ?1 AND (title IS NOT ?2 OR body IS NOT ?3)",
    )?
    .execute(params![post_id, facts.title, facts.body])?;
    write_derived(conn, post_id, facts, &entity_ids, &mut state.titled)?;
    state.pairs.count_post(mentioned(facts, &entity_ids), 1);
    state.person_quotes.add(post_id);
    Ok(())
}

/// A post's mentions as (archive id, start), from its facts.
fn mentioned<'a>(
    facts: &'a PostFacts,
    entity_ids: &'a [i64],
) -> impl Iterator<Item = (i64, usize)> + 'a {
    facts
        .mentions
        .iter()
        .map(|m| (entity_ids[m.entity], m.span.start))
}

/// A stored post's mentions as (person, start), before its facts are replaced.
fn mentioned_before(conn: &Connection, post_id: i64) -> anyhow::Result<Vec<(i64, usize)>> {
    Ok(conn
        .prepare_cached("SELECT person_id, char_start FROM mentions WHERE post_id = ?1")?
        .query_map([post_id], |r| {
            Ok((r.get(0)?, usize::try_from(r.get::<_, i64>(1)?).unwrap_or(0)))
        })?
        .collect::<Result<_, _>>()?)
}

/// Notes the people a stored post gave a title or a role, before its facts are replaced: the
/// post may no longer give them one.
fn titled_before(conn: &Connection, post_id: i64, titled: &mut PendingIds) -> anyhow::Result<()> {
    let mut stmt = conn.prepare_cached("SELECT person_id FROM person_facts WHERE post_id = ?1")?;
    for id in stmt.query_map([post_id], |r| r.get(0))? {
        titled.add(id?);
    }
    Ok(())
}

/// Deletes a post's derived rows (and its quotations' full-text rows).
fn clear_derived(conn: &Connection, post_id: i64) -> anyhow::Result<()> {
    // The quotations' full-text rows go first, while their text is still there to delete by.
    conn.prepare_cached(
        "INSERT INTO quotes_fts (quotes_fts, rowid, text) SELECT 'delete', id, text FROM quotes WHERE post_id = ?1",
    )?
    .execute([post_id])?;
    for table in ["mentions", "quotes", "corrections", "person_facts"] {
        conn.prepare_cached(&format!("DELETE FROM {table} WHERE post_id = ?1"))?
            .execute([post_id])?;
    }
    Ok(())
}

/// Writes a post's derived rows; the post has none yet.
fn write_derived(
    conn: &Connection,
    post_id: i64,
    facts: &PostFacts,
    entity_ids: &[i64],
    titled: &mut PendingIds,
) -> anyhow::Result<()> {
    let mut mention = conn.prepare_cached(
        "INSERT INTO mentions (post_id, person_id, text, char_start, char_end) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for m in &facts.mentions {
        mention.execute(params![
            post_id,
            entity_ids[m.entity],
            m.text,
            m.span.start as i64,
            m.span.end as i64
        ])?;
    }
    let mut quote = conn.prepare_cached(
        "INSERT INTO quotes (post_id, speaker_id, speaker_text, text, part, char_start, char_end, cue, kind, parent_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut about = conn.prepare_cached(
        "INSERT OR IGNORE INTO quote_about (quote_id, person_id) VALUES (?1, ?2)",
    )?;
    let mut quote_text =
        conn.prepare_cached("INSERT INTO quotes_fts (rowid, text) VALUES (?1, ?2)")?;
    let mut quote_ids: Vec<i64> = Vec::with_capacity(facts.quotes.len());
    for q in &facts.quotes {
        let speaker_id = q
            .speaker
            .as_ref()
            .and_then(|s| s.entity)
            .map(|i| entity_ids[i]);
        let parent_id = q.parent.map(|i| quote_ids[i]);
        // No RETURNING and no INSERT … SELECT: either opens a statement journal, and FTS5
        // flushes its pending index at every one, once a full-text table has been written.
        quote.execute(params![
            post_id,
            speaker_id,
            q.speaker.as_ref().map(|s| &s.text),
            q.text,
            q.part.as_str(),
            q.span.start as i64,
            q.span.end as i64,
            q.cue,
            q.kind.as_str(),
            parent_id
        ])?;
        let id = conn.last_insert_rowid();
        quote_ids.push(id);
        quote_text.execute(params![id, q.text])?;
        for &target in &q.about {
            about.execute(params![id, entity_ids[target]])?;
        }
    }
    write_person_facts(conn, post_id, facts, entity_ids, titled)?;
    let mut correction = conn.prepare_cached(
        "INSERT INTO corrections (post_id, kind, label, text, anchor, anchor_start, anchor_end, anchor_sentence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for c in &facts.corrections {
        correction.execute(params![
            post_id,
            c.kind.as_str(),
            c.label,
            c.text,
            c.anchor,
            c.anchor_span.map(|s| s.start as i64),
            c.anchor_span.map(|s| s.end as i64),
            c.anchor_sentence,
        ])?;
    }
    Ok(())
}

/// Writes the title and the role the post gives each of its people and organizations
/// (`person_facts`), and notes them in `titled`. Two of the post's entities may be one record
/// of the archive: the first title stands, and a position outranks a relation
/// ([`preferred_role`]).
fn write_person_facts(
    conn: &Connection,
    post_id: i64,
    facts: &PostFacts,
    entity_ids: &[i64],
    titled: &mut PendingIds,
) -> anyhow::Result<()> {
    let mut given: Vec<(i64, Option<&String>, Option<String>)> = Vec::new();
    for (entity, &id) in facts.entities.iter().zip(entity_ids) {
        if entity.title.is_none() && entity.role.is_none() {
            continue;
        }
        match given.iter_mut().find(|(known, _, _)| *known == id) {
            Some((_, title, role)) => {
                *title = title.or(entity.title.as_ref());
                *role = preferred_role(role.take(), entity.role.as_ref());
            }
            None => given.push((id, entity.title.as_ref(), entity.role.clone())),
        }
    }
    let mut insert = conn.prepare_cached(
        "INSERT INTO person_facts (post_id, person_id, title, role, relation) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (id, title, role) in given {
        let relation = role.as_deref().is_some_and(is_relation);
        insert.execute(params![post_id, id, title, role, relation])?;
        titled.add(id);
    }
    Ok(())
}

/// Gives the people and organizations the import gave a title or a role, or took one from,
/// the title and the role most posts give them (`people_title_role_computed`), where they
/// differ from what `people` holds. (A record no post of the archive names has gone already.)
fn settle_titles_and_roles(conn: &Connection, titled: &mut PendingIds) -> anyhow::Result<()> {
    conn.prepare_cached(
        // (Materialized, the view is computed once per person, not for the test and the set.)
        "WITH c AS MATERIALIZED (
             SELECT * FROM people_title_role_computed
             WHERE person_id IN (SELECT value FROM json_each(?1)))
         UPDATE people SET title = c.title, role = c.role
         FROM c
         WHERE c.person_id = people.id
           AND (people.title IS NOT c.title OR people.role IS NOT c.role)",
    )?
    .execute([titled.take_json()?])
    .context("cannot settle people's titles and roles")?;
    Ok(())
}

/// Finds or creates the archive's record for each entity of a post.
fn resolve_entities(conn: &Connection, entities: &[Entity]) -> anyhow::Result<Vec<i64>> {
    entities.iter().map(|e| resolve_entity(conn, e)).collect()
}

/// Finds the archive's record for an entity, or creates it, then fills in what the post adds
/// (missing party and state; new aliases). Titles and roles are settled by vote at the end of the
/// import (`settle_titles_and_roles`).
///
/// An entity matches a record with the same name, ignoring case ("HARBORLINE" = "Harborline"). A
/// person otherwise matches through one of its multi-word names ("Van Holt" of an earlier
/// post's "Chris Van Holt"); a lone surname matches only a record that is the one person
/// with that alias in the archive, so two people sharing a surname in different posts are not
/// merged; nor are two full names with other given names that share a titled alias ("Mr.
/// Kemp" of Lou Kemp and of Tad Kemp). A record named in full outranks lone surnames' records
/// holding the same alias, and a lone surname tries its titled aliases ("Gov. Vane") before its
/// own record ("Vane", made where it could not be told apart). An organization matches through
/// any alias ("ReachOut" = "ReachOut.org"). A role phrase ("the mayor") names someone only
/// within its post and matches no one.
fn resolve_entity(conn: &Connection, entity: &Entity) -> anyhow::Result<i64> {
    let kind = entity.kind.as_str();
    let by_name: Option<i64> = conn
        .prepare_cached("SELECT id FROM people WHERE name = ?1 COLLATE NOCASE AND kind = ?2")?
        .query_row(params![entity.name, kind], |r| r.get(0))
        .optional()?;
    // A lone surname's record ("Vane", made when the surname could not be told apart) is
    // the last resort: a titled alias the post gives it ("President Vane") may name one
    // person of the archive in full.
    let bare_person = entity.kind == EntityKind::Person && !entity.name.contains(' ');
    let id = match by_name.filter(|_| !bare_person) {
        Some(id) => id,
        None => match (find_by_alias(conn, entity)?, by_name) {
            (Some(id), _) => {
                adopt_fuller_name(conn, id, &entity.name)?;
                id
            }
            (None, Some(id)) => id,
            (None, None) => {
                conn.prepare_cached("INSERT INTO people (name, kind) VALUES (?1, ?2)")?
                    .execute(params![entity.name, kind])?;
                conn.last_insert_rowid()
            }
        },
    };
    if entity.party.is_some() || entity.state.is_some() {
        conn.prepare_cached(
            "UPDATE people SET party = coalesce(party, ?2), state = coalesce(state, ?3) WHERE id = ?1",
        )?
        .execute(params![id, entity.party, entity.state])?;
    }
    let mut alias =
        conn.prepare_cached("INSERT OR IGNORE INTO aliases (alias, person_id) VALUES (?1, ?2)")?;
    for name in std::iter::once(&entity.name).chain(&entity.aliases) {
        alias.execute(params![name, id])?;
    }
    Ok(id)
}

/// How many records holding one alias are read to choose between them: a few namesakes, and
/// lone surnames' records beside them.
const MAX_ALIAS_HOLDERS: usize = 8;

/// The one record of the same kind that has one of the entity's names as an alias.
fn find_by_alias(conn: &Connection, entity: &Entity) -> anyhow::Result<Option<i64>> {
    // The kind is written into the statement: as a parameter, its value steered the plan
    // (SQLite's STAT4), so the statement was prepared again at every lookup.
    let mut lookup = conn.prepare_cached(&format!(
        "SELECT DISTINCT a.person_id, p.name FROM aliases a JOIN people p ON p.id = a.person_id
         WHERE a.alias = ?1 COLLATE NOCASE AND p.kind = '{}' LIMIT {MAX_ALIAS_HOLDERS}",
        entity.kind.as_str()
    ))?;
    // (A lone given name is no surname: "Tom" stays undecided.)
    let surname =
        entity.kind == EntityKind::Person && !GIVEN_NAMES.contains_key(entity.name.as_str());
    let names = std::iter::once(&entity.name).chain(&entity.aliases);
    for name in names {
        // A role phrase ("the mayor", "The president") names someone only within its post.
        let is_role_phrase = name.starts_with(char::is_lowercase)
            || entity.kind == EntityKind::Person && name.to_lowercase().starts_with("the ");
        let is_distinctive =
            !is_role_phrase && (entity.kind == EntityKind::Organization || name.contains(' '));
        let is_bare_name = !name.contains(' ') && name == &entity.name;
        if !is_distinctive && !is_bare_name {
            continue;
        }
        let holders: Vec<(i64, String)> = lookup
            .query_map([name], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        // Between a record named in full and lone surnames' records that share the alias, the
        // one named in full is the person ("Mr. Kemp" of "Lou Kemp" and of a record "Kemp").
        let named_in_full: Vec<i64> = holders
            .iter()
            .filter(|(_, name)| is_named_in_full(name))
            .map(|&(id, _)| id)
            .collect();
        let ids: Vec<i64> = if holders.len() > 1 && surname {
            named_in_full
        } else {
            holders.iter().map(|&(id, _)| id).collect()
        };
        // Of several, the one whose name agrees: "Ann Baird Roe" is "Ann B. Roe", not "Ann
        // C. Roe", though all three are "Ann Roe".
        let mut agreeing = Vec::with_capacity(ids.len());
        for id in ids {
            if !names_another_person(conn, id, &entity.name)? {
                agreeing.push(id);
            }
        }
        if let [id] = agreeing[..] {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Whether the record `id` is named in full as someone else than `name`: with another middle
/// initial or middle name ("Ann B. Roe" and "Ann C. Roe" share the alias "Ann Roe") or another given name
/// ("Lou Kemp" and "Tad Kemp" may share an alias written with a title; "Joe Rusk" and
/// "Joseph R. Rusk Jr." are forms of one name).
fn names_another_person(conn: &Connection, id: i64, name: &str) -> anyhow::Result<bool> {
    let record: String = conn
        .prepare_cached("SELECT name FROM people WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    let (own, other): (Vec<&str>, Vec<&str>) =
        (name.split(' ').collect(), record.split(' ').collect());
    let full = |words: &[&str]| is_named_in_full(&words.join(" "));
    // "Ann B. Roe" and "Ann Baird Roe" may be one person; "Ann Lee Roe" is not either.
    let other_middle = middle_of(&own)
        .zip(middle_of(&other))
        .is_some_and(|(a, b)| {
            let initial = |m: &str| m.chars().next();
            let either_initial = middle_initial(&own).is_some() || middle_initial(&other).is_some();
            if either_initial {
                initial(a) != initial(b)
            } else {
                a != b
            }
        });
    // "Ruiz Vega" is the double surname of "Ana Ruiz Vega", not a given name and a surname.
    let double_surname = |short: &[&str], long: &[&str]| {
        short.len() < long.len() && long.ends_with(short) && !GIVEN_NAMES.contains_key(short[0])
    };
    let other_given_name = full(&own)
        && full(&other)
        && !same_given_name(own[0], other[0])
        && !double_surname(&own, &other)
        && !double_surname(&other, &own);
    Ok(other_middle || other_given_name)
}

/// Renames a record to a fuller name that ends with its current one ("Vick" -> "Lars
/// Vick"), unless another record already has that name. (No `?2 LIKE …`: a parameter on the
/// left of LIKE makes SQLite prepare the statement again whenever its value changes.)
///
/// Whether to is asked first: an UPDATE of `people.name` runs the trigger that rewrites the
/// person's `person_quotes`, so it opens a statement journal even when it changes nothing,
/// and FTS5 flushes its pending index at every one.
fn adopt_fuller_name(conn: &Connection, id: i64, name: &str) -> anyhow::Result<()> {
    // "Mr. Vick" is a way of writing "Vick", no fuller name.
    if opens_with_title(name) {
        return Ok(());
    }
    // A record named in full ("Rand Roe", not "Van Dorn") takes a longer name only when a
    // known given name opens it ("Maria Ruiz Vega" for "Ruiz Vega"); any other first word may
    // describe the person ("Hoosier Rand Roe").
    let given_name = name
        .split(' ')
        .next()
        .is_some_and(|first| GIVEN_NAMES.contains_key(first));
    if !given_name {
        let record: String = conn
            .prepare_cached("SELECT name FROM people WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?;
        if is_named_in_full(&record) {
            return Ok(());
        }
    }
    let fuller = conn
        .prepare_cached(
            "SELECT 1 FROM people
         WHERE id = ?1 AND length(?2) > length(name)
           AND lower(substr(?2, -length(name) - 1)) = ' ' || lower(name)
           AND NOT EXISTS (SELECT 1 FROM people p WHERE p.name = ?2 COLLATE NOCASE AND p.kind = people.kind)",
        )?
        .exists(params![id, name])?;
    if fuller {
        conn.prepare_cached("UPDATE people SET name = ?2 WHERE id = ?1")?
            .execute(params![id, name])?;
    }
    Ok(())
}

/// Counts again, for every person and organization, the posts naming them and the
/// quotations by and about them (`people_counts`, read by the `people_summary` view).
fn count_people(conn: &Connection) -> anyhow::Result<()> {
    conn.execute_batch(
        "DELETE FROM people_counts;
         INSERT INTO people_counts (person_id, posts, quotes_by, quotes_about)
         SELECT pe.id,
                coalesce(m.posts, 0), coalesce(b.quotes, 0), coalesce(a.quotes, 0)
         FROM people pe
         LEFT JOIN (SELECT person_id, count(DISTINCT post_id) AS posts FROM mentions GROUP BY person_id) m
                ON m.person_id = pe.id
         LEFT JOIN (SELECT speaker_id, count(*) AS quotes FROM quotes WHERE kind <> 'scare' GROUP BY speaker_id) b
                ON b.speaker_id = pe.id
         LEFT JOIN (SELECT qa.person_id, count(*) AS quotes FROM quote_about qa JOIN quotes q ON q.id = qa.quote_id
                    WHERE q.kind <> 'scare' GROUP BY qa.person_id) a
                ON a.person_id = pe.id;",
    )?;
    Ok(())
}

/// Removes people and organizations that no post, mention or quote refers to any more.
fn remove_orphans(conn: &Connection) -> anyhow::Result<usize> {
    Ok(conn
        .prepare_cached(
            "DELETE FROM people WHERE
            NOT EXISTS (SELECT 1 FROM mentions WHERE person_id = people.id)
        AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = people.id)
        AND NOT EXISTS (SELECT 1 FROM quote_about WHERE person_id = people.id)
        AND NOT EXISTS (SELECT 1 FROM posts WHERE author_id = people.id)",
        )?
        .execute([])?)
}

/// The current time as ISO 8601 UTC, to the second.
fn now_iso8601() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

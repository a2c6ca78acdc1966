//! Browsing the archive: the list of posts, one post, counts, and an integrity check.

use anyhow::{bail, Context};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

use super::rows;
use crate::output::{Record, Table};

/// Which posts `morgue posts` lists; also its command-line options.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct PostFilter {
    /// Only posts by this author (any alias, case-insensitive).
    #[arg(long)]
    pub author: Option<String>,
    /// Only posts on or after this date (YYYY-MM-DD); undated posts are left out.
    #[arg(long, value_parser = super::iso_date)]
    pub since: Option<String>,
    /// Only posts on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = super::iso_date)]
    pub until: Option<String>,
    /// At most this many posts.
    #[arg(long)]
    pub limit: Option<usize>,
}

/// Posts, oldest first (undated posts after dated ones), then by id.
pub fn posts(conn: &Connection, filter: &PostFilter) -> anyhow::Result<Table> {
    let mut stmt = conn.prepare(
        "SELECT p.id, p.published_at AS date, a.name AS author, p.title
         FROM posts p LEFT JOIN people a ON a.id = p.author_id
         WHERE (?1 IS NULL OR p.author_id IN (SELECT person_id FROM aliases WHERE alias = ?1 COLLATE NOCASE))
           AND (?2 IS NULL OR p.published_at >= ?2)
           AND (?3 IS NULL OR substr(p.published_at, 1, 10) <= ?3)
         ORDER BY p.published_at IS NULL, p.published_at, p.id
         LIMIT ?4",
    )?;
    let limit = filter.limit.map_or(-1, |l| l as i64);
    let rows = rows(
        &mut stmt,
        params![filter.author, filter.since, filter.until, limit],
    )?;
    Ok(Table {
        columns: vec!["id", "date", "author", "title"],
        rows,
    })
}

/// One post: metadata, counts of its facts, and the body.
pub fn post(conn: &Connection, id: i64) -> anyhow::Result<Record> {
    let row = conn
        .query_row(
            "SELECT p.id, p.title, a.name, p.published_at, p.url, p.source, p.imported_at, p.updated_at,
                    (SELECT count(*) FROM quotes q WHERE q.post_id = p.id AND q.kind <> 'scare'),
                    (SELECT count(DISTINCT person_id) FROM mentions m WHERE m.post_id = p.id),
                    (SELECT count(*) FROM corrections c WHERE c.post_id = p.id),
                    p.body
             FROM posts p LEFT JOIN people a ON a.id = p.author_id WHERE p.id = ?1",
            [id],
            |r| (0..12).map(|i| r.get_ref(i).map(super::json_value)).collect::<Result<Vec<_>, _>>(),
        )
        .optional()?;
    let Some(values) = row else {
        bail!("no post with id {id}; `morgue posts` lists them");
    };
    let keys = [
        "id",
        "title",
        "author",
        "date",
        "url",
        "source",
        "imported_at",
        "updated_at",
        "quotes",
        "people",
        "corrections",
        "body",
    ];
    Ok(keys.into_iter().zip(values).collect())
}

/// Update and correction notes, by post date, with the sentence their anchor stands in.
pub fn corrections(conn: &Connection, kind: Option<&str>) -> anyhow::Result<Table> {
    let mut stmt = conn.prepare_cached(
        "SELECT post_id, title, date, kind, label, text, anchor, anchor_sentence AS in_context
         FROM corrections_list WHERE (?1 IS NULL OR kind = ?1)
         ORDER BY date IS NULL, date, post_id, id",
    )?;
    let rows = rows(&mut stmt, [kind])?;
    Ok(Table {
        columns: vec![
            "post_id",
            "title",
            "date",
            "kind",
            "label",
            "text",
            "anchor",
            "in_context",
        ],
        rows,
    })
}

/// Counts of what the archive holds, and the range of post dates.
pub fn stats(conn: &Connection) -> anyhow::Result<Record> {
    let count = |sql: &str| -> anyhow::Result<Value> {
        Ok(json!(conn.query_row(sql, [], |r| r.get::<_, i64>(0))?))
    };
    let (first, last): (Option<String>, Option<String>) = conn.query_row(
        "SELECT min(published_at), max(published_at) FROM posts",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(vec![
        ("posts", count("SELECT count(*) FROM posts")?),
        (
            "people",
            count("SELECT count(*) FROM people WHERE kind = 'person'")?,
        ),
        (
            "organizations",
            count("SELECT count(*) FROM people WHERE kind = 'organization'")?,
        ),
        (
            "quotes",
            count("SELECT count(*) FROM quotes WHERE kind <> 'scare'")?,
        ),
        (
            "scare_quotes",
            count("SELECT count(*) FROM quotes WHERE kind = 'scare'")?,
        ),
        ("corrections", count("SELECT count(*) FROM corrections")?),
        ("first_post", json!(first)),
        ("last_post", json!(last)),
    ])
}

/// Runs SQLite's `integrity_check`, `foreign_key_check`, a recount of `people_pairs`, a
/// comparison of `person_quotes` and of people's titles and roles with their views, and the
/// full-text indexes' own `integrity-check`. Returns one row per finding; an empty table means
/// the archive is sound.
pub fn check(conn: &Connection) -> anyhow::Result<Table> {
    let mut findings = Table::new(vec!["check", "finding"]);
    let mut integrity = conn.prepare("PRAGMA integrity_check")?;
    for message in integrity.query_map([], |r| r.get::<_, String>(0))? {
        let message = message?;
        if message != "ok" {
            findings
                .rows
                .push(vec![json!("integrity_check"), json!(message)]);
        }
    }
    let mut foreign = conn.prepare("PRAGMA foreign_key_check")?;
    for row in foreign.query_map([], |r| {
        Ok(format!(
            "{} row {} refers to a missing {} row",
            r.get::<_, String>(0)?,
            r.get::<_, Option<i64>>(1)?
                .map_or("?".into(), |i| i.to_string()),
            r.get::<_, String>(2)?
        ))
    })? {
        findings
            .rows
            .push(vec![json!("foreign_key_check"), json!(row?)]);
    }
    // Stored copies must equal what they are computed from: the pair counts a count from the
    // mentions, by the same rule (each post's most-named people only, store::pairs::most_named);
    // `person_quotes` its view; people's titles and roles the ones most posts give.
    let pairs_drift = format!(
        "WITH ranked AS (
             SELECT post_id, person_id,
                    row_number() OVER (PARTITION BY post_id
                                       ORDER BY count(*) DESC, min(char_start), person_id) AS place
             FROM mentions GROUP BY post_id, person_id),
         named AS (SELECT post_id, person_id FROM ranked WHERE place <= {}),
         counted AS (
             SELECT a.person_id, b.person_id AS other_id, count(*) AS posts
             FROM named a JOIN named b ON b.post_id = a.post_id AND b.person_id <> a.person_id
             GROUP BY a.person_id, b.person_id)
         SELECT (SELECT count(*) FROM (SELECT * FROM counted
                                       EXCEPT SELECT person_id, other_id, posts FROM people_pairs))
              + (SELECT count(*) FROM (SELECT person_id, other_id, posts FROM people_pairs
                                       EXCEPT SELECT * FROM counted))",
        crate::store::pairs::MAX_PEOPLE_PER_POST
    );
    let copies = [
        (
            "people_pairs",
            pairs_drift.as_str(),
            "pair counts differ from the mentions; `morgue reextract` rebuilds them",
        ),
        (
            "person_quotes",
            "SELECT (SELECT count(*) FROM (SELECT * FROM person_quotes_computed EXCEPT SELECT * FROM person_quotes))
                  + (SELECT count(*) FROM (SELECT * FROM person_quotes EXCEPT SELECT * FROM person_quotes_computed))",
            "rows differ from person_quotes_computed; `morgue reextract` rebuilds them",
        ),
        (
            "people_title_role",
            "SELECT count(*) FROM people pe JOIN people_title_role_computed c ON c.person_id = pe.id
             WHERE pe.title IS NOT c.title OR pe.role IS NOT c.role",
            "people's title or role is not the one most posts give; `morgue reextract` settles them",
        ),
    ];
    for (check, count, what) in copies {
        let differing: i64 = conn.query_row(count, [], |r| r.get(0))?;
        if differing > 0 {
            findings
                .rows
                .push(vec![json!(check), json!(format!("{differing} {what}"))]);
        }
    }
    for table in ["posts_fts", "quotes_fts"] {
        let fts = conn
            .execute(
                &format!("INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)"),
                [],
            )
            .with_context(|| format!("{table} integrity check"));
        if let Err(err) = fts {
            findings.rows.push(vec![
                json!(format!("{table} integrity-check")),
                json!(format!("{err:#}")),
            ]);
        }
    }
    Ok(findings)
}

//! "Who said what about whom": the `who_said_what` view, filtered. Scare quotes are stored but
//! never reported here. The Datasette stored query is built from the same pieces, so both
//! give the same rows.

use rusqlite::{named_params, Connection};
use serde_json::Value;

use super::{resolve_name, rows_of};
use crate::output::Table;

/// Which quotations `morgue said` lists; also its command-line options.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct SaidFilter {
    /// Only quotations by this speaker (any alias, case-insensitive).
    #[arg(long)]
    pub by: Option<String>,
    /// Only quotations about this person or organization (any alias).
    #[arg(long)]
    pub about: Option<String>,
    /// Only quotations of this post.
    #[arg(long)]
    pub post: Option<i64>,
    /// Only posts on or after this date (YYYY-MM-DD).
    #[arg(long, value_parser = super::iso_date)]
    pub since: Option<String>,
    /// Only posts on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = super::iso_date)]
    pub until: Option<String>,
    /// Only quotations with this cue: said, told, "according to", …
    #[arg(long)]
    pub cue: Option<String>,
    /// Only quotations containing this text (case-insensitive).
    #[arg(long)]
    pub contains: Option<String>,
    /// At most this many quotations.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Newest first (with --limit: the latest quotations).
    #[arg(long)]
    pub newest: bool,
}

/// The columns `said` reports, from `who_said_what`.
pub const SAID_COLUMNS: &str = "post_id, source, title, date, speaker, cue, kind, text, about";
/// Quotations by the speaker `:speaker` names, through any alias, ignoring case.
pub const BY_SPEAKER: &str =
    "speaker_id IN (SELECT person_id FROM aliases WHERE alias = :speaker COLLATE NOCASE)";
/// Quotations about whom `:about` names, through any alias, ignoring case.
pub const ABOUT: &str = "quote_id IN (SELECT qa.quote_id FROM quote_about qa JOIN aliases a ON a.person_id = qa.person_id
     WHERE a.alias = :about COLLATE NOCASE)";
/// The order of `said`: by post date (undated last), post, then position, headline first.
pub const SAID_ORDER: &str = "date IS NULL, date, post_id, part = 'body', char_start, quote_id";
/// The same order reversed, for `--newest`.
const SAID_ORDER_NEWEST: &str =
    "date IS NULL DESC, date DESC, post_id DESC, part = 'body' DESC, char_start DESC, quote_id DESC";
/// Quotations (not scare quotes) read post by post in date order, through the posts' date
/// index: the way to the first few of a much-quoted person's many quotations, which would
/// otherwise all be read and sorted first. Has the filter columns of `who_said_what`.
const QUOTES_BY_POST_DATE: &str =
    "(SELECT q.id AS quote_id, p.id AS post_id, p.published_at AS date,
        q.speaker_id, q.cue, q.text, q.part, q.char_start
     FROM posts p CROSS JOIN quotes q INDEXED BY quotes_post_id ON q.post_id = p.id
     WHERE q.kind <> 'scare') d";
/// [`ABOUT`] for [`QUOTES_BY_POST_DATE`]: tested quotation by quotation.
const ABOUT_EACH: &str =
    "EXISTS (SELECT 1 FROM quote_about qa JOIN aliases a ON a.person_id = qa.person_id
     WHERE qa.quote_id = d.quote_id AND a.alias = :about COLLATE NOCASE)";

/// The stored query Datasette runs for "who said what about whom"; an empty `:speaker` or
/// `:about` matches everyone.
pub fn said_stored_query() -> String {
    format!(
        "SELECT {SAID_COLUMNS} FROM who_said_what\nWHERE (coalesce(:speaker, '') = '' OR {BY_SPEAKER})\n  AND (coalesce(:about, '') = '' OR {ABOUT})\nORDER BY {SAID_ORDER}"
    )
}

/// Speech and partial quotations matching the filter. An unknown `--by` or `--about` name is
/// an error that suggests the closest names.
pub fn said(conn: &Connection, filter: &SaidFilter) -> anyhow::Result<Table> {
    for name in [&filter.by, &filter.about].into_iter().flatten() {
        resolve_name(conn, name)?;
    }
    // Only the filters given go into the query, so SQLite can use the speaker's or target's
    // index instead of reading every quotation.
    let same = |sql| Condition {
        indexed: sql,
        each: sql,
    };
    let given = [
        (filter.by.is_some(), same(BY_SPEAKER)),
        (
            filter.about.is_some(),
            Condition {
                indexed: ABOUT,
                each: ABOUT_EACH,
            },
        ),
        (filter.post.is_some(), same("post_id = :post")),
        (filter.since.is_some(), same("date >= :since")),
        (
            filter.until.is_some(),
            same("substr(date, 1, 10) <= :until"),
        ),
        (filter.cue.is_some(), same("cue = :cue COLLATE NOCASE")),
        (
            filter.contains.is_some(),
            same("instr(lower(text), lower(:contains)) > 0"),
        ),
    ];
    let conditions: Vec<Condition> = given
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, condition)| condition)
        .collect();
    let fewest = [
        quote_count(conn, filter.by.as_deref(), "quotes_by")?,
        quote_count(conn, filter.about.as_deref(), "quotes_about")?,
    ]
    .into_iter()
    .flatten()
    .min();
    let shape = Shape {
        columns: SAID_COLUMNS,
        limit: filter.limit,
        newest: filter.newest,
        fewest,
    };
    select_quotations(
        conn,
        &conditions,
        named_params! {
            ":speaker": filter.by, ":about": filter.about, ":post": filter.post, ":since": filter.since,
            ":until": filter.until, ":cue": filter.cue, ":contains": filter.contains,
        },
        &shape,
    )
}

/// One condition on quotations, written for both ways of reading them: through an index of
/// `who_said_what`'s columns, and row by row of [`QUOTES_BY_POST_DATE`] (named `d`).
pub(crate) struct Condition {
    pub indexed: &'static str,
    pub each: &'static str,
}

/// What a quotation query returns: its columns of `who_said_what`, how many rows, in which
/// order, and how many quotations the narrowest condition allows at most (from
/// `people_counts`), which decides how they are read.
pub(crate) struct Shape {
    pub columns: &'static str,
    pub limit: Option<usize>,
    pub newest: bool,
    pub fewest: Option<i64>,
}

/// Speech and partial quotations meeting every condition, in `said`'s order (or newest first).
/// With a limit and a much-quoted person ([`super::reads_in_date_order`]) they are read post by
/// post in date order, which stops after `limit` rows, instead of read in full through the
/// person's index and sorted.
pub(crate) fn select_quotations(
    conn: &Connection,
    conditions: &[Condition],
    params: &[(&str, &dyn rusqlite::ToSql)],
    shape: &Shape,
) -> anyhow::Result<Table> {
    let by_post_date = match shape.limit {
        Some(limit) => {
            let total: i64 =
                conn.query_row("SELECT coalesce(max(id), 0) FROM quotes", [], |r| r.get(0))?;
            super::reads_in_date_order(limit, total, shape.fewest)
        }
        None => false,
    };
    let filter_sql = if conditions.is_empty() {
        "1".to_string()
    } else {
        conditions
            .iter()
            .map(|c| if by_post_date { c.each } else { c.indexed })
            .collect::<Vec<_>>()
            .join(" AND ")
    };
    let order = if shape.newest {
        SAID_ORDER_NEWEST
    } else {
        SAID_ORDER
    };
    let columns = shape.columns;
    let sql = if by_post_date {
        format!(
            "SELECT {columns} FROM who_said_what WHERE quote_id IN (
                SELECT quote_id FROM {QUOTES_BY_POST_DATE} WHERE {filter_sql} ORDER BY {order} LIMIT :limit)
             ORDER BY {order}"
        )
    } else {
        format!(
            "SELECT {columns} FROM who_said_what WHERE {filter_sql} ORDER BY {order} LIMIT :limit"
        )
    };
    let limit = shape.limit.map_or(-1, |l| l as i64);
    let mut params = params.to_vec();
    params.push((":limit", &limit));
    let mut rows = rows_of(conn, &sql, &params)?;
    if columns.ends_with("about") {
        for row in &mut rows {
            parse_about(row);
        }
    }
    Ok(Table {
        columns: columns.split(", ").collect(),
        rows,
    })
}

/// How many quotations by (`quotes_by`) or about (`quotes_about`) everyone `name` names.
fn quote_count(
    conn: &Connection,
    name: Option<&str>,
    column: &str,
) -> rusqlite::Result<Option<i64>> {
    name.map(|name| {
        conn.prepare_cached(&format!(
            "SELECT coalesce(sum(c.{column}), 0) FROM people_counts c
             WHERE c.person_id IN (SELECT person_id FROM aliases WHERE alias = ?1 COLLATE NOCASE)"
        ))?
        .query_row([name], |r| r.get(0))
    })
    .transpose()
}

/// `about` arrives as JSON text from json_group_array; programs get it as an array.
pub(crate) fn parse_about(row: &mut [Value]) {
    if let Some(about) = row.last_mut() {
        if let Value::String(json) = about {
            *about = serde_json::from_str(json).unwrap_or(Value::Array(vec![]));
        }
    }
}

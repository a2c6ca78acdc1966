//! "Who said what about whom": the `who_said_what` view, filtered; the quotations by or about
//! one person from its stored copy `person_quotes`, where they lie together in date order.
//! Scare quotes are stored but never reported here. The Datasette stored query is built from
//! the same pieces, so both give the same rows.

use std::borrow::Cow;

use rusqlite::{named_params, Connection};
use serde_json::Value;

use super::{each_row, resolve_name};
use crate::output::{Cell, RowSink};

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

/// The columns `said` reports, from `who_said_what` (and `person_quotes`, which has them too).
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
/// [`SAID_ORDER`] in `person_quotes`, whose primary key it follows after the person and role.
const PERSON_ORDER: &str = "undated, sort_date, post_id, in_body, char_start, quote_id";
/// [`PERSON_ORDER`] reversed.
const PERSON_ORDER_NEWEST: &str =
    "undated DESC, sort_date DESC, post_id DESC, in_body DESC, char_start DESC, quote_id DESC";

/// The stored query Datasette runs for "who said what about whom"; an empty `:speaker` or
/// `:about` matches everyone.
pub fn said_stored_query() -> String {
    format!(
        "SELECT {SAID_COLUMNS} FROM who_said_what\nWHERE (coalesce(:speaker, '') = '' OR {BY_SPEAKER})\n  AND (coalesce(:about, '') = '' OR {ABOUT})\nORDER BY {SAID_ORDER}"
    )
}

/// Speech and partial quotations matching the filter, into `rows` as they are read. An unknown
/// `--by` or `--about` name is an error that suggests the closest names.
pub fn said(conn: &Connection, filter: &SaidFilter, rows: &mut dyn RowSink) -> anyhow::Result<()> {
    let by = filter
        .by
        .as_deref()
        .map(|n| people_named(conn, n))
        .transpose()?;
    let about = filter
        .about
        .as_deref()
        .map(|n| people_named(conn, n))
        .transpose()?;
    // A person's quotations are read from `person_quotes`, where they lie together; the
    // other filters (and `--about` when `--by` is given too) narrow them down.
    let person = match (by, about) {
        (Some(ids), _) => Some(Person {
            ids,
            role: Role::By,
        }),
        (None, Some(ids)) => Some(Person {
            ids,
            role: Role::About,
        }),
        (None, None) => None,
    };
    let given = [
        (filter.about.is_some() && filter.by.is_some(), ABOUT),
        (filter.post.is_some(), "post_id = :post"),
        (filter.since.is_some(), "date >= :since"),
        (filter.until.is_some(), "substr(date, 1, 10) <= :until"),
        (filter.cue.is_some(), "cue = :cue COLLATE NOCASE"),
        (
            filter.contains.is_some(),
            "instr(lower(text), lower(:contains)) > 0",
        ),
    ];
    let conditions: Vec<&str> = given
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, condition)| condition)
        .collect();
    let shape = Shape {
        columns: SAID_COLUMNS,
        limit: filter.limit,
        newest: filter.newest,
    };
    select_quotations(
        conn,
        person.as_ref(),
        &conditions,
        named_params! {
            ":speaker": filter.by, ":about": filter.about, ":post": filter.post, ":since": filter.since,
            ":until": filter.until, ":cue": filter.cue, ":contains": filter.contains,
        },
        &shape,
        rows,
    )
}

/// The ids of everyone `name` names (any alias, ignoring case); an unknown name is
/// [`super::QueryError::UnknownName`].
fn people_named(conn: &Connection, name: &str) -> anyhow::Result<Vec<i64>> {
    resolve_name(conn, name)?;
    Ok(conn
        .prepare_cached(
            "SELECT DISTINCT person_id FROM aliases WHERE alias = ?1 COLLATE NOCASE ORDER BY person_id",
        )?
        .query_map([name], |r| r.get(0))?
        .collect::<Result<_, _>>()?)
}

/// Which of a person's quotations: those they said, or those about them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    By,
    About,
}

/// The people whose quotations a query lists (usually one; a name can be shared), and which.
pub(crate) struct Person {
    pub ids: Vec<i64>,
    pub role: Role,
}

/// What a quotation query returns: its columns of `who_said_what`, how many rows, and in which
/// order.
pub(crate) struct Shape {
    pub columns: &'static str,
    pub limit: Option<usize>,
    pub newest: bool,
}

/// Speech and partial quotations meeting every condition (written on the columns
/// `who_said_what` and `person_quotes` share), in `said`'s order or newest first, into `rows`.
/// A person's are read from `person_quotes` in the order of its key, so a limit stops the
/// reading early.
pub(crate) fn select_quotations(
    conn: &Connection,
    person: Option<&Person>,
    conditions: &[&str],
    params: &[(&str, &dyn rusqlite::ToSql)],
    shape: &Shape,
    rows: &mut dyn RowSink,
) -> anyhow::Result<()> {
    let mut filters: Vec<String> = conditions.iter().map(|c| c.to_string()).collect();
    let columns = shape.columns;
    let sql = match person {
        Some(person) => {
            let ids: Vec<String> = person.ids.iter().map(i64::to_string).collect();
            let role = match person.role {
                Role::By => "by",
                Role::About => "about",
            };
            filters.insert(
                0,
                format!("person_id IN ({}) AND role = '{role}'", ids.join(", ")),
            );
            // A quotation about two people of the same name is listed once.
            let once = if person.ids.len() > 1 && person.role == Role::About {
                "GROUP BY quote_id"
            } else {
                ""
            };
            let order = if shape.newest {
                PERSON_ORDER_NEWEST
            } else {
                PERSON_ORDER
            };
            format!(
                "SELECT {columns} FROM person_quotes WHERE {} {once} ORDER BY {order} LIMIT :limit",
                filters.join(" AND ")
            )
        }
        None => {
            let order = if shape.newest {
                SAID_ORDER_NEWEST
            } else {
                SAID_ORDER
            };
            filters.insert(0, "1".to_string());
            format!(
                "SELECT {columns} FROM who_said_what WHERE {} ORDER BY {order} LIMIT :limit",
                filters.join(" AND ")
            )
        }
    };
    let limit = shape.limit.map_or(-1, |l| l as i64);
    let mut params = params.to_vec();
    params.push((":limit", &limit));
    let names: Vec<&'static str> = columns.split(", ").collect();
    rows.columns(&names)?;
    let has_about = names.last() == Some(&"about");
    each_row(conn, &sql, &params, |row| {
        // `about` is JSON (from json_group_array): a list for programs.
        if let (true, Some(about)) = (has_about, row.last_mut()) {
            if let Cell::Text(Cow::Borrowed(json)) = about {
                *about = Cell::Json(json);
            }
        }
        rows.push(row)
    })
}

/// `about` arrives as JSON text from json_group_array; programs get it as an array, read as
/// a [`Cell::Json`] is.
pub(crate) fn parse_about(row: &mut [Value]) {
    if let Some(about) = row.last_mut() {
        if let Value::String(json) = about {
            *about = Value::from(&Cell::Json(json));
        }
    }
}

//! "Who said what about whom": the `who_said_what` view, filtered. Scare quotes are stored but
//! never reported here. The Datasette stored query is built from the same pieces, so both
//! give the same rows.

use rusqlite::{named_params, Connection};
use serde_json::Value;

use super::{resolve_name, rows};
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
    let given = [
        (filter.by.is_some(), BY_SPEAKER),
        (filter.about.is_some(), ABOUT),
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
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, sql)| *sql)
        .collect();
    let filter_sql = if conditions.is_empty() {
        "1".to_string()
    } else {
        conditions.join(" AND ")
    };
    let sql = format!("SELECT {SAID_COLUMNS} FROM who_said_what WHERE {filter_sql} ORDER BY {SAID_ORDER} LIMIT :limit");
    let mut stmt = conn.prepare_cached(&sql)?;
    let limit = filter.limit.map_or(-1, |l| l as i64);
    let mut rows = rows(
        &mut stmt,
        named_params! {
            ":speaker": filter.by, ":about": filter.about, ":post": filter.post, ":since": filter.since,
            ":until": filter.until, ":cue": filter.cue, ":contains": filter.contains, ":limit": limit,
        }
        .iter()
        .filter(|(name, _)| sql.contains(name))
        .copied()
        .collect::<Vec<_>>()
        .as_slice(),
    )?;
    for row in &mut rows {
        parse_about(row);
    }
    Ok(Table {
        columns: SAID_COLUMNS.split(", ").collect(),
        rows,
    })
}

/// `about` arrives as JSON text from json_group_array; programs get it as an array.
pub(crate) fn parse_about(row: &mut [Value]) {
    if let Some(about) = row.last_mut() {
        if let Value::String(json) = about {
            *about = serde_json::from_str(json).unwrap_or(Value::Array(vec![]));
        }
    }
}

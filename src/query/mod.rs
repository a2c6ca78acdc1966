//! Canned queries over the archive. Each returns an [`output::Table`] or [`output::Record`] in
//! a deterministic order, with canonical names, so every output format says the same thing.
//! Most read the SQL views of `migrations/0002_queries.sql`, which other SQLite tools see too.
//!
//! [`output::Table`]: crate::output::Table
//! [`output::Record`]: crate::output::Record

mod browse;
mod datasette;
mod export;
mod people;
mod reuse;
mod said;
mod search;

pub use browse::{check, corrections, post, posts, stats, PostFilter};
pub use datasette::datasette_config;
pub use export::export;
pub use people::{people, person, PeopleFilter, PeopleSort};
pub use reuse::reuse;
pub use said::{said, said_stored_query, SaidFilter};
pub use search::{search, SearchIn};

use std::borrow::Cow;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};
use serde_json::Value;

use crate::output::Cell;

/// Parses a date argument: `YYYY-MM-DD`.
pub fn iso_date(text: &str) -> Result<String, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|d| d.to_string())
        .map_err(|_| format!("expected a date as YYYY-MM-DD, got {text:?}"))
}

/// Why a query could not answer. Callers match on these to tell the user what to try.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// No person or organization has this name or alias.
    #[error("no one in the archive is called {name:?}{}", suggestion(.closest))]
    UnknownName { name: String, closest: Vec<String> },
    /// The full-text query is not valid FTS5 syntax.
    #[error("cannot search for {query:?}: {reason}. Put a phrase in double quotes, and use AND, OR, NOT in capitals")]
    BadSearch { query: String, reason: String },
}

fn suggestion(closest: &[String]) -> String {
    if closest.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", closest.join(", "))
    }
}

/// Whether to find the first `limit` of a person's `n` rows (of `total`, the largest id will do)
/// by reading every row in date order, rather than through the person's index and sorting.
/// Date order finds them after about `limit × total / n` rows, the index after `n` rows and a
/// sort: date order wins when `limit × total < n²`, for the much-named.
pub(crate) fn reads_in_date_order(limit: usize, total: i64, n: Option<i64>) -> bool {
    n.is_some_and(|n| (limit as i64).saturating_mul(total) < n.saturating_mul(n))
}

/// How many names an unknown name suggests.
const SUGGESTIONS: usize = 3;

/// The id and canonical name of the person or organization known by `name` (any alias,
/// ignoring case), or [`QueryError::UnknownName`] with the closest names.
pub fn resolve_name(conn: &Connection, name: &str) -> anyhow::Result<(i64, String)> {
    let found = conn
        .prepare_cached(
            "SELECT p.id, p.name FROM aliases a JOIN people p ON p.id = a.person_id
             WHERE a.alias = ?1 COLLATE NOCASE
             ORDER BY coalesce((SELECT posts FROM people_counts c WHERE c.person_id = p.id), 0) DESC, p.id LIMIT 1",
        )?
        .query_row([name], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some(found) = found {
        return Ok(found);
    }
    let lower = name.to_lowercase();
    let mut scored: Vec<(f64, String)> = conn
        .prepare_cached(
            "SELECT DISTINCT p.name, a.alias FROM aliases a JOIN people p ON p.id = a.person_id",
        )?
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .filter_map(Result::ok)
        .map(|(canonical, alias)| {
            (
                strsim::jaro_winkler(&lower, &alias.to_lowercase()),
                canonical,
            )
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut closest: Vec<String> = Vec::new();
    for (score, canonical) in scored {
        if score < 0.7 || closest.len() == SUGGESTIONS {
            break;
        }
        if !closest.contains(&canonical) {
            closest.push(canonical);
        }
    }
    Err(QueryError::UnknownName {
        name: name.to_string(),
        closest,
    }
    .into())
}

/// A column of an SQLite row as a JSON value.
pub(crate) fn json_value(value: ValueRef<'_>) -> Value {
    Value::from(&cell(value))
}

/// A column of an SQLite row as a [`Cell`], borrowed from the row. Text that is not UTF-8
/// has U+FFFD for its bad bytes. (Checked with `str::from_utf8` first: `from_utf8_lossy`
/// alone is several times slower on valid text.)
fn cell(value: ValueRef<'_>) -> Cell<'_> {
    match value {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(i) => Cell::Integer(i),
        ValueRef::Real(f) => Cell::Real(f),
        ValueRef::Text(bytes) => Cell::Text(match std::str::from_utf8(bytes) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(bytes),
        }),
        ValueRef::Blob(b) => Cell::Text(Cow::Owned(format!("<{} bytes>", b.len()))),
    }
}

/// Rows of `sql` (prepared once and cached), given those of `params` the statement names: one
/// list of named parameters serves statements built with or without some filters.
pub(crate) fn rows_of(
    conn: &rusqlite::Connection,
    sql: &str,
    params: &[(&str, &dyn rusqlite::ToSql)],
) -> anyhow::Result<Vec<Vec<Value>>> {
    let mut rows = Vec::new();
    each_row(conn, sql, params, |row| {
        rows.push(row.iter().map(Value::from).collect());
        Ok(())
    })?;
    Ok(rows)
}

/// [`rows_of`], each row handed to `take` as it is read instead of collected, its cells
/// borrowed from SQLite's row (`take` may change them).
pub(crate) fn each_row(
    conn: &rusqlite::Connection,
    sql: &str,
    params: &[(&str, &dyn rusqlite::ToSql)],
    mut take: impl FnMut(&mut [Cell<'_>]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let used: Vec<(&str, &dyn rusqlite::ToSql)> = params
        .iter()
        .filter(|(name, _)| sql.contains(name))
        .copied()
        .collect();
    let mut stmt = conn.prepare_cached(sql)?;
    let columns = stmt.column_count();
    let mut rows = stmt.query(used.as_slice())?;
    while let Some(row) = rows.next()? {
        let mut cells = (0..columns)
            .map(|i| row.get_ref(i).map(cell))
            .collect::<Result<Vec<_>, _>>()?;
        take(&mut cells)?;
    }
    Ok(())
}

/// Runs a query and collects every row, each column converted with [`json_value`].
pub(crate) fn rows(
    stmt: &mut rusqlite::Statement<'_>,
    params: impl rusqlite::Params,
) -> rusqlite::Result<Vec<Vec<Value>>> {
    let columns = stmt.column_count();
    stmt.query_map(params, |row| {
        (0..columns)
            .map(|i| row.get_ref(i).map(json_value))
            .collect()
    })?
    .collect()
}

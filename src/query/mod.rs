//! Canned queries over the archive. Each returns an [`output::Table`] or [`output::Record`] in
//! a deterministic order, with canonical names, so every output format says the same thing.

mod browse;
mod said;

pub use browse::{check, post, posts, stats, PostFilter};
pub use said::{said, SaidFilter};

use rusqlite::types::ValueRef;
use serde_json::Value;

/// A column of an SQLite row as a JSON value.
pub(crate) fn json_value(value: ValueRef<'_>) -> Value {
    match value {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::from(format!("<{} bytes>", b.len())),
    }
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

//! "Who said what about whom": quotations that are speech or quoted phrases, with their
//! speakers and targets. Scare quotes are stored but never reported here.

use rusqlite::{params, Connection};
use serde_json::Value;

use super::rows;
use crate::output::Table;

/// Which quotations `morgue said` lists.
#[derive(Debug, Default, Clone)]
pub struct SaidFilter {
    /// Speaker name or alias, case-insensitive.
    pub by: Option<String>,
    /// A target's name or alias, case-insensitive.
    pub about: Option<String>,
    pub post: Option<i64>,
}

/// Speech and partial quotations, by post date, then post, then position (headline first).
pub fn said(conn: &Connection, filter: &SaidFilter) -> anyhow::Result<Table> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id AS post_id, p.source, p.title, p.published_at AS date,
                coalesce(s.name, q.speaker_text) AS speaker, q.cue, q.kind, q.text,
                (SELECT json_group_array(name) FROM
                    (SELECT t.name FROM quote_about qa JOIN people t ON t.id = qa.person_id
                     WHERE qa.quote_id = q.id ORDER BY t.name)) AS about
         FROM quotes q
         JOIN posts p ON p.id = q.post_id
         LEFT JOIN people s ON s.id = q.speaker_id
         WHERE q.kind <> 'scare'
           AND (?1 IS NULL OR q.speaker_id IN (SELECT person_id FROM aliases WHERE alias = ?1 COLLATE NOCASE))
           AND (?2 IS NULL OR EXISTS (SELECT 1 FROM quote_about qa JOIN aliases a ON a.person_id = qa.person_id
                                      WHERE qa.quote_id = q.id AND a.alias = ?2 COLLATE NOCASE))
           AND (?3 IS NULL OR p.id = ?3)
         ORDER BY p.published_at IS NULL, p.published_at, p.id, q.part = 'body', q.char_start, q.id",
    )?;
    let mut rows = rows(&mut stmt, params![filter.by, filter.about, filter.post])?;
    for row in &mut rows {
        // `about` arrives as JSON text from json_group_array.
        if let Some(Value::String(json)) = row.last() {
            let parsed = serde_json::from_str(json).unwrap_or(Value::Array(vec![]));
            *row.last_mut().expect("about column") = parsed;
        }
    }
    Ok(Table {
        columns: vec![
            "post_id", "source", "title", "date", "speaker", "cue", "kind", "text", "about",
        ],
        rows,
    })
}

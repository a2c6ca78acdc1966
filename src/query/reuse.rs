//! Passages posts share with earlier posts (`morgue reuse`), from `reused_passages_list`.

use rusqlite::{named_params, Connection};

use super::rows;
use crate::output::Table;

/// Reused passages of at least `min_words` words, by post and position.
pub fn reuse(conn: &Connection, min_words: usize) -> anyhow::Result<Table> {
    let mut stmt = conn.prepare_cached(
        "SELECT post_id, title, source_post_id, source_title, words, similarity, passage
         FROM reused_passages_list WHERE words >= :min
         ORDER BY post_id, char_start, source_post_id",
    )?;
    let rows = rows(&mut stmt, named_params! { ":min": min_words as i64 })?;
    Ok(Table {
        columns: vec![
            "post_id",
            "title",
            "source_post_id",
            "source_title",
            "words",
            "similarity",
            "passage",
        ],
        rows,
    })
}

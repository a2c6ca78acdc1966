//! Rebuilding every derived table from the stored raw text, so an improved extractor upgrades
//! an archive without re-importing its files.

use anyhow::Context;
use rayon::prelude::*;
use rusqlite::Connection;

use super::write::{finish_writes, replace_facts, ImportState};
use crate::extract::{extract_post, Format};

/// Posts extracted together, in parallel, between writes.
const CHUNK: usize = 500;

/// What a re-extraction did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReextractSummary {
    pub posts: usize,
    /// Posts whose raw text no longer yields facts: (source, reason). They keep their row and
    /// lose their derived rows.
    pub failed: Vec<(String, String)>,
}

/// Re-extracts every post, in id order, in one transaction: people, aliases, mentions, quotes
/// and corrections are rebuilt exactly as a fresh import of the same posts would build them.
pub fn reextract_all(conn: &mut Connection) -> anyhow::Result<ReextractSummary> {
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO quotes_fts (quotes_fts) VALUES ('delete-all')",
        [],
    )?;
    for table in [
        "person_quotes",
        "quote_about",
        "quotes",
        "mentions",
        "corrections",
        "person_facts",
        "aliases",
    ] {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    tx.execute("DELETE FROM people_pairs", [])?;
    tx.execute("UPDATE posts SET author_id = NULL", [])?;
    tx.execute("DELETE FROM people", [])?;
    let ids: Vec<i64> = tx
        .prepare("SELECT id FROM posts ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let mut summary = ReextractSummary::default();
    let mut state = ImportState::default();
    let mut read = tx.prepare("SELECT source, format, raw FROM posts WHERE id = ?1")?;
    for chunk in ids.chunks(CHUNK) {
        let posts: Vec<(i64, String, String, String)> = chunk
            .iter()
            .map(|&id| read.query_row([id], |r| Ok((id, r.get(0)?, r.get(1)?, r.get(2)?))))
            .collect::<Result<_, _>>()?;
        // Extraction is pure: it runs on every core; storing stays in id order.
        let extracted: Vec<_> = posts
            .par_iter()
            .map(|(_, _, format, raw)| {
                extract_post(Format::from_name(format).unwrap_or(Format::Text), raw)
            })
            .collect();
        for ((id, source, _, _), facts) in posts.iter().zip(extracted) {
            match facts {
                Ok(facts) => {
                    replace_facts(&tx, *id, &facts, &mut state)
                        .with_context(|| format!("{source}: cannot store"))?;
                    summary.posts += 1;
                }
                Err(err) => summary.failed.push((source.clone(), err.to_string())),
            }
        }
    }
    drop(read);
    super::reuse::reindex_all(&tx)?;
    state.commit();
    finish_writes(&tx, &mut state)?;
    tx.commit()?;
    super::checkpoint(conn)?;
    Ok(summary)
}

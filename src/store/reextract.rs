//! Rebuilding every derived table from the stored raw text, so an improved extractor upgrades
//! an archive without re-importing its files.

use anyhow::Context;
use rusqlite::Connection;

use super::write::replace_facts;
use crate::extract::{extract_post, Format};

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
    for table in [
        "quote_about",
        "quotes",
        "mentions",
        "corrections",
        "aliases",
    ] {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    tx.execute("UPDATE posts SET author_id = NULL", [])?;
    tx.execute("DELETE FROM people", [])?;
    let posts: Vec<(i64, String, String, String)> = tx
        .prepare("SELECT id, source, format, raw FROM posts ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<Result<_, _>>()?;
    let mut summary = ReextractSummary::default();
    for (id, source, format, raw) in posts {
        let format = Format::from_name(&format).unwrap_or(Format::Text);
        match extract_post(format, &raw) {
            Ok(facts) => {
                replace_facts(&tx, id, &facts)
                    .with_context(|| format!("{source}: cannot store"))?;
                summary.posts += 1;
            }
            Err(err) => summary.failed.push((source, err.to_string())),
        }
    }
    super::remove_orphans(&tx)?;
    tx.commit()?;
    super::checkpoint(conn)?;
    Ok(summary)
}

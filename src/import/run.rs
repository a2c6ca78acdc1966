//! The import command's pipeline: sources -> raw posts -> facts -> archive, in batches of one
//! transaction each, with a savepoint per post so one bad post never costs the others.

use std::path::PathBuf;

use rusqlite::{Connection, Transaction};

use super::{collect_sources, read_source, ImportError, RawPost, Source};
use crate::extract::extract_post;
use crate::store::{self, SaveOutcome};

/// Posts written per transaction.
const BATCH_SIZE: usize = 500;

/// What an import did, for its closing summary line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    pub imported: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub failed: usize,
}

impl std::fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "imported {}, updated {}, unchanged {}, failed {}",
            self.imported, self.updated, self.unchanged, self.failed
        )
    }
}

/// Imports every post the paths name. Each bad input is passed to `on_error` with the path as
/// shown to the user, and counted; it never stops the run. At the end, people no post refers
/// to any more are removed and the write-ahead log is checkpointed.
pub fn import_paths(
    conn: &mut Connection,
    paths: &[PathBuf],
    mut on_error: impl FnMut(&str, &ImportError),
) -> anyhow::Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    let mut sources = collect_sources(paths).into_iter().peekable();
    while sources.peek().is_some() {
        let mut tx = conn.transaction()?;
        for source in sources.by_ref().take(BATCH_SIZE) {
            let (shown, result) = match source {
                Ok(source) => (source.display(), import_one(&mut tx, &source)),
                Err((shown, err)) => (shown, Err(err)),
            };
            match result {
                Ok(SaveOutcome::Inserted) => summary.imported += 1,
                Ok(SaveOutcome::Updated) => summary.updated += 1,
                Ok(SaveOutcome::Unchanged) => summary.unchanged += 1,
                Err(err) => {
                    summary.failed += 1;
                    on_error(&shown, &err);
                }
            }
        }
        tx.commit()?;
    }
    store::remove_orphans(conn)?;
    store::checkpoint(conn)?;
    Ok(summary)
}

/// Reads, extracts and stores one source inside its own savepoint: a failure rolls back
/// this post's writes and nothing else.
fn import_one(tx: &mut Transaction, source: &Source) -> Result<SaveOutcome, ImportError> {
    let raw: RawPost = read_source(source)?;
    if store::stored_hash(tx, &raw.key)
        .map_err(ImportError::Store)?
        .as_deref()
        == Some(raw.hash.as_str())
    {
        return Ok(SaveOutcome::Unchanged);
    }
    let facts = extract_post(raw.format, &raw.raw)?;
    let savepoint = tx.savepoint().map_err(|e| ImportError::Store(e.into()))?;
    let outcome = store::save_post(&savepoint, &raw, &facts).map_err(ImportError::Store)?;
    savepoint
        .commit()
        .map_err(|e| ImportError::Store(e.into()))?;
    Ok(outcome)
}

//! The import command's pipeline: sources -> raw posts -> facts -> archive.
//!
//! Sources go in batches. Within a batch, reading and extraction (pure, and most of the work)
//! run in parallel; then the batch is written in one transaction. Should writing one post fail,
//! the batch is rolled back and written again one post per transaction, so the failure costs
//! that post alone and nothing already stored is lost.

use std::collections::HashMap;
use std::path::PathBuf;

use rayon::prelude::*;
use rusqlite::Connection;

use super::{collect_sources, read_posts, ImportError, RawPost};
use crate::extract::{extract_post, PostFacts};
use crate::store::reuse::Passages;
use crate::store::{self, ImportState, SaveOutcome};

/// Posts written per transaction, at most.
const BATCH_SIZE: usize = 500;
/// Posts in the first batch. Nothing is written until it is extracted, so it is small; each
/// batch after it is twice the one before, up to [`BATCH_SIZE`].
const FIRST_BATCH_SIZE: usize = 25;

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

/// One source on its way through a batch: how it is shown, and how far it got.
struct Item {
    shown: String,
    stage: Result<Stage, ImportError>,
}

enum Stage {
    Read(RawPost),
    Unchanged,
    Extracted(RawPost, Box<PostFacts>, Passages),
}

/// Imports every post the paths name. Each bad input is passed to `on_error` with the path as
/// shown to the user, and counted; it never stops the run. At the end, people no post refers
/// to any more are removed and the write-ahead log is checkpointed.
///
/// Reading and extracting one batch overlaps with writing the one before: the writer has a
/// thread of its own, fed through a channel one batch deep. Unchanged posts are recognised by
/// the content hashes stored before the import began (and those of posts met earlier in it).
pub fn import_paths(
    conn: &mut Connection,
    paths: &[PathBuf],
    on_error: impl FnMut(&str, &ImportError) + Send,
) -> anyhow::Result<ImportSummary> {
    let mut known = store::stored_hashes(conn)?;
    let mut sources = collect_sources(paths).into_iter().peekable();
    std::thread::scope(|scope| {
        let (batches, received) = std::sync::mpsc::sync_channel::<Vec<Item>>(1);
        let writer = scope.spawn(move || write_batches(conn, received, on_error));
        let mut batch_size = FIRST_BATCH_SIZE;
        while sources.peek().is_some() {
            let batch: Vec<_> = sources.by_ref().take(batch_size).collect();
            batch_size = (batch_size * 2).min(BATCH_SIZE);
            let items = read_and_extract(batch, &mut known);
            if batches.send(items).is_err() {
                break; // the writer stopped on an error, which join returns
            }
        }
        drop(batches);
        writer.join().expect("the writer thread does not panic")
    })
}

/// Reads a batch of sources and extracts its changed posts, in parallel. A post whose hash is
/// known is unchanged; every post read is known from then on.
fn read_and_extract(
    batch: Vec<Result<super::Source, (String, ImportError)>>,
    known: &mut HashMap<String, String>,
) -> Vec<Item> {
    let mut items: Vec<Item> = batch
        .into_par_iter()
        .flat_map_iter(|source| match source {
            Ok(source) => read_posts(&source)
                .into_iter()
                .map(|(shown, read)| Item {
                    shown,
                    stage: read.map(Stage::Read),
                })
                .collect::<Vec<_>>(),
            Err((shown, err)) => vec![Item {
                shown,
                stage: Err(err),
            }],
        })
        .collect();
    for item in &mut items {
        if let Ok(Stage::Read(raw)) = &item.stage {
            if known.get(&raw.key) == Some(&raw.hash) {
                item.stage = Ok(Stage::Unchanged);
            } else {
                known.insert(raw.key.clone(), raw.hash.clone());
            }
        }
    }
    items.par_iter_mut().for_each(|item| {
        if let Ok(Stage::Read(_)) = &item.stage {
            let Ok(Stage::Read(raw)) = std::mem::replace(&mut item.stage, Ok(Stage::Unchanged))
            else {
                unreachable!("matched above")
            };
            item.stage = extract_post(raw.format, &raw.raw)
                .map(|facts| {
                    let passages = Passages::of(&facts.body);
                    Stage::Extracted(raw, Box::new(facts), passages)
                })
                .map_err(ImportError::from);
        }
    });
    items
}

/// The writer's side: writes each batch as it arrives, reports and counts what happened, and
/// ends the import ([`store::finish_writes`], checkpoint).
fn write_batches(
    conn: &mut Connection,
    batches: std::sync::mpsc::Receiver<Vec<Item>>,
    mut on_error: impl FnMut(&str, &ImportError),
) -> anyhow::Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    let mut state = ImportState::default();
    for items in batches {
        let outcomes = write_batch(conn, &items, &mut state)?;
        for (item, outcome) in items.iter().zip(outcomes) {
            match (&item.stage, &outcome) {
                (Err(err), _) | (_, Some(Err(err))) => {
                    summary.failed += 1;
                    on_error(&item.shown, err);
                }
                (_, Some(Ok(SaveOutcome::Inserted))) => summary.imported += 1,
                (_, Some(Ok(SaveOutcome::Updated))) => summary.updated += 1,
                _ => summary.unchanged += 1,
            }
        }
    }
    let tx = conn.transaction()?;
    store::finish_writes(&tx, &mut state)?;
    tx.commit()?;
    store::checkpoint(conn)?;
    Ok(summary)
}

/// Writes a batch in one transaction; if any post fails to store, writes the batch again one
/// post per transaction. Returns each item's outcome: `None` for items with nothing to store.
fn write_batch(
    conn: &mut Connection,
    items: &[Item],
    state: &mut ImportState,
) -> anyhow::Result<Vec<Option<Result<SaveOutcome, ImportError>>>> {
    let tx = conn.transaction()?;
    let mut outcomes = Vec::with_capacity(items.len());
    for item in items {
        let outcome = write_item(&tx, item, state);
        if matches!(outcome, Some(Err(_))) {
            drop(tx); // rolls the batch back; it is written again post by post below
            state.rollback(); // what the rolled-back batch found is gone
            return write_one_by_one(conn, items, state);
        }
        outcomes.push(outcome);
    }
    tx.commit()?;
    state.commit();
    Ok(outcomes)
}

/// Writes each item in its own transaction, so one failure costs that post alone.
fn write_one_by_one(
    conn: &mut Connection,
    items: &[Item],
    state: &mut ImportState,
) -> anyhow::Result<Vec<Option<Result<SaveOutcome, ImportError>>>> {
    let mut outcomes = Vec::with_capacity(items.len());
    for item in items {
        let tx = conn.transaction()?;
        let outcome = write_item(&tx, item, state);
        if matches!(outcome, Some(Ok(_))) {
            tx.commit()?;
            state.commit();
        } else {
            state.rollback();
        }
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// Stores one item, if it has anything to store.
fn write_item(
    conn: &Connection,
    item: &Item,
    state: &mut ImportState,
) -> Option<Result<SaveOutcome, ImportError>> {
    match &item.stage {
        Ok(Stage::Extracted(raw, facts, passages)) => {
            Some(store::save_post(conn, raw, facts, passages, state).map_err(ImportError::Store))
        }
        Ok(Stage::Unchanged) => Some(Ok(SaveOutcome::Unchanged)),
        Ok(Stage::Read(_)) => unreachable!("every read post is extracted before writing"),
        Err(_) => None,
    }
}

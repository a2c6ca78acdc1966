//! The archive on disk: opening the SQLite file, migrating its schema, and writing extracted
//! facts into it, one transaction per post.
//!
//! Every connection runs in WAL mode with foreign keys on and a busy timeout; a new file is
//! stamped with morgue's `application_id`. The schema version lives in `PRAGMA user_version`.

mod migrate;
pub mod pairs;
mod reextract;
pub mod reuse;
mod write;

pub use migrate::{migrate, MIGRATIONS};
pub use reextract::{reextract_all, ReextractSummary};
pub use write::stored_hashes;
pub use write::{finish_writes, save_post, ImportState, SaveOutcome};

use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use rusqlite::Connection;

/// `PRAGMA application_id` of a morgue archive: the bytes "MRGU".
pub const APPLICATION_ID: i32 = 0x4d52_4755;

/// Page cache per connection, in KiB.
const CACHE_KIB: i64 = 64 * 1024;
/// Bytes of the file read through memory mapping: all of it, up to SQLite's own cap of
/// 2 GiB. Pages past the mapping are read with a system call each; in a 1.4 GB archive,
/// that cost the 21,000 quotations about its most-named person 5 ms of their 40.
const MMAP_BYTES: i64 = 2048 * 1024 * 1024;

/// Prepared statements kept per connection.
const STATEMENT_CACHE: usize = 64;

/// How long a connection waits for another writer before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Why an archive could not be opened. Callers match on these to tell the user what to do.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file was written by a newer morgue; it is left untouched.
    #[error(
        "{path}: written by a newer morgue (schema version {found}, this morgue knows up to {known}); \
         upgrade morgue to open it"
    )]
    TooNew {
        path: String,
        found: i64,
        known: i64,
    },
    /// The file is an SQLite database of another application.
    #[error("{path}: not a morgue archive (application_id {found:#x})")]
    NotAnArchive { path: String, found: i32 },
}

/// Opens (creating if needed) the archive at `path` and brings its schema up to date.
pub fn open(path: &Path) -> anyhow::Result<Connection> {
    let conn =
        Connection::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    configure(&conn).with_context(|| format!("{}: cannot configure", path.display()))?;
    let shown = path.display().to_string();
    check_identity(&conn, &shown)?;
    migrate(&conn).with_context(|| format!("{shown}: cannot migrate"))?;
    Ok(conn)
}

/// An in-memory archive with the full schema, for tests and tools.
pub fn open_in_memory() -> anyhow::Result<Connection> {
    let conn = Connection::open_in_memory()?;
    configure(&conn)?;
    migrate(&conn)?;
    Ok(conn)
}

/// Sets the per-connection pragmas every morgue connection uses.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // WAL is persistent, but asking again is cheap and covers files created elsewhere.
    // In-memory databases answer "memory"; that is fine.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // Large archives are read at random (sketch lookups, aliases): keep more of them in memory.
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
    // Sorting thousands of quotation rows for `said` would spill to a temporary file.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // Writing a post runs some twenty distinct statements; with rusqlite's default of 16
    // cached, each post prepared some of them again.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(())
}

/// Refuses files of other applications and of newer morgues, and stamps new files.
fn check_identity(conn: &Connection, path: &str) -> anyhow::Result<()> {
    let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let known = MIGRATIONS.len() as i64;
    if app_id == 0 {
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        if tables > 0 && version == 0 {
            return Err(OpenError::NotAnArchive {
                path: path.into(),
                found: 0,
            }
            .into());
        }
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    } else if app_id != APPLICATION_ID {
        return Err(OpenError::NotAnArchive {
            path: path.into(),
            found: app_id,
        }
        .into());
    }
    if version > known {
        return Err(OpenError::TooNew {
            path: path.into(),
            found: version,
            known,
        }
        .into());
    }
    Ok(())
}

/// Copies the write-ahead log into the main file, so the `.db` file alone is complete for
/// other tools (sqlite3, Datasette, DB Browser).
pub fn checkpoint(conn: &Connection) -> rusqlite::Result<()> {
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
}

//! Schema migrations: numbered SQL files in `migrations/`, embedded in the binary.
//!
//! Migration N (1-based) moves the archive from `user_version` N-1 to N, in its own
//! transaction that also sets the new `user_version`, so a failed migration leaves the file as
//! it was.

use anyhow::Context;
use rusqlite::Connection;

/// The migrations in order: (file name, SQL).
pub const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_archive.sql",
        include_str!("../../migrations/0001_archive.sql"),
    ),
    (
        "0002_queries.sql",
        include_str!("../../migrations/0002_queries.sql"),
    ),
    (
        "0003_people_pairs.sql",
        include_str!("../../migrations/0003_people_pairs.sql"),
    ),
    (
        "0004_posts_listing.sql",
        include_str!("../../migrations/0004_posts_listing.sql"),
    ),
    (
        "0005_posts_fts_insert.sql",
        include_str!("../../migrations/0005_posts_fts_insert.sql"),
    ),
    (
        "0006_person_quotes.sql",
        include_str!("../../migrations/0006_person_quotes.sql"),
    ),
    (
        "0007_person_facts.sql",
        include_str!("../../migrations/0007_person_facts.sql"),
    ),
];

/// Applies every migration the archive has not seen yet.
pub fn migrate(conn: &Connection) -> anyhow::Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (index, (name, sql)) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        if version <= current {
            continue;
        }
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)
            .with_context(|| format!("migration {name} failed"))?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

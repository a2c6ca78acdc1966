//! Full-text search (`morgue search`): FTS5 query syntax, bm25 ranking (a title match weighs
//! twice a body match), and a snippet with the matches in brackets.

use rusqlite::{named_params, Connection};

use super::{rows_of, QueryError};
use crate::output::Table;

/// What `morgue search` searches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SearchIn {
    /// Titles and bodies of posts.
    #[default]
    Posts,
    /// The texts of quotations (speech and quoted phrases).
    Quotes,
}

/// Words of context around a match in a snippet.
const SNIPPET_WORDS: i64 = 16;

/// The posts or quotations matching an FTS5 query, best first. A malformed query is a
/// [`QueryError::BadSearch`], not an SQL error.
pub fn search(
    conn: &Connection,
    query: &str,
    within: SearchIn,
    limit: Option<usize>,
) -> anyhow::Result<Table> {
    let (sql, columns) = match within {
        SearchIn::Posts => (
            "SELECT p.id AS post_id, p.title, p.published_at AS date,
                    snippet(posts_fts, 1, '[', ']', '…', :words) AS snippet,
                    round(bm25(posts_fts, 2.0, 1.0), 3) AS rank
             FROM posts_fts JOIN posts p ON p.id = posts_fts.rowid
             WHERE posts_fts MATCH :query ORDER BY rank, p.id LIMIT :limit",
            vec!["post_id", "title", "date", "snippet", "rank"],
        ),
        SearchIn::Quotes => (
            // The best matches first, by rank alone; snippets and the quotation's post only
            // for those: a common word matches thousands of quotations. Scare quotes are
            // indexed too, and telling them apart reads the quotation's row, so only the best
            // `:window` matches are told apart (see below).
            "WITH candidates AS (
                SELECT rowid AS id, round(bm25(quotes_fts), 3) AS rank FROM quotes_fts
                WHERE quotes_fts MATCH :query ORDER BY rank, id LIMIT :window),
             best AS (
                SELECT c.id, c.rank FROM candidates c JOIN quotes q ON q.id = c.id
                WHERE q.kind <> 'scare' ORDER BY c.rank, c.id LIMIT :limit)
             SELECT w.post_id, w.title, w.date, w.speaker,
                    snippet(quotes_fts, 0, '[', ']', '…', :words) AS snippet, best.rank
             FROM best JOIN quotes_fts ON quotes_fts.rowid = best.id
             JOIN who_said_what w ON w.quote_id = best.id
             WHERE quotes_fts MATCH :query ORDER BY best.rank, best.id",
            vec!["post_id", "title", "date", "speaker", "snippet", "rank"],
        ),
    };
    let run = |limit: Option<usize>, window: Option<usize>| {
        let (limit, window) = (
            limit.map_or(-1, |l| l as i64),
            window.map_or(-1, |w| w as i64),
        );
        // (Posts have no `:window`; rows_of passes what the statement names.)
        rows_of(
            conn,
            sql,
            named_params! {
                ":query": query, ":words": SNIPPET_WORDS, ":limit": limit, ":window": window,
            },
        )
    };
    // With a limit, the best quotations are among the best twice as many matches plus a few
    // (one quotation in ten is a scare quote); when they are not, all matches are told apart.
    let window = limit.map(|l| l * 2 + 10);
    let mut found = run(limit, window);
    if let (Ok(rows), Some(limit), SearchIn::Quotes) = (&found, limit, within) {
        if rows.len() < limit {
            found = run(Some(limit), None);
        }
    }
    match found {
        Ok(rows) => Ok(Table { columns, rows }),
        // The statement is fixed; only the query text can make it fail.
        Err(err) => match err.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(_, Some(message))) => Err(QueryError::BadSearch {
                query: query.to_string(),
                reason: message.trim_start_matches("fts5: ").to_string(),
            }
            .into()),
            _ => Err(err),
        },
    }
}

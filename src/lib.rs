//! morgue: a clippings archive for political commentary in one SQLite file.
//!
//! The library follows the path the data takes:
//! [`import`] (files to raw posts) -> [`extract`] (raw post to facts, no I/O) ->
//! [`store`] (facts into SQLite) -> [`query`] (canned queries) -> [`output`] (table, JSON, CSV).

pub mod extract;
pub mod import;
pub mod output;
pub mod query;
pub mod store;

//! `morgue datasette-config`: a Datasette configuration for the archive, so Datasette users get
//! the canned queries (with `:speaker` and `:about` parameters) and readable links.

use super::said_stored_query;

/// The YAML configuration for a database Datasette serves under `database` (its file stem).
/// Datasette 0.65 reads it with `--metadata`; Datasette 1.0 with `--config`.
pub fn datasette_config(database: &str) -> String {
    let indent = |sql: &str| {
        sql.lines()
            .map(|l| format!("          {}", l.trim()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    format!(
        "title: morgue — who said what about whom
databases:
  {database}:
    tables:
      posts:
        label_column: title
      quotes:
        label_column: title
      people:
        label_column: name
    queries:
      who_said_what:
        title: Who said what about whom
        description: Quotations by :speaker about :about (any alias, case-insensitive; leave either empty for all)
        sql: |-
{said}
      people:
        title: People and organizations
        sql: |-
{people}
      corrections:
        title: Updates and corrections
        sql: |-
{corrections}
      reused_passages:
        title: Passages reused from earlier posts
        sql: |-
{reuse}
",
        said = indent(&said_stored_query()),
        people = indent("SELECT * FROM people_summary ORDER BY posts DESC, name"),
        corrections = indent("SELECT * FROM corrections_list ORDER BY date IS NULL, date, post_id, id"),
        reuse = indent("SELECT * FROM reused_passages_list ORDER BY post_id, char_start"),
    )
}

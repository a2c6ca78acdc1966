//! `schema.sql` is the schema people read; the migrations are what the binary runs. This test
//! builds one database from each and requires their `sqlite_schema` rows to be identical.

use rusqlite::Connection;

/// `sqlite_schema` rows (type, name, table, normalised SQL), sorted. SQL keeps comments as
/// written, so comments are dropped and white space is folded before comparing.
fn schema_rows(conn: &Connection) -> Vec<(String, String, String, String)> {
    let mut stmt = conn
        .prepare(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            normalise(&r.get::<_, String>(3)?),
        ))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn normalise(sql: &str) -> String {
    let without_comments: Vec<&str> = sql
        .lines()
        .map(|l| l.split("--").next().unwrap_or(""))
        .collect();
    without_comments
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("( ", "(")
        .replace(" )", ")")
        .replace(" ,", ",")
}

#[test]
fn schema_sql_equals_the_migrated_schema() {
    let migrated = morgue::store::open_in_memory().unwrap();
    let from_file = Connection::open_in_memory().unwrap();
    from_file
        .execute_batch(
            &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema.sql")).unwrap(),
        )
        .unwrap();
    let migrated_rows = schema_rows(&migrated);
    assert!(
        migrated_rows.iter().any(|r| r.1 == "posts_fts"),
        "the schema has its tables"
    );
    assert_eq!(migrated_rows, schema_rows(&from_file));
}

#[test]
fn migrations_set_user_version_to_their_count() {
    let conn = morgue::store::open_in_memory().unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, morgue::store::MIGRATIONS.len() as i64);
}

#[test]
fn the_full_text_table_is_detectable_by_datasette() {
    let conn = morgue::store::open_in_memory().unwrap();
    let name: String = conn
        .query_row(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%content=\"posts\"%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(name, "posts_fts");
}

#[test]
fn every_foreign_key_column_is_indexed() {
    let conn = morgue::store::open_in_memory().unwrap();
    let mut tables = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%'")
        .unwrap();
    let tables: Vec<String> = tables
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in tables {
        let fk_columns: Vec<String> = conn
            .prepare(&format!(
                "SELECT \"from\" FROM pragma_foreign_key_list('{table}')"
            ))
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for column in fk_columns {
            let indexed: i64 = conn
                .query_row(
                    &format!(
                        "SELECT count(*) FROM pragma_index_list('{table}') il
                         JOIN pragma_index_info(il.name) ii WHERE ii.seqno = 0 AND ii.name = ?1"
                    ),
                    [&column],
                    |r| r.get(0),
                )
                .unwrap();
            // An INTEGER PRIMARY KEY is the rowid: the table itself is its index.
            let rowid: i64 = conn
                .query_row(
                    &format!("SELECT count(*) FROM pragma_table_info('{table}') WHERE name = ?1 AND pk = 1 AND type = 'INTEGER'"),
                    [&column],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(indexed + rowid > 0, "{table}.{column} has no index");
        }
    }
}

#[test]
fn every_table_others_link_to_has_a_name_or_title_column() {
    let conn = morgue::store::open_in_memory().unwrap();
    let linked: Vec<String> = conn
        .prepare(
            "SELECT DISTINCT fk.\"table\" FROM sqlite_schema s, pragma_foreign_key_list(s.name) fk
             WHERE s.type = 'table'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(linked.contains(&"quotes".to_string()) && linked.contains(&"people".to_string()));
    for table in linked {
        let labelled: i64 = conn
            .query_row(
                &format!("SELECT count(*) FROM pragma_table_xinfo('{table}') WHERE name IN ('name', 'title')"),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(labelled >= 1, "{table} has no name or title column");
    }
}

#[test]
fn an_archive_at_the_first_version_migrates_and_keeps_its_posts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", morgue::store::APPLICATION_ID)
            .unwrap();
        conn.execute_batch(morgue::store::MIGRATIONS[0].1).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute(
            "INSERT INTO posts (source, content_hash, title, body, raw, imported_at, updated_at)
             VALUES ('a.txt', 'h', 'Old', 'Body.', 'Old…. Body.', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')",
            [],
        )
        .unwrap();
    }
    let conn = morgue::store::open(&path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, morgue::store::MIGRATIONS.len() as i64);
    let title: String = conn
        .query_row("SELECT title FROM posts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(title, "Old");
    let column: i64 = conn
        .query_row(
            "SELECT count(*) FROM pragma_table_info('corrections') WHERE name = 'anchor_sentence'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(column, 1);
}

/// An archive made before `person_facts` keeps its people's titles and roles: the migration
/// records them as given by the first post naming, quoting or written by each one, so the end of
/// the next import, which settles titles and roles by vote, does not wipe them.
#[test]
fn person_facts_start_from_what_an_older_archive_holds() {
    let conn = Connection::open_in_memory().unwrap();
    let before = morgue::store::MIGRATIONS
        .iter()
        .position(|(name, _)| name.starts_with("0007"))
        .unwrap();
    for (_, sql) in &morgue::store::MIGRATIONS[..before] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", before as i64)
        .unwrap();
    conn.execute_batch(
        "INSERT INTO people (id, name, title, role) VALUES (1, 'Al Bo', 'Sen.', 'town mayor'),
                                                         (2, 'Cy Dee', NULL, NULL),
                                                         (3, 'Ed Fox', 'Dr.', NULL);
         INSERT INTO posts (id, source, content_hash, title, author_id, body, raw, imported_at, updated_at)
         VALUES (1, 'a.txt', 'x', 'A', NULL, 'Sen. Al Bo and Cy Dee', '', '', ''),
                (2, 'b.txt', 'y', 'B', 3, 'Al Bo', '', '', '');
         INSERT INTO mentions (post_id, person_id, text, char_start, char_end)
         VALUES (2, 1, 'Al Bo', 0, 5), (1, 1, 'Sen. Al Bo', 0, 10), (1, 2, 'Cy Dee', 15, 21);",
    )
    .unwrap();
    morgue::store::migrate(&conn).unwrap();
    let facts: Vec<(i64, i64, Option<String>, Option<String>)> = conn
        .prepare("SELECT post_id, person_id, title, role FROM person_facts")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // (The author named in no post's text is one too.)
    assert_eq!(
        facts,
        vec![
            (1, 1, Some("Sen.".into()), Some("town mayor".into())),
            (2, 3, Some("Dr.".into()), None)
        ]
    );
    let settled: (Option<String>, Option<String>) = conn
        .query_row(
            "SELECT title, role FROM people_title_role_computed WHERE person_id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(settled, (Some("Sen.".into()), Some("town mayor".into())));
}

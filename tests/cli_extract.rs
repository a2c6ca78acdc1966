//! The command line's extraction commands: `said` and `reextract`.

mod common;

use common::{examples_dir, seeds_dir, Archive};
use predicates::prelude::*;
use serde_json::Value;

fn examples() -> Archive {
    let archive = Archive::new();
    archive
        .run(&["import", examples_dir().to_str().unwrap()])
        .success();
    archive
}

fn json(archive: &Archive, args: &[&str]) -> Vec<Value> {
    let out = archive.run(args).success().get_output().stdout.clone();
    serde_json::from_slice::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn said_filters_by_speaker_and_target_through_any_alias() {
    let archive = examples();
    let by = json(
        &archive,
        &["said", "--by", "castellano", "--format", "json"],
    );
    assert!(!by.is_empty());
    assert!(
        by.iter().all(|r| r["speaker"] == "Miriam Castellano"),
        "{by:#?}"
    );
    let by_alias = json(
        &archive,
        &["said", "--by", "Gov. Castellano", "--format", "json"],
    );
    assert_eq!(by, by_alias);
    let about = json(
        &archive,
        &[
            "said",
            "--about",
            "Oregon Transit Riders Union",
            "--format",
            "json",
        ],
    );
    assert!(about.iter().all(|r| r["about"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "Oregon Transit Riders Union")));
    let one_post = json(&archive, &["said", "--post", "2", "--format", "json"]);
    assert!(!one_post.is_empty() && one_post.iter().all(|r| r["post_id"] == 2));
}

#[test]
fn said_never_reports_scare_quotes() {
    let archive = examples();
    let rows = json(&archive, &["said", "--format", "json"]);
    // Critics like to call the plan “boondoggle” spending
    assert!(rows.iter().all(|r| r["text"] != "boondoggle"), "{rows:#?}");
    assert!(
        archive.count("SELECT count(*) FROM quotes WHERE kind = 'scare' AND text = 'boondoggle'")
            == 1
    );
}

#[test]
fn said_jsonl_lines_carry_source_text_and_speaker() {
    let archive = examples();
    let out = archive
        .run(&["said", "--format", "jsonl"])
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.lines().count() >= 10);
    for line in text.lines() {
        let row: Value = serde_json::from_str(line).unwrap();
        assert!(row["source"].as_str().unwrap().ends_with(".txt"));
        assert!(row["text"].is_string());
        assert!(row["speaker"].is_string() || row["speaker"].is_null());
    }
    let csv = archive
        .run(&["said", "--format", "csv"])
        .success()
        .get_output()
        .stdout
        .clone();
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["post_id", "source", "title", "date", "speaker", "cue", "kind", "text", "about"]
    );
    assert_eq!(reader.records().count(), text.lines().count());
}

#[test]
fn said_table_shows_speakers() {
    examples()
        .run(&["said", "--by", "Wexler"])
        .success()
        .stdout(predicate::str::contains("Douglas Wexler"))
        .stdout(predicate::str::contains("a gold-plated trolley to nowhere"));
}

/// Every derived table, as text, in a stable order, without import times.
fn derived_tables(archive: &Archive) -> Vec<String> {
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    let queries = [
        "SELECT id, name, kind, title, role, party, state FROM people ORDER BY id",
        "SELECT alias, person_id FROM aliases ORDER BY person_id, alias",
        "SELECT post_id, person_id, text, char_start, char_end FROM mentions ORDER BY post_id, char_start, person_id",
        "SELECT id, post_id, speaker_id, speaker_text, text, part, char_start, char_end, cue, kind, parent_id FROM quotes ORDER BY id",
        "SELECT quote_id, person_id FROM quote_about ORDER BY quote_id, person_id",
        "SELECT post_id, kind, label, text, anchor, anchor_start, anchor_end FROM corrections ORDER BY id",
        "SELECT id, title, author_id, body FROM posts ORDER BY id",
        "SELECT person_id, other_id, posts FROM people_pairs ORDER BY person_id, other_id",
        "SELECT person_id, posts, quotes_by, quotes_about FROM people_counts ORDER BY person_id",
        "SELECT post_id, person_id, title, role, relation FROM person_facts ORDER BY post_id, person_id",
    ];
    queries
        .iter()
        .map(|sql| {
            let mut stmt = conn.prepare(sql).unwrap();
            let columns = stmt.column_count();
            let rows: Vec<String> = stmt
                .query_map([], |r| {
                    Ok((0..columns)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join("|"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.join("\n")
        })
        .collect()
}

#[test]
fn reextract_rebuilds_the_same_tables_as_a_fresh_import() {
    let fresh = Archive::new();
    fresh
        .run(&[
            "import",
            seeds_dir().to_str().unwrap(),
            examples_dir().to_str().unwrap(),
        ])
        .success();
    let rebuilt = Archive::new();
    rebuilt
        .run(&[
            "import",
            seeds_dir().to_str().unwrap(),
            examples_dir().to_str().unwrap(),
        ])
        .success();
    // Damage the derived tables, as an older extractor's output would differ.
    {
        let conn = rusqlite::Connection::open(&rebuilt.db).unwrap();
        conn.execute_batch(
            "DELETE FROM quotes; DELETE FROM mentions; DELETE FROM person_facts;
             UPDATE people SET role = 'stale';",
        )
        .unwrap();
    }
    rebuilt
        .run(&["reextract"])
        .success()
        .stdout(predicate::str::contains("re-extracted 7 posts, failed 0"));
    assert_eq!(derived_tables(&fresh), derived_tables(&rebuilt));
    rebuilt.run(&["check"]).success();
}

//! Imports `../shared/seeds` and checks it against `../shared/seeds/expected.json`, the
//! hand-made record of what a correct import of those three posts yields.

mod common;

use common::{seeds_dir, Archive};
use serde_json::Value;

fn expected() -> Value {
    let text = std::fs::read_to_string(seeds_dir().join("expected.json"))
        .expect("../shared/seeds/expected.json");
    serde_json::from_str(&text).unwrap()
}

fn imported() -> Archive {
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success();
    archive
}

/// (title, author, body) of the post imported from `file`.
fn post_of(archive: &Archive, file: &str) -> (String, Option<String>, String) {
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    conn.query_row(
        "SELECT p.title, a.name, p.body FROM posts p LEFT JOIN people a ON a.id = p.author_id
         WHERE p.source LIKE '%/' || ?1",
        [file],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn every_post_has_its_title_author_and_body_bounds() {
    let archive = imported();
    let expected = expected();
    for post in expected["posts"].as_array().unwrap() {
        let file = post["file"].as_str().unwrap();
        let (title, author, body) = post_of(&archive, file);
        assert_eq!(title, post["title"].as_str().unwrap(), "{file}: title");
        assert_eq!(author.as_deref(), post["author"].as_str(), "{file}: author");
        let starts = post["body_starts_with"].as_str().unwrap();
        let ends = post["body_ends_with"].as_str().unwrap();
        assert!(
            body.starts_with(starts),
            "{file}: body starts {:?}",
            &body[..60.min(body.len())]
        );
        assert!(
            body.ends_with(ends),
            "{file}: body ends {:?}",
            body.chars().rev().take(60).collect::<String>()
        );
    }
}

#[test]
fn no_boilerplate_is_left_in_any_body() {
    let archive = imported();
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    let bodies: Vec<String> = conn
        .prepare("SELECT body FROM posts")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(bodies.len(), 3);
    for boilerplate in expected()["boilerplate_not_in_body"].as_array().unwrap() {
        let boilerplate = boilerplate.as_str().unwrap();
        for body in &bodies {
            assert!(
                !body.contains(boilerplate),
                "{boilerplate:?} left in a body"
            );
        }
    }
}

/// The rows of `morgue said --format json` for the seeds.
fn said_rows(archive: &Archive) -> Vec<Value> {
    let out = archive
        .run(&["said", "--format", "json"])
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Whether `name` is one of `names`, ignoring case.
fn is_one_of(name: &str, names: &Value) -> bool {
    names
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n.as_str().unwrap().eq_ignore_ascii_case(name))
}

/// Quote texts compare without a trailing comma or period inside the marks.
fn same_text(a: &str, b: &str) -> bool {
    a.trim_end_matches([',', '.']) == b.trim_end_matches([',', '.'])
}

/// Rows of a file's quotes with this text, in order of position.
fn rows_with_text<'a>(rows: &'a [Value], file: &str, text: &str) -> Vec<&'a Value> {
    rows.iter()
        .filter(|r| {
            r["source"].as_str().unwrap().ends_with(file)
                && same_text(r["text"].as_str().unwrap(), text)
        })
        .collect()
}

#[test]
fn every_expected_quote_has_its_speaker_cue_kind_and_targets() {
    let archive = imported();
    let rows = said_rows(&archive);
    let expected = expected();
    let quotes = expected["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 15);
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    for q in quotes {
        let file = q["file"].as_str().unwrap();
        let text = q["text"].as_str().unwrap();
        let occurrence = q["occurrence"].as_u64().unwrap_or(1) as usize;
        let found = rows_with_text(&rows, file, text);
        let row = found
            .get(occurrence - 1)
            .unwrap_or_else(|| panic!("{file}: quote {text:?} not reported"));
        let speaker = row["speaker"]
            .as_str()
            .unwrap_or_else(|| panic!("{text:?}: no speaker"));
        assert!(
            is_one_of(speaker, &q["speaker"]),
            "{text:?}: speaker {speaker:?}"
        );
        if let Some(cue) = q["cue"].as_str() {
            assert_eq!(row["cue"], cue, "{text:?}: cue");
        }
        let kind = row["kind"].as_str().unwrap();
        if q["partial"] == true {
            assert_eq!(kind, "partial", "{text:?}: kind");
        } else {
            assert_eq!(kind, "speech", "{text:?}: kind");
        }
        if let Some(about) = q["about"].as_array() {
            let targets: Vec<&str> = row["about"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap())
                .collect();
            for target in about {
                let target = target.as_str().unwrap();
                let person = person_named(&conn, target)
                    .unwrap_or_else(|| panic!("{target:?} is not in the archive"));
                assert!(
                    targets.contains(&person.as_str()),
                    "{text:?}: about {targets:?} lacks {target:?}"
                );
            }
        }
        let (anonymous, nested): (bool, bool) = conn
            .query_row(
                "SELECT q.speaker_id IS NULL, q.parent_id IS NOT NULL FROM quotes q JOIN posts p ON p.id = q.post_id
                 WHERE p.source LIKE '%' || ?1 AND rtrim(q.text, ',.') = rtrim(?2, ',.') ORDER BY q.char_start LIMIT 1 OFFSET ?3",
                rusqlite::params![file, text, (occurrence - 1) as i64],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(
            anonymous,
            q["speaker_is_anonymous"] == true,
            "{text:?}: anonymous speaker"
        );
        assert_eq!(nested, q["nested"] == true, "{text:?}: nested");
    }
}

#[test]
fn scare_quotes_and_echoes_are_not_reported_as_speech() {
    let archive = imported();
    let rows = said_rows(&archive);
    for q in expected()["not_speech"].as_array().unwrap() {
        let file = q["file"].as_str().unwrap();
        let text = q["text"].as_str().unwrap();
        let occurrence = q["occurrence"].as_u64().unwrap_or(1) as usize;
        let conn = rusqlite::Connection::open(&archive.db).unwrap();
        let kinds: Vec<String> = conn
            .prepare(
                "SELECT q.kind FROM quotes q JOIN posts p ON p.id = q.post_id
                 WHERE p.source LIKE '%' || ?1 AND q.text = ?2 ORDER BY q.char_start",
            )
            .unwrap()
            .query_map(rusqlite::params![file, text], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            kinds.get(occurrence - 1).map(String::as_str),
            Some("scare"),
            "{text:?} is stored as a scare quote"
        );
        let reported = rows_with_text(&rows, file, text).len();
        assert_eq!(
            reported,
            occurrence - 1,
            "{text:?} (occurrence {occurrence}) is not reported"
        );
    }
}

/// The canonical name of the person or organization known by `name` (name or alias, ignoring
/// case and a leading "the").
fn person_named(conn: &rusqlite::Connection, name: &str) -> Option<String> {
    let bare = name
        .strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name);
    conn.query_row(
        "SELECT p.name FROM people p LEFT JOIN aliases a ON a.person_id = p.id
         WHERE p.name = ?1 COLLATE NOCASE OR a.alias = ?1 COLLATE NOCASE
            OR p.name = ?2 COLLATE NOCASE OR a.alias = ?2 COLLATE NOCASE
         LIMIT 1",
        [name, bare],
        |r| r.get(0),
    )
    .ok()
}

/// A person row: id, name, title, role, party, state.
type StoredPerson = (
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

#[test]
fn every_expected_person_has_titles_parties_states_roles_and_aliases() {
    let archive = imported();
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    let people = expected()["people"].as_array().unwrap().clone();
    assert_eq!(people.len(), 12);
    for p in people {
        let names = &p["names"];
        let found: Option<StoredPerson> = names
            .as_array()
            .unwrap()
            .iter()
            .find_map(|n| {
                conn.query_row(
                    "SELECT id, name, title, role, party, state FROM people WHERE kind = 'person' AND name = ?1 COLLATE NOCASE",
                    [n.as_str().unwrap()],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
                )
                .ok()
            });
        let (id, name, title, role, party, state) =
            found.unwrap_or_else(|| panic!("no person named {names}"));
        for (field, value) in [
            ("title", &title),
            ("role", &role),
            ("party", &party),
            ("state", &state),
        ] {
            if let Some(want) = p[field].as_str() {
                assert!(
                    value
                        .as_deref()
                        .is_some_and(|v| v.eq_ignore_ascii_case(want)),
                    "{name}: {field} {value:?}, want {want:?}"
                );
            }
        }
        if let Some(aliases) = p["aliases_seen"].as_array() {
            let stored: Vec<String> = conn
                .prepare("SELECT alias FROM aliases WHERE person_id = ?1")
                .unwrap()
                .query_map([id], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            for alias in aliases {
                let alias = alias.as_str().unwrap();
                assert!(
                    stored.iter().any(|s| s.eq_ignore_ascii_case(alias)),
                    "{name}: alias {alias:?} not in {stored:?}"
                );
            }
        }
    }
}

#[test]
fn every_expected_organization_is_one_record_under_all_its_names() {
    let archive = imported();
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    for org in expected()["organizations"].as_array().unwrap() {
        let names: Vec<&str> = org["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap())
            .collect();
        let records: Vec<Option<String>> = names.iter().map(|n| person_named(&conn, n)).collect();
        let first = records[0]
            .clone()
            .unwrap_or_else(|| panic!("no organization named {}", names[0]));
        for (name, record) in names.iter().zip(&records) {
            assert_eq!(
                record.as_ref(),
                Some(&first),
                "{name:?} is not the same record as {:?}",
                names[0]
            );
        }
        let kind: String = conn
            .query_row("SELECT kind FROM people WHERE name = ?1", [&first], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(kind, "organization", "{first}");
    }
}

#[test]
fn both_corrections_have_kind_label_text_and_anchor() {
    let archive = imported();
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    let corrections = expected()["corrections"].as_array().unwrap().clone();
    let stored: i64 = conn
        .query_row("SELECT count(*) FROM corrections", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, corrections.len() as i64);
    for c in corrections {
        let file = c["file"].as_str().unwrap();
        let (kind, label, text, anchor): (String, String, String, Option<String>) = conn
            .query_row(
                "SELECT c.kind, c.label, c.text, c.anchor FROM corrections c JOIN posts p ON p.id = c.post_id
                 WHERE p.source LIKE '%' || ?1",
                [file],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(kind, c["kind"].as_str().unwrap(), "{file}");
        assert_eq!(label, c["label"].as_str().unwrap(), "{file}");
        assert_eq!(text, c["text"].as_str().unwrap(), "{file}");
        assert_eq!(anchor.as_deref(), c["anchor"].as_str(), "{file}");
    }
}

#[test]
fn no_show_name_or_institution_is_stored_as_a_person() {
    let archive = imported();
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    for name in expected()["not_people"].as_array().unwrap() {
        let name = name.as_str().unwrap();
        let persons: i64 = conn
            .query_row(
                "SELECT count(*) FROM people p LEFT JOIN aliases a ON a.person_id = p.id
                 WHERE p.kind = 'person' AND (p.name = ?1 COLLATE NOCASE OR a.alias = ?1 COLLATE NOCASE)",
                [name],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(persons, 0, "{name:?} is stored as a person");
    }
}

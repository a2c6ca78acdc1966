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

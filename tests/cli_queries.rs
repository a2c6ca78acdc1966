//! The canned queries: what the issue asks of each on the seeds, snapshots of every command in
//! every format on the example posts, the views as other SQLite tools see them, and export round
//! trips.

mod common;

use common::{examples_dir, seeds_dir, Archive};
use predicates::prelude::*;
use serde_json::Value;

fn seeds() -> Archive {
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success();
    archive
}

#[test]
fn said_by_and_about_on_the_seeds() {
    let archive = seeds();
    let by = archive.json_rows(&["said", "--by", "Van Hollen"]);
    assert_eq!(by.len(), 4, "{by:#?}");
    assert!(by.iter().all(|r| r["speaker"] == "Chris Van Hollen"));
    let about = archive.json_rows(&["said", "--about", "Ben Nelson"]);
    assert_eq!(about.len(), 1);
    assert_eq!(about[0]["speaker"], "Obama");
    let cue = archive.json_rows(&["said", "--cue", "noted", "--contains", "semi-publicly"]);
    assert_eq!(cue.len(), 2);
    assert!(cue.iter().all(|r| r["speaker"] == "Ezra Klein"));
    assert_eq!(archive.json_rows(&["said", "--limit", "3"]).len(), 3);
}

#[test]
fn an_unknown_name_is_said_so_with_the_closest_names() {
    seeds()
        .run(&["said", "--by", "Van Holen"])
        .code(1)
        .stderr(predicate::str::contains(
            "no one in the archive is called \"Van Holen\"; did you mean Chris Van Hollen?",
        ));
}

#[test]
fn corrections_lists_both_with_the_anchor_in_its_sentence() {
    let rows = seeds().json_rows(&["corrections"]);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["anchor"], "against");
    assert!(rows[0]["in_context"]
        .as_str()
        .unwrap()
        .contains("was against* a public option."));
    assert_eq!(
        seeds()
            .json_rows(&["corrections", "--kind", "update"])
            .len(),
        1
    );
}

#[test]
fn reuse_pairs_the_first_two_seeds_and_nothing_with_the_third() {
    let archive = seeds();
    let rows = archive.json_rows(&["reuse"]);
    let id_of =
        |file: &str| archive.count(&format!("SELECT id FROM posts WHERE source LIKE '%{file}'"));
    let (first, second, third) = (
        id_of("000_1c307102e41d136f.txt"),
        id_of("001_d5455b2c5c7bd48f.txt"),
        id_of("002_439419485189bfa0.txt"),
    );
    let pairs = |a: i64, b: i64| {
        rows.iter()
            .filter(|r| {
                let (p, s) = (
                    r["post_id"].as_i64().unwrap(),
                    r["source_post_id"].as_i64().unwrap(),
                );
                (p, s) == (a, b) || (p, s) == (b, a)
            })
            .count()
    };
    assert!(pairs(first, second) >= 3, "{rows:#?}");
    assert_eq!(pairs(first, third) + pairs(second, third), 0);
    // Every passage is a paragraph of the post that reuses it, read from the seed file itself.
    let text_of = |id: i64| {
        let file = if id == first {
            "000_1c307102e41d136f.txt"
        } else {
            "001_d5455b2c5c7bd48f.txt"
        };
        std::fs::read_to_string(seeds_dir().join(file)).unwrap()
    };
    for row in &rows {
        let passage = row["passage"].as_str().unwrap().trim_end_matches('…');
        let opening: String = passage.chars().take(40).collect();
        assert!(
            text_of(row["post_id"].as_i64().unwrap()).contains(&opening),
            "{passage}"
        );
    }
}

#[test]
fn search_ranks_by_relevance_and_explains_a_bad_query() {
    let archive = seeds();
    let rows = archive.json_rows(&["search", "public option"]);
    let first = archive.count("SELECT id FROM posts WHERE source LIKE '%000_1c307102e41d136f.txt'");
    assert_eq!(rows[0]["post_id"], first);
    assert!(rows[0]["snippet"]
        .as_str()
        .unwrap()
        .contains("[public] [option]"));
    let quotes = archive.json_rows(&["search", "circular", "--in", "quotes"]);
    assert_eq!(quotes[0]["speaker"], "Chris Van Hollen");
    archive
        .run(&["search", "\"public option"])
        .code(1)
        .stderr(predicate::str::contains(
            "cannot search for \"\\\"public option\": unterminated string",
        ));
}

/// With `--limit`, only the best matches are told apart from scare quotes; when scare quotes
/// fill them, every match is: the one quotation that is speech is still found.
#[test]
fn searching_quotes_skips_scare_quotes_that_rank_higher() {
    let archive = Archive::new();
    let folder = archive.dir.path().join("posts");
    std::fs::create_dir_all(&folder).unwrap();
    for n in 0..30 {
        std::fs::write(
            folder.join(format!("{n:02}.txt")),
            format!("Town budget {n}….\n\nThe council's new “levy” is on the table again.\n"),
        )
        .unwrap();
    }
    std::fs::write(
        folder.join("speech.txt"),
        "Town budget vote….\n\n“A levy on every household is the wrong answer for this town,” said Mayor Ida Pell.\n",
    )
    .unwrap();
    archive.run(&["import", folder.to_str().unwrap()]).success();
    assert_eq!(
        archive.count("SELECT count(*) FROM quotes WHERE kind = 'scare' AND text = 'levy'"),
        30
    );
    let found = archive.json_rows(&["search", "levy", "--in", "quotes", "--limit", "1"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["speaker"], "Ida Pell");
}

#[test]
fn people_and_person_profiles() {
    let archive = seeds();
    let people = archive.json_rows(&["people", "--kind", "person", "--sort", "quotes"]);
    assert_eq!(people[0]["name"], "Obama");
    assert!(people.iter().all(|p| p["kind"] == "person"));
    let hagan = people.iter().find(|p| p["name"] == "Kay Hagan").unwrap();
    assert_eq!(hagan["party_state"], "D-North Carolina");
    let out = archive.stdout(&["person", "the DCCC chair", "--format", "json"]);
    let profile: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(profile["name"], "Chris Van Hollen");
    assert_eq!(profile["said"].as_array().unwrap().len(), 4);
    assert!(profile["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "Van Hollen"));
    assert!(profile["appears_with"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Harry Reid"));
}

#[test]
fn every_view_answers_through_a_plain_connection() {
    let archive = seeds();
    // A plain connection has no application functions: the views must not need any.
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    for (view, least) in [
        ("who_said_what", 15),
        ("people_summary", 20),
        ("corrections_list", 2),
        ("reused_passages_list", 3),
    ] {
        let rows: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {view}"), [], |r| r.get(0))
            .unwrap();
        assert!(rows >= least, "{view}: {rows} rows");
    }
}

#[test]
fn an_export_imports_into_an_empty_archive_as_the_same_archive() {
    let original = Archive::new();
    original
        .run(&[
            "import",
            seeds_dir().to_str().unwrap(),
            examples_dir().to_str().unwrap(),
        ])
        .success();
    let export = original.dir.path().join("export.jsonl");
    std::fs::write(&export, original.stdout(&["export"])).unwrap();
    let copy = Archive::new();
    copy.run(&["import", export.to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains("imported 7,"));
    for command in [
        vec!["said"],
        vec!["people"],
        vec!["corrections"],
        vec!["reuse"],
        vec!["posts"],
    ] {
        assert_eq!(
            original.json_rows(&command),
            copy.json_rows(&command),
            "{command:?}"
        );
    }
    // A line that is not an export line is named with its number; the others still import.
    std::fs::write(&export, "{\"title\": \"no raw\"}\n").unwrap();
    copy.run(&["import", export.to_str().unwrap()])
        .code(1)
        .stderr(predicate::str::contains(
            "export.jsonl: line 1: no \"raw\" text",
        ));
}

/// Every command in every format, as snapshots, on the project's own example posts. Paths and
/// times differ between machines, so they are replaced before comparing; JSON and CSV must
/// parse.
#[test]
fn snapshots_of_every_command_in_every_format() {
    // A copy in the test's own temporary folder: a path of the same length on every machine,
    // so no table cell is cut differently.
    let archive = Archive::new();
    let copy = archive.copy_posts(&examples_dir());
    archive.run(&["import", copy.to_str().unwrap()]).success();
    let posts_path = std::fs::canonicalize(&copy).unwrap().display().to_string();
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(&regex_escape(&posts_path), "[POSTS]");
    settings.add_filter(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[TIME]");
    let commands: [(&str, &[&str]); 11] = [
        ("posts", &["posts"]),
        ("show", &["show", "2"]),
        ("stats", &["stats"]),
        ("said", &["said"]),
        ("said_by", &["said", "--by", "Wexler"]),
        ("people", &["people"]),
        ("person", &["person", "Castellano"]),
        ("corrections", &["corrections"]),
        ("search", &["search", "rail funding"]),
        ("reuse", &["reuse"]),
        ("check", &["check"]),
    ];
    settings.bind(|| {
        for (name, args) in commands {
            for format in ["table", "json", "jsonl", "csv"] {
                let mut full = args.to_vec();
                full.extend(["--format", format]);
                let out = archive.stdout(&full);
                match format {
                    "json" if name != "check" => {
                        drop(serde_json::from_str::<Value>(&out).expect("JSON parses"))
                    }
                    "jsonl" if name != "check" => out
                        .lines()
                        .for_each(|l| drop(serde_json::from_str::<Value>(l).expect("a JSON line"))),
                    "csv" if name != "check" => {
                        let mut reader = csv::Reader::from_reader(out.as_bytes());
                        assert!(reader.records().all(|r| r.is_ok()), "{name}: CSV parses");
                    }
                    _ => {}
                }
                // Column padding depends on the posts' path length, which differs between machines.
                let out = if format == "table" {
                    fold_padding(&out)
                } else {
                    out
                };
                insta::assert_snapshot!(format!("{name}_{format}"), out);
            }
        }
    });
}

/// Runs of spaces folded to two, line by line.
fn fold_padding(text: &str) -> String {
    text.lines()
        .map(|line| {
            line.split("  ")
                .filter(|p| !p.is_empty())
                .map(str::trim)
                .collect::<Vec<_>>()
                .join("  ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            if "\\.+*?()|[]{}^$".contains(c) {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect()
}

/// A person's quotations are read from `person_quotes` in its key's order, and `--limit` stops
/// the reading: the first and latest few must be those of the full list.
#[test]
fn a_much_quoted_persons_first_and_latest_quotations() {
    let archive = Archive::new();
    let folder = archive.dir.path().join("posts");
    std::fs::create_dir_all(&folder).unwrap();
    for n in 0..12 {
        std::fs::write(
            folder.join(format!("{n:02}.txt")),
            format!(
                "DAY {n}….\n\n“We will build line {n},” said Sen. Alma Rook (D-Ore.). “It will run on time,” Rook added.\n\n\
                 “Rook is wrong about line {n},” said Rep. Cal Ivers.\n"
            ),
        )
        .unwrap();
    }
    archive.run(&["import", folder.to_str().unwrap()]).success();
    for who in ["--by", "--about"] {
        let all = archive.json_rows(&["said", who, "Alma Rook"]);
        assert!(all.len() >= 12, "{all:#?}");
        let first = archive.json_rows(&["said", who, "Rook", "--limit", "3"]);
        assert_eq!(first, all[..3]);
        let latest = archive.json_rows(&["said", who, "Rook", "--limit", "3", "--newest"]);
        let mut expected = all[all.len() - 3..].to_vec();
        expected.reverse();
        assert_eq!(latest, expected);
    }
    let profile = archive.json(&["person", "Alma Rook", "--limit", "2"]);
    let posts: Vec<&Value> = profile["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| &m["post_id"])
        .collect();
    assert_eq!(posts, [&Value::from(12), &Value::from(11)]);
    assert_eq!(profile["said"].as_array().unwrap().len(), 2);
    assert_eq!(profile["said"][0]["post_id"], 12);
}

/// `said --by X` and `said --about X` read `person_quotes`; Datasette's stored query reads the
/// `who_said_what` view. For everyone in the seeds and the examples both give the same rows.
#[test]
fn said_about_anyone_reads_the_same_rows_as_the_view() {
    let archive = seeds();
    archive
        .run(&["import", examples_dir().to_str().unwrap()])
        .success();
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM people ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut compared = 0;
    for name in &names {
        for (option, speaker, about) in [("--by", name.as_str(), ""), ("--about", "", name)] {
            let cli = archive.json_rows(&["said", option, name]);
            let mut stmt = conn.prepare(&morgue::query::said_stored_query()).unwrap();
            let view: Vec<Value> = stmt
                .query_map(
                    rusqlite::named_params! { ":speaker": speaker, ":about": about },
                    |r| {
                        let about: String = r.get("about")?;
                        Ok(serde_json::json!({
                            "post_id": r.get::<_, i64>("post_id")?,
                            "source": r.get::<_, String>("source")?,
                            "title": r.get::<_, String>("title")?,
                            "date": r.get::<_, Option<String>>("date")?,
                            "speaker": r.get::<_, Option<String>>("speaker")?,
                            "cue": r.get::<_, Option<String>>("cue")?,
                            "kind": r.get::<_, String>("kind")?,
                            "text": r.get::<_, String>("text")?,
                            "about": serde_json::from_str::<Value>(&about).unwrap(),
                        }))
                    },
                )
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            assert_eq!(cli, view, "said {option} {name:?}");
            compared += cli.len();
        }
    }
    assert!(compared > 40, "only {compared} rows compared");
}

/// `person_quotes` stays equal to `person_quotes_computed` through a changed post, a
/// re-extraction and a rename made with plain SQL (its trigger rewrites the renamed person's
/// rows), and `check` says so when it is not.
#[test]
fn person_quotes_stays_a_copy_of_its_view() {
    let archive = Archive::new();
    let folder = archive.copy_posts(&seeds_dir());
    let differ = "SELECT (SELECT count(*) FROM (SELECT * FROM person_quotes_computed EXCEPT SELECT * FROM person_quotes))
                       + (SELECT count(*) FROM (SELECT * FROM person_quotes EXCEPT SELECT * FROM person_quotes_computed))";
    // "Van Dorn" becomes "Alma Van Dorn" in the import that stores her first quotation,
    // whose rows the rename writes before the import's end does.
    std::fs::write(
        folder.join("zz_1.txt"),
        "Line crews wait….\n\n“We start in May,” Van Dorn said.\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("zz_2.txt"),
        "Line crews return….\n\nSen. Alma Van Dorn (D-Ore.) praised Van Hollen. “He kept his word,” she said.\n",
    )
    .unwrap();
    archive.run(&["import", folder.to_str().unwrap()]).success();
    assert!(archive.count("SELECT count(*) FROM person_quotes") > 15);
    assert_eq!(
        archive.count("SELECT count(*) FROM person_quotes WHERE speaker = 'Alma Van Dorn'"),
        2
    );
    assert_eq!(archive.count(differ), 0);
    let first = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .min()
        .unwrap();
    let text = std::fs::read_to_string(&first).unwrap();
    std::fs::write(&first, text.replacen("Van Hollen", "Van  Hollen", 1)).unwrap();
    archive.run(&["import", folder.to_str().unwrap()]).success();
    assert_eq!(archive.count(differ), 0);
    archive.run(&["reextract"]).success();
    assert_eq!(archive.count(differ), 0);
    let conn = rusqlite::Connection::open(&archive.db).unwrap();
    conn.execute(
        "UPDATE people SET name = 'Christopher Van Hollen' WHERE name = 'Chris Van Hollen'",
        [],
    )
    .unwrap();
    assert_eq!(archive.count(differ), 0);
    let by = archive.json_rows(&["said", "--by", "Van Hollen"]);
    assert_eq!(by.len(), 4);
    assert!(by.iter().all(|r| r["speaker"] == "Christopher Van Hollen"));
    archive.run(&["check"]).success();
    conn.execute("DELETE FROM person_quotes WHERE role = 'about'", [])
        .unwrap();
    archive
        .run(&["check"])
        .code(1)
        .stdout(predicate::str::contains("person_quotes"));
}

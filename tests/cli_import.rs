//! The command line's import and browsing commands, run as a user runs them.

mod common;

use common::{morgue, seeds_dir, Archive};
use predicates::prelude::*;

#[test]
fn importing_the_seeds_twice_stores_three_posts() {
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains(
            "imported 3, updated 0, unchanged 0, failed 0",
        ));
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains(
            "imported 0, updated 0, unchanged 3, failed 0",
        ));
    assert_eq!(archive.count("SELECT count(*) FROM posts"), 3);
    archive.run(&["check"]).success().stdout("ok\n");
}

#[test]
fn a_changed_file_updates_its_post_in_place() {
    let archive = Archive::new();
    let folder = archive.copy_posts(&seeds_dir());
    archive.run(&["import", folder.to_str().unwrap()]).success();
    let id_before = archive.count("SELECT id FROM posts WHERE source LIKE '%002_%'");
    let file = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("002_"))
        .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replace(
            "The groups see things differently.",
            "Zanzibarian groups disagree.",
        ),
    )
    .unwrap();
    archive
        .run(&["import", folder.to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains(
            "imported 0, updated 1, unchanged 2, failed 0",
        ));
    assert_eq!(archive.count("SELECT count(*) FROM posts"), 3);
    assert_eq!(
        archive.count("SELECT id FROM posts WHERE source LIKE '%002_%'"),
        id_before
    );
    // The full-text index follows the update: the new word is found, the old sentence is not.
    assert_eq!(
        archive.count("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'zanzibarian'"),
        1
    );
    assert_eq!(
        archive.count(
            "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH '\"see things differently\"'"
        ),
        0
    );
    archive.run(&["check"]).success();
}

#[test]
fn bad_files_are_named_and_the_rest_imports() {
    let archive = Archive::new();
    let folder = archive.copy_posts(&seeds_dir());
    std::fs::write(
        folder.join("bad_utf8.txt"),
        b"HEADLINE\xe2\x80.... Body \xff text.",
    )
    .unwrap();
    std::fs::write(folder.join("empty.txt"), b"").unwrap();
    std::fs::write(folder.join("nul.txt"), b"HEADLINE.... Body\0text.").unwrap();
    std::fs::write(
        folder.join("only_boilerplate.txt"),
        "Keep us going... Please make a donation!\n\nFollow Ann on Twitter @ann.",
    )
    .unwrap();
    let missing = folder.join("missing.txt");
    archive
        .run(&[
            "import",
            folder.to_str().unwrap(),
            missing.to_str().unwrap(),
        ])
        .code(1)
        .stdout(predicate::str::contains(
            "imported 3, updated 0, unchanged 0, failed 5",
        ))
        .stderr(predicate::str::contains(
            "bad_utf8.txt: not valid UTF-8 (invalid byte at offset 8)",
        ))
        .stderr(predicate::str::contains("empty.txt: empty file"))
        .stderr(predicate::str::contains(
            "nul.txt: contains a NUL byte at offset 17",
        ))
        .stderr(predicate::str::contains(
            "only_boilerplate.txt: no body text",
        ))
        .stderr(predicate::str::contains("missing.txt: cannot read"));
    assert_eq!(archive.count("SELECT count(*) FROM posts"), 3);
}

#[test]
fn a_bad_file_never_costs_what_is_already_stored() {
    let archive = Archive::new();
    let folder = archive.copy_posts(&seeds_dir());
    archive.run(&["import", folder.to_str().unwrap()]).success();
    let file = std::fs::read_dir(&folder)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::write(&file, b"\xff\xfe broken").unwrap();
    archive.run(&["import", folder.to_str().unwrap()]).code(1);
    assert_eq!(archive.count("SELECT count(*) FROM posts"), 3);
}

#[test]
fn standard_input_imports_one_post() {
    let archive = Archive::new();
    archive
        .cmd()
        .args(["import", "-"])
        .write_stdin("FROM A PIPE…. The Senate adjourned early.\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("imported 1,"));
    archive
        .run(&["posts"])
        .success()
        .stdout(predicate::str::contains("FROM A PIPE"));
}

#[test]
fn an_archive_from_a_newer_morgue_is_refused_and_left_untouched() {
    let archive = Archive::new();
    archive.run(&["stats"]).success();
    {
        let conn = rusqlite::Connection::open(&archive.db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let before = std::fs::read(&archive.db).unwrap();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .code(1)
        .stderr(predicate::str::contains(
            "written by a newer morgue (schema version 999",
        ));
    assert_eq!(std::fs::read(&archive.db).unwrap(), before);
}

#[test]
fn another_applications_database_is_refused() {
    let archive = Archive::new();
    {
        let conn = rusqlite::Connection::open(&archive.db).unwrap();
        conn.execute_batch("CREATE TABLE songs (title TEXT);")
            .unwrap();
    }
    archive
        .run(&["stats"])
        .code(1)
        .stderr(predicate::str::contains("not a morgue archive"));
}

#[test]
fn the_database_path_comes_from_the_environment() {
    let archive = Archive::new();
    morgue()
        .env("MORGUE_DB", &archive.db)
        .args(["import", seeds_dir().to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(archive.count("SELECT count(*) FROM posts"), 3);
    let app_id = archive.count("PRAGMA application_id");
    assert_eq!(app_id, i64::from(morgue::store::APPLICATION_ID));
}

#[test]
fn after_import_the_db_file_alone_is_complete() {
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success();
    let wal = archive.db.with_extension("db-wal");
    let wal_len = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert_eq!(wal_len, 0, "the write-ahead log was checkpointed");
}

#[test]
fn posts_filters_and_formats() {
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success();
    let posts = archive.json(&["posts"]);
    assert_eq!(posts.as_array().unwrap().len(), 3);
    assert_eq!(posts[0]["author"], "Steve Benen");
    let out = archive
        .run(&[
            "posts",
            "--author",
            "steve benen",
            "--limit",
            "2",
            "--format",
            "csv",
        ])
        .success();
    let csv = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(csv.lines().next(), Some("id,date,author,title"));
    assert_eq!(csv.lines().count(), 3);
    archive
        .run(&["posts", "--author", "Nobody"])
        .success()
        .stdout("id  date  author  title\n");
    archive
        .run(&["posts", "--since", "2009-13-01"])
        .code(2)
        .stderr(predicate::str::contains("expected a date as YYYY-MM-DD"));
}

#[test]
fn show_prints_metadata_and_paragraphs() {
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success();
    archive
        .run(&["show", "3"])
        .success()
        .stdout(predicate::str::contains(
            "title        MOVEON ISN’T BACKING OFF",
        ))
        .stdout(predicate::str::contains(
            "\n\nThe groups see things differently.\n\n",
        ));
    archive
        .run(&["show", "42"])
        .code(1)
        .stderr(predicate::str::contains("no post with id 42"));
}

#[test]
fn stats_counts_the_archive() {
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success();
    let stats = archive.json(&["stats"]);
    assert_eq!(stats["posts"], 3);
}

#[test]
fn check_reports_a_broken_foreign_key() {
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success();
    {
        let conn = rusqlite::Connection::open(&archive.db).unwrap();
        conn.pragma_update(None, "foreign_keys", false).unwrap();
        conn.execute("INSERT INTO mentions (post_id, person_id, text, char_start, char_end) VALUES (999, 999, 'x', 0, 1)", [])
            .unwrap();
    }
    archive
        .run(&["check"])
        .code(1)
        .stdout(predicate::str::contains("foreign_key_check"));
}

/// `people_pairs` counts the posts naming both of two people; an updated post moves its counts.
#[test]
fn pair_counts_follow_changed_posts() {
    let archive = Archive::new();
    let folder = archive.dir.path().join("posts");
    std::fs::create_dir_all(&folder).unwrap();
    let post = |name: &str, text: &str| std::fs::write(folder.join(name), text).unwrap();
    post(
        "a.txt",
        "A MEETING….\n\nSen. Alma Rook met Gov. Ben Tully in Dover.\n",
    );
    post(
        "b.txt",
        "A LUNCH….\n\nSen. Alma Rook ate lunch with Gov. Ben Tully.\n",
    );
    archive.run(&["import", folder.to_str().unwrap()]).success();
    let together = |a: &str, b: &str| {
        archive.count(&format!(
            "SELECT coalesce(sum(posts), 0) FROM appears_with WHERE person = '{a}' AND other = '{b}'"
        ))
    };
    assert_eq!(together("Alma Rook", "Ben Tully"), 2);
    assert_eq!(together("Ben Tully", "Alma Rook"), 2);
    post(
        "b.txt",
        "A LUNCH….\n\nSen. Alma Rook ate lunch with Rep. Cal Ivers.\n",
    );
    archive.run(&["import", folder.to_str().unwrap()]).success();
    assert_eq!(together("Alma Rook", "Ben Tully"), 1);
    assert_eq!(together("Alma Rook", "Cal Ivers"), 1);
    post("a.txt", "A MEETING….\n\nSen. Alma Rook stayed home.\n");
    archive.run(&["import", folder.to_str().unwrap()]).success();
    assert_eq!(together("Alma Rook", "Ben Tully"), 0);
    assert_eq!(archive.count("SELECT count(*) FROM people_pairs"), 2);
    archive.run(&["check"]).success().stdout("ok\n");
}

/// A person's title and role are the ones most posts give, not the first post's; a changed post
/// changes its vote.
#[test]
fn a_title_and_a_role_are_the_ones_most_posts_give() {
    let archive = Archive::new();
    let folder = archive.dir.path().join("posts");
    std::fs::create_dir_all(&folder).unwrap();
    let post = |name: &str, body: &str| {
        std::fs::write(folder.join(name), format!("Town news\n\n{body}\n")).unwrap()
    };
    // One early post calls him president; two later ones a senator and the Ohio governor.
    post(
        "a.txt",
        "President Al Bo spoke at the fair. Al Bo, the town mayor, waved.",
    );
    post(
        "b.txt",
        "Sen. Al Bo voted no. Al Bo, the former Ohio governor, left.",
    );
    post("c.txt", "Sen. Al Bo voted yes. Al Bo, the governor, left.");
    archive.run(&["import", folder.to_str().unwrap()]).success();
    let title_and_role = || {
        let conn = rusqlite::Connection::open(&archive.db).unwrap();
        conn.query_row(
            "SELECT title, role FROM people WHERE name = 'Al Bo'",
            [],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
        )
        .unwrap()
    };
    // "former Ohio governor" counts the post saying "governor" too.
    assert_eq!(
        title_and_role(),
        ("Sen.".to_string(), "former Ohio governor".to_string())
    );
    archive.run(&["check"]).success().stdout("ok\n");
    // Now each post gives another title, and the tie goes to the earliest post; two posts call
    // him the town mayor.
    post("b.txt", "Gov. Al Bo voted no. Al Bo, the town mayor, left.");
    archive.run(&["import", folder.to_str().unwrap()]).success();
    assert_eq!(
        title_and_role(),
        ("President".to_string(), "town mayor".to_string())
    );
    // A record's title set by hand, against the posts, is a finding of `check`.
    {
        let conn = rusqlite::Connection::open(&archive.db).unwrap();
        conn.execute("UPDATE people SET title = 'Gov.' WHERE name = 'Al Bo'", [])
            .unwrap();
    }
    archive
        .run(&["check"])
        .code(1)
        .stdout(predicate::str::contains("people_title_role"));
    archive.run(&["reextract"]).success();
    archive.run(&["check"]).success().stdout("ok\n");
    assert_eq!(title_and_role().0, "President");
    // Two posts no longer give him anything: the one left that does decides.
    post("a.txt", "Al Bo spoke at the fair.");
    post("b.txt", "Al Bo voted no.");
    archive.run(&["import", folder.to_str().unwrap()]).success();
    assert_eq!(
        title_and_role(),
        ("Sen.".to_string(), "governor".to_string())
    );
    archive.run(&["check"]).success().stdout("ok\n");
}

/// "Gov. Vane" stays a person of its own in a post naming two Vanes, and the archive then
/// knows him as Al Vane: one record, given the title of the one and the role of the other.
#[test]
fn two_people_of_a_post_that_are_one_record_give_it_what_each_says() {
    let archive = Archive::new();
    archive.import_bodies(
        "vanes",
        &[
            ("a.txt", "Gov. Al Vane vetoed the tax."),
            (
                "b.txt",
                "Al Vane, the town mayor, arrived. Ida Vane came too. Gov. Vane spoke first.",
            ),
        ],
    );
    assert_eq!(archive.posts_naming("Al Vane"), 2);
    assert_eq!(
        archive.count(
            "SELECT count(*) FROM person_facts f JOIN posts p ON p.id = f.post_id
             WHERE p.source LIKE '%b.txt' AND f.title = 'Gov.' AND f.role = 'town mayor'"
        ),
        1
    );
}

#[test]
fn check_reports_pair_counts_that_drifted() {
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success();
    {
        let conn = rusqlite::Connection::open(&archive.db).unwrap();
        let changed = conn
            .execute(
                "UPDATE people_pairs SET posts = posts + 1
                 WHERE (person_id, other_id) IN (SELECT person_id, other_id FROM people_pairs LIMIT 1)",
                [],
            )
            .unwrap();
        assert_eq!(changed, 1);
    }
    archive
        .run(&["check"])
        .code(1)
        .stdout(predicate::str::contains("people_pairs"));
    archive.run(&["reextract"]).success();
    archive.run(&["check"]).success().stdout("ok\n");
}

#[test]
fn two_posts_mayors_stay_two_people() {
    let archive = Archive::new();
    let folder = archive.dir.path().join("mayors");
    std::fs::create_dir_all(&folder).unwrap();
    for (file, name) in [("a.txt", "Mayor Ann Lee"), ("b.txt", "Mayor Tom Ross")] {
        let post = format!(
            "Town news\n\n{name} opened the bridge on Monday.\n\n“It took ten years,” the mayor said.\n\nThe mayor thanked the crews.\n"
        );
        std::fs::write(folder.join(file), post).unwrap();
    }
    archive.run(&["import", folder.to_str().unwrap()]).success();
    // "the mayor" and "The mayor" name each one in its own post; they merge nobody across
    // posts.
    assert_eq!(
        archive.count(
            "SELECT count(*) FROM people WHERE name IN ('Ann Lee', 'Tom Ross') AND kind = 'person'"
        ),
        2
    );
    assert_eq!(
        archive.count("SELECT count(DISTINCT speaker_id) FROM quotes WHERE kind = 'speech'"),
        2
    );
}

#[test]
fn a_middle_initial_or_name_joins_its_name_across_posts_but_another_does_not() {
    let archive = Archive::new();
    let folder = archive.dir.path().join("initials");
    std::fs::create_dir_all(&folder).unwrap();
    for (file, name) in [
        ("a.txt", "Ann B. Roe"),
        ("b.txt", "Ann Roe"),
        ("c.txt", "Ann C. Roe"),
        ("d.txt", "Ann Baird Roe"),
        ("e.txt", "Ann Lund Roe"),
    ] {
        let post = format!("Town news\n\n{name} opened the bridge on Monday.\n");
        std::fs::write(folder.join(file), post).unwrap();
    }
    archive.run(&["import", folder.to_str().unwrap()]).success();
    let people = |sql: &str| archive.count(sql);
    // "Ann B. Roe", "Ann Roe" and "Ann Baird Roe" are one person, named in three posts; "Ann
    // C. Roe" is another, and so is "Ann Lund Roe".
    assert_eq!(
        people("SELECT count(*) FROM people WHERE name LIKE 'Ann%Roe' AND kind = 'person'"),
        3
    );
    assert_eq!(archive.posts_naming("Ann B. Roe"), 3);
    assert_eq!(archive.posts_naming("Ann Lund Roe"), 1);
}

#[test]
fn a_full_name_joins_no_record_with_another_given_name_and_a_titled_name_is_no_fuller_name() {
    let archive = Archive::new();
    archive.import_bodies(
        "titles",
        &[
            // Two Kemps and two senators Park: "Mr. Kemp" and "Sen. Park" name each man in his
            // own post, and join neither to the other.
            ("a.txt", "Lou Kemp opened the mill. Mr. Kemp was proud."),
            ("b.txt", "Tad Kemp sold the boat. Mr. Kemp was sad."),
            ("c.txt", "Sen. Ed Park voted no. Sen. Park left."),
            ("d.txt", "Sen. Al Park voted yes. Sen. Park stayed."),
            // "Joe" is a form of "Joseph": one senator Rusk.
            ("g.txt", "Sen. Joseph Rusk voted no."),
            ("h.txt", "Sen. Joe Rusk voted yes. Sen. Rusk left."),
            // "Mr. Vick", so written beside his wife, is no fuller name of the president.
            ("e.txt", "President Vick spoke."),
            ("f.txt", "Ida Vick met Mr. Vick. President Vick smiled."),
            // A double surname met alone, before and after the full name, is that person's.
            ("i.txt", "Ruiz Vega won the vote."),
            ("j.txt", "Mayor Maria Ruiz Vega cut the ribbon."),
            ("k.txt", "Ruiz Vega lost the vote."),
            // A word that may describe the person gives a name in full no longer name.
            ("l.txt", "Rand Lund won the vote."),
            ("m.txt", "Hoosier Rand Lund cut the ribbon."),
        ],
    );
    assert_eq!(archive.posts_naming("Maria Ruiz Vega"), 3);
    assert_eq!(archive.posts_naming("Rand Lund"), 2);
    let names = archive.count(
        "SELECT count(*) FROM people
         WHERE name IN ('Lou Kemp', 'Tad Kemp', 'Ed Park', 'Al Park') AND kind = 'person'",
    );
    assert_eq!(names, 4, "a titled surname joined two people");
    assert_eq!(
        archive.count("SELECT count(*) FROM people WHERE name LIKE '%Rusk' AND kind = 'person'"),
        1
    );
    assert_eq!(
        archive.count("SELECT count(*) FROM people WHERE name = 'Vick' AND title = 'President'"),
        1
    );
}

#[test]
fn a_titled_surname_joins_the_one_person_the_archive_knows_by_it() {
    let archive = Archive::new();
    archive.import_bodies(
        "namesakes",
        &[
            ("a.txt", "Al Vane signed the bill. Vane smiled."),
            ("b.txt", "Ida Vane opened the fair. Vane waved."),
            // A bare "Vane" could be either: a record of its own, which keeps the title it is
            // given here.
            (
                "c.txt",
                "“The fair was a success,” Vane said. Gov. Vane left early.",
            ),
            ("d.txt", "Gov. Al Vane vetoed the tax."),
            // Now "Gov. Vane" is the governor named in full, not that record ...
            ("e.txt", "Gov. Vane spoke again."),
            // ... also in a post naming both: neither bears the title there, so it is no nearer
            // Ida than Al.
            (
                "f.txt",
                "Al Vane and Ida Vane arrived. Gov. Vane spoke first.",
            ),
        ],
    );
    assert_eq!(archive.posts_naming("Al Vane"), 4);
    assert_eq!(archive.posts_naming("Ida Vane"), 2);
    assert_eq!(archive.posts_naming("Vane"), 1);
    assert_eq!(
        archive.count(
            "SELECT count(*) FROM aliases a JOIN people p ON p.id = a.person_id
             WHERE p.name = 'Ida Vane' AND a.alias LIKE 'Gov.%'"
        ),
        0
    );
}

#[test]
fn a_relation_as_role_gives_way_to_a_position_a_later_post_gives() {
    let archive = Archive::new();
    archive.import_bodies(
        "roles",
        &[
            ("a.txt", "Ida Vane’s husband, Al Vane, spoke first."),
            ("b.txt", "Al Vane, the Dayton port director, spoke again."),
            (
                "c.txt",
                "Cy Dee, the city clerk, came. Cy Dee, a father of two, left.",
            ),
        ],
    );
    let role = |name: &str| {
        let rows = archive.json_rows(&["people", "--kind", "person"]);
        rows.iter()
            .find(|r| r["name"] == name)
            .map(|r| r["role"].clone())
            .unwrap_or_else(|| panic!("{name}: {rows:#?}"))
    };
    assert_eq!(role("Al Vane"), "Dayton port director");
    // A position held is kept over a relation given after it.
    assert_eq!(role("Cy Dee"), "city clerk");
}

#[test]
fn a_byline_and_dateline_under_the_headline_date_the_post_and_name_its_author() {
    let archive = Archive::new();
    let folder = archive.dir.path().join("posts");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("ferry.txt"),
        "Ferry fares rise again\n\nBy Nora Quill\nPosted on Sept. 8, 2025\n\n\
         The port board voted on Monday to raise fares. “We had no choice,” board chair \
         Ivo Brandt said.\n",
    )
    .unwrap();
    archive.run(&["import", folder.to_str().unwrap()]).success();
    let post = &archive.json_rows(&["posts"])[0];
    assert_eq!(post["date"], "2025-09-08", "{post}");
    assert_eq!(post["author"], "Nora Quill", "{post}");
    // The header is no part of the body.
    assert_eq!(
        archive.count("SELECT count(*) FROM posts WHERE body LIKE '%Posted on%'"),
        0
    );
    archive
        .run(&["posts", "--author", "Quill"])
        .success()
        .stdout(predicate::str::contains("Ferry fares rise again"));
}

//! Helpers shared by the command-line tests: a temporary archive and the seed posts.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The `morgue` binary under test.
pub fn morgue() -> Command {
    let mut cmd = Command::cargo_bin("morgue").unwrap();
    cmd.env_remove("MORGUE_DB");
    cmd
}

/// `../shared/seeds`, the three posts the project was born from.
pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds")
}

/// The project's own example posts.
pub fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/posts")
}

/// A temporary folder with an archive path in it.
pub struct Archive {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Archive {
    pub fn new() -> Archive {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("test.db");
        Archive { dir, db }
    }

    /// `morgue --db ARCHIVE` ready for arguments.
    pub fn cmd(&self) -> Command {
        let mut cmd = morgue();
        cmd.arg("--db").arg(&self.db);
        cmd
    }

    /// Runs `morgue --db ARCHIVE ARGS...`.
    pub fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd().args(args).assert()
    }

    /// The `.txt` posts of `from` (the seeds, the examples) copied into a folder of their own,
    /// to edit or add files to.
    pub fn copy_posts(&self, from: &Path) -> PathBuf {
        let folder = self.dir.path().join("posts");
        std::fs::create_dir_all(&folder).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                std::fs::copy(&path, folder.join(path.file_name().unwrap())).unwrap();
            }
        }
        folder
    }

    /// Writes each (file, body) as a post headlined "Town news" into a folder `name` of its
    /// own and imports the folder.
    pub fn import_bodies(&self, name: &str, posts: &[(&str, &str)]) {
        let folder = self.dir.path().join(name);
        std::fs::create_dir_all(&folder).unwrap();
        for (file, body) in posts {
            std::fs::write(folder.join(file), format!("Town news\n\n{body}\n")).unwrap();
        }
        self.run(&["import", folder.to_str().unwrap()]).success();
    }

    /// What a command that must succeed prints.
    pub fn stdout(&self, args: &[&str]) -> String {
        String::from_utf8(self.run(args).success().get_output().stdout.clone()).unwrap()
    }

    /// What a command prints with `--format json`, read as JSON.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut args = args.to_vec();
        args.extend(["--format", "json"]);
        serde_json::from_str(&self.stdout(&args)).unwrap()
    }

    /// The rows a listing command prints with `--format json`.
    pub fn json_rows(&self, args: &[&str]) -> Vec<serde_json::Value> {
        self.json(args).as_array().unwrap().clone()
    }

    /// The integer an SQL query returns, read with a plain connection.
    pub fn count(&self, sql: &str) -> i64 {
        let conn = rusqlite::Connection::open(&self.db).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    /// How many posts mention the person or organization the archive names `name`.
    pub fn posts_naming(&self, name: &str) -> i64 {
        let conn = rusqlite::Connection::open(&self.db).unwrap();
        conn.query_row(
            "SELECT count(DISTINCT m.post_id) FROM mentions m JOIN people p ON p.id = m.person_id
             WHERE p.name = ?1",
            [name],
            |r| r.get(0),
        )
        .unwrap()
    }
}

//! The archive as Datasette serves it, with the configuration `morgue datasette-config` writes:
//! the stored "who said what" query answers with the rows `morgue said` prints.
//!
//! Needs the `datasette` command: `$DATASETTE`, else `target/ci-venv/bin/datasette` (which
//! `.ci/run` installs), else one on the PATH. Without it the test says so and passes, except
//! under CI, where it fails.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{seeds_dir, Archive};
use serde_json::Value;

/// How long Datasette may take to start.
const START_TIMEOUT: Duration = Duration::from_secs(60);

fn datasette() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("DATASETTE") {
        return Some(PathBuf::from(path));
    }
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/ci-venv/bin/datasette");
    if venv.exists() {
        return Some(venv);
    }
    let on_path = Command::new("datasette")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    on_path.then(|| PathBuf::from("datasette"))
}

/// Stops the server when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// GET a path from the server on loopback; the body of a 200 answer.
fn get(port: u16, path: &str) -> Option<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let (head, body) = response.split_once("\r\n\r\n")?;
    head.starts_with("HTTP/1.1 200").then(|| body.to_string())
}

#[test]
fn the_stored_query_answers_as_said_does() {
    let Some(datasette) = datasette() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install datasette (see .ci/run)"
        );
        eprintln!("datasette is not installed; skipping (.ci/run installs it)");
        return;
    };
    let archive = Archive::new();
    archive
        .run(&["import", seeds_dir().to_str().unwrap()])
        .success();
    let config = archive.dir.path().join("datasette.yaml");
    archive
        .run(&["datasette-config", "--output", config.to_str().unwrap()])
        .success();

    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(&datasette)
        .arg("serve")
        .arg(&archive.db)
        .arg("--metadata")
        .arg(&config)
        .args(["--host", "127.0.0.1", "--port", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("datasette starts");
    let _server = Server(child);
    let started = Instant::now();
    while get(port, "/-/versions.json").is_none() {
        assert!(
            started.elapsed() < START_TIMEOUT,
            "datasette did not answer within {START_TIMEOUT:?}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    for (speaker, about) in [("Van Hollen", ""), ("", "Ben Nelson"), ("", "")] {
        let path = format!(
            "/test/who_said_what.json?speaker={}&about={}&_shape=array",
            speaker.replace(' ', "%20"),
            about.replace(' ', "%20")
        );
        let body = get(port, &path).unwrap_or_else(|| panic!("no answer to {path}"));
        let mut served: Vec<Value> = serde_json::from_str(&body).unwrap();
        for row in &mut served {
            // Datasette serves the about column as the JSON text the view makes.
            let about = row["about"].as_str().unwrap().to_string();
            row["about"] = serde_json::from_str(&about).unwrap();
        }
        let mut args = vec!["said", "--format", "json"];
        if !speaker.is_empty() {
            args.extend(["--by", speaker]);
        }
        if !about.is_empty() {
            args.extend(["--about", about]);
        }
        let printed: Vec<Value> =
            serde_json::from_slice(&archive.run(&args).success().get_output().stdout.clone())
                .unwrap();
        assert!(!printed.is_empty());
        assert_eq!(served, printed, "{path}");
    }

    // Datasette finds the full-text table by its content="posts".
    let tables = get(port, "/test.json").expect("database page");
    let tables: Value = serde_json::from_str(&tables).unwrap();
    let posts = tables["tables"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "posts")
        .unwrap();
    assert_eq!(posts["fts_table"], "posts_fts");
}

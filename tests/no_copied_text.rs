//! The project holds no text of the material in `../shared`: no run of eight words from the
//! seeds or the evaluation articles appears in the code, the lexicons, the tests, the examples
//! or the documents. Examples and fixtures are posts the project writes itself.

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use common::seeds_dir;

/// Words in a run that counts as copied.
const RUN: usize = 8;

/// Lower-cased words of letters and digits, as a reader would compare them.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every run of `RUN` consecutive words of a text, joined by spaces.
fn runs(text: &str) -> impl Iterator<Item = String> {
    let words = words(text);
    (0..words.len().saturating_sub(RUN - 1)).map(move |i| words[i..i + RUN].join(" "))
}

/// Every file under `dir` whose name ends in one of `extensions`.
fn files(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, extensions, out);
        } else if extensions
            .iter()
            .any(|e| path.extension().is_some_and(|x| x == *e))
        {
            out.push(path);
        }
    }
}

#[test]
fn no_run_of_eight_words_from_the_shared_material_is_in_the_project() {
    let shared = seeds_dir().parent().unwrap().to_path_buf();
    let mut sources = Vec::new();
    files(&shared.join("seeds"), &["txt"], &mut sources);
    files(&shared.join("eval/polnear"), &["txt"], &mut sources);
    assert!(
        sources.len() > 3,
        "the shared material is beside the checkout"
    );
    let mut shared_runs = HashSet::new();
    for path in &sources {
        shared_runs.extend(runs(&std::fs::read_to_string(path).unwrap()));
    }

    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut ours = vec![root.join("README.md"), root.join("BENCHMARKS.md")];
    for dir in ["src", "tests", "lexicons", "migrations", "examples"] {
        files(
            &root.join(dir),
            &["rs", "txt", "sql", "md", "snap"],
            &mut ours,
        );
    }
    let mut copied = Vec::new();
    for path in &ours {
        let text = std::fs::read_to_string(path).unwrap();
        for (number, line) in text.lines().enumerate() {
            if let Some(run) = runs(line).find(|r| shared_runs.contains(r)) {
                copied.push(format!("{}:{}: {run}", path.display(), number + 1));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "copied from ../shared:\n{}",
        copied.join("\n")
    );
}

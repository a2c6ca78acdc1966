//! From files on disk (or standard input) to raw posts: which files a set of paths names, and
//! reading each one into checked text. Nothing here interprets the text; that is `extract`.
//!
//! A bad file is an [`ImportError`] for that file alone: the caller reports it and goes on, as
//! ripgrep does with an unreadable file.

pub mod run;

pub use run::{import_paths, ImportSummary};

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::extract::Format;

/// File name endings a directory walk picks up, with the format each is read as.
const FORMATS_BY_EXTENSION: &[(&str, Format)] = &[("txt", Format::Text)];
/// Files of many posts, one JSON object a line, as `morgue export` writes them.
const EXPORT_EXTENSION: &str = "jsonl";

/// Where a post comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Stdin,
}

impl Source {
    /// How the source is named in messages: the path as given, or `-`.
    pub fn display(&self) -> String {
        match self {
            Source::File(path) => path.display().to_string(),
            Source::Stdin => "-".to_string(),
        }
    }
}

/// One post as read: its stable key, its format and its text exactly as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPost {
    /// The stable external key stored in `posts.source`: the file's absolute path, or
    /// `stdin:HASH` for standard input.
    pub key: String,
    pub format: Format,
    pub raw: String,
    /// SHA-256 of `raw`, hex.
    pub hash: String,
}

/// What is wrong with one input. The message is shown after `PATH: `.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read: {0}")]
    Unreadable(#[from] std::io::Error),
    #[error("empty file")]
    Empty,
    #[error("not valid UTF-8 (invalid byte at offset {offset})")]
    InvalidUtf8 { offset: usize },
    #[error("contains a NUL byte at offset {offset}; is it a binary file?")]
    NulByte { offset: usize },
    #[error(transparent)]
    Extract(#[from] crate::extract::ExtractError),
    #[error("cannot store: {0:#}")]
    Store(anyhow::Error),
    /// A line of a JSON Lines export that holds no post.
    #[error("line {line}: {reason}")]
    BadLine { line: usize, reason: String },
}

/// Expands paths into sources: files as given, directories walked recursively in file-name
/// order for known extensions, `-` for standard input. A path that cannot be walked becomes an
/// error entry, so it is reported like any bad file.
pub fn collect_sources(paths: &[PathBuf]) -> Vec<Result<Source, (String, ImportError)>> {
    let mut sources = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Ok(Source::Stdin));
        } else if path.is_dir() {
            let walk = walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .follow_links(true);
            for entry in walk {
                match entry {
                    Ok(entry) if entry.file_type().is_file() && is_importable(entry.path()) => {
                        sources.push(Ok(Source::File(entry.into_path())))
                    }
                    Ok(_) => {}
                    Err(err) => {
                        let shown = err.path().unwrap_or(path).display().to_string();
                        let io = err
                            .into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("cannot walk"));
                        sources.push(Err((shown, ImportError::Unreadable(io))));
                    }
                }
            }
        } else {
            sources.push(Ok(Source::File(path.clone())));
        }
    }
    sources
}

/// The format a file is read as, by its extension; `None` for files a walk skips.
fn format_of(path: &Path) -> Option<Format> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    FORMATS_BY_EXTENSION
        .iter()
        .find(|(ext, _)| *ext == extension)
        .map(|(_, format)| *format)
}

/// Whether a directory walk imports this file.
fn is_importable(path: &Path) -> bool {
    format_of(path).is_some() || is_export(path)
}

fn is_export(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(EXPORT_EXTENSION))
}

/// Reads every post of a source, each with how it is named in messages: one for a post file,
/// one a line for a JSON Lines export (`morgue export`).
pub fn read_posts(source: &Source) -> Vec<(String, Result<RawPost, ImportError>)> {
    let shown = source.display();
    match source {
        Source::File(path) if is_export(path) => match std::fs::read(path)
            .map_err(ImportError::from)
            .and_then(decode)
        {
            Ok(text) => text
                .lines()
                .enumerate()
                .filter(|(_, line)| !line.trim().is_empty())
                .map(|(n, line)| (shown.clone(), exported_post(n + 1, line)))
                .collect(),
            Err(err) => vec![(shown, Err(err))],
        },
        _ => vec![(shown, read_source(source))],
    }
}

/// One line of an export: its source key, format and raw text, checked as a file would be.
fn exported_post(line: usize, text: &str) -> Result<RawPost, ImportError> {
    let bad = |reason: String| ImportError::BadLine { line, reason };
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| bad(format!("not JSON ({e})")))?;
    let field = |name: &str| value.get(name).and_then(|v| v.as_str());
    let raw =
        field("raw").ok_or_else(|| bad("no \"raw\" text: not a line of `morgue export`".into()))?;
    let key = field("source").ok_or_else(|| bad("no \"source\"".into()))?;
    let format = match field("format") {
        Some(name) => {
            Format::from_name(name).ok_or_else(|| bad(format!("unknown format {name:?}")))?
        }
        None => Format::Text,
    };
    let raw = decode(raw.as_bytes().to_vec()).map_err(|e| bad(e.to_string()))?;
    Ok(RawPost {
        key: key.to_string(),
        format,
        hash: content_hash(&raw),
        raw,
    })
}

/// Reads a source into a checked raw post.
pub fn read_source(source: &Source) -> Result<RawPost, ImportError> {
    let (bytes, key_path) = match source {
        Source::File(path) => (std::fs::read(path)?, Some(std::fs::canonicalize(path)?)),
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin().lock().read_to_end(&mut bytes)?;
            (bytes, None)
        }
    };
    let raw = decode(bytes)?;
    let hash = content_hash(&raw);
    let key = match key_path {
        Some(path) => path.display().to_string(),
        None => format!("stdin:{}", &hash[..16]),
    };
    let format = match source {
        Source::File(path) => format_of(path).unwrap_or(Format::Text),
        Source::Stdin => Format::Text,
    };
    Ok(RawPost {
        key,
        format,
        raw,
        hash,
    })
}

/// Reads and extracts one file without storing it: what `morgue extract` shows.
pub fn extract_file(path: &Path) -> anyhow::Result<crate::extract::PostFacts> {
    let shown = path.display();
    let raw = read_source(&Source::File(path.to_path_buf()))
        .map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
    crate::extract::extract_post(raw.format, &raw.raw).map_err(|e| anyhow::anyhow!("{shown}: {e}"))
}

/// Checks bytes are non-empty UTF-8 text without NUL bytes.
fn decode(bytes: Vec<u8>) -> Result<String, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ImportError::NulByte { offset });
    }
    String::from_utf8(bytes).map_err(|err| ImportError::InvalidUtf8 {
        offset: err.utf8_error().valid_up_to(),
    })
}

/// SHA-256 of the text, as lower-case hex.
pub fn content_hash(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_files_are_empty() {
        assert!(matches!(decode(vec![]), Err(ImportError::Empty)));
        assert!(matches!(
            decode(b" \n\r\n".to_vec()),
            Err(ImportError::Empty)
        ));
    }

    #[test]
    fn invalid_utf8_names_its_offset() {
        let err = decode(b"abc\xff".to_vec()).unwrap_err();
        assert!(matches!(err, ImportError::InvalidUtf8 { offset: 3 }));
    }

    #[test]
    fn nul_bytes_are_refused() {
        let err = decode(b"ab\0c".to_vec()).unwrap_err();
        assert!(matches!(err, ImportError::NulByte { offset: 2 }));
    }

    #[test]
    fn walks_pick_known_extensions_only() {
        assert_eq!(format_of(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(format_of(Path::new("a/manifest.json")), None);
    }

    #[test]
    fn hash_is_sha256_hex() {
        assert_eq!(
            content_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}

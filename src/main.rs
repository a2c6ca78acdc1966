//! The `morgue` command line: parses arguments, calls the library, prints.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use morgue::output::{self, OutputFormat};
use morgue::{import, query, store};

/// A clippings archive for political commentary: who said what about whom, in one SQLite file.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// The archive file.
    #[arg(long, global = true, env = "MORGUE_DB", default_value = "morgue.db")]
    db: PathBuf,
    /// How to print results.
    #[arg(long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import posts from files and folders (recursively), or `-` for standard input.
    Import {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// List posts: id, date, author, title.
    Posts(#[command(flatten)] query::PostFilter),
    /// Show one post: metadata and body.
    Show { id: i64 },
    /// Count posts, people, quotes and corrections.
    Stats,
    /// Quotations: who said what about whom (speech and quoted phrases; scare quotes are left out).
    Said(#[command(flatten)] query::SaidFilter),
    /// People and organizations: title, role, party-state, posts naming them, quotations by and about them.
    People(#[command(flatten)] query::PeopleFilter),
    /// One person's or organization's profile (any alias, case-insensitive).
    Person {
        name: String,
        /// How many of the latest posts, quotations by them and quotations about them to list.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Update and correction notes, with the sentence their anchor stands in.
    Corrections {
        /// Only notes of this kind.
        #[arg(long, value_parser = ["update", "correction", "editors_note"])]
        kind: Option<String>,
    },
    /// Full-text search with FTS5 syntax ("public option", health NOT care, tax*), best first.
    Search {
        query: String,
        /// Search posts or quotation texts.
        #[arg(long = "in", value_enum, default_value_t = query::SearchIn::Posts)]
        within: query::SearchIn,
        /// At most this many results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Passages a post shares with an earlier post.
    Reuse {
        /// Only passages of at least this many words.
        #[arg(long, default_value_t = 20)]
        min_words: usize,
    },
    /// Every post with its facts, one JSON object per line; `morgue import` reads it back.
    Export,
    /// Write a Datasette configuration with stored queries for this archive.
    DatasetteConfig {
        /// Where to write it.
        #[arg(long, default_value = "datasette.yaml")]
        output: PathBuf,
    },
    /// Rebuild people, quotes, mentions and corrections from the stored raw text.
    Reextract,
    /// Show what morgue extracts from a file (title, body, people, quotes, corrections) as
    /// JSON, without importing it.
    Extract { path: PathBuf },
    /// Check the archive's integrity, foreign keys and full-text index; exit 1 on any finding.
    Check,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("morgue: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Bytes of output gathered before each write: a pipe's capacity, so a reader of thousands of
/// rows is woken once per 64 KiB rather than once per 8 KiB.
const OUTPUT_BUFFER: usize = 64 * 1024;

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // Block-buffered: a line-buffered stdout would make a write call for every row.
    let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
    if let Command::Extract { path } = &cli.command {
        let facts = import::extract_file(path)?;
        serde_json::to_writer_pretty(&mut out, &facts)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut conn = store::open(&cli.db)?;
    match cli.command {
        Command::Import { paths } => {
            let summary =
                import::import_paths(&mut conn, &paths, |path, err| eprintln!("{path}: {err}"))?;
            writeln!(out, "{summary}")?;
            let found = query::stats(&conn)?;
            let counts: Vec<String> = found
                .iter()
                .filter(|(_, v)| v.is_number())
                .map(|(k, v)| format!("{v} {}", k.replace('_', " ")))
                .collect();
            writeln!(out, "archive {}: {}", cli.db.display(), counts.join(", "))?;
            return Ok(if summary.failed > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            });
        }
        Command::Posts(filter) => {
            output::write_table(&mut out, &query::posts(&conn, &filter)?, cli.format)?
        }
        Command::Show { id } => {
            output::write_record(&mut out, &query::post(&conn, id)?, cli.format)?
        }
        Command::Said(filter) => {
            // Printed as read: the quotations about someone much quoted run to many thousands.
            let mut printer = output::RowPrinter::new(&mut out, cli.format);
            query::said(&conn, &filter, &mut printer)?;
            printer.finish()?;
        }
        Command::People(filter) => {
            output::write_table(&mut out, &query::people(&conn, &filter)?, cli.format)?
        }
        Command::Person { name, limit } => {
            output::write_record(&mut out, &query::person(&conn, &name, limit)?, cli.format)?
        }
        Command::Corrections { kind } => output::write_table(
            &mut out,
            &query::corrections(&conn, kind.as_deref())?,
            cli.format,
        )?,
        Command::Search {
            query: text,
            within,
            limit,
        } => output::write_table(
            &mut out,
            &query::search(&conn, &text, within, Some(limit))?,
            cli.format,
        )?,
        Command::Reuse { min_words } => {
            output::write_table(&mut out, &query::reuse(&conn, min_words)?, cli.format)?
        }
        Command::Export => query::export(&conn, &mut out)?,
        Command::DatasetteConfig { output: path } => {
            let name = cli
                .db
                .file_stem()
                .map_or("morgue".into(), |s| s.to_string_lossy().into_owned());
            std::fs::write(&path, query::datasette_config(&name))
                .with_context(|| format!("{}: cannot write", path.display()))?;
            writeln!(
                out,
                "wrote {}; run: datasette {} --metadata {}",
                path.display(),
                cli.db.display(),
                path.display()
            )?;
        }
        Command::Reextract => {
            let summary = store::reextract_all(&mut conn)?;
            for (source, reason) in &summary.failed {
                eprintln!("{source}: {reason}");
            }
            writeln!(
                out,
                "re-extracted {} posts, failed {}",
                summary.posts,
                summary.failed.len()
            )?;
            if !summary.failed.is_empty() {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Extract { .. } => unreachable!("handled before opening the archive"),
        Command::Stats => output::write_record(&mut out, &query::stats(&conn)?, cli.format)?,
        Command::Check => {
            let findings = query::check(&conn)?;
            if !findings.rows.is_empty() {
                output::write_table(&mut out, &findings, cli.format)?;
                return Ok(ExitCode::FAILURE);
            }
            writeln!(out, "ok").context("writing")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// True when output failed because the reader went away (`morgue posts | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}

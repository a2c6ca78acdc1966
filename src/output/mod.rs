//! Printing query results: an aligned table for people at a terminal, JSON, JSON Lines or CSV
//! for programs. Every query answers with a [`Table`] (rows) or a [`Record`] (one item); the
//! format decides only how it looks, never what it says.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};
use unicode_width::UnicodeWidthStr;

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns for reading.
    Table,
    /// One JSON array of objects.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

/// Rows of named columns. Values are JSON values so that every format shows the same data.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<Value>>,
}

/// One item: named fields in order.
pub type Record = Vec<(&'static str, Value)>;

/// A table cell is cut to this many columns of text; programs get full values from the other
/// formats.
const MAX_CELL_WIDTH: usize = 72;

impl Table {
    /// An empty table with these columns.
    pub fn new(columns: Vec<&'static str>) -> Table {
        Table {
            columns,
            rows: Vec::new(),
        }
    }

    /// Each row as a JSON object keyed by column name, serialized without copying the row.
    pub fn objects(&self) -> impl Iterator<Item = RowObject<'_>> + '_ {
        self.rows.iter().map(|row| RowObject {
            columns: &self.columns,
            row,
        })
    }
}

/// One row of a [`Table`] seen as a JSON object: `{"column": value, …}` in column order.
pub struct RowObject<'a> {
    columns: &'a [&'static str],
    row: &'a [Value],
}

impl Serialize for RowObject<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.columns.len()))?;
        for (column, value) in self.columns.iter().zip(self.row) {
            map.serialize_entry(column, value)?;
        }
        map.end()
    }
}

/// A value of a row as a query reads it, borrowed from the database's row: rows go from the
/// query to the printer without being copied.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(Cow<'a, str>),
    /// JSON made by SQLite (`json_group_array`): printed as it is in JSON Lines, read as a list
    /// everywhere else.
    Json(&'a str),
}

impl From<&Cell<'_>> for Value {
    fn from(cell: &Cell<'_>) -> Value {
        match cell {
            Cell::Null => Value::Null,
            Cell::Integer(i) => Value::from(*i),
            Cell::Real(f) => Value::from(*f),
            Cell::Text(text) => Value::from(text.as_ref()),
            Cell::Json(json) => serde_json::from_str(json).unwrap_or(Value::Array(Vec::new())),
        }
    }
}

/// What a printer needs of a value of a row, whether held ([`Value`]) or read ([`Cell`]).
pub trait RowValue {
    /// Appends the value as compact JSON.
    fn write_json(&self, out: &mut Vec<u8>) -> io::Result<()>;
    /// The value as [`plain_text`] shows it.
    fn plain(&self) -> Cow<'_, str>;
    /// The value as a JSON value.
    fn to_value(&self) -> Value;
}

impl RowValue for Value {
    fn write_json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        Ok(serde_json::to_writer(out, self)?)
    }

    fn plain(&self) -> Cow<'_, str> {
        match self {
            Value::String(text) => Cow::Borrowed(text),
            other => Cow::Owned(plain_text(other)),
        }
    }

    fn to_value(&self) -> Value {
        self.clone()
    }
}

impl RowValue for Cell<'_> {
    fn write_json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        match self {
            Cell::Null => out.extend_from_slice(b"null"),
            Cell::Integer(i) => write!(out, "{i}")?,
            Cell::Real(f) => serde_json::to_writer(out, f)?,
            Cell::Text(text) => write_json_string(out, text)?,
            Cell::Json(json) => out.extend_from_slice(json.as_bytes()),
        }
        Ok(())
    }

    fn plain(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(text) => Cow::Borrowed(text),
            other => Cow::Owned(plain_text(&other.to_value())),
        }
    }

    fn to_value(&self) -> Value {
        Value::from(self)
    }
}

/// Appends `text` as a JSON string, as serde_json writes it. Most text has nothing to escape
/// (no control character, `"` or `\`) and is copied as it is: checking first takes a fraction
/// of the time escaping byte by byte does, and strings are most of what JSON Lines print.
fn write_json_string(out: &mut Vec<u8>, text: &str) -> io::Result<()> {
    // A fold without early exit, which the compiler turns into vector instructions.
    let plain = !text.bytes().fold(false, |escape, b| {
        escape | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if plain {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
        Ok(())
    } else {
        Ok(serde_json::to_writer(out, text)?)
    }
}

/// Where a query puts its rows as it reads them: a [`Table`] keeps them, a [`RowPrinter`]
/// prints each at once, so that a list of 20,000 quotations is never held in memory.
pub trait RowSink {
    /// The query's columns, before its first row.
    fn columns(&mut self, columns: &[&'static str]) -> anyhow::Result<()>;
    /// The next row, its values in the order of the columns.
    fn push(&mut self, row: &[Cell<'_>]) -> anyhow::Result<()>;
}

impl RowSink for Table {
    fn columns(&mut self, columns: &[&'static str]) -> anyhow::Result<()> {
        self.columns = columns.to_vec();
        Ok(())
    }

    fn push(&mut self, row: &[Cell<'_>]) -> anyhow::Result<()> {
        self.rows.push(row.iter().map(Value::from).collect());
        Ok(())
    }
}

/// Prints rows in a format as they come. A table for reading is printed by [`finish`], once
/// its columns' widths are known; the other formats print each row when it arrives.
///
/// [`finish`]: RowPrinter::finish
pub struct RowPrinter<'a> {
    out: Out<'a>,
    format: OutputFormat,
    columns: Vec<&'static str>,
    /// Rows printed so far.
    printed: usize,
    /// The rows of a table for reading, held until [`RowPrinter::finish`].
    held: Vec<Vec<Value>>,
    /// JSON lines not yet written out.
    lines: Vec<u8>,
}

/// JSON Lines are written out in pieces of about this many bytes: as large as a pipe holds, and
/// more than the output's own buffer, which then passes them through instead of copying them.
const LINES_CHUNK: usize = 64 * 1024;

/// The printer's output: CSV goes through a CSV writer (which quotes), the rest directly.
enum Out<'a> {
    Csv(Box<csv::Writer<&'a mut dyn Write>>),
    Direct(&'a mut dyn Write),
}

impl<'a> RowPrinter<'a> {
    /// A printer of rows to `out` in `format`.
    pub fn new(out: &'a mut dyn Write, format: OutputFormat) -> RowPrinter<'a> {
        RowPrinter {
            out: match format {
                OutputFormat::Csv => Out::Csv(Box::new(csv::Writer::from_writer(out))),
                _ => Out::Direct(out),
            },
            format,
            columns: Vec::new(),
            printed: 0,
            held: Vec::new(),
            lines: Vec::new(),
        }
    }

    /// Takes the columns; CSV prints its header row.
    fn start(&mut self, columns: &[&'static str]) -> io::Result<()> {
        self.columns = columns.to_vec();
        match &mut self.out {
            Out::Csv(writer) => writer.write_record(columns).map_err(io::Error::from),
            Out::Direct(_) => Ok(()),
        }
    }

    /// Prints one row, or holds it for a table for reading.
    fn print(&mut self, row: &[impl RowValue]) -> io::Result<()> {
        let first = self.printed == 0;
        self.printed += 1;
        match &mut self.out {
            Out::Csv(writer) => {
                let fields: Vec<Cow<'_, str>> = row.iter().map(RowValue::plain).collect();
                Ok(writer.write_record(fields.iter().map(|f| f.as_bytes()))?)
            }
            Out::Direct(_) if self.format == OutputFormat::Table => {
                self.held.push(row.iter().map(RowValue::to_value).collect());
                Ok(())
            }
            Out::Direct(out) if self.format == OutputFormat::Jsonl => {
                // Written by hand, as serde_json writes a map (`{"key":value,…}`), into a buffer
                // written out whole every [`LINES_CHUNK`] bytes.
                if self.lines.len() >= LINES_CHUNK {
                    out.write_all(&self.lines)?;
                    self.lines.clear();
                }
                self.lines.push(b'{');
                for (i, (column, value)) in self.columns.iter().zip(row).enumerate() {
                    if i > 0 {
                        self.lines.push(b',');
                    }
                    write_json_string(&mut self.lines, column)?;
                    self.lines.push(b':');
                    value.write_json(&mut self.lines)?;
                }
                self.lines.extend_from_slice(b"}\n");
                Ok(())
            }
            Out::Direct(out) => {
                // An element of a pretty-printed JSON array: the object's lines indented once
                // (JSON strings hold no line breaks).
                let values: Vec<Value> = row.iter().map(RowValue::to_value).collect();
                let object = RowObject {
                    columns: &self.columns,
                    row: &values,
                };
                let text = serde_json::to_string_pretty(&object)?;
                out.write_all(if first { b"[\n" } else { b",\n" })?;
                for (i, line) in text.lines().enumerate() {
                    if i > 0 {
                        out.write_all(b"\n")?;
                    }
                    write!(out, "  {line}")?;
                }
                Ok(())
            }
        }
    }

    /// Ends the output: prints a table for reading, or closes the JSON array.
    pub fn finish(mut self) -> io::Result<()> {
        match (&mut self.out, self.format) {
            (Out::Csv(writer), _) => writer.flush(),
            (Out::Direct(out), OutputFormat::Table) => {
                write_aligned(&mut **out, &self.columns, &self.held)
            }
            (Out::Direct(out), OutputFormat::Json) => {
                out.write_all(if self.printed == 0 { b"[]\n" } else { b"\n]\n" })
            }
            (Out::Direct(out), _) => out.write_all(&self.lines),
        }
    }
}

impl RowSink for RowPrinter<'_> {
    fn columns(&mut self, columns: &[&'static str]) -> anyhow::Result<()> {
        Ok(self.start(columns)?)
    }

    fn push(&mut self, row: &[Cell<'_>]) -> anyhow::Result<()> {
        Ok(self.print(row)?)
    }
}

/// Prints a table in a format.
pub fn write_table(out: &mut dyn Write, table: &Table, format: OutputFormat) -> io::Result<()> {
    if format == OutputFormat::Table {
        return write_aligned(out, &table.columns, &table.rows);
    }
    let mut printer = RowPrinter::new(out, format);
    printer.start(&table.columns)?;
    for row in &table.rows {
        printer.print(row)?;
    }
    printer.finish()
}

/// Prints one record: `field  value` lines on a terminal (multi-line values after them, as
/// paragraphs), or a one-row table in the other formats.
pub fn write_record(out: &mut dyn Write, record: &Record, format: OutputFormat) -> io::Result<()> {
    match format {
        OutputFormat::Table => {
            // Lists of rows become tables under their name; multi-line text comes last, as
            // paragraphs; everything else is a `field  value` line.
            let is_rows = |v: &Value| {
                v.as_array()
                    .is_some_and(|a| a.first().is_some_and(Value::is_object))
            };
            let is_long = |v: &Value| v.as_str().is_some_and(|s| s.contains('\n'));
            let width = record.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
            for (key, value) in record.iter().filter(|(_, v)| !is_rows(v) && !is_long(v)) {
                let text = match value {
                    Value::Array(list) if list.is_empty() => "(none)".to_string(),
                    _ => plain_text(value),
                };
                writeln!(out, "{key:width$}  {text}")?;
            }
            for (key, value) in record.iter().filter(|(_, v)| is_rows(v)) {
                writeln!(out, "\n{key}")?;
                let objects: Vec<&Map<String, Value>> = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_object)
                    .collect();
                let columns: Vec<&str> = objects[0].keys().map(String::as_str).collect();
                let rows: Vec<Vec<Value>> = objects
                    .iter()
                    .map(|o| {
                        columns
                            .iter()
                            .map(|c| o.get(*c).cloned().unwrap_or(Value::Null))
                            .collect()
                    })
                    .collect();
                write_aligned(out, &columns, &rows)?;
            }
            for (_, value) in record.iter().filter(|(_, v)| is_long(v)) {
                writeln!(out)?;
                writeln!(out, "{}", plain_text(value))?;
            }
            Ok(())
        }
        OutputFormat::Json => {
            let object: Map<String, Value> = record
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect();
            serde_json::to_writer_pretty(&mut *out, &object)?;
            writeln!(out)
        }
        OutputFormat::Jsonl | OutputFormat::Csv => {
            let table = Table {
                columns: record.iter().map(|(k, _)| *k).collect(),
                rows: vec![record.iter().map(|(_, v)| v.clone()).collect()],
            };
            write_table(out, &table, format)
        }
    }
}

/// A value as text: strings as they are, null as empty, lists joined with "; ".
pub fn plain_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(plain_text).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// Columns padded to their widest cell, cells cut at [`MAX_CELL_WIDTH`].
fn write_aligned(out: &mut dyn Write, columns: &[&str], rows: &[Vec<Value>]) -> io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|v| fit_cell(&plain_text(v))).collect())
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|c| c.width()).collect();
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let header: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
    write_row(out, &header, &widths)?;
    for row in &cells {
        write_row(out, row, &widths)?;
    }
    Ok(())
}

fn write_row(out: &mut dyn Write, cells: &[String], widths: &[usize]) -> io::Result<()> {
    let last = cells.len().saturating_sub(1);
    let mut line = String::new();
    for (i, (cell, width)) in cells.iter().zip(widths).enumerate() {
        line.push_str(cell);
        if i < last {
            line.push_str(&" ".repeat(width - cell.width() + 2));
        }
    }
    writeln!(out, "{}", line.trim_end())
}

/// One line of at most [`MAX_CELL_WIDTH`] columns.
fn fit_cell(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.width() <= MAX_CELL_WIDTH {
        return flat;
    }
    let mut cut = String::new();
    for c in flat.chars() {
        if cut.width() + 1 >= MAX_CELL_WIDTH {
            break;
        }
        cut.push(c);
    }
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Table {
        Table {
            columns: vec!["id", "title", "tags"],
            rows: vec![
                vec![json!(1), json!("Senate stalls"), json!(["a", "b"])],
                vec![json!(22), Value::Null, json!([])],
            ],
        }
    }

    fn render(table: &Table, format: OutputFormat) -> String {
        let mut out = Vec::new();
        write_table(&mut out, table, format).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn table_columns_align() {
        assert_eq!(
            render(&sample(), OutputFormat::Table),
            "id  title          tags\n1   Senate stalls  a; b\n22\n"
        );
    }

    #[test]
    fn jsonl_has_one_object_per_row() {
        let text = render(&sample(), OutputFormat::Jsonl);
        let first: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert_eq!(
            first,
            json!({"id": 1, "title": "Senate stalls", "tags": ["a", "b"]})
        );
        assert_eq!(text.lines().count(), 2);
    }

    #[test]
    fn csv_joins_lists_and_quotes_commas() {
        let table = Table {
            columns: vec!["a"],
            rows: vec![vec![json!("x, y")]],
        };
        assert_eq!(render(&table, OutputFormat::Csv), "a\n\"x, y\"\n");
        assert_eq!(
            render(&sample(), OutputFormat::Csv).lines().nth(1),
            Some("1,Senate stalls,a; b")
        );
    }

    /// Rows printed as they are read (cells borrowed from the database, `about` as SQLite's
    /// JSON) read exactly like the whole table printed at once.
    #[test]
    fn printing_cells_as_read_equals_printing_the_table() {
        let read = [
            vec![
                Cell::Integer(1),
                Cell::Text("Senate stalls".into()),
                Cell::Json(r#"["a","b"]"#),
            ],
            vec![Cell::Integer(22), Cell::Null, Cell::Json("[]")],
        ];
        for format in [
            OutputFormat::Json,
            OutputFormat::Jsonl,
            OutputFormat::Csv,
            OutputFormat::Table,
        ] {
            for rows in [&read[..], &[]] {
                let mut out = Vec::new();
                let mut printer = RowPrinter::new(&mut out, format);
                printer.columns(&sample().columns).unwrap();
                for row in rows {
                    printer.push(row).unwrap();
                }
                printer.finish().unwrap();
                let mut table = sample();
                table.rows.truncate(rows.len());
                assert_eq!(String::from_utf8(out).unwrap(), render(&table, format));
            }
        }
        let objects: Vec<Value> = sample()
            .objects()
            .map(|o| serde_json::to_value(o).unwrap())
            .collect();
        assert_eq!(
            render(&sample(), OutputFormat::Json),
            serde_json::to_string_pretty(&objects).unwrap() + "\n"
        );
        assert_eq!(render(&Table::new(vec!["id"]), OutputFormat::Json), "[]\n");
    }

    #[test]
    fn json_strings_are_escaped_as_serde_json_escapes_them() {
        for text in [
            "plain words",
            "say \"no\"",
            "back\\slash",
            "tab\tand\nline",
            "élan — ok",
            "",
        ] {
            let mut out = Vec::new();
            write_json_string(&mut out, text).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(text).unwrap()
            );
        }
    }

    #[test]
    fn long_cells_are_cut_with_an_ellipsis() {
        let cell = fit_cell(&"word ".repeat(40));
        assert_eq!(cell.width(), MAX_CELL_WIDTH);
        assert!(cell.ends_with('…'));
    }
}

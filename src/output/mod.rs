//! Printing query results: an aligned table for people at a terminal, JSON, JSON Lines or CSV
//! for programs. Every query answers with a [`Table`] (rows) or a [`Record`] (one item); the
//! format decides only how it looks, never what it says.

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

/// Prints a table in a format.
pub fn write_table(out: &mut dyn Write, table: &Table, format: OutputFormat) -> io::Result<()> {
    match format {
        OutputFormat::Table => write_aligned(out, &table.columns, &table.rows),
        OutputFormat::Json => {
            let array: Vec<RowObject> = table.objects().collect();
            serde_json::to_writer_pretty(&mut *out, &array)?;
            writeln!(out)
        }
        OutputFormat::Jsonl => {
            for object in table.objects() {
                serde_json::to_writer(&mut *out, &object)?;
                writeln!(out)?;
            }
            Ok(())
        }
        OutputFormat::Csv => {
            let mut writer = csv::Writer::from_writer(out);
            writer.write_record(&table.columns)?;
            for row in &table.rows {
                writer.write_record(row.iter().map(plain_text))?;
            }
            writer.flush()
        }
    }
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

    #[test]
    fn long_cells_are_cut_with_an_ellipsis() {
        let cell = fit_cell(&"word ".repeat(40));
        assert_eq!(cell.width(), MAX_CELL_WIDTH);
        assert!(cell.ends_with('…'));
    }
}

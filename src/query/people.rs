//! People and organizations: the list (`morgue people`) and one profile (`morgue person`).

use rusqlite::{named_params, Connection};
use serde_json::{Map, Value};

use super::{resolve_name, rows};
use crate::output::{Record, Table};

/// How `morgue people` orders its rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum PeopleSort {
    /// Most posts naming them first.
    #[default]
    Mentions,
    /// Most quotations by them first.
    Quotes,
    /// By name.
    Name,
}

/// Which people `morgue people` lists; also its command-line options.
#[derive(Debug, Default, Clone, clap::Args)]
pub struct PeopleFilter {
    /// Only people or only organizations.
    #[arg(long, value_parser = ["person", "organization"])]
    pub kind: Option<String>,
    /// Order of the list.
    #[arg(long, value_enum, default_value_t = PeopleSort::Mentions)]
    pub sort: PeopleSort,
    /// At most this many.
    #[arg(long)]
    pub limit: Option<usize>,
}

/// People and organizations with their title, role, party and state, and how many posts name
/// them, how many quotations are theirs and how many are about them.
pub fn people(conn: &Connection, filter: &PeopleFilter) -> anyhow::Result<Table> {
    let order = match filter.sort {
        PeopleSort::Mentions => "posts DESC, quotes_by DESC,",
        PeopleSort::Quotes => "quotes_by DESC, posts DESC,",
        PeopleSort::Name => "",
    };
    let sql = format!(
        "SELECT name, kind, title, role,
                CASE WHEN party IS NULL THEN state ELSE party || coalesce('-' || state, '') END AS party_state,
                posts, quotes_by, quotes_about
         FROM people_summary
         WHERE (:kind IS NULL OR kind = :kind)
         ORDER BY {order} name COLLATE NOCASE, id
         LIMIT :limit"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let limit = filter.limit.map_or(-1, |l| l as i64);
    let rows = rows(
        &mut stmt,
        named_params! { ":kind": filter.kind, ":limit": limit },
    )?;
    Ok(Table {
        columns: vec![
            "name",
            "kind",
            "title",
            "role",
            "party_state",
            "posts",
            "quotes_by",
            "quotes_about",
        ],
        rows,
    })
}

/// How many people a profile lists as appearing most often with the person.
const COMPANY: i64 = 10;

/// One person's or organization's profile: aliases, title and role, how many posts name them
/// and quote them, then the latest `limit` posts naming them, quotations by them and quotations
/// about them (each list in date order), and who they appear with most often.
pub fn person(conn: &Connection, name: &str, limit: usize) -> anyhow::Result<Record> {
    let (id, _) = resolve_name(conn, name)?;
    let fields = [
        "name",
        "kind",
        "title",
        "role",
        "party",
        "state",
        "posts",
        "quotes_by",
        "quotes_about",
    ];
    let values = conn
        .prepare_cached(&format!(
            "SELECT {} FROM people_summary WHERE id = ?1",
            fields.join(", ")
        ))?
        .query_row([id], |r| {
            (0..fields.len())
                .map(|i| r.get_ref(i).map(super::json_value))
                .collect::<Result<Vec<_>, _>>()
        })?;
    let mut record: Record = fields.into_iter().zip(values).collect();
    let aliases: Vec<Value> = conn
        .prepare_cached(
            "SELECT alias FROM aliases WHERE person_id = ?1 ORDER BY alias COLLATE NOCASE",
        )?
        .query_map([id], |r| r.get::<_, String>(0))?
        .map(|a| a.map(Value::from))
        .collect::<Result<_, _>>()?;
    record.push(("aliases", Value::Array(aliases)));
    let sections: [(&'static str, &str); 4] = [
        (
            "mentions",
            "SELECT * FROM (
                SELECT p.published_at AS date, p.id AS post_id, p.title, count(*) AS mentions
                FROM mentions m JOIN posts p ON p.id = m.post_id WHERE m.person_id = :id
                GROUP BY p.id ORDER BY p.published_at IS NULL DESC, p.published_at DESC, p.id DESC
                LIMIT :latest)
             ORDER BY date IS NULL, date, post_id",
        ),
        (
            "said",
            "SELECT post_id, title, date, cue, kind, text FROM (
                SELECT * FROM who_said_what WHERE speaker_id = :id
                ORDER BY date IS NULL DESC, date DESC, post_id DESC, part = 'body' DESC, char_start DESC
                LIMIT :latest)
             ORDER BY date IS NULL, date, post_id, part = 'body', char_start",
        ),
        (
            "said_about",
            "SELECT post_id, title, date, speaker, text FROM (
                SELECT w.* FROM who_said_what w
                JOIN quote_about qa ON qa.quote_id = w.quote_id WHERE qa.person_id = :id
                ORDER BY w.date IS NULL DESC, w.date DESC, w.post_id DESC, w.part = 'body' DESC,
                         w.char_start DESC
                LIMIT :latest)
             ORDER BY date IS NULL, date, post_id, part = 'body', char_start",
        ),
        (
            "appears_with",
            "SELECT other AS name, posts FROM appears_with WHERE person_id = :id
             ORDER BY posts DESC, other COLLATE NOCASE LIMIT :limit",
        ),
    ];
    for (key, sql) in sections {
        let mut stmt = conn.prepare_cached(sql)?;
        let names: Vec<String> = stmt.column_names().map(str::to_string).collect();
        let latest = i64::try_from(limit).unwrap_or(i64::MAX);
        let params = named_params! { ":id": id, ":limit": COMPANY, ":latest": latest };
        let used: Vec<_> = params
            .iter()
            .filter(|(name, _)| sql.contains(name))
            .copied()
            .collect();
        let list = rows(&mut stmt, used.as_slice())?
            .into_iter()
            .map(|row| {
                Value::Object(
                    names
                        .iter()
                        .cloned()
                        .zip(row)
                        .collect::<Map<String, Value>>(),
                )
            })
            .collect();
        record.push((key, Value::Array(list)));
    }
    Ok(record)
}

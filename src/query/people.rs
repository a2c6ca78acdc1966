//! People and organizations: the list (`morgue people`) and one profile (`morgue person`).

use rusqlite::{named_params, Connection};
use serde_json::{Map, Value};

use super::said::{select_quotations, Person, Role, Shape};
use super::{resolve_name, rows, rows_of};
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
/// about them (newest first), and who they appear with most often.
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
    let posts = values[fields.iter().position(|f| *f == "posts").unwrap_or(0)].as_i64();
    let mut record: Record = fields.into_iter().zip(values).collect();
    let aliases: Vec<Value> = conn
        .prepare_cached(
            "SELECT alias FROM aliases WHERE person_id = ?1 ORDER BY alias COLLATE NOCASE",
        )?
        .query_map([id], |r| r.get::<_, String>(0))?
        .map(|a| a.map(Value::from))
        .collect::<Result<_, _>>()?;
    record.push(("aliases", Value::Array(aliases)));
    let latest = i64::try_from(limit).unwrap_or(i64::MAX);
    let params = named_params! { ":id": id, ":latest": latest, ":limit": COMPANY };
    record.push((
        "mentions",
        objects(&latest_posts_naming(conn, params, limit, posts)?),
    ));
    let newest = |columns| Shape {
        columns,
        limit: Some(limit),
        newest: true,
    };
    let person = |role| Person {
        ids: vec![id],
        role,
    };
    let mut said = Table::new(Vec::new());
    select_quotations(
        conn,
        Some(&person(Role::By)),
        &[],
        params,
        &newest("post_id, title, date, cue, kind, text"),
        &mut said,
    )?;
    record.push(("said", objects(&said)));
    let mut said_about = Table::new(Vec::new());
    select_quotations(
        conn,
        Some(&person(Role::About)),
        &[],
        params,
        &newest("post_id, title, date, speaker, text"),
        &mut said_about,
    )?;
    record.push(("said_about", objects(&said_about)));
    let sql = "SELECT other AS name, posts FROM appears_with WHERE person_id = :id
               ORDER BY posts DESC, other COLLATE NOCASE LIMIT :limit";
    let company = Table {
        columns: vec!["name", "posts"],
        rows: rows_of(conn, sql, params)?,
    };
    record.push(("appears_with", objects(&company)));
    Ok(record)
}

/// The latest `limit` posts naming person `:id` (`posts` of them in all), newest first, with
/// how often each names them. Like quotations, a much-named person's posts are found by
/// reading posts in date order, the others through the person's mentions.
fn latest_posts_naming(
    conn: &Connection,
    params: &[(&str, &dyn rusqlite::ToSql)],
    limit: usize,
    posts: Option<i64>,
) -> anyhow::Result<Table> {
    let total: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM posts", [], |r| r.get(0))?;
    let sql = if super::reads_in_date_order(limit, total, posts) {
        "SELECT p.published_at AS date, p.id AS post_id, p.title,
                (SELECT count(*) FROM mentions m INDEXED BY mentions_post_id
                 WHERE m.post_id = p.id AND m.person_id = :id) AS mentions
         FROM posts p INDEXED BY posts_by_date
         WHERE EXISTS (SELECT 1 FROM mentions m INDEXED BY mentions_post_id
                       WHERE m.post_id = p.id AND m.person_id = :id)
         ORDER BY p.published_at IS NULL DESC, p.published_at DESC, p.id DESC LIMIT :latest"
    } else {
        "SELECT p.published_at AS date, p.id AS post_id, p.title, count(*) AS mentions
         FROM mentions m JOIN posts p ON p.id = m.post_id WHERE m.person_id = :id
         GROUP BY p.id ORDER BY p.published_at IS NULL DESC, p.published_at DESC, p.id DESC
         LIMIT :latest"
    };
    Ok(Table {
        columns: vec!["date", "post_id", "title", "mentions"],
        rows: rows_of(conn, sql, params)?,
    })
}

/// A table's rows as JSON objects, for a section of a record.
fn objects(table: &Table) -> Value {
    Value::Array(
        table
            .rows
            .iter()
            .map(|row| {
                Value::Object(
                    table
                        .columns
                        .iter()
                        .map(|c| c.to_string())
                        .zip(row.iter().cloned())
                        .collect::<Map<String, Value>>(),
                )
            })
            .collect(),
    )
}

//! `morgue export`: every post with its facts, one JSON object per line. Each line carries the
//! post's raw text and format, so `morgue import` of an export re-extracts exactly the same
//! posts, people, quotations and corrections into an empty archive.

use std::io::Write;

use rusqlite::Connection;
use serde_json::{json, Value};

use super::said::parse_about;

/// Writes one JSON object per post, in id order.
pub fn export(conn: &Connection, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut posts = conn.prepare(
        "SELECT p.id, p.source, p.format, p.title, a.name, p.published_at, p.url, p.body, p.raw
         FROM posts p LEFT JOIN people a ON a.id = p.author_id ORDER BY p.id",
    )?;
    let mut quotes = conn.prepare_cached(
        "SELECT speaker, cue, kind, text, about FROM who_said_what WHERE post_id = ?1 ORDER BY part = 'body', char_start",
    )?;
    let mut people = conn.prepare_cached(
        "SELECT DISTINCT pe.name, pe.kind FROM mentions m JOIN people pe ON pe.id = m.person_id
         WHERE m.post_id = ?1 ORDER BY pe.name",
    )?;
    let mut corrections = conn.prepare_cached(
        "SELECT kind, label, text, anchor FROM corrections WHERE post_id = ?1 ORDER BY id",
    )?;
    let rows = posts.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            json!({
                "source": r.get::<_, String>(1)?, "format": r.get::<_, String>(2)?, "title": r.get::<_, String>(3)?,
                "author": r.get::<_, Option<String>>(4)?, "published_at": r.get::<_, Option<String>>(5)?,
                "url": r.get::<_, Option<String>>(6)?, "body": r.get::<_, String>(7)?, "raw": r.get::<_, String>(8)?,
            }),
        ))
    })?;
    for row in rows {
        let (id, mut post) = row?;
        let mut said = super::rows(&mut quotes, [id])?;
        said.iter_mut().for_each(|q| parse_about(q));
        post["quotes"] = Value::Array(
            said.into_iter()
                .map(|q| json!({"speaker": q[0], "cue": q[1], "kind": q[2], "text": q[3], "about": q[4]}))
                .collect(),
        );
        post["people"] = Value::Array(
            super::rows(&mut people, [id])?
                .into_iter()
                .map(|p| json!({"name": p[0], "kind": p[1]}))
                .collect(),
        );
        post["corrections"] = Value::Array(
            super::rows(&mut corrections, [id])?
                .into_iter()
                .map(|c| json!({"kind": c[0], "label": c[1], "text": c[2], "anchor": c[3]}))
                .collect(),
        );
        serde_json::to_writer(&mut *out, &post)?;
        writeln!(out)?;
    }
    Ok(())
}

//! `people_pairs`: how many posts name both of two people or organizations ("appears with").
//!
//! Counting this on every read means joining a much-named person's posts to everyone else
//! named in them: seconds in a large archive. So the counts are stored and kept current as
//! posts are written: each saved post adds one to every pair of distinct people it names, each
//! replaced post first takes its old pairs away. The changes gather in memory ([`PairChanges`])
//! and are written once, at the end of the import, in the transaction that recounts people.
//!
//! A post counts toward the pairs of its [`MAX_PEOPLE_PER_POST`] most-named people only (most
//! mentions first, then the first named): a post listing 2,800 names would otherwise add eight
//! million pairs.

use rusqlite::Connection;
use rustc_hash::FxHashMap;

/// The most people of one post whose pairs count.
pub const MAX_PEOPLE_PER_POST: usize = 100;

/// The people whose pairs a post counts, from its mentions as (person id, mention start):
/// the [`MAX_PEOPLE_PER_POST`] most mentioned, ties going to the first named, then the lower id.
pub fn most_named(mentions: impl IntoIterator<Item = (i64, usize)>) -> Vec<i64> {
    let mut named: FxHashMap<i64, (usize, usize)> = FxHashMap::default();
    for (id, start) in mentions {
        let (count, first) = named.entry(id).or_insert((0, start));
        *count += 1;
        *first = (*first).min(start);
    }
    let mut ranked: Vec<(i64, (usize, usize))> = named.into_iter().collect();
    ranked.sort_unstable_by_key(|&(id, (count, first))| (std::cmp::Reverse(count), first, id));
    ranked
        .into_iter()
        .take(MAX_PEOPLE_PER_POST)
        .map(|(id, _)| id)
        .collect()
}

/// Changes to `people_pairs` not yet written: for each ordered pair of ids, posts gained
/// (positive) or lost (negative). The open transaction's posts are only listed until it
/// commits, so a rolled-back batch can be forgotten ([`PairChanges::rollback`]).
#[derive(Debug, Default)]
pub struct PairChanges {
    committed: FxHashMap<(i64, i64), i64>,
    /// The open transaction's posts: the ids each names, and +1 (written) or -1 (removed).
    pending: Vec<(Vec<i64>, i64)>,
}

impl PairChanges {
    /// Counts one post by its mentions, as (person id, mention start): the pairs of its
    /// [`most_named`] people. `sign` is 1 for a post written, -1 for a post's old facts removed.
    pub fn count_post(&mut self, mentions: impl IntoIterator<Item = (i64, usize)>, sign: i64) {
        let ids = most_named(mentions);
        if ids.len() > 1 {
            self.pending.push((ids, sign));
        }
    }

    /// The open transaction was committed: its posts' pairs are counted.
    pub fn commit(&mut self) {
        for (ids, sign) in self.pending.drain(..) {
            for &a in &ids {
                for &b in &ids {
                    if a != b {
                        *self.committed.entry((a, b)).or_default() += sign;
                    }
                }
            }
        }
    }

    /// The open transaction was rolled back: its posts are forgotten.
    pub fn rollback(&mut self) {
        self.pending.clear();
    }

    /// Writes the committed changes; pairs no post names together any more are deleted.
    /// Call inside a transaction, after the last batch was committed.
    pub fn write(&mut self, conn: &Connection) -> anyhow::Result<()> {
        debug_assert!(self.pending.is_empty(), "write after the last commit");
        let mut changes: Vec<_> = self
            .committed
            .drain()
            .filter(|&(_, change)| change != 0)
            .collect();
        // In key order, the inserts append to the table's B-tree instead of scattering.
        changes.sort_unstable();
        let mut add = conn.prepare_cached(
            "INSERT INTO people_pairs (person_id, other_id, posts) VALUES (?1, ?2, ?3)
             ON CONFLICT (person_id, other_id) DO UPDATE SET posts = posts + excluded.posts",
        )?;
        let mut lower = conn.prepare_cached(
            "UPDATE people_pairs SET posts = posts - ?3 WHERE person_id = ?1 AND other_id = ?2 AND posts > ?3",
        )?;
        let mut delete =
            conn.prepare_cached("DELETE FROM people_pairs WHERE person_id = ?1 AND other_id = ?2")?;
        for ((a, b), change) in changes {
            if change > 0 {
                add.execute((a, b, change))?;
            } else if lower.execute((a, b, -change))? == 0 {
                // No post names the two together any more.
                delete.execute((a, b))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_counts_the_pairs_of_its_most_named_people_only() {
        // A post naming 150 people: person 7 three times, person 3 twice (first at 40), person
        // 9 twice (first at 10); everyone else once, in order.
        let mut mentions: Vec<(i64, usize)> = (0..150).map(|id| (id, 1000 + id as usize)).collect();
        mentions.extend([(7, 5), (7, 6), (3, 40), (9, 10)]);
        let named = most_named(mentions.clone());
        assert_eq!(named.len(), MAX_PEOPLE_PER_POST);
        assert_eq!(&named[..3], &[7, 9, 3]);
        assert_eq!(named[3], 0);
        assert!(!named.contains(&149));
        let mut changes = PairChanges::default();
        changes.count_post(mentions, 1);
        changes.commit();
        assert_eq!(
            changes.committed.len(),
            MAX_PEOPLE_PER_POST * (MAX_PEOPLE_PER_POST - 1)
        );
    }
}

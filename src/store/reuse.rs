//! Passages a post shares with other posts of the archive, found at import without comparing
//! all pairs.
//!
//! Each paragraph of at least [`MIN_PARAGRAPH_WORDS`] words is reduced to the set of its word
//! 3-grams (lower-cased, punctuation and quote styles ignored) and sketched by the
//! `SKETCH_SIZE` smallest 3-gram hashes. Sketch values go into `passage_sketches`; a new
//! paragraph's candidates are the paragraphs sharing a sketch value with it, which near
//! duplicates do with high probability. A value held by more than `BOILERPLATE_POSTS` posts is
//! boilerplate recurring across the archive and finds nothing. Candidates are confirmed by the
//! Jaccard similarity of the two 3-gram sets, at least `MIN_SIMILARITY`, so a paragraph
//! repeated with small edits ("lawmakers" for "senators") is found and a shared stock phrase
//! is not. Two posts reuse each other's passages when they share at least
//! `MIN_SHARED_PARAGRAPHS` paragraphs: one shared paragraph is a coincidence of quoting.
//!
//! A pair is stored once, the later post (by id) as `post_id`, the earlier as the source.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, Connection};

/// Paragraphs shorter than this are not indexed: short lines repeat by chance.
pub const MIN_PARAGRAPH_WORDS: usize = 12;
/// How many of a paragraph's smallest 3-gram hashes sketch it.
const SKETCH_SIZE: usize = 4;
/// A sketch value shared by more posts than this is boilerplate.
const BOILERPLATE_POSTS: i64 = 3;
/// Sketch values a candidate must share before it is compared: near duplicates share most.
const MIN_SHARED_SKETCH_VALUES: usize = 1;
/// Candidates confirmed per paragraph, those sharing the most sketch values first.
const MAX_CANDIDATES: usize = 8;
/// A post reuses another's passages when it shares at least this many paragraphs with it: a
/// writer recycles a run of paragraphs, while one shared paragraph is a coincidence of quoting.
const MIN_SHARED_PARAGRAPHS: usize = 2;
/// Least Jaccard similarity of two paragraphs' 3-grams for a reused passage.
const MIN_SIMILARITY: f64 = 0.5;

/// Sketch values known to be boilerplate (held by more than `BOILERPLATE_POSTS` posts),
/// remembered while an import runs so they are not looked up again. Forget them
/// ([`Boilerplate::forget`]) when a transaction that found some is rolled back.
#[derive(Debug, Default)]
pub struct Boilerplate(HashSet<u64>);

impl Boilerplate {
    /// Forgets every value: what was found may have been rolled back.
    pub fn forget(&mut self) {
        self.0.clear();
    }
}

/// A paragraph of a body: its character span, words and 3-gram hashes.
struct Paragraph {
    start: usize,
    end: usize,
    words: usize,
    grams: HashSet<u64>,
}

/// Forgets what was found for a post before its body changed.
pub fn clear_post(conn: &Connection, post_id: i64) -> anyhow::Result<()> {
    conn.prepare_cached("DELETE FROM reused_passages WHERE post_id = ?1 OR source_post_id = ?1")?
        .execute([post_id])?;
    conn.prepare_cached("DELETE FROM passage_sketches WHERE post_id = ?1")?
        .execute([post_id])?;
    Ok(())
}

/// A body cut into paragraphs with their 3-gram hashes: what finding reused passages needs of
/// a post, computed from its text alone, so an import computes it beside extraction.
pub struct Passages(Vec<Paragraph>);

impl Passages {
    /// The paragraphs of a body (separated by blank lines).
    pub fn of(body: &str) -> Passages {
        Passages(paragraphs(body))
    }
}

/// Finds and stores the passages post `post_id` shares with the rest of the archive; what was
/// found for it before must have been cleared ([`clear_post`]). Call inside the transaction
/// that wrote the post.
///
/// Candidates are confirmed (their text read and compared) only for posts with at least
/// `MIN_SHARED_PARAGRAPHS` candidate paragraphs: a post with fewer could never count.
pub fn index_post(
    conn: &Connection,
    post_id: i64,
    passages: &Passages,
    known: &mut Boilerplate,
) -> anyhow::Result<()> {
    let ours = &passages.0;
    // The limit is written into the statement: binding LIMIT's parameter again, even to the
    // same value, made SQLite prepare the statement again at every lookup.
    let mut holders = conn.prepare_cached(&format!(
        "SELECT post_id, paragraph FROM passage_sketches WHERE sketch = ?1 AND post_id <> ?2 LIMIT {}",
        BOILERPLATE_POSTS + 1
    ))?;
    let mut insert_sketch = conn.prepare_cached(
        "INSERT OR IGNORE INTO passage_sketches (sketch, post_id, paragraph) VALUES (?1, ?2, ?3)",
    )?;
    // (our paragraph, other post, its paragraph), the likeliest first for each of ours.
    let mut candidates: Vec<(usize, i64, usize)> = Vec::new();
    for (number, paragraph) in ours.iter().enumerate() {
        if paragraph.words < MIN_PARAGRAPH_WORDS {
            continue;
        }
        let mut shared: HashMap<(i64, usize), usize> = HashMap::new();
        for value in sketch(&paragraph.grams) {
            if known.0.contains(&value) {
                continue;
            }
            let rows: Vec<(i64, i64)> = holders
                .query_map(params![value as i64, post_id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?
                .collect::<Result<_, _>>()?;
            let posts: HashSet<i64> = rows.iter().map(|r| r.0).collect();
            if posts.len() as i64 > BOILERPLATE_POSTS {
                known.0.insert(value);
                continue;
            }
            for (other, other_number) in rows {
                *shared.entry((other, other_number as usize)).or_default() += 1;
            }
            insert_sketch.execute(params![value as i64, post_id, number as i64])?;
        }
        let mut likely: Vec<((i64, usize), usize)> = shared.into_iter().collect();
        likely.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        candidates.extend(
            likely
                .into_iter()
                .filter(|&(_, count)| count >= MIN_SHARED_SKETCH_VALUES)
                .take(MAX_CANDIDATES)
                .map(|((other, other_number), _)| (number, other, other_number)),
        );
    }
    let mut per_post: HashMap<i64, usize> = HashMap::new();
    for &(_, other, _) in &candidates {
        *per_post.entry(other).or_default() += 1;
    }
    candidates.retain(|(_, other, _)| per_post[other] >= MIN_SHARED_PARAGRAPHS);
    let mut other_bodies: HashMap<i64, String> = HashMap::new();
    let mut found = Vec::new();
    for (number, other, other_number) in candidates {
        if let std::collections::hash_map::Entry::Vacant(slot) = other_bodies.entry(other) {
            let body: String = conn
                .prepare_cached("SELECT body FROM posts WHERE id = ?1")?
                .query_row([other], |r| r.get(0))?;
            slot.insert(body);
        }
        let Some(theirs) = nth_paragraph(&other_bodies[&other], other_number) else {
            continue;
        };
        let paragraph = &ours[number];
        let similarity = jaccard(&paragraph.grams, &theirs.grams);
        if similarity >= MIN_SIMILARITY {
            found.push((
                other,
                paragraph,
                theirs.start,
                theirs.end,
                theirs.words,
                similarity,
            ));
        }
    }
    let mut insert = conn.prepare_cached(
        "INSERT INTO reused_passages (post_id, char_start, char_end, source_post_id, source_start, source_end, words, similarity)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut per_post: HashMap<i64, usize> = HashMap::new();
    for found in &found {
        *per_post.entry(found.0).or_default() += 1;
    }
    found.retain(|f| per_post[&f.0] >= MIN_SHARED_PARAGRAPHS);
    for (other, ours, their_start, their_end, their_words, similarity) in found {
        // The later post (higher id) holds the pair; the earlier one is its source.
        let (ours, theirs) = (
            (ours.start as i64, ours.end as i64, ours.words as i64),
            (their_start as i64, their_end as i64, their_words as i64),
        );
        if other < post_id {
            insert.execute(params![
                post_id, ours.0, ours.1, other, theirs.0, theirs.1, ours.2, similarity
            ])?;
        } else {
            insert.execute(params![
                other, theirs.0, theirs.1, post_id, ours.0, ours.1, theirs.2, similarity
            ])?;
        }
    }
    Ok(())
}

/// Rebuilds every reused passage, post by post in id order, as imports in that order would.
pub fn reindex_all(conn: &Connection) -> anyhow::Result<()> {
    let mut known = Boilerplate::default();
    conn.execute_batch("DELETE FROM reused_passages; DELETE FROM passage_sketches;")?;
    let posts: Vec<(i64, String)> = conn
        .prepare("SELECT id, body FROM posts ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, body) in posts {
        index_post(conn, id, &Passages::of(&body), &mut known)?;
    }
    Ok(())
}

/// The paragraphs of a body (separated by blank lines), with character spans.
fn paragraphs(body: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut chars_before = 0;
    for piece in body.split("\n\n") {
        out.push(paragraph(piece, chars_before));
        chars_before += piece.chars().count() + 2;
    }
    out
}

/// Paragraph `n` of a body alone, without hashing the others.
fn nth_paragraph(body: &str, n: usize) -> Option<Paragraph> {
    let mut chars_before = 0;
    for (i, piece) in body.split("\n\n").enumerate() {
        if i == n {
            return Some(paragraph(piece, chars_before));
        }
        chars_before += piece.chars().count() + 2;
    }
    None
}

/// One paragraph's span, words and 3-gram hashes; `start` is its first character's offset.
fn paragraph(piece: &str, start: usize) -> Paragraph {
    let words = word_hashes(piece);
    let grams = words
        .windows(3)
        .map(|w| gram_hash(w[0], w[1], w[2]))
        .collect();
    Paragraph {
        start,
        end: start + piece.chars().count(),
        words: words.len(),
        grams,
    }
}

/// The hash of each word, lower-cased, of letters and digits only (apostrophes of either style
/// dropped, so "there’s" and "there's" are one word), without allocating a string a word.
fn word_hashes(text: &str) -> Vec<u64> {
    let mut hashes = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !matches!(c, '\'' | '’') && !word.is_empty() {
            hashes.push(fnv1a(word.as_bytes()));
            word.clear();
        }
    }
    hashes
}

/// A 3-gram's hash from its words' hashes: order matters, so "a b c" and "c b a" differ.
fn gram_hash(a: u64, b: u64, c: u64) -> u64 {
    const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
    (a.rotate_left(21) ^ b.rotate_left(42) ^ c).wrapping_mul(MIX)
}

/// The smallest hashes of a 3-gram set.
fn sketch(grams: &HashSet<u64>) -> Vec<u64> {
    let mut all: Vec<u64> = grams.iter().copied().collect();
    all.sort_unstable();
    all.truncate(SKETCH_SIZE);
    all
}

fn jaccard(a: &HashSet<u64>, b: &HashSet<u64>) -> f64 {
    let shared = a.intersection(b).count();
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// FNV-1a, 64 bits: a stable hash, so sketches mean the same in every run and build.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_with_small_edits_is_similar_and_a_different_one_is_not() {
        let a = "The county board, which had promised a vote before the harvest, put off the road levy again and blamed the late state budget.";
        let b = "The county board, which had promised a vote before the harvest, put off the bridge levy again and blamed the late state budget.";
        let c = "The budget committee met on Tuesday to argue about the rainy-day fund and the transit bill's long-term costs.";
        let (pa, pb, pc) = (&paragraphs(a)[0], &paragraphs(b)[0], &paragraphs(c)[0]);
        assert!(jaccard(&pa.grams, &pb.grams) >= MIN_SIMILARITY);
        assert!(jaccard(&pa.grams, &pc.grams) < 0.1);
    }

    #[test]
    fn apostrophe_styles_and_case_do_not_matter() {
        assert_eq!(word_hashes("There’s More"), word_hashes("there's more"));
        assert_eq!(word_hashes("There’s More").len(), 2);
        assert_ne!(gram_hash(1, 2, 3), gram_hash(3, 2, 1));
    }

    #[test]
    fn paragraph_spans_are_in_characters() {
        let found = paragraphs("Ünïcode first.\n\nSecond “one”.");
        assert_eq!((found[0].start, found[0].end), (0, 14));
        assert_eq!((found[1].start, found[1].end), (16, 29));
    }

    #[test]
    fn the_hash_is_fnv1a() {
        // Published FNV-1a 64-bit test values.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }
}

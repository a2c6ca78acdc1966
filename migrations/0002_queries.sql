-- Canned queries as views, full-text search over quotations, and passages reused between
-- posts. Views use built-in SQLite functions only, so sqlite3, DB Browser and Datasette give
-- the answers the morgue command gives.

-- The sentence an asterisk anchor stands in, for showing a correction where it applies.
-- Filled by the extractor (`morgue reextract` fills it for posts imported before).
ALTER TABLE corrections ADD COLUMN anchor_sentence TEXT;

-- A passage of a post that repeats a passage of an earlier post, perhaps with small edits.
-- Offsets are characters in each post's body, end exclusive.
CREATE TABLE reused_passages (
    id             INTEGER PRIMARY KEY,
    post_id        INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    source_post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    source_start   INTEGER NOT NULL,
    source_end     INTEGER NOT NULL,
    words          INTEGER NOT NULL,   -- words in the passage of post_id
    similarity     REAL NOT NULL       -- Jaccard similarity of the two passages' word 3-grams
);
CREATE INDEX reused_passages_post_id ON reused_passages (post_id);
CREATE INDEX reused_passages_source_post_id ON reused_passages (source_post_id);

-- The index that finds reuse candidates without comparing all pairs: for each paragraph, the
-- few smallest hashes of its word 3-grams (a bottom-k sketch). Paragraphs that share most of
-- their 3-grams share sketch values; a value held by very many posts is boilerplate.
CREATE TABLE passage_sketches (
    sketch    INTEGER NOT NULL,
    post_id   INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,        -- paragraph number in the body, from 0
    PRIMARY KEY (sketch, post_id, paragraph)
) WITHOUT ROWID;
CREATE INDEX passage_sketches_post_id ON passage_sketches (post_id);

-- Full-text index over quotation texts, for `morgue search --in quotes`. morgue writes it once
-- per post as it stores the post's quotations (a trigger per row would make FTS5 flush its
-- index at every row); `morgue check` verifies it against `quotes`.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text,
    content="quotes", content_rowid="id",
    tokenize="porter unicode61 remove_diacritics 2"
);

-- Who said what about whom: speech and quoted phrases (never scare quotes), with the post,
-- the speaker's name in the archive (or the speaker as written), and the targets as a JSON
-- array of names. `morgue said` reads this view.
CREATE VIEW who_said_what AS
SELECT q.id AS quote_id,
       p.id AS post_id,
       p.source,
       p.title,
       p.published_at AS date,
       coalesce(s.name, q.speaker_text) AS speaker,
       q.cue,
       q.kind,
       q.text,
       (SELECT json_group_array(name) FROM
           (SELECT t.name FROM quote_about qa JOIN people t ON t.id = qa.person_id
            WHERE qa.quote_id = q.id ORDER BY t.name)) AS about,
       q.part,
       q.char_start,
       q.speaker_id
FROM quotes q
JOIN posts p ON p.id = q.post_id
LEFT JOIN people s ON s.id = q.speaker_id
WHERE q.kind <> 'scare';

-- How often each person or organization is named and quoted, counted again by morgue at the
-- end of every import and re-extraction (counting on every read is slow in a large archive).
CREATE TABLE people_counts (
    person_id    INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    posts        INTEGER NOT NULL,    -- posts naming them
    quotes_by    INTEGER NOT NULL,    -- speech and quoted phrases by them
    quotes_about INTEGER NOT NULL     -- speech and quoted phrases about them
);

-- Posts in the order the commands list them: dated posts by date, then undated ones.
CREATE INDEX posts_by_date ON posts (published_at IS NULL, published_at, id);

-- People and organizations with how often they are named, quoted and quoted about.
CREATE VIEW people_summary AS
SELECT pe.id,
       pe.name,
       pe.kind,
       pe.title,
       pe.role,
       pe.party,
       pe.state,
       coalesce(c.posts, 0) AS posts,
       coalesce(c.quotes_by, 0) AS quotes_by,
       coalesce(c.quotes_about, 0) AS quotes_about
FROM people pe
LEFT JOIN people_counts c ON c.person_id = pe.id;

-- Update and correction notes with their post and the sentence their anchor stands in.
CREATE VIEW corrections_list AS
SELECT c.id,
       p.id AS post_id,
       p.source,
       p.title,
       p.published_at AS date,
       c.kind,
       c.label,
       c.text,
       c.anchor,
       c.anchor_sentence
FROM corrections c
JOIN posts p ON p.id = c.post_id;

-- Reused passages with both posts and the passage as it reads in the later post.
CREATE VIEW reused_passages_list AS
SELECT r.id,
       r.post_id,
       p.title,
       r.source_post_id,
       sp.title AS source_title,
       r.words,
       round(r.similarity, 2) AS similarity,
       substr(p.body, r.char_start + 1, r.char_end - r.char_start) AS passage,
       r.char_start,
       r.char_end,
       r.source_start,
       r.source_end
FROM reused_passages r
JOIN posts p ON p.id = r.post_id
JOIN posts sp ON sp.id = r.source_post_id;

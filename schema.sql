-- The whole morgue schema after the last migration, for people to read.
-- Generated from migrations/ and kept equal to them by tests/schema.rs; edit the migrations, then this.
-- Everything below `posts` is derived from posts.raw by the extractor and can be rebuilt with
-- `morgue reextract`. Portable on purpose: no STRICT tables, no application-defined functions,
-- dates as ISO 8601 text.

-- People and organizations, merged across the whole archive.
CREATE TABLE people (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,                 -- canonical name: 'Chris Van Hollen', 'MoveOn.org'
    kind  TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'organization')),
    title TEXT,                          -- title before the name: 'Sen.', 'Rep.', 'President'
                                         -- (the one most posts give: see person_facts)
    role  TEXT,                          -- role from an apposition or title: 'Senate Majority Leader'
                                         -- (the one most posts give)
    party TEXT,                          -- party code from a tag like '(D-Utah)': 'D', 'R', 'I'
    state TEXT                           -- US state, spelled out: 'Utah'
);
CREATE UNIQUE INDEX people_name_kind ON people (name COLLATE NOCASE, kind);

-- Every name a person or organization is written as ('Obama', 'President Obama', 'the president').
CREATE TABLE aliases (
    id        INTEGER PRIMARY KEY,
    alias     TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    UNIQUE (person_id, alias COLLATE NOCASE)
);
CREATE INDEX aliases_alias ON aliases (alias COLLATE NOCASE);

-- One imported post. `source` is the stable external key: the file path for files, a guid or
-- URL for feed formats. `body` is the clean text (paragraphs separated by blank lines,
-- boilerplate removed); `raw` is the text exactly as read, from which everything is derived.
CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL UNIQUE,
    format       TEXT NOT NULL DEFAULT 'text',
    content_hash TEXT NOT NULL,          -- SHA-256 of raw, hex
    title        TEXT NOT NULL,
    author_id    INTEGER REFERENCES people (id) ON DELETE SET NULL,
    published_at TEXT,                   -- ISO 8601 date or date-time; NULL when unknown
    url          TEXT,
    body         TEXT NOT NULL,
    raw          TEXT NOT NULL,
    imported_at  TEXT NOT NULL,          -- ISO 8601 UTC
    updated_at   TEXT NOT NULL
);
CREATE INDEX posts_author_id ON posts (author_id);
CREATE INDEX posts_published_at ON posts (published_at);

-- Where a person or organization is named in a post's body (character offsets, end exclusive).
CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,            -- the mention as written: 'Sen. Kay Hagan', 'Hagan'
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL
);
CREATE INDEX mentions_post_id ON mentions (post_id);
CREATE INDEX mentions_person_id ON mentions (person_id);

-- A quotation in a post's title or body (offsets exclude the quotation marks).
--   speech:  attributed direct speech     “We ought to win,” Obama said.
--   partial: a quoted phrase inside the writer's sentence, with a speaker
--            Reid called their efforts “very unwise.”
--   scare:   no speaker, no cue           “true” health-care reform
CREATE TABLE quotes (
    id           INTEGER PRIMARY KEY,
    post_id      INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    speaker_id   INTEGER REFERENCES people (id) ON DELETE SET NULL,
    speaker_text TEXT,                   -- the speaker as written: 'Obama', 'A White House official'
    text         TEXT NOT NULL,
    part         TEXT NOT NULL DEFAULT 'body' CHECK (part IN ('title', 'body')),
    char_start   INTEGER NOT NULL,           -- offsets in the part: posts.title or posts.body
    char_end     INTEGER NOT NULL,
    cue          TEXT,                   -- 'said', 'told', 'according to', ...
    kind         TEXT NOT NULL CHECK (kind IN ('speech', 'partial', 'scare')),
    parent_id    INTEGER REFERENCES quotes (id) ON DELETE CASCADE,
    -- A short label for links to a quotation (Datasette and DB Browser show it).
    title        TEXT GENERATED ALWAYS AS (substr(text, 1, 80)) VIRTUAL
);
CREATE INDEX quotes_post_id ON quotes (post_id);
CREATE INDEX quotes_speaker_id ON quotes (speaker_id);
CREATE INDEX quotes_parent_id ON quotes (parent_id);

-- Whom a quotation is about: the people and organizations named in it or referred to by its frame.
CREATE TABLE quote_about (
    quote_id  INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, person_id)
) WITHOUT ROWID;
CREATE INDEX quote_about_person_id ON quote_about (person_id);

-- An update or correction note. `anchor` is the word an asterisk footnote annotates
-- ('was against* a public option' -> 'against'), with its offsets in the body.
CREATE TABLE corrections (
    id           INTEGER PRIMARY KEY,
    post_id      INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('update', 'correction', 'editors_note')),
    label        TEXT NOT NULL,          -- as written: 'Update/Correction', 'UPDATE 2'
    text         TEXT NOT NULL,
    anchor       TEXT,
    anchor_start INTEGER,
    anchor_end   INTEGER,
    anchor_sentence TEXT                 -- the sentence the anchor stands in
);
CREATE INDEX corrections_post_id ON corrections (post_id);

-- Full-text index over titles and bodies (external content). morgue indexes a new post as it
-- inserts it (a trigger would make FTS5 flush its pending index at every post); the triggers
-- below keep the index in step with updates and deletes made by morgue or any SQLite tool.
CREATE VIRTUAL TABLE posts_fts USING fts5 (
    title, body,
    content="posts", content_rowid="id",
    tokenize="porter unicode61 remove_diacritics 2"
);
CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, body ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO posts_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

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
-- array of names. `morgue said` reads this view, and for one person's quotations its stored
-- copy `person_quotes`.
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

-- Who appears with whom: how many posts name both of two people or organizations, the
-- "appears with" of `morgue person`. Kept by morgue at every import and re-extraction from the
-- posts' mentions (a self-join over a much-named person's posts is slow in a large archive).
-- One row per ordered pair, so a person's company is one range of the primary key. other_id
-- is a people.id too, but declared without a foreign key: an index for one would double the
-- cost of keeping the table, and a pair only exists while both are named in a post.
CREATE TABLE people_pairs (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    other_id  INTEGER NOT NULL,                     -- people.id
    posts     INTEGER NOT NULL CHECK (posts > 0),   -- posts naming both
    PRIMARY KEY (person_id, other_id)
) WITHOUT ROWID;

-- Each person or organization with each other one named in the same posts, and how many posts.
CREATE VIEW appears_with AS
SELECT pp.person_id,
       pe.name AS person,
       pp.other_id,
       other.name AS other,
       pp.posts
FROM people_pairs pp
JOIN people pe ON pe.id = pp.person_id
JOIN people other ON other.id = pp.other_id;

-- What lists show of a post (date, title, source) by id, in an index: a post's row holds its
-- whole text and fills pages of its own, so listing 3,500 corrections or 8,000 quotations with
-- their posts read as many pages; this index holds a hundred posts a page.
CREATE INDEX posts_listing ON posts (id, published_at, title, source);

-- Every speech or partial quotation as `who_said_what` shows it, once under its speaker and once
-- under each person or organization it is about, the rows `person_quotes` holds.
CREATE VIEW person_quotes_computed AS
SELECT w.speaker_id AS person_id, 'by' AS role,
       w.date IS NULL AS undated, coalesce(w.date, '') AS sort_date, w.post_id,
       w.part = 'body' AS in_body, w.char_start, w.quote_id,
       w.source, w.title, w.date, w.speaker_id, w.speaker, w.cue, w.kind, w.text, w.about
FROM who_said_what w
WHERE w.speaker_id IS NOT NULL
UNION ALL
SELECT qa.person_id, 'about',
       w.date IS NULL, coalesce(w.date, ''), w.post_id,
       w.part = 'body', w.char_start, w.quote_id,
       w.source, w.title, w.date, w.speaker_id, w.speaker, w.cue, w.kind, w.text, w.about
FROM who_said_what w
JOIN quote_about qa ON qa.quote_id = w.quote_id;

-- A stored copy of `person_quotes_computed`, person by person in `said`'s order (post date,
-- undated last; post; headline first; position): the 20,000 quotations about a much-quoted
-- person lie together on a few hundred pages, where in `quotes` they are spread over one page
-- each. `morgue said --by/--about` and `morgue person` read it. morgue writes a post's rows
-- at the end of the import that stored the post; they go with its quotations (ON DELETE
-- CASCADE), and the trigger below rewrites them when a person is renamed. `morgue check`
-- compares the copy with the view.
CREATE TABLE person_quotes (
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('by', 'about')),
    undated    INTEGER NOT NULL,     -- 1 when the post has no date
    sort_date  TEXT NOT NULL,        -- the post's date, '' when it has none
    post_id    INTEGER NOT NULL,
    in_body    INTEGER NOT NULL,     -- 0 for a quotation in the headline
    char_start INTEGER NOT NULL,
    quote_id   INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    source     TEXT NOT NULL,
    title      TEXT NOT NULL,
    date       TEXT,
    speaker_id INTEGER,
    speaker    TEXT,
    cue        TEXT,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    about      TEXT NOT NULL,        -- JSON array of names
    PRIMARY KEY (person_id, role, undated, sort_date, post_id, in_body, char_start, quote_id)
) WITHOUT ROWID;
CREATE INDEX person_quotes_quote_id ON person_quotes (quote_id);

-- A renamed person's name is in the rows of the quotations by and about them.
CREATE TRIGGER person_quotes_rename AFTER UPDATE OF name ON people
WHEN old.name IS NOT new.name
BEGIN
    DELETE FROM person_quotes WHERE quote_id IN (
        SELECT id FROM quotes WHERE speaker_id = new.id
        UNION SELECT quote_id FROM quote_about WHERE person_id = new.id);
    INSERT INTO person_quotes SELECT * FROM person_quotes_computed WHERE quote_id IN (
        SELECT id FROM quotes WHERE speaker_id = new.id
        UNION SELECT quote_id FROM quote_about WHERE person_id = new.id);
END;

-- What each post says of a person or organization: the title and the role it gives them.
-- A record's title and role in `people` are the ones most posts give (the view below), so one
-- early post's "President Kemp" does not stand over a hundred later posts' "Mr. Kemp". morgue
-- writes a post's rows with its other derived rows; they go with the post (ON DELETE CASCADE)
-- and are written again when it changes.
CREATE TABLE person_facts (
    post_id   INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    title     TEXT,                  -- the title this post gives: 'Sen.', 'President'
    role      TEXT,                  -- the role this post gives: 'Senate Majority Leader'
    relation  INTEGER NOT NULL DEFAULT 0 CHECK (relation IN (0, 1)),
                                     -- 1 when the role is a relation to someone: 'husband of Ann Roe'
    PRIMARY KEY (post_id, person_id)
) WITHOUT ROWID;
CREATE INDEX person_facts_person_id ON person_facts (person_id);

-- The title and the role the most posts give each person or organization. A role also counts
-- the posts giving a shorter role it spells out: "former Ohio governor" those of "governor",
-- "Secretary of State" those of "Secretary". Ties go to the earliest post, and a role that is a
-- relation to someone wins only when no post gives a position. morgue copies them into `people`
-- at the end of every import and re-extraction; `morgue check` compares the two.
CREATE VIEW people_title_role_computed AS
SELECT pe.id AS person_id,
       (SELECT f.title FROM person_facts f
        WHERE f.person_id = pe.id AND f.title IS NOT NULL
        GROUP BY f.title ORDER BY count(*) DESC, min(f.post_id) LIMIT 1) AS title,
       (SELECT r.role
        FROM (SELECT role, min(relation) AS relation, min(post_id) AS first FROM person_facts
              WHERE person_id = pe.id AND role IS NOT NULL GROUP BY role) r
        JOIN (SELECT role, count(*) AS posts FROM person_facts
              WHERE person_id = pe.id AND role IS NOT NULL GROUP BY role) s
          ON s.role = r.role
          OR substr(lower(r.role), -length(s.role) - 1) = ' ' || lower(s.role)
          OR substr(lower(r.role), 1, length(s.role) + 4) = lower(s.role) || ' of '
        GROUP BY r.role ORDER BY min(r.relation), sum(s.posts) DESC, min(r.first) LIMIT 1) AS role
FROM people pe;

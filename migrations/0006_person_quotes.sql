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

INSERT INTO person_quotes SELECT * FROM person_quotes_computed;

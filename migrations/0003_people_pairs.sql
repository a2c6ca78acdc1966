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

-- An archive from before this table: count the pairs of its stored mentions once, each post
-- counting toward the pairs of its 100 most-named people (as morgue does from here on).
WITH ranked AS (
    SELECT post_id, person_id,
           row_number() OVER (PARTITION BY post_id
                              ORDER BY count(*) DESC, min(char_start), person_id) AS place
    FROM mentions GROUP BY post_id, person_id),
named AS (SELECT post_id, person_id FROM ranked WHERE place <= 100)
INSERT INTO people_pairs (person_id, other_id, posts)
SELECT a.person_id, b.person_id, count(*)
FROM named a JOIN named b ON b.post_id = a.post_id AND b.person_id <> a.person_id
GROUP BY a.person_id, b.person_id;

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

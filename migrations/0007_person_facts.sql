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

-- An archive made before this table keeps what `people` holds, as said by the first post naming,
-- quoting or written by each record, until `morgue reextract` or a changed post says more.
INSERT INTO person_facts (post_id, person_id, title, role)
SELECT first_post, id, title, role
FROM (SELECT pe.id, pe.title, pe.role,
             (SELECT min(post_id) FROM (
                  SELECT post_id FROM mentions WHERE person_id = pe.id
                  UNION ALL SELECT post_id FROM quotes WHERE speaker_id = pe.id
                  UNION ALL SELECT q.post_id FROM quote_about qa JOIN quotes q ON q.id = qa.quote_id
                            WHERE qa.person_id = pe.id
                  UNION ALL SELECT id FROM posts WHERE author_id = pe.id)) AS first_post
      FROM people pe
      WHERE pe.title IS NOT NULL OR pe.role IS NOT NULL)
WHERE first_post IS NOT NULL;

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

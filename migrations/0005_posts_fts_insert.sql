-- morgue indexes a new post's text itself, right after inserting it. The insert trigger made
-- every post's INSERT a statement that writes two tables, which opens a statement journal, at
-- which FTS5 flushes its pending index: once per post instead of once per batch. The update
-- and delete triggers stay, so edits made with any SQLite tool keep the index in step; a post
-- inserted by hand is indexed with: INSERT INTO posts_fts (rowid, title, body) SELECT id,
-- title, body FROM posts WHERE id = …
DROP TRIGGER posts_fts_insert;

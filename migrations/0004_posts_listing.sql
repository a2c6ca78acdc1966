-- What lists show of a post (date, title, source) by id, in an index: a post's row holds its
-- whole text and fills pages of its own, so listing 3,500 corrections or 8,000 quotations with
-- their posts read as many pages; this index holds a hundred posts a page.
CREATE INDEX posts_listing ON posts (id, published_at, title, source);

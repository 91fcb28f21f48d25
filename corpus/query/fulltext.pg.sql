-- Converted from MySQL by my2pg 0.1.0 from: query/fulltext.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- MATCH … AGAINST on the full-text index's expression (Q022, D007).
CREATE TABLE notes (
    id integer NOT NULL,
    title varchar(100) COLLATE my2pg_ai_ci,
    body text COLLATE my2pg_ai_ci CONSTRAINT notes_body_range CHECK (octet_length(body) <= 65535)
);

SELECT id FROM notes WHERE to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, '')) @@ to_tsquery('simple', 'crocodile | and | shark');

SELECT id, ts_rank(to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, '')), to_tsquery('simple', 'shark')) AS score FROM notes ORDER BY score DESC NULLS LAST, id;

SELECT n.id FROM notes n WHERE to_tsvector('simple'::regconfig, coalesce(n.title, '') || ' ' || coalesce(n.body, '')) @@ to_tsquery('simple', 'astronaut & !boring') AND n.id > 1;

SELECT id FROM notes WHERE to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, '')) @@ to_tsquery('simple', '(boat | drama)');

-- my2pg Q000: not translated; original statement:
-- SELECT id FROM notes WHERE MATCH (title, body) AGAINST ('+(a b)' IN BOOLEAN MODE)

-- my2pg Q000: not translated; original statement:
-- SELECT id FROM notes WHERE MATCH (title, body) AGAINST ('shark' WITH QUERY EXPANSION)

ALTER TABLE ONLY notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);

CREATE INDEX ft ON notes USING gin (to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(body, '')));

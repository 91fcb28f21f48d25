-- Converted from MySQL by my2pg 0.1.0 from: query/boolean_value.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- FIXME: MySQL's comparisons and ISNULL() are integers, so assigning one to a string
-- column stores '0' or '1'; the translation stores 'false' or 'true', with no diagnostic.
CREATE TABLE a (
    id integer NOT NULL,
    s varchar(10) COLLATE my2pg_ai_ci
);

UPDATE a SET s = (s IS NULL);

UPDATE a SET s = (id > 2);

ALTER TABLE ONLY a
    ADD CONSTRAINT a_pkey PRIMARY KEY (id);

-- Converted from MySQL by my2pg 0.1.0 from: query/boolean_value.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- MySQL's comparisons and ISNULL() are integers: assigned to a string column they store
-- '0' or '1', selected they show 1 or 0. A boolean column itself stays a boolean.
CREATE TABLE a (
    id integer NOT NULL,
    s varchar(10) COLLATE my2pg_ai_ci
);

UPDATE a SET s = CAST((s IS NULL) AS INTEGER) WHERE (s COLLATE "C" IS DISTINCT FROM CAST((CAST((s IS NULL) AS INTEGER)) AS TEXT));

UPDATE a SET s = CAST((id > 2) AS INTEGER) WHERE (s COLLATE "C" IS DISTINCT FROM CAST((CAST((id > 2) AS INTEGER)) AS TEXT));

CREATE TABLE b (
    id integer NOT NULL,
    flag boolean
);

SELECT CAST(id > 2 AS INTEGER), CAST((s IS NULL) AS INTEGER), CAST((s COLLATE "und-x-icu") ILIKE 'x%' AS INTEGER) AS starts_x, CAST((id > 1) AND (s IS NULL) AS INTEGER) FROM a;

SELECT flag, CAST(flag = true AS INTEGER), CAST(NOT flag AS INTEGER) FROM b;

UPDATE b SET flag = (id > 2) WHERE (flag IS DISTINCT FROM ((id > 2)));

ALTER TABLE ONLY a
    ADD CONSTRAINT a_pkey PRIMARY KEY (id);

ALTER TABLE ONLY b
    ADD CONSTRAINT b_pkey PRIMARY KEY (id);

-- Converted from MySQL by my2pg 0.1.0 from: query/untranslated.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE t (
    id integer NOT NULL,
    name varchar(20) COLLATE my2pg_ai_ci
);

-- my2pg Q000: not translated; original statement:
-- SELECT SQL_CALC_FOUND_ROWS id FROM t

-- my2pg Q000: not translated; original statement:
-- SELECT @rownum := @rownum + 1 AS n, id FROM t

SELECT id FROM t WHERE ((CAST(name AS TEXT) COLLATE "und-x-icu") ~* '^a');

SELECT t1.id FROM t t1 JOIN t t2 ON t1.id = t2.id;

-- my2pg Q000: not translated; original statement:
-- SELECT FOUND_ROWS()

-- my2pg Q000: not translated; original statement:
-- SELECT ROW_COUNT()

SELECT * FROM t WHERE CAST(regexp_replace((name) COLLATE "C", '^\s*([-+]?)((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)?.*$', '\10\2') AS DOUBLE PRECISION) = 5;

SELECT t1.id FROM t t1 JOIN t t2 ON t1.id = t2.id;

ALTER TABLE ONLY t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);

-- Converted from MySQL by my2pg 0.1.0 from: query/qualified_columns.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- A column's facts come from its own table: `t1.c` and `t2.c` may be different types.
CREATE TABLE t_d (
    id integer NOT NULL,
    c date,
    k varchar(10) COLLATE my2pg_ai_ci
);

CREATE TYPE t_e_c AS ENUM ('a', 'b');
CREATE TABLE t_e (
    id integer NOT NULL,
    c t_e_c,
    k integer
);

-- The enum side is an enum, the date side a date, whatever order they come in.
SELECT t_d.id FROM t_d, t_e WHERE t_e.c = 'a' AND t_d.c > '2020-01-01';

SELECT x.id FROM t_d x JOIN t_e y ON y.id = x.id WHERE CAST(y.c AS TEXT) IN ('a', 'z') AND (x.k COLLATE "und-x-icu") ILIKE 'A%';

-- A number column compared with a string literal, beside a string column of the same name.
SELECT t_e.id FROM t_e JOIN t_d ON t_d.id = t_e.id WHERE t_e.k = 7 AND t_d.k = '7x';

-- DATE arithmetic on the date column stays a date.
SELECT NULLIF(NULLIF(GREATEST(LEAST(CAST(t_d.c + INTERVAL '1 day' AS DATE), '10000-01-01'), '0002-12-31 23:59:59.999999 BC'), '10000-01-01'), '0002-12-31 23:59:59.999999 BC') FROM t_d JOIN t_e ON t_e.id = t_d.id;

-- USING and NATURAL JOIN on columns PostgreSQL cannot match (an enum and a date) are refused.
-- my2pg Q000: not translated; original statement:
-- SELECT t_d.* FROM t_d JOIN t_e USING (c)

-- my2pg Q000: not translated; original statement:
-- SELECT t_d.id FROM t_d NATURAL JOIN t_e

-- The same name with types that match (integer and integer) is kept.
SELECT t_d.id FROM t_d JOIN t_e USING(id);

-- A date compared with a number column is compared as the number its digits spell (MySQL 8), with a warning; a whole-date constant is the same either way.
SELECT t_d.id FROM t_d JOIN t_e ON t_e.id = t_d.id WHERE CAST(to_char(t_d.c, 'YYYYMMDD') AS BIGINT) = t_e.k OR CAST(to_char(t_d.c, 'YYYYMMDD') AS BIGINT) = 20200101;

-- ROUND of a date is MySQL 8's number; UNIX_TIMESTAMP outside its range is 0.
SELECT round(CAST(to_char(t_d.c, 'YYYYMMDD') AS BIGINT)), CASE WHEN CAST(trunc(EXTRACT(EPOCH FROM CAST(CAST('1969-12-01 19:00:01' AS TIMESTAMP) AS TIMESTAMPTZ))) AS BIGINT) < 1 OR CAST(trunc(EXTRACT(EPOCH FROM CAST(CAST('1969-12-01 19:00:01' AS TIMESTAMP) AS TIMESTAMPTZ))) AS BIGINT) > 32536850399 THEN 0 ELSE CAST(trunc(EXTRACT(EPOCH FROM CAST(CAST('1969-12-01 19:00:01' AS TIMESTAMP) AS TIMESTAMPTZ))) AS BIGINT) END, CASE WHEN CAST(trunc(EXTRACT(EPOCH FROM CAST(t_d.c AS TIMESTAMPTZ))) AS BIGINT) < 1 OR CAST(trunc(EXTRACT(EPOCH FROM CAST(t_d.c AS TIMESTAMPTZ))) AS BIGINT) > 32536850399 THEN 0 ELSE CAST(trunc(EXTRACT(EPOCH FROM CAST(t_d.c AS TIMESTAMPTZ))) AS BIGINT) END FROM t_d;

-- INSERT … SELECT * between tables whose columns PostgreSQL does not assign (a date into an enum) is refused; matching ones are kept.

ALTER TABLE ONLY t_e
    ADD CONSTRAINT t_e_pkey PRIMARY KEY (id);

-- my2pg Q000: not translated; original statement:
-- INSERT INTO t_e SELECT * FROM t_d

CREATE TABLE t_d2 (
    id integer NOT NULL,
    c timestamp(0),
    k text COLLATE my2pg_ai_ci CONSTRAINT t_d2_k_range CHECK (octet_length(k) <= 65535)
);

ALTER TABLE ONLY t_d2
    ADD CONSTRAINT t_d2_pkey PRIMARY KEY (id);

INSERT INTO t_d2 SELECT * FROM t_d;

-- A _ci column compared with a _bin one compares by the _bin collation, as MySQL does (PostgreSQL refuses two column collations).
CREATE TABLE t_c (
    id integer NOT NULL,
    a varchar(10) COLLATE "C",
    b varchar(10) COLLATE my2pg_ai_ci
);

SELECT id, CAST(a < (b COLLATE "C") AS INTEGER), CASE WHEN id > 1 THEN a ELSE (b COLLATE "C") END FROM t_c WHERE a = (b COLLATE "C");

ALTER TABLE ONLY t_d
    ADD CONSTRAINT t_d_pkey PRIMARY KEY (id);

ALTER TABLE ONLY t_c
    ADD CONSTRAINT t_c_pkey PRIMARY KEY (id);

-- Converted from MySQL by my2pg 0.1.0 from: query/difftest_findings.mysql.sql

-- Statements the differential tester (issue 12) found translated wrongly, shrunk.
CREATE TABLE t_num (
    id integer NOT NULL,
    i32 integer,
    d2 numeric(12,2),
    b1 boolean
);

CREATE TABLE t_time (
    id integer NOT NULL,
    dt date,
    tm time(0)
);

-- Ordering by a constant orders nothing (TRUE is the integer 1: a position); grouping by one is one group.
SELECT id FROM t_num ORDER BY 1 NULLS FIRST, id;

SELECT count(*) FROM t_num GROUP BY CAST('a' AS TEXT);

-- Positions get MySQL's NULL ordering too.
SELECT id, i32 FROM t_num ORDER BY 2 DESC NULLS LAST, 1 NULLS FIRST;

-- Strings, arithmetic, dates and times as conditions.
SELECT id FROM t_num WHERE false OR true;

SELECT a.id FROM t_num a JOIN t_time b ON (a.i32 - 1) <> 0 WHERE (b.dt) <> '-infinity' AND (b.tm) <> '00:00:00';

SELECT CASE WHEN (i32) <> 0 THEN 'yes' ELSE 'no' END, CASE WHEN (d2 * 2) <> 0 THEN 1 ELSE 0 END FROM t_num;

-- A string literal compared or computed with a number is the number it starts with.
SELECT id FROM t_num WHERE i32 = 2.5 OR d2 < (-3) OR i32 IN (1, 0) OR CAST(7 AS DOUBLE PRECISION) + 1 = i32;

-- Numbers inserted into a boolean column.

ALTER TABLE ONLY t_num
    ADD CONSTRAINT t_num_pkey PRIMARY KEY (id);

INSERT INTO t_num (id, i32, b1) VALUES (1, 2, true), (2, 3, false) ON CONFLICT(id) DO UPDATE SET b1 = false;

-- MySQL built-ins with no translation are refused, not passed through.
-- my2pg Q000: not translated; original statement:
-- SELECT SHA1('x'), TIMEDIFF('10:00:00', '09:00:00')

-- STD and VARIANCE are population statistics, as DOUBLE.
SELECT CAST(stddev_pop(d2) AS DOUBLE PRECISION), CAST(var_pop(i32) AS DOUBLE PRECISION), CAST(stddev_samp(d2) AS DOUBLE PRECISION) FROM t_num;

-- Hex and bit literals: binary strings, and numbers beside a number.
SELECT CAST('\x41' AS BYTEA), (65), i32 + 16, (6) FROM t_num;

-- DATE arithmetic in whole days stays a DATE, nested and on DATE literals.
SELECT CAST(DATE '2021-01-31' - INTERVAL '1 month' AS DATE), NULLIF(NULLIF(GREATEST(LEAST(CAST(CAST(CAST('1999-09-09' AS DATE) + INTERVAL '5 day' AS DATE) - INTERVAL '3 month' AS DATE), '10000-01-01'), '0002-12-31 23:59:59.999999 BC'), '10000-01-01'), '0002-12-31 23:59:59.999999 BC');

-- CAST to UNSIGNED: negative integers wrap, negative decimals are 0; a truth value as CHAR is 1/0.
SELECT CAST(CASE WHEN i32 < 0 THEN i32 + 18446744073709551616 ELSE i32 END AS NUMERIC(20)), CAST(CASE WHEN round(d2) < 0 THEN 0 ELSE round(d2) END AS NUMERIC(20)), CAST(CAST(i32 > 1 AS INTEGER) AS TEXT) FROM t_num;

-- A string literal matched with LIKE follows the connection's case-insensitive collation.
SELECT CAST(('a' COLLATE "und-x-icu") ILIKE 'A%' AS INTEGER), CAST('a' < 'B' AS INTEGER);

-- TIME() keeps fractional seconds.
SELECT CAST(TIMESTAMP '2020-01-01 10:00:00.125' AS TIME);

CREATE TABLE t_set (
    id integer NOT NULL,
    st text CONSTRAINT t_set_st_range CHECK (st = '' OR string_to_array(st, ',') <@ ARRAY['x', 'y', 'z']::text[])
);

-- ORDER BY a SET column orders by its members' bits.
SELECT id, st FROM t_set ORDER BY CASE WHEN st IS NULL THEN NULL ELSE (SELECT coalesce(sum(CAST(power(2, array_position(ARRAY['x', 'y', 'z']::TEXT[], m) - 1) AS BIGINT)), 0) FROM UNNEST(string_to_array(CAST(st AS TEXT), ',')) AS m) END DESC NULLS LAST, 1 NULLS FIRST;

UPDATE t_num SET i32 = 5 WHERE (id = 1) AND (i32 IS DISTINCT FROM (5));

-- Strings read as dates the way MySQL reads them: two-digit years, any delimiter.
SELECT EXTRACT(YEAR FROM CAST('2001-02-03' AS TIMESTAMP)), CAST(EXTRACT(YEAR FROM CAST('1999-12-31' AS TIMESTAMP)) AS INTEGER), CAST('2021-07-04' AS DATE);

-- my2pg Q000: not translated; original statement:
-- SELECT CAST('2021-02-30' AS DATE)

SELECT id FROM t_time WHERE dt > '2021-07-04';

-- Values mixing numbers and strings: a string in MySQL (CASE, IF, IFNULL, ELT, UNION); GREATEST/LEAST and BETWEEN compare as numbers.
SELECT coalesce(CAST(i32 AS TEXT), 'k'), CASE WHEN i32 > 0 THEN CAST(2 AS TEXT) ELSE 'x' END, CASE 2 WHEN 1 THEN CAST(0 AS TEXT) WHEN 2 THEN 'r' END, CASE WHEN 0 IS NULL OR 0 IS NULL THEN NULL ELSE LEAST(0, 0) END, CAST(3 BETWEEN 1 AND 5 AS INTEGER) FROM t_num;

SELECT CAST(i32 AS TEXT) FROM t_num UNION SELECT 'a' UNION SELECT CAST(CAST(b1 = true AS INTEGER) AS TEXT) FROM t_num;

-- Numeric functions read a string literal as a number; LOG of zero is NULL; LOWER of a binary string is itself.
SELECT power(CAST(2 AS DOUBLE PRECISION), CAST(2 AS DOUBLE PRECISION)), cos(CAST(0 AS DOUBLE PRECISION)), mod(7, 4), CASE WHEN 0 > 0 THEN ln(0) END, CAST('\x41' AS BYTEA), (3) + 1;

-- A number read as a date is refused.
-- my2pg Q000: not translated; original statement:
-- SELECT YEAR(0), CAST(20210704 AS DATE)

-- Double-quoted date strings in date arithmetic and date functions are read as MySQL reads them.
SELECT (CAST('1998-01-01 00:00:00' AS TIMESTAMP) - INTERVAL '1 second'), (CAST('1998-01-02' AS DATE) - CAST('1998-01-01' AS DATE));

-- Shifts are unsigned (a shift by 64 is 0, >> brings zeros in); TRIM removes whole strings; LEFT(s, NULL) is NULL; EXTRACT(MICROSECOND) is the fraction.
SELECT CAST(mod((CASE WHEN 1 < 0 THEN CAST(1 AS NUMERIC) + 18446744073709551616 ELSE CAST(1 AS NUMERIC) END) * power(CAST(2 AS NUMERIC), CAST(32 AS INTEGER)), 18446744073709551616) AS NUMERIC(20)), CAST(mod((CASE WHEN 1 < 0 THEN CAST(1 AS NUMERIC) + 18446744073709551616 ELSE CAST(1 AS NUMERIC) END) * power(CAST(2 AS NUMERIC), CAST(63 AS INTEGER)), 18446744073709551616) AS NUMERIC(20)), CAST(mod((CASE WHEN 1 < 0 THEN CAST(1 AS NUMERIC) + 18446744073709551616 ELSE CAST(1 AS NUMERIC) END) * power(CAST(2 AS NUMERIC), CAST(64 AS INTEGER)), 18446744073709551616) AS NUMERIC(20)), CAST(FLOOR((CASE WHEN 4 < 0 THEN CAST(4 AS NUMERIC) + 18446744073709551616 ELSE CAST(4 AS NUMERIC) END) / power(CAST(2 AS NUMERIC), CAST(2 AS INTEGER))) AS NUMERIC(20)), CAST(FLOOR((CASE WHEN 4 < 0 THEN CAST(4 AS NUMERIC) + 18446744073709551616 ELSE CAST(4 AS NUMERIC) END) / power(CAST(2 AS NUMERIC), CAST(63 AS INTEGER))) AS NUMERIC(20)), CAST(FLOOR((CASE WHEN round(CAST(mod((CASE WHEN 1 < 0 THEN CAST(1 AS NUMERIC) + 18446744073709551616 ELSE CAST(1 AS NUMERIC) END) * power(CAST(2 AS NUMERIC), CAST(63 AS INTEGER)), 18446744073709551616) AS NUMERIC(20))) < 0 THEN CAST(round(CAST(mod((CASE WHEN 1 < 0 THEN CAST(1 AS NUMERIC) + 18446744073709551616 ELSE CAST(1 AS NUMERIC) END) * power(CAST(2 AS NUMERIC), CAST(63 AS INTEGER)), 18446744073709551616) AS NUMERIC(20))) AS NUMERIC) + 18446744073709551616 ELSE CAST(round(CAST(mod((CASE WHEN 1 < 0 THEN CAST(1 AS NUMERIC) + 18446744073709551616 ELSE CAST(1 AS NUMERIC) END) * power(CAST(2 AS NUMERIC), CAST(63 AS INTEGER)), 18446744073709551616) AS NUMERIC(20))) AS NUMERIC) END) / power(CAST(2 AS NUMERIC), CAST(60 AS INTEGER))) AS NUMERIC(20)), CAST(FLOOR((CASE WHEN -1 < 0 THEN CAST(-1 AS NUMERIC) + 18446744073709551616 ELSE CAST(-1 AS NUMERIC) END) / power(CAST(2 AS NUMERIC), CAST(1 AS INTEGER))) AS NUMERIC(20)), CAST(mod((CASE WHEN -1 < 0 THEN CAST(-1 AS NUMERIC) + 18446744073709551616 ELSE CAST(-1 AS NUMERIC) END) * power(CAST(2 AS NUMERIC), CAST(1 AS INTEGER)), 18446744073709551616) AS NUMERIC(20)), regexp_replace(regexp_replace((CAST('foook' AS TEXT) COLLATE "C"), '^(foo)+', ''), '(foo)+$', ''), regexp_replace((CAST('ababx' AS TEXT) COLLATE "C"), '^(ab)+', ''), left('hello', CASE WHEN NULL < 0 THEN 0 ELSE CAST(NULL AS INTEGER) END), (CAST(EXTRACT(MICROSECOND FROM CAST('1999-01-02 10:11:12.000123' AS TIMESTAMP)) AS BIGINT) % 1000000);

-- A table dropped and created again with other column types: later statements see the new types.
CREATE TABLE t_again (
    a numeric(10,1)
);

SELECT CAST(a IN (1, 2) AS INTEGER) FROM t_again;

DROP TABLE t_again;

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE t_again (
    a varchar(10) COLLATE my2pg_ai_ci
);

SELECT CAST(a IN ('a', 'b') AS INTEGER) FROM t_again;

-- What PostgreSQL would refuse is reported, not written (Q027): counts beyond its integer,
-- ROUND of a DOUBLE to places, EXTRACT from a string, a time cast to a datetime.
CREATE TABLE t_mix (
    id integer NOT NULL,
    f double precision,
    s varchar(20) COLLATE my2pg_ai_ci,
    tmx time(0),
    dtx timestamp(0)
);

-- my2pg Q000: not translated; original statement:
-- SELECT REPEAT('ab', 4294967296), LEFT(s, 18446744073709551615) FROM t_mix

-- my2pg Q000: not translated; original statement:
-- SELECT ROUND(f * 2, 3) FROM t_mix

-- my2pg Q000: not translated; original statement:
-- SELECT EXTRACT(DAY FROM s) FROM t_mix

-- my2pg Q000: not translated; original statement:
-- SELECT id FROM t_mix WHERE dtx > CAST(tmx AS DATETIME)

-- my2pg Q000: not translated; original statement:
-- SELECT COALESCE(dtx, tmx) FROM t_mix

-- LPAD and RPAD to a negative length are NULL; counts past 32 bits are clamped where that keeps the result.
SELECT CAST(NULL AS TEXT), CASE WHEN id - 5 < 0 THEN NULL ELSE rpad('ab', CAST(id - 5 AS INTEGER), '*') END, left('abc', 2147483647), CASE WHEN s IS NULL THEN NULL ELSE '' END FROM t_mix;

-- TRIM and SUBSTRING of an ENUM work on its label; an ENUM beside a string literal in one result is its label.
CREATE TYPE t_en_en AS ENUM ('a', 'b');
CREATE TABLE t_en (
    id integer NOT NULL,
    en t_en_en,
    f2 double precision,
    nm varchar(5) COLLATE my2pg_ai_ci
);

SELECT TRIM(BOTH 'a' FROM CAST(en AS TEXT)), SUBSTRING(CAST(en AS TEXT), 2), CASE WHEN id > 1 THEN CAST(en AS TEXT) ELSE 'zz' END FROM t_en;

-- MOD of a DOUBLE expression is reported (Q027); a string as a JOIN condition is the number it starts with.
-- my2pg Q000: not translated; original statement:
-- SELECT MOD(f2 * 2, CAST(id AS DOUBLE)) FROM t_en

SELECT a.id FROM t_en a JOIN t_en b ON (CAST(regexp_replace((a.nm) COLLATE "C", '^\s*([-+]?)((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)?.*$', '\10\2') AS DOUBLE PRECISION)) <> 0 WHERE a.id > 0;

-- ROUND and TRUNCATE of an integer are integers; ORDER BY TRUE is ORDER BY 1.
SELECT CAST(round(id, 2) AS BIGINT), CAST(trunc(id, 1) AS BIGINT), CAST(round(id, -1) AS BIGINT) FROM t_en ORDER BY 1 DESC NULLS LAST;

-- UPDATE's changed rows compare with the value as the column stores it.
UPDATE t_en SET id = 0.1, f2 = 2 WHERE (id = 0) AND (id IS DISTINCT FROM CAST((0.1) AS BIGINT) OR f2 IS DISTINCT FROM (2));

-- YEAR: numbers compared or stored are read as years (1-69 are 2001-2069), its text has four digits;
-- a SET as a number, BIT values in JSON or as strings are reported.
CREATE TABLE t_year (
    id integer NOT NULL,
    yr smallint CONSTRAINT t_year_yr_range CHECK (yr = 0 OR yr BETWEEN 1901 AND 2155),
    st text CONSTRAINT t_year_st_range CHECK (st = '' OR string_to_array(st, ',') <@ ARRAY['x', 'y']::text[]),
    b8 bit(8)
);

SELECT CAST(yr = 2001 AS INTEGER), CAST(2001 <= yr AS INTEGER), CAST(yr IN (0, 1999) AS INTEGER), lpad(CAST(yr AS TEXT), 4, '0'), (CAST(lpad(CAST(yr AS TEXT), 4, '0') AS TEXT) || CAST('' AS TEXT)) FROM t_year;

UPDATE t_year SET yr = 2005 WHERE (id = 1) AND (yr IS DISTINCT FROM (2005));

-- my2pg Q000: not translated; original statement:
-- UPDATE t_year SET yr = CHAR_LENGTH('abc')

-- my2pg Q000: not translated; original statement:
-- SELECT id FROM t_year WHERE st

-- my2pg Q000: not translated; original statement:
-- SELECT JSON_OBJECT('k', b8), CAST(b8 AS CHAR) FROM t_year

SELECT CAST(DATE '2021-01-31' + (3) * INTERVAL '1 day' AS DATE);

-- A string literal cast to a number is the number it starts with; FLOOR of a truth value and
-- a BIT column stored into an integer by INSERT … SELECT are reported (Q027).
SELECT CAST(7 AS BIGINT), CAST(0 AS NUMERIC(5,2)), CAST(12 AS NUMERIC(20));

-- my2pg Q000: not translated; original statement:
-- SELECT FLOOR(id > 1) FROM t_en

ALTER TABLE ONLY t_en
    ADD CONSTRAINT t_en_pkey PRIMARY KEY (id);

-- my2pg Q000: not translated; original statement:
-- INSERT INTO t_en (id) SELECT b8 FROM t_year

-- Warned: ORDER BY a JSON value (MySQL's JSON order), MAX of a case-insensitive column, UPPER under ICU.
CREATE TABLE t_js (
    id integer NOT NULL,
    js jsonb,
    nm varchar(10) COLLATE my2pg_ai_ci
);

SELECT id, jsonb_build_array(id, nm) AS c1 FROM t_js ORDER BY c1 DESC NULLS LAST, js NULLS FIRST;

SELECT max(nm) FROM t_js;

SELECT upper(nm) FROM t_js;

-- A string that is no label stored into an ENUM is refused (Q027); a JSON path with an index warns.
-- my2pg Q000: not translated; original statement:
-- UPDATE t_en SET en = 'zz' WHERE id = 0

SELECT (js #> '{0}') FROM t_js;

-- ORDER BY the position of a JSON item warns; a CASE of string literals is text (here compared with a number).
SELECT id, jsonb_build_array(id, nm) FROM t_js ORDER BY 2 DESC NULLS LAST, id;

SELECT id FROM t_js WHERE CAST(regexp_replace((CASE WHEN id > 1 THEN 'p' ELSE 'q' END) COLLATE "C", '^\s*([-+]?)((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)?.*$', '\10\2') AS DOUBLE PRECISION) = 0;

-- MariaDB's GROUP_CONCAT(… LIMIT n): the first n non-NULL values; '' for LIMIT 0.
SELECT id, array_to_string((array_agg(CAST(nm AS TEXT) ORDER BY nm) FILTER (WHERE (CAST(nm AS TEXT)) IS NOT NULL))[1:1], ','), array_to_string((array_agg(CAST(nm AS TEXT) ORDER BY nm) FILTER (WHERE (CAST(nm AS TEXT)) IS NOT NULL))[1:0], ','), array_to_string((array_agg(DISTINCT nm ORDER BY nm DESC) FILTER (WHERE (nm) IS NOT NULL))[1:2], ',') FROM t_js GROUP BY id ORDER BY id;

-- SUBSTRING beyond PostgreSQL's int4 positions is '' (no string is that long).
SELECT CASE WHEN nm IS NULL THEN NULL ELSE '' END, CASE WHEN nm IS NULL THEN NULL ELSE '' END, SUBSTR(nm, 2, 2147483647) FROM t_js ORDER BY id;

-- JOIN without ON is a cross join.
SELECT min(a.id) FROM t_js a CROSS JOIN t_en b;

-- Dates with MySQL's zero parts have no PostgreSQL value: an error, not a failing statement.
-- my2pg Q000: not translated; original statement:
-- SELECT MONTH('2001-02-00'), DATE '2001-04-31'

-- my2pg Q000: not translated; original statement:
-- SELECT id FROM t_time WHERE dt = '2005-00-01'

-- PCRE-only regular expression syntax is an error; a case-insensitive column as the
-- pattern or REPLACE's search string is matched without its nondeterministic collation.
-- my2pg Q000: not translated; original statement:
-- SELECT 'aa' RLIKE '(a)\\g1', '\n' RLIKE '(*CR)'

SELECT id FROM t_js WHERE ('x' ~* (CAST(nm AS TEXT) COLLATE "und-x-icu")) OR replace('aa', (nm COLLATE "C"), 'b') = 'b' ORDER BY id;

-- A number with more digits than its DECIMAL(p,s) is an error (MySQL clamps it).
-- my2pg Q000: not translated; original statement:
-- SELECT CAST(9.995 AS DECIMAL(3,2)), CAST(11.1234 AS DECIMAL(3,2))

SELECT CAST(9.994 AS NUMERIC(3,2));

-- CONCAT with a binary string is binary: its bytes (LENGTH counts them), not '\x…' text.
CREATE TABLE t_bin (
    id integer NOT NULL,
    b3 bytea CONSTRAINT t_bin_b3_range CHECK (octet_length(b3) <= 3),
    vb bytea CONSTRAINT t_bin_vb_range CHECK (octet_length(vb) <= 5)
);

COPY t_bin (id, b3, vb) FROM stdin;
1	\\x61	\\x6263
2	\N	\\x78
\.

SELECT id, octet_length((convert_to(CAST('*' AS TEXT), 'UTF8') || b3 || convert_to(CAST('*' AS TEXT), 'UTF8') || vb || convert_to(CAST('*' AS TEXT), 'UTF8'))), (CAST('\x41' AS BYTEA) || convert_to(CAST('b' AS TEXT), 'UTF8')) FROM t_bin ORDER BY id;

-- JSON_CONTAINS looks into nested arrays in MySQL, @> does not: warned.
SELECT CAST((CAST('[4, [2, 3], 1]' AS JSONB) @> CAST('2' AS JSONB)) AS INTEGER);

-- Strings no column gives a collation, compared (=, BETWEEN, IN): warned, as MySQL uses
-- the connection's collation.
SELECT CAST('B' BETWEEN 'a' AND 'c' AS INTEGER), CAST('B' IN ('a', 'b') AS INTEGER), CAST('dq' <= coalesce('Straße', 'none') AS INTEGER);

-- A DECIMAL in a bit operation is rounded first (1.5 << 1 is 4); CAST of a NULL DECIMAL to UNSIGNED stays NULL.
SELECT CAST(mod((CASE WHEN round(d2) < 0 THEN CAST(round(d2) AS NUMERIC) + 18446744073709551616 ELSE CAST(round(d2) AS NUMERIC) END) * power(CAST(2 AS NUMERIC), CAST(1 AS INTEGER)), 18446744073709551616) AS NUMERIC(20)), CAST(CASE WHEN (CAST(CASE WHEN round(d2) >= 9223372036854775808 THEN round(d2) - 18446744073709551616 ELSE round(d2) END AS BIGINT) | CAST(0 AS BIGINT)) < 0 THEN (CAST(CASE WHEN round(d2) >= 9223372036854775808 THEN round(d2) - 18446744073709551616 ELSE round(d2) END AS BIGINT) | CAST(0 AS BIGINT)) + 18446744073709551616 ELSE (CAST(CASE WHEN round(d2) >= 9223372036854775808 THEN round(d2) - 18446744073709551616 ELSE round(d2) END AS BIGINT) | CAST(0 AS BIGINT)) END AS NUMERIC(20)), CAST(CASE WHEN round(d2) < 0 THEN 0 ELSE round(d2) END AS NUMERIC(20)) FROM t_num;

-- LAST_DAY and TIMESTAMPADD of a zero date are NULL.
SELECT CASE WHEN dt = '-infinity' THEN NULL ELSE CAST(date_trunc('month', dt) + INTERVAL '1 month' - INTERVAL '1 day' AS DATE) END, CASE WHEN dt = '-infinity' THEN NULL ELSE (dt + (1) * INTERVAL '1 minute') END FROM t_time;

-- A JSON document written as a literal that is not JSON: MySQL 8 refuses the statement
-- (an error here too); JSON_UNQUOTE of a literal that is not a quoted JSON string is the
-- literal itself.
-- my2pg Q000: not translated; original statement:
-- SELECT JSON_EXTRACT('{"foo": "bar" foobar', '$.foo')

SELECT 'abc', (CAST('"a\tb"' AS JSONB) #>> '{}'), CAST((CAST('[1, 2]' AS JSONB) @> CAST('1' AS JSONB)) AS INTEGER);

ALTER TABLE ONLY t_time
    ADD CONSTRAINT t_time_pkey PRIMARY KEY (id);

ALTER TABLE ONLY t_set
    ADD CONSTRAINT t_set_pkey PRIMARY KEY (id);

ALTER TABLE ONLY t_mix
    ADD CONSTRAINT t_mix_pkey PRIMARY KEY (id);

ALTER TABLE ONLY t_year
    ADD CONSTRAINT t_year_pkey PRIMARY KEY (id);

ALTER TABLE ONLY t_js
    ADD CONSTRAINT t_js_pkey PRIMARY KEY (id);

ALTER TABLE ONLY t_bin
    ADD CONSTRAINT t_bin_pkey PRIMARY KEY (id);

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

-- Ordering by a constant orders nothing; grouping by one is one group.
SELECT id FROM t_num ORDER BY id;

SELECT count(*) FROM t_num GROUP BY CAST('a' AS TEXT);

-- Positions get MySQL's NULL ordering too.
SELECT id, i32 FROM t_num ORDER BY 2 DESC NULLS LAST, 1 NULLS FIRST;

-- Strings, arithmetic, dates and times as conditions.
SELECT id FROM t_num WHERE false OR true;

SELECT a.id FROM t_num a JOIN t_time b ON (a.i32 - 1) <> 0 WHERE (b.dt) <> '-infinity' AND (b.tm) <> '00:00:00';

SELECT CASE WHEN (i32) <> 0 THEN 'yes' ELSE 'no' END, CASE WHEN (d2 * 2) <> 0 THEN 1 ELSE 0 END FROM t_num;

-- A string literal compared or computed with a number is the number it starts with.
SELECT id FROM t_num WHERE i32 = 2.5 OR d2 < (-3) OR i32 IN (1, 0) OR 7 + 1 = i32;

-- Numbers inserted into a boolean column.

ALTER TABLE ONLY t_num
    ADD CONSTRAINT t_num_pkey PRIMARY KEY (id);

INSERT INTO t_num (id, i32, b1) VALUES (1, 2, true), (2, 3, false) ON CONFLICT(id) DO UPDATE SET b1 = false;

-- MySQL built-ins with no translation are refused, not passed through.
-- my2pg Q000: not translated; original statement:
-- SELECT SHA1('x'), TIMEDIFF('10:00:00', '09:00:00')

-- STD and VARIANCE are population statistics, as DOUBLE.
SELECT CAST(stddev_pop(d2) AS DOUBLE PRECISION), CAST(var_pop(i32) AS DOUBLE PRECISION), CAST(stddev_samp(d2) AS DOUBLE PRECISION) FROM t_num;

ALTER TABLE ONLY t_time
    ADD CONSTRAINT t_time_pkey PRIMARY KEY (id);

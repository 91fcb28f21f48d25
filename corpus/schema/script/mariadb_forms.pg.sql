-- Converted from MySQL by my2pg 0.1.0 from: schema/script/mariadb_forms.mysql.sql

-- Forms from MariaDB's own test suite.
-- BIT(0) is BIT(1) and DECIMAL(0,0) is DECIMAL(10,0) to the server.
CREATE TABLE t1 (
    a integer,
    b boolean,
    c numeric(10,0),
    d numeric(5,0)
);

-- CREATE OR REPLACE TABLE drops the table of that name first.
DROP TABLE IF EXISTS t1;
CREATE TABLE t1 (
    a bigint CONSTRAINT t1_a_range CHECK (a BETWEEN 0 AND 4294967295),
    c numeric(10,0),
    d numeric(5,0)
);

-- A number column changed to a date: MySQL reads the digits, refused here.
-- my2pg D015: not converted: ALTER TABLE `t1` changing `d` to date

-- Rows whose numbers do not fit their column are left out with a reason (MySQL's strict mode refuses them, IGNORE would clamp them).
CREATE TABLE t4 (
    a smallint CONSTRAINT t4_a_range CHECK (a BETWEEN 0 AND 255),
    b numeric(4,2),
    c integer
);

COPY t4 (a, b, c) FROM stdin;
1	1.5	1
255	99.99	-2147483648
\.

-- UPDATE IGNORE and DELETE IGNORE skip failing rows in MySQL: not translated. LOW_PRIORITY and QUICK are left out.
-- my2pg Q006: not converted; original statement:
-- UPDATE IGNORE t4 SET c = c + 1

UPDATE t4 SET c = 1 WHERE (a = 1) AND (c IS DISTINCT FROM (1));

DELETE FROM t4 WHERE a = 2;

-- my2pg Q006: not converted; original statement:
-- DELETE IGNORE FROM t4 WHERE a = 3

-- The same inside a trigger: the trigger is not translated.

-- my2pg D021: trigger not translated; original statement:
-- CREATE TRIGGER t4_ai AFTER INSERT ON t4 FOR EACH ROW BEGIN UPDATE IGNORE t4 SET c = 1 WHERE a = NEW.a + 1; END

-- A view's unnamed expressions are named as MySQL names them: their text, a string's value.
CREATE VIEW v1 AS
SELECT CAST(stddev_pop(a) AS DOUBLE PRECISION) AS "std(a)", CAST(stddev_pop(a) AS DOUBLE PRECISION) AS "stddev(a)" FROM t1;

CREATE VIEW v3 AS
SELECT a + 1 AS "a + 1", 'abc' AS abc, a, a AS x FROM t1;

CREATE VIEW v2 AS
SELECT CAST(('foo!' COLLATE "und-x-icu") ILIKE 'foo!!' AS INTEGER) AS "'foo!' like 'foo!!'", CAST(('foo!' COLLATE "und-x-icu") ILIKE 'foo!!' ESCAPE '!' AS INTEGER) AS "'foo!' like 'foo!!' escape '!'";

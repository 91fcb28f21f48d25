-- Statements the differential tester (issue 12) found translated wrongly, shrunk.
CREATE TABLE t_num (id int NOT NULL PRIMARY KEY, i32 int, d2 decimal(12,2), b1 tinyint(1));
CREATE TABLE t_time (id int NOT NULL PRIMARY KEY, dt date, tm time);
-- Ordering by a constant orders nothing (TRUE is the integer 1: a position); grouping by one is one group.
SELECT id FROM t_num ORDER BY 'a', TRUE, id;
SELECT COUNT(*) FROM t_num GROUP BY 'a';
-- Positions get MySQL's NULL ordering too.
SELECT id, i32 FROM t_num ORDER BY 2 DESC, 1;
-- Strings, arithmetic, dates and times as conditions.
SELECT id FROM t_num WHERE 'a' OR '2abc';
SELECT a.id FROM t_num a JOIN t_time b ON a.i32 - 1 WHERE b.dt AND b.tm;
SELECT CASE WHEN i32 THEN 'yes' ELSE 'no' END, IF(d2 * 2, 1, 0) FROM t_num;
-- A string literal compared or computed with a number is the number it starts with.
SELECT id FROM t_num WHERE i32 = '2.5' OR d2 < '-3x' OR i32 IN ('1', 'a') OR '7' + 1 = i32;
-- Numbers inserted into a boolean column.
INSERT INTO t_num (id, i32, b1) VALUES (1, 2, 1), (2, 3, 0) ON DUPLICATE KEY UPDATE b1 = 0;
-- MySQL built-ins with no translation are refused, not passed through.
SELECT SHA1('x'), TIMEDIFF('10:00:00', '09:00:00');
-- STD and VARIANCE are population statistics, as DOUBLE.
SELECT STD(d2), VARIANCE(i32), STDDEV_SAMP(d2) FROM t_num;
-- Hex and bit literals: binary strings, and numbers beside a number.
SELECT X'41', 0x41 + 0, i32 + 0x10, b'101' + 1 FROM t_num;
-- DATE arithmetic in whole days stays a DATE, nested and on DATE literals.
SELECT DATE_SUB(DATE '2021-01-31', INTERVAL 1 MONTH), DATE_SUB(DATE_ADD('1999-09-09', INTERVAL 5 DAY), INTERVAL 3 MONTH);
-- CAST to UNSIGNED: negative integers wrap, negative decimals are 0; a truth value as CHAR is 1/0.
SELECT CAST(i32 AS UNSIGNED), CAST(d2 AS UNSIGNED), CAST(i32 > 1 AS CHAR) FROM t_num;
-- A string literal matched with LIKE follows the connection's case-insensitive collation.
SELECT 'a' LIKE 'A%', 'a' < 'B';
-- TIME() keeps fractional seconds.
SELECT TIME(TIMESTAMP '2020-01-01 10:00:00.125');
CREATE TABLE t_set (id int NOT NULL PRIMARY KEY, st set('x','y','z'));
-- ORDER BY a SET column orders by its members' bits.
SELECT id, st FROM t_set ORDER BY st DESC, 1;
UPDATE t_num SET i32 = 5 WHERE id = 1;
-- Strings read as dates the way MySQL reads them: two-digit years, any delimiter.
SELECT EXTRACT(YEAR FROM '01/02/03'), YEAR('99-12-31'), CAST('2021/7/4' AS DATE);
SELECT CAST('2021-02-30' AS DATE);
SELECT id FROM t_time WHERE dt > '21/07/04';
-- Values mixing numbers and strings: a string in MySQL (CASE, IF, IFNULL, ELT, UNION); GREATEST/LEAST and BETWEEN compare as numbers.
SELECT IFNULL(i32, 'k'), IF(i32 > 0, 2, 'x'), ELT(2, 0, 'r'), LEAST('a', 0), '3' BETWEEN 1 AND 5 FROM t_num;
SELECT i32 FROM t_num UNION SELECT 'a' UNION SELECT b1 = 1 FROM t_num;
-- Numeric functions read a string literal as a number; LOG of zero is NULL; LOWER of a binary string is itself.
SELECT POW('2', 2), COS('a'), MOD('7x', 4), LOG(0), LOWER(X'41'), ('3') + 1;
-- A number read as a date is refused.
SELECT YEAR(0), CAST(20210704 AS DATE);
-- Double-quoted date strings in date arithmetic and date functions are read as MySQL reads them.
SELECT DATE_SUB("1998-01-01 00:00:00", INTERVAL 1 SECOND), DATEDIFF("98/1/2", '1998-01-01');
-- Shifts are unsigned (a shift by 64 is 0, >> brings zeros in); TRIM removes whole strings; LEFT(s, NULL) is NULL; EXTRACT(MICROSECOND) is the fraction.
SELECT 1 << 32, 1 << 63, 1 << 64, 4 >> 2, 4 >> 63, 1 << 63 >> 60, -1 >> 1, -1 << 1, TRIM('foo' FROM 'foook'), TRIM(LEADING 'ab' FROM 'ababx'), LEFT('hello', NULL), EXTRACT(MICROSECOND FROM '1999-01-02 10:11:12.000123');
-- A table dropped and created again with other column types: later statements see the new types.
CREATE TABLE t_again (a DECIMAL(10,1));
SELECT a IN (1, '2') FROM t_again;
DROP TABLE t_again;
CREATE TABLE t_again (a VARCHAR(10));
SELECT a IN ('a', 'b') FROM t_again;
-- What PostgreSQL would refuse is reported, not written (Q027): counts beyond its integer,
-- ROUND of a DOUBLE to places, EXTRACT from a string, a time cast to a datetime.
CREATE TABLE t_mix (id int NOT NULL PRIMARY KEY, f double, s varchar(20), tmx time, dtx datetime);
SELECT REPEAT('ab', 4294967296), LEFT(s, 18446744073709551615) FROM t_mix;
SELECT ROUND(f * 2, 3) FROM t_mix;
SELECT EXTRACT(DAY FROM s) FROM t_mix;
SELECT id FROM t_mix WHERE dtx > CAST(tmx AS DATETIME);
SELECT COALESCE(dtx, tmx) FROM t_mix;
-- LPAD and RPAD to a negative length are NULL; counts past 32 bits are clamped where that keeps the result.
SELECT LPAD(s, -1, 'x'), RPAD('ab', id - 5, '*'), LEFT('abc', 4294967296), RIGHT(s, -4294967296) FROM t_mix;
-- TRIM and SUBSTRING of an ENUM work on its label; an ENUM beside a string literal in one result is its label.
CREATE TABLE t_en (id int NOT NULL PRIMARY KEY, en enum('a','b'), f2 double, nm varchar(5));
SELECT TRIM(BOTH 'a' FROM en), SUBSTRING(en, 2), CASE WHEN id > 1 THEN en ELSE 'zz' END FROM t_en;
-- MOD of a DOUBLE expression is reported (Q027); a string as a JOIN condition is the number it starts with.
SELECT MOD(f2 * 2, CAST(id AS DOUBLE)) FROM t_en;
SELECT a.id FROM t_en a JOIN t_en b ON a.nm WHERE a.id > 0;
-- ROUND and TRUNCATE of an integer are integers; ORDER BY TRUE is ORDER BY 1.
SELECT ROUND(id, 2), TRUNCATE(id, 1), ROUND(id, -1) FROM t_en ORDER BY TRUE DESC;
-- UPDATE's changed rows compare with the value as the column stores it.
UPDATE t_en SET id = 0.1, f2 = 2 WHERE id = 0;
-- YEAR: numbers compared or stored are read as years (1-69 are 2001-2069), its text has four digits;
-- a SET as a number, BIT values in JSON or as strings are reported.
CREATE TABLE t_year (id int NOT NULL PRIMARY KEY, yr year, st set('x','y'), b8 bit(8));
SELECT yr = 1, TRUE <= yr, yr IN (0, 99), CAST(yr AS CHAR), CONCAT(yr, '') FROM t_year;
UPDATE t_year SET yr = 5 WHERE id = 1;
UPDATE t_year SET yr = CHAR_LENGTH('abc');
SELECT id FROM t_year WHERE st;
SELECT JSON_OBJECT('k', b8), CAST(b8 AS CHAR) FROM t_year;
SELECT ADDDATE(DATE '2021-01-31', 3);
-- A string literal cast to a number is the number it starts with; FLOOR of a truth value and
-- a BIT column stored into an integer by INSERT … SELECT are reported (Q027).
SELECT CAST('7.5x' AS SIGNED), CAST('n' AS DECIMAL(5,2)), CAST('12' AS UNSIGNED);
SELECT FLOOR(id > 1) FROM t_en;
INSERT INTO t_en (id) SELECT b8 FROM t_year;
-- Warned: ORDER BY a JSON value (MySQL's JSON order), MAX of a case-insensitive column, UPPER under ICU.
CREATE TABLE t_js (id int NOT NULL PRIMARY KEY, js json, nm varchar(10));
SELECT id, JSON_ARRAY(id, nm) AS c1 FROM t_js ORDER BY c1 DESC, js;
SELECT MAX(nm) FROM t_js;
SELECT UPPER(nm) FROM t_js;
-- A string that is no label stored into an ENUM is refused (Q027); a JSON path with an index warns.
UPDATE t_en SET en = 'zz' WHERE id = 0;
SELECT JSON_EXTRACT(js, '$[0]') FROM t_js;
-- ORDER BY the position of a JSON item warns; a CASE of string literals is text (here compared with a number).
SELECT id, JSON_ARRAY(id, nm) FROM t_js ORDER BY 2 DESC, id;
SELECT id FROM t_js WHERE CASE WHEN id > 1 THEN 'p' ELSE 'q' END = 0;
-- MariaDB's GROUP_CONCAT(… LIMIT n): the first n non-NULL values; '' for LIMIT 0.
SELECT id, GROUP_CONCAT(nm ORDER BY nm LIMIT 1), GROUP_CONCAT(nm ORDER BY nm LIMIT 0), GROUP_CONCAT(DISTINCT nm ORDER BY nm DESC LIMIT 2) FROM t_js GROUP BY id ORDER BY id;
-- SUBSTRING beyond PostgreSQL's int4 positions is '' (no string is that long).
SELECT SUBSTRING(nm, -4294967295, 1), SUBSTRING(nm, 4294967296), SUBSTRING(nm, 2, 4294967296) FROM t_js ORDER BY id;
-- JOIN without ON is a cross join.
SELECT MIN(a.id) FROM t_js a JOIN t_en b;
-- Dates with MySQL's zero parts have no PostgreSQL value: an error, not a failing statement.
SELECT MONTH('2001-02-00'), DATE '2001-04-31';
SELECT id FROM t_time WHERE dt = '2005-00-01';
-- PCRE-only regular expression syntax is an error; a case-insensitive column as the
-- pattern or REPLACE's search string is matched without its nondeterministic collation.
SELECT 'aa' RLIKE '(a)\\g1', '\n' RLIKE '(*CR)';
SELECT id FROM t_js WHERE 'x' REGEXP nm OR REPLACE('aa', nm, 'b') = 'b' ORDER BY id;
-- A number with more digits than its DECIMAL(p,s) is an error (MySQL clamps it).
SELECT CAST(9.995 AS DECIMAL(3,2)), CAST(11.1234 AS DECIMAL(3,2));
SELECT CAST(9.994 AS DECIMAL(3,2));
-- CONCAT with a binary string is binary: its bytes (LENGTH counts them), not '\x…' text.
CREATE TABLE t_bin (id int NOT NULL PRIMARY KEY, b3 binary(3), vb varbinary(5));
INSERT INTO t_bin VALUES (1, 'a', 'bc'), (2, NULL, 'x');
SELECT id, LENGTH(CONCAT('*', b3, '*', vb, '*')), CONCAT(0x41, 'b') FROM t_bin ORDER BY id;
-- JSON_CONTAINS looks into nested arrays in MySQL, @> does not: warned.
SELECT JSON_CONTAINS('[4, [2, 3], 1]', '2');
-- Strings no column gives a collation, compared (=, BETWEEN, IN): warned, as MySQL uses
-- the connection's collation.
SELECT 'B' BETWEEN 'a' AND 'c', 'B' IN ('a', 'b'), 'dq' <= COALESCE('Straße', 'none');
-- A DECIMAL in a bit operation is rounded first (1.5 << 1 is 4); CAST of a NULL DECIMAL to UNSIGNED stays NULL.
SELECT d2 << 1, d2 | 0, CAST(d2 AS UNSIGNED) FROM t_num;
-- LAST_DAY and TIMESTAMPADD of a zero date are NULL.
SELECT LAST_DAY(dt), TIMESTAMPADD(MINUTE, 1, dt) FROM t_time;
-- A JSON document written as a literal that is not JSON: MySQL 8 refuses the statement
-- (an error here too); JSON_UNQUOTE of a literal that is not a quoted JSON string is the
-- literal itself.
SELECT JSON_EXTRACT('{"foo": "bar" foobar', '$.foo');
SELECT JSON_UNQUOTE('abc'), JSON_UNQUOTE('"a\\tb"'), JSON_CONTAINS('[1, 2]', '1');

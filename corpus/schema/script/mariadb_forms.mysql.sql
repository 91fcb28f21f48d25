-- Forms from MariaDB's own test suite.
-- BIT(0) is BIT(1) and DECIMAL(0,0) is DECIMAL(10,0) to the server.
CREATE TABLE t1 (a int, b bit(0), c decimal(0,0), d decimal(5,0));
-- CREATE OR REPLACE TABLE drops the table of that name first.
CREATE OR REPLACE TABLE t1 (a int unsigned, c decimal(0,0), d decimal(5,0));
-- A number column changed to a date: MySQL reads the digits, refused here.
ALTER TABLE t1 MODIFY d DATE;
-- A view's unnamed expressions are named as MySQL names them: their text, a string's value.
CREATE VIEW v1 AS SELECT STD(a), stddev(a) FROM t1;
CREATE VIEW v3 AS SELECT a + 1, 'abc', a, a AS x FROM t1;
CREATE VIEW v2 AS SELECT 'foo!' LIKE 'foo!!', 'foo!' LIKE 'foo!!' ESCAPE '!';

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
-- Rows whose numbers do not fit their column are left out with a reason (MySQL's strict mode refuses them, IGNORE would clamp them).
CREATE TABLE t4 (a tinyint unsigned, b decimal(4,2), c int);
INSERT IGNORE INTO t4 VALUES (1, 1.5, 1), (-1, 1, 2), (2, 100.5, 3), (3, '1e3', 4), (255, 99.99, -2147483648);
-- UPDATE IGNORE and DELETE IGNORE skip failing rows in MySQL: not translated. LOW_PRIORITY and QUICK are left out.
UPDATE IGNORE t4 SET c = c + 1;
UPDATE LOW_PRIORITY t4 SET c = 1 WHERE a = 1;
DELETE LOW_PRIORITY QUICK FROM t4 WHERE a = 2;
DELETE IGNORE FROM t4 WHERE a = 3;
-- The same inside a trigger: the trigger is not translated.
DELIMITER ;;
CREATE TRIGGER t4_ai AFTER INSERT ON t4 FOR EACH ROW BEGIN UPDATE IGNORE t4 SET c = 1 WHERE a = NEW.a + 1; END;;
DELIMITER ;

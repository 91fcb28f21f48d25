-- Statements the differential tester (issue 12) found translated wrongly, shrunk.
CREATE TABLE t_num (id int NOT NULL PRIMARY KEY, i32 int, d2 decimal(12,2), b1 tinyint(1));
CREATE TABLE t_time (id int NOT NULL PRIMARY KEY, dt date, tm time);
-- Ordering by a constant orders nothing; grouping by one is one group.
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

-- A column's facts come from its own table: `t1.c` and `t2.c` may be different types.
CREATE TABLE t_d (id int NOT NULL PRIMARY KEY, c date, k varchar(10));
CREATE TABLE t_e (id int NOT NULL PRIMARY KEY, c enum('a','b'), k int);
-- The enum side is an enum, the date side a date, whatever order they come in.
SELECT t_d.id FROM t_d, t_e WHERE t_e.c = 'a' AND t_d.c > '2020-01-01';
SELECT x.id FROM t_d x JOIN t_e y ON y.id = x.id WHERE y.c IN ('a', 'z') AND x.k LIKE 'A%';
-- A number column compared with a string literal, beside a string column of the same name.
SELECT t_e.id FROM t_e JOIN t_d ON t_d.id = t_e.id WHERE t_e.k = '7x' AND t_d.k = '7x';
-- DATE arithmetic on the date column stays a date.
SELECT t_d.c + INTERVAL 1 DAY FROM t_d JOIN t_e ON t_e.id = t_d.id;
-- USING and NATURAL JOIN on columns PostgreSQL cannot match (an enum and a date) are refused.
SELECT t_d.* FROM t_d JOIN t_e USING (c);
SELECT t_d.id FROM t_d NATURAL JOIN t_e;
-- The same name with types that match (integer and integer) is kept.
SELECT t_d.id FROM t_d JOIN t_e USING (id);
-- A date compared with a number column is compared as the number its digits spell (MySQL 8), with a warning; a whole-date constant is the same either way.
SELECT t_d.id FROM t_d JOIN t_e ON t_e.id = t_d.id WHERE t_d.c = t_e.k OR t_d.c = 20200101;
-- ROUND of a date is MySQL 8's number; UNIX_TIMESTAMP outside its range is 0.
SELECT ROUND(t_d.c), UNIX_TIMESTAMP('1969-12-01 19:00:01'), UNIX_TIMESTAMP(t_d.c) FROM t_d;
-- INSERT … SELECT * between tables whose columns PostgreSQL does not assign (a date into an enum) is refused; matching ones are kept.
INSERT INTO t_e SELECT * FROM t_d;
CREATE TABLE t_d2 (id int NOT NULL PRIMARY KEY, c datetime, k text);
INSERT INTO t_d2 SELECT * FROM t_d;
-- A _ci column compared with a _bin one compares by the _bin collation, as MySQL does (PostgreSQL refuses two column collations).
CREATE TABLE t_c (id int NOT NULL PRIMARY KEY, a varchar(10) COLLATE utf8mb4_bin, b varchar(10) COLLATE utf8mb4_unicode_ci);
SELECT id, a < b, IF(id > 1, a, b) FROM t_c WHERE a = b;

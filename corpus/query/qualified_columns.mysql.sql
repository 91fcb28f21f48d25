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

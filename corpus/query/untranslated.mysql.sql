CREATE TABLE t (id int NOT NULL, name varchar(20), PRIMARY KEY (id));
SELECT SQL_CALC_FOUND_ROWS id FROM t;
SELECT @rownum := @rownum + 1 AS n, id FROM t;
SELECT id FROM t WHERE name REGEXP '^a';
SELECT STRAIGHT_JOIN t1.id FROM t t1 JOIN t t2 ON t1.id = t2.id;
SELECT FOUND_ROWS();
SELECT ROW_COUNT();
SELECT * FROM t WHERE name = 5;
SELECT t1.id FROM t t1 STRAIGHT_JOIN t t2 ON t1.id = t2.id;

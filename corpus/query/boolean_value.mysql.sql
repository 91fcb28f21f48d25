-- MySQL's comparisons and ISNULL() are integers: assigned to a string column they store
-- '0' or '1', selected they show 1 or 0. A boolean column itself stays a boolean.
CREATE TABLE a (id int NOT NULL, s varchar(10), PRIMARY KEY (id));
UPDATE a SET s = ISNULL(s);
UPDATE a SET s = (id > 2);
CREATE TABLE b (id int NOT NULL, flag tinyint(1), PRIMARY KEY (id));
SELECT id > 2, ISNULL(s), s LIKE 'x%' AS starts_x, (id > 1) AND (s IS NULL) FROM a;
SELECT flag, flag = 1, NOT flag FROM b;
UPDATE b SET flag = (id > 2);

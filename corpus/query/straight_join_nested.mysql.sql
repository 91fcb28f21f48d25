CREATE TABLE a (id int primary key, b int);
CREATE TABLE b (id int primary key, c int);
CREATE TABLE c (id int primary key);
CREATE VIEW v1 AS select a.id from a straight_join b on (b.id = a.b);
CREATE VIEW v2 AS select a.id from ((a join b on(b.id = a.b)) straight_join c on(c.id = b.c));
CREATE VIEW v3 AS select a.id from (a straight_join b on(b.id = a.b));
SELECT a.id FROM ((a JOIN b ON b.id = a.b) STRAIGHT_JOIN c ON c.id = b.c) WHERE a.id > 1;

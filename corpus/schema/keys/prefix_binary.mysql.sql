CREATE TABLE t1 (id int PRIMARY KEY, h varbinary(32) NOT NULL, b blob, KEY h (h(10)), KEY b (b(20)));
CREATE TABLE t1b (id int PRIMARY KEY, h binary(16) NOT NULL, name varchar(40), UNIQUE KEY hn (h(8), name(10)));

CREATE TABLE a (id int NOT NULL);
CREATE TABLE b (id int NOT NULL);
RENAME TABLE a TO a_old, b TO b_old;
TRUNCATE TABLE a_old;
DROP TABLE IF EXISTS a_old, b_old;

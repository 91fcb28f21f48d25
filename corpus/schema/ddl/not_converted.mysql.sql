CREATE TABLE base (id int NOT NULL, owner int REFERENCES users (id));
CREATE TABLE copy LIKE base;
ANALYZE TABLE base;
START TRANSACTION;
CREATE TABLE inside (id int);
COMMIT;

-- A temporary table beside a permanent one of the same name: DROP TEMPORARY TABLE
-- drops the temporary one only (pg_temp), never the permanent table.
CREATE TABLE report (id int NOT NULL, total int, PRIMARY KEY (id));
CREATE TEMPORARY TABLE scratch (id int NOT NULL, total int, PRIMARY KEY (id));
INSERT INTO scratch VALUES (1, 10);
DROP TEMPORARY TABLE scratch;
DROP TEMPORARY TABLE IF EXISTS report;
INSERT INTO report VALUES (1, 10);

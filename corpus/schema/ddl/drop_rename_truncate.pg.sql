-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/drop_rename_truncate.mysql.sql

CREATE TABLE a (
    id integer NOT NULL
);

CREATE TABLE b (
    id integer NOT NULL
);

ALTER TABLE a RENAME TO a_old;
ALTER TABLE b RENAME TO b_old;

TRUNCATE TABLE a_old RESTART IDENTITY;

DROP TABLE IF EXISTS a_old, b_old;

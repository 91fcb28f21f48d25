-- Converted from MySQL by my2pg 0.1.0 from: schema/script/delimiter.mysql.sql

CREATE TABLE t1 (
    a integer
);

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE t2 (
    b varchar(10) COLLATE my2pg_ai_ci DEFAULT 'x;y'
);

CREATE TABLE t3 (
    c integer
);

CREATE TABLE t4 (
    d integer
);

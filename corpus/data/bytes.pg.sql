-- Converted from MySQL by my2pg 0.1.0 from: data/bytes.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE latin (
    id integer NOT NULL,
    name varchar(10) COLLATE my2pg_ai_ci
);

COPY latin (id, name) FROM stdin;
1	caf�
2	ok
\.

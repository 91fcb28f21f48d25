-- Converted from MySQL by my2pg 0.1.0 from: schema/keys/prefix_binary.mysql.sql

CREATE TABLE t1 (
    id integer NOT NULL,
    h bytea NOT NULL CONSTRAINT t1_h_range CHECK (octet_length(h) <= 32),
    b bytea CONSTRAINT t1_b_range CHECK (octet_length(b) <= 65535)
);

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE t1b (
    id integer NOT NULL,
    h bytea NOT NULL CONSTRAINT t1b_h_range CHECK (octet_length(h) <= 16),
    name varchar(40) COLLATE my2pg_ai_ci
);

ALTER TABLE ONLY t1
    ADD CONSTRAINT t1_pkey PRIMARY KEY (id);

CREATE INDEX h ON t1 (substring(h FROM 1 FOR 10));

CREATE INDEX b ON t1 (substring(b FROM 1 FOR 20));

ALTER TABLE ONLY t1b
    ADD CONSTRAINT t1b_pkey PRIMARY KEY (id);

CREATE UNIQUE INDEX hn ON t1b (substring(h FROM 1 FOR 8), left(name, 10));

-- Converted from MySQL by my2pg 0.1.0 from: schema/keys/index_width.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE wide (
    a integer NOT NULL,
    b varchar(1000) COLLATE my2pg_ai_ci NOT NULL,
    c varchar(255) COLLATE my2pg_ai_ci NOT NULL,
    d text COLLATE my2pg_ai_ci CONSTRAINT wide_d_range CHECK (octet_length(d) <= 65535),
    e varchar(1000) COLLATE "C"
);

CREATE TABLE narrow (
    s varchar(191) COLLATE my2pg_ai_ci NOT NULL
);

CREATE INDEX k ON wide (a, left(b, 666));

CREATE INDEX kc ON wide (c);

CREATE UNIQUE INDEX ub ON wide (left(b, 700));

CREATE UNIQUE INDEX ue ON wide (md5(left(e, 700)));

CREATE INDEX kd ON wide (left(d, 672));

ALTER TABLE ONLY narrow
    ADD CONSTRAINT narrow_pkey PRIMARY KEY (s);

-- Converted from MySQL by my2pg 0.1.0 from: schema/keys/collation.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE COLLATION IF NOT EXISTS my2pg_as_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TABLE people (
    email varchar(100) COLLATE my2pg_ai_ci NOT NULL,
    code varchar(10) COLLATE "C",
    nick varchar(20) COLLATE my2pg_as_ci,
    legacy varchar(20) COLLATE my2pg_ai_ci,
    cs varchar(20)
);

CREATE TABLE staff (
    username varchar(16) COLLATE my2pg_ai_ci NOT NULL,
    password varchar(40) COLLATE "C",
    tag varchar(3) COLLATE "C"
);

ALTER TABLE ONLY people
    ADD CONSTRAINT email_uq UNIQUE (email);

ALTER TABLE ONLY staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (username);

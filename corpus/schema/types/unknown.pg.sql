-- Converted from MySQL by my2pg 0.1.0 from: schema/types/unknown.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE hosts (
    id integer NOT NULL,
    addr text COLLATE my2pg_ai_ci
);

ALTER TABLE ONLY hosts
    ADD CONSTRAINT hosts_pkey PRIMARY KEY (id);

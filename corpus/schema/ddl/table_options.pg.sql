-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/table_options.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE cache (
    k varchar(64) COLLATE my2pg_ai_ci NOT NULL,
    v text COLLATE my2pg_ai_ci CONSTRAINT cache_v_range CHECK (octet_length(v) <= 65535)
);

ALTER TABLE ONLY cache
    ADD CONSTRAINT cache_pkey PRIMARY KEY (k);

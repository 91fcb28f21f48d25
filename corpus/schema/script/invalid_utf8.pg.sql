-- Converted from MySQL by my2pg 0.1.0 from: schema/script/invalid_utf8.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE latin (
    name varchar(10) COLLATE my2pg_ai_ci DEFAULT 'caf?'
);

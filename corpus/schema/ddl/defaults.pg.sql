-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/defaults.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE defaults (
    a integer,
    b varchar(10) COLLATE my2pg_ai_ci DEFAULT 'it''s',
    c varchar(10) COLLATE my2pg_ai_ci DEFAULT 'dq',
    d varchar(20) COLLATE my2pg_ai_ci DEFAULT 'back\slash',
    e double precision DEFAULT 1.5,
    f integer,
    g date DEFAULT (CURRENT_DATE),
    h timestamp(6) DEFAULT statement_timestamp()
);

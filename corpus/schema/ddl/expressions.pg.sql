-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/expressions.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE calc (
    a integer NOT NULL,
    b integer NOT NULL,
    c varchar(10) COLLATE my2pg_ai_ci,
    half integer GENERATED ALWAYS AS (CAST(div(a, NULLIF(2, 0)) AS BIGINT)) STORED,
    mask integer GENERATED ALWAYS AS (a # b) STORED,
    both_set integer GENERATED ALWAYS AS (CAST(coalesce(a, 0) AS BIGINT) + octet_length(c)) STORED,
    CONSTRAINT either CHECK (a > 0 OR b > 0),
    CONSTRAINT same CHECK (NOT (a IS NOT DISTINCT FROM b) OR a = b),
    CONSTRAINT y CHECK (CAST(EXTRACT(YEAR FROM CAST('2024-01-01' AS TIMESTAMP)) AS INTEGER) = 2024)
);

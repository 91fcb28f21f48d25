-- Converted from MySQL by my2pg 0.1.0 from: schema/ddl/generated.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE boxes (
    w integer NOT NULL,
    h integer NOT NULL,
    area integer GENERATED ALWAYS AS (w * h) STORED,
    perimeter integer GENERATED ALWAYS AS (2 * (w + h)) STORED,
    label varchar(50) COLLATE my2pg_ai_ci GENERATED ALWAYS AS ((CAST(w AS TEXT) || CAST('x' AS TEXT) || CAST(h AS TEXT))) STORED
);

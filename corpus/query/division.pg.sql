-- Converted from MySQL by my2pg 0.1.0 from: query/division.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE d (
    id integer NOT NULL,
    n integer,
    price numeric(10,2),
    ratio double precision,
    label varchar(10) COLLATE my2pg_ai_ci
);

-- Exact operands: MySQL's DECIMAL result (scale of the dividend + 4), NULL on zero.
SELECT round(CAST(n AS NUMERIC(1000,18)) / 2, 4), round(CAST(price AS NUMERIC(1000,18)) / NULLIF(n, 0), 6), round(CAST(7 AS NUMERIC(1000,18)) / 2, 4), round(CAST((n * price) AS NUMERIC(1000,18)) / 3, 6), round(CAST(trunc(CAST(n AS NUMERIC(1000,18)) / 2, 9) AS NUMERIC(1000,18)) / 3, 8) FROM d;

SELECT round(CAST(sum(n) AS NUMERIC(1000,18)) / NULLIF(count(*), 0), 4), round(CAST(CAST(EXTRACT(YEAR FROM statement_timestamp()) AS INTEGER) AS NUMERIC(1000,18)) / 4, 4) FROM d;

-- Floating point: left alone.
SELECT ratio / 2, n / 1e3 FROM d;

-- Unknown operand kinds: kept, with a warning.
SELECT n / (SELECT max(id) FROM d), round(CAST(char_length(label) AS NUMERIC(1000,18)) / 2, 4) FROM d;

-- Quotients inside arithmetic keep MySQL's inner precision (9 digits); the column is shown at MySQL's scale.
SELECT round(CAST(trunc(CAST(10 AS NUMERIC(1000,18)) / 3, 9) AS NUMERIC(1000,18)) / 3, 8), round(trunc(CAST(1 AS NUMERIC(1000,18)) / 3, 9) * 3, 4), round((trunc(CAST(1 AS NUMERIC(1000,18)) / 3, 9)) * 1000000, 4);

SELECT round(avg(CAST(n AS NUMERIC(1000,18))), 4), round(avg(CAST(price AS NUMERIC(1000,18))), 6), round(CAST(round(avg(CAST(price AS NUMERIC(1000,18))), 9) AS NUMERIC(1000,27)) / 2, 10) FROM d;

-- Measured on MariaDB: 666666666.0000, 333333333000.000000, 0.6667, 8333333330.00000 (inner quotients are truncated to 9 digits).
SELECT round(trunc(CAST(2 AS NUMERIC(1000,18)) / 3, 9) * 1000000000, 4), round(trunc(CAST(1.00 AS NUMERIC(1000,18)) / 3, 9) * 1000000000000, 6), round(CAST(2 AS NUMERIC(1000,18)) / 3, 4), round(trunc(CAST(2.5 AS NUMERIC(1000,18)) / 3, 9) * 10000000000, 5);

-- Quotients and averages of numbers past 16 digits keep MySQL's scale (PostgreSQL kept
-- only 16 significant digits: 123456789012345678 / 7 had no fraction left).
SELECT round(CAST(123456789012345678 AS NUMERIC(1000,18)) / 7, 4), round(CAST(1.00 AS NUMERIC(1000,18)) / 9999999999, 6);

ALTER TABLE ONLY d
    ADD CONSTRAINT d_pkey PRIMARY KEY (id);

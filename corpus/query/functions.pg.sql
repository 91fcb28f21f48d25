-- Converted from MySQL by my2pg 0.1.0 from: query/functions.mysql.sql

CREATE TABLE m (
    id integer NOT NULL,
    a integer,
    b integer,
    d timestamp(0)
);

SELECT random(), CAST((a IS NULL) AS INTEGER), power(CAST(a AS DOUBLE PRECISION), CAST(2 AS DOUBLE PRECISION)), CASE WHEN b > 0 THEN ln(b) END, CASE WHEN b > 0 THEN log(b) END, (CAST(d AS DATE) - CAST('2024-01-01' AS DATE)), CAST(FLOOR(EXTRACT(EPOCH FROM statement_timestamp())) AS BIGINT), CAST(gen_random_uuid() AS TEXT), current_schema() FROM m;

-- MySQL's GREATEST/LEAST are NULL when any argument is NULL.
SELECT CASE WHEN a IS NULL OR b IS NULL OR 0 IS NULL THEN NULL ELSE GREATEST(a, b, 0) END, CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE LEAST(a, b) END FROM m WHERE (d IS NULL);

ALTER TABLE ONLY m
    ADD CONSTRAINT m_pkey PRIMARY KEY (id);

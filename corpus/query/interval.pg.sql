-- Converted from MySQL by my2pg 0.1.0 from: query/interval.mysql.sql

CREATE TABLE t (
    id integer NOT NULL,
    d date,
    ts timestamp(0)
);

SELECT CASE WHEN d = '-infinity' THEN NULL ELSE CAST(d + INTERVAL '1 day' AS DATE) END, CASE WHEN d = '-infinity' THEN NULL ELSE (d + INTERVAL '2 hour') END, CASE WHEN ts = '-infinity' THEN NULL ELSE (ts - (id) * INTERVAL '1 minute') END, CASE WHEN d = '-infinity' THEN NULL ELSE CAST(d + (1) * INTERVAL '3 month' AS DATE) END, CASE WHEN d = '-infinity' THEN NULL ELSE CAST(d - INTERVAL '1 month' AS DATE) END FROM t WHERE ts > (statement_timestamp() - INTERVAL '7 day');

SELECT CAST(CURRENT_DATE + (1) * INTERVAL '7 day' AS DATE), CASE WHEN d = '-infinity' THEN NULL ELSE CAST(d + INTERVAL '3 day' AS DATE) END FROM t;

SELECT CAST(CAST('2024-01-31' AS DATE) + INTERVAL '1 month' AS DATE), (CAST('2024-01-31 10:00:00' AS TIMESTAMP) + INTERVAL '1 month');

-- Compound units are the same length in their smallest unit (values checked against MariaDB).
SELECT CAST(CAST('2024-01-31' AS DATE) + INTERVAL '13 month' AS DATE), (CAST('2024-01-01 10:00:00' AS TIMESTAMP) + INTERVAL '1590 minute'), (CAST('2024-03-01' AS DATE) - INTERVAL '-90 minute'), (CAST('2024-01-01' AS DATE) + INTERVAL '90 second');

ALTER TABLE ONLY t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);

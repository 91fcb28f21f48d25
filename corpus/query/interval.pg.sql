-- Converted from MySQL by my2pg 0.1.0 from: query/interval.mysql.sql

CREATE TABLE t (
    id integer NOT NULL,
    d date,
    ts timestamp(0)
);

SELECT CAST(d + INTERVAL '1 day' AS DATE), (d + INTERVAL '2 hour'), (ts - (id) * INTERVAL '1 minute'), CAST(d + (1) * INTERVAL '3 month' AS DATE), CAST(d - INTERVAL '1 month' AS DATE) FROM t WHERE ts > (statement_timestamp() - INTERVAL '7 day');

SELECT CAST(CURRENT_DATE + (1) * INTERVAL '7 day' AS DATE), CAST(d + INTERVAL '3 day' AS DATE) FROM t;

SELECT CAST(CAST('2024-01-31' AS DATE) + INTERVAL '1 month' AS DATE), (CAST('2024-01-31 10:00:00' AS TIMESTAMP) + INTERVAL '1 month');

ALTER TABLE ONLY t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);

-- Converted from MySQL by my2pg 0.1.0 from: schema/script/temporary_tables.mysql.sql

-- A temporary table beside a permanent one of the same name: DROP TEMPORARY TABLE
-- drops the temporary one only (pg_temp), never the permanent table.
CREATE TABLE report (
    id integer NOT NULL,
    total integer
);

CREATE TEMPORARY TABLE scratch (
    id integer NOT NULL,
    total integer
);
ALTER TABLE ONLY scratch
    ADD CONSTRAINT scratch_pkey PRIMARY KEY (id);

COPY scratch (id, total) FROM stdin;
1	10
\.

DROP TABLE pg_temp.scratch;

ALTER TABLE ONLY report
    ADD CONSTRAINT report_pkey PRIMARY KEY (id);

DROP TABLE IF EXISTS pg_temp.report;

COPY report (id, total) FROM stdin;
1	10
\.

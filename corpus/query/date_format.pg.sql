-- Converted from MySQL by my2pg 0.1.0 from: query/date_format.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE TABLE e (
    id integer NOT NULL,
    at timestamp(6),
    status varchar(10) COLLATE my2pg_ai_ci
);

-- Measured on MariaDB: the same text for every specifier used here.
SELECT to_char(at, 'YYYY"-"MM"-"DD" "HH24":"MI":"SS'), to_char(at, 'FMDD" "FMMonth" "YYYY", "FMDay" "Dy" "Mon" "FMMM"/"DD"/"YY" "HH12":"MI" "AM" "HH24:MI:SS" "HH12:MI:SS AM" "DDD" % at "FMHH24"|"FMHH12"|"US') FROM e;

SELECT id FROM e ORDER BY CASE status WHEN 'new' THEN 1 WHEN 'open' THEN 2 WHEN 'closed' THEN 3 ELSE 0 END NULLS FIRST, id;

-- Week numbering modes have no translation yet.
-- my2pg Q000: not translated; original statement:
-- SELECT DATE_FORMAT(at, '%X-%V') FROM e

-- Grouped by its alias: no column of it is added to GROUP BY (that would split the groups).
SELECT to_char(at, 'YYYY"-"MM') AS month, count(*) FROM e GROUP BY month;

SELECT to_char(at, 'YYYY'), count(*) FROM e GROUP BY 1;

ALTER TABLE ONLY e
    ADD CONSTRAINT e_pkey PRIMARY KEY (id);

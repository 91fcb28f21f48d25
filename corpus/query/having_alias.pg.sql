-- Converted from MySQL by my2pg 0.1.0 from: query/having_alias.mysql.sql

CREATE TABLE h (
    id integer NOT NULL,
    g integer,
    v integer
);

SELECT g, count(*) AS cnt, sum(v) AS total FROM h GROUP BY g HAVING (count(*)) > 1 AND (sum(v)) < 100;

-- A name that is both an alias and a GROUP BY column means the column (MySQL's rule).
SELECT (array_agg(g))[1] AS v, sum(v) AS s FROM h GROUP BY v HAVING v > 0;

SELECT g FROM h WHERE g IN (SELECT g FROM h GROUP BY g HAVING count(*) > 1);

ALTER TABLE ONLY h
    ADD CONSTRAINT h_pkey PRIMARY KEY (id);

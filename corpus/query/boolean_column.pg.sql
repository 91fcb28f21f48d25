-- Converted from MySQL by my2pg 0.1.0 from: query/boolean_column.mysql.sql

CREATE TABLE u (
    id integer NOT NULL,
    active boolean DEFAULT true NOT NULL,
    verified boolean
);

SELECT id FROM u WHERE active = true AND verified <> false;

SELECT id FROM u WHERE active = false OR CAST(active AS INTEGER) = 2 OR CAST(active AS INTEGER) > 0;

SELECT sum(CAST(active AS INTEGER)), round(avg(CAST(CAST(active AS INTEGER) AS NUMERIC(1000,18))), 4), CAST(active AS INTEGER) + 1 FROM u GROUP BY active;

UPDATE u SET active = false, verified = true WHERE (id = 3) AND (active IS DISTINCT FROM (false) OR verified IS DISTINCT FROM (true));

ALTER TABLE ONLY u
    ADD CONSTRAINT u_pkey PRIMARY KEY (id);

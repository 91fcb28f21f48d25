-- Converted from MySQL by my2pg 0.1.0 from: query/straight_join_nested.mysql.sql

CREATE TABLE a (
    id integer NOT NULL,
    b integer
);

CREATE TABLE b (
    id integer NOT NULL,
    c integer
);

CREATE TABLE c (
    id integer NOT NULL
);

SELECT a.id FROM ((a JOIN b ON b.id = a.b) JOIN c ON c.id = b.c) WHERE a.id > 1;

ALTER TABLE ONLY a
    ADD CONSTRAINT a_pkey PRIMARY KEY (id);

ALTER TABLE ONLY b
    ADD CONSTRAINT b_pkey PRIMARY KEY (id);

ALTER TABLE ONLY c
    ADD CONSTRAINT c_pkey PRIMARY KEY (id);

CREATE VIEW v1 AS
SELECT a.id FROM a JOIN b ON (b.id = a.b);

CREATE VIEW v2 AS
SELECT a.id FROM ((a JOIN b ON (b.id = a.b)) JOIN c ON (c.id = b.c));

CREATE VIEW v3 AS
SELECT a.id FROM (a JOIN b ON (b.id = a.b));

-- Converted from MySQL by my2pg 0.1.0 from: query/group_by.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- Q007 from resolved names: a grouped query's other columns are kept when grouped,
-- added to GROUP BY when the grouped columns determine them (keys, equalities,
-- constants), and taken as one value of the group otherwise (with a warning).
CREATE TABLE store (
    id integer NOT NULL,
    city varchar(40) COLLATE my2pg_ai_ci,
    code varchar(4) COLLATE my2pg_ai_ci NOT NULL,
    alt varchar(4) COLLATE my2pg_ai_ci
);

CREATE TABLE staff (
    id integer NOT NULL,
    store_id integer NOT NULL,
    name varchar(40) COLLATE my2pg_ai_ci
);

CREATE TABLE pay (
    id integer NOT NULL,
    staff_id integer NOT NULL,
    amount numeric(8,2),
    note varchar(20) COLLATE my2pg_ai_ci
);

-- Through two joins, as in Sakila's sales_by_store view.
SELECT s.city, sum(p.amount) AS total FROM pay p JOIN staff t ON p.staff_id = t.id JOIN store s ON t.store_id = s.id GROUP BY s.id, s.city ORDER BY s.city NULLS FIRST;

-- Grouped by the joined column: the equality carries the key across.
SELECT s.city, count(*) FROM staff t JOIN store s ON s.id = t.store_id GROUP BY t.store_id, s.city;

-- A unique key of NOT NULL columns determines the row; one with a nullable column does not.
SELECT city, count(*) FROM store GROUP BY code, city;

SELECT (array_agg(city))[1] AS city, count(*) FROM store GROUP BY alt;

-- A LEFT JOIN's ON equality goes from the preserved side only.
SELECT t.name, s.city FROM staff t LEFT JOIN store s ON s.id = t.store_id GROUP BY t.id, t.name, s.city;

SELECT (array_agg(s.city))[1] AS city, (array_agg(t.name))[1] AS name FROM store s LEFT JOIN staff t ON t.store_id = s.id GROUP BY t.store_id;

-- A column fixed by the WHERE clause.
SELECT store_id, name, count(*) FROM staff WHERE name = 'Mike' GROUP BY store_id, name;

-- Not determined: one value of the group, with a warning; its name stays the column's.
SELECT store_id, (array_agg(name))[1] AS name FROM staff GROUP BY store_id;

SELECT (array_agg(p.note))[1] AS note, sum(p.amount) FROM pay p GROUP BY p.staff_id HAVING (array_agg(p.note))[1] <> '' ORDER BY p.staff_id;

-- An aggregate query without GROUP BY is one group.
SELECT (array_agg(name))[1] AS name, count(*) FROM staff;

SELECT count(*) FROM staff WHERE id = 1 ORDER BY (array_agg(name))[1] NULLS FIRST;

-- Aliases and positions name select items; a column of an outer query is a constant.
SELECT store_id AS sid, count(*) AS n FROM staff GROUP BY sid HAVING (count(*)) > 1 ORDER BY n NULLS FIRST;

SELECT store_id, count(*) FROM staff GROUP BY 1;

SELECT s.id, (SELECT count(*) FROM staff t WHERE t.store_id = s.id GROUP BY s.city) FROM store s;

-- Columns a derived table or CTE gives are unknown: one value, warned.
SELECT d.sid, (array_agg(d.name))[1] AS name FROM (SELECT store_id AS sid, name FROM staff) d GROUP BY d.sid;

WITH c AS (SELECT store_id, name FROM staff) SELECT store_id, min(name) FROM c GROUP BY store_id;

-- ROLLUP: nothing is added beside it.
SELECT s.id, (array_agg(s.city))[1] AS city, count(*) FROM store s GROUP BY rollup(s.id);

-- Q029: SELECT DISTINCT ordered by what it does not select becomes GROUP BY over the
-- select list; what it orders by is then grouped, determined or one value (Q007).
SELECT city FROM store GROUP BY 1 ORDER BY (array_agg(code))[1];

SELECT id, city FROM store GROUP BY 1, 2, code ORDER BY code;

SELECT store_id, id FROM staff GROUP BY 1, 2 ORDER BY CAST(store_id AS BIGINT) + id NULLS FIRST;

SELECT t.name FROM staff t JOIN store s ON s.id = t.store_id GROUP BY 1 ORDER BY (array_agg(s.city))[1] NULLS FIRST;

-- Selected as written, through an alias or a `*`: PostgreSQL takes it as it is.
SELECT DISTINCT s.city AS c FROM store s ORDER BY c NULLS FIRST;

SELECT DISTINCT s.* FROM store s ORDER BY s.city NULLS FIRST;

-- Q014: HAVING without GROUP BY or aggregates filters rows, as WHERE.
SELECT name AS who, store_id FROM staff WHERE (store_id > 0) AND ((name) <> 'x') ORDER BY store_id;

SELECT count(*) AS n FROM staff HAVING (count(*)) > 0;

-- The only relation, its columns unknown (a CTE): `c.store_id` is the grouped `store_id`.
WITH c AS (SELECT store_id, name FROM staff) SELECT c.store_id, (array_agg(name))[1] AS name, count(*) FROM c GROUP BY store_id;

ALTER TABLE ONLY store
    ADD CONSTRAINT store_pkey PRIMARY KEY (id);

ALTER TABLE ONLY store
    ADD CONSTRAINT store_code_key UNIQUE (code);

ALTER TABLE ONLY store
    ADD CONSTRAINT store_alt_key UNIQUE (alt);

ALTER TABLE ONLY staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (id);

ALTER TABLE ONLY pay
    ADD CONSTRAINT pay_pkey PRIMARY KEY (id);

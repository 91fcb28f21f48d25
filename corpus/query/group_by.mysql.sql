-- Q007 from resolved names: a grouped query's other columns are kept when grouped,
-- added to GROUP BY when the grouped columns determine them (keys, equalities,
-- constants), and taken as one value of the group otherwise (with a warning).
CREATE TABLE store (id int NOT NULL, city varchar(40), code char(4) NOT NULL, alt char(4), PRIMARY KEY (id), UNIQUE KEY (code), UNIQUE KEY (alt));
CREATE TABLE staff (id int NOT NULL, store_id int NOT NULL, name varchar(40), PRIMARY KEY (id));
CREATE TABLE pay (id int NOT NULL, staff_id int NOT NULL, amount decimal(8,2), note varchar(20), PRIMARY KEY (id));
-- Through two joins, as in Sakila's sales_by_store view.
SELECT s.city, SUM(p.amount) AS total FROM pay p JOIN staff t ON p.staff_id = t.id JOIN store s ON t.store_id = s.id GROUP BY s.id ORDER BY s.city;
-- Grouped by the joined column: the equality carries the key across.
SELECT s.city, COUNT(*) FROM staff t JOIN store s ON s.id = t.store_id GROUP BY t.store_id;
-- A unique key of NOT NULL columns determines the row; one with a nullable column does not.
SELECT city, COUNT(*) FROM store GROUP BY code;
SELECT city, COUNT(*) FROM store GROUP BY alt;
-- A LEFT JOIN's ON equality goes from the preserved side only.
SELECT t.name, s.city FROM staff t LEFT JOIN store s ON s.id = t.store_id GROUP BY t.id;
SELECT s.city, t.name FROM store s LEFT JOIN staff t ON t.store_id = s.id GROUP BY t.store_id;
-- A column fixed by the WHERE clause.
SELECT store_id, name, COUNT(*) FROM staff WHERE name = 'Mike' GROUP BY store_id;
-- Not determined: one value of the group, with a warning; its name stays the column's.
SELECT store_id, name FROM staff GROUP BY store_id;
SELECT p.note, SUM(p.amount) FROM pay p GROUP BY p.staff_id HAVING p.note <> '' ORDER BY p.staff_id;
-- An aggregate query without GROUP BY is one group.
SELECT name, COUNT(*) FROM staff;
SELECT COUNT(*) FROM staff WHERE id = 1 ORDER BY name;
-- Aliases and positions name select items; a column of an outer query is a constant.
SELECT store_id AS sid, COUNT(*) AS n FROM staff GROUP BY sid HAVING n > 1 ORDER BY n;
SELECT store_id, COUNT(*) FROM staff GROUP BY 1;
SELECT s.id, (SELECT COUNT(*) FROM staff t WHERE t.store_id = s.id GROUP BY s.city) FROM store s;
-- Columns a derived table or CTE gives are unknown: one value, warned.
SELECT d.sid, d.name FROM (SELECT store_id AS sid, name FROM staff) d GROUP BY d.sid;
WITH c AS (SELECT store_id, name FROM staff) SELECT store_id, MIN(name) FROM c GROUP BY store_id;
-- ROLLUP: nothing is added beside it.
SELECT s.id, s.city, COUNT(*) FROM store s GROUP BY s.id WITH ROLLUP;
-- Q029: SELECT DISTINCT ordered by what it does not select becomes GROUP BY over the
-- select list; what it orders by is then grouped, determined or one value (Q007).
SELECT DISTINCT city FROM store ORDER BY code;
SELECT DISTINCT id, city FROM store ORDER BY code;
SELECT DISTINCT store_id, id FROM staff ORDER BY store_id + id;
SELECT DISTINCT t.name FROM staff t JOIN store s ON s.id = t.store_id ORDER BY s.city;
-- Selected as written, through an alias or a `*`: PostgreSQL takes it as it is.
SELECT DISTINCT s.city AS c FROM store s ORDER BY c;
SELECT DISTINCT s.* FROM store s ORDER BY s.city;
-- Q014: HAVING without GROUP BY or aggregates filters rows, as WHERE.
SELECT name AS who, store_id FROM staff WHERE store_id > 0 HAVING who <> 'x' ORDER BY store_id;
SELECT COUNT(*) AS n FROM staff HAVING n > 0;
-- The only relation, its columns unknown (a CTE): `c.store_id` is the grouped `store_id`.
WITH c AS (SELECT store_id, name FROM staff) SELECT c.store_id, name, COUNT(*) FROM c GROUP BY store_id;

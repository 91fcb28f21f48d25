CREATE TABLE h (id int NOT NULL, g int, v int, PRIMARY KEY (id));
SELECT g, COUNT(*) AS cnt, SUM(v) AS total FROM h GROUP BY g HAVING cnt > 1 AND total < 100;
-- A name that is both an alias and a GROUP BY column means the column (MySQL's rule).
SELECT g AS v, SUM(v) AS s FROM h GROUP BY v HAVING v > 0;
SELECT g FROM h WHERE g IN (SELECT g FROM h GROUP BY g HAVING COUNT(*) > 1);

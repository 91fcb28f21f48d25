CREATE TABLE customer (id int NOT NULL AUTO_INCREMENT, name varchar(40), email varchar(80) COLLATE utf8mb4_bin, score int, active tinyint(1) NOT NULL DEFAULT 1, PRIMARY KEY (id));
CREATE TABLE orders (id int NOT NULL, customer_id int NOT NULL, total decimal(10,2), created datetime, PRIMARY KEY (id));
SELECT `id`, IFNULL(score, 0) AS score, IF(active, "yes", "no") AS state, CONCAT(name, ' <', email, '>') AS label FROM `customer` ORDER BY score DESC, name LIMIT 20, 10;
SELECT c.name, COUNT(*) AS n, SUM(o.total) AS spent, GROUP_CONCAT(o.id ORDER BY o.id SEPARATOR '; ') AS ids FROM customer c JOIN orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY n DESC;
SELECT id FROM customer WHERE name LIKE 'jo%' AND email LIKE '%@example.com' AND NOT (score <=> NULL);
SELECT LCASE(name), UCASE(email), score DIV 3, YEAR(NOW()), CURDATE() FROM customer WHERE score > 1 || active;
UPDATE customer SET score = score + 1 WHERE id IN (SELECT customer_id FROM orders WHERE total > 100);
DELETE FROM orders WHERE created < '2020-01-01';
-- Index hints are dropped (the planner takes none); WITH ROLLUP is ROLLUP (…); the comma
-- form of a multi-table UPDATE is UPDATE … FROM; zero dates compare with -infinity.
SELECT name FROM customer USE INDEX (PRIMARY) FORCE INDEX FOR ORDER BY (PRIMARY) WHERE score > 1;
SELECT active, COUNT(*) FROM customer GROUP BY active WITH ROLLUP;
SELECT name FROM customer WHERE name <> '0000-00-00';
SELECT id FROM orders WHERE created = '0000-00-00 00:00:00' OR created > '2024-01-01';

CREATE TABLE u (id int NOT NULL, active tinyint(1) NOT NULL DEFAULT 1, verified bit(1), PRIMARY KEY (id));
SELECT id FROM u WHERE active = 1 AND verified <> 0;
SELECT id FROM u WHERE active = '0' OR active = 2 OR active > 0;
SELECT SUM(active), AVG(active), active + 1 FROM u GROUP BY active;
UPDATE u SET active = 0, verified = 1 WHERE id = 3;

CREATE TABLE counter (name varchar(20) NOT NULL, hits int NOT NULL DEFAULT 0, PRIMARY KEY (name));
CREATE TABLE two_keys (id int NOT NULL, code varchar(5) NOT NULL, PRIMARY KEY (id), UNIQUE KEY code (code));
INSERT INTO counter (name, hits) VALUES ('home', 1) ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits);
INSERT IGNORE INTO counter (name) SELECT name FROM counter WHERE hits > 10;
INSERT INTO two_keys (id, code) VALUES (1, 'a') ON DUPLICATE KEY UPDATE code = VALUES(code);

-- IGNORE beside ON DUPLICATE KEY UPDATE: the update still applies to duplicates.
INSERT IGNORE INTO counter (name, hits) VALUES ('home', 1) ON DUPLICATE KEY UPDATE hits = hits + 1;

-- INSERT … SET is the VALUES form.
INSERT INTO counter SET name = CONCAT('ab', 'out'), hits = 2 ON DUPLICATE KEY UPDATE hits = VALUES(hits);
REPLACE INTO counter SET name = 'x', hits = 3;
INSERT LOW_PRIORITY INTO counter SET name = 'y', hits = 1;

-- MySQL 8's row alias is PostgreSQL's EXCLUDED (MariaDB has no row alias).
INSERT INTO counter (name, hits) VALUES ('home', 1) AS new ON DUPLICATE KEY UPDATE hits = counter.hits + new.hits;
INSERT INTO counter (name, hits) VALUES ('home', 1) AS new (n, h) ON DUPLICATE KEY UPDATE hits = hits + h;
INSERT INTO counter (name, hits) VALUES ('home', 1) AS new (n) ON DUPLICATE KEY UPDATE hits = hits + 1;

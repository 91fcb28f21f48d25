-- With `data: inserts`, INSERT IGNORE rows are inserted with ON CONFLICT DO NOTHING
-- (here after the key exists, as a later statement of an application script would);
-- REPLACE rows are inserted as they are, with a warning.
CREATE TABLE k (id int NOT NULL, s varchar(10), PRIMARY KEY (id));
INSERT INTO k VALUES (1, 'a');
ALTER TABLE k ADD UNIQUE KEY (s);
INSERT IGNORE INTO k VALUES (1, 'b'), (2, 'c');
REPLACE INTO k VALUES (3, 'd');

CREATE TABLE flags (id int NOT NULL PRIMARY KEY, bits bit(8), raw varbinary(10), active tinyint(1));
INSERT INTO flags (id, bits, raw, active) VALUES (1, 5, 42, 1), (2, 0, 'b\\c', 0);
INSERT INTO flags VALUES (3, 255, 'abc', 1) ON DUPLICATE KEY UPDATE bits = 7, raw = 7, active = 0;
UPDATE flags SET bits = bits + 1, raw = 'x' WHERE id = 1;

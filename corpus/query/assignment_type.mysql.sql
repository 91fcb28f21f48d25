CREATE TABLE flags (id int NOT NULL PRIMARY KEY, bits bit(8), raw varbinary(10), active tinyint(1), code char(6));
-- Dump rows: CHAR values without their trailing spaces, as MySQL returns them.
INSERT INTO flags (id, bits, raw, active, code) VALUES (1, 5, 42, 1, 'ab  '), (2, 0, 'b\\c', 0, ' x ');
INSERT INTO flags VALUES (3, 255, 'abc', 1, 'q ') ON DUPLICATE KEY UPDATE bits = 7, raw = 7, active = 0, code = 'r  ';
UPDATE flags SET bits = bits + 1, raw = 'x', code = CONCAT(code, ' ') WHERE id = 1;
CREATE TABLE picks (id int NOT NULL PRIMARY KEY, size enum('S','M','L'));
INSERT INTO picks VALUES (1, 'm') ON DUPLICATE KEY UPDATE size = 'l';
UPDATE picks SET size = 's' WHERE id = 1;
SELECT 7 DIV 0, 7 DIV 2;
UPDATE picks SET size = DEFAULT WHERE id = 1;
INSERT INTO picks VALUES (2, DEFAULT) ON DUPLICATE KEY UPDATE size = DEFAULT;

CREATE TABLE d (id int NOT NULL, n int, price decimal(10,2), ratio double, label varchar(10), PRIMARY KEY (id));
-- Exact operands: MySQL's DECIMAL result (scale of the dividend + 4), NULL on zero.
SELECT n / 2, price / n, 7 / 2, (n * price) / 3, n / 2 / 3 FROM d;
SELECT SUM(n) / COUNT(*), YEAR(NOW()) / 4 FROM d;
-- Floating point: left alone.
SELECT ratio / 2, n / 1e3 FROM d;
-- Unknown operand kinds: kept, with a warning.
SELECT n / (SELECT MAX(id) FROM d), CHAR_LENGTH(label) / 2 FROM d;
-- Quotients inside arithmetic keep MySQL's inner precision (9 digits); the column is shown at MySQL's scale.
SELECT 10 / 3 / 3, 1 / 3 * 3, (1 / 3) * 1000000 FROM DUAL;
SELECT AVG(n), AVG(price), AVG(price) / 2 FROM d;
-- Measured on MariaDB: 666666666.0000, 333333333000.000000, 0.6667, 8333333330.00000 (inner quotients are truncated to 9 digits).
SELECT 2/3*1000000000, 1.00/3*1000000000000, 2/3, 2.5/3*10000000000;
-- Quotients and averages of numbers past 16 digits keep MySQL's scale (PostgreSQL kept
-- only 16 significant digits: 123456789012345678 / 7 had no fraction left).
SELECT 123456789012345678 / 7, 1.00 / 9999999999;

CREATE TABLE m (id int NOT NULL, a int, b int, d datetime, PRIMARY KEY (id));
SELECT RAND(), ISNULL(a), POW(a, 2), LOG(b), LOG10(b), DATEDIFF(d, '2024-01-01'), UNIX_TIMESTAMP(), UUID(), DATABASE() FROM m;
-- MySQL's GREATEST/LEAST are NULL when any argument is NULL.
SELECT GREATEST(a, b, 0), LEAST(a, b) FROM m WHERE ISNULL(d);

-- Catalog statements applications send (S004); SHOW DATABASES has no translation.
SHOW TABLES;
SHOW FULL TABLES LIKE 'f%';
SHOW COLUMNS FROM film;
DESCRIBE sakila.film;
DESC `actor`;
SHOW INDEX FROM film;
SHOW KEYS IN film;
SHOW DATABASES;

-- String, number, date, JSON and regular-expression functions with MySQL's results
-- (Q017–Q021); each line's values were checked against MariaDB.
CREATE TABLE people (id int NOT NULL, name varchar(40) NOT NULL, code varchar(10) COLLATE utf8mb4_bin, tags set('a','b','c'), born date, seen datetime, score decimal(6,2), doc json, PRIMARY KEY (id));

SELECT SUBSTRING_INDEX(name, ' ', 1), SUBSTRING_INDEX(name, ' ', -1), SUBSTRING_INDEX(name, ' ', 2), LOCATE('an', name), LOCATE('an', name, 3), INSTR(code, 'X'), POSITION('a' IN name) FROM people;
SELECT FIND_IN_SET('b', tags), ELT(id, 'one', 'two'), MID(name, -3, 2), SUBSTRING(name, 0), LEFT(name, -1), SPACE(2), TRUNCATE(score, 1), MOD(id, 0), id % 3, FORMAT(score, 1), LPAD(id, 4, '0'), REPLACE(name, 'a', 'o') FROM people;
SELECT STR_TO_DATE('01/02/2005', '%d/%m/%Y'), TIMESTAMPDIFF(DAY, born, seen), TIMESTAMPDIFF(MONTH, born, seen), TIMESTAMPADD(WEEK, 2, born), ADDDATE(born, 3), FROM_UNIXTIME(100), UNIX_TIMESTAMP(seen), DAYOFWEEK(born), WEEKDAY(born), DAYNAME(born), MONTHNAME(born), WEEK(born), LAST_DAY(born), DATE(seen), TIME(seen), MAKEDATE(2005, 32), TIME_FORMAT(seen, '%H:%i') FROM people;
SELECT doc->'$.a', doc->>'$.a.b[0]', JSON_EXTRACT(doc, '$.x'), JSON_UNQUOTE(JSON_EXTRACT(doc, '$.y')), JSON_OBJECT('id', id), JSON_ARRAY(id, name), JSON_CONTAINS(doc, '1', '$.a') FROM people;
SELECT id FROM people WHERE name REGEXP '^[a-c]' OR code RLIKE '[[:<:]]x' OR name NOT REGEXP 'z$';
SELECT id FROM people WHERE ((id > 1) XOR (score > 2)) AND !(id = 3);
SELECT id FROM people WHERE id > 1 XOR score > 2;
SELECT COUNT(*), SUM(score > 1), AVG(id = 2) FROM people WHERE FIND_IN_SET('b', tags) AND (id IS NULL OR id = 1);
SELECT IFNULL(born, 'never'), COALESCE(score, 'none') FROM people;
UPDATE people SET name = IF(id > 1, 'x', 'y') WHERE LOCATE('a', name);
SELECT GROUP_CONCAT(DISTINCT name ORDER BY name DESC SEPARATOR '|') FROM people;
-- EXTRACT with a compound unit: the fields side by side (MICROSECOND units are not translated).
SELECT EXTRACT(YEAR_MONTH FROM '2019-07-02 10:20:30.5'), EXTRACT(DAY_SECOND FROM '2019-07-02 10:20:30.5'), EXTRACT(HOUR_MINUTE FROM '2019-07-02 01:02:03');
SELECT EXTRACT(SECOND_MICROSECOND FROM '2019-07-02 10:20:30.5');

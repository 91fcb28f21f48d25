# Application DML statements on the MySQL world sample (database my2pg_queries_world), written for my2pg's differential test.
# Entries are separated by blank lines: "-- " comments ("-- params: ..." binds the ? placeholders, "-- tables: ..." lists the tables compared
# afterwards), then one SQL statement ending with ";". Each runs inside a rolled-back transaction on MariaDB and on PostgreSQL (translated).

-- add a city
-- params: 90001, 'Springfield', 'USA', 'Illinois', 116250
-- tables: city
INSERT INTO city (ID, Name, CountryCode, District, Population) VALUES (?, ?, ?, ?, ?);

-- add several languages of a country at once
-- tables: countrylanguage
INSERT INTO countrylanguage (CountryCode, Language, IsOfficial, Percentage) VALUES
  ('ISL', 'Polish', 'F', 2.7),
  ('ISL', 'Danish', 'F', 0.5),
  ('ISL', 'Lithuanian', 'F', 0.4);

-- add a language with INSERT ... SET
-- params: 'NZL', 'Sign Language', 'T', 0.5
-- tables: countrylanguage
INSERT INTO countrylanguage SET CountryCode = ?, Language = ?, IsOfficial = ?, Percentage = ?;

-- upsert a language share with VALUES()
-- params: 'CHE', 'German', 'T', 62.0
-- tables: countrylanguage
INSERT INTO countrylanguage (CountryCode, Language, IsOfficial, Percentage) VALUES (?, ?, ?, ?)
ON DUPLICATE KEY UPDATE Percentage = VALUES(Percentage), IsOfficial = VALUES(IsOfficial);

-- upsert adding to the existing share
-- tables: countrylanguage
INSERT INTO countrylanguage (CountryCode, Language, IsOfficial, Percentage) VALUES ('CHE', 'Italian', 'T', 0.4), ('CHE', 'English', 'F', 4.5)
ON DUPLICATE KEY UPDATE Percentage = Percentage + VALUES(Percentage);

-- add languages, skipping ones already present
-- tables: countrylanguage
INSERT IGNORE INTO countrylanguage (CountryCode, Language, IsOfficial, Percentage) VALUES ('FRA', 'French', 'T', 93.6), ('FRA', 'Breton', 'F', 0.3);

-- metro areas derived from big cities (INSERT ... SELECT)
-- params: 'JPN', 2000000
-- tables: city
INSERT INTO city (ID, Name, CountryCode, District, Population)
SELECT ID + 90000, CONCAT(Name, ' Metro'), CountryCode, District, Population * 2
FROM city
WHERE CountryCode = ? AND Population > ?;

-- replace a language row
-- tables: countrylanguage
REPLACE INTO countrylanguage (CountryCode, Language, IsOfficial, Percentage) VALUES ('FRA', 'French', 'T', 95.0);

-- population correction
-- params: 150000, 'NOR'
-- tables: country
UPDATE country SET Population = Population + ? WHERE Code = ?;

-- head of state change, country name in lower case
-- params: 'Emmanuel Macron', 'france'
-- tables: country
UPDATE country SET HeadOfState = ? WHERE Name = ?;

-- district names upper-cased for a region (UPDATE with join)
-- params: 'Nordic Countries'
-- tables: city
UPDATE city ci
JOIN country co ON co.Code = ci.CountryCode
SET ci.District = UPPER(ci.District)
WHERE co.Region = ?;

-- new GNP figures: the old value is saved before the new one is assigned
-- params: 'Oceania'
-- tables: country
UPDATE country
SET GNPOld = GNP, GNP = ROUND(GNP * 1.05, 2)
WHERE Continent = ?;

-- SET reads the value assigned earlier in the same statement
-- params: 'Baltic Countries'
-- tables: country
UPDATE country
SET GNP = GNP * 2, GNPOld = GNP
WHERE Region = ?;

-- shrink the biggest cities of a country (UPDATE ... ORDER BY ... LIMIT)
-- params: 1000, 'ARG', 3
-- tables: city
UPDATE city
SET Population = Population - ?
WHERE CountryCode = ?
ORDER BY Population DESC, ID
LIMIT ?;

-- clean up empty values in Antarctica
-- tables: country
UPDATE country
SET LifeExpectancy = IFNULL(LifeExpectancy, 0), HeadOfState = NULLIF(HeadOfState, '')
WHERE Continent = 'Antarctica';

-- official flag from share, with IF
-- params: 'BEL', 'CAN'
-- tables: countrylanguage
UPDATE countrylanguage
SET IsOfficial = IF(Percentage > 20, 'T', 'F')
WHERE CountryCode IN (?, ?);

-- normalise hyphenated city names
-- tables: city
UPDATE city
SET Name = TRIM(REPLACE(Name, '-', ' '))
WHERE CountryCode = 'FRA' AND Name LIKE '%-%';

-- population set from the sum of its cities where that is larger (UPDATE joined to a derived table)
-- tables: country
UPDATE country co
JOIN (SELECT CountryCode, SUM(Population) AS city_pop FROM city GROUP BY CountryCode) x ON x.CountryCode = co.Code
SET co.Population = GREATEST(co.Population, x.city_pop)
WHERE co.Continent = 'Oceania';

-- drop small cities of a country
-- params: 'GBR', 150000
-- tables: city
DELETE FROM city WHERE CountryCode = ? AND Population < ?;

-- drop minor languages of a continent (DELETE with join)
-- params: 'Europe', 1.0
-- tables: countrylanguage
DELETE cl FROM countrylanguage cl
JOIN country co ON co.Code = cl.CountryCode
WHERE co.Continent = ? AND cl.Percentage < ?;

-- drop the two least spoken languages of a country (DELETE ... ORDER BY ... LIMIT)
-- params: 'RUS'
-- tables: countrylanguage
DELETE FROM countrylanguage
WHERE CountryCode = ?
ORDER BY Percentage, Language
LIMIT 2;

-- delete the cities of a country except its capital (NOT IN subquery)
-- params: 'CHE'
-- tables: city
DELETE FROM city
WHERE CountryCode = ? AND ID NOT IN (SELECT Capital FROM country WHERE Capital IS NOT NULL);

# Application SELECT queries on the MySQL world sample (database my2pg_queries_world), written for my2pg's differential test.
# Entries are separated by blank lines: optional "-- " comments ("-- params: ..." binds the ? placeholders in order, as MySQL literals),
# then one SQL statement ending with ";". Each runs on MariaDB as written and on PostgreSQL as translated, and the results are compared.

-- country page by ISO code
-- params: 'FRA'
SELECT Code, Name, Continent, Region, SurfaceArea, IndepYear, Population, LifeExpectancy, GNP, LocalName, GovernmentForm, HeadOfState
FROM country
WHERE Code = ?;

-- country code typed in lower case
-- params: 'deu'
SELECT Code, Name, Population
FROM country
WHERE Code = ?;

-- country by name, case-insensitive literal
SELECT Code, Name, Capital
FROM country
WHERE Name = 'france';

-- country by two-letter code
-- params: 'ch'
SELECT Code, Code2, Name, LocalName
FROM country
WHERE Code2 = ?;

-- city page
-- params: 3068
SELECT ID, Name, CountryCode, District, Population
FROM city
WHERE ID = ?;

-- capital city of a country
-- params: 'JPN'
SELECT co.Name AS country, ci.Name AS capital, ci.Population
FROM country co
JOIN city ci ON ci.ID = co.Capital
WHERE co.Code = ?;

-- all countries with capitals, including those without one
SELECT co.Code, co.Name, ci.Name AS capital
FROM country co
LEFT JOIN city ci ON ci.ID = co.Capital
WHERE co.Continent = 'Oceania'
ORDER BY co.Name, co.Code;

-- countries with no capital city
SELECT Code, Name FROM country WHERE Capital IS NULL ORDER BY Code;

-- country autocomplete
-- params: 'un%'
SELECT Code, Name
FROM country
WHERE Name LIKE ?
ORDER BY Name, Code;

-- city autocomplete
-- params: 'san j%'
SELECT ID, Name, CountryCode
FROM city
WHERE Name LIKE ?
ORDER BY Name, ID
LIMIT 20;

-- cities of a country, largest first, paginated
-- params: 'USA', 10, 10
SELECT ID, Name, District, Population
FROM city
WHERE CountryCode = ?
ORDER BY Population DESC, ID
LIMIT ?, ?;

-- cities of a country, paginated with OFFSET
-- params: 'BRA', 15, 5
SELECT ID, Name, District, Population
FROM city
WHERE CountryCode = ?
ORDER BY Name, ID
LIMIT ? OFFSET ?;

-- city count of a country for the pager
-- params: 'CHN'
SELECT COUNT(*) AS cities FROM city WHERE CountryCode = ?;

-- cities in a district
-- params: 'california', 'usa'
SELECT ID, Name, Population
FROM city
WHERE District = ? AND CountryCode = ?
ORDER BY Population DESC, ID;

-- languages spoken in a country
-- params: 'CHE'
SELECT Language, IsOfficial, Percentage
FROM countrylanguage
WHERE CountryCode = ?
ORDER BY Percentage DESC, Language;

-- official languages of a country
-- params: 'CAN'
SELECT Language
FROM countrylanguage
WHERE CountryCode = ? AND IsOfficial = 'T'
ORDER BY Language;

-- countries where a language is spoken
-- params: 'spanish', 10
SELECT co.Code, co.Name, cl.Percentage
FROM countrylanguage cl
JOIN country co ON co.Code = cl.CountryCode
WHERE cl.Language = ? AND cl.Percentage >= ?
ORDER BY cl.Percentage DESC, co.Code;

-- countries per continent
SELECT Continent, COUNT(*) AS countries, SUM(Population) AS population
FROM country
GROUP BY Continent
ORDER BY Continent;

-- continent summary sorted by population
SELECT Continent, COUNT(*) AS countries, SUM(Population) AS population, ROUND(AVG(LifeExpectancy), 1) AS avg_life, SUM(SurfaceArea) AS area
FROM country
GROUP BY Continent
ORDER BY population DESC, Continent;

-- regions with many countries (HAVING on alias)
SELECT Region, COUNT(*) AS n
FROM country
GROUP BY Region
HAVING n >= 10
ORDER BY n DESC, Region;

-- population density per country
-- params: 'Europe'
SELECT Code, Name, Population, SurfaceArea, ROUND(Population / SurfaceArea, 2) AS density
FROM country
WHERE Continent = ? AND SurfaceArea > 0
ORDER BY density DESC, Code
LIMIT 15;

-- GNP per capita in dollars
SELECT Code, Name, ROUND(GNP * 1000000 / Population, 0) AS gnp_per_capita
FROM country
WHERE Population > 50000000
ORDER BY gnp_per_capita DESC, Code;

-- GNP growth, NULL-safe
SELECT Code, Name, GNP, GNPOld, GNP - GNPOld AS growth, ROUND((GNP - GNPOld) / GNPOld * 100, 2) AS growth_pct
FROM country
WHERE Region = 'Nordic Countries'
ORDER BY Code;

-- independence year, NULLs sorted first ascending
SELECT Code, Name, IndepYear
FROM country
WHERE Continent = 'South America'
ORDER BY IndepYear, Code;

-- independence year, NULLs last descending
SELECT Code, Name, IndepYear
FROM country
WHERE Region = 'Caribbean'
ORDER BY IndepYear DESC, Code;

-- life expectancy ordering with NULLs
SELECT Code, Name, LifeExpectancy
FROM country
WHERE Continent = 'Antarctica' OR Region = 'Micronesia'
ORDER BY LifeExpectancy DESC, Code;

-- countries without a head of state recorded
SELECT Code, Name, IFNULL(HeadOfState, '(unknown)') AS head, COALESCE(NULLIF(HeadOfState, ''), 'n/a') AS head2
FROM country
WHERE HeadOfState IS NULL OR HeadOfState = ''
ORDER BY Code;

-- independence age at a reference year
-- params: 2000, 'Africa'
SELECT Code, Name, IndepYear, ? - IndepYear AS years_independent
FROM country
WHERE Continent = ? AND IndepYear IS NOT NULL
ORDER BY IndepYear, Code;

-- countries founded before the common era
SELECT Code, Name, IndepYear, ABS(IndepYear) AS years_bc
FROM country
WHERE IndepYear < 0
ORDER BY IndepYear, Code;

-- century of independence with DIV
SELECT IndepYear DIV 100 + 1 AS century, COUNT(*) AS countries
FROM country
WHERE IndepYear > 0
GROUP BY century
ORDER BY century;

-- largest city per country (window)
SELECT CountryCode, ID, Name, Population
FROM (
  SELECT CountryCode, ID, Name, Population,
    ROW_NUMBER() OVER (PARTITION BY CountryCode ORDER BY Population DESC, ID) AS rn
  FROM city
) t
WHERE rn = 1 AND Population > 5000000
ORDER BY Population DESC, ID;

-- city rank inside its country
-- params: 'NLD'
SELECT ID, Name, Population,
  RANK() OVER (ORDER BY Population DESC) AS pop_rank,
  ROUND(100 * Population / SUM(Population) OVER (), 2) AS share_pct
FROM city
WHERE CountryCode = ?
ORDER BY pop_rank, ID;

-- cumulative population of a country's cities
-- params: 'AUS'
SELECT ID, Name, Population, SUM(Population) OVER (ORDER BY Population DESC, ID) AS cumulative
FROM city
WHERE CountryCode = ?
ORDER BY Population DESC, ID;

-- countries ranked by population inside their continent
SELECT Continent, Code, Name, Population, DENSE_RANK() OVER (PARTITION BY Continent ORDER BY Population DESC) AS rnk
FROM country
WHERE Population >= 50000000
ORDER BY Continent, rnk, Code;

-- previous and next country by population
SELECT Code, Name, Population,
  LAG(Code) OVER (ORDER BY Population, Code) AS smaller,
  LEAD(Code) OVER (ORDER BY Population, Code) AS bigger
FROM country
WHERE Region = 'Western Europe'
ORDER BY Population, Code;

-- capital population share (scalar subquery)
SELECT co.Code, co.Name,
  (SELECT ci.Population FROM city ci WHERE ci.ID = co.Capital) AS capital_pop,
  co.Population
FROM country co
WHERE co.Region = 'Southern Europe'
ORDER BY co.Code;

-- cities bigger than the average city of their country (correlated)
-- params: 'MEX'
SELECT c.ID, c.Name, c.Population
FROM city c
WHERE c.CountryCode = ? AND c.Population > (SELECT AVG(c2.Population) * 3 FROM city c2 WHERE c2.CountryCode = c.CountryCode)
ORDER BY c.Population DESC, c.ID;

-- countries with a city over a threshold (EXISTS)
-- params: 8000000
SELECT Code, Name
FROM country co
WHERE EXISTS (SELECT 1 FROM city ci WHERE ci.CountryCode = co.Code AND ci.Population > ?)
ORDER BY Name, Code;

-- countries with no city in the database
SELECT Code, Name
FROM country
WHERE Code NOT IN (SELECT CountryCode FROM city)
ORDER BY Code;

-- countries whose official language is one of a list (IN subquery)
-- params: 'English', 'French', 'Oceania'
SELECT Code, Name
FROM country
WHERE Code IN (SELECT CountryCode FROM countrylanguage WHERE Language IN (?, ?) AND IsOfficial = 'T')
  AND Continent = ?
ORDER BY Code;

-- countries with most languages (derived table)
SELECT co.Name, l.n
FROM (SELECT CountryCode, COUNT(*) AS n FROM countrylanguage GROUP BY CountryCode) l
JOIN country co ON co.Code = l.CountryCode
WHERE l.n >= 8
ORDER BY l.n DESC, co.Code;

-- language statistics with GROUP_CONCAT
SELECT co.Code, co.Name, GROUP_CONCAT(cl.Language ORDER BY cl.Percentage DESC, cl.Language SEPARATOR ', ') AS languages
FROM country co
JOIN countrylanguage cl ON cl.CountryCode = co.Code
WHERE co.Region = 'Baltic Countries'
GROUP BY co.Code
ORDER BY co.Code;

-- official languages per region, distinct
SELECT co.Region, GROUP_CONCAT(DISTINCT cl.Language ORDER BY cl.Language) AS official_languages
FROM country co
JOIN countrylanguage cl ON cl.CountryCode = co.Code AND cl.IsOfficial = 'T'
WHERE co.Continent = 'Europe'
GROUP BY co.Region
ORDER BY co.Region;

-- country codes per continent
SELECT Continent, GROUP_CONCAT(Code ORDER BY Code SEPARATOR ' ') AS codes
FROM country
WHERE Population > 40000000
GROUP BY Continent
ORDER BY Continent;

-- estimated speakers of a language
-- params: 'german'
SELECT co.Code, co.Name, ROUND(co.Population * cl.Percentage / 100) AS speakers
FROM countrylanguage cl
JOIN country co ON co.Code = cl.CountryCode
WHERE cl.Language = ?
ORDER BY speakers DESC, co.Code;

-- world speakers per language, top 15 (CTE)
WITH speakers AS (
  SELECT cl.Language, SUM(co.Population * cl.Percentage / 100) AS total
  FROM countrylanguage cl JOIN country co ON co.Code = cl.CountryCode
  GROUP BY cl.Language
)
SELECT Language, ROUND(total) AS speakers
FROM speakers
ORDER BY total DESC, Language
LIMIT 15;

-- urban population share per country (CTE + join)
-- params: 'Asia', 20
WITH urban AS (
  SELECT CountryCode, SUM(Population) AS city_pop, COUNT(*) AS cities
  FROM city
  GROUP BY CountryCode
)
SELECT co.Code, co.Name, u.cities, u.city_pop, co.Population, ROUND(u.city_pop * 100 / co.Population, 1) AS urban_pct
FROM country co
JOIN urban u ON u.CountryCode = co.Code
WHERE co.Continent = ?
ORDER BY urban_pct DESC, co.Code
LIMIT ?;

-- cities and countries in one search box (UNION ALL)
-- params: 'ber%', 'ber%'
SELECT 'country' AS kind, Code AS id, Name FROM country WHERE Name LIKE ?
UNION ALL
SELECT 'city', CAST(ID AS CHAR), Name FROM city WHERE Name LIKE ?
ORDER BY kind, Name, id;

-- all country codes that appear in cities or languages of a region (UNION)
SELECT CountryCode FROM city WHERE CountryCode LIKE 'A%'
UNION
SELECT CountryCode FROM countrylanguage WHERE CountryCode LIKE 'A%'
ORDER BY CountryCode;

-- city name helpers
-- params: 'NOR'
SELECT ID, Name, UPPER(Name) AS upper_name, LOWER(District) AS district, CHAR_LENGTH(Name) AS chars, LENGTH(Name) AS bytes
FROM city
WHERE CountryCode = ?
ORDER BY ID;

-- local names with multibyte characters
SELECT Code, Name, LocalName, CHAR_LENGTH(LocalName) AS chars, LENGTH(LocalName) AS bytes
FROM country
WHERE CHAR_LENGTH(LocalName) <> LENGTH(LocalName)
ORDER BY Code
LIMIT 30;

-- city name with a non-ASCII letter, compared case-insensitively
SELECT ID, Name, CountryCode
FROM city
WHERE Name = 'são paulo'
ORDER BY ID;

-- countries whose local name differs from the English name
SELECT Code, Name, LocalName
FROM country
WHERE Name <> LocalName AND Continent = 'Europe'
ORDER BY Code;

-- country labels with CONCAT and CONCAT_WS
SELECT Code, CONCAT(Name, ' (', Code, ')') AS label, CONCAT_WS(' / ', Name, NULLIF(LocalName, Name), HeadOfState) AS long_label
FROM country
WHERE Region = 'British Islands'
ORDER BY Code;

-- government forms containing a word
SELECT GovernmentForm, COUNT(*) AS n
FROM country
WHERE GovernmentForm LIKE '%republic%'
GROUP BY GovernmentForm
ORDER BY n DESC, GovernmentForm;

-- government form keywords with LOCATE and SUBSTRING_INDEX
SELECT Code, GovernmentForm, LOCATE('Republic', GovernmentForm) AS pos, SUBSTRING_INDEX(GovernmentForm, ' ', 1) AS first_word
FROM country
WHERE Continent = 'South America'
ORDER BY Code;

-- region abbreviations with LEFT, RIGHT, SUBSTRING
SELECT DISTINCT Region, LEFT(Region, 3) AS abbr, RIGHT(Region, 4) AS tail, SUBSTRING(Region, 2, 4) AS mid
FROM country
WHERE Continent = 'Africa'
ORDER BY Region;

-- padded city ids for a report
SELECT LPAD(ID, 5, '0') AS code, RPAD(Name, 20, ' ') AS name_col, REPEAT('#', Population DIV 1000000) AS bar
FROM city
WHERE CountryCode = 'KOR' AND Population > 1000000
ORDER BY ID;

-- city names matching a pattern (REGEXP)
SELECT ID, Name
FROM city
WHERE CountryCode = 'DEU' AND Name REGEXP '^(ber|ham|mün)'
ORDER BY ID;

-- district names ending in a vowel (RLIKE, case-insensitive)
SELECT DISTINCT District
FROM city
WHERE CountryCode = 'ITA' AND District RLIKE '[AEIOU]$'
ORDER BY District;

-- cities with a hyphen or space in the name, via REPLACE and INSTR
SELECT ID, Name, REPLACE(Name, '-', ' ') AS cleaned, INSTR(Name, ' ') AS space_pos, REVERSE(Name) AS reversed
FROM city
WHERE CountryCode = 'FRA' AND (INSTR(Name, '-') > 0 OR INSTR(Name, ' ') > 0)
ORDER BY ID;

-- trimming char columns
SELECT Code, CONCAT('[', TRIM(HeadOfState), ']') AS head, CONCAT('[', LTRIM(Region), ']') AS region, RTRIM(Name) AS name
FROM country
WHERE Code IN ('FRA', 'GBR', 'ITA')
ORDER BY Code;

-- language percentages as text
SELECT CountryCode, Language, CONCAT(Percentage, '%') AS share, CAST(Percentage AS CHAR) AS raw, CAST(Percentage AS SIGNED) AS rounded, CAST(Percentage AS DECIMAL(5,2)) AS two_dec
FROM countrylanguage
WHERE CountryCode = 'BEL'
ORDER BY Language;

-- numeric helpers: TRUNCATE, FLOOR, CEIL, MOD
SELECT Code, SurfaceArea, TRUNCATE(SurfaceArea, -3) AS area_k, FLOOR(SurfaceArea / 1000) AS thousands, CEIL(SurfaceArea / 1000) AS thousands_up, MOD(Population, 1000) AS pop_mod, Population % 7 AS pop_pct7
FROM country
WHERE Region = 'Western Europe'
ORDER BY Code;

-- GREATEST and LEAST on numeric columns
SELECT Code, GNP, GNPOld, GREATEST(GNP, IFNULL(GNPOld, 0)) AS best_gnp, LEAST(IndepYear, 1900) AS capped_year
FROM country
WHERE Region = 'Central America'
ORDER BY Code;

-- formatted population
SELECT Code, Name, FORMAT(Population, 0) AS population, FORMAT(GNP, 2) AS gnp
FROM country
WHERE Population > 150000000
ORDER BY Population DESC, Code;

-- life expectancy bands with CASE and IF
SELECT Code, Name, LifeExpectancy,
  CASE WHEN LifeExpectancy IS NULL THEN 'unknown' WHEN LifeExpectancy >= 75 THEN 'high' WHEN LifeExpectancy >= 60 THEN 'medium' ELSE 'low' END AS band,
  IF(LifeExpectancy > 70, 1, 0) AS above_70
FROM country
WHERE Region = 'Southeast Asia'
ORDER BY Code;

-- band counts per continent (conditional aggregation)
SELECT Continent,
  SUM(LifeExpectancy >= 75) AS high,
  SUM(LifeExpectancy < 75 AND LifeExpectancy >= 60) AS medium,
  SUM(LifeExpectancy < 60) AS low,
  SUM(LifeExpectancy IS NULL) AS unknown
FROM country
GROUP BY Continent
ORDER BY Continent;

-- null-safe comparison of capital id
-- params: NULL
SELECT Code, Name
FROM country
WHERE Capital <=> ?
ORDER BY Code;

-- null-safe comparison of two nullable columns
SELECT COUNT(*) AS same_gnp
FROM country
WHERE GNP <=> GNPOld;

-- either large or rich but not both (XOR)
SELECT Code, Name, Population, GNP
FROM country
WHERE (Population > 100000000 XOR GNP > 1000000) AND Continent <> 'Antarctica'
ORDER BY Code;

-- not independent and not in Antarctica, with !
SELECT Code, Name
FROM country
WHERE !(IndepYear IS NOT NULL) AND Continent != 'Antarctica' AND Population > 100000
ORDER BY Code;

-- continent sorted with FIELD, ELT labels
SELECT Code, Name, Continent, ELT(FIELD(Continent, 'Europe', 'Asia', 'Africa'), 'EU', 'AS', 'AF') AS short
FROM country
WHERE Population > 80000000
ORDER BY FIELD(Continent, 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Oceania', 'Antarctica'), Code;

-- enum continent compared to a lower-case literal
SELECT COUNT(*) AS n FROM country WHERE Continent = 'north america';

-- enum ordering in ORDER BY (declaration order in MySQL)
SELECT DISTINCT Continent FROM country ORDER BY Continent;

-- official language flag as enum
-- params: 'T'
SELECT IsOfficial, COUNT(*) AS n, ROUND(AVG(Percentage), 2) AS avg_pct
FROM countrylanguage
WHERE IsOfficial = ?
GROUP BY IsOfficial;

-- languages with a percentage range and pagination
-- params: 40.0, 60.0, 0, 20
SELECT CountryCode, Language, Percentage
FROM countrylanguage
WHERE Percentage BETWEEN ? AND ?
ORDER BY Percentage DESC, CountryCode, Language
LIMIT ?, ?;

-- countries by population band (IN list of regions)
-- params: 'Eastern Europe', 'Western Europe', 'Southern Europe'
SELECT Region, COUNT(*) AS countries, MIN(Population) AS smallest, MAX(Population) AS largest, AVG(Population) AS avg_pop
FROM country
WHERE Region IN (?, ?, ?)
GROUP BY Region
ORDER BY Region;

-- population-weighted life expectancy per continent
SELECT Continent, ROUND(SUM(LifeExpectancy * Population) / SUM(Population), 2) AS weighted_life
FROM country
WHERE LifeExpectancy IS NOT NULL
GROUP BY Continent
ORDER BY Continent;

-- share of population living in the capital (three-way join)
SELECT co.Code, co.Name, ci.Name AS capital, ci.Population / co.Population * 100 AS capital_share
FROM country co
JOIN city ci ON ci.ID = co.Capital
WHERE co.Population > 0 AND co.Continent = 'Oceania'
ORDER BY capital_share DESC, co.Code;

-- capitals that are not the largest city
SELECT co.Code, co.Name, cap.Name AS capital, big.Name AS largest
FROM country co
JOIN city cap ON cap.ID = co.Capital
JOIN city big ON big.CountryCode = co.Code
WHERE big.Population = (SELECT MAX(Population) FROM city WHERE CountryCode = co.Code)
  AND big.ID <> cap.ID AND co.Continent = 'Europe'
ORDER BY co.Code, big.ID;

-- country, capital, and main language (four-table-style join with derived table)
SELECT co.Code, co.Name, ci.Name AS capital, ml.Language
FROM country co
LEFT JOIN city ci ON ci.ID = co.Capital
LEFT JOIN (
  SELECT cl.CountryCode, cl.Language
  FROM countrylanguage cl
  WHERE cl.Percentage = (SELECT MAX(cl2.Percentage) FROM countrylanguage cl2 WHERE cl2.CountryCode = cl.CountryCode)
) ml ON ml.CountryCode = co.Code
WHERE co.Region = 'South America'
ORDER BY co.Code, ml.Language;

-- countries without any language data (LEFT JOIN)
SELECT co.Code, co.Name
FROM country co
LEFT JOIN countrylanguage cl ON cl.CountryCode = co.Code
WHERE cl.CountryCode IS NULL
ORDER BY co.Code;

-- grouped by primary key with dependent columns
SELECT co.Code, co.Name, co.Continent, COUNT(ci.ID) AS cities, SUM(ci.Population) AS city_pop
FROM country co
LEFT JOIN city ci ON ci.CountryCode = co.Code
WHERE co.Region = 'Polynesia'
GROUP BY co.Code
ORDER BY co.Code;

-- top districts by population in a country
-- params: 'IND', 10
SELECT District, COUNT(*) AS cities, SUM(Population) AS pop
FROM city
WHERE CountryCode = ?
GROUP BY District
ORDER BY pop DESC, District
LIMIT ?;

-- city size buckets (integer division)
SELECT Population DIV 1000000 AS millions, COUNT(*) AS cities
FROM city
WHERE Population >= 1000000
GROUP BY millions
ORDER BY millions;

-- average city size per country, decimal AVG
-- params: 'Nordic Countries'
SELECT ci.CountryCode, AVG(ci.Population) AS avg_city, ROUND(AVG(ci.Population)) AS avg_rounded
FROM city ci
JOIN country co ON co.Code = ci.CountryCode
WHERE co.Region = ?
GROUP BY ci.CountryCode
ORDER BY ci.CountryCode;

-- year arithmetic with dates built from IndepYear
SELECT Code, IndepYear, STR_TO_DATE(CONCAT(IndepYear, '-07-04'), '%Y-%m-%d') AS national_day, DATE_FORMAT(MAKEDATE(IndepYear, 1), '%Y') AS y
FROM country
WHERE Code IN ('USA', 'MEX', 'BRA')
ORDER BY Code;

-- countries independent within N years of a given year
-- params: 1960, 0
SELECT Code, Name, IndepYear
FROM country
WHERE IndepYear = ? + ?
ORDER BY Code;

-- region pages with counts and a lower-case parameter
-- params: 'western africa'
SELECT Code, Name, Population
FROM country
WHERE Region = ?
ORDER BY Population DESC, Code;

-- countries whose name starts and ends with the same letter
SELECT Code, Name
FROM country
WHERE LEFT(Name, 1) = RIGHT(Name, 1)
ORDER BY Code;

-- countries where the two-letter code is not a prefix of the three-letter code
SELECT Code, Code2, Name
FROM country
WHERE LEFT(Code, 2) <> Code2 AND Continent = 'Europe'
ORDER BY Code;

-- cities with the same (plain ASCII) name in several countries
SELECT ci.Name, COUNT(DISTINCT ci.CountryCode) AS countries, GROUP_CONCAT(DISTINCT ci.CountryCode ORDER BY ci.CountryCode) AS codes
FROM city ci
WHERE ci.Name LIKE 'S%' AND CHAR_LENGTH(ci.Name) = LENGTH(ci.Name)
GROUP BY ci.Name
HAVING countries > 1
ORDER BY ci.Name;

-- languages spoken in several continents
SELECT cl.Language, COUNT(DISTINCT co.Continent) AS continents
FROM countrylanguage cl
JOIN country co ON co.Code = cl.CountryCode
GROUP BY cl.Language
HAVING continents >= 4
ORDER BY continents DESC, cl.Language;

-- recursive CTE: population thresholds table
WITH RECURSIVE thresholds AS (
  SELECT 1000000 AS t
  UNION ALL
  SELECT t * 2 FROM thresholds WHERE t < 8000000
)
SELECT t, (SELECT COUNT(*) FROM city WHERE Population >= t) AS cities
FROM thresholds
ORDER BY t;

-- percent of countries per continent (window over aggregate)
SELECT Continent, COUNT(*) AS n, ROUND(COUNT(*) * 100 / SUM(COUNT(*)) OVER (), 1) AS pct
FROM country
GROUP BY Continent
ORDER BY n DESC, Continent;

-- country lookup by several codes
-- params: 'FRA', 'DEU', 'ITA', 'ESP'
SELECT Code, Name, Population, GNP
FROM country
WHERE Code IN (?, ?, ?, ?)
ORDER BY Population DESC, Code;

-- cities in a population range within a continent
-- params: 'South America', 2000000, 5000000
SELECT ci.ID, ci.Name, co.Name AS country, ci.Population
FROM city ci
JOIN country co ON co.Code = ci.CountryCode
WHERE co.Continent = ? AND ci.Population BETWEEN ? AND ?
ORDER BY ci.Population DESC, ci.ID;

-- countries with a minimum number of cities in the database
-- params: 'Europe', 30
SELECT co.Code, co.Name, COUNT(*) AS cities
FROM country co
JOIN city ci ON ci.CountryCode = co.Code
WHERE co.Continent = ?
GROUP BY co.Code
HAVING cities >= ?
ORDER BY cities DESC, co.Code;

-- head of state search with a contains pattern
-- params: '%elisabeth%'
SELECT Code, Name, HeadOfState
FROM country
WHERE HeadOfState LIKE ?
ORDER BY Name, Code;

-- countries independent in a period, by year then name
-- params: 1990, 1999
SELECT Code, Name, IndepYear
FROM country
WHERE IndepYear BETWEEN ? AND ?
ORDER BY IndepYear, Name, Code;

-- country list filtered by life expectancy, NULLs excluded, paginated
-- params: 80, 0, 10
SELECT Code, Name, LifeExpectancy
FROM country
WHERE LifeExpectancy >= ?
ORDER BY LifeExpectancy DESC, Code
LIMIT ?, ?;

-- language page: countries where it is official, with IF label
-- params: 'arabic'
SELECT co.Code, co.Name, IF(cl.IsOfficial = 'T', 'official', 'minority') AS status, cl.Percentage
FROM countrylanguage cl
JOIN country co ON co.Code = cl.CountryCode
WHERE cl.Language = ?
ORDER BY cl.IsOfficial DESC, cl.Percentage DESC, co.Code;

-- largest cities of a region, ranked per country (window with parameter)
-- params: 'Middle East', 2
SELECT CountryCode, ID, Name, Population
FROM (
  SELECT ci.CountryCode, ci.ID, ci.Name, ci.Population,
    ROW_NUMBER() OVER (PARTITION BY ci.CountryCode ORDER BY ci.Population DESC, ci.ID) AS rn
  FROM city ci
  JOIN country co ON co.Code = ci.CountryCode
  WHERE co.Region = ?
) t
WHERE rn <= ?
ORDER BY CountryCode, rn;

-- city search by district prefix, case-insensitive, across countries
-- params: 'new%', 100000
SELECT ID, Name, CountryCode, District
FROM city
WHERE District LIKE ? AND Population > ?
ORDER BY District, ID;

-- surface area rank and share of continent area for one continent
-- params: 'Oceania'
SELECT Code, Name, SurfaceArea,
  ROUND(SurfaceArea * 100 / SUM(SurfaceArea) OVER (), 3) AS area_share,
  ROW_NUMBER() OVER (ORDER BY SurfaceArea DESC, Code) AS area_rank
FROM country
WHERE Continent = ?
ORDER BY area_rank;

-- GNP comparison against a parameter with NULL handling
-- params: 100000
SELECT Code, Name, GNP, IFNULL(GNPOld, GNP) AS previous, GNP > ? AS big_economy
FROM country
WHERE Region = 'Eastern Asia'
ORDER BY Code;

-- country code normalization from user input
-- params: '  nld '
SELECT Code, Name
FROM country
WHERE Code = UPPER(TRIM(?));

-- (first differential suite)
SELECT CountryCode, COUNT(*) AS cities, SUM(Population) AS pop FROM city GROUP BY CountryCode HAVING cities > 50 AND pop > 1000000 ORDER BY CountryCode;

-- (first differential suite)
SELECT Code, CONCAT_WS(' / ', Name, LocalName, NULL, HeadOfState), ROUND(LifeExpectancy), ROUND(GNP / Population * 1000000, 2) FROM country WHERE Population > 0 ORDER BY Code LIMIT 15;

-- (first differential suite)
SELECT Code, CAST(GNP AS SIGNED), CAST(LifeExpectancy AS DECIMAL), CAST(Population AS CHAR), CAST(SurfaceArea AS DECIMAL(12,1)) FROM country ORDER BY Code LIMIT 15;

-- (first differential suite)
SELECT Continent, AVG(Population) AS avg_pop FROM country GROUP BY Continent HAVING avg_pop > 1000000 ORDER BY Continent;

-- (first differential suite)
SELECT Code, Population / SurfaceArea, LifeExpectancy / 2, GNP / GNPOld FROM country ORDER BY Code LIMIT 20;

-- (first differential suite)
SELECT CountryCode, SUM(Population) / 1000 FROM city GROUP BY CountryCode ORDER BY CountryCode LIMIT 10;

-- (first differential suite)
SELECT Code, Name FROM country WHERE Name = 'france' OR Name = 'GERMANY';

-- (first differential suite)
SELECT Code FROM country WHERE Code IN ('fra', 'DEU', 'usa') ORDER BY Code;

-- (first differential suite)
SELECT Continent, COUNT(*) FROM country GROUP BY Continent ORDER BY Continent;

-- (first differential suite)
SELECT Name, IndepYear FROM country ORDER BY IndepYear, Code LIMIT 12;

-- (first differential suite)
SELECT Name, IndepYear FROM country ORDER BY IndepYear DESC, Code LIMIT 12;

-- (first differential suite)
SELECT Name, LifeExpectancy FROM country WHERE LifeExpectancy IS NOT NULL ORDER BY LifeExpectancy DESC, Name LIMIT 10;

-- (first differential suite)
SELECT Region, SUM(SurfaceArea), SUM(Population) FROM country GROUP BY Region ORDER BY Region;

-- (first differential suite)
SELECT c.Name, ci.Name AS capital FROM country c LEFT JOIN city ci ON ci.ID = c.Capital WHERE c.Continent = 'Oceania' ORDER BY c.Name;

-- (first differential suite)
SELECT CountryCode, COUNT(*) AS langs FROM countrylanguage WHERE IsOfficial = 'T' GROUP BY CountryCode HAVING COUNT(*) > 2 ORDER BY CountryCode;

-- (first differential suite)
SELECT Language, ROUND(SUM(Percentage), 1) FROM countrylanguage GROUP BY Language ORDER BY SUM(Percentage) DESC, Language LIMIT 10;

-- (first differential suite)
SELECT Name, Population FROM city WHERE CountryCode = 'nld' ORDER BY Population DESC LIMIT 5;

-- (first differential suite)
SELECT District, COUNT(*) FROM city WHERE CountryCode = 'USA' GROUP BY District ORDER BY COUNT(*) DESC, District LIMIT 5;

-- (first differential suite)
SELECT Name FROM city WHERE Name LIKE 'san %' ORDER BY Name LIMIT 15;

-- (first differential suite)
SELECT COUNT(DISTINCT Continent) FROM country;

-- (first differential suite)
SELECT Name, IFNULL(HeadOfState, '-'), IF(GNP > GNPOld, 'up', 'down') FROM country WHERE Region = 'Western Europe' ORDER BY Name;

-- (first differential suite)
SELECT Name, CONCAT(Name, ' (', Code, ')') FROM country WHERE Continent = 'Antarctica' ORDER BY Code;

-- (first differential suite)
SELECT Continent, MAX(Population) FROM country GROUP BY Continent ORDER BY MAX(Population) DESC;

-- (first differential suite)
SELECT c.Name, COUNT(ci.ID) FROM country c JOIN city ci ON ci.CountryCode = c.Code GROUP BY c.Code ORDER BY COUNT(ci.ID) DESC, c.Name LIMIT 8;

-- (first differential suite)
SELECT Population DIV 1000000 AS millions, COUNT(*) FROM country GROUP BY Population DIV 1000000 ORDER BY millions LIMIT 10;

-- (first differential suite)
SELECT Name FROM country WHERE GovernmentForm LIKE '%monarchy%' AND Continent IN ('europe', 'ASIA') ORDER BY Name;

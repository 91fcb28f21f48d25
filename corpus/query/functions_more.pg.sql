-- Converted from MySQL by my2pg 0.1.0 from: query/functions_more.mysql.sql

CREATE COLLATION IF NOT EXISTS my2pg_ai_ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- String, number, date, JSON and regular-expression functions with MySQL's results
-- (Q017–Q021); each line's values were checked against MariaDB.
CREATE TABLE people (
    id integer NOT NULL,
    name varchar(40) COLLATE my2pg_ai_ci NOT NULL,
    code varchar(10) COLLATE "C",
    tags text CONSTRAINT people_tags_range CHECK (tags = '' OR string_to_array(tags, ',') <@ ARRAY['a', 'b', 'c']::text[]),
    born date,
    seen timestamp(0),
    score numeric(6,2),
    doc jsonb
);

SELECT split_part((name COLLATE "C"), ' ', 1), split_part((name COLLATE "C"), ' ', -1), array_to_string((string_to_array((name COLLATE "C"), ' '))[1:2], ' '), strpos(lower(CAST(name AS TEXT) COLLATE "und-x-icu"), 'an'), (SELECT CASE WHEN i = 0 THEN 0 ELSE i + 2 END FROM (SELECT strpos(SUBSTR(lower(CAST(name AS TEXT) COLLATE "und-x-icu"), 3), 'an') AS i) AS locate), strpos(code, 'X'), strpos(lower(CAST(name AS TEXT) COLLATE "und-x-icu"), 'a') FROM people;

SELECT CASE WHEN 'b' IS NULL OR tags IS NULL THEN NULL ELSE coalesce(array_position(string_to_array(lower(CAST(tags AS TEXT) COLLATE "und-x-icu"), ','), lower(CAST('b' AS TEXT) COLLATE "und-x-icu")), 0) END, CASE id WHEN 1 THEN 'one' WHEN 2 THEN 'two' END, SUBSTR(name, CASE WHEN char_length(name) >= 3 THEN char_length(name) - 2 ELSE char_length(name) + 1 END, 2), CASE WHEN name IS NULL THEN NULL ELSE '' END, CASE WHEN name IS NULL THEN NULL ELSE '' END, repeat(' ', 2), trunc(score, 1), mod(id, NULLIF(0, 0)), mod(id, 3), to_char(round(CAST(score AS NUMERIC), 1), 'FM999,999,999,999,999,999,999,999,999,999,990.0'), lpad(CAST(id AS TEXT), 4, '0'), replace((name COLLATE "C"), 'a', 'o') FROM people;

SELECT to_date('01/02/2005', 'DD"/"MM"/"YYYY'), CAST(trunc(EXTRACT(EPOCH FROM (CAST(seen AS TIMESTAMP) - CAST(born AS TIMESTAMP))) / 86400) AS BIGINT), CAST((EXTRACT(YEAR FROM age(CAST(seen AS TIMESTAMP), CAST(born AS TIMESTAMP))) * 12 + EXTRACT(MONTH FROM age(CAST(seen AS TIMESTAMP), CAST(born AS TIMESTAMP)))) AS BIGINT), CASE WHEN born = '-infinity' THEN NULL ELSE CAST(born + (2) * INTERVAL '7 day' AS DATE) END, CAST(born + (3) * INTERVAL '1 day' AS DATE), CASE WHEN 100 < 0 THEN NULL ELSE CAST(to_timestamp(100) AS TIMESTAMP(0)) END, CASE WHEN CAST(trunc(EXTRACT(EPOCH FROM CAST(seen AS TIMESTAMPTZ))) AS BIGINT) < 1 OR CAST(trunc(EXTRACT(EPOCH FROM CAST(seen AS TIMESTAMPTZ))) AS BIGINT) > 32536850399 THEN 0 ELSE CAST(trunc(EXTRACT(EPOCH FROM CAST(seen AS TIMESTAMPTZ))) AS BIGINT) END, (CAST(EXTRACT(DOW FROM born) AS INTEGER) + 1), (CAST(EXTRACT(ISODOW FROM born) AS INTEGER) - 1), to_char(born, 'FMDay'), to_char(born, 'FMMonth'), CAST(FLOOR((EXTRACT(DOY FROM born) + 6 - EXTRACT(DOW FROM born)) / 7) AS INTEGER), CASE WHEN born = '-infinity' THEN NULL ELSE CAST(date_trunc('month', born) + INTERVAL '1 month' - INTERVAL '1 day' AS DATE) END, CAST(seen AS DATE), CAST(seen AS TIME), (SELECT CASE WHEN n > 0 THEN CAST(make_date(CAST(2005 AS INTEGER), 1, 1) + (n - 1) AS DATE) END FROM (SELECT CAST(32 AS INTEGER) AS n) AS makedate), to_char(CAST('2000-01-01' AS DATE) + CAST(seen AS TIME), 'HH24":"MI') FROM people;

SELECT (doc #> '{a}'), (doc #>> '{a,b,0}'), (doc #> '{x}'), (doc #>> '{y}'), jsonb_build_object('id', id), jsonb_build_array(id, name), CAST((doc #> '{a}' @> CAST('1' AS JSONB)) AS INTEGER) FROM people;

SELECT id FROM people WHERE ((CAST(name AS TEXT) COLLATE "und-x-icu") ~* '^[a-c]') OR (code ~ '\mx') OR ((CAST(name AS TEXT) COLLATE "und-x-icu") !~* 'z$');

SELECT id FROM people WHERE (((((id > 1))) <> (((score > 2))))) AND (NOT (id = 3));

SELECT id FROM people WHERE (((id > 1)) <> ((score > 2)));

SELECT count(*), sum(CAST(score > 1 AS INTEGER)), round(avg(CAST(CAST(id = 2 AS INTEGER) AS NUMERIC(1000,18))), 4) FROM people WHERE (CASE WHEN 'b' IS NULL OR tags IS NULL THEN NULL ELSE coalesce(array_position(string_to_array(lower(CAST(tags AS TEXT) COLLATE "und-x-icu"), ','), lower(CAST('b' AS TEXT) COLLATE "und-x-icu")), 0) END) <> 0 AND (id IS NULL OR id = 1);

SELECT coalesce(CAST(born AS TEXT), 'never'), coalesce(CAST(score AS TEXT), 'none') FROM people;

UPDATE people SET name = CASE WHEN id > 1 THEN 'x' ELSE 'y' END WHERE ((strpos(lower(CAST(name AS TEXT) COLLATE "und-x-icu"), 'a')) <> 0) AND (name COLLATE "C" IS DISTINCT FROM CAST((CASE WHEN id > 1 THEN 'x' ELSE 'y' END) AS TEXT));

SELECT array_to_string(array_agg(DISTINCT name ORDER BY name DESC) FILTER (WHERE name IS NOT NULL), '|') FROM people;

-- EXTRACT with a compound unit: the fields side by side (MICROSECOND units are not translated).
SELECT CAST(EXTRACT(YEAR FROM CAST('2019-07-02 10:20:30.5' AS TIMESTAMP)) * 100 + EXTRACT(MONTH FROM CAST('2019-07-02 10:20:30.5' AS TIMESTAMP)) AS BIGINT), CAST(EXTRACT(DAY FROM CAST('2019-07-02 10:20:30.5' AS TIMESTAMP)) * 1000000 + EXTRACT(HOUR FROM CAST('2019-07-02 10:20:30.5' AS TIMESTAMP)) * 10000 + EXTRACT(MINUTE FROM CAST('2019-07-02 10:20:30.5' AS TIMESTAMP)) * 100 + FLOOR(EXTRACT(SECOND FROM CAST('2019-07-02 10:20:30.5' AS TIMESTAMP))) AS BIGINT), CAST(EXTRACT(HOUR FROM CAST('2019-07-02 01:02:03' AS TIMESTAMP)) * 100 + EXTRACT(MINUTE FROM CAST('2019-07-02 01:02:03' AS TIMESTAMP)) AS BIGINT);

-- my2pg Q000: not translated; original statement:
-- SELECT EXTRACT(SECOND_MICROSECOND FROM '2019-07-02 10:20:30.5')

ALTER TABLE ONLY people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);

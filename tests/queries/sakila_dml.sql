# Application DML statements on the Sakila sample (database my2pg_queries_sakila), written for my2pg's differential test.
# Entries are separated by blank lines: "-- " comments ("-- params: ..." binds the ? placeholders, "-- tables: ..." lists the tables compared
# afterwards), then one SQL statement ending with ";". Each runs inside a rolled-back transaction on MariaDB and on PostgreSQL (translated).

-- add an actor from the admin form
-- params: 60001, 'ANNA', 'O''BRIEN'
-- tables: actor
INSERT INTO actor (actor_id, first_name, last_name) VALUES (?, ?, ?);

-- bulk import of actors
-- tables: actor
INSERT INTO actor (actor_id, first_name, last_name) VALUES
  (60002, 'LUCIA', 'MORENO'),
  (60003, 'KENJI', 'SATO'),
  (60004, 'ELLA', 'FITZ');

-- add a category with INSERT ... SET
-- params: 90, 'Anime'
-- tables: category
INSERT INTO category SET category_id = ?, name = ?;

-- add a language
-- params: 7, 'Spanish'
-- tables: language
INSERT INTO language (language_id, name) VALUES (?, ?);

-- add a copy of a film to a store's inventory
-- params: 90001, 1, 2
-- tables: inventory
INSERT INTO inventory (inventory_id, film_id, store_id) VALUES (?, ?, ?);

-- stock one copy of every film that has no inventory yet (INSERT ... SELECT from the same table)
-- tables: inventory
INSERT INTO inventory (inventory_id, film_id, store_id)
SELECT 90000 + f.film_id, f.film_id, 2
FROM film f
WHERE f.film_id NOT IN (SELECT i.film_id FROM inventory i);

-- cast an actor in several films, skipping ones already linked
-- params: 1, 2, 6, 1
-- tables: film_actor
INSERT INTO film_actor (actor_id, film_id)
SELECT ?, film_id
FROM film
WHERE film_id BETWEEN ? AND ?
  AND film_id NOT IN (SELECT fa.film_id FROM film_actor fa WHERE fa.actor_id = ?);

-- link an actor to films, ignoring links that already exist
-- tables: film_actor
INSERT IGNORE INTO film_actor (actor_id, film_id) VALUES (1, 1), (1, 2), (1, 23), (1, 3);

-- add a category only if its id is free
-- params: 1, 'Action', 91, 'Westerns'
-- tables: category
INSERT IGNORE INTO category (category_id, name) VALUES (?, ?), (?, ?);

-- upsert a category name with VALUES()
-- params: 1, 'Action & Adventure'
-- tables: category
INSERT INTO category (category_id, name) VALUES (?, ?)
ON DUPLICATE KEY UPDATE name = VALUES(name);

-- upsert an actor, keeping the existing first name but updating the last name
-- tables: actor
INSERT INTO actor (actor_id, first_name, last_name) VALUES (1, 'PENNY', 'GUINESS-SMITH'), (60005, 'NEW', 'ACTOR')
ON DUPLICATE KEY UPDATE last_name = VALUES(last_name), first_name = LOWER(first_name);

-- upsert a country with an expression on the existing value
-- params: 20, 'Canada'
-- tables: country
INSERT INTO country (country_id, country) VALUES (?, ?)
ON DUPLICATE KEY UPDATE country = CONCAT(country, ' (updated)');

-- add a city in a country looked up by name
-- params: 60001, 'Springfield', 'united states'
-- tables: city
INSERT INTO city (city_id, city, country_id) VALUES (?, ?, (SELECT country_id FROM country WHERE country = ?));

-- replace a language row
-- tables: language
REPLACE INTO language (language_id, name) VALUES (6, 'Deutsch');

-- replace with a new row
-- params: 92, 'Noir'
-- tables: category
REPLACE INTO category (category_id, name) VALUES (?, ?);

-- deactivate customers living in a city (UPDATE with joins)
-- params: 'london'
-- tables: customer
UPDATE customer c
JOIN address a ON a.address_id = c.address_id
JOIN city ci ON ci.city_id = a.city_id
SET c.active = 0
WHERE ci.city = ?;

-- close all open rentals of a store's customers (UPDATE with join)
-- params: '2006-02-20 10:00:00', 1
-- tables: rental
UPDATE rental r
JOIN customer c ON c.customer_id = r.customer_id
SET r.return_date = ?
WHERE r.return_date IS NULL AND c.store_id = ?;

-- raise prices of the first films of a rating (UPDATE ... ORDER BY ... LIMIT)
-- params: 'PG', 10
-- tables: film
UPDATE film
SET rental_rate = rental_rate + 1.00
WHERE rating = ?
ORDER BY film_id
LIMIT ?;

-- mark the oldest open rentals as returned three days after renting
-- tables: rental
UPDATE rental
SET return_date = DATE_ADD(rental_date, INTERVAL 3 DAY)
WHERE return_date IS NULL
ORDER BY rental_date, rental_id
LIMIT 5;

-- 10 percent surcharge on a customer's payments (decimal rounding on store)
-- params: 1
-- tables: payment
UPDATE payment SET amount = amount * 1.10 WHERE customer_id = ?;

-- price by rating with CASE
-- tables: film
UPDATE film
SET rental_rate = CASE rating WHEN 'G' THEN 0.99 WHEN 'PG' THEN 1.99 ELSE rental_rate END
WHERE film_id <= 20;

-- alternate active flag with IF
-- tables: customer
UPDATE customer
SET active = IF(customer_id % 2 = 0, 0, 1)
WHERE store_id = 1 AND customer_id < 50;

-- SET uses the value assigned just before (left-to-right)
-- params: 1, 10
-- tables: film
UPDATE film
SET rental_duration = rental_duration + 1, length = rental_duration * 30
WHERE film_id BETWEEN ? AND ?;

-- profile edit: name and email normalised by SQL
-- params: 'mary', 'smith-jones', 'mary', 'smith-jones', 1
-- tables: customer
UPDATE customer
SET first_name = UPPER(?), last_name = UPPER(?), email = LOWER(CONCAT(?, '.', ?, '@sakilacustomer.org'))
WHERE customer_id = ?;

-- spelling fix across actors, case-insensitive LIKE
-- tables: actor
UPDATE actor SET last_name = REPLACE(last_name, 'SON', 'SEN') WHERE last_name LIKE '%son';

-- title-case first names
-- tables: actor
UPDATE actor
SET first_name = CONCAT(UCASE(LEFT(first_name, 1)), LCASE(SUBSTRING(first_name, 2)))
WHERE actor_id <= 10;

-- move a film's copies to the other store
-- params: 1
-- tables: inventory
UPDATE inventory SET store_id = 3 - store_id WHERE film_id = ?;

-- credit: lower a customer's payments without going negative
-- params: 1.50, 15
-- tables: payment
UPDATE payment SET amount = GREATEST(amount - ?, 0) WHERE customer_id = ?;

-- set active from a subquery on recent rentals
-- params: '2005-08-20'
-- tables: customer
UPDATE customer
SET active = (SELECT COUNT(*) > 0 FROM rental r WHERE r.customer_id = customer.customer_id AND r.rental_date >= ?)
WHERE customer_id <= 30;

-- replacement cost bumped by number of copies (UPDATE joined to a derived table)
-- tables: film
UPDATE film f
JOIN (SELECT film_id, COUNT(*) AS n FROM inventory GROUP BY film_id) x ON x.film_id = f.film_id
SET f.replacement_cost = f.replacement_cost + x.n
WHERE f.film_id <= 10;

-- move customers who rented in a period to store 2
-- params: 2, '2005-05-24', '2005-05-25'
-- tables: customer
UPDATE customer
SET store_id = ?
WHERE customer_id IN (SELECT r.customer_id FROM rental r WHERE r.rental_date >= ? AND r.rental_date < ?);

-- rental return stamped from a parameter for a list of rentals
-- params: '2005-06-01 12:00:00', 1, 2, 3
-- tables: rental
UPDATE rental SET return_date = ? WHERE rental_id IN (?, ?, ?);

-- delete zero-amount payments of a customer
-- params: 15
-- tables: payment
DELETE FROM payment WHERE customer_id = ? AND amount = 0;

-- purge the oldest payments (DELETE ... ORDER BY ... LIMIT)
-- params: '2005-05-26'
-- tables: payment
DELETE FROM payment
WHERE payment_date < ?
ORDER BY payment_date, payment_id
LIMIT 10;

-- delete small payments of inactive customers (DELETE with join)
-- params: 1.00
-- tables: payment
DELETE p FROM payment p
JOIN customer c ON c.customer_id = p.customer_id
WHERE c.active = 0 AND p.amount < ?;

-- remove an actor's film links by actor name (DELETE with join)
-- params: 'guiness'
-- tables: film_actor
DELETE fa FROM film_actor fa
JOIN actor a ON a.actor_id = fa.actor_id
WHERE a.last_name = ?;

-- unlink an actor from some films
-- params: 1, 1, 23
-- tables: film_actor
DELETE FROM film_actor WHERE actor_id = ? AND film_id IN (?, ?);

-- uncategorise short films (DELETE with IN subquery on another table)
-- params: 47
-- tables: film_category
DELETE FROM film_category WHERE film_id IN (SELECT film_id FROM film WHERE length < ?);

-- drop the last three films of a category
-- params: 9
-- tables: film_category
DELETE FROM film_category WHERE category_id = ? ORDER BY film_id DESC LIMIT 3;

-- delete a rental; its payments keep existing with rental_id set to NULL by the foreign key
-- params: 1
-- tables: rental, payment
DELETE FROM rental WHERE rental_id = ?;

-- delete an unused inventory copy that has never been rented (DELETE with NOT EXISTS)
-- tables: inventory
DELETE FROM inventory
WHERE store_id = 2 AND film_id = 1
  AND NOT EXISTS (SELECT 1 FROM rental r WHERE r.inventory_id = inventory.inventory_id);

-- rename a film (the trigger upd_film keeps film_text in step)
-- params: 'ACADEMY DINOSAUR II', 1
-- tables: film, film_text
UPDATE film SET title = ? WHERE film_id = ?;

-- add a film (the trigger ins_film copies it into film_text)
-- params: 'NEW RELEASE', 'A film added by the application', 1
-- tables: film, film_text
INSERT INTO film (title, description, language_id) VALUES (?, ?, ?);

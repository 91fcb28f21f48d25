# Application SELECT queries on the Sakila sample (database my2pg_queries_sakila), written for my2pg's differential test.
# Entries are separated by blank lines: optional "-- " comments ("-- params: ..." binds the ? placeholders in order, as MySQL literals),
# then one SQL statement ending with ";". Each runs on MariaDB as written and on PostgreSQL as translated, and the results are compared.

-- film detail page
-- params: 1
SELECT film_id, title, description, release_year, rental_duration, rental_rate, length, replacement_cost, rating, special_features
FROM film
WHERE film_id = ?;

-- film detail page with its language
-- params: 133
SELECT f.film_id, f.title, l.name AS language, f.rental_rate, f.length
FROM film f
JOIN language l ON l.language_id = f.language_id
WHERE f.film_id = ?;

-- actor search by last name, user typed lower case
-- params: 'guiness'
SELECT actor_id, first_name, last_name
FROM actor
WHERE last_name = ?
ORDER BY first_name, actor_id;

-- case-insensitive literal comparison as written in app code
SELECT actor_id, first_name, last_name
FROM actor
WHERE first_name = 'penelope'
ORDER BY actor_id;

-- customer login by email, any case
-- params: 'mary.smith@sakilacustomer.org'
SELECT customer_id, store_id, first_name, last_name, email, active
FROM customer
WHERE email = ?;

-- language dropdown
SELECT * FROM language ORDER BY name;

-- category menu
SELECT category_id, name FROM category ORDER BY name;

-- title autocomplete
-- params: 'ac%'
SELECT film_id, title
FROM film
WHERE title LIKE ?
ORDER BY title
LIMIT 10;

-- films of a rating, paginated with LIMIT offset, count
-- params: 'pg-13', 20, 10
SELECT film_id, title, rental_rate, length
FROM film
WHERE rating = ?
ORDER BY title, film_id
LIMIT ?, ?;

-- films with one of several ratings, paginated with LIMIT ... OFFSET
-- params: 'G', 'PG', 15, 30
SELECT film_id, title, rating
FROM film
WHERE rating IN (?, ?)
ORDER BY film_id
LIMIT ? OFFSET ?;

-- customers of a store, second page
-- params: 2, 25, 25
SELECT customer_id, CONCAT(first_name, ' ', last_name) AS full_name, email
FROM customer
WHERE store_id = ? AND active = 1
ORDER BY last_name, first_name, customer_id
LIMIT ?, ?;

-- pager total for the store's customers
-- params: 2
SELECT COUNT(*) AS total FROM customer WHERE store_id = ? AND active = 1;

-- staff login (username is case-insensitive)
-- params: 'mike'
SELECT staff_id, first_name, last_name, email, store_id
FROM staff
WHERE username = ? AND active = 1;

-- password check: the password column has a binary collation, so an upper-case hash must not match
-- params: 'Mike', '8CB2237D0679CA88DB6464EAC60DA96345513964'
SELECT COUNT(*) AS matches
FROM staff
WHERE username = ? AND password = ?;

-- password check with the right hash
-- params: 'MIKE', '8cb2237d0679ca88db6464eac60da96345513964'
SELECT staff_id, username
FROM staff
WHERE username = ? AND password = ?;

-- actors in a film
-- params: 1
SELECT a.actor_id, a.first_name, a.last_name
FROM actor a
JOIN film_actor fa ON fa.actor_id = a.actor_id
WHERE fa.film_id = ?
ORDER BY a.last_name, a.first_name, a.actor_id;

-- filmography of an actor with category
-- params: 1
SELECT f.film_id, f.title, f.release_year, c.name AS category
FROM film_actor fa
JOIN film f ON f.film_id = fa.film_id
JOIN film_category fc ON fc.film_id = f.film_id
JOIN category c ON c.category_id = fc.category_id
WHERE fa.actor_id = ?
ORDER BY f.title, f.film_id;

-- customer profile with full address
-- params: 5
SELECT c.customer_id, c.first_name, c.last_name, c.email, a.address, a.address2, a.district, ci.city, a.postal_code, co.country, a.phone
FROM customer c
JOIN address a ON a.address_id = c.address_id
JOIN city ci ON ci.city_id = a.city_id
JOIN country co ON co.country_id = ci.country_id
WHERE c.customer_id = ?;

-- customer's rental history, latest first
-- params: 1
SELECT r.rental_id, r.rental_date, r.return_date, f.title
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film f ON f.film_id = i.film_id
WHERE r.customer_id = ?
ORDER BY r.rental_date DESC, r.rental_id DESC
LIMIT 10;

-- films not stocked in any store
SELECT f.film_id, f.title
FROM film f
LEFT JOIN inventory i ON i.film_id = f.film_id
WHERE i.inventory_id IS NULL
ORDER BY f.film_id;

-- stores with manager and address
SELECT s.store_id, CONCAT(m.first_name, ' ', m.last_name) AS manager, a.address, ci.city, co.country
FROM store s
JOIN staff m ON m.staff_id = s.manager_staff_id
JOIN address a ON a.address_id = s.address_id
JOIN city ci ON ci.city_id = a.city_id
JOIN country co ON co.country_id = ci.country_id
ORDER BY s.store_id;

-- payments taken by a staff member on a day
-- params: 2, '2005-07-31'
SELECT p.payment_id, p.amount, p.payment_date, c.first_name, c.last_name
FROM payment p
JOIN customer c ON c.customer_id = p.customer_id
WHERE p.staff_id = ? AND DATE(p.payment_date) = ?
ORDER BY p.payment_date, p.payment_id
LIMIT 50;

-- copies of a film per store, including stores with none
-- params: 2
SELECT s.store_id, COUNT(i.inventory_id) AS copies
FROM store s
LEFT JOIN inventory i ON i.store_id = s.store_id AND i.film_id = ?
GROUP BY s.store_id
ORDER BY s.store_id;

-- rentals still out, oldest first, with customer and film
SELECT r.rental_id, r.rental_date, c.last_name, c.first_name, f.title
FROM rental r
JOIN customer c ON c.customer_id = r.customer_id
JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film f ON f.film_id = i.film_id
WHERE r.return_date IS NULL
ORDER BY r.rental_date, r.rental_id
LIMIT 30;

-- overdue report: due date computed from the film's rental duration
-- params: '2005-09-01'
SELECT r.rental_id, c.email, f.title, r.rental_date, r.rental_date + INTERVAL f.rental_duration DAY AS due_date
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film f ON f.film_id = i.film_id
JOIN customer c ON c.customer_id = r.customer_id
WHERE r.return_date IS NULL AND r.rental_date + INTERVAL f.rental_duration DAY < ?
ORDER BY due_date, r.rental_id;

-- film count per category
SELECT c.category_id, c.name, COUNT(fc.film_id) AS films
FROM category c
LEFT JOIN film_category fc ON fc.category_id = c.category_id
GROUP BY c.category_id, c.name
ORDER BY films DESC, c.name;

-- average price and length per rating
SELECT rating, COUNT(*) AS films, ROUND(AVG(rental_rate), 2) AS avg_rate, AVG(length) AS avg_length
FROM film
GROUP BY rating
ORDER BY rating;

-- monthly revenue
SELECT DATE_FORMAT(payment_date, '%Y-%m') AS month, COUNT(*) AS payments, SUM(amount) AS revenue
FROM payment
GROUP BY DATE_FORMAT(payment_date, '%Y-%m')
ORDER BY month;

-- top customers by spend (grouped by the primary key, names are functionally dependent)
-- params: 150
SELECT c.customer_id, c.first_name, c.last_name, SUM(p.amount) AS total
FROM customer c
JOIN payment p ON p.customer_id = c.customer_id
GROUP BY c.customer_id
HAVING total > ?
ORDER BY total DESC, c.customer_id
LIMIT 20;

-- common actor last names (HAVING on a select alias)
SELECT last_name, COUNT(*) AS n
FROM actor
GROUP BY last_name
HAVING n > 2
ORDER BY n DESC, last_name;

-- rentals per staff member per month
SELECT staff_id, YEAR(rental_date) AS y, MONTH(rental_date) AS m, COUNT(*) AS rentals
FROM rental
GROUP BY staff_id, YEAR(rental_date), MONTH(rental_date)
ORDER BY staff_id, y, m;

-- length histogram in half-hour buckets
SELECT FLOOR(length / 30) * 30 AS bucket_start, COUNT(*) AS films
FROM film
GROUP BY FLOOR(length / 30) * 30
ORDER BY bucket_start;

-- length histogram with DIV
SELECT length DIV 60 AS hours, COUNT(*) AS films, MIN(length) AS shortest, MAX(length) AS longest
FROM film
GROUP BY hours
ORDER BY hours;

-- active and inactive customers per store (tinyint(1) flag)
SELECT store_id, COUNT(*) AS customers, SUM(active) AS active_customers, COUNT(*) - SUM(active) AS inactive_customers
FROM customer
GROUP BY store_id
ORDER BY store_id;

-- distinct customers served per store
SELECT i.store_id, COUNT(DISTINCT r.customer_id) AS customers, COUNT(*) AS rentals
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
GROUP BY i.store_id
ORDER BY i.store_id;

-- payment stats for a set of customers
-- params: 1, 2, 3
SELECT customer_id, COUNT(*) AS n, MIN(amount) AS min_amount, MAX(amount) AS max_amount, AVG(amount) AS avg_amount, SUM(amount) AS total
FROM payment
WHERE customer_id IN (?, ?, ?)
GROUP BY customer_id
ORDER BY customer_id;

-- cast list as one string per film
-- params: 10
SELECT f.film_id, f.title, GROUP_CONCAT(CONCAT(a.first_name, ' ', a.last_name) ORDER BY a.last_name, a.first_name SEPARATOR ', ') AS actors
FROM film f
JOIN film_actor fa ON fa.film_id = f.film_id
JOIN actor a ON a.actor_id = fa.actor_id
WHERE f.film_id <= ?
GROUP BY f.film_id
ORDER BY f.film_id;

-- categories an actor played in
-- params: 1, 5
SELECT a.actor_id, a.first_name, a.last_name, GROUP_CONCAT(DISTINCT c.name ORDER BY c.name) AS categories
FROM actor a
JOIN film_actor fa ON fa.actor_id = a.actor_id
JOIN film_category fc ON fc.film_id = fa.film_id
JOIN category c ON c.category_id = fc.category_id
WHERE a.actor_id BETWEEN ? AND ?
GROUP BY a.actor_id
ORDER BY a.actor_id;

-- film ids per category as a pipe-separated list
SELECT c.name, GROUP_CONCAT(fc.film_id ORDER BY fc.film_id SEPARATOR '|') AS film_ids
FROM category c
JOIN film_category fc ON fc.category_id = c.category_id
WHERE fc.film_id < 60
GROUP BY c.category_id
ORDER BY c.name;

-- films priced above average
SELECT film_id, title, rental_rate
FROM film
WHERE rental_rate > (SELECT AVG(rental_rate) FROM film) AND length > 170
ORDER BY title, film_id;

-- films in a category, category name typed in lower case
-- params: 'horror'
SELECT film_id, title
FROM film
WHERE film_id IN (SELECT fc.film_id FROM film_category fc JOIN category c ON c.category_id = fc.category_id WHERE c.name = ?)
ORDER BY title, film_id
LIMIT 25;

-- customers who never rented a horror film
SELECT c.customer_id, c.first_name, c.last_name
FROM customer c
WHERE NOT EXISTS (
  SELECT 1 FROM rental r
  JOIN inventory i ON i.inventory_id = r.inventory_id
  JOIN film_category fc ON fc.film_id = i.film_id
  JOIN category cat ON cat.category_id = fc.category_id
  WHERE r.customer_id = c.customer_id AND cat.name = 'Horror'
)
ORDER BY c.last_name, c.customer_id;

-- actors with their film count (scalar subquery)
-- params: 'B%'
SELECT a.actor_id, a.first_name, a.last_name,
  (SELECT COUNT(*) FROM film_actor fa WHERE fa.actor_id = a.actor_id) AS film_count
FROM actor a
WHERE a.last_name LIKE ?
ORDER BY film_count DESC, a.actor_id;

-- most rented films (derived table)
SELECT t.film_id, f.title, t.rentals
FROM (
  SELECT i.film_id, COUNT(*) AS rentals
  FROM rental r JOIN inventory i ON i.inventory_id = r.inventory_id
  GROUP BY i.film_id
) t
JOIN film f ON f.film_id = t.film_id
ORDER BY t.rentals DESC, t.film_id
LIMIT 10;

-- latest rental of each selected customer (correlated subquery)
-- params: 1, 2, 3, 4
SELECT r.customer_id, r.rental_id, r.rental_date
FROM rental r
WHERE r.customer_id IN (?, ?, ?, ?)
  AND r.rental_date = (SELECT MAX(r2.rental_date) FROM rental r2 WHERE r2.customer_id = r.customer_id)
ORDER BY r.customer_id, r.rental_id;

-- films with no rental at all
SELECT f.film_id, f.title
FROM film f
WHERE f.film_id NOT IN (SELECT i.film_id FROM inventory i JOIN rental r ON r.inventory_id = i.inventory_id)
ORDER BY f.film_id;

-- payments larger than every payment of a customer
-- params: 1
SELECT payment_id, customer_id, amount
FROM payment
WHERE amount > ALL (SELECT amount FROM payment WHERE customer_id = ?)
ORDER BY amount DESC, payment_id
LIMIT 20;

-- mailing list of customers and staff
-- params: 'S%', 'S%'
SELECT first_name, last_name, email, 'customer' AS kind FROM customer WHERE last_name LIKE ?
UNION ALL
SELECT first_name, last_name, email, 'staff' AS kind FROM staff WHERE last_name LIKE ?
ORDER BY last_name, first_name, kind;

-- surnames shared by actors and customers
SELECT last_name FROM actor WHERE last_name LIKE 'B%'
UNION
SELECT last_name FROM customer WHERE last_name LIKE 'B%'
ORDER BY last_name;

-- customer spend report via a CTE
-- params: 180
WITH totals AS (
  SELECT customer_id, SUM(amount) AS total, COUNT(*) AS payments
  FROM payment
  GROUP BY customer_id
)
SELECT c.customer_id, c.first_name, c.last_name, t.total, t.payments
FROM totals t
JOIN customer c ON c.customer_id = t.customer_id
WHERE t.total >= ?
ORDER BY t.total DESC, c.customer_id;

-- rentals per month including empty months (recursive CTE calendar)
WITH RECURSIVE months AS (
  SELECT CAST('2005-05-01' AS DATE) AS m
  UNION ALL
  SELECT m + INTERVAL 1 MONTH FROM months WHERE m < '2006-02-01'
)
SELECT months.m, COUNT(r.rental_id) AS rentals
FROM months
LEFT JOIN rental r ON r.rental_date >= months.m AND r.rental_date < months.m + INTERVAL 1 MONTH
GROUP BY months.m
ORDER BY months.m;

-- three longest films per category (ROW_NUMBER)
SELECT category, film_id, title, length
FROM (
  SELECT c.name AS category, f.film_id, f.title, f.length,
    ROW_NUMBER() OVER (PARTITION BY c.category_id ORDER BY f.length DESC, f.film_id) AS rn
  FROM film f
  JOIN film_category fc ON fc.film_id = f.film_id
  JOIN category c ON c.category_id = fc.category_id
) ranked
WHERE rn <= 3
ORDER BY category, rn;

-- customer ranking by spend within each store (RANK)
WITH spend AS (
  SELECT c.store_id, c.customer_id, SUM(p.amount) AS total
  FROM customer c JOIN payment p ON p.customer_id = c.customer_id
  GROUP BY c.store_id, c.customer_id
)
SELECT store_id, customer_id, total, RANK() OVER (PARTITION BY store_id ORDER BY total DESC) AS rnk
FROM spend
ORDER BY store_id, rnk, customer_id
LIMIT 40;

-- running balance of a customer's payments (SUM OVER)
-- params: 3
SELECT payment_id, payment_date, amount,
  SUM(amount) OVER (ORDER BY payment_date, payment_id) AS running_total
FROM payment
WHERE customer_id = ?
ORDER BY payment_date, payment_id;

-- days between consecutive rentals of a customer (LAG + DATEDIFF)
-- params: 7
SELECT rental_id, rental_date,
  DATEDIFF(rental_date, LAG(rental_date) OVER (ORDER BY rental_date, rental_id)) AS days_since_previous
FROM rental
WHERE customer_id = ?
ORDER BY rental_date, rental_id;

-- list with total row count for the pager (COUNT OVER)
-- params: 'R', 0, 15
SELECT film_id, title, COUNT(*) OVER () AS total_rows
FROM film
WHERE rating = ?
ORDER BY title, film_id
LIMIT ?, ?;

-- price quartiles (NTILE) and dense rank by replacement cost
SELECT film_id, title, replacement_cost,
  NTILE(4) OVER (ORDER BY replacement_cost, film_id) AS quartile,
  DENSE_RANK() OVER (ORDER BY replacement_cost DESC) AS cost_rank
FROM film
WHERE film_id <= 40
ORDER BY film_id;

-- share of each category in total revenue (window over aggregate)
SELECT c.name, SUM(p.amount) AS revenue,
  ROUND(100 * SUM(p.amount) / SUM(SUM(p.amount)) OVER (), 2) AS pct
FROM payment p
JOIN rental r ON r.rental_id = p.rental_id
JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film_category fc ON fc.film_id = i.film_id
JOIN category c ON c.category_id = fc.category_id
GROUP BY c.category_id
ORDER BY revenue DESC, c.name;

-- rental receipt with formatted dates
-- params: 1
SELECT rental_id, DATE_FORMAT(rental_date, '%d/%m/%Y %H:%i') AS rented, DATE_FORMAT(return_date, '%d/%m/%Y %H:%i') AS returned
FROM rental
WHERE rental_id = ?;

-- payment confirmation text date
-- params: 1, 5
SELECT payment_id, DATE_FORMAT(payment_date, '%W %M %e, %Y') AS paid_on, DATE_FORMAT(payment_date, '%a %b %D %y %h:%i:%s %p') AS stamp
FROM payment
WHERE payment_id BETWEEN ? AND ?
ORDER BY payment_id;

-- rentals since a date typed in European format
-- params: '30/08/2005', 1
SELECT rental_id, rental_date, customer_id
FROM rental
WHERE rental_date >= STR_TO_DATE(?, '%d/%m/%Y') AND staff_id = ?
ORDER BY rental_date, rental_id
LIMIT 20;

-- pick-up times in 12-hour format
-- params: 5
SELECT rental_id, TIME_FORMAT(rental_date, '%h:%i %p') AS pickup_time, TIME_FORMAT(TIME(rental_date), '%H:%i:%s') AS clock
FROM rental
WHERE customer_id = ?
ORDER BY rental_id
LIMIT 10;

-- due dates with DATE_ADD
-- params: 2
SELECT r.rental_id, r.rental_date, DATE_ADD(r.rental_date, INTERVAL f.rental_duration DAY) AS due, r.return_date
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film f ON f.film_id = i.film_id
WHERE r.customer_id = ?
ORDER BY r.rental_date, r.rental_id;

-- rentals in the week before a date (DATE_SUB on a parameter)
-- params: '2005-05-31', '2005-05-31'
SELECT rental_id, rental_date
FROM rental
WHERE rental_date >= DATE_SUB(?, INTERVAL 7 DAY) AND rental_date < ? AND customer_id < 40
ORDER BY rental_date, rental_id;

-- late returns: returned after the due date
SELECT r.rental_id, r.rental_date, r.return_date, f.rental_duration,
  DATEDIFF(r.return_date, r.rental_date) AS days_out,
  DATEDIFF(r.return_date, r.rental_date) - f.rental_duration AS days_late
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film f ON f.film_id = i.film_id
WHERE r.customer_id = 11 AND DATEDIFF(r.return_date, r.rental_date) > f.rental_duration
ORDER BY days_late DESC, r.rental_id;

-- hours a rental was out
-- params: 10
SELECT rental_id, TIMESTAMPDIFF(HOUR, rental_date, return_date) AS hours_out, TIMESTAMPDIFF(MINUTE, rental_date, return_date) AS minutes_out
FROM rental
WHERE customer_id = ?
ORDER BY rental_id;

-- due date with TIMESTAMPADD
SELECT r.rental_id, TIMESTAMPADD(DAY, f.rental_duration, r.rental_date) AS due, TIMESTAMPADD(HOUR, 12, r.rental_date) AS grace_start
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film f ON f.film_id = i.film_id
WHERE r.rental_id BETWEEN 100 AND 110
ORDER BY r.rental_id;

-- reminder dates with ADDDATE and SUBDATE
SELECT rental_id, ADDDATE(rental_date, 3) AS reminder, SUBDATE(rental_date, INTERVAL 1 DAY) AS day_before, ADDDATE(rental_date, INTERVAL 2 WEEK) AS final_notice
FROM rental
WHERE rental_id IN (1, 2, 3, 1000, 16049)
ORDER BY rental_id;

-- epoch timestamps for a JSON API
-- params: 1
SELECT payment_id, UNIX_TIMESTAMP(payment_date) AS paid_ts, amount
FROM payment
WHERE customer_id = ?
ORDER BY payment_id
LIMIT 5;

-- payments after an epoch cursor from the API
-- params: 1122822000, 1122825600
SELECT payment_id, payment_date
FROM payment
WHERE payment_date >= FROM_UNIXTIME(?) AND payment_date < FROM_UNIXTIME(?)
ORDER BY payment_date, payment_id;

-- rentals by hour of the day
SELECT HOUR(rental_date) AS hr, COUNT(*) AS rentals
FROM rental
GROUP BY HOUR(rental_date)
ORDER BY hr;

-- rentals by weekday
SELECT DAYOFWEEK(rental_date) AS dow, DAYNAME(rental_date) AS day_name, COUNT(*) AS rentals
FROM rental
GROUP BY DAYOFWEEK(rental_date), DAYNAME(rental_date)
ORDER BY dow;

-- weekend rentals (WEEKDAY is 0 for Monday)
-- params: 1
SELECT rental_id, rental_date, WEEKDAY(rental_date) AS wd
FROM rental
WHERE customer_id = ? AND WEEKDAY(rental_date) >= 5
ORDER BY rental_date, rental_id;

-- revenue by month name
SELECT YEAR(payment_date) AS y, MONTH(payment_date) AS m, MONTHNAME(payment_date) AS month_name, SUM(amount) AS revenue
FROM payment
GROUP BY YEAR(payment_date), MONTH(payment_date), MONTHNAME(payment_date)
ORDER BY y, m;

-- rentals per week number
SELECT YEAR(rental_date) AS y, WEEK(rental_date) AS wk, COUNT(*) AS rentals
FROM rental
GROUP BY YEAR(rental_date), WEEK(rental_date)
ORDER BY y, wk;

-- revenue per quarter
SELECT YEAR(payment_date) AS y, QUARTER(payment_date) AS q, SUM(amount) AS revenue
FROM payment
GROUP BY y, q
ORDER BY y, q;

-- billing period end for rentals
SELECT rental_id, rental_date, LAST_DAY(rental_date) AS period_end, DAY(LAST_DAY(rental_date)) AS days_in_month
FROM rental
WHERE rental_id IN (1, 500, 5000, 12000, 16000)
ORDER BY rental_id;

-- date parts with EXTRACT
-- params: 2, 10
SELECT payment_id, EXTRACT(YEAR FROM payment_date) AS y, EXTRACT(MONTH FROM payment_date) AS m, EXTRACT(DAY FROM payment_date) AS d,
  EXTRACT(HOUR FROM payment_date) AS h, EXTRACT(MINUTE FROM payment_date) AS mi, EXTRACT(YEAR_MONTH FROM payment_date) AS ym
FROM payment
WHERE payment_id BETWEEN ? AND ?
ORDER BY payment_id;

-- rentals on a given calendar day
-- params: '2005-05-24'
SELECT rental_id, rental_date, customer_id
FROM rental
WHERE DATE(rental_date) = ?
ORDER BY rental_date, rental_id;

-- daily rentals in a date range
-- params: '2005-06-14', '2005-06-21'
SELECT DATE(rental_date) AS day, COUNT(*) AS rentals, COUNT(DISTINCT customer_id) AS customers
FROM rental
WHERE rental_date BETWEEN ? AND ?
GROUP BY DATE(rental_date)
ORDER BY day;

-- rentals on the first days of a month
SELECT DAYOFMONTH(rental_date) AS dom, COUNT(*) AS rentals
FROM rental
WHERE DAYOFMONTH(rental_date) <= 5
GROUP BY dom
ORDER BY dom;

-- minute-of-hour distribution for the busiest hour
SELECT MINUTE(rental_date) DIV 10 * 10 AS minute_block, COUNT(*) AS rentals
FROM rental
WHERE HOUR(rental_date) = 15
GROUP BY minute_block
ORDER BY minute_block;

-- film cards with short descriptions
-- params: 5
SELECT film_id, title, CONCAT(SUBSTRING(description, 1, 40), '...') AS teaser, SUBSTR(description, 3, 10) AS snippet
FROM film
WHERE film_id <= ?
ORDER BY film_id;

-- alphabet index of titles
SELECT SUBSTR(title, 1, 1) AS initial, COUNT(*) AS films
FROM film
GROUP BY initial
ORDER BY initial;

-- email user and domain parts
-- params: 10
SELECT customer_id, SUBSTRING_INDEX(email, '@', 1) AS mailbox, SUBSTRING_INDEX(email, '@', -1) AS domain
FROM customer
WHERE customer_id <= ?
ORDER BY customer_id;

-- email domains in use
SELECT SUBSTRING_INDEX(email, '@', -1) AS domain, COUNT(*) AS customers
FROM customer
GROUP BY domain
ORDER BY domain;

-- keyword position in descriptions
-- params: 'Boat'
SELECT film_id, title, LOCATE(?, description) AS pos
FROM film
WHERE LOCATE('Boat', description) > 0 AND film_id < 100
ORDER BY film_id;

-- INSTR and POSITION lookups
SELECT film_id, title, INSTR(title, 'AIR') AS instr_pos, POSITION('E' IN title) AS first_e
FROM film
WHERE INSTR(title, 'air') > 0
ORDER BY film_id;

-- customer codes and initials
-- params: 1, 10
SELECT customer_id, LPAD(customer_id, 6, '0') AS customer_code, CONCAT(LEFT(first_name, 1), LEFT(last_name, 1)) AS initials, RIGHT(email, 20) AS email_tail
FROM customer
WHERE customer_id BETWEEN ? AND ?
ORDER BY customer_id;

-- fixed-width printed price list
SELECT CONCAT(RPAD(title, 25, '.'), LPAD(rental_rate, 6, ' ')) AS line
FROM film
WHERE film_id <= 10
ORDER BY film_id;

-- rating stars and reversed titles
SELECT film_id, title, REPEAT('*', rental_duration) AS stars, REVERSE(title) AS reversed
FROM film
WHERE film_id BETWEEN 20 AND 30
ORDER BY film_id;

-- phone number cleanup
SELECT address_id, phone, REPLACE(phone, '0', '') AS no_zero, RIGHT(phone, 4) AS last4
FROM address
WHERE address_id BETWEEN 1 AND 15
ORDER BY address_id;

-- trimmed address fields
SELECT address_id, TRIM(address) AS address, LTRIM(CONCAT('  ', district)) AS district, RTRIM(CONCAT(postal_code, '   ')) AS postal, TRIM(LEADING '1' FROM address) AS no_leading_one
FROM address
WHERE address_id <= 12
ORDER BY address_id;

-- names in display case
-- params: 'S%'
SELECT actor_id, CONCAT(UPPER(LEFT(first_name, 1)), LOWER(SUBSTRING(first_name, 2))) AS first_name, UCASE(last_name) AS last_name, LCASE(CONCAT(first_name, '.', last_name)) AS handle
FROM actor
WHERE last_name LIKE ?
ORDER BY actor_id;

-- films with trailers (special_features is a SET)
SELECT film_id, title, special_features
FROM film
WHERE FIND_IN_SET('Trailers', special_features) > 0 AND film_id < 40
ORDER BY film_id;

-- films having a chosen feature, parameterised
-- params: 'Behind the Scenes', 'PG'
SELECT COUNT(*) AS films
FROM film
WHERE FIND_IN_SET(?, special_features) AND rating = ?;

-- feature filter with LIKE on the SET column
SELECT film_id, title
FROM film
WHERE special_features LIKE '%commentaries%' AND length < 50
ORDER BY film_id;

-- films ordered by rating in a custom order with FIELD
SELECT film_id, title, rating
FROM film
WHERE film_id <= 30
ORDER BY FIELD(rating, 'NC-17', 'R', 'PG-13', 'PG', 'G'), film_id;

-- store names with ELT
SELECT customer_id, ELT(store_id, 'Lethbridge', 'Woodridge') AS store_name
FROM customer
WHERE customer_id <= 10
ORDER BY customer_id;

-- CHAR_LENGTH vs LENGTH
SELECT film_id, title, CHAR_LENGTH(title) AS chars, LENGTH(title) AS bytes, CHAR_LENGTH(description) AS desc_len
FROM film
WHERE CHAR_LENGTH(title) > 20
ORDER BY CHAR_LENGTH(title) DESC, film_id;

-- price calculations with TRUNCATE, ROUND, CEIL, FLOOR
SELECT film_id, rental_rate, replacement_cost,
  TRUNCATE(replacement_cost * 0.85, 1) AS discounted,
  ROUND(replacement_cost / rental_rate, 1) AS rentals_to_pay_off,
  CEIL(length / 60) AS hours_rounded_up,
  CEILING(replacement_cost) AS cost_ceiling,
  FLOOR(replacement_cost) AS cost_floor
FROM film
WHERE film_id BETWEEN 1 AND 12
ORDER BY film_id;

-- distance from a target length
-- params: 90, 90
SELECT film_id, title, length, ABS(CAST(length AS SIGNED) - ?) AS diff
FROM film
ORDER BY ABS(CAST(length AS SIGNED) - ?), film_id
LIMIT 10;

-- GREATEST and LEAST
SELECT rental_id, GREATEST(rental_date, return_date) AS latest, LEAST(rental_date, return_date) AS earliest, GREATEST(customer_id, inventory_id, 1000) AS g
FROM rental
WHERE rental_id <= 8
ORDER BY rental_id;

-- even and odd ids, MOD and %
SELECT film_id, film_id % 2 AS parity, MOD(film_id, 7) AS bucket, film_id DIV 100 AS hundred
FROM film
WHERE film_id BETWEEN 95 AND 105
ORDER BY film_id;

-- films with a length that is a multiple of ten
SELECT film_id, title, length
FROM film
WHERE length % 10 = 0 AND MOD(film_id, 5) = 0
ORDER BY film_id;

-- integer division producing decimals
SELECT film_id, length, length / 60 AS hours, length DIV 60 AS whole_hours, length / 7 AS weeks_fraction
FROM film
WHERE film_id <= 6
ORDER BY film_id;

-- CAST and CONVERT for export
SELECT film_id, CAST(rental_rate AS CHAR) AS rate_text, CAST(length AS DECIMAL(6,2)) AS length_dec, CONVERT(replacement_cost, SIGNED) AS cost_int, CAST(release_year AS UNSIGNED) AS yr
FROM film
WHERE film_id <= 5
ORDER BY film_id;

-- date casts
SELECT rental_id, CAST(rental_date AS DATE) AS day, CAST(return_date AS DATETIME) AS returned, CONVERT(rental_date, DATE) AS day2
FROM rental
WHERE rental_id BETWEEN 200 AND 205
ORDER BY rental_id;

-- numeric id passed as a string from a form
-- params: '42'
SELECT customer_id, first_name, last_name
FROM customer
WHERE customer_id = CAST(? AS UNSIGNED);

-- comparing a text date parameter through CAST
-- params: '2005-08-23 22:00:00'
SELECT rental_id, rental_date
FROM rental
WHERE rental_date > CAST(? AS DATETIME)
ORDER BY rental_date, rental_id
LIMIT 25;

-- formatted revenue for a dashboard
SELECT staff_id, FORMAT(SUM(amount), 2) AS revenue, FORMAT(AVG(amount), 2) AS avg_payment
FROM payment
GROUP BY staff_id
ORDER BY staff_id;

-- full-text search in boolean mode
-- params: '+boat +drama'
SELECT film_id, title
FROM film_text
WHERE MATCH(title, description) AGAINST (? IN BOOLEAN MODE)
ORDER BY film_id;

-- full-text search, natural language
SELECT COUNT(*) AS hits
FROM film_text
WHERE MATCH(title, description) AGAINST ('crocodile shark');

-- full-text search joined to film data
SELECT f.film_id, f.title, f.rating
FROM film_text ft
JOIN film f ON f.film_id = ft.film_id
WHERE MATCH(ft.title, ft.description) AGAINST ('+astronaut -boring' IN BOOLEAN MODE) AND f.length > 150
ORDER BY f.film_id;

-- null-safe equality on a nullable column, parameter may be NULL
-- params: NULL
SELECT address_id, address
FROM address
WHERE address2 <=> ?
ORDER BY address_id;

-- null-safe equality with a value
-- params: ''
SELECT COUNT(*) AS n
FROM address
WHERE address2 <=> ?;

-- payments not linked to a rental
SELECT payment_id, customer_id, amount, rental_id
FROM payment
WHERE rental_id IS NULL
ORDER BY payment_id;

-- rental status labels
-- params: 15
SELECT rental_id, IFNULL(return_date, 'not returned') AS returned, IF(return_date IS NULL, 'out', 'in') AS status
FROM rental
WHERE customer_id = ?
ORDER BY rental_id;

-- address with empty address2 treated as NULL
SELECT address_id, NULLIF(address2, '') AS address2, COALESCE(NULLIF(postal_code, ''), 'n/a') AS postal_code
FROM address
WHERE address_id <= 10
ORDER BY address_id;

-- full address line with CONCAT_WS skipping NULLs
SELECT a.address_id, CONCAT_WS(', ', a.address, a.address2, a.district, ci.city) AS line
FROM address a
JOIN city ci ON ci.city_id = a.city_id
WHERE a.address_id <= 8
ORDER BY a.address_id;

-- return dates ascending (NULLs first in MySQL)
-- params: 55
SELECT rental_id, return_date
FROM rental
WHERE customer_id = ?
ORDER BY return_date, rental_id;

-- return dates descending (NULLs last in MySQL)
SELECT rental_id, customer_id, return_date
FROM rental
WHERE customer_id IN (155, 163, 208)
ORDER BY return_date DESC, rental_id;

-- payments ordered by nullable rental id
SELECT payment_id, rental_id, amount
FROM payment
WHERE customer_id IN (53, 60, 75)
ORDER BY rental_id DESC, payment_id;

-- address2 ascending puts NULL first
SELECT address_id, address2
FROM address
WHERE address_id <= 10
ORDER BY address2, address_id;

-- price band labels with CASE
SELECT film_id, title,
  CASE WHEN rental_rate < 1 THEN 'budget' WHEN rental_rate < 3 THEN 'standard' ELSE 'premium' END AS band,
  CASE rating WHEN 'G' THEN 'all ages' WHEN 'NC-17' THEN 'adults only' ELSE 'guidance' END AS audience
FROM film
WHERE film_id BETWEEN 40 AND 55
ORDER BY film_id;

-- long-film flag as a 0/1 column and count of long films
SELECT rating, SUM(length > 120) AS long_films, SUM(rental_rate = 4.99) AS premium_films
FROM film
GROUP BY rating
ORDER BY rating;

-- boolean expression in select list
SELECT film_id, title, length > 120 AS is_long, rental_rate < 1 AS is_cheap
FROM film
WHERE film_id <= 8
ORDER BY film_id;

-- inactive customers with ! on the flag
SELECT customer_id, first_name, last_name
FROM customer
WHERE !active
ORDER BY customer_id;

-- inactive customers, NOT on the flag, in a store
-- params: 1
SELECT customer_id, email
FROM customer
WHERE NOT active AND store_id = ?
ORDER BY customer_id;

-- exactly one of cheap or short (XOR)
SELECT film_id, title, rental_rate, length
FROM film
WHERE (rental_rate < 1 XOR length < 60) AND film_id < 60
ORDER BY film_id;

-- || and && as logical operators (default sql_mode)
SELECT film_id, title
FROM film
WHERE (rating = 'G' && length > 180) || (rating = 'NC-17' && length < 47)
ORDER BY film_id;

-- titles starting with a vowel (REGEXP is case-insensitive here)
SELECT film_id, title
FROM film
WHERE title REGEXP '^[aeiou]' AND film_id < 120
ORDER BY film_id;

-- last names ending in SON (RLIKE)
SELECT actor_id, last_name
FROM actor
WHERE last_name RLIKE 'son$'
ORDER BY last_name, actor_id;

-- phone numbers that are not purely numeric
SELECT address_id, phone
FROM address
WHERE phone NOT REGEXP '^[0-9]+$'
ORDER BY address_id;

-- regexp from a parameter
-- params: '^(AL|AM)'
SELECT film_id, title
FROM film
WHERE title REGEXP ?
ORDER BY title, film_id;

-- revenue per store from the view
SELECT store, manager, total_sales FROM sales_by_store ORDER BY store;

-- revenue per category from the view
SELECT category, total_sales FROM sales_by_film_category ORDER BY total_sales DESC, category;

-- customer list view with filter
-- params: 'canada'
SELECT ID, name, address, city, country, notes, SID
FROM customer_list
WHERE country = ?
ORDER BY ID;

-- staff list view
SELECT ID, name, address, `zip code`, phone, city, country, SID FROM staff_list ORDER BY ID;

-- film list view without the actor column
-- params: 'Comedy', 2.99
SELECT FID, title, category, price, length, rating
FROM film_list
WHERE category = ? AND price = ?
ORDER BY FID;

-- customers by city in a country
-- params: 'India'
SELECT ci.city, COUNT(*) AS customers
FROM customer c
JOIN address a ON a.address_id = c.address_id
JOIN city ci ON ci.city_id = a.city_id
JOIN country co ON co.country_id = ci.country_id
WHERE co.country = ?
GROUP BY ci.city_id
ORDER BY customers DESC, ci.city, ci.city_id;

-- countries with the most customers
SELECT co.country, COUNT(c.customer_id) AS customers
FROM country co
JOIN city ci ON ci.country_id = co.country_id
JOIN address a ON a.city_id = ci.city_id
JOIN customer c ON c.address_id = a.address_id
GROUP BY co.country_id
HAVING customers >= 10
ORDER BY customers DESC, co.country;

-- inventory availability for a film in a store (copy not currently rented)
-- params: 1, 1
SELECT i.inventory_id
FROM inventory i
WHERE i.film_id = ? AND i.store_id = ?
  AND NOT EXISTS (SELECT 1 FROM rental r WHERE r.inventory_id = i.inventory_id AND r.return_date IS NULL)
ORDER BY i.inventory_id;

-- is a given copy currently rented out
-- params: 9
SELECT COUNT(*) > 0 AS rented_out
FROM rental
WHERE inventory_id = ? AND return_date IS NULL;

-- customer balance: rental fees plus late fees minus payments
-- params: 1, '2006-03-01'
SELECT c.customer_id,
  (SELECT IFNULL(SUM(f.rental_rate), 0) FROM rental r JOIN inventory i ON i.inventory_id = r.inventory_id JOIN film f ON f.film_id = i.film_id
     WHERE r.customer_id = c.customer_id) AS fees,
  (SELECT IFNULL(SUM(amount), 0) FROM payment p WHERE p.customer_id = c.customer_id) AS paid
FROM customer c
WHERE c.customer_id = ? AND c.create_date < ?;

-- films an actor pair appeared in together
-- params: 1, 10
SELECT f.film_id, f.title
FROM film f
WHERE EXISTS (SELECT 1 FROM film_actor fa WHERE fa.film_id = f.film_id AND fa.actor_id = ?)
  AND EXISTS (SELECT 1 FROM film_actor fa WHERE fa.film_id = f.film_id AND fa.actor_id = ?)
ORDER BY f.film_id;

-- co-stars of an actor
-- params: 2, 2
SELECT a.actor_id, a.first_name, a.last_name, COUNT(*) AS films_together
FROM film_actor fa1
JOIN film_actor fa2 ON fa2.film_id = fa1.film_id AND fa2.actor_id <> fa1.actor_id
JOIN actor a ON a.actor_id = fa2.actor_id
WHERE fa1.actor_id = ? AND fa2.actor_id <> ?
GROUP BY a.actor_id
HAVING films_together >= 2
ORDER BY films_together DESC, a.actor_id;

-- films with their category and language, filtered by several parameters
-- params: 'action', 90, 2.99
SELECT f.film_id, f.title, c.name AS category, l.name AS language, f.length, f.rental_rate
FROM film f
JOIN film_category fc ON fc.film_id = f.film_id
JOIN category c ON c.category_id = fc.category_id
JOIN language l ON l.language_id = f.language_id
WHERE c.name = ? AND f.length >= ? AND f.rental_rate <= ?
ORDER BY f.title, f.film_id;

-- films in a price and length range
-- params: 0.99, 2.99, 60, 75
SELECT film_id, title, rental_rate, length
FROM film
WHERE rental_rate BETWEEN ? AND ? AND length BETWEEN ? AND ?
ORDER BY length, film_id;

-- search title or description containing a word
-- params: '%dentist%', '%dentist%'
SELECT film_id, title
FROM film
WHERE title LIKE ? OR description LIKE ?
ORDER BY film_id;

-- last names starting with a letter, case-insensitive LIKE with a literal
SELECT customer_id, last_name
FROM customer
WHERE last_name LIKE 'mc%'
ORDER BY last_name, customer_id;

-- customers whose first name contains an underscore-free pattern with _ wildcard
SELECT customer_id, first_name
FROM customer
WHERE first_name LIKE 'J_N%'
ORDER BY customer_id;

-- NOT LIKE with an escape for a literal percent sign
SELECT COUNT(*) AS n
FROM film
WHERE description NOT LIKE '%100!%%' ESCAPE '!';

-- films in a list of ids
-- params: 5, 10, 15, 20, 25
SELECT film_id, title, rental_rate
FROM film
WHERE film_id IN (?, ?, ?, ?, ?)
ORDER BY film_id;

-- films not in several categories
SELECT f.film_id, f.title, fc.category_id
FROM film f
JOIN film_category fc ON fc.film_id = f.film_id
WHERE fc.category_id NOT IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14) AND f.film_id < 120
ORDER BY f.film_id;

-- newest customers per store (ROW_NUMBER in a CTE)
WITH ranked AS (
  SELECT customer_id, store_id, first_name, last_name, create_date,
    ROW_NUMBER() OVER (PARTITION BY store_id ORDER BY create_date DESC, customer_id DESC) AS rn
  FROM customer
)
SELECT store_id, customer_id, first_name, last_name
FROM ranked
WHERE rn <= 5
ORDER BY store_id, rn;

-- first rental of each customer via a window function
SELECT customer_id, rental_id, rental_date
FROM (
  SELECT customer_id, rental_id, rental_date,
    ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY rental_date, rental_id) AS rn
  FROM rental
  WHERE customer_id <= 20
) t
WHERE rn = 1
ORDER BY customer_id;

-- moving average of daily revenue
SELECT day, revenue, ROUND(AVG(revenue) OVER (ORDER BY day ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 2) AS moving_avg
FROM (
  SELECT DATE(payment_date) AS day, SUM(amount) AS revenue
  FROM payment
  WHERE payment_date >= '2005-07-01' AND payment_date < '2005-08-01'
  GROUP BY DATE(payment_date)
) d
ORDER BY day;

-- each payment compared to the customer's average
-- params: 4
SELECT payment_id, amount, AVG(amount) OVER (PARTITION BY customer_id) AS customer_avg, amount - AVG(amount) OVER (PARTITION BY customer_id) AS diff
FROM payment
WHERE customer_id = ?
ORDER BY payment_id;

-- next rental of the same copy (LEAD)
-- params: 1
SELECT rental_id, rental_date, return_date,
  LEAD(rental_date) OVER (ORDER BY rental_date, rental_id) AS next_rental
FROM rental
WHERE inventory_id = ?
ORDER BY rental_date, rental_id;

-- per-category CTE chained with a second CTE
WITH cat_rev AS (
  SELECT fc.category_id, SUM(p.amount) AS revenue
  FROM payment p
  JOIN rental r ON r.rental_id = p.rental_id
  JOIN inventory i ON i.inventory_id = r.inventory_id
  JOIN film_category fc ON fc.film_id = i.film_id
  GROUP BY fc.category_id
), avg_rev AS (
  SELECT AVG(revenue) AS avg_revenue FROM cat_rev
)
SELECT c.name, cr.revenue
FROM cat_rev cr
JOIN category c ON c.category_id = cr.category_id
CROSS JOIN avg_rev
WHERE cr.revenue > avg_rev.avg_revenue
ORDER BY cr.revenue DESC, c.name;

-- number of distinct films rented per customer, top ones
SELECT r.customer_id, COUNT(DISTINCT i.film_id) AS distinct_films, COUNT(*) AS rentals
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
GROUP BY r.customer_id
ORDER BY distinct_films DESC, rentals DESC, r.customer_id
LIMIT 10;

-- customers with more than N rentals in a month
-- params: '2005-07-01', '2005-08-01', 18
SELECT customer_id, COUNT(*) AS rentals
FROM rental
WHERE rental_date >= ? AND rental_date < ?
GROUP BY customer_id
HAVING COUNT(*) > ?
ORDER BY rentals DESC, customer_id;

-- store comparison with conditional aggregation
SELECT DATE_FORMAT(r.rental_date, '%Y-%m') AS month,
  SUM(CASE WHEN i.store_id = 1 THEN 1 ELSE 0 END) AS store1,
  SUM(IF(i.store_id = 2, 1, 0)) AS store2,
  COUNT(*) AS total
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
GROUP BY month
ORDER BY month;

-- payment amounts bucketed
SELECT CASE WHEN amount = 0 THEN 'free' WHEN amount < 2 THEN 'low' WHEN amount < 5 THEN 'mid' ELSE 'high' END AS bucket, COUNT(*) AS n, SUM(amount) AS total
FROM payment
GROUP BY bucket
ORDER BY total DESC, bucket;

-- average rental duration in days per category
SELECT c.name, ROUND(AVG(DATEDIFF(r.return_date, r.rental_date)), 2) AS avg_days
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
JOIN film_category fc ON fc.film_id = i.film_id
JOIN category c ON c.category_id = fc.category_id
WHERE r.return_date IS NOT NULL
GROUP BY c.category_id
ORDER BY avg_days DESC, c.name;

-- film count by number of special features
SELECT LENGTH(special_features) - LENGTH(REPLACE(special_features, ',', '')) + 1 AS feature_count, COUNT(*) AS films
FROM film
GROUP BY feature_count
ORDER BY feature_count;

-- title words: first and second word
SELECT film_id, SUBSTRING_INDEX(title, ' ', 1) AS first_word, SUBSTRING_INDEX(SUBSTRING_INDEX(title, ' ', 2), ' ', -1) AS second_word
FROM film
WHERE film_id BETWEEN 300 AND 310
ORDER BY film_id;

-- film description keyword counts per rating
SELECT rating, SUM(description LIKE '%Drama%') AS dramas, SUM(description LIKE '%Documentary%') AS documentaries
FROM film
GROUP BY rating
ORDER BY rating;

-- customers created on a date, GROUP BY date part
SELECT DATE(create_date) AS created, COUNT(*) AS customers
FROM customer
GROUP BY DATE(create_date)
ORDER BY created;

-- customer account age at a reference date
-- params: '2006-03-01', 1, 5
SELECT customer_id, DATEDIFF(?, create_date) AS account_age_days
FROM customer
WHERE customer_id BETWEEN ? AND ?
ORDER BY customer_id;

-- payments in the last 7 days before a reference date
-- params: '2005-08-23', '2005-08-23'
SELECT COUNT(*) AS payments, SUM(amount) AS total
FROM payment
WHERE payment_date >= ? - INTERVAL 7 DAY AND payment_date < ?;

-- rentals whose return came more than a week after the rental
SELECT rental_id, rental_date, return_date
FROM rental
WHERE return_date > rental_date + INTERVAL 9 DAY AND customer_id = 1
ORDER BY rental_id;

-- payments in an hour window with INTERVAL arithmetic on a column
SELECT p.payment_id, p.payment_date, r.rental_date
FROM payment p
JOIN rental r ON r.rental_id = p.rental_id
WHERE p.payment_date BETWEEN r.rental_date - INTERVAL 1 HOUR AND r.rental_date + INTERVAL 1 HOUR AND p.customer_id = 5
ORDER BY p.payment_id;

-- actors with no film in a category (LEFT JOIN anti-join)
SELECT a.actor_id, a.first_name, a.last_name
FROM actor a
LEFT JOIN (
  SELECT DISTINCT fa.actor_id
  FROM film_actor fa JOIN film_category fc ON fc.film_id = fa.film_id
  WHERE fc.category_id = 9
) x ON x.actor_id = a.actor_id
WHERE x.actor_id IS NULL
ORDER BY a.actor_id;

-- duplicates check: actors sharing a full name
SELECT first_name, last_name, COUNT(*) AS n, GROUP_CONCAT(actor_id ORDER BY actor_id) AS ids
FROM actor
GROUP BY first_name, last_name
HAVING n > 1
ORDER BY first_name, last_name;

-- staff performance: payments and amount per staff and store
SELECT s.staff_id, s.first_name, s.last_name, s.store_id, COUNT(p.payment_id) AS payments, SUM(p.amount) AS total
FROM staff s
LEFT JOIN payment p ON p.staff_id = s.staff_id
GROUP BY s.staff_id
ORDER BY s.staff_id;

-- films by release year and language
SELECT f.release_year, l.name, COUNT(*) AS films
FROM film f
JOIN language l ON l.language_id = f.language_id
GROUP BY f.release_year, l.name
ORDER BY f.release_year, l.name;

-- films with an original language (all NULL in sample, LEFT JOIN)
SELECT f.film_id, f.title, ol.name AS original_language
FROM film f
LEFT JOIN language ol ON ol.language_id = f.original_language_id
WHERE f.film_id <= 5
ORDER BY f.film_id;

-- film inventory counts per store with pivot via SUM(IF)
SELECT f.film_id, f.title, SUM(IF(i.store_id = 1, 1, 0)) AS store1_copies, SUM(IF(i.store_id = 2, 1, 0)) AS store2_copies
FROM film f
LEFT JOIN inventory i ON i.film_id = f.film_id
WHERE f.film_id BETWEEN 1 AND 15
GROUP BY f.film_id
ORDER BY f.film_id;

-- exists check used before inserting
-- params: 'PENELOPE', 'GUINESS'
SELECT EXISTS (SELECT 1 FROM actor WHERE first_name = ? AND last_name = ?) AS present;

-- single value lookup: customer count per active flag
SELECT active, COUNT(*) AS n FROM customer GROUP BY active ORDER BY active;

-- max id for a report header
SELECT MAX(rental_id) AS last_rental, MIN(rental_date) AS first_day, MAX(rental_date) AS last_day FROM rental;

-- rentals by staff and day for a week, with COALESCE on outer join
-- params: '2005-08-01', '2005-08-08'
SELECT d.day, s.staff_id, COALESCE(cnt.n, 0) AS rentals
FROM (SELECT DISTINCT DATE(rental_date) AS day FROM rental WHERE rental_date >= ? AND rental_date < ?) d
CROSS JOIN staff s
LEFT JOIN (
  SELECT DATE(rental_date) AS day, staff_id, COUNT(*) AS n FROM rental GROUP BY DATE(rental_date), staff_id
) cnt ON cnt.day = d.day AND cnt.staff_id = s.staff_id
ORDER BY d.day, s.staff_id;

-- film search combining rating list, feature and ordering by price then title
-- params: 'PG', 'G', 'Deleted Scenes', 0, 12
SELECT film_id, title, rental_rate, rating
FROM film
WHERE rating IN (?, ?) AND FIND_IN_SET(?, special_features)
ORDER BY rental_rate DESC, title, film_id
LIMIT ?, ?;

-- city search with prefix, case-insensitive
-- params: 'san%'
SELECT ci.city_id, ci.city, co.country
FROM city ci
JOIN country co ON co.country_id = ci.country_id
WHERE ci.city LIKE ?
ORDER BY ci.city, ci.city_id;

-- countries without customers
SELECT co.country_id, co.country
FROM country co
WHERE NOT EXISTS (
  SELECT 1 FROM city ci JOIN address a ON a.city_id = ci.city_id JOIN customer c ON c.address_id = a.address_id
  WHERE ci.country_id = co.country_id
)
ORDER BY co.country;

-- customer count and revenue per country (five-table join)
SELECT co.country, COUNT(DISTINCT c.customer_id) AS customers, SUM(p.amount) AS revenue
FROM payment p
JOIN customer c ON c.customer_id = p.customer_id
JOIN address a ON a.address_id = c.address_id
JOIN city ci ON ci.city_id = a.city_id
JOIN country co ON co.country_id = ci.country_id
GROUP BY co.country_id
ORDER BY revenue DESC, co.country
LIMIT 15;

-- percentage of returned rentals per store (integer division to decimal)
SELECT i.store_id, COUNT(r.return_date) / COUNT(*) * 100 AS pct_returned, ROUND(COUNT(r.return_date) * 100 / COUNT(*), 2) AS pct_rounded
FROM rental r
JOIN inventory i ON i.inventory_id = r.inventory_id
GROUP BY i.store_id
ORDER BY i.store_id;

-- average payment per rental day
SELECT p.customer_id, SUM(p.amount) / SUM(DATEDIFF(r.return_date, r.rental_date)) AS amount_per_day
FROM payment p
JOIN rental r ON r.rental_id = p.rental_id
WHERE p.customer_id BETWEEN 1 AND 10
GROUP BY p.customer_id
ORDER BY p.customer_id;

-- title lookup ignoring case and surrounding spaces from user input
-- params: '  academy dinosaur  '
SELECT film_id, title
FROM film
WHERE title = TRIM(?);

-- lower-cased comparison written defensively by the app
-- params: 'ZERO'
SELECT actor_id, first_name, last_name
FROM actor
WHERE LOWER(first_name) = LOWER(?)
ORDER BY actor_id;

-- distinct ratings in use
SELECT DISTINCT rating FROM film ORDER BY rating;

-- distinct rental durations with their film counts, using IF for labels
SELECT rental_duration, IF(rental_duration > 5, 'long', 'short') AS kind, COUNT(*) AS films
FROM film
GROUP BY rental_duration
ORDER BY rental_duration;

-- films whose replacement cost is a whole dollar amount minus a cent
SELECT COUNT(*) AS n
FROM film
WHERE replacement_cost - FLOOR(replacement_cost) = 0.99;

-- rentals count for a customer and whether they are a frequent renter
-- params: 148
SELECT customer_id, COUNT(*) AS rentals, IF(COUNT(*) >= 40, 'gold', IF(COUNT(*) >= 25, 'silver', 'bronze')) AS tier
FROM rental
WHERE customer_id = ?
GROUP BY customer_id;

-- customer tiers across all customers
SELECT tier, COUNT(*) AS customers
FROM (
  SELECT customer_id, CASE WHEN COUNT(*) >= 40 THEN 'gold' WHEN COUNT(*) >= 25 THEN 'silver' ELSE 'bronze' END AS tier
  FROM rental
  GROUP BY customer_id
) t
GROUP BY tier
ORDER BY FIELD(tier, 'gold', 'silver', 'bronze');

-- search in a SET column with a literal value set
SELECT film_id, title, special_features
FROM film
WHERE special_features = 'Trailers,Commentaries' AND film_id < 100
ORDER BY film_id;

-- films whose features include none of the extras
SELECT COUNT(*) AS n
FROM film
WHERE special_features IS NULL OR special_features = '';

-- rentals between two timestamps, with the boundaries as parameters
-- params: '2005-05-25 00:00:00', '2005-05-25 01:00:00'
SELECT rental_id, rental_date, inventory_id, customer_id
FROM rental
WHERE rental_date >= ? AND rental_date < ?
ORDER BY rental_date, rental_id;

-- customers whose email does not follow the standard pattern
SELECT COUNT(*) AS n
FROM customer
WHERE email NOT LIKE CONCAT(first_name, '.', last_name, '@%');

-- concatenated name search
-- params: '%mary smith%'
SELECT customer_id, first_name, last_name
FROM customer
WHERE CONCAT(first_name, ' ', last_name) LIKE ?
ORDER BY customer_id;

-- rental lookup by its unique key
-- params: '2005-05-24 22:53:30', 367, 130
SELECT rental_id, return_date, staff_id
FROM rental
WHERE rental_date = ? AND inventory_id = ? AND customer_id = ?;

-- customer payment history page
-- params: 1, 5, 10
SELECT payment_id, amount, DATE_FORMAT(payment_date, '%Y-%m-%d') AS day
FROM payment
WHERE customer_id = ?
ORDER BY payment_date DESC, payment_id DESC
LIMIT ?, ?;

-- films of an actor looked up by name
-- params: 'nick', 'wahlberg'
SELECT f.film_id, f.title, f.rating
FROM actor a
JOIN film_actor fa ON fa.actor_id = a.actor_id
JOIN film f ON f.film_id = fa.film_id
WHERE a.first_name = ? AND a.last_name = ?
ORDER BY f.title, f.film_id;

-- revenue per staff member in a date range
-- params: '2005-07-01', '2005-07-08'
SELECT s.staff_id, CONCAT_WS(' ', s.first_name, s.last_name) AS staff, COUNT(*) AS payments, SUM(p.amount) AS revenue
FROM payment p
JOIN staff s ON s.staff_id = p.staff_id
WHERE p.payment_date >= ? AND p.payment_date < ?
GROUP BY s.staff_id
ORDER BY s.staff_id;

-- customer search: email contains a fragment
-- params: 'smith'
SELECT customer_id, first_name, last_name, email
FROM customer
WHERE email LIKE CONCAT('%', ?, '%')
ORDER BY last_name, customer_id;

-- title prefix search built with CONCAT
-- params: 'zo'
SELECT film_id, title
FROM film
WHERE title LIKE CONCAT(?, '%')
ORDER BY title, film_id;

-- long films excluding a rating, limited
-- params: 180, 'NC-17', 12
SELECT film_id, title, length, rating
FROM film
WHERE length > ? AND rating <> ?
ORDER BY length DESC, film_id
LIMIT ?;

-- a customer's rentals in a window of N days
-- params: 2, '2005-07-01', '2005-07-01', 30
SELECT rental_id, rental_date
FROM rental
WHERE customer_id = ? AND rental_date BETWEEN ? AND DATE_ADD(?, INTERVAL ? DAY)
ORDER BY rental_date, rental_id;

-- customers living in selected cities
-- params: 300, 312, 463
SELECT c.customer_id, c.first_name, c.last_name, ci.city
FROM customer c
JOIN address a ON a.address_id = c.address_id
JOIN city ci ON ci.city_id = a.city_id
WHERE ci.city_id IN (?, ?, ?)
ORDER BY ci.city_id, c.customer_id;

-- customers who spent more than a given customer
-- params: 1
SELECT customer_id, SUM(amount) AS total
FROM payment
GROUP BY customer_id
HAVING SUM(amount) > (SELECT SUM(amount) FROM payment WHERE customer_id = ?) + 80
ORDER BY total DESC, customer_id;

-- daily revenue for a given month
-- params: 2005, 5
SELECT DAY(payment_date) AS d, COUNT(*) AS payments, SUM(amount) AS revenue
FROM payment
WHERE YEAR(payment_date) = ? AND MONTH(payment_date) = ?
GROUP BY DAY(payment_date)
ORDER BY d;

-- full-text search, natural language with a parameter
-- params: 'lumberjack feminist'
SELECT film_id, title
FROM film_text
WHERE MATCH(title, description) AGAINST (?) AND film_id < 150
ORDER BY film_id;

-- days out per rental, open rentals counted to a reference date
-- params: '2006-02-20', 208
SELECT rental_id, rental_date, return_date, DATEDIFF(IFNULL(return_date, ?), rental_date) AS days_out
FROM rental
WHERE customer_id = ?
ORDER BY rental_id;

-- optional filter pattern: NULL parameter means no filter
-- params: NULL, NULL, 1, 3
SELECT film_id, title, rating
FROM film
WHERE (? IS NULL OR rating = ?) AND film_id BETWEEN ? AND ?
ORDER BY film_id;

-- optional filter pattern with a value
-- params: 'G', 'G', 1, 50
SELECT film_id, title, rating
FROM film
WHERE (? IS NULL OR rating = ?) AND film_id BETWEEN ? AND ?
ORDER BY film_id;

-- payment amounts in a set, counted per amount
-- params: 0.99, 2.99, 4.99
SELECT amount, COUNT(*) AS n
FROM payment
WHERE amount IN (?, ?, ?)
GROUP BY amount
ORDER BY amount;

-- staff email lookup via SUBSTRING_INDEX on a parameter
-- params: 'jon.stephens@sakilastaff.com'
SELECT staff_id, first_name, last_name
FROM staff
WHERE first_name = SUBSTRING_INDEX(?, '.', 1);

-- films in stock count per store with a minimum, HAVING with parameter
-- params: 2, 4
SELECT i.film_id, f.title, COUNT(*) AS copies
FROM inventory i
JOIN film f ON f.film_id = i.film_id
WHERE i.store_id = ?
GROUP BY i.film_id
HAVING copies >= ?
ORDER BY copies DESC, i.film_id
LIMIT 20;

-- rentals per weekday name within a month, DAYNAME in GROUP BY
-- params: '2005-06-01', '2005-07-01'
SELECT WEEKDAY(rental_date) AS wd, DAYNAME(rental_date) AS day_name, COUNT(*) AS rentals
FROM rental
WHERE rental_date >= ? AND rental_date < ?
GROUP BY WEEKDAY(rental_date), DAYNAME(rental_date)
ORDER BY wd;

-- discount price with a percentage parameter
-- params: 15, 10
SELECT film_id, title, rental_rate, ROUND(rental_rate * (100 - ?) / 100, 2) AS sale_price
FROM film
WHERE film_id <= ?
ORDER BY film_id;

-- (first differential suite)
SELECT rental_id, DATE_FORMAT(rental_date, '%Y-%m-%d %H:%i'), DATE_FORMAT(rental_date, '%W %e %M %Y, %l:%i %p') FROM rental ORDER BY rental_id LIMIT 10;

-- (first differential suite)
SELECT DATE_FORMAT(payment_date, '%Y-%m') AS month, COUNT(*), SUM(amount) FROM payment GROUP BY month ORDER BY month;

-- (first differential suite)
SELECT film_id, title, rating FROM film WHERE film_id < 40 ORDER BY FIELD(rating, 'NC-17', 'R', 'PG-13', 'PG', 'G'), film_id;

-- (first differential suite)
SELECT rental_id, DATE_ADD(rental_date, INTERVAL 3 DAY), return_date - INTERVAL 1 MONTH, DATE_SUB(rental_date, INTERVAL 90 MINUTE) FROM rental ORDER BY rental_id LIMIT 10;

-- (first differential suite)
SELECT rental_id, DATE_ADD(CAST(rental_date AS DATE), INTERVAL 1 MONTH), CAST(rental_date AS DATE) + INTERVAL 1 QUARTER FROM rental WHERE rental_date < '2005-05-25' + INTERVAL 1 DAY ORDER BY rental_id LIMIT 10;

-- (first differential suite)
SELECT COUNT(*) FROM customer WHERE active = 1;

-- (first differential suite)
SELECT customer_id FROM customer WHERE active = 0 OR active <> 1 ORDER BY customer_id;

-- (first differential suite)
SELECT store_id, SUM(active), AVG(active), AVG(customer_id) FROM customer GROUP BY store_id ORDER BY store_id;

-- (first differential suite)
SELECT customer_id, active + 1, active * 10 FROM customer WHERE active > 0 ORDER BY customer_id LIMIT 5;

-- (first differential suite)
SELECT rating, AVG(length), AVG(rental_rate), AVG(replacement_cost), SUM(length) / COUNT(*) * 100 FROM film GROUP BY rating ORDER BY rating;

-- (first differential suite)
SELECT film_id, length / 60, rental_rate / rental_duration, 7 / 2, length DIV 60 FROM film ORDER BY film_id LIMIT 10;

-- (first differential suite)
SELECT customer_id, SUM(amount) / COUNT(*) FROM payment GROUP BY customer_id ORDER BY customer_id LIMIT 10;

-- (first differential suite)
SELECT film_id, replacement_cost / (rental_rate - 0.99) FROM film ORDER BY film_id LIMIT 10;

-- (first differential suite)
SELECT actor_id, first_name, last_name FROM actor WHERE last_name LIKE 'wa%' ORDER BY actor_id;

-- (first differential suite)
SELECT COUNT(*) FROM customer WHERE first_name LIKE 'MAR%' OR last_name LIKE '%son';

-- (first differential suite)
SELECT customer_id, email FROM customer WHERE email LIKE '%@sakilacustomer.org' ORDER BY customer_id LIMIT 5, 10;

-- (first differential suite)
SELECT address_id, address2 FROM address ORDER BY address2, address_id LIMIT 10;

-- (first differential suite)
SELECT address_id, address2 FROM address ORDER BY address2 DESC, address_id LIMIT 10;

-- (first differential suite)
SELECT address_id, IFNULL(address2, 'none') FROM address ORDER BY address_id LIMIT 8;

-- (first differential suite)
SELECT address_id, CONCAT(address, ', ', address2) AS full FROM address ORDER BY address_id LIMIT 8;

-- (first differential suite)
SELECT film_id, IF(rental_rate > 2.99, 'premium', 'standard') AS class FROM film ORDER BY film_id LIMIT 20;

-- (first differential suite)
SELECT rating, COUNT(*) AS n, ROUND(AVG(rental_rate), 2) AS avg_rate FROM film GROUP BY rating ORDER BY rating;

-- (first differential suite)
SELECT c.customer_id, c.first_name, c.last_name, SUM(p.amount) AS total FROM customer c JOIN payment p ON p.customer_id = c.customer_id GROUP BY c.customer_id ORDER BY total DESC, c.customer_id LIMIT 10;

-- (first differential suite)
SELECT s.store_id, ci.city, COUNT(*) AS customers FROM store s JOIN address a ON s.address_id = a.address_id JOIN city ci ON a.city_id = ci.city_id JOIN customer cu ON cu.store_id = s.store_id GROUP BY s.store_id ORDER BY s.store_id;

-- (first differential suite)
SELECT f.title, GROUP_CONCAT(a.last_name ORDER BY a.last_name SEPARATOR '|') AS cast_list FROM film f JOIN film_actor fa ON fa.film_id = f.film_id JOIN actor a ON a.actor_id = fa.actor_id WHERE f.film_id <= 5 GROUP BY f.film_id ORDER BY f.film_id;

-- (first differential suite)
SELECT category_id, name FROM category WHERE name IN ('ACTION', 'comedy', 'Drama') ORDER BY category_id;

-- (first differential suite)
SELECT film_id, length DIV 60 AS hours FROM film ORDER BY film_id LIMIT 15;

-- (first differential suite)
SELECT COUNT(*) FROM address WHERE address2 <=> NULL;

-- (first differential suite)
SELECT COUNT(*) FROM address WHERE NOT (address2 <=> '');

-- (first differential suite)
SELECT YEAR(rental_date) AS y, MONTH(rental_date) AS m, COUNT(*) FROM rental GROUP BY YEAR(rental_date), MONTH(rental_date) ORDER BY y, m;

-- (first differential suite)
SELECT LCASE(first_name), UCASE(last_name) FROM actor ORDER BY actor_id LIMIT 5;

-- (first differential suite)
SELECT DISTINCT rating FROM film ORDER BY rating;

-- (first differential suite)
SELECT customer_id FROM payment GROUP BY customer_id HAVING SUM(amount) > 180 ORDER BY customer_id;

-- (first differential suite)
SELECT title FROM film WHERE film_id IN (SELECT film_id FROM inventory WHERE store_id = 2) AND title LIKE 'b%' ORDER BY title;

-- (first differential suite)
SELECT last_name FROM actor WHERE last_name LIKE 'S%' UNION SELECT last_name FROM customer WHERE last_name LIKE 'Sa%' ORDER BY last_name;

-- (first differential suite)
SELECT inventory_id, MAX(rental_date) AS last FROM rental GROUP BY inventory_id ORDER BY last DESC, inventory_id LIMIT 10;

-- (first differential suite)
SELECT film_id, title, CASE WHEN length > 120 THEN 'long' ELSE 'short' END FROM film WHERE title LIKE '%LOVE%' ORDER BY film_id;

-- (first differential suite)
SELECT first_name, COUNT(*) FROM actor GROUP BY first_name HAVING COUNT(*) > 3 ORDER BY first_name;

-- (first differential suite)
SELECT r.rental_id, r.return_date FROM rental r WHERE r.return_date IS NULL ORDER BY r.rental_id LIMIT 10;

-- (first differential suite)
SELECT c.name, COUNT(fc.film_id) FROM category c LEFT JOIN film_category fc ON fc.category_id = c.category_id GROUP BY c.category_id ORDER BY c.name;

-- (first differential suite)
SELECT city FROM city WHERE city LIKE 'a%' AND country_id IN (SELECT country_id FROM country WHERE country LIKE 'united%') ORDER BY city;

-- Loyalty programme: points per customer, backfilled from past orders.
-- One point per whole euro spent on orders that were paid.

ALTER TABLE customers
  ADD COLUMN loyalty_points INT UNSIGNED NOT NULL DEFAULT 0 AFTER newsletter;

UPDATE customers c
JOIN (
  SELECT customer_id, FLOOR(SUM(total)) AS points
  FROM orders
  WHERE status IN ('paid', 'shipped', 'delivered')
  GROUP BY customer_id
) t ON t.customer_id = c.id
SET c.loyalty_points = t.points;

CREATE INDEX idx_customers_points ON customers (loyalty_points);

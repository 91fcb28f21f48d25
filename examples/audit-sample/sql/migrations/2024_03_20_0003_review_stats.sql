-- Review statistics for the storefront, and a trigger that keeps the
-- order's item count in step with its lines.

CREATE OR REPLACE VIEW book_rating_stats AS
SELECT b.id AS book_id,
       b.title,
       COUNT(r.id) AS reviews,
       IFNULL(ROUND(AVG(r.rating), 2), 0) AS average_rating,
       SUM(r.is_approved = 1) AS approved
FROM books b
LEFT JOIN reviews r ON r.book_id = b.id
GROUP BY b.id;

ALTER TABLE reviews MODIFY title VARCHAR(255) NULL;

DELIMITER $$
CREATE TRIGGER trg_order_items_count AFTER INSERT ON order_items
FOR EACH ROW
BEGIN
  UPDATE orders SET item_count = item_count + NEW.quantity WHERE id = NEW.order_id;
END$$
DELIMITER ;

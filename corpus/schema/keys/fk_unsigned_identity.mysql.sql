-- A bigint unsigned AUTO_INCREMENT key becomes an identity bigint; the bigint unsigned
-- columns that reference it become bigint too, so the foreign key's types compare.
CREATE TABLE order_items (id bigint unsigned NOT NULL AUTO_INCREMENT, order_id bigint unsigned NOT NULL, PRIMARY KEY (id), CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE);
CREATE TABLE orders (id bigint unsigned NOT NULL AUTO_INCREMENT, PRIMARY KEY (id));
INSERT INTO orders VALUES (1), (2);
INSERT INTO order_items VALUES (1, 1), (2, 2);

-- Converted from MySQL by my2pg 0.1.0 from: schema/types/set.mysql.sql

CREATE TABLE pizzas (
    toppings text DEFAULT 'cheese' NOT NULL CONSTRAINT pizzas_toppings_range CHECK (toppings = '' OR string_to_array(toppings, ',') <@ ARRAY['cheese', 'ham', 'olives']::text[])
);

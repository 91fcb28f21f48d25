CREATE TABLE pizzas (toppings set('cheese','ham','olives') NOT NULL DEFAULT 'cheese');
